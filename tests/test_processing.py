"""``seismo.process``: skip known → extract → write, step versions kept per article, re-extraction.

The pipeline here is ``fake_pipeline`` (tests/conftest.py): a real :class:`~seismo.pipeline.Pipeline`
over a blank spaCy ``Language`` (no model) with tiny steps that stamp their records with the
version they are declared with.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator

import pytest

from seismo.model import Article, Result
from seismo.pipeline import Pipeline
from seismo.processing import Batch, ProcessStats, process
from seismo.store import EventFilter, Store
from seismo.store.migrations import MIGRATIONS


class Counting:
    """A pipeline that remembers which articles it was asked to extract."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.seen: list[str] = []

    @property
    def versions(self) -> tuple[str, ...]:
        return self.pipeline.versions

    def run_many(self, articles: Iterable[Article]) -> Iterator[Result]:
        articles = list(articles)
        self.seen.extend(a.id for a in articles)
        return self.pipeline.run_many(articles)


@pytest.fixture()
def store(tmp_path) -> Iterator[Store]:
    with Store.open(tmp_path / "p.db") as s:
        yield s


def row_counts(store: Store) -> dict[str, int]:
    """Rows per table, full-text tables included (they must follow every replacement)."""
    names = ("articles", "entities", "quotes", "event_reports", "events", "reports_fts", "quotes_fts")
    with store.engine.connect() as conn:
        counts = {n: conn.exec_driver_sql(f"SELECT count(*) FROM {n}").scalar_one() for n in names}
        conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    return counts


def test_process_stores_new_articles_and_skips_known_ones(fake_pipeline, fake_articles, store) -> None:
    runner = Counting(fake_pipeline())
    batches: list[Batch] = []
    stats = process(fake_articles[:2], store=store, pipeline=runner, batch_size=1, on_batch=batches.append)
    assert stats == ProcessStats(added=2, replaced=0, present=0, events=2)
    assert [len(b.articles) for b in batches] == [1, 1]
    again = process([*fake_articles, fake_articles[2]], store=store, pipeline=runner)
    assert again == ProcessStats(added=1, replaced=0, present=3, events=0)  # 2 stored + a repeat
    assert runner.seen == [a.id for a in fake_articles[:2]] + [fake_articles[2].id, fake_articles[2].id]
    assert again.summary() == "stored 1 new articles (3 already present), 0 new events"


def test_the_store_keeps_the_step_versions(fake_pipeline, fake_articles, store) -> None:
    p = fake_pipeline()
    process(fake_articles, store=store, pipeline=p)
    assert store.article(fake_articles[0].id).steps == p.versions
    assert store.article_steps([a.id for a in fake_articles] + ["nope"]) == {a.id: p.versions for a in fake_articles}


def test_reprocess_with_the_same_versions_does_nothing(fake_pipeline, fake_articles, store) -> None:
    runner = Counting(fake_pipeline())
    process(fake_articles, store=store, pipeline=runner)
    before = row_counts(store)
    stats = process(fake_articles, store=store, pipeline=runner, reprocess=True)
    assert stats == ProcessStats(present=3)
    assert runner.seen == [a.id for a in fake_articles]
    assert row_counts(store) == before


def test_reprocess_replaces_articles_made_by_another_version(fake_pipeline, fake_articles, store) -> None:
    process(fake_articles, store=store, pipeline=fake_pipeline())
    before = row_counts(store)
    newer = Counting(fake_pipeline(events="test.events.v2"))
    stats = process([*fake_articles, fake_articles[0]], store=store, pipeline=newer, reprocess=True)
    assert stats == ProcessStats(added=0, replaced=3, present=1, events=2)
    assert row_counts(store) == before  # replaced, not doubled; full-text tables in step
    stored = store.article(fake_articles[0].id)
    assert stored.steps == newer.versions and [e.step for e in stored.events] == ["test.events.v2"]
    assert len(store.events(EventFilter(q="marched"))) == 2
    assert len(store.quotes(q="stay")) == 1
    newer.seen.clear()
    assert process(fake_articles, store=store, pipeline=newer, reprocess=True) == ProcessStats(present=3)
    assert newer.seen == []


def test_force_re_extracts_everything(fake_pipeline, fake_articles, store) -> None:
    runner = Counting(fake_pipeline())
    process(fake_articles, store=store, pipeline=runner)
    before = row_counts(store)
    assert process(fake_articles, store=store, pipeline=runner, force=True) == ProcessStats(replaced=3, events=2)
    assert row_counts(store) == before


def test_reprocess_retries_a_step_that_failed(fake_pipeline, fake_articles, store) -> None:
    process(fake_articles[:1], store=store, pipeline=fake_pipeline(fail=True))
    assert store.article(fake_articles[0].id).quotes == ()
    stats = process(fake_articles[:1], store=store, pipeline=fake_pipeline(), reprocess=True)
    assert stats.replaced == 1 and len(store.article(fake_articles[0].id).quotes) == 1


def test_a_store_from_before_version_4_upgrades_and_reprocesses(fake_pipeline, fake_articles,
                                                                tmp_path) -> None:
    path = tmp_path / "v3.db"
    p = fake_pipeline()
    with Store.open(path) as s:
        process(fake_articles, store=s, pipeline=p)
    with sqlite3.connect(path) as conn:  # as version 3 left it: no steps column
        conn.execute("ALTER TABLE articles DROP COLUMN steps")
        conn.execute("DELETE FROM schema_version WHERE version > 3")
    with Store.open(path, migrations=MIGRATIONS[:3]) as old:
        assert old.stats().schema_version == 3
    with Store.open(path) as s:
        assert s.stats().schema_version == MIGRATIONS[-1].version
        assert s.article_steps([fake_articles[0].id]) == {fake_articles[0].id: None}
        assert s.article(fake_articles[0].id).steps == ()
        assert process(fake_articles, store=s, pipeline=p, reprocess=True).replaced == 3
        assert s.article(fake_articles[0].id).steps == p.versions
