"""Identity: one person or organisation under its different names in one store.

A store holds names as each article wrote them: "Tokayev", "Kassym-Jomart Tokayev",
"President Tokayev", "CSTO", "Collective Security Treaty Organization".  :func:`group_names`
takes the distinct names of a store (what a SQL ``GROUP BY`` gives, each with its count and,
when known, its country and organisation) and returns one :class:`Identity` per person or
organisation.  The rule, in order:

1. **Titles off.**  Leading titles and forms of address are no part of a name: "President",
   "Interior Minister" (``titles.tsv``), "Mr", "Dr", "Gen." (``name_parts.tsv``), with any
   qualifier, nationality or country before them ("former", "Russian", "Kazakhstan's").  A title is
   taken off only when a person's name follows it ("the governor of the region" and
   "the Prosecutor General's Office" stay whole); a leading "the" always goes.
2. **One spelling.**  Names compare by their words with case, punctuation (dots, hyphens,
   apostrophes, a final possessive) and diacritics folded away: "Erdoğan" = "Erdogan",
   "Kassym-Jomart" = "kassym jomart".
3. **Organisations** known to the actor lexicon (``organisations.tsv``) are one entity under
   every listed name and acronym ("CSTO" = "Collective Security Treaty Organization"); its
   canonical name is the lexicon's.  Known leaders (``leaders.tsv``) likewise join under every
   listed spelling ("Sergey Lavrov" = "Sergei Lavrov").
4. **Short names.**  A person's name that is a shorter form of longer names in the store
   (the same last word, its other words among theirs in order: a surname alone, "Tokayev";
   "Jomart Tokayev"; "Odile Varga" of "Odile Marie Varga") joins the single fullest of them
   ("Kassym-Jomart Tokayev") when their countries agree (or either is unknown; when neither
   country is known, their organisations must agree the same way).  When two different full
   names qualify ("Ali Karimov", "Rustam Karimov" for "Karimov") it is ambiguous and stays
   apart.  Pronouns, titles, common nouns ("the ministry") and organisation names
   ("... Office") never join this way.
5. **Canonical name**: the fullest form (most words; then the most counted), titles off; the
   organisation's lexicon name.  An entity of one form keeps that form as written.  Every
   other form is an alias.

The functions are pure: the knowledge comes in an :class:`IdentityRules` (read once from the
data tables by :func:`rules`), and the cost is bounded by the number of distinct names, not of
rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from seismo.errors import ModelError
from seismo.resolve.actor_lexicon import ActorLexicon, _data_lines

#: the kinds of word ``name_parts.tsv`` holds
NAME_PART_KINDS = frozenset({"address", "abbreviation", "qualifier", "particle", "org_head"})

_POSSESSIVE = re.compile(r"['\u2019]s?$")
_SEPARATORS = re.compile(r"[-\u2010-\u2015/_]+")
_MAX_PERSON_WORDS = 6
_MEMO_SIZE = 200_000  # names remembered by IdentityRules.form


@dataclass(frozen=True, slots=True)
class NameCount:
    """One distinct name in a store, as a ``GROUP BY`` gives it.

    name: the name as stored ("President Tokayev").
    count: how many records carry it (quotes, events).
    country: ISO3 country of those records, when known.
    organization: the organisation they speak or act for, when known.
    """

    name: str
    count: int = 1
    country: str | None = None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class Identity:
    """One person or organisation: its canonical name and every stored form of it.

    name: canonical name (the fullest form, titles off; an organisation's lexicon name).
    aliases: the stored forms other than ``name``, most counted first.
    forms: every stored form, ``name``'s own first when it is stored as such.
    count: the records of all forms together (the sum of their counts).
    country: the most counted known country of its forms, else None.
    organization: the most counted known organisation of its forms, else None.
    """

    name: str
    aliases: tuple[str, ...]
    forms: tuple[str, ...]
    count: int
    country: str | None = None
    organization: str | None = None


@dataclass(frozen=True, slots=True)
class IdentityRules:
    """The knowledge :func:`group_names` uses; build it with :meth:`load` (or :func:`rules`).

    lexicon: the actor lexicon (titles, demonyms, countries, organisations, leaders, nouns).
    parts: ``name_parts.tsv``, word -> kind (address, abbreviation, qualifier, particle, org_head).
    pronouns: words that refer back to a speaker and are never a name ("he", "they").
    """

    lexicon: ActorLexicon
    parts: Mapping[str, str] = field(default_factory=dict)
    pronouns: frozenset[str] = frozenset()
    _seen: dict[str, "Form"] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def load(cls, lexicon: ActorLexicon | None = None) -> "IdentityRules":
        """Read ``name_parts.tsv`` (and the actor lexicon, unless given)."""
        from seismo.extract.lexicon import word_class

        parts: dict[str, str] = {}
        for number, fields in _data_lines("name_parts.tsv"):
            word, kind = (fields + [""])[:2]
            if kind not in NAME_PART_KINDS:
                raise ModelError(f"seismo/data/name_parts.tsv line {number}: kind {kind!r} of {word!r} is not one "
                                 f"of {sorted(NAME_PART_KINDS)}; fix the kind column")
            parts[word.casefold()] = kind
        pronouns = word_class("person_pronoun") | word_class("group_pronoun")
        return cls(lexicon=lexicon if lexicon is not None else ActorLexicon.load(), parts=parts,
                   pronouns=frozenset(pronouns))

    # ------------------------------------------------------------------ words
    def _kind(self, token: str) -> str | None:
        return self.parts.get(token.casefold().rstrip(".,"))

    def _modifier(self, token: str) -> bool:
        """A word that may stand before a title: "the", a qualifier, a nationality, a country
        ("US", "Kazakhstan's")."""
        plain = token.rstrip(",")
        if plain.casefold() == "the" or self._kind(plain) == "qualifier":
            return True
        return self.lexicon.demonym(plain) is not None or self.lexicon.country(plain) is not None

    def _title_at(self, tokens: list[str], start: int) -> int:
        """How many words from ``start`` are a title or form of address (0: none)."""
        if start >= len(tokens):
            return 0
        for size in range(min(self.lexicon.max_title_words, len(tokens) - start), 0, -1):
            phrase = " ".join(t.casefold().rstrip(".,") for t in tokens[start : start + size])
            if self.lexicon.title(phrase) is not None:
                return size
        return 1 if self._kind(tokens[start]) in ("address", "abbreviation") else 0

    def strip(self, name: str) -> str:
        """``name`` without its leading titles, forms of address and "the", as written.

        "Russian President Vladimir Putin" -> "Vladimir Putin"; "Gen. Ann Doe" -> "Ann Doe";
        "The Interior Ministry" -> "Interior Ministry"; "the governor of the region" is kept.
        """
        tokens = name.split()
        start = 0
        while start < len(tokens):
            at = start
            while at < len(tokens) and self._modifier(tokens[at]):
                at += 1
            size = self._title_at(tokens, at)
            end = at + size
            if size == 0 or end >= len(tokens) or not _capitalised(tokens[end]):
                break
            start = end
        if start > 0 and self.person_like(" ".join(tokens[start:])):
            return " ".join(tokens[start:])
        if len(tokens) > 1 and tokens[0].casefold() == "the":
            return " ".join(tokens[1:])
        return " ".join(tokens)

    def form(self, name: str) -> "Form":
        """What the rule reads from one stored name (remembered: a store repeats its names)."""
        found = self._seen.get(name)
        if found is None:
            if len(self._seen) >= _MEMO_SIZE:
                self._seen.clear()
            stripped = self.strip(name)
            org = self.organisation(name) or self.organisation(stripped)
            leader = None if org else self.leader(stripped)
            if org is not None:
                anchor: tuple[str, ...] = ("\x00org", *fold(org).split())
            elif leader is not None:
                anchor = tuple(fold(leader).split())
            else:
                anchor = tuple(fold(stripped).split()) or tuple(fold(name).split()) or (name.casefold(),)
            found = self._seen[name] = Form(stripped, anchor, org, org is None and self.person_like(stripped))
        return found

    def organisation(self, name: str) -> str | None:
        """The lexicon's canonical name of the organisation called ``name``, else None."""
        found = self.lexicon.organisation(name)
        return found.name if found is not None else None

    def leader(self, name: str) -> str | None:
        """The listed name of the known leader called ``name`` (one person only), else None."""
        found = self.lexicon.leader(name)
        return found.name if found is not None else None

    def person_like(self, stripped: str) -> bool:
        """Whether ``stripped`` (titles off) reads as a person's name: capitalised words (or
        name particles), not a pronoun, title, country, nationality, organisation or common
        noun, and not ending in an organisation's head noun ("... Office")."""
        words = stripped.split()
        if not words or len(words) > _MAX_PERSON_WORDS:
            return False
        if not all(_capitalised(w) or self._kind(w) == "particle" for w in words):
            return False
        if not _capitalised(words[0]):
            return False
        folded = " ".join(w.casefold() for w in words)
        if folded in self.pronouns or self.lexicon.title(folded) or self.lexicon.noun(folded):
            return False
        if self.lexicon.country(stripped) or self.lexicon.demonym(stripped) or self.organisation(stripped):
            return False
        last = _POSSESSIVE.sub("", words[-1]).casefold().rstrip(".,")
        if self._kind(last) == "org_head" or self.lexicon.noun(last) or self.lexicon.noun(last.removesuffix("s")):
            return False
        return True


@dataclass(frozen=True, slots=True)
class Form:
    """What the identity rule reads from one stored name.

    stripped: the name without titles ("President Tokayev" -> "Tokayev").
    anchor: the words every form of the same name shares (:func:`identity_key`); for a known
      organisation its lexicon name, for a known leader the listed name.
    organisation: the lexicon's name of the organisation it names, else None.
    person: whether it reads as a person's name (only those join by their last words).
    """

    stripped: str
    anchor: tuple[str, ...]
    organisation: str | None
    person: bool


@lru_cache(maxsize=1)
def rules() -> IdentityRules:
    """The identity rules read from the data tables, once per process."""
    return IdentityRules.load()


def _capitalised(token: str) -> bool:
    letter = next((c for c in token if c.isalpha()), "")
    return letter.isupper()


def fold(text: str) -> str:
    """``text`` with case, diacritics, punctuation and a final possessive folded away:
    "Kassym-Jomart Tokayev's" -> "kassym jomart tokayev"; "Erdoğan" -> "erdogan"."""
    words = []
    for word in text.split():
        word = _POSSESSIVE.sub("", word)
        word = unicodedata.normalize("NFKD", word)
        word = "".join(c for c in word if not unicodedata.combining(c))
        word = _SEPARATORS.sub(" ", word.casefold())
        words.append("".join(c for c in word if c.isalnum() or c == " "))
    return " ".join(" ".join(words).split())


def identity_key(name: str, *, rules: IdentityRules) -> tuple[str, ...]:
    """The words two forms of one name share: titles off, then folded ("President Kassym-Jomart
    Tokayev" -> ("kassym", "jomart", "tokayev")); the whole name folded when nothing is left."""
    return tuple(fold(rules.strip(name)).split()) or tuple(fold(name).split()) or (name.casefold(),)


@dataclass(slots=True)
class _Node:
    """The forms that share one key (or one organisation / leader)."""

    key: tuple[str, ...]
    person: bool
    forms: dict[str, int] = field(default_factory=dict)
    stripped: dict[str, str] = field(default_factory=dict)
    countries: dict[str, int] = field(default_factory=dict)
    orgs: dict[str, int] = field(default_factory=dict)
    canonical: str | None = None  # a lexicon name (organisation)


def _agree(short: _Node, full: _Node) -> bool:
    """Whether two nodes may be one entity: countries agree when both are known; when neither
    knows both, organisations agree when both are known."""
    if short.countries and full.countries:
        return bool(set(short.countries) & set(full.countries))
    if short.orgs and full.orgs:
        return bool({fold(o) for o in short.orgs} & {fold(o) for o in full.orgs})
    return True


def group_names(names: Iterable[NameCount], *, rules: IdentityRules) -> list[Identity]:
    """The entities behind ``names`` (the distinct names of a store), most counted first.

    See the module docstring for the rule.  Every input name is a form of exactly one entity.
    """
    nodes: dict[tuple[str, ...], _Node] = {}
    for item in names:
        if not item.name or not item.name.strip():
            continue
        form = rules.form(item.name)
        node = nodes.get(form.anchor)
        if node is None:
            node = nodes[form.anchor] = _Node(key=form.anchor, person=form.person, canonical=form.organisation)
        node.forms[item.name] = node.forms.get(item.name, 0) + item.count
        node.stripped[item.name] = form.stripped
        if item.country:
            node.countries[item.country] = node.countries.get(item.country, 0) + item.count
        if item.organization:
            node.orgs[item.organization] = node.orgs.get(item.organization, 0) + item.count
    parent = _join_short_names(nodes)

    def root(key: tuple[str, ...]) -> tuple[str, ...]:
        while key in parent:
            key = parent[key]
        return key

    members: dict[tuple[str, ...], list[_Node]] = defaultdict(list)
    for key, node in nodes.items():
        members[root(key)].append(node)
    entities = [_entity(group) for group in members.values()]
    entities.sort(key=lambda e: (-e.count, e.name.casefold(), e.name))
    return entities


def _within(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether ``short`` is a shorter form of ``full``: the same last word, and its words in
    ``full`` in order ("varga", "odile varga" within "odile marie varga")."""
    if len(short) >= len(full) or short[-1] != full[-1]:
        return False
    words = iter(full[:-1])
    return all(word in words for word in short[:-1])


def _join_short_names(nodes: Mapping[tuple[str, ...], _Node]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """For each person node that is a shorter form of longer person names (:func:`_within`),
    the single fullest of those it agrees with (none when two different full names qualify)."""
    by_last: dict[str, list[_Node]] = defaultdict(list)
    for node in nodes.values():
        if node.person:
            by_last[node.key[-1]].append(node)
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}
    for node in nodes.values():
        if not node.person:
            continue
        longer = [c for c in by_last[node.key[-1]] if _within(node.key, c.key) and _agree(node, c)]
        fullest = [c for c in longer if not any(_within(c.key, d.key) for d in longer)]
        if len(fullest) == 1:
            parent[node.key] = fullest[0].key
    return parent


def _entity(group: list[_Node]) -> Identity:
    if len(group) == 1 and len(group[0].forms) == 1 and group[0].canonical is None:  # most names: alone
        node = group[0]
        [(form, count)] = node.forms.items()
        return Identity(form, (), (form,), count, _most(node.countries), _most(node.orgs))
    forms: Counter[str] = Counter()
    stripped: dict[str, str] = {}
    countries: Counter[str] = Counter()
    orgs: Counter[str] = Counter()
    canonical = None
    for node in group:
        forms.update(node.forms)
        stripped.update(node.stripped)
        countries.update(node.countries)
        orgs.update(node.orgs)
        canonical = canonical or node.canonical
    if canonical is None:
        best = max(forms, key=lambda f: (len(fold(stripped[f]).split()), forms[f], stripped[f] == f,
                                         _capitalised(stripped[f]), [-ord(c) for c in f]))
        canonical = stripped[best]
    ordered = sorted(forms, key=lambda f: (f != canonical, -forms[f], f))
    return Identity(
        name=canonical,
        aliases=tuple(f for f in ordered if f != canonical),
        forms=tuple(ordered),
        count=sum(forms.values()),
        country=_most(countries),
        organization=_most(orgs),
    )


def _most(counts: Mapping[str, int]) -> str | None:
    return min(counts, key=lambda k: (-counts[k], k)) if counts else None


def grouped(names: Iterable[NameCount]) -> list[Identity]:
    """:func:`group_names` under the data tables' :func:`rules`, remembered for the last few
    sets of names: a store read again unchanged is not grouped again."""
    return list(_grouped(tuple(names)))


@lru_cache(maxsize=16)
def _grouped(names: tuple[NameCount, ...]) -> tuple[Identity, ...]:
    return tuple(group_names(names, rules=rules()))
