"""The gazetteer's own tables beyond places with a GeoNames row: physical features, demonyms and
metonyms.  Called once by :func:`seismo.resolve.gazetteer_build.build`; nothing here runs per
document.

* ``data/regions.features.tsv`` — seas, rivers, ranges, islands... → rows of kind ``feature``,
  indexed by name and aliases;
* ``data/demonyms.tsv`` (countries) and ``data/regions.demonyms.tsv`` (regions, subdivisions) →
  ``GazetteerData.demonyms``: each demonym as written → the rows it may stand for ("Georgian" →
  the country and the US state; context picks);
* ``data/regions.metonyms.tsv`` and the seats of power in ``data/demonyms.tsv`` that are not
  towns ("Kremlin", "Downing Street") → rows of kind ``site`` at their seat's point, not indexed
  by name (only the metonym scanner reaches them), in ``GazetteerData.metonyms``.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources as importlib_resources
from typing import TYPE_CHECKING

from seismo.errors import ModelError
from seismo.resolve.gazetteer_names import KINDS, name_key

if TYPE_CHECKING:  # pragma: no cover
    from seismo.resolve.gazetteer_build import GazetteerData

#: a made-up population for ranking: features and sites rank like a mid-sized town
FEATURE_POP = 10_000_000
SITE_POP = 1_000


def _rows(name: str, width: int) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) of a tab-separated data file, skipping comments and the header."""
    try:
        text = importlib_resources.files("seismo.data").joinpath(name).read_text("utf-8")
    except (OSError, ModuleNotFoundError) as exc:
        raise ModelError(f"seismo data file {name!r} is missing or unreadable ({exc}); reinstall seismo") from exc
    header = True
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        fields = line.split("\t")
        if len(fields) != width:
            raise ModelError(f"seismo/data/{name} line {number}: expected {width} tab-separated fields, got {line!r}")
        yield number, [f.strip() for f in fields]


def _find(data: "GazetteerData", name: str, country: str, kinds: tuple[str, ...]) -> list[int]:
    """Rows called ``name`` (own name or alternate) of one of ``kinds``, in ``country`` ("-": any)."""
    rows = []
    for code in data.keys.get(name_key(name), []):
        row = code // 2
        if KINDS[data.kinds[row]] in kinds and (country == "-" or data.countries[row] == country):
            rows.append(row)
    return rows


def add_features(data: "GazetteerData") -> list[str]:
    """Index ``regions.features.tsv``; return every name and alias (for the entity ruler)."""
    names = []
    for number, (name, aliases, country, lat, lon) in _rows("regions.features.tsv", 5):
        try:
            point = float(lat), float(lon)
        except ValueError as exc:
            raise ModelError(f"seismo/data/regions.features.tsv line {number}: lat / lon must be numbers ({exc})") from exc
        row = data.add(
            name, gid=None, lat=point[0], lon=point[1], country=None if country == "-" else country,
            admin1=None, kind="feature", pop=FEATURE_POP,
        )
        names.append(name)
        for alias in aliases.split("|"):
            if alias and alias != "-":
                data.index(alias, row, alt=True)
                names.append(alias)
    return names


def add_demonyms(data: "GazetteerData", country_rows: dict[str, int]) -> None:
    """Fill ``data.demonyms`` from demonyms.tsv (``country_rows``: ISO3 → country row) and
    regions.demonyms.tsv."""
    out: dict[str, list[int]] = {}

    def put(word: str, row: int) -> None:
        if word and word[0].isupper() and len(word) > 2 and not word.isupper() and "." not in word:
            rows = out.setdefault(word, [])
            if row not in rows:
                rows.append(row)

    for _, fields in _rows("demonyms.tsv", 4):
        row = country_rows.get(fields[0])
        if row is not None:
            for word in fields[1].split("|"):
                put(word, row)
    for _, (words, target, country, kind) in _rows("regions.demonyms.tsv", 4):
        rows = _find(data, target, country, (kind,))
        for row in sorted(rows, key=lambda r: -data.pops[r])[:2]:
            for word in words.split("|"):
                put(word, row)
    data.demonyms = out


def add_metonyms(data: "GazetteerData", capital_rows: dict[str, int]) -> None:
    """Site rows for ``regions.metonyms.tsv`` and the non-town seats of demonyms.tsv
    (``capital_rows``: ISO3 → the capital's row, where a seat is placed)."""
    out: dict[str, int] = {}

    def site(name: str, seat: int, kind: str) -> None:
        if name in out:
            return
        out[name] = data.add(
            name, gid=None, lat=data.lats[seat], lon=data.lons[seat], country=data.countries[seat],
            admin1=data.admin1[seat], kind=kind, pop=SITE_POP, indexed=False,
        )

    for _, (name, seat_name, country, kind) in _rows("regions.metonyms.tsv", 4):
        seats = _find(data, seat_name, country, ("city", "admin"))
        if seats:
            site(name, max(seats, key=lambda r: data.pops[r]), kind)
    for _, fields in _rows("demonyms.tsv", 4):
        capital = capital_rows.get(fields[0])
        if capital is None:
            continue
        for seat in fields[3].split("|"):
            seat = seat.removeprefix("the ").strip()
            if seat and name_key(seat) not in data.keys:  # a town is a literal place of its own
                site(seat, capital, "site")
    data.metonyms = out
