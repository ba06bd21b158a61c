"""Places (:mod:`seismo.resolve.places`): distances, resolution of entity mentions in context, the
seed article's places, and a small evaluation smoke on shared data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from seismo.pipeline import make_article
from seismo.resolve.gazetteer import Gazetteer
from seismo.resolve.places import collect_mentions, haversine_km, resolve_mentions

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hand_entities import hand_entities  # noqa: E402


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((0.0, 0.0), (0.0, 0.0), 0.0),
        ((0.0, 0.0), (0.0, 1.0), 111.2),
        ((55.75, 37.62), (43.25, 76.92), 3100.0),  # Moscow → Almaty
        ((51.5, -0.13), (40.71, -74.0), 5570.0),  # London → New York
    ],
)
def test_haversine_km(a: tuple[float, float], b: tuple[float, float], km: float) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, rel=0.01, abs=0.5)


# -- resolution in context (entities given, no parse) -------------------------------------------

RESOLVE_CASES = [
    # text, [(surface, label)], [(expected surface, name, country, admin1 or None)]
    ("He lives in Moscow.", [("Moscow", "GPE")], [("Moscow", "Moscow", "RUS", None)]),
    ("He studied in Moscow, Idaho.", [("Moscow", "GPE"), ("Idaho", "GPE")], [("Moscow", "Moscow", "USA", "Idaho")]),
    ("She flew from Paris, Texas.", [("Paris", "GPE"), ("Texas", "GPE")], [("Paris", "Paris", "USA", "Texas")]),
    ("She flew to Paris.", [("Paris", "GPE")], [("Paris", "Paris", "FRA", None)]),
    (
        "Police in Atlanta said Georgia would help.",
        [("Atlanta", "GPE"), ("Georgia", "GPE")],
        [("Georgia", "Georgia", "USA", "Georgia")],
    ),
    (
        "Tbilisi said Georgia and Russia would talk.",
        [("Tbilisi", "GPE"), ("Georgia", "GPE"), ("Russia", "GPE")],
        [("Georgia", "Georgia", "GEO", None)],
    ),
    (
        "Almaty’s main square was full.",
        [("Almaty’s main square", "FAC")],
        [("Almaty", "Almaty", "KAZ", None)],
    ),
    ("Almaty's mayor spoke.", [("Almaty's", "GPE")], [("Almaty", "Almaty", "KAZ", None)]),
    (
        "After the Almaty City Hall fire, Kazakhstan asked for help.",
        [("the Almaty City Hall", "FAC"), ("Kazakhstan", "GPE")],
        [("Almaty", "Almaty", "KAZ", None), ("Kazakhstan", "Kazakhstan", "KAZ", None)],
    ),
    ("Troops entered the Donbass.", [("the Donbass", "LOC")], [("Donbass", "Donbas", "UKR", None)]),
    ("CHARLESTON, W.Va. - A fire.", [("CHARLESTON", "GPE"), ("W.Va.", "GPE")],
     [("CHARLESTON", "Charleston", "USA", "West Virginia")]),
    ("Protests spread across the West.", [("the West", "LOC")], []),
    # a town GeoNames gives no population, not an alternate name of a bigger city elsewhere
    ("Rugby fans packed the trains to Twickenham.", [("Twickenham", "GPE")],
     [("Twickenham", "Twickenham", "GBR", "England")]),
    # a state's abbreviation with its period: the state, not a town or city of that name or alternate
    ("Schools in Pa. closed early.", [("Pa.", "GPE")], [("Pa.", "Pennsylvania", "USA", "Pennsylvania")]),
    # ... and inside a longer name, even one that is also an English word ("mass")
    ("Eastern Mass. farmers met.", [("Eastern Mass.", "LOC")], [("Mass.", "Massachusetts", "USA", "Massachusetts")]),
    # a dateline the model leaves untagged
    ("COLUMBUS, Ohio (AP) — The governor spoke.", [("Ohio", "GPE")], [("COLUMBUS", "Columbus", "USA", "Ohio")]),
    # a small town inside an organisation's name counts only where the article backs it
    (
        "The Zionsville Town Council met in Indiana.",
        [("The Zionsville Town Council", "ORG"), ("Indiana", "GPE")],
        [("Zionsville", "Zionsville", "USA", "Indiana")],
    ),
    ("The Zionsville Town Council met.", [("The Zionsville Town Council", "ORG")], []),
    # a state the article names outweighs one implied by a neighbouring namesake
    (
        "A shooting in North Richmond. Richmond police said the victim lived in Virginia.",
        [("North Richmond", "GPE"), ("Richmond", "GPE"), ("Virginia", "GPE")],
        [("Richmond", "Richmond", "USA", "Virginia")],
    ),
    # ... but a state's own name is not pulled to a town of that name in another named state
    (
        "Fires burned in Oregon and California.",
        [("Oregon", "GPE"), ("California", "GPE")],
        [("Oregon", "Oregon", "USA", "Oregon"), ("California", "California", "USA", "California")],
    ),
]


@pytest.mark.parametrize(("text", "spans", "expected"), RESOLVE_CASES)
def test_resolve(gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]], expected: list[tuple]) -> None:
    mentions = collect_mentions(text, hand_entities(text, spans), gazetteer=gazetteer)
    places = resolve_mentions(mentions, gazetteer=gazetteer)
    for p in places:
        assert text[p.start : p.end] == p.text
        assert 0 < p.confidence <= 1
    got = {(p.text, p.name, p.country): p for p in places}
    for surface, name, country, admin1 in expected:
        assert (surface, name, country) in got, [(p.text, p.name, p.country) for p in places]
        if admin1 is not None:
            assert got[(surface, name, country)].admin1 == admin1
    if not expected:
        assert places == ()


# -- through the real pipeline -----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_result(pipeline, seed_path):
    return pipeline.run(make_article(seed_path.read_text("utf-8"), date="2022-01-07"))


def _gold_places(seed_path) -> list[dict]:
    return json.loads(seed_path.with_name("kazakhstan-2022-01-07.gold.json").read_text("utf-8"))["places"]


@pytest.mark.parametrize("index", range(10))
def test_seed_places(seed_result, seed_path, index: int) -> None:
    gold = _gold_places(seed_path)[index]
    mine = [p for p in seed_result.places if p.text == gold["text"]]
    assert mine, f"{gold['text']} not found as a place"
    for p in mine:
        assert seed_result.article.text[p.start : p.end] == p.text
        assert p.country == gold["country"]
        if "kind" in gold:
            assert p.kind == gold["kind"]
        if "lat" in gold:
            assert haversine_km(p.lat, p.lon, gold["lat"], gold["lon"]) < 25


def test_seed_no_people_as_places(seed_result) -> None:
    texts = {p.text for p in seed_result.places}
    assert not texts & {"Putin", "Nona Mikhelidze", "Mikhelidze", "Erica Marat", "Tokayev", "Lukashenko", "West"}
    for name in ("Almaty", "Crimea", "Kustanaj", "Karaganda", "Ekibastuz", "Donbass"):
        assert not [e for e in seed_result.entities if e.text == name and e.label in ("PERSON", "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        "Police said Marat and Erica met Nona in March.",
        "Mobile phones were seized. Of the 20 arrested, most were students.",
        "Reading the statement, Jordan Peterson said Putin was wrong.",
    ],
)
def test_no_false_places(nlp, text: str) -> None:
    doc = nlp(text)
    assert not [e.text for e in doc.ents if e.label_ in ("GPE", "LOC")]


# -- a small evaluation smoke (shared data) ------------------------------------------------------


@pytest.mark.slow
def test_lgl_smoke(pipeline, shared_data) -> None:
    lines = (shared_data / "geo_lgl.jsonl").read_text("utf-8").splitlines()[:25]
    records = [json.loads(line) for line in lines]
    found = close = total = 0
    for rec, res in zip(records, pipeline.run_many(make_article(r["text"], id=r["id"]) for r in records)):
        for g in rec["toponyms"]:
            total += 1
            hit = [p for p in res.places if p.start < g["end"] and g["start"] < p.end]
            if hit:
                found += 1
                close += haversine_km(hit[0].lat, hit[0].lon, g["lat"], g["lon"]) <= 161
    assert found / total > 0.5
    assert close / found > 0.7
