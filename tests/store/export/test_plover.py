"""PLOVER export (:mod:`seismo.store.export.plover`): records valid against the JSON Schema written
from the PLOVER manual (docs/plover.schema.json), contexts from plover_context.tsv."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import jsonschema
import pytest

from seismo.model import Actor
from seismo.store import EventFilter, Store
from seismo.store.export import plover as P
from seismo.store.export.stored import StoredEvents
from seismo.store.samples import sample_results

SCHEMA = json.loads((Path(__file__).parents[3] / "docs" / "plover.schema.json").read_text("utf-8"))
ALMATY, PARIS, KHARKIV, GENEVA = sample_results()


def export(store: Store, **filter_args) -> list[dict]:
    out = io.StringIO()
    written = P.write(store.event_groups(EventFilter(limit=None, **filter_args)), stored=StoredEvents(store.engine),
                      out=out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert written.rows == len(records)
    return records


@pytest.fixture(scope="module")
def records(filled: Store) -> dict[str, dict]:
    return {r["event_text"][0]: r for r in export(filled, scope="all")}


def test_schema_is_valid() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_every_record_is_valid(records: dict[str, dict]) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for record in records.values():
        errors = [e.message for e in validator.iter_errors(record)]
        assert not errors, (record["id"], errors)
    assert len(records) == 6


def test_schema_rejects_a_bad_record(records: dict[str, dict]) -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    good = next(iter(records.values()))
    for bad in ({**good, "event": "PROTEST"}, {**good, "event": ["RIOTING"]}, {**good, "date": "5 Jan 2022"},
                {**good, "event_loc": {**(good["event_loc"] or {}), "name": "x", "latitude": 1, "longitude": 2,
                                       "resolution": 6}}):
        assert not validator.is_valid(bad)


def _by_event(records: dict[str, dict], event: str, mode: str | None = None) -> dict:
    return next(r for r in records.values() if r["event"] == [event] and (mode is None or r["mode"] == [mode]))


def test_protest_record(records: dict[str, dict]) -> None:
    r = _by_event(records, "PROTEST", "demo")
    assert (r["event"], r["mode"], r["date"], r["enddate"], r["quad_code"]) == (["PROTEST"], ["demo"], "2022-01-05",
                                                                                 None, 3)
    assert r["actor"] == [{"code": "KAZ", "sector": "CVL", "actor_text": "protesters", "identifier_text": None,
                           "office": None, "kind": "group", "implicit": False}]
    assert r["recipient"] == []
    assert r["event_loc"] == {"geonameid": 1526384, "name": "Almaty", "latitude": 43.25, "longitude": 76.92,
                              "country_code": "KZ", "cc3": "KAZ", "admin1": "Almaty", "resolution": 2}
    assert r["size"]["participants"] == 2000 and r["size"]["dead"] is None
    assert "economic" in r["context"]  # "fuel prices"
    assert r["cite_info"]["title"] == "Fuel protests spread in Kazakhstan"
    assert r["cite_info"]["publication"] == "Example Wire" and r["coder"].startswith("seismo ")
    assert r["coded_date"] is not None and r["link"] is not None


def test_shelling_record(records: dict[str, dict]) -> None:
    r = _by_event(records, "ASSAULT")
    assert (r["date"], r["enddate"]) == ("2022-02-21", "2022-02-27")  # the week
    assert r["size"]["dead"] == 9
    assert [a["code"] for a in r["actor"]] == ["RUS"] and [a["code"] for a in r["recipient"]] == ["UKR"]
    assert "military" not in r["context"]


@pytest.mark.parametrize(
    ("modality", "context"),
    [("future", "future"), ("historical", "historical"), ("hypothetical", "hypothetical"), ("negated", "negation")],
)
def test_modality_is_a_context(modality: str, context: str) -> None:
    assert P.contexts([], modality=modality) == [context]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands marched against the rise in fuel prices.", ["economic"]),
        ("Voters queued at polling stations during the presidential election.", ["election"]),
        ("Clashes between two ethnic communities left a village burned.", ["religion_ethnicity"]),
        ("The rally demanded respect for human rights.", ["human_rights"]),
        ("The lockdown imposed during the pandemic was lifted.", ["disease"]),
        ("Parliament passed the bill after a long debate.", ["legislative"]),
        ("The minister was charged with embezzlement.", ["corruption"]),
        ("Nothing here names a context.", []),
        ("The bags looked pricey.", []),  # whole words only: "pricey" is not "price"
    ],
)
def test_contexts(text: str, expected: list[str]) -> None:
    assert P.contexts([text]) == expected


@pytest.mark.parametrize(
    ("kind", "precision", "resolution"),
    [("site", 1, 1), ("city", 1, 2), ("city", 2, 3), ("region", 2, 3), ("admin", 2, 4), ("country", 3, 5)],
)
def test_location_resolution(kind: str, precision: int, resolution: int) -> None:
    event = ALMATY.events[0]
    place = dataclasses.replace(event.location.place, kind=kind)
    moved = dataclasses.replace(event, location=dataclasses.replace(event.location, place=place, precision=precision))
    assert P._location(moved)["resolution"] == resolution


def test_implicit_actor_has_no_text() -> None:
    event = ALMATY.events[1]
    implicit = Actor(event.trigger.start, event.trigger.end, event.trigger.text, None, "KAZ", "GOV", "country")
    (actor,) = P._actor(implicit, event=event)
    assert (actor["actor_text"], actor["implicit"], actor["code"], actor["sector"]) == (None, True, "KAZ", "GOV")
