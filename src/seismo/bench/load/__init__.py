"""The load tests of ``seismo serve`` over HTTP (issue 16): the capacity at a latency target and a
closed-loop run, and their reports (``seismo bench --load``, ``make load``).

    from seismo.bench.load import render_load, run_capacity, run_load
    one = run_capacity("/tmp/synth.db", server_workers=1)     # open loop: fixed rates, stepped up
    one.capacity()                                             # requests/s held at p95 <= 100 ms
    closed = run_load("/tmp/synth.db", clients=20, seconds=300)
    Path("docs/LOAD.md").write_text(render_load(closed, command="...", capacity=[one]))

server.py starts ``seismo serve`` in its own process and holds the request mix; closed.py is the
closed loop (clients flat out), capacity.py the open-loop step test, report.py the Markdown.
"""

from __future__ import annotations

from seismo.bench.load.capacity import CapacityReport, Step, run_capacity
from seismo.bench.load.closed import LoadReport, run_load
from seismo.bench.load.report import BENCHMARKS_SECTION, benchmarks_section, render_load, replace_section
from seismo.bench.load.server import LOAD_QUERIES, serving

__all__ = [
    "BENCHMARKS_SECTION", "LOAD_QUERIES", "CapacityReport", "LoadReport", "Step", "benchmarks_section",
    "render_load", "replace_section", "run_capacity", "run_load", "serving",
]
