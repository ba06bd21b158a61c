"""What an article is about, as weighted keys: the sketch the story linker compares.

    sketch(result) -> Sketch        names, places, words and day of one article
    vector(sketch, idf) -> Vector   its keys weighted by tf x idf, L2-normalised, top keys only

Keys are short strings with a one-letter kind: ``n:`` a person named in full (``n:ketron
nathan``), ``g:`` a city-level place by GeoNames id (``g:4671654``), ``w:`` a content word
(lower case, 3+ letters, not an English stop word; or a number joined to a word, ``17-year-old``).
Names and places weigh more than words (:data:`BOOST`): two reports of one happening share its
people and its town, two reports of different shootings share the vocabulary of shootings.

Two kinds describe the article's political reports (scope ``political``, asserted): ``c:`` the
country they happen in (ISO3, ``c:KAZ``) and ``a:`` a named actor or recipient
(``a:kassym-jomart tokayev``).  They are always kept in the vector and looked up: a storyline
(:mod:`seismo.link.stories`) joins the articles of one country's unrest, day after day.

One kind tells the toll of the article's primary event (the event it is mainly about, given by
the linker): ``t:`` a kind of count and its figure (``t:killed=1``, ``t:injured=6``), the
article's largest written figure of that kind (one read off a victim named with no number,
"[a man] was shot", only when none is written).  Two reports of one shooting mostly give one
toll, two shootings of one town mostly two: the pair model reads whether the tolls agree.  Toll
keys weigh almost nothing (:data:`BOOST`), are always kept in the vector and never looked up.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from operator import itemgetter

from seismo.model import Event, Result

#: weight multiplier by key kind
BOOST = {"n": 3.0, "g": 2.0, "w": 1.0, "a": 2.0, "c": 1.0, "t": 0.01}
#: key kinds every vector keeps and every article is looked up by, however light
ALWAYS = ("c", "a")
#: key kinds every vector keeps, however light, but no article is looked up by
KEPT = ("c", "a", "t")
#: the kinds of count a toll key tells
TOLL_KINDS = ("killed", "injured")
#: keys kept in an article's vector (the heaviest ones)
TOP_KEYS = 60
#: keys an article is indexed under / looks candidates up by (the heaviest ones)
LOOKUP_KEYS = 15

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d[\d,]*(?:-[A-Za-z]+)+")
_NAME_PART = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
#: name words that do not tell two people apart
_NAME_NOISE = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "mr", "mrs", "ms", "dr"})

Vector = Mapping[str, float]
_first, _second = itemgetter(0), itemgetter(1)


def _stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from their module file without importing spaCy (1.5 s
    of start-up in a process that only links, such as the writer of a Dask ingest)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("spacy")  # finds the package without running it
    path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py" if spec and spec.origin else None
    if path is None or not path.is_file():  # pragma: no cover - an unusual spaCy install
        from spacy.lang.en.stop_words import STOP_WORDS

        return frozenset(STOP_WORDS)
    source = importlib.util.spec_from_file_location("_seismo_stop_words", path)
    assert source is not None and source.loader is not None
    module = importlib.util.module_from_spec(source)
    source.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


_STOP: frozenset[str] | None = None
#: each word as written -> its ``w:`` key (None: not a key word), worked out once per process;
#: emptied when it holds more than WORD_KEYS_KEPT words
_WORD_KEYS: dict[str, str | None] = {}
WORD_KEYS_KEPT = 200_000


def stop_words() -> frozenset[str]:
    global _STOP
    if _STOP is None:
        _STOP = _stop_words()
    return _STOP


_NOT_PERSON: frozenset[str] | None = None


def not_person_heads() -> frozenset[str]:
    """Last words that make a name a body, not a person (lower case), from the data tables: the
    head nouns of organisation names (``name_parts.tsv``, kind ``org_head``: "Ryder Center") and
    places where the hurt are cared for (``word_classes.tsv``, class ``care_noun``: "Stroger
    Hospital").  A named entity tagger often takes such a name for a person's, and one hospital
    named in every shooting of a city would tie them all together.  (Street words are not among
    them: "Park" and "Lane" are surnames too.)"""
    global _NOT_PERSON
    if _NOT_PERSON is None:
        from seismo.extract.lexicon import word_class
        from seismo.resolve.actor_lexicon import _data_lines

        heads = {f[0].casefold() for _, f in _data_lines("name_parts.tsv") if len(f) > 1 and f[1] == "org_head"}
        _NOT_PERSON = frozenset(heads | {w.casefold() for w in word_class("care_noun")})
    return _NOT_PERSON


def name_key(text: str) -> str | None:
    """``n:first last`` for a person named with two or more words, else None: the first and the
    last word only, so that one person named with and without a middle name or initial ("Kevin
    Michael Smith", "Kevin M. Smith", "Kevin Smith") has one key."""
    parts = [p.strip(".'’").lower() for p in _NAME_PART.findall(text.replace("’s", "").replace("'s", ""))]
    parts = [p for p in parts if p and p not in _NAME_NOISE]
    if len(parts) < 2 or parts[-1] in not_person_heads():
        return None
    return f"n:{parts[0]} {parts[-1]}"


@dataclass(frozen=True, slots=True)
class Sketch:
    """One article reduced to counted keys.

    article_id: the article; day: its publication date (None when undated);
    keys: how often each key occurs (names and places once per mention, words per token).
    """

    article_id: str
    day: dt.date | None
    keys: Mapping[str, int]

    def names(self) -> frozenset[str]:
        return frozenset(k for k in self.keys if k.startswith("n:"))

    def places(self) -> frozenset[str]:
        return frozenset(k for k in self.keys if k.startswith("g:"))

    def of(self, kind: str) -> frozenset[str]:
        """The keys of one kind (``"c"``, ``"a"``, ...)."""
        return frozenset(k for k in self.keys if k[0] == kind)


def toll_keys(event: Event) -> list[str]:
    """The ``t:`` keys of an event's toll: per kind of :data:`TOLL_KINDS`, the largest figure its
    counts write ("four", "at least 3"), else the largest of those read off a victim with no number."""
    from seismo.extract.numbers.quantity import parse_quantity

    out = []
    for kind in TOLL_KINDS:
        counts = [(v, parse_quantity(c.text) is not None) for c in event.counts
                  if c.kind == kind and (v := c.best if c.best is not None else c.low) is not None]
        written = [v for v, w in counts if w]
        values = written or [v for v, _ in counts]
        if values:
            out.append(f"t:{kind}={max(values)}")
    return out


def sketch(result: Result, *, primary: Event | None = None) -> Sketch:
    """The keys of one extracted article (title and text; PERSON entities; city-level literal
    places; the toll of its ``primary`` event, when given)."""
    article = result.article
    stop = stop_words()
    keys: Counter[str] = Counter()
    text = f"{article.title or ''}\n{article.text}"
    known = _WORD_KEYS
    if len(known) > WORD_KEYS_KEPT:
        known.clear()
    for word, n in Counter(_WORD.findall(text)).items():  # each distinct word once
        k = known.get(word, "")
        if k == "":
            w = word.lower().replace("’", "'")
            k = known[word] = "w:" + w if len(w) >= 3 and w not in stop and not w.endswith("'s") else None
        if k is not None:
            keys[k] += n
    for e in result.entities:
        if e.label == "PERSON" and (k := name_key(e.text)):
            keys[k] += 1
    for p in result.places:
        if p.kind == "city" and p.geonameid is not None and p.role == "literal":
            keys[f"g:{p.geonameid}"] += 1
    for e in result.events:
        if e.scope != "political" or e.modality != "asserted":
            continue
        if e.location is not None and e.location.place.country:
            keys["c:" + e.location.place.country] += 1
        for actor in (e.actor, e.recipient):
            if actor is not None and actor.name:
                keys["a:" + actor.name.lower()] += 1
    if primary is not None:
        for k in toll_keys(primary):
            keys[k] = 1
    return Sketch(article_id=article.id, day=article.date, keys=keys)


def _heaviest_first(weights: Vector) -> list[tuple[str, float]]:
    """The ``(key, weight)`` items, heaviest first and by key on a tie: sorted by key, then (a
    stable sort) by weight, highest first, with no key tuple built per item."""
    return sorted(sorted(weights.items(), key=_first), key=_second, reverse=True)


def vector(s: Sketch, idf: Callable[[str], float], *, top: int = TOP_KEYS) -> dict[str, float]:
    """tf-idf weights of the sketch's keys (``1 + log tf`` times ``idf(key)`` times :data:`BOOST`),
    L2-normalised over the ``top`` heaviest keys."""
    raw = {k: (1.0 + math.log(n)) * idf(k) * BOOST[k[0]] for k, n in s.keys.items()}
    ranked = _heaviest_first(raw)
    kept = ranked[:top] + [kv for kv in ranked[top:] if kv[0][0] in KEPT]
    norm = math.sqrt(sum(v * v for _, v in kept)) or 1.0
    return {k: v / norm for k, v in kept}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(k, 0.0) for k, v in a.items())


def lookup_keys(v: Vector, *, n: int = LOOKUP_KEYS) -> list[str]:
    """The ``n`` heaviest keys of a vector and every key of an :data:`ALWAYS` kind, never a toll
    key: what an article is indexed under and looks up by."""
    ranked = [k for k, _ in _heaviest_first(v) if k[0] != "t"]
    return ranked[:n] + [k for k in ranked[n:] if k[0] in ALWAYS]
