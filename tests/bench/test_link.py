"""The linking benchmark (:mod:`seismo.bench.link`) and its synthetic news
(:mod:`seismo.bench.linkdata`), at tiny sizes: no wall-clock time is asserted."""

from __future__ import annotations

import dataclasses
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from seismo.bench import render_markdown
from seismo.bench.link import (
    SECTION,
    _decided,
    Cost,
    LinkReport,
    Throughput,
    link_markdown,
    measure_throughput,
    parse_sizes,
    run_cost,
    run_throughput,
)
from seismo.bench.linkdata import REPORTS_PER_ARTICLE, SyntheticNews, World
from seismo.link import Linker, MemoryIndex

SEED = 7


@pytest.fixture(scope="module")
def world() -> World:
    return World.make(SEED)


@pytest.fixture(scope="module")
def stream(world):
    """The first 300 articles of seed 7: ``[(planted, result), ...]``."""
    return list(SyntheticNews(SEED, world=world).stream(300))


def test_the_synthetic_news_is_deterministic(world, stream):
    again = list(SyntheticNews(SEED, world=World.make(SEED)).stream(300))
    assert again == stream
    other = list(SyntheticNews(SEED + 1).stream(5))
    assert [r.article.text for _, r in other] != [r.article.text for _, r in stream[:5]]


def test_articles_look_extracted(stream):
    kinds = {p.kind for p, _ in stream}
    assert kinds == {"new", "follow-up", "copy"}
    days = [r.article.date for _, r in stream]
    assert days == sorted(days)  # publication order
    for _, r in stream:
        text = r.article.text
        assert 100 <= len(text.split()) <= 220
        assert len(r.events) == REPORTS_PER_ARTICLE
        assert {e.label for e in r.entities} == {"PERSON"} and r.places
        for record in (*r.entities, *r.places):
            assert text[record.start:record.end] == record.text
        for e in r.events:
            assert e.modality == "asserted" and e.location.precision == 1 and e.location.place.kind == "city"
            assert e.date.precision == "day" and e.date.source == "text"
            assert text[e.trigger.start:e.trigger.end] == e.trigger.text
            assert text[e.evidence.start:e.evidence.end] == e.evidence.text


def test_the_linker_finds_a_planted_near_copy_and_a_follow_up(stream):
    kind = {p.article_id: p.kind for p, _ in stream}
    linker = Linker(MemoryIndex())
    found = {r.article.id: linker.add(r) for _, r in stream}
    copies = [p for p, _ in stream if p.kind == "copy" and kind[p.of] != "copy"]
    assert copies
    first = found[copies[0].article_id]
    assert first.duplicate_of == copies[0].of
    assert first.story_id == found[copies[0].of].story_id
    follow = next(p for p, _ in stream if p.kind == "follow-up")
    links = found[follow.article_id]
    assert links.story_id == found[follow.of].story_id and links.duplicate_of is None
    # its two main happenings are the events the story's first article started
    assert [r.event_id for r in links.reports[:2]] == [r.event_id for r in found[follow.of].reports[:2]]


def test_throughput_has_its_fields():
    t = run_throughput(500, seed=SEED)
    assert (t.reports, t.articles) == (500, 100)
    assert t.seconds > 0 and t.reports_per_s > 0 and t.peak_rss_mb >= t.start_rss_mb > 0
    assert 1 <= t.stories <= t.articles and t.largest_story >= 1
    assert t.copies_found <= t.copies_planted and t.follow_ups_found <= t.follow_ups_planted
    assert t.target_s == pytest.approx(0.3)  # 60 s per 100,000 reports, scaled
    assert t.cpu_seconds is not None and t.cpu_seconds > 0
    assert t.passed == (t.seconds <= t.target_s)


def test_throughput_digests_every_decision():
    news = SyntheticNews(SEED)
    linker = Linker(MemoryIndex())
    expected = hashlib.sha256(b"".join(_decided(linker.add(result)) for _, result in news.stream(60))).hexdigest()
    assert run_throughput(300, seed=SEED).decisions == expected
    assert run_throughput(300, seed=SEED + 1).decisions != expected


def test_throughput_in_a_fresh_process_decides_the_same():
    here = run_throughput(100, seed=SEED)
    there = measure_throughput(100, seed=SEED, isolate=True)
    timing = {"seconds", "cpu_seconds", "peak_rss_mb", "start_rss_mb"}
    assert {k: v for k, v in dataclasses.asdict(there).items() if k not in timing} == \
        {k: v for k, v in dataclasses.asdict(here).items() if k not in timing}


def test_cost_per_article_has_one_row_per_size_and_index(tmp_path):
    costs = run_cost((250, 500), batch=6, sqlite_sizes=(250,), seed=SEED, workdir=tmp_path)
    assert [(c.index, c.reports, c.articles) for c in costs] == [("memory", 250, 50), ("memory", 500, 100),
                                                                  ("sqlite", 250, 50)]
    for c in costs:
        assert c.batch == 6 and c.p95_ms >= c.p50_ms > 0 and c.mean_ms > 0 and c.fill_s > 0
        assert c.neighbours > 0 and c.events > 0
    memory, sqlite = costs[0], costs[2]
    # the store filled by bulk INSERTs reads back as the MemoryIndex does: same candidates, same decisions
    assert sqlite.agree == 6 and (sqlite.neighbours, sqlite.events) == (memory.neighbours, memory.events)
    assert not list(tmp_path.iterdir())  # the SQLite files are removed


def test_the_markdown_section():
    t = Throughput(reports=100_000, articles=20_000, seconds=50.0, peak_rss_mb=900.0, start_rss_mb=100.0, stories=15_000,
                   largest_story=40, reports_joined=9_000, copies_planted=600, copies_found=590, false_copies=0,
                   follow_ups_planted=800, follow_ups_found=790)
    cost = Cost("memory", 10_000, 2_000, 3.0, 200, 7.5, 7.0, 9.0, 98.0, 330.0)
    sql = Cost("sqlite", 10_000, 2_000, 4.0, 200, 50.0, 48.0, 80.0, 98.0, 330.0, 199)
    report = LinkReport(t, (cost, sql))
    text = "\n".join(link_markdown(report, commit="abc", command="seismo bench --no-speed"))
    assert text.startswith(f"## {SECTION}\n")
    assert "**50.0 s, 2,000 reports/s**" in text and "≤ 60 s on one core\": met" in text
    with_cpu = "\n".join(link_markdown(LinkReport(dataclasses.replace(t, cpu_seconds=41.5), ())))
    assert "CPU time of the process 41.5 s" in with_cpu and "CPU time" not in text
    digested = "\n".join(link_markdown(LinkReport(dataclasses.replace(t, decisions="0123456789abcdef" * 4), ())))
    assert "hashes to sha256 `0123456789abcdef…`" in digested and "sha256" not in text
    assert "| memory | 10,000 | 2,000 | 3 | 7.5 | 7.0 | 9.0 | 98 | 330 |  |" in text
    assert "| SQLite store | 10,000 | 2,000 | 4 | 50.0 | 48.0 | 80.0 | 98 | 330 | 199 / 200 |" in text
    assert "Growth" not in text  # one size: nothing to compare
    bigger = dataclasses.replace(cost, reports=100_000, articles=20_000, mean_ms=15.0, neighbours=400.0)
    grown = "\n".join(link_markdown(LinkReport(None, (cost, bigger))))
    assert "- Growth: memory: 7.5, 15.0 ms from 10,000 to 100,000 reports (×2.0 for ×10 reports)" in grown
    assert "Earlier articles read per new article: 98, 400." in grown and "`Rule.max_neighbours`" in grown
    slow = dataclasses.replace(t, seconds=120.0)
    assert "**not met**" in "\n".join(link_markdown(LinkReport(slow, ())))
    assert report.to_json()["throughput"]["passed"] is True
    assert LinkReport.from_json(report.to_json()) == report


def test_partial_runs_keep_the_other_sections():
    previous = ("# Benchmarks\n\n## Throughput\n\nfast\n\n## Linking (stories, events, copies)\n\nold-link\n\n"
                "## Store queries\n\nold-store\n\n## HTTP API and dashboard\n\nold-api\n")
    no_link = render_markdown(None, None, commit="abc", command="seismo bench --no-speed --no-link",
                              store_note="none", previous=previous)
    assert "old-link" in no_link and "old-store" not in no_link
    report = LinkReport(None, (Cost("memory", 10, 2, 0.1, 1, 1.0, 1.0, 1.0, 1.0, 1.0),))
    link_only = render_markdown(None, None, commit="abc", command="seismo bench --no-speed", previous=previous,
                                link=report)
    assert "old-link" not in link_only and f"## {SECTION}" in link_only
    assert "fast" in link_only and "old-store" in link_only and "old-api" in link_only
    assert link_only.index("## Throughput") < link_only.index(f"## {SECTION}") < link_only.index("## Store queries")


@pytest.mark.parametrize(("text", "sizes"), [("10k,100k,1M", (10_000, 100_000, 1_000_000)), ("", ()),
                                              ("250, 1_000", (250, 1_000)), ("2.5k", (2_500,))])
def test_parse_sizes(text, sizes):
    assert parse_sizes(text) == sizes


def test_parse_sizes_refuses_words():
    with pytest.raises(ValueError):
        parse_sizes("big")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="VmHWM is read from Linux's /proc")
def test_a_fresh_interpreter_reports_its_own_peak_not_its_parents() -> None:
    """``ru_maxrss`` survives ``exec``: a child started by a process that once held 300 MiB
    reports at least that much before doing anything.  :func:`own_peak_mb` reads the child's own
    high-water mark, which starts afresh."""
    ballast = bytearray(300 * 1024 * 1024)
    ballast[::4096] = b"x" * len(ballast[::4096])  # touch every page so that it is resident
    code = ("import resource; from seismo.bench.link import own_peak_mb; "
            "print(own_peak_mb(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    own, inherited = (float(x) for x in done.stdout.split())
    del ballast
    assert own < 200 < inherited
