"""docs/LOAD.md and the load section of docs/BENCHMARKS.md, from the capacity step tests
(:mod:`seismo.bench.load.capacity`) and the closed-loop run (:mod:`seismo.bench.load.closed`).

    Path("docs/LOAD.md").write_text(render_load(closed, command=..., capacity=[one_worker, two_workers]))
    text = replace_section(text, benchmarks_section([one_worker, two_workers], closed, command=...))
"""

from __future__ import annotations

from collections.abc import Sequence

from seismo.bench.load.capacity import CapacityReport
from seismo.bench.load.closed import LoadReport
from seismo.bench.load.server import LOAD_QUERIES

def _rate(value: float | None) -> str:
    return "below the lowest rate tried" if value is None else f"{value:g} requests/s"


def capacity_markdown(reports: Sequence[CapacityReport]) -> list[str]:
    """The capacity section of docs/LOAD.md: per server worker count, the steps and the per-query capacities."""
    if not reports:
        return []
    first = reports[0]
    out = [
        "## Capacity: requests per second at p95 ≤ 100 ms (open loop)",
        "",
        f"Requests arrive at a fixed rate (one every 1/rate s, whatever the server does), cycling through the "
        f"{len(first.queries)} requests of the mix below, each rate held for "
        f"{first.steps[0].seconds:.0f} s after a warm-up, lowest rate first; latency runs from when a request was "
        f"due. A step passes when p95 ≤ {first.target_ms:g} ms and every request was answered 200; the run stops "
        "at the first step that fails, and the capacity is the highest passing rate below it. The client runs on "
        "the same machine and takes CPU the server could use: the load average (1 minute, at the end of each "
        "step) is next to every figure, with the CPU time per request of the server (all its processes) "
        "and of the client; the server's is less noisy than latency.",
        "",
        "| server workers | capacity | steps run (rate/s: p95 ms) |",
        "|---|---|---|",
    ]
    for report in reports:
        steps = ", ".join(f"{s.rate:g}: {s.pct(0.95):.0f}{'' if s.passed(report.target_ms) else ' ✗'}"
                          for s in report.steps)
        out.append(f"| {report.server_workers} | **{_rate(report.capacity())}** | {steps} |")
    for report in reports:
        out += [
            "",
            f"### {report.server_workers} server worker{'s' if report.server_workers > 1 else ''} "
            f"({report.when}; {report.machine})",
            "",
            "| rate/s | sent | answered/s | p50 ms | p95 ms | max ms | errors | server CPU ms/request "
            "| client CPU ms/request | load average |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for s in report.steps:
            j = s.to_json(report.target_ms)
            cpu = "–" if j["server_cpu_ms_per_request"] is None else f"{j['server_cpu_ms_per_request']:.1f}"
            client = "–" if j["client_cpu_ms_per_request"] is None else f"{j['client_cpu_ms_per_request']:.1f}"
            load = "–" if j["load_average"] is None else f"{j['load_average']:.1f}"
            out.append(f"| {s.rate:g}{'' if j['passed'] else ' ✗'} | {s.sent:,} | {j['answered_per_s']} | "
                       f"{j['p50_ms']} | {j['p95_ms']} | {j['max_ms']} | {j['errors']} | {cpu} | {client} | {load} |")
        out += [
            "",
            "Per request of the mix (`GET /api/events?...`): its capacity (the same rule on its own p95; the "
            "rate is that of the whole mix) and its p95 at each step:",
            "",
            "| request | capacity | " + " | ".join(f"p95 @ {s.rate:g}/s" for s in report.steps) + " |",
            "|---|---|" + "---|" * len(report.steps),
        ]
        for q in report.queries:
            cells = " | ".join(f"{s.pct(0.95, q):.0f}" if s.by_query.get(q) else "–" for s in report.steps)
            cap = report.capacity(q)
            out.append(f"| `{q}` | {'–' if cap is None else f'{cap:g}/s'} | {cells} |")
        errors = [e for s in report.steps for e in s.errors]
        if errors:
            out += ["", "First errors:", "", *(f"- `{e}`" for e in errors[:5])]
    return out


#: the heading of the load test's section in docs/BENCHMARKS.md (kept there by ``seismo bench``)
BENCHMARKS_SECTION = "Load test"


def _duration(seconds: float) -> str:
    return f"{seconds / 60:.0f} minutes" if seconds >= 90 else f"{seconds:.0f} s"


def closed_loop_markdown(report: LoadReport) -> list[str]:
    """The closed-loop run of docs/LOAD.md: N clients flat out for a while, every figure and per query."""
    j = report.to_json()
    cpu = j["server_cpu_ms_per_request"]
    rows = [
        ("requests", f"{j['requests']:,}"), ("requests/s", f"{j['requests_per_s']:,}"),
        ("p50 latency", f"{j['p50_ms']} ms"), ("p95 latency", f"{j['p95_ms']} ms"),
        ("p99 latency", f"{j['p99_ms']} ms"), ("max latency", f"{j['max_ms']} ms"),
        ("errors", str(j["errors"])), ("statuses", ", ".join(f"{k}: {v:,}" for k, v in j["statuses"].items())),
        ("server workers", str(report.server_workers)),
        ("server CPU per request", "–" if cpu is None else f"{cpu:.1f} ms"),
    ]
    workers = f"`seismo serve --workers {report.server_workers}`" if report.server_workers > 1 else "`seismo serve`"
    lines = [
        f"## {report.clients} clients for {_duration(report.seconds)} (closed loop)",
        "",
        f"{workers} in its own process, {report.clients} concurrent clients (asyncio + httpx, one connection "
        f"each) calling `GET /api/events` as fast as they are answered for {report.seconds:.0f} s after a warm-up, "
        f"cycling through {len(LOAD_QUERIES)} filters (newest, country, country+type, type+dates, by confidence, "
        "actor) and their second pages. Latency is measured by the client; with every client waiting for its "
        "answer it is mostly queueing (clients × CPU time per request ÷ cores). Target (issue 16): no errors.",
        "",
        "| measure | value |",
        "|---|---|",
        *(f"| {a} | {b} |" for a, b in rows),
        "",
        f"Measured {report.when}. Machine: {report.machine}.",
        "",
        "Per query (`GET /api/events?...`):",
        "",
        "| query | requests | p50 ms | p95 ms |",
        "|---|---|---|---|",
        *(f"| `{q}` | {v['requests']:,} | {v['p50_ms']} | {v['p95_ms']} |" for q, v in j["by_query"].items()),
    ]
    if report.errors:
        lines += ["", "First errors:", "", *(f"- `{e}`" for e in report.errors[:5])]
    return lines


def render_load(report: LoadReport | None, *, command: str, capacity: Sequence[CapacityReport] = (),
                note: str = "") -> str:
    """docs/LOAD.md: the capacity step tests (:mod:`seismo.bench.load.capacity`), the closed-loop run,
    the command that made them and what was asked."""
    events = report.events if report is not None else capacity[0].events if capacity else 0
    when = report.when if report is not None else capacity[0].when if capacity else ""
    lines = [
        "# Load test: `seismo serve` under concurrent clients",
        "",
        f"Generated by `{command}` ({when}); do not edit by hand.",
        "",
        f"`seismo serve` in its own process on a synthetic store of {events:,} event reports "
        "(`seismo bench --make-synthetic`), called over HTTP on the same machine. Issue 16 asks for the "
        "requests per second held at p95 ≤ 100 ms on the events list (the capacity, below), and no errors "
        "over 5 minutes with 20 concurrent clients.",
        "",
        *summary_lines(capacity, report),
    ]
    if capacity:
        lines += ["", *capacity_markdown(capacity)]
    if report is not None:
        lines += ["", *closed_loop_markdown(report)]
    if note:
        lines += ["", note]
    return "\n".join(lines) + "\n"


def summary_lines(capacity: Sequence[CapacityReport], report: LoadReport | None) -> list[str]:
    """One bullet per measurement: the capacity per server worker count and the closed-loop run."""
    out = []
    for c in capacity:
        cap = c.capacity()
        loads = [s.load_average for s in c.steps if s.load_average is not None]
        load = f", load average {min(loads):.1f}–{max(loads):.1f} during the steps" if loads else ""
        out.append(f"- **Capacity, {c.server_workers} server worker{'s' if c.server_workers > 1 else ''}: "
                   + ("below the lowest rate tried" if cap is None else f"{cap:g} requests/s")
                   + f"** at p95 ≤ {c.target_ms:g} ms ({c.steps[-1].seconds:.0f} s steps{load}).")
    if report is not None:
        j = report.to_json()
        workers = f", {report.server_workers} server workers" if report.server_workers > 1 else ""
        out.append(f"- **{report.clients} clients, {report.seconds:.0f} s{workers}: {j['errors']} errors**, "
                   f"{j['requests_per_s']} requests/s, p50 {j['p50_ms']} ms, p95 {j['p95_ms']} ms "
                   f"({report.machine.split(', ', 3)[-1]}).")
    return out


def benchmarks_section(capacity: Sequence[CapacityReport], report: LoadReport | None, *, command: str) -> list[str]:
    """The ``## Load test`` section of docs/BENCHMARKS.md: the headline figures and the command."""
    return [
        f"## {BENCHMARKS_SECTION}",
        "",
        "`seismo serve` on the 1M-report synthetic store over HTTP (details, steps and per-query figures in "
        f"[LOAD.md](LOAD.md)), measured by `{command}` (`make load`):",
        "",
        *summary_lines(capacity, report),
    ]


def replace_section(text: str, section: list[str]) -> str:
    """``text`` (Markdown) with its ``## `` section of the same heading as ``section`` replaced by it,
    or with ``section`` appended when it has none."""
    heading = section[0]
    lines = text.rstrip("\n").splitlines()
    if heading in lines:
        start = lines.index(heading)
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
        tail = lines[end:]
        lines = lines[:start] + section + ([""] if tail else []) + tail
    else:
        lines += ["", *section]
    return "\n".join(lines) + "\n"
