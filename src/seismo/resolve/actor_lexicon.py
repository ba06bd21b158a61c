"""The actor lexicon: organisations, countries and demonyms, titles, actor nouns and leaders.

Everything here is read from the tab-separated data files in ``seismo/data/`` (each file
documents its columns in its header comment):

* ``organisations.tsv`` — named organisations with acronyms, kind, country, PLOVER sector,
  member states (IGOs) and leading state;
* ``demonyms.tsv`` — per country its demonyms, extra names and seats of power used as
  metonyms ("Moscow", "the Kremlin"); pycountry adds the official names;
* ``titles.tsv`` — person titles with their sector ("interior minister" → GOV);
* ``actor_nouns.tsv`` — common nouns naming unnamed actors ("protesters" → CVL);
* ``leaders.tsv`` — well-known office holders, so a bare "Putin" gets a country.

IGOs are actors of kind ``"igo"`` with ``country=None`` and ``sector=None`` (as in PLOVER,
where the IGO code fills the country slot); a functional noun sets the sector ("UN
peacekeepers" → MIL).  :meth:`ActorLexicon.load` reads the files once; build it through
``Resources.actors`` so a process pays that once.
"""

from __future__ import annotations

from seismo.contract import vocab

import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources as importlib_resources
from typing import Any

from seismo.errors import ModelError

DATA_PACKAGE = "seismo"

#: org kinds that become actor kind "igo"; every other organisation is an "org"
IGO_KINDS = frozenset({"igo"})
ORG_KINDS = frozenset({"igo", "ngo", "party", "media", "armed-group", "company", "state"})
SECTORS = vocab.SECTORS


@dataclass(frozen=True, slots=True)
class Organisation:
    """A named organisation from ``organisations.tsv``.

    name: canonical name ("Collective Security Treaty Organization").
    aliases: acronyms and other names ("CSTO"); all are looked up, those written with a
      leading ``~`` in the file are not fed to the entity ruler (too ambiguous alone) and match
      only when written with a capital (a common word in lower case: "the union").
    kind: igo, ngo, party, media, armed-group, company or state.
    country: ISO3 of its home state, ``None`` for international bodies.
    sector: its PLOVER sector (``None`` for IGOs).
    members: member states (ISO3) of an IGO, where listed.
    led_by: the member state that leads it, if one clearly does.
    """

    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    sector: str | None
    members: tuple[str, ...] = ()
    led_by: str | None = None

    @property
    def actor_kind(self) -> str:
        """The :class:`~seismo.model.Actor` kind it gives: ``"igo"`` or ``"org"``."""
        return "igo" if self.kind in IGO_KINDS else "org"

    @property
    def acronym(self) -> str | None:
        """The first all-capitals alias ("CSTO"), if any."""
        return next((a for a in self.aliases if _is_acronym(a)), None)


@dataclass(frozen=True, slots=True)
class Leader:
    """A known office holder from ``leaders.tsv``."""

    name: str
    aliases: tuple[str, ...]
    country: str | None
    role: str
    sector: str | None
    start: int | None
    end: int | None

    def in_office(self, year: int | None) -> bool:
        """Whether the role was held in ``year`` (always true when the year is unknown)."""
        if year is None:
            return True
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


@dataclass(frozen=True, slots=True)
class Title:
    """A person title: its sector and whether it takes the sector of the body it heads."""

    title: str
    sector: str | None
    generic: bool


@dataclass(frozen=True, slots=True)
class ActorNoun:
    """A common noun naming an unnamed actor: its sector and kind (group / org)."""

    noun: str
    sector: str
    kind: str


def _is_acronym(text: str) -> bool:
    letters = text.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isalnum() and letters.upper() == letters and any(c.isalpha() for c in letters)


_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")


def normalise_name(text: str) -> str:
    """The lookup key of a name: no leading "the", no possessive, dots out of acronyms,
    whitespace collapsed; case kept for short acronyms ("AP" ≠ "ap"), folded otherwise."""
    text = " ".join(text.replace("\u2019", "'").split())
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"'s?$", "", text).strip(" .,;:")
    if _is_acronym(text):
        return text.replace(".", "")
    return text.casefold()


def _data_lines(filename: str) -> Iterator[tuple[int, list[str]]]:
    """(line number, fields) for each data row of a tab-separated data file, header skipped."""
    try:
        text = (importlib_resources.files(DATA_PACKAGE) / "data" / filename).read_text("utf-8")
    except (OSError, ModuleNotFoundError) as exc:
        raise ModelError(
            f"data file seismo/data/{filename} cannot be read ({exc}); reinstall seismo "
            "('pip install -e .') so its package data is present"
        ) from exc
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        yield number, [field.strip() for field in line.split("\t")]


def _need(filename: str, number: int, fields: list[str], count: int) -> list[str]:
    if len(fields) < count:
        raise ModelError(
            f"seismo/data/{filename} line {number}: expected {count} tab-separated fields, got "
            f"{len(fields)} ({fields!r}); fix the line (empty fields still need their tabs)"
        )
    return fields


def _split(field: str, sep: str = "|") -> tuple[str, ...]:
    return tuple(p.strip() for p in field.split(sep) if p.strip())


def _sector(filename: str, number: int, value: str) -> str | None:
    if not value:
        return None
    if value not in SECTORS:
        raise ModelError(
            f"seismo/data/{filename} line {number}: unknown sector {value!r}; use one of {sorted(SECTORS)}"
        )
    return value


def _year(value: str) -> int | None:
    return int(value) if value.isdigit() else None


class ActorLexicon:
    """Everything needed to resolve actor mentions; read once from the data files."""

    def __init__(
        self,
        *,
        organisations: tuple[Organisation, ...] = (),
        demonyms: dict[str, str] | None = None,
        country_names: dict[str, str] | None = None,
        seats: dict[str, str] | None = None,
        titles: dict[str, Title] | None = None,
        nouns: dict[str, ActorNoun] | None = None,
        leaders: tuple[Leader, ...] = (),
        canonical_countries: dict[str, str] | None = None,
    ) -> None:
        self.organisations = organisations
        self.demonyms = dict(demonyms or {})
        self.country_names = dict(country_names or {})
        self.seats = dict(seats or {})
        self.titles = dict(titles or {})
        self.nouns = dict(nouns or {})
        self.leaders = leaders
        self.canonical_countries = dict(canonical_countries or {})
        self._orgs: dict[str, Organisation] = {}
        self._ruler_names: list[str] = []
        plain_keys: set[str] = set()
        self._ambiguous: set[str] = set()  # keys only a "~" alias gives: a common word in lower case
        for org in organisations:
            for alias in (org.name, *org.aliases):
                plain = alias.lstrip("~")
                key = normalise_name(plain)
                self._orgs.setdefault(key, org)
                if not alias.startswith("~"):
                    self._ruler_names.append(plain)
                    plain_keys.add(key)
                else:
                    self._ambiguous.add(key)
        self._ambiguous -= plain_keys
        self._leaders: dict[str, list[Leader]] = {}
        for leader in leaders:
            for alias in (leader.name, *leader.aliases):
                self._leaders.setdefault(alias.casefold(), []).append(leader)
        self._demonyms_folded = {k.casefold(): v for k, v in self.demonyms.items()}
        self.max_title_words = max((len(t.split()) for t in self.titles), default=1)
        self.max_noun_words = max((len(n.split()) for n in self.nouns), default=1)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls) -> "ActorLexicon":
        """Read the data files in ``seismo/data/``; raises :class:`ModelError` naming a bad line."""
        orgs = []
        for number, fields in _data_lines("organisations.tsv"):
            name, aliases, kind, country, sector, members, led_by = _need("organisations.tsv", number, fields, 7)[:7]
            if kind not in ORG_KINDS:
                raise ModelError(
                    f"seismo/data/organisations.tsv line {number}: kind {kind!r} for {name!r} is not one of "
                    f"{sorted(ORG_KINDS)}; fix the kind column"
                )
            orgs.append(
                Organisation(
                    name=name,
                    aliases=_split(aliases),
                    kind=kind,
                    country=country or None,
                    sector=_sector("organisations.tsv", number, sector),
                    members=_split(members, " "),
                    led_by=led_by or None,
                )
            )
        demonyms, names, seats, canonical = _countries()
        titles = {}
        for number, fields in _data_lines("titles.tsv"):
            title, sector, generic = _need("titles.tsv", number, fields, 3)[:3]
            titles[title.casefold()] = Title(title.casefold(), _sector("titles.tsv", number, sector), generic == "yes")
        nouns = {}
        for number, fields in _data_lines("actor_nouns.tsv"):
            noun, sector, kind = _need("actor_nouns.tsv", number, fields, 3)[:3]
            nouns[noun.casefold()] = ActorNoun(noun.casefold(), _sector("actor_nouns.tsv", number, sector) or "", kind)
        leaders = []
        for number, fields in _data_lines("leaders.tsv"):
            name, aliases, country, role, sector, start, end = (fields + [""] * 7)[:7]
            if not name or not role:
                _need("leaders.tsv", number, fields, 5)
            leaders.append(
                Leader(name, _split(aliases), country or None, role, _sector("leaders.tsv", number, sector),
                       _year(start), _year(end))
            )
        return cls(
            organisations=tuple(orgs),
            demonyms=demonyms,
            country_names=names,
            seats=seats,
            titles=titles,
            nouns=nouns,
            leaders=tuple(leaders),
            canonical_countries=canonical,
        )

    # ------------------------------------------------------------------ lookups
    def ruler_patterns(self) -> list[dict[str, Any]]:
        """Entity-ruler patterns: ORG for organisation names and acronyms, NORP for demonyms.

        Each multi-word name also comes title-cased ("Ria Novosti" for "RIA Novosti"), since
        the ruler matches exact token text.  Demonyms that are also country names ("US") are
        left to the model.
        """
        orgs: set[str] = set()
        for name in self._ruler_names:
            orgs.add(name)
            if " " in name:
                orgs.add(name.title())
        norp = {d for d in self.demonyms if normalise_name(d) not in self.country_names and not d.isupper()}
        return [{"label": "ORG", "pattern": p} for p in sorted(orgs)] + [
            {"label": "NORP", "pattern": p} for p in sorted(norp)
        ]

    def organisation(self, name: str) -> Organisation | None:
        """The organisation called ``name`` (canonical name, acronym or alias), else ``None``.
        An alias that is also a common word ("~the Union", "~Labour" in the table) names the
        organisation only when written as a name, with a capital ("the Union", not "the union")."""
        key = normalise_name(name)
        if key in self._ambiguous and not _ARTICLE.sub("", name.strip())[:1].isupper():
            return None
        found = self._orgs.get(key)
        if found is None and not _is_acronym(name.strip()):
            found = self._orgs.get(key.casefold())
        return found

    def country(self, name: str) -> str | None:
        """ISO3 for a country name ("Russia", "the United States", "Kazakhstan's"), else ``None``."""
        key = normalise_name(name)
        return self.country_names.get(key) or self.country_names.get(key.casefold())

    def seat(self, name: str) -> str | None:
        """ISO3 for a seat of power used as a metonym ("Moscow", "the Kremlin"), else ``None``."""
        return self.seats.get(normalise_name(name).casefold())

    def demonym(self, word: str) -> str | None:
        """ISO3 for a demonym ("Kazakh", "Russians"), else ``None``.  Case matters: "turkish" is not."""
        word = word.strip()
        if not word or not word[0].isupper():
            return None
        return self.demonyms.get(word) or self._demonyms_folded.get(word.casefold())

    def country_label(self, iso3: str) -> str | None:
        """The short English name of a country ("Russia" for RUS)."""
        return self.canonical_countries.get(iso3)

    def title(self, phrase: str) -> Title | None:
        """The title spelled ``phrase`` (any case, singular), else ``None``."""
        return self.titles.get(" ".join(phrase.casefold().split()))

    def noun(self, phrase: str) -> ActorNoun | None:
        """The actor noun ``phrase`` (lower-case lemma form), else ``None``."""
        return self.nouns.get(" ".join(phrase.casefold().split()))

    def leader(self, name: str, *, year: int | None = None) -> Leader | None:
        """The known leader called ``name`` (full name or listed surname), preferring one in office
        in ``year``; ``None`` when unknown or when two different people share the name."""
        candidates = self._leaders.get(" ".join(name.split()).casefold(), [])
        if year is not None:
            current = [c for c in candidates if c.in_office(year)]
            candidates = current or candidates
        people = {c.name for c in candidates}
        return candidates[0] if len(people) == 1 else None


def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """Demonyms, country names, seats and canonical names from demonyms.tsv plus pycountry."""
    demonyms: dict[str, str] = {}
    names: dict[str, str] = {}
    seats: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for number, fields in _data_lines("demonyms.tsv"):
        iso3, dems, extra, seat = (fields + [""] * 4)[:4]
        if not re.fullmatch(r"[A-Z]{3}", iso3):
            raise ModelError(f"seismo/data/demonyms.tsv line {number}: {iso3!r} is not an ISO3 code; fix the first column")
        for d in _split(dems):
            demonyms.setdefault(d, iso3)
        extras = _split(extra)
        if extras:
            canonical.setdefault(iso3, extras[0])
        for n in extras:
            names.setdefault(normalise_name(n), iso3)
        for s in _split(seat):
            seats.setdefault(normalise_name(s).casefold(), iso3)
    try:
        import pycountry
    except ImportError:  # pragma: no cover - a declared dependency
        return demonyms, names, seats, canonical
    for c in pycountry.countries:
        iso3 = c.alpha_3
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(normalise_name(value), iso3)
        canonical.setdefault(iso3, getattr(c, "common_name", None) or c.name)
        if iso3 not in demonyms.values() and c.name.endswith("ia") and " " not in c.name:
            demonyms.setdefault(c.name + "n", iso3)  # Armenia → Armenian; only for unlisted countries
    return demonyms, names, seats, canonical
