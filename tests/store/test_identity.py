"""Speakers and actors as people and organisations (:mod:`seismo.resolve.identity` at read time):
``Store.speakers``, the ``speaker`` filter, the actor lists and the quotes export.  Every
person's name and sentence here is invented; the last test reads a store of ``samples/``."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
import sqlalchemy as sa

from seismo.contract.ids import article_id
from seismo.model import Article, Quote, Result, Speaker
from seismo.store import EventFilter, Store
from seismo.store import schema as S
from seismo.store.export.quotes import QUOTE_COLUMN_NAMES, write_quotes
from seismo.store.read import stats
from seismo.store.samples import _event, _Text


#: (mention as written, full name or None, country) of each quote, one article per list
ARTICLES = [
    [("Odile Varga", "Odile Varga", "HUN"), ("Varga", "Varga", "HUN"), ("she", "Odile Varga", "HUN")],
    [("President Varga", "President Varga", None), ("Varga", "Varga", "HUN")],
    [("Ilya Karmanov", "Ilya Karmanov", None), ("Pavel Karmanov", "Pavel Karmanov", None),
     ("Karmanov", "Karmanov", None)],
    [("NATO", "NATO", None), ("the North Atlantic Treaty Organization", "North Atlantic Treaty Organization", None)],
]


def _article(n: int, quotes: list[tuple[str, str | None, str | None]], *, actors: tuple[str, ...] = ()) -> Result:
    word = ("amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "heath", "inlet")[n]  # one per article
    sentences = [f'"The {word} harbour stays open number {n}.{i}," said {who}.' for i, (who, _, _) in enumerate(quotes)]
    sentences += [f"{who} closed the northern dock number {n}.{i}." for i, who in enumerate(actors)]
    text = " ".join(sentences)
    t = _Text(text)
    aid = article_id(text)
    found = []
    for i, (who, name, country) in enumerate(quotes):
        said = t.span(f'"The {word} harbour stays open number {n}.{i}," said {who}')
        words = t.span(f"The {word} harbour stays open number {n}.{i},")
        mention = t.span(who, 0 if i == 0 else text[: said.start].count(who))
        found.append(Quote(words.start, words.end, words.text, "direct",
                           Speaker(mention.start, mention.end, mention.text, name=name, country=country),
                           t.span("said", i), 0.8))
    events = tuple(
        _event(t, aid, f"closed the northern dock number {n}.{i}", "COERCE", "restrict", None, 4,
               actor=t.actor(who, country="HUN", sector="GOV", kind="person", name=who))
        for i, who in enumerate(actors)
    )
    article = Article(aid, text, dt.date(2024, 5, n + 1), f"Harbour news {n}", "Invented Wire", None)
    return Result(article, events=events, quotes=tuple(found))


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store.open(tmp_path_factory.mktemp("identity") / "seismo.db")
    results = [_article(n, quotes) for n, quotes in enumerate(ARTICLES)]
    results.append(_article(7, [], actors=("Varga", "Odile Varga", "Gen. Bartek Solowicz")))
    results.append(_article(8, [], actors=("Solowicz",)))
    store.write(results)
    return store


def test_one_speaker_under_all_its_names(harbour: Store) -> None:
    rows = {s.speaker: s for s in harbour.speakers()}
    varga = rows["Odile Varga"]
    assert varga.quotes == 5
    assert set(varga.aliases) == {"Varga", "President Varga"}
    assert "Varga" not in rows and "President Varga" not in rows


def test_a_shared_surname_stays_apart(harbour: Store) -> None:
    rows = {s.speaker: (s.quotes, s.aliases) for s in harbour.speakers()}
    assert rows["Ilya Karmanov"] == rows["Pavel Karmanov"] == rows["Karmanov"] == (1, ())


def test_an_organisation_and_its_acronym(harbour: Store) -> None:
    rows = {s.speaker: s for s in harbour.speakers()}
    nato = rows["North Atlantic Treaty Organization"]
    assert nato.quotes == 2 and nato.aliases == ("NATO",)


def test_the_speaker_filter_finds_every_name(harbour: Store) -> None:
    [row] = harbour.speakers(speaker="odile")
    assert row.speaker == "Odile Varga" and row.quotes == 5
    [row] = harbour.speakers(speaker="president varga")
    assert row.speaker == "Odile Varga"
    assert {h.quote.speaker.name for h in harbour.quotes(speaker="odile")} == {"Odile Varga", "Varga", "President Varga"}
    assert len(harbour.quotes(speaker="odile")) == 5
    assert {h.quote.speaker.name for h in harbour.quotes(speaker="Pavel")} == {"Pavel Karmanov"}


def test_filters_count_and_names_stay_store_wide(harbour: Store) -> None:
    [row] = harbour.speakers(q="birch")  # the quotes of the second article: "President Varga", "Varga"
    assert (row.speaker, row.quotes) == ("Odile Varga", 2)
    assert set(row.aliases) == {"Varga", "President Varga"}


def test_speaker_limit(harbour: Store) -> None:
    assert [s.speaker for s in harbour.speakers(limit=1)] == ["Odile Varga"]


def test_quotes_export_names_the_entity(harbour: Store) -> None:
    out = io.StringIO()
    write_quotes(harbour.quotes(limit=None), fmt="csv", out=out, entities=harbour.speaker_entities())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == QUOTE_COLUMN_NAMES
    assert QUOTE_COLUMN_NAMES.index("speaker_entity") == QUOTE_COLUMN_NAMES.index("speaker") + 1
    pairs = {(r["speaker"], r["speaker_entity"]) for r in rows}
    assert {("Varga", "Odile Varga"), ("President Varga", "Odile Varga"), ("Odile Varga", "Odile Varga"),
            ("Karmanov", "Karmanov"), ("NATO", "North Atlantic Treaty Organization")} <= pairs


def test_quotes_export_groups_its_own_names_without_a_mapping(harbour: Store) -> None:
    out = io.StringIO()
    write_quotes(harbour.quotes(limit=None), fmt="jsonl", out=out)
    import json

    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {r["speaker"]["name"]: r["speaker_entity"] for r in rows}["President Varga"] == "Odile Varga"


def test_actors_under_all_their_names(harbour: Store) -> None:
    actors = {a.actor: a for a in harbour.top_actors(EventFilter(), limit=10)}
    assert actors["Odile Varga"].events == 2 and actors["Odile Varga"].aliases == ("Varga",)
    assert actors["Bartek Solowicz"].events == 2
    assert set(actors["Bartek Solowicz"].aliases) == {"Gen. Bartek Solowicz", "Solowicz"}
    assert actors["Odile Varga"].to_dict()["aliases"] == ["Varga"]
    assert harbour.overview_stats(EventFilter()).actors == harbour.top_actors(EventFilter(), limit=10)


def test_an_event_two_names_did_counts_once(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "seismo.db")
    store.write([_article(7, [], actors=("Varga", "Odile Varga")), _article(8, [], actors=("Lena Orvik",))])
    r = S.event_reports.c
    with store.engine.begin() as conn:  # both reports of one event, as when the linker joins them
        first = conn.execute(sa.select(r.event_id).where(r.actor_name == "Varga")).scalar_one()
        conn.execute(sa.update(S.event_reports).where(r.actor_name == "Odile Varga").values(event_id=first))
    found = stats.top_actors(store.engine, EventFilter(), limit=10)
    assert [(a.actor, a.events) for a in found] == [("Lena Orvik", 1), ("Odile Varga", 1)]
    assert store.overview_stats(EventFilter()).actors == found
    assert [a.actor for a in stats.top_actors(store.engine, EventFilter(), limit=1)] == ["Lena Orvik"]
    store.close()


@pytest.mark.model
def test_samples_store_has_one_tokayev(samples_db, tmp_path: Path) -> None:
    store = Store.open(samples_db(tmp_path / "samples.db"))
    rows = {s.speaker: s for s in store.speakers(limit=None)}
    assert "Tokayev" not in rows
    tokayev = rows["Kassym-Jomart Tokayev"]
    assert "Tokayev" in tokayev.aliases
    by_name = {s.speaker: s.quotes for s in store.speakers(speaker="tokayev", limit=None)}
    assert by_name == {"Kassym-Jomart Tokayev": tokayev.quotes}
    entities = store.speaker_entities()
    assert entities["Tokayev"] == entities["Kassym-Jomart Tokayev"] == "Kassym-Jomart Tokayev"
    store.close()
