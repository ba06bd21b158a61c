"""Shared fixtures: one real pipeline per test session, the shared evaluation data, the seed; a
pipeline of tiny steps over a blank spaCy ``Language`` (no model) with its three articles; a
small synthetic store for the benchmark tests; the check sets' scorers of ``scripts/`` as modules."""

from __future__ import annotations

import importlib.util
import os
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SEISMO_SHARED", REPO.parent / "shared"))


@cache
def _written_script(name: str) -> ModuleType:
    """``scripts/<name>.py`` as a module, loaded once (registered first: its dataclasses need it)."""
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def written_script():
    """A check-set scorer of ``scripts/`` by name: ``written_script("written_tolls").score(...)``."""
    return _written_script


@pytest.fixture(scope="session")
def pipeline():
    """The full default pipeline with the real model, loaded once for the whole session."""
    from seismo import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    """The loaded spaCy Language (model + seismo's ruler)."""
    return pipeline.resources.nlp


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests that need it skip with a message where it is absent."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"evaluation data not found at {path} (set SEISMO_SHARED to the shared folder)")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    path = SHARED / "seed" / "kazakhstan-2022-01-07.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path} (set SEISMO_SHARED to the shared folder)")
    return path



# ----------------------------------------------------------------------------- a pipeline without the model


def _entities(version: str):
    def find(doc, *, article, found, resources):
        from seismo.model import Entity

        return tuple(Entity(t.idx, t.idx + len(t), t.text, "GPE", step=version) for t in doc if t.is_title)

    return find


def _quotes(version: str):
    def find(doc, *, article, found, resources):
        from seismo.model import Quote

        text = article.text
        if '"' not in text:
            return ()
        start = text.index('"') + 1
        end = text.index('"', start)
        return (Quote(start, end, text[start:end], "direct", None, None, 0.9, step=version),)

    return find


def _events(version: str):
    def find(doc, *, article, found, resources):
        from seismo.contract.ids import record_id
        from seismo.model import Event, Span

        text = article.text
        if "marched" not in text:
            return ()
        start = text.index("marched")
        end = start + len("marched")
        assert "entities" in found  # what it declares it reads
        return (Event(
            id=record_id(article.id, "event", start, end, "PROTEST"), type="PROTEST", mode="demo",
            acled_event_type="Protests", acled_sub_event_type="Peaceful protest", quad_class=4, actor=None,
            recipient=None, location=None, date=None, counts=(), modality="asserted", attributed_to=None,
            hedged=False, evidence=Span(0, len(text), text), trigger=Span(start, end, "marched"),
            confidence=0.5, step=version,
        ),)

    return find


@pytest.fixture(scope="session")
def boom():
    """A pipeline step that always fails with ``ValueError: kaput``."""

    def step(doc, *, article, found, resources):
        raise ValueError("kaput")

    return step


@pytest.fixture(scope="session")
def blank_resources():
    """Resources whose ``nlp`` is a blank English ``Language``: nothing loads the model."""
    import spacy

    import seismo
    from seismo.resources import Resources

    shared = Resources(seismo.Settings())
    shared.__dict__["nlp"] = spacy.blank("en")  # the cached_property, filled
    return shared


@pytest.fixture(scope="session")
def fake_pipeline(blank_resources, boom):
    """``fake_pipeline(events="test.events.v1", fail=False) -> Pipeline``: a real Pipeline of three
    tiny steps (entities: title-case words; quotes: the first double-quoted stretch; events: a
    PROTEST at "marched", reading entities) that stamp their records with the version they are
    declared with; ``fail=True`` makes the quotes step raise."""
    from seismo.pipeline import Pipeline, Step  # bound now: a test may monkeypatch seismo.pipeline.Pipeline

    def build(*, events: str = "test.events.v1", fail: bool = False) -> Pipeline:
        steps = (
            Step("entities", "test.entities.v1", _entities("test.entities.v1")),
            Step("quotes", "test.quotes.v1", boom if fail else _quotes("test.quotes.v1")),
            Step("events", events, _events(events), ("entities",)),
        )
        return Pipeline(steps, resources=blank_resources)

    return build


@pytest.fixture(scope="session")
def fake_articles():
    """Three articles for ``fake_pipeline``: two with a march and a quote, one with neither."""
    import seismo

    texts = (
        'Protesters marched in Almaty. "We stay," said Ruiz.',
        'Workers marched in Aktau. "Pay us," said Bek.',
        "Nothing happened in Paris.",
    )
    return [seismo.make_article(t, date="2022-01-07") for t in texts]


# ----------------------------------------------------------------------------- SQLite stores, copied


@pytest.fixture(scope="session")
def sqlite_copy(tmp_path_factory: pytest.TempPathFactory):
    """``sqlite_copy(path, *, samples=False) -> path``: a new SQLite store file at ``path``, at the
    latest schema, empty or (``samples``) holding the four sample articles of
    :func:`seismo.store.samples.sample_results`: a copy of one made once per session (the rows
    that opening a new file and writing the samples gives, for a fifth of the time)."""
    import shutil

    from seismo.store import Store
    from seismo.store.samples import sample_results

    folder = tmp_path_factory.mktemp("sqlite-templates")
    made: dict[bool, Path] = {}

    def copy(path: Path, *, samples: bool = False) -> Path:
        if samples not in made:
            template = folder / f"{'samples' if samples else 'empty'}.db"
            with Store.open(template) as store:
                if samples:
                    store.write(sample_results())
            made[samples] = template  # closed: the write-ahead log is back in the file
        shutil.copyfile(made[samples], path)
        return path

    return copy


@pytest.fixture(scope="session")
def samples_db(pipeline, tmp_path_factory: pytest.TempPathFactory):
    """``samples_db(path) -> path``: a new SQLite store file at ``path`` holding what the real
    pipeline extracts from ``samples/``: a copy of one store made once per session (the pipeline
    on the 18 sample articles takes seconds)."""
    import shutil

    from seismo.ingest import IngestReport, read_inputs
    from seismo.store import Store

    template = tmp_path_factory.mktemp("samples-template") / "samples.db"
    with Store.open(template) as store:
        store.write(list(pipeline.run_many(read_inputs([Path(__file__).resolve().parents[1] / "samples"],
                                                       report=IngestReport()))))

    def copy(path: Path) -> Path:
        shutil.copyfile(template, path)
        return path

    return copy


# ----------------------------------------------------------------------------- a synthetic store


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic store of 120 events (:func:`seismo.bench.query.make_synthetic`, seed 3)."""
    from seismo.bench.query import make_synthetic

    path = tmp_path_factory.mktemp("bench") / "synth.db"
    make_synthetic(path, events=120, seed=3)
    return path


#: fixtures that load the real spaCy model: a test that uses one, directly or through another
#: fixture, is marked ``model`` (``pytest -m "not model"`` runs the rest without loading it)
MODEL_FIXTURES = frozenset({"pipeline", "nlp"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if MODEL_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


# ----------------------------------------------------------------------------- a running toll, by hand


@pytest.fixture(scope="session")
def rising_toll():
    """``rising_toll() -> [day1, day2]``: two invented articles, built by hand (no model), on
    consecutive days about one shooting in one invented town (same place, same day, same victims'
    names, same attribution); the toll rises from 2 (day 1) to 3 (day 2).  Both reports are
    incidents (an ordinary crime)."""
    import datetime as dt

    from seismo.contract.ids import article_id, record_id
    from seismo.model import Actor, Article, Count, Entity, Event, EventDate, EventLocation, Place, Result, Span

    town = ("Orvelle", 9900001, -1.30, 36.80, "KEN")  # name, GeoNames-like id, lat, lon, country
    names = ("Daniel Okonkwo", "Grace Mutua")
    day1 = ("Gunmen shot dead two people at a bus station in Orvelle on Sunday, police said. The victims "
            "were named as Daniel Okonkwo and Grace Mutua. Detectives are still looking for the gunmen.")
    day2 = ("Sunday's shooting at a bus station in Orvelle has now claimed three lives, police said, as a "
            "wounded passenger died in hospital. Daniel Okonkwo and Grace Mutua were among the dead.")

    def span(text: str, words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words), words)

    def one(text: str, published: dt.date, trigger: str, toll: str, killed: int, title: str, source: str) -> Result:
        aid = article_id(text)
        s = span(text, town[0])
        place = Place(s.start, s.end, s.text, town[0], town[1], town[2], town[3], town[4], None, "city", 0.9)
        trig = span(text, trigger)
        end = text.index(". ") + 1
        c = span(text, toll)
        gunmen = span(text, "Gunmen") if "Gunmen" in text else None
        event = Event(
            id=record_id(aid, "event", trig.start, trig.end, "ASSAULT"), type="ASSAULT", mode="firearms",
            acled_event_type="Violence against civilians", acled_sub_event_type="Attack", quad_class=4,
            actor=None if gunmen is None else Actor(gunmen.start, gunmen.end, gunmen.text, None, "KEN", "UAF", "group"),
            recipient=None, location=EventLocation(place, 1),
            date=EventDate("2023-06-04", "day", "text", span(text, "Sunday")),
            counts=(Count("killed", killed, killed, killed, c.start, c.end, c.text),),
            modality="asserted", attributed_to=span(text, "police"), hedged=False,
            evidence=Span(0, end, text[:end]), trigger=trig, confidence=0.8, scope="incident",
        )
        people = tuple(Entity(x.start, x.end, x.text, "PERSON") for x in (span(text, n) for n in names))
        return Result(Article(aid, text, published, title, source, None), entities=people, places=(place,),
                      events=(event,))

    def build() -> list[Result]:
        return [
            one(day1, dt.date(2023, 6, 5), "shot dead", "two", 2, "Two shot dead at Orvelle bus station", "Coast Herald"),
            one(day2, dt.date(2023, 6, 6), "shooting", "three", 3, "Orvelle shooting toll rises to three",
                "Lakeside Times"),
        ]

    return build


# ----------------------------------------------------------------------------- PostgreSQL


@pytest.fixture()
def pg_url() -> str:
    """The URL of an EMPTY database on the PostgreSQL server named by SEISMO_TEST_PG (its public
    schema dropped and made again).  Skipped when unset, except where SEISMO_REQUIRE_PG is set
    (CI: `.ci/run` starts a throwaway server), where a missing server fails instead."""
    url = os.environ.get("SEISMO_TEST_PG")
    if not url:
        if os.environ.get("SEISMO_REQUIRE_PG"):
            pytest.fail("SEISMO_REQUIRE_PG is set but SEISMO_TEST_PG names no server")
        pytest.skip("set SEISMO_TEST_PG=postgresql+psycopg://... to run the PostgreSQL tests")
    reset_pg(url)
    return url


@pytest.fixture()
def pg_clean_url(pg_url_session: str) -> str:
    """The URL of a PostgreSQL database at the latest schema with every table EMPTY: its tables
    emptied (TRUNCATE) for each test, far quicker than making the schema again; made again only
    when another test dropped or changed it.  For tests that need no tables at all, ``pg_url``."""
    import sqlalchemy as sa

    from seismo.store import Store, schema
    from seismo.store.migrations import MIGRATIONS

    names = ", ".join(t.name for t in schema.metadata.sorted_tables if t.name != "schema_version")
    engine = sa.create_engine(pg_url_session)
    try:
        with engine.begin() as conn:
            version = conn.exec_driver_sql("SELECT max(version) FROM schema_version").scalar()
            if version != MIGRATIONS[-1].version:
                raise sa.exc.ProgrammingError("", {}, Exception("schema not current"))
            conn.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY CASCADE")
    except sa.exc.ProgrammingError:
        reset_pg(pg_url_session)
        Store.open(pg_url_session).close()
    finally:
        engine.dispose()
    return pg_url_session


@pytest.fixture(scope="session")
def pg_sample_rows() -> dict[str, list[dict]]:
    """The rows of every table once the four sample articles are written, filled by the first
    ``pg_samples_url`` of the session."""
    return {}


@pytest.fixture()
def pg_samples_url(pg_clean_url: str, pg_sample_rows: dict[str, list[dict]]) -> str:
    """``pg_clean_url`` holding the four sample articles of
    :func:`seismo.store.samples.sample_results`: written by ``Store.write`` once per session, then
    copied in as the rows that write left (a tenth of the time; the sequences set past them)."""
    import sqlalchemy as sa

    from seismo.store import Store, schema
    from seismo.store.samples import sample_results

    tables = [t for t in schema.metadata.sorted_tables if t.name != "schema_version"]
    if not pg_sample_rows:
        with Store.open(pg_clean_url) as store:
            store.write(sample_results())
        engine = sa.create_engine(pg_clean_url)
        with engine.connect() as conn:
            pg_sample_rows.update({t.name: [dict(r._mapping) for r in conn.execute(sa.select(t))] for t in tables})
        engine.dispose()
        return pg_clean_url
    engine = sa.create_engine(pg_clean_url)
    with engine.begin() as conn:
        for t in tables:
            if rows := pg_sample_rows[t.name]:
                conn.execute(t.insert(), rows)
                for column in t.primary_key.columns:
                    if column.autoincrement is True:
                        conn.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{t.name}', '{column.name}'), "
                                             f"(SELECT max({column.name}) FROM {t.name}))")
    engine.dispose()
    return pg_clean_url


@pytest.fixture(scope="session")
def pg_url_session() -> str:
    """SEISMO_TEST_PG's database URL, checked once per session (see ``pg_clean_url``)."""
    url = os.environ.get("SEISMO_TEST_PG")
    if not url:
        if os.environ.get("SEISMO_REQUIRE_PG"):
            pytest.fail("SEISMO_REQUIRE_PG is set but SEISMO_TEST_PG names no server")
        pytest.skip("set SEISMO_TEST_PG=postgresql+psycopg://... to run the PostgreSQL tests")
    return url


def reset_pg(url: str) -> None:
    """Drop everything in the public schema of the database at ``url``."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
