"""Places: name keys, the gazetteer index and its cache, ruler patterns, resolution in context."""

from __future__ import annotations

import json
import pickle

import pytest

from seismo.model import Entity
from seismo.pipeline import make_article
from seismo.resolve import gazetteer as gazetteer_module
from seismo.resolve.gazetteer import Gazetteer
from seismo.resolve.gazetteer_build import GazetteerData, _trimmed_mid, ruler_ok
from seismo.resolve.gazetteer_names import name_key, strip_admin_suffix, strip_possessive
from seismo.resolve.places import collect_mentions, haversine_km, resolve_mentions


@pytest.fixture(scope="module")
def gazetteer(pipeline) -> Gazetteer:
    """The session pipeline's gazetteer (built once, then read from the cache)."""
    return pipeline.resources.gazetteer


def _entities(text: str, spans: list[tuple[str, str]]) -> list[Entity]:
    """Entity records for (surface, label) pairs, found left to right in ``text``."""
    out, pos = [], 0
    for surface, label in spans:
        start = text.index(surface, pos)
        out.append(Entity(start=start, end=start + len(surface), text=surface, label=label))
        pos = start + len(surface)
    return out


# -- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Almaty", "almaty"),
        ("St. Petersburg", "saint petersburg"),
        ("Saint-Petersburg", "saint petersburg"),
        ("Ft. Worth", "fort worth"),
        ("Qarağandı", "qaragandı"),
        ("Kostanaï", "kostanai"),
        ("W.Va.", "w va"),
        ("Côte d’Ivoire", "cote divoire"),
        ("  New   York ", "new york"),
    ],
)
def test_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Almaty’s", "Almaty"),
        ("Almaty's", "Almaty"),
        ("Kansas'", "Kansas"),
        ("Kansas", "Kansas"),
        ("Texas", "Texas"),
    ],
)
def test_strip_possessive(text: str, expected: str) -> None:
    assert strip_possessive(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Laurel County", "Laurel"),
        ("Almaty Oblysy", "Almaty"),
        ("Donetsk Oblast", "Donetsk"),
        ("City of London", "London"),
        ("Kansas City", "Kansas City"),
        ("Texas", "Texas"),
    ],
)
def test_strip_admin_suffix(name: str, expected: str) -> None:
    assert strip_admin_suffix(name) == expected


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


@pytest.mark.model
def test_country_entry_and_neighbours(gazetteer: Gazetteer) -> None:
    kaz = gazetteer.country_entry("KAZ")
    assert kaz is not None and kaz.name == "Kazakhstan" and kaz.kind == "country"
    assert gazetteer.country_entry("XXX") is None
    assert {"RUS", "CHN", "KGZ", "UZB", "TKM"} <= gazetteer.neighbours("KAZ")


# -- ruler rules (pure) ----------------------------------------------------------------------

OTHER = frozenset({"nice", "reading", "split", "police", "march", "mobile"})
STOP = frozenset({"Marat", "Jordan"})


@pytest.mark.parametrize(
    ("surface", "kind", "pop", "alt", "expected"),
    [
        ("Kazakhstan", "country", 18_000_000, False, True),
        ("Crimea", "region", 2_000_000, False, True),
        ("Ekibastuz", "city", 121_000, False, True),
        ("Kustanaj", "city", 210_000, True, True),
        ("Moscow", "city", 10_000_000, False, True),
        ("Rock Hill", "city", 66_000, False, True),
        ("Police", "city", 31_000, False, False),  # also an English verb
        ("Mobile", "city", 190_000, False, False),  # also an adjective
        ("March", "city", 20_000, False, False),
        ("Nice", "city", 340_000, False, False),
        ("Gainesville", "city", 130_000, False, True),
        ("Of", "city", 20_000, False, False),  # a stop word
        ("Marat", "city", 5_000, False, False),  # a listed person name
        ("Jordan", "country", 9_000_000, False, False),
        ("Smalltown", "city", 20_000, False, False),  # one unknown word needs 100k
        ("Kustanai", "city", 20_000, True, False),  # alternates of small places
        ("ALA", "city", 2_000_000, True, False),  # all-caps codes
    ],
)
def test_ruler_ok(surface: str, kind: str, pop: int, alt: bool, expected: bool) -> None:
    assert ruler_ok(surface, kind=kind, pop=pop, alt=alt, other_words=OTHER, stop=STOP) is expected


# -- the real index ---------------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    ("name", "canonical", "country", "kind"),
    [
        ("Kustanaj", "Kostanay", "KAZ", "city"),
        ("Karaganda", "Karagandy", "KAZ", "city"),
        ("Ekibastuz", "Ekibastuz", "KAZ", "city"),
        ("Donbass", "Donbas", "UKR", "region"),
        ("U.S.", "United States", "USA", "country"),
        ("W.Va.", "West Virginia", "USA", "admin"),
        ("Laurel County", "Laurel County", "USA", "admin"),
        ("NSW", "New South Wales", "AUS", "admin"),
    ],
)
def test_lookup_finds(gazetteer: Gazetteer, name: str, canonical: str, country: str, kind: str) -> None:
    entries = [gazetteer.entry(c.row) for c in gazetteer.lookup(name)]
    assert any(e.name == canonical and e.country == country and e.kind == kind for e in entries)


@pytest.mark.model
@pytest.mark.parametrize(
    "name",
    ["Almaty", "Crimea", "Kustanaj", "Karaganda", "Ekibastuz", "Donbass", "Kazakhstan", "Moscow", "Belarus", "Ukraine"],
)
def test_ruler_has(gazetteer: Gazetteer, name: str) -> None:
    label = "LOC" if name in ("Crimea", "Donbass") else "GPE"
    assert {"label": label, "pattern": name} in gazetteer.ruler_patterns()


@pytest.mark.model
@pytest.mark.parametrize(
    "word",
    ["Police", "Of", "Mobile", "Marat", "Nona", "Erica", "Putin", "March", "Jordan", "Reading", "Nice", "Obama",
     "Centre", "West", "Charlotte", "Lincoln", "Victoria", "Bath", "Split", "Union", "Independence", "Hamas",
     "Judah", "Delta", "Metro"],
)
def test_ruler_lacks(gazetteer: Gazetteer, word: str) -> None:
    assert word not in {p["pattern"] for p in gazetteer.ruler_patterns()}


@pytest.mark.model
def test_ruler_size(gazetteer: Gazetteer) -> None:
    patterns = gazetteer.ruler_patterns()
    assert 5_000 < len(patterns) < 100_000
    assert {p["label"] for p in patterns} == {"GPE", "LOC"}


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


@pytest.mark.model
@pytest.mark.parametrize(("text", "spans", "expected"), RESOLVE_CASES)
def test_resolve(gazetteer: Gazetteer, text: str, spans: list[tuple[str, str]], expected: list[tuple]) -> None:
    mentions = collect_mentions(text, _entities(text, spans), gazetteer=gazetteer)
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


# -- representative points of large units --------------------------------------------------------

#: (name, ISO3, kind, reference lat, lon): geographic centres as GeoNames / Wikipedia give them
CENTRES = [
    ("China", "CHN", "country", 35.0, 105.0),
    ("China", "CHN", "country", 35.0, 103.0),
    ("Australia", "AUS", "country", -25.0, 133.0),
    ("Russia", "RUS", "country", 60.0, 100.0),
    ("Texas", "USA", "admin", 31.0, -100.0),
    ("Ontario", "CAN", "admin", 50.0, -85.0),
    ("Queensland", "AUS", "admin", -23.0, 143.0),
    ("Alberta", "CAN", "admin", 55.0, -115.0),
    ("Tennessee", "USA", "admin", 35.75, -86.25),
]


@pytest.mark.model
@pytest.mark.parametrize(("name", "country", "kind", "lat", "lon"), CENTRES)
def test_representative_point(gazetteer: Gazetteer, name: str, country: str, kind: str, lat: float,
                              lon: float) -> None:
    rows = [gazetteer.entry(c.row) for c in gazetteer.lookup(name) if not c.alternate]
    entry = next(e for e in rows if e.country == country and e.kind == kind)
    assert haversine_km(entry.lat, entry.lon, lat, lon) < 161


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([1.0, 2.0, 3.0], 2.0),  # few values: the mean
        ([float(v) for v in range(100)] + [1000.0], 50.0),  # one far-off value trimmed
        ([0.0] * 90 + [10.0] * 10, 5.0),  # the middle of the range, not where values crowd
    ],
)
def test_trimmed_mid(values: list[float], expected: float) -> None:
    assert _trimmed_mid(values) == pytest.approx(expected)


# -- through the real pipeline -----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_result(pipeline, seed_path):
    return pipeline.run(make_article(seed_path.read_text("utf-8"), date="2022-01-07"))


def _gold_places(seed_path) -> list[dict]:
    return json.loads(seed_path.with_name("kazakhstan-2022-01-07.gold.json").read_text("utf-8"))["places"]


@pytest.mark.model
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


@pytest.mark.model
def test_seed_no_people_as_places(seed_result) -> None:
    texts = {p.text for p in seed_result.places}
    assert not texts & {"Putin", "Nona Mikhelidze", "Mikhelidze", "Erica Marat", "Tokayev", "Lukashenko", "West"}
    for name in ("Almaty", "Crimea", "Kustanaj", "Karaganda", "Ekibastuz", "Donbass"):
        assert not [e for e in seed_result.entities if e.text == name and e.label in ("PERSON", "ORG")]


@pytest.mark.model
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


# -- the cache ----------------------------------------------------------------------------------


def _tiny() -> GazetteerData:
    data = GazetteerData()
    data.add("Almaty", gid=1526384, lat=43.25, lon=76.91, country="KAZ", admin1="Almaty Qalasy", kind="city",
             pop=1_977_011)
    data.patterns = [("GPE", "Almaty")]
    return data


def test_cache_round_trip(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(gazetteer_module, "build", _tiny)
    first = Gazetteer.load(cache_dir=tmp_path)
    files = list(tmp_path.glob("gazetteer-v*.pickle"))
    assert len(files) == 1

    def fail() -> GazetteerData:
        raise AssertionError("rebuilt although the cache was valid")

    monkeypatch.setattr(gazetteer_module, "build", fail)
    second = Gazetteer.load(cache_dir=tmp_path)
    assert second.entry(0) == first.entry(0)
    assert second.ruler_patterns() == [{"label": "GPE", "pattern": "Almaty"}]


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps({"version": -1})])
def test_cache_corrupt_rebuilds(tmp_path, monkeypatch, content: bytes) -> None:
    calls = []
    monkeypatch.setattr(gazetteer_module, "build", lambda: calls.append(1) or _tiny())
    Gazetteer.load(cache_dir=tmp_path)  # writes the file name we then spoil
    path = next(tmp_path.glob("gazetteer-v*.pickle"))
    path.write_bytes(content)
    gaz = Gazetteer.load(cache_dir=tmp_path)
    assert len(calls) == 2
    assert gaz.lookup("almaty")[0].row == 0


def test_no_cache_dir(monkeypatch) -> None:
    monkeypatch.setattr(gazetteer_module, "build", _tiny)
    gaz = Gazetteer.load(cache_dir=None)
    assert gaz.entry(gaz.lookup("ALMATY")[0].row).country == "KAZ"


# -- a small evaluation smoke (shared data) ------------------------------------------------------


@pytest.mark.model
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
