"""seismo.bench.scale: the scale section of docs/BENCHMARKS.md, measured with the model-free
stand-in on a tiny corpus (the figures are not checked, only that each is measured and shown)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import pytest
import spacy

pytest.importorskip("distributed")

sys.path.insert(0, str(Path(__file__).parent))
import standin  # noqa: E402

from seismo.bench import render_markdown  # noqa: E402
from seismo.bench.scale import SECTION, run_scale, scale_markdown  # noqa: E402


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    import cloudpickle

    cloudpickle.register_pickle_by_value(standin)
    state = tmp_path_factory.mktemp("state")
    return run_scale(standin.corpus(20), workers=(1, 2), batch_size=5, short_words=60,
                     factory=functools.partial(standin.build, str(state)),
                     bare_loader=functools.partial(spacy.blank, "en"))


def test_both_runs_and_the_sqlite_write_rate_are_measured(report):
    assert [r.workers for r in report.runs] == [1, 2]
    assert all(r.articles == 20 and r.seconds > 0 for r in report.runs)
    assert [len(r.worker_peak_mb) for r in report.runs] == [1, 2]
    assert all(m > 0 for r in report.runs for m in r.worker_peak_mb)
    assert report.ratio() is not None
    sqlite = report.writes[0]
    assert sqlite.backend.startswith("SQLite") and sqlite.articles == 20
    assert sqlite.reports > 0
    assert [n for n, _ in report.bare] == [1, 2] and all(t > 0 for _, t in report.bare)
    assert report.bare_ratio() == report.bare[0][1] / report.bare[1][1]
    short = report.short_runs
    assert [r.workers for r in short] == [1, 2] and 0 < short[0].articles < 20 and short[0].words >= 60
    assert report.ratio(short=True) == short[1].articles_per_s / short[0].articles_per_s


def test_the_section_shows_the_ratio_and_is_kept_by_a_later_run_without_it(report):
    text = "\n".join(scale_markdown(report))
    assert text.startswith(f"## {SECTION}")
    assert "Ratio, 2 workers over 1" in text and "SQLite" in text
    assert f"**{report.bare_ratio():.2f}×** — the most this machine gives" in text
    assert f"The same runs on the first {report.short_runs[0].articles} articles only" in text
    full = render_markdown(None, None, commit="abc", command="seismo bench", scale=report)
    later = render_markdown(None, None, commit="def", command="seismo bench --no-scale", previous=full)
    assert "Ratio, 2 workers over 1" in later
