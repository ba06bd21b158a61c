"""Crash safety: ``seismo ingest`` killed with SIGKILL at random points (20 times, seeded), then
run to the end; the store has every article exactly once, no orphan rows, full-text indexes
that match their tables and (SQLite) ``PRAGMA integrity_check`` ok — after every kill, not only
at the end.  On SQLite and, when SEISMO_TEST_PG names a server, on PostgreSQL."""

from __future__ import annotations

import functools
import os
import random
import signal
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

sys.path.insert(0, str(Path(__file__).resolve().parent))
KILLS = 20
#: enough articles that 20 runs killed within 0.15 s each leave work for the last run, with room for
#: a writer a few times faster than today's (kills within 0.3 s let a fast, idle machine finish all 120)
TOWNS = ["Almaty", "Aktau", "Shymkent", "Taraz", "Oral", "Atyrau", "Kostanay", "Pavlodar"]
N = 120


def write_articles(folder: Path) -> None:
    folder.mkdir()
    for i in range(N):
        town = TOWNS[i % len(TOWNS)]
        text = f'Workers marched in {town} for the {i}th day. "We want pay rise number {i}," said Ruiz {i}.'
        (folder / f"a{i:03d}.txt").write_text(f"date 2022-01-{1 + i % 28:02d} {text}\n")


@functools.cache
def _pipeline():
    from ingest_driver import build_pipeline

    return build_pipeline()


def run_driver(folder: Path, url: str, *, kill_after: float | None) -> bool:
    """One ingest in a forked child process (the modules already loaded, so each start is
    quick); SIGKILLed ``kill_after`` seconds into its work when given.  True when it was killed
    before it finished."""
    import multiprocessing

    from ingest_driver import main

    context = multiprocessing.get_context("fork")
    ready = context.Event()
    child = context.Process(target=main, args=(str(folder), url, ready, _pipeline()))
    child.start()
    assert ready.wait(120), "the ingest never opened its store"
    child.join(timeout=300 if kill_after is None else kill_after)
    if child.is_alive():
        assert kill_after is not None, "the ingest did not finish"
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        return True
    assert child.exitcode == 0, child.exitcode
    return False


ORPHANS = {
    "places": "SELECT count(*) FROM places WHERE article_id NOT IN (SELECT id FROM articles)",
    "dates": "SELECT count(*) FROM dates WHERE article_id NOT IN (SELECT id FROM articles)",
    "quotes": "SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)",
    "entities": "SELECT count(*) FROM entities WHERE article_id NOT IN (SELECT id FROM articles)",
    "reports": "SELECT count(*) FROM event_reports WHERE article_id NOT IN (SELECT id FROM articles)",
    "reports without event": "SELECT count(*) FROM event_reports WHERE event_id NOT IN (SELECT id FROM events)",
    "events without report": "SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM event_reports)",
    "counts": "SELECT count(*) FROM counts WHERE report_id NOT IN (SELECT id FROM event_reports)",
    "wrong n_reports": "SELECT count(*) FROM events e WHERE n_reports != "
                       "(SELECT count(*) FROM event_reports r WHERE r.event_id = e.id)",
}


def check_store(url: str) -> int:
    """Assert the store is consistent; the number of articles it holds."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            for what, query in ORPHANS.items():
                assert conn.exec_driver_sql(query).scalar() == 0, what
            articles = conn.exec_driver_sql("SELECT count(*) FROM articles").scalar()
            assert conn.exec_driver_sql("SELECT count(DISTINCT id) FROM articles").scalar() == articles
            reports = conn.exec_driver_sql("SELECT count(*) FROM event_reports").scalar()
            assert reports == articles  # the tiny pipeline finds one march in each article
            if engine.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
                for fts in ("articles_fts", "reports_fts", "quotes_fts"):
                    conn.exec_driver_sql(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")
                hits = conn.exec_driver_sql("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'marched'")
                assert hits.scalar() == articles
            else:
                hits = conn.exec_driver_sql(
                    "SELECT count(*) FROM articles WHERE to_tsvector('simple', coalesce(title, '') || ' ' || text) "
                    "@@ plainto_tsquery('simple', 'marched')")
                assert hits.scalar() == articles
            return int(articles)
    finally:
        engine.dispose()


def kill_and_finish(folder: Path, url: str) -> None:
    rng = random.Random(20261130)
    killed, seen = 0, []
    for _ in range(KILLS):
        killed += run_driver(folder, url, kill_after=rng.uniform(0.03, 0.15))
        seen.append(check_store(url))  # consistent after every kill
    assert killed >= KILLS - 2, f"only {killed} of {KILLS} runs were killed mid-way"
    assert seen == sorted(seen) and seen[-1] < N  # progress kept, never lost, work left for the last run
    run_driver(folder, url, kill_after=None)
    assert check_store(url) == N
    run_driver(folder, url, kill_after=None)  # and running again adds nothing
    assert check_store(url) == N


def test_sigkill_loses_and_doubles_nothing_on_sqlite(tmp_path) -> None:
    write_articles(tmp_path / "news")
    kill_and_finish(tmp_path / "news", f"sqlite:///{tmp_path / 'crash.db'}")


def test_sigkill_loses_and_doubles_nothing_on_postgresql(tmp_path, pg_url) -> None:
    write_articles(tmp_path / "news")
    kill_and_finish(tmp_path / "news", pg_url)
