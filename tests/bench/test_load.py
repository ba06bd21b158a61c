"""The load tests (:mod:`seismo.bench.load`): the closed loop and the capacity step test, with
``seismo serve`` in its own process on a small store, a few clients or a low fixed rate for a
second; every request answered 200 and the reports rendered.  The capacity rule is checked on
hand-built steps; nothing here asserts a latency or a rate reached (the machine decides those)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from seismo.bench.load import (
    BENCHMARKS_SECTION,
    LOAD_QUERIES,
    CapacityReport,
    Step,
    benchmarks_section,
    render_load,
    replace_section,
    run_capacity,
    run_load,
)
from seismo.bench.load.report import capacity_markdown
from seismo.store import Store
from seismo.store.samples import sample_results


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("load") / "small.db"
    with Store.open(path) as store:
        store.write(sample_results())
    return path


def test_load_run_on_a_small_store(small_store) -> None:
    report = run_load(small_store, clients=3, seconds=1.0, warmup=0.2)
    assert report.requests > 0 and not report.errors
    assert set(report.statuses) == {200}
    assert report.events > 0 and report.pct(0.95) >= report.pct(0.5) > 0
    assert report.server_workers == 1 and report.server_cpu_s is not None and report.server_cpu_s > 0
    text = render_load(report, command="seismo bench --load --store small.db")
    assert "| requests/s |" in text and "| errors | 0 |" in text and "seismo bench --load" in text
    assert len(LOAD_QUERIES) >= 5 and "| `limit=50` |" in text
    assert "| server CPU per request |" in text and "## 3 clients for 1 s (closed loop)" in text


def test_load_run_with_two_server_workers(small_store) -> None:
    """`seismo serve --workers 2` answers every request (each worker builds its app from the environment)."""
    report = run_load(small_store, clients=4, seconds=1.0, warmup=0.2, server_workers=2)
    assert report.requests > 0 and not report.errors and set(report.statuses) == {200}
    assert report.to_json()["server_workers"] == 2
    assert "`seismo serve --workers 2`" in render_load(report, command="seismo bench --load")


def test_capacity_run_on_a_small_store(small_store) -> None:
    seen: list[Step] = []
    report = run_capacity(small_store, rates=(8, 4), step_seconds=1.0, warmup=0.25, progress=seen.append)
    assert [s.rate for s in report.steps][:1] == [4.0]  # lowest rate first
    assert seen == list(report.steps)
    first = report.steps[0]
    assert first.sent == 4 and first.answered + len(first.errors) == first.sent and not first.errors
    assert first.server_cpu_s is not None and first.client_cpu_s is not None
    assert set(report.queries) >= set(LOAD_QUERIES) and sum(len(v) for v in first.by_query.values()) == first.answered
    assert report.capacity() in (None, 4.0, 8.0)
    j = report.to_json()
    assert j["steps"][0]["sent"] == 4 and j["server_workers"] == 1 and "capacity_by_query" in j
    text = "\n".join(capacity_markdown([report]))
    assert "## Capacity: requests per second at p95 ≤ 100 ms (open loop)" in text
    assert "| `limit=50` |" in text and "### 1 server worker" in text


def test_capacity_refuses_a_rate_that_is_not_positive(small_store) -> None:
    with pytest.raises(ValueError, match="positive"):
        run_capacity(small_store, rates=(0, 10))


def _step(rate: float, p95: float, *, errors: int = 0, slow_query: float | None = None) -> Step:
    """A step of 20 requests whose p95 is ``p95`` ms; query ``b`` answers in ``slow_query`` ms if given."""
    fast = tuple([p95 / 2] * 18 + [p95] * 2)
    b = tuple([slow_query] * 10) if slow_query is not None else fast[10:]
    return Step(rate=rate, seconds=10, sent=20 + errors, latencies_ms=fast[:10] + b,
                errors=tuple(f"/api/events: 500 #{i}" for i in range(errors)),
                by_query={"a": fast[:10], "b": b}, load_average=1.0, server_cpu_s=0.2)


@pytest.mark.parametrize(
    ("steps", "query", "expected"),
    [
        ([_step(10, 40), _step(20, 80), _step(30, 140)], None, 20),
        ([_step(10, 40), _step(20, 100), _step(30, 101)], None, 20),  # exactly the target passes
        ([_step(10, 140)], None, None),  # not even the lowest rate
        ([_step(10, 40), _step(20, 60, errors=1), _step(30, 60)], None, 10),  # an error fails the step
        ([_step(10, 40), _step(20, 150), _step(30, 60)], None, 10),  # no passing after the first failure
        ([_step(10, 40), _step(20, 60), _step(30, 90)], None, 30),  # every rate passed
        ([_step(10, 40), _step(20, 60, slow_query=250)], "b", 10),  # per query: its own p95
        ([_step(10, 40), _step(20, 60, slow_query=250)], "a", 20),
    ],
)
def test_capacity_is_the_highest_passing_step_below_the_first_failure(steps, query, expected) -> None:
    report = CapacityReport(store="s.db", events=1, server_workers=1, target_ms=100.0, steps=tuple(steps),
                            queries=("a", "b"), machine="test")
    assert report.capacity(query) == expected


def test_step_figures() -> None:
    step = _step(10, 40)
    assert step.cpu_ms_per_request == pytest.approx(10.0)  # 0.2 s of server CPU over 20 answers
    assert step.client_cpu_ms_per_request is None
    assert step.passed(100.0) and not step.passed(30.0)
    assert step.to_json(100.0)["answered_per_s"] == 2.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Benchmarks\n\nintro\n", "# Benchmarks\n\nintro\n\n## Load test\n\nnew\n"),
        ("# B\n\n## Load test\n\nold\n\n## Scale\n\ns\n", "# B\n\n## Load test\n\nnew\n\n## Scale\n\ns\n"),
        ("# B\n\n## Scale\n\ns\n\n## Load test\n\nold\nolder\n", "# B\n\n## Scale\n\ns\n\n## Load test\n\nnew\n"),
    ],
)
def test_replace_section(text: str, expected: str) -> None:
    assert replace_section(text, [f"## {BENCHMARKS_SECTION}", "", "new"]) == expected


def test_benchmarks_keep_the_load_section() -> None:
    """`seismo bench` (any part) keeps the section that only `seismo bench --load` writes."""
    from seismo.bench import render_markdown

    report = CapacityReport(store="s.db", events=1, server_workers=2, target_ms=100.0,
                            steps=(_step(10, 40), _step(20, 140)), queries=("a", "b"), machine="test")
    section = benchmarks_section([report], None, command="seismo bench --load --store s.db")
    assert "**Capacity, 2 server workers: 10 requests/s**" in "\n".join(section)
    previous = replace_section("# Benchmarks\n\n## Scale\n\nold scale\n", section)
    text = render_markdown(None, None, commit="abc", command="seismo bench --no-speed", previous=previous)
    assert "\n".join(section) in text and "old scale" in text


def test_bench_load_cli_refuses_bad_lists(small_store) -> None:
    from seismo.cli import cli

    for option, value in (("--rates", "10,fast"), ("--server-workers", "0"), ("--rates", "")):
        result = CliRunner().invoke(cli, ["bench", "--load", "--store", str(small_store), option, value,
                                          "--out", "-"])
        assert result.exit_code == 2 and option in result.output, (option, value, result.output)


def test_bench_load_cli_writes_the_report(small_store, tmp_path) -> None:
    from seismo.cli import cli

    out = tmp_path / "LOAD.md"
    result = CliRunner().invoke(cli, ["bench", "--load", "--store", str(small_store), "--rates", "4",
                                      "--step-duration", "1", "--duration", "0", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text("utf-8")
    assert "## Capacity" in text and "(closed loop)" not in text and "**Capacity, 1 server worker:" in text


def test_bench_load_cli_steps_through_the_default_rates() -> None:
    from seismo.bench.load.capacity import DEFAULT_RATES
    from seismo.commands.evaluate import bench

    (rates,) = [o for o in bench.params if o.name == "rates"]
    assert [float(r) for r in rates.default.split(",")] == list(DEFAULT_RATES)
