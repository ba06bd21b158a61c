"""The store: round trips, idempotence, one transaction per batch, filters, search, migrations, export."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import fields, replace

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seismo.errors import QueryError, StoreError
from seismo.ids import record_id
from seismo.model import (
    Actor,
    Article,
    Count,
    Entity,
    Event,
    EventDate,
    EventLocation,
    Place,
    Quote,
    Result,
    Span,
    Speaker,
    When,
)
from seismo.store import EventFilter, Store
from seismo.store.migrations import MIGRATIONS, Migration
from seismo.store.rows import date_bounds
from seismo.store.samples import sample_results
from seismo.store.search import fts5_query

LATEST = MIGRATIONS[-1].version

SAMPLES = sample_results()
ALMATY, PARIS, KHARKIV, GENEVA = SAMPLES


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A file store holding the four sample articles (read-only tests share it)."""
    store = Store.open(tmp_path_factory.mktemp("store") / "seismo.db")
    store.write(SAMPLES)
    return store


@pytest.fixture()
def store(tmp_path) -> Store:
    s = Store.open(tmp_path / "seismo.db")
    yield s
    s.close()


def triggers(hits) -> set[str]:
    return {h.event.trigger.text for h in hits}


# ----------------------------------------------------------------------------- writing


def test_round_trip_every_record(filled: Store) -> None:
    for result in SAMPLES:
        assert filled.article(result.article.id) == result


def test_missing_article_is_none(filled: Store) -> None:
    assert filled.article("no-such-id") is None


def test_write_counts_what_it_added(store: Store) -> None:
    stats = store.write(SAMPLES)
    assert (stats.articles_added, stats.articles_present, stats.events_added) == (4, 0, 6)
    assert (stats.counts_added, stats.quotes_added, stats.places_added, stats.dates_added) == (5, 3, 5, 4)


def test_rewrite_adds_nothing(store: Store) -> None:
    store.write(SAMPLES)
    before = store.stats()
    again = store.write([*SAMPLES, ALMATY])
    assert (again.articles_added, again.articles_present, again.events_added) == (0, 5, 0)
    assert store.stats() == before
    assert store.known_article_ids([ALMATY.article.id, "other"]) == {ALMATY.article.id}


def test_duplicate_within_a_batch_is_present(store: Store) -> None:
    stats = store.write([PARIS, PARIS])
    assert (stats.articles_added, stats.articles_present) == (1, 1)


def test_replace_rewrites_an_article(store: Store) -> None:
    store.write(SAMPLES)
    newer = replace(PARIS, article=replace(PARIS.article, title="Updated"), events=PARIS.events[:0])
    stats = store.write([newer], replace=True)
    assert (stats.articles_replaced, stats.articles_added) == (1, 1)
    assert store.article(PARIS.article.id) == newer
    assert store.stats().events == 5  # the old report's cluster went with it
    assert store.events(EventFilter(q="bins")) == []


def test_failed_batch_stores_nothing_of_it(store: Store) -> None:
    store.write([ALMATY])
    before = store.stats()
    # the second article of the batch re-uses a stored event id: the insert fails half-way
    clash = replace(KHARKIV.events[0], id=ALMATY.events[0].id)
    broken = replace(KHARKIV, events=(clash,))
    with pytest.raises(StoreError, match="nothing of this batch was stored"):
        store.write([PARIS, broken])
    assert store.known_article_ids([PARIS.article.id, KHARKIV.article.id]) == set()
    assert store.stats() == before
    assert store.articles(q="bins") == []  # full-text index rolled back too
    assert store.article(ALMATY.article.id) == ALMATY


def test_exception_while_preparing_stores_nothing(store: Store, monkeypatch) -> None:
    from seismo.store import rows

    store.write([ALMATY])
    real = rows.result_rows
    calls = []

    def flaky(result, **kw):
        calls.append(result.article.id)
        if len(calls) == 2:
            raise RuntimeError("crash mid-batch")
        return real(result, **kw)

    monkeypatch.setattr(rows, "result_rows", flaky)
    with pytest.raises(RuntimeError):
        store.write([PARIS, KHARKIV])
    assert store.known_article_ids([PARIS.article.id, KHARKIV.article.id]) == set()
    assert store.stats().articles == 1


def test_repeated_record_ids_in_one_article_are_kept_apart(store: Store) -> None:
    twice = replace(PARIS, events=(PARIS.events[0], PARIS.events[0]), places=PARIS.places * 2)
    store.write([twice])
    got = store.article(PARIS.article.id)
    assert got.places == twice.places
    first, second = got.events
    assert first == PARIS.events[0]
    assert second.id != first.id and replace(second, id=first.id) == first  # a derived id, same record


def test_sqlite_pragmas(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


# ----------------------------------------------------------------------------- queries

K = KHARKIV.article.id


FILTER_CASES = [
        ({}, {"rallied", "arrested", "deployed", "set fire", "shelled", "annexation"}),
        ({"country": "KAZ"}, {"rallied", "arrested", "deployed"}),
        ({"country": "ukr"}, {"shelled", "annexation"}),
        ({"country": "DEU"}, set()),
        ({"type": "PROTEST"}, {"rallied", "set fire"}),
        ({"type": "protest"}, {"rallied", "set fire"}),
        ({"type": "Riots"}, {"set fire"}),
        ({"sub_event_type": "Arrests"}, {"arrested"}),
        ({"sub_event_type": "peaceful PROTEST"}, {"rallied"}),
        ({"sub_event_type": "riot"}, {"set fire"}),
        ({"actor": "police"}, {"arrested"}),
        ({"actor": "forces"}, {"shelled"}),
        ({"actor": "RUS"}, {"shelled"}),
        ({"actor": "CVL"}, {"rallied", "arrested", "set fire", "shelled"}),
        ({"since": "2022-02-22"}, {"shelled", "set fire"}),
        ({"since": dt.date(2022, 2, 27), "until": "2022-02-27"}, {"shelled"}),
        ({"since": "2022-01-05", "until": "2022-01-06"}, {"rallied", "arrested"}),
        ({"until": "2021-12-31"}, {"annexation"}),
        ({"modality": "historical"}, {"annexation"}),
        ({"modality": "Future"}, {"deployed"}),
        ({"q": "fire bins"}, {"set fire"}),
        ({"q": "fuel"}, {"rallied", "arrested", "deployed"}),
        ({"q": "shell"}, {"shelled", "annexation"}),  # stemmed; the article matches too
        ({"q": "Kharkiv"}, {"shelled", "annexation"}),
        ({"q": "nowhere-to-be-found"}, set()),
        ({"q": "..."}, set()),
        ({"article_id": K}, {"shelled", "annexation"}),
        ({"country": "KAZ", "type": "COERCE", "modality": "asserted"}, {"arrested"}),
]


@pytest.mark.parametrize(("kwargs", "expected"), FILTER_CASES)
def test_event_filters(filled: Store, kwargs: dict, expected: set[str]) -> None:
    f = EventFilter(**kwargs)
    assert triggers(filled.events(f)) == expected
    assert filled.count_events(f) == len(expected)


def test_events_newest_first_and_paged(filled: Store) -> None:
    order = [h.event.trigger.text for h in filled.events()]
    assert order == ["set fire", "shelled", "deployed", "rallied", "arrested", "annexation"]
    assert [h.event.trigger.text for h in filled.events(EventFilter(limit=2, offset=3))] == order[3:5]
    assert [h.event.trigger.text for h in filled.iter_events(EventFilter(limit=None), page=4)] == order


def test_event_hit_carries_record_and_article(filled: Store) -> None:
    (hit,) = filled.events(EventFilter(q="shelled Kharkiv", type="ASSAULT"))
    assert hit.event == KHARKIV.events[0]
    assert hit.article.id == K and hit.article.title == "Kharkiv shelled"
    assert hit.to_dict()["counts"]["killed"]["best"] == 9


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"country": "Kazakhstan"}, "alpha-3"),
        ({"country": "KZ"}, "alpha-3"),
        ({"country": "ZZZ"}, "alpha-3"),
        ({"since": "2022-13-01"}, "since must be a date"),
        ({"until": "yesterday"}, "until must be a date"),
        ({"since": "2022-02-01", "until": "2022-01-01"}, "is after until"),
        ({"modality": "maybe"}, "modality must be one of"),
        ({"limit": 0}, "limit"),
        ({"limit": -5}, "limit"),
        ({"offset": -1}, "offset"),
    ],
)
def test_bad_filters_raise(kwargs: dict, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        EventFilter(**kwargs)


INJECTIONS = [
    "'; DROP TABLE articles; --",
    '" OR ""="',
    "1 OR 1=1",
    "') OR ('q'='q",
    "%",
    "_",
    "\\",
    "*",
    "NEAR(x y)",
    "x:y",
    "^z",
]


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize(
    "field", ["country", "type", "sub_event_type", "actor", "since", "until", "modality", "q", "article_id"]
)
def test_injection_strings_find_nothing(filled: Store, field: str, value: str) -> None:
    before = filled.stats()
    try:
        f = EventFilter(**{field: value})
    except QueryError:
        pass  # validated fields refuse the value cleanly
    else:
        assert filled.events(f) == []
        assert filled.summary(f) == []
    assert filled.stats() == before


@pytest.mark.parametrize("value", INJECTIONS)
@pytest.mark.parametrize("field", ["speaker", "org", "q", "article_id"])
def test_injection_strings_in_quote_filters(filled: Store, field: str, value: str) -> None:
    assert filled.quotes(**{field: value}) == []
    assert filled.speakers(**{field: value} if field != "article_id" else {"q": value}) == []


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, ["Marie Dupont", "the envoy", "the interior ministry"]),
        ({"speaker": "dupont"}, ["Marie Dupont"]),
        ({"speaker": "envoy"}, ["the envoy"]),
        ({"org": "cgt"}, ["Marie Dupont"]),
        ({"org": "ministry"}, ["the interior ministry"]),
        ({"q": "back down"}, ["Marie Dupont"]),
        ({"q": "useful talks"}, ["the envoy"]),
        ({"q": "surrender"}, []),
        ({"article_id": PARIS.article.id}, ["Marie Dupont"]),
    ],
)
def test_quote_filters(filled: Store, kwargs: dict, expected: list[str]) -> None:
    hits = filled.quotes(**kwargs)
    assert sorted(h.quote.speaker.name or h.quote.speaker.text for h in hits) == expected


def test_speaker_counts(filled: Store) -> None:
    counts = {(s.speaker, s.organization): s.quotes for s in filled.speakers()}
    assert counts == {("Marie Dupont", "CGT"): 1, ("the envoy", None): 1,
                      ("the interior ministry", "Interior Ministry"): 1}


def test_article_search(filled: Store) -> None:
    assert [a.id for a in filled.articles(q="Geneva envoy")] == [GENEVA.article.id]
    assert {a.id for a in filled.articles(since="2022-02-01")} == {PARIS.article.id, K}
    with pytest.raises(QueryError):
        filled.articles(until="soon")


def test_search_folds_accents_and_case(store: Store) -> None:
    text = "Crowds gathered in Zürich and São Paulo."
    result = Result(Article("acc", text, dt.date(2024, 5, 1), "ÉMEUTES"))
    store.write([result])
    for q in ("zurich", "SAO paulo", "emeutes", "crowd"):
        assert [a.id for a in store.articles(q=q)] == ["acc"], q


def test_summary_counts_asserted_events_only(filled: Store) -> None:
    rows = {(r.country, r.type): r.events for r in filled.summary()}
    assert rows == {("KAZ", "PROTEST"): 1, ("KAZ", "COERCE"): 1, ("FRA", "PROTEST"): 1, ("UKR", "ASSAULT"): 1}
    assert {(r.country, r.type) for r in filled.summary(EventFilter(country="KAZ"))} == {
        ("KAZ", "PROTEST"), ("KAZ", "COERCE")}


def test_stats(filled: Store) -> None:
    s = filled.stats()
    assert (s.articles, s.events, s.reports, s.asserted_reports, s.quotes) == (4, 6, 6, 4, 3)
    assert (s.first_date, s.last_date, s.schema_version) == (dt.date(2022, 1, 7), dt.date(2023, 3, 21), LATEST)
    assert "4 articles" in s.summary()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-07", (dt.date(2022, 1, 7), dt.date(2022, 1, 7))),
        ("2022-W01", (dt.date(2022, 1, 3), dt.date(2022, 1, 9))),
        ("2022-02", (dt.date(2022, 2, 1), dt.date(2022, 2, 28))),
        ("2021-12", (dt.date(2021, 12, 1), dt.date(2021, 12, 31))),
        ("2014", (dt.date(2014, 1, 1), dt.date(2014, 12, 31))),
        ("2021-12-31/2022-01-07", (dt.date(2021, 12, 31), dt.date(2022, 1, 7))),
        ("2021-12/2022", (dt.date(2021, 12, 1), dt.date(2022, 12, 31))),
        ("soon", (None, None)),
        ("2022-02-30", (None, None)),
        (None, (None, None)),
    ],
)
def test_date_bounds(value, expected) -> None:
    assert date_bounds(value) == expected


@pytest.mark.parametrize(
    ("q", "expected"),
    [("fire bins", '"fire" "bins"'), ('say "NEAR(a b)"', '"say" "NEAR" "a" "b"'), ("';--", "")],
)
def test_fts5_query_quotes_every_word(q: str, expected: str) -> None:
    assert fts5_query(q) == expected


# ----------------------------------------------------------------------------- opening, migrations


def test_fresh_store_is_at_latest_version(store: Store) -> None:
    with store.engine.connect() as conn:
        versions = conn.exec_driver_sql("SELECT version FROM schema_version").scalars().all()
        names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars())
    assert versions == [m.version for m in MIGRATIONS]
    assert {"articles_fts", "reports_fts", "quotes_fts", "ix_reports_country_type_date"} <= names


def test_newer_store_is_refused(tmp_path) -> None:
    path = tmp_path / "new.db"
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version VALUES (99, 'from the future', '2030-01-01')")
    with pytest.raises(StoreError, match="schema version 99 .* upgrade seismo"):
        Store.open(path)


def test_migration_upgrades_an_old_store(tmp_path) -> None:
    path = tmp_path / "old.db"
    with Store.open(path) as old:
        old.write([PARIS])

    def add_language(conn) -> None:
        conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN language TEXT")

    newer = (*MIGRATIONS, Migration(LATEST + 1, "articles.language", add_language))
    with Store.open(path, migrations=newer) as upgraded:
        assert upgraded.stats().schema_version == LATEST + 1
        assert upgraded.article(PARIS.article.id) == PARIS
        with upgraded.engine.connect() as conn:
            assert "language" in {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(articles)")}
    with pytest.raises(StoreError, match=f"schema version {LATEST + 1}"):
        Store.open(path)


def test_failed_migration_keeps_the_old_version(tmp_path) -> None:
    path = tmp_path / "old.db"
    Store.open(path).close()

    def broken(conn) -> None:
        conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN x TEXT")
        conn.exec_driver_sql("ALTER TABLE no_such_table ADD COLUMN y TEXT")

    with pytest.raises(StoreError, match=f"stays at version {LATEST}"):
        Store.open(path, migrations=(*MIGRATIONS, Migration(LATEST + 1, "broken", broken)))
    with Store.open(path) as store, store.engine.connect() as conn:
        assert store.stats().schema_version == LATEST
        assert "x" not in {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(articles)")}


@pytest.mark.parametrize(
    ("setup", "kwargs", "message"),
    [
        (None, {"create": False}, "no store at"),
        ("text", {}, "cannot open store"),
        ("foreign", {}, "not a seismo store"),
        ("nodir", {}, "does not exist"),
    ],
)
def test_open_errors(tmp_path, setup, kwargs, message) -> None:
    path = tmp_path / "x.db"
    if setup == "text":
        path.write_text("not a database, just words " * 100)
    elif setup == "foreign":
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE articles (x)")
    elif setup == "nodir":
        path = tmp_path / "missing" / "x.db"
    with pytest.raises(StoreError, match=message):
        Store.open(path, **kwargs)


def test_migration_list_must_have_no_gaps(tmp_path) -> None:
    with pytest.raises(StoreError, match="without gaps"):
        Store.open(tmp_path / "g.db", migrations=(*MIGRATIONS, Migration(LATEST + 2, "gap", lambda c: None)))


@pytest.mark.parametrize("url", [":memory:", "sqlite://", "sqlite:///{tmp}/u.db", "{tmp}/plain.db"])
def test_open_urls(tmp_path, url: str) -> None:
    with Store.open(url.format(tmp=tmp_path)) as store:
        store.write([GENEVA])
        assert store.article(GENEVA.article.id) == GENEVA


# ----------------------------------------------------------------------------- property


# ingest never yields lone surrogates (they are replaced there), so records never hold them
text = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=12)
small = st.integers(0, 10_000)
conf = st.floats(0, 1, allow_nan=False)
maybe = st.none() | st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), min_size=1, max_size=8)


@st.composite
def spans(draw) -> Span:
    return Span(draw(small), draw(small), draw(text))


@st.composite
def places(draw) -> Place:
    coord = st.none() | st.floats(-90, 90, allow_nan=False)
    return Place(draw(small), draw(small), draw(text), draw(text), draw(st.none() | small), draw(coord),
                 draw(coord), draw(maybe), draw(maybe), draw(st.sampled_from(["city", "country", "region"])),
                 draw(conf))


@st.composite
def actors(draw) -> Actor:
    return Actor(draw(small), draw(small), draw(text), draw(maybe), draw(maybe), draw(maybe),
                 draw(st.sampled_from(["person", "org", "group"])), draw(maybe), draw(conf))


@st.composite
def counts(draw) -> Count:
    n = st.none() | st.integers(0, 2**31 - 1)
    return Count(draw(st.sampled_from(["killed", "injured", "arrested", "participants"])), draw(n), draw(n),
                 draw(n), draw(small), draw(small), draw(text), draw(maybe), draw(st.none() | spans()),
                 draw(conf))


@st.composite
def events(draw, aid: str, i: int) -> Event:
    date = st.none() | st.builds(EventDate, st.sampled_from(["2022-01-07", "2022-W01", "2022", "x"]),
                                 st.sampled_from(["day", "week", "year"]),
                                 st.sampled_from(["text", "published"]), st.none() | spans())
    location = st.none() | st.builds(EventLocation, places(), st.sampled_from([1, 2, 3]))
    return Event(
        record_id(aid, "event", i, i, "T"), draw(st.sampled_from(["PROTEST", "ASSAULT"])), draw(maybe),
        draw(maybe), draw(maybe), draw(st.none() | st.integers(1, 4)), draw(st.none() | actors()),
        draw(st.none() | actors()), draw(location), draw(date), tuple(draw(st.lists(counts(), max_size=2))),
        draw(st.sampled_from(["asserted", "negated", "historical"])), draw(st.none() | spans()),
        draw(st.booleans()), draw(spans()), draw(spans()), draw(conf),
    )


@st.composite
def results(draw) -> Result:
    body = draw(text)
    aid = draw(st.text("abcdef0123456789", min_size=1, max_size=16))
    article = Article(aid, body, draw(st.none() | st.dates()), draw(maybe), draw(maybe), draw(maybe), draw(maybe))
    speaker = st.none() | st.builds(Speaker, small, small, text, maybe, maybe, maybe, maybe, maybe, maybe)
    quote = st.builds(Quote, small, small, text, st.sampled_from(["direct", "indirect"]), speaker,
                      st.none() | spans(), conf)
    when = st.builds(When, small, small, text, text, st.sampled_from(["day", "range"]),
                     st.none() | st.dates(), st.none() | st.dates(), conf)
    entity = st.builds(Entity, small, small, text, st.sampled_from(["GPE", "ORG"]), conf)
    n_events = draw(st.integers(0, 3))
    return Result(
        article,
        entities=tuple(draw(st.lists(entity, max_size=3))),
        places=tuple(draw(st.lists(places(), max_size=3))),
        dates=tuple(draw(st.lists(when, max_size=2))),
        events=tuple(draw(events(aid, i)) for i in range(n_events)),
        quotes=tuple(draw(st.lists(quote, max_size=2))),
        warnings=tuple(draw(st.lists(text, max_size=2))),
    )


#: every field of every record, as the store maps it: a new model field fails here until
#: seismo.store.rows and schema (and the strategies above) store it too
MAPPED = {
    Article: "id text date title source url origin",
    Entity: "start end text label confidence step",
    Place: "start end text name geonameid lat lon country admin1 kind confidence step",
    When: "start end text value precision earliest latest confidence step",
    Count: "kind low best high start end text qualifier victims confidence step",
    Actor: "start end text name country sector kind role confidence step",
    Speaker: "start end text name role organization country outlet sector",
    Quote: "start end text kind speaker cue confidence step",
    EventLocation: "place precision",
    EventDate: "value precision source span",
    Event: "id type mode acled_event_type acled_sub_event_type quad_class actor recipient location date "
           "counts modality attributed_to hedged evidence trigger confidence step",
    Result: "article entities places dates events quotes warnings",
}


@pytest.mark.parametrize("record", list(MAPPED), ids=lambda r: r.__name__)
def test_store_maps_every_model_field(record: type) -> None:
    assert {f.name for f in fields(record)} == set(MAPPED[record].split())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(results())
def test_any_result_round_trips(result: Result) -> None:
    with Store.open(":memory:") as store:
        stats = store.write([result])
        assert stats.events_added == len(result.events)
        assert store.article(result.article.id) == result
        hits = store.events(EventFilter(article_id=result.article.id, limit=None))
        assert sorted(h.event.id for h in hits) == sorted(e.id for e in result.events)
        assert all(h.event in result.events for h in hits)


# ----------------------------------------------------------------------------- PostgreSQL (optional)


@pytest.fixture()
def pg_store():
    """A clean store on the PostgreSQL server named by SEISMO_TEST_PG (skipped when unset)."""
    import os

    url = os.environ.get("SEISMO_TEST_PG")
    if not url:
        pytest.skip("set SEISMO_TEST_PG=postgresql+psycopg://... to run the PostgreSQL tests")
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    store = Store.open(url)
    yield store
    store.close()


def test_postgresql_store(pg_store: Store) -> None:
    assert pg_store.dialect == "postgresql"
    assert pg_store.write(SAMPLES).articles_added == 4
    assert pg_store.write(SAMPLES).articles_present == 4
    for result in SAMPLES:
        assert pg_store.article(result.article.id) == result
    for kwargs, expected in FILTER_CASES:
        assert triggers(pg_store.events(EventFilter(**kwargs))) == expected, kwargs
    for value in INJECTIONS:
        assert pg_store.events(EventFilter(q=value, actor=value)) == []
    assert sorted(h.quote.speaker.text for h in pg_store.quotes(q="back down")) == ["Marie Dupont"]
    assert pg_store.stats().reports == 6 and len(pg_store.summary()) == 4
    clash = replace(KHARKIV, events=(replace(KHARKIV.events[0], id=ALMATY.events[0].id),))
    newer = replace(PARIS, article=replace(PARIS.article, title="New"))
    with pytest.raises(StoreError, match="nothing of this batch"):
        pg_store.write([newer, clash], replace=True)
    assert pg_store.article(PARIS.article.id) == PARIS
    assert pg_store.write([newer], replace=True).articles_replaced == 1


# ----------------------------------------------------------------------------- dashboard speed (v2)

from seismo.store import pages, rollup, stats  # noqa: E402
from seismo.store.migrations import _V2_INDEXES  # noqa: E402


def rollup_rows(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT day, country, type, events FROM daily_counts").all()
    return sorted((str(d), c or "", t, n) for d, c, t, n in rows)


def recounted(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT date_earliest, country, type, count(DISTINCT event_id) FROM event_reports "
            "WHERE modality = 'asserted' AND date_precision = 'day' AND date_earliest IS NOT NULL "
            "GROUP BY 1, 2, 3").all()
    return sorted((str(d), c or "", t, n) for d, c, t, n in rows)


def test_rollup_follows_writes_and_replacements(store: Store) -> None:
    store.write(SAMPLES[:2])
    assert rollup_rows(store) == recounted(store) != []
    store.write(SAMPLES[2:])
    assert rollup_rows(store) == recounted(store)
    negated = replace(ALMATY, events=tuple(replace(e, modality="negated") for e in ALMATY.events))
    store.write([negated], replace=True)
    assert rollup_rows(store) == recounted(store)
    assert not any(c == "KAZ" for _, c, _, _ in rollup_rows(store))
    assert store.rebuild_rollups() == len(recounted(store))


def test_failed_write_leaves_the_rollup_alone(store: Store) -> None:
    store.write([PARIS])
    before = rollup_rows(store)
    broken = replace(ALMATY, events=(replace(ALMATY.events[0], type=None),))  # NOT NULL fails
    with pytest.raises(StoreError):
        store.write([broken])
    assert rollup_rows(store) == before


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"country": "KAZ"}, {"type": "protest"}, {"country": "UKR", "type": "ASSAULT"},
     {"since": "2022-01-06", "until": "2022-02-28"}, {"modality": "negated"}],
)
@pytest.mark.parametrize("by", ["type", "country"])
def test_daily_counts_from_the_rollup_equal_the_reports(filled: Store, kwargs: dict, by: str) -> None:
    f = EventFilter(**kwargs)
    assert stats.rollup_serves(f)
    with filled.engine.connect() as conn:
        assert sorted(stats._daily_rollup(conn, f, by=by)) == sorted(stats._daily_reports(conn, filled, f, by=by))


@pytest.mark.parametrize(
    ("kwargs", "serves"),
    [({"country": "KAZ", "type": "PROTEST"}, True), ({"type": "Protests"}, False), ({"q": "fuel"}, False),
     ({"actor": "police"}, False), ({"sub_event_type": "riot"}, False)],
)
def test_rollup_serves_only_its_keys(kwargs: dict, serves: bool) -> None:
    assert stats.rollup_serves(EventFilter(**kwargs)) is serves


@pytest.mark.parametrize(
    ("value", "vocabulary", "expected"),
    [("riots", "types", "Riots"), ("VIOLENCE AGAINST CIVILIANS", "types", "Violence against civilians"),
     ("PROTEST", "types", None), ("peaceful protest", "subs", "Peaceful protest"), ("riot", "subs", None)],
)
def test_type_values_are_split_by_vocabulary(value: str, vocabulary: str, expected: str | None) -> None:
    from seismo.store.query import ACLED_EVENT_TYPES, ACLED_SUB_EVENT_TYPES, acled_name

    assert acled_name(value, ACLED_EVENT_TYPES if vocabulary == "types" else ACLED_SUB_EVENT_TYPES) == expected


def make_v1(path) -> None:
    """A store laid out as schema version 1 left it (no v2 indexes, no rollup)."""
    with Store.open(path) as s:
        s.write(SAMPLES)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE daily_counts")
        for name in _V2_INDEXES:
            conn.execute(f"DROP INDEX {name}")
        conn.execute("CREATE INDEX ix_reports_country_type_date ON event_reports (country, type, date_earliest)")
        conn.execute("CREATE INDEX ix_reports_modality ON event_reports (modality)")
        conn.execute("DELETE FROM schema_version WHERE version > 1")


def index_columns(store: Store) -> dict[str, list[str]]:
    with store.engine.connect() as conn:
        names = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'event_reports' AND sql IS NOT NULL"
        ).scalars().all()
        return {n: [row[2] for row in conn.exec_driver_sql(f"PRAGMA index_info({n})")] for n in names}


def test_v1_store_upgrades_to_v2(tmp_path) -> None:
    path = tmp_path / "v1.db"
    make_v1(path)
    with Store.open(path, migrations=MIGRATIONS[:2]) as s:
        assert s.stats().schema_version == 2
        assert rollup_rows(s) == recounted(s) != []
        columns = index_columns(s)
        assert columns["ix_reports_country_type_date"] == ["country", "type", "date_earliest", "id"]
        assert columns["ix_reports_country_date"] == ["country", "date_earliest", "id"]
        assert "ix_reports_modality" not in columns
        with s.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_stat1").scalar() > 0
        assert s.article(PARIS.article.id) == PARIS
    with Store.open(tmp_path / "fresh.db") as fresh:
        assert index_columns(fresh) == columns  # an upgraded store matches a fresh one


def plans(store: Store, run) -> list[str]:
    """The EXPLAIN QUERY PLAN of every SELECT on event_reports that ``run()`` executes."""
    seen: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "FROM event_reports" in statement:
            seen.append((statement, parameters))

    sa.event.listen(store.engine, "before_cursor_execute", capture)
    try:
        run()
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", capture)
    out = []
    with store.engine.connect() as conn:
        for statement, parameters in seen:
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
            out.append(" | ".join(row[-1] for row in rows))
    return out


@pytest.mark.parametrize(
    ("kwargs", "sort", "index"),
    [
        ({}, "-date", "ix_reports_date_id"),
        ({"country": "KAZ"}, "-date", "ix_reports_country_date"),
        ({"country": "KAZ", "type": "PROTEST"}, "-date", "ix_reports_country_type_date"),
        ({"type": "Riots"}, "-date", "ix_reports_acled_event_type_date"),
        ({"type": "PROTEST"}, "date", "ix_reports_type_date"),
        ({"sub_event_type": "Peaceful protest"}, "-date", "ix_reports_acled_sub_event_type_date"),
        ({"sub_event_type": "riot"}, "-date", "ix_reports_mode_date"),
        ({"modality": "negated"}, "-date", "ix_reports_modality_date"),
        ({}, "-confidence", "ix_reports_confidence"),
    ],
)
def test_event_pages_read_an_index_without_sorting(filled: Store, kwargs: dict, sort: str, index: str) -> None:
    found = plans(filled, lambda: pages.event_page(filled, EventFilter(**kwargs), sort=sort, limit=2))
    first = found[0]
    assert index in first
    assert "TEMP B-TREE" not in first


def test_text_search_is_one_lookup_in_the_articles_index(filled: Store) -> None:
    found = plans(filled, lambda: pages.event_page(filled, EventFilter(q="fuel"), limit=2))
    assert "articles_fts" in found[0]
    assert "reports_fts" not in found[0]


def test_store_methods_are_the_dashboard_queries(filled: Store) -> None:
    f = EventFilter(country="KAZ")
    assert filled.event_page(f, limit=10) == pages.event_page(filled, f, limit=10)
    event_id = filled.event_page(f, limit=1).hits[0].event_id
    assert filled.event_reports(event_id) == pages.event_reports(filled, event_id)
    assert filled.daily_counts(f) == stats.daily_counts(filled, f)
    assert filled.event_places(f) == stats.event_places(filled, f)
    assert filled.top_actors(f) == stats.top_actors(filled, f)
    assert filled.mention_places(country="KAZ") == stats.mention_places(filled, country="KAZ")


def test_common_words_walk_the_list_index(filled: Store, monkeypatch) -> None:
    from seismo.store import search

    with filled.engine.connect() as conn:
        assert search.is_common(conn, "fuel", at_least=1) and not search.is_common(conn, "fuel", at_least=5)
        assert not search.is_common(conn, "...", at_least=1)
    expected = pages.event_page(filled, EventFilter(q="fuel"), limit=10)
    monkeypatch.setattr(pages, "is_common", lambda conn, q: True)
    found = plans(filled, lambda: pages.event_page(filled, EventFilter(q="fuel"), limit=2))
    assert "ix_reports_date_id" in found[0] and "TEMP B-TREE" not in found[0]
    assert pages.event_page(filled, EventFilter(q="fuel"), limit=10) == expected


# ----------------------------------------------------------------------------- articles' index keyed by rowid (v3)


def make_v2(path) -> None:
    """A store as schema version 2 left it: ``articles_fts`` a copy of the text keyed by article_id."""
    with Store.open(path) as s:
        s.write(SAMPLES)
    with sqlite3.connect(path) as conn:
        for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE articles_fts")
        conn.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, "
                     "tokenize='porter unicode61 remove_diacritics 2')")
        conn.execute("CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN INSERT INTO "
                     "articles_fts(article_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END")
        conn.execute("CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
                     "DELETE FROM articles_fts WHERE article_id = old.id; END")
        conn.execute("INSERT INTO articles_fts(article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles")
        conn.execute("DROP INDEX ix_daily_counts_day")
        conn.execute("DROP INDEX ix_daily_counts_country")
        conn.execute("CREATE INDEX ix_daily_counts_day ON daily_counts (day, country, type)")
        conn.execute("CREATE INDEX ix_daily_counts_country ON daily_counts (country, type, day)")
        conn.execute("DELETE FROM schema_version WHERE version > 2")


def rollup_index_columns(store: Store) -> dict[str, list[str]]:
    with store.engine.connect() as conn:
        return {n: [row[2] for row in conn.exec_driver_sql(f"PRAGMA index_info({n})")]
                for n in ("ix_daily_counts_day", "ix_daily_counts_country")}


def fts_layout(store: Store) -> tuple[str, list[str]]:
    with store.engine.connect() as conn:
        table = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").scalar()
        triggers = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles' ORDER BY name").scalars().all()
    return table, triggers


@pytest.mark.parametrize(("q", "expected"), [("fuel", True), ("Almaty", True), ("zzzunknownword", False)])
def test_v2_store_upgrades_to_v3(tmp_path, q: str, expected: bool) -> None:
    path = tmp_path / "v2.db"
    make_v2(path)
    with Store.open(path, migrations=MIGRATIONS[:2]) as old:
        before = [a.id for a in old.articles(q=q)]
    with Store.open(path) as s:
        assert s.stats().schema_version == 3
        table, triggers = fts_layout(s)
        assert "content='articles'" in table and "article_id" not in table
        assert [a.id for a in s.articles(q=q)] == before
        assert bool(before) is expected
        assert rollup_index_columns(s) == {"ix_daily_counts_day": ["day", "type", "country", "events"],
                                           "ix_daily_counts_country": ["country", "type", "day", "events"]}
        assert rollup_rows(s) == recounted(s)
        # the index follows deletes and inserts after the upgrade
        s.write([ALMATY], replace=True)
        assert [a.id for a in s.articles(q=q)] == before
        with s.engine.connect() as conn:
            conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    with Store.open(tmp_path / "fresh.db") as fresh:
        assert fts_layout(fresh) == (table, triggers)  # an upgraded store matches a fresh one


@pytest.mark.parametrize("q", ["fuel", "Almaty police", "protest"])
@pytest.mark.parametrize("common", [False, True])
def test_text_search_per_row_equals_from_matches(filled: Store, monkeypatch, q: str, common: bool) -> None:
    expected = {h.event_id for h in filled.events(EventFilter(limit=None)) if _article_has(filled, h.article.id, q)}
    monkeypatch.setattr(pages, "is_common", lambda conn, q: common)
    from seismo.store import store as store_module

    monkeypatch.setattr(store_module, "is_common", lambda conn, q: common)
    found = {h.event_id for h in pages.event_page(filled, EventFilter(q=q), limit=1000).hits}
    assert found == expected
    assert {h.event_id for h in filled.events(EventFilter(q=q, limit=None))} == expected


def _article_has(store: Store, article_id: str, q: str) -> bool:
    return any(a.id == article_id for a in store.articles(q=q, limit=None))


@pytest.mark.parametrize(("articles", "expected"), [(0, 2000), (1000, 2000), (250_000, 11_180), (4_000_000, 44_721)])
def test_common_threshold_grows_with_the_store(articles: int, expected: int, monkeypatch) -> None:
    from seismo.store import search

    class Conn:
        def exec_driver_sql(self, sql):
            return type("R", (), {"scalar": staticmethod(lambda: articles)})()

    assert search.common_threshold(Conn()) == expected


# ----------------------------------------------------------------------------- overview in bounded reads


@pytest.mark.parametrize(
    "kwargs", [{}, {"country": "KAZ"}, {"type": "PROTEST"}, {"q": "police"}, {"since": "2022-01-06", "until": "2022-12-31"}]
)
def test_overview_stats_equal_the_full_groupings_when_complete(filled: Store, kwargs: dict) -> None:
    f = EventFilter(**kwargs)
    found = stats.overview_stats(filled, f)
    assert found.complete and found.reports == filled.count_events(replace(f, modality="asserted"))
    assert found.places == stats.event_places(filled, f, limit=300)
    assert found.actors == stats.top_actors(filled, f, limit=10)
    expected: dict[str, int] = {}
    for row in filled.summary(f):
        if row.country:
            expected[row.country] = expected.get(row.country, 0) + row.events
    assert found.countries == expected


def test_overview_stats_sample_is_the_newest_reports(filled: Store) -> None:
    found = stats.overview_stats(filled, EventFilter(), sample=1)
    with filled.engine.connect() as conn:
        newest = conn.exec_driver_sql(
            "SELECT max(date_earliest) FROM event_reports WHERE modality = 'asserted'").scalar()
    assert (found.reports, found.complete) == (1, False)
    assert str(found.first_day) == str(found.last_day) == str(newest)
    with pytest.raises(QueryError, match="sample must be"):
        stats.overview_stats(filled, EventFilter(), sample=0)


@pytest.mark.parametrize("kwargs", [{}, {"country": "KAZ"}, {"type": "PROTEST", "since": "2022-01-01"}])
def test_country_totals_from_the_rollup(filled: Store, kwargs: dict) -> None:
    f = EventFilter(**kwargs)
    series = stats.daily_counts(filled, f, by="country")
    expected = {k: sum(v) for k, v in series.series.items() if k != "unknown" and sum(v)}
    assert stats.country_totals(filled, f) == expected
    assert stats.country_totals(filled, EventFilter(q="fuel")) is None
