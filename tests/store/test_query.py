"""Filters (:mod:`seismo.store.read.query`): what each ``EventFilter`` field selects, how bad values are
refused, hostile strings in every filter, the hit records, ACLED names; the same filters on
PostgreSQL when SEISMO_TEST_PG names a server."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from seismo.errors import QueryError, StoreError
from seismo.store import EventFilter, Store
from seismo.store.samples import sample_results

SAMPLES = sample_results()
ALMATY, PARIS, KHARKIV, GENEVA = SAMPLES
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
def test_event_filters(triggers, filled: Store, kwargs: dict, expected: set[str]) -> None:
    f = EventFilter(**kwargs)
    assert triggers(filled.events(f)) == expected
    assert filled.count_events(f) == len(expected)


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
    ("value", "vocabulary", "expected"),
    [("riots", "types", "Riots"), ("VIOLENCE AGAINST CIVILIANS", "types", "Violence against civilians"),
     ("PROTEST", "types", None), ("peaceful protest", "subs", "Peaceful protest"), ("riot", "subs", None)],
)
def test_type_values_are_split_by_vocabulary(value: str, vocabulary: str, expected: str | None) -> None:
    from seismo.store.read.query import acled_name
    from seismo.contract.vocab import ACLED_EVENT_TYPES, ACLED_SUB_EVENT_TYPES

    assert acled_name(value, ACLED_EVENT_TYPES if vocabulary == "types" else ACLED_SUB_EVENT_TYPES) == expected


# ----------------------------------------------------------------------------- PostgreSQL (optional)


def test_postgresql_store(triggers, pg_store: Store) -> None:
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
