"""A phrase-matching entity ruler that runs after spaCy's NER and corrects it.

spaCy's own ``entity_ruler`` runs every earlier pipe over each phrase pattern; with tens of
thousands of gazetteer names that is slow, so this component tokenises patterns with the
tokenizer alone and caches the phrase index on disk.  Matching is a dictionary look-up of
token texts (what spaCy's ``PhraseMatcher(attr="ORTH")`` matches), indexed by first word:
building spaCy's matcher meant a ``Doc`` per pattern and a new lexeme per word, half of the
pipeline's load time in every process (each Dask worker, each CLI start).

Ties: a phrase listed under two labels keeps the label that sorts first (GPE before LOC),
as the ``PhraseMatcher`` did.

Merge rule: a ruler match replaces every model entity it overlaps, unless a model entity
strictly contains it (the model's "Almaty City Hall" FAC stays; places looks inside it) with
more than a possessive ending (the model's "Sri Lanka's" gives way to "Sri Lanka").
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seismo.config import read_cache

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Span

COMPONENT = "seismo_gazetteer_ruler"


Index = tuple[dict[tuple[str, ...], str], dict[str, tuple[int, ...]]]


def _index(nlp: "Language", patterns: list[dict[str, Any]], cache_dir: Path | None) -> Index:
    """The phrases (token texts → label; a phrase under two labels keeps the one that sorts
    first) and, per first token, the phrase lengths; cached in ``cache_dir`` under a hash of the
    patterns and of the tokenizer's special cases (which cut the phrases into tokens), so a process
    that loads the pipeline again only unpickles them."""
    texts = sorted({(p["label"], p["pattern"]) for p in patterns})
    special = sorted(getattr(nlp.tokenizer, "rules", None) or {})
    key = hashlib.sha256(json.dumps([texts, special]).encode("utf-8")).hexdigest()[:16]
    path = cache_dir / f"ruler-{key}.pickle" if cache_dir else None
    if path and path.exists():
        try:
            phrases, lengths = read_cache(path)
            if isinstance(phrases, dict) and isinstance(lengths, dict):
                return phrases, lengths
        except Exception:  # noqa: BLE001 - a broken cache is rebuilt below
            pass
    phrases: dict[tuple[str, ...], str] = {}
    sizes: dict[str, set[int]] = {}
    for (label, _), doc in zip(texts, nlp.tokenizer.pipe(t for _, t in texts)):  # sorted by label
        words = tuple(t.text for t in doc)
        if words:
            phrases.setdefault(words, label)
            sizes.setdefault(words[0], set()).add(len(words))
    index = phrases, {first: tuple(sorted(n)) for first, n in sizes.items()}
    if path:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")  # two processes may build it at once
            with tmp.open("wb") as fh:
                pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError:
            pass  # caching is an optimisation; a read-only disk still works
    return index


class GazetteerRuler:
    """Marks phrase matches as entities (label from the pattern), longest match first."""

    def __init__(self, nlp: "Language") -> None:
        self.nlp = nlp
        self.phrases: dict[tuple[str, ...], str] = {}  # token texts → label
        self.lengths: dict[str, tuple[int, ...]] = {}  # first token text → phrase lengths
        #: lower-case words of time that may follow a place inside a model's date ("Kyiv *overnight*")
        self.time_after: frozenset[str] = frozenset()

    def set_patterns(self, patterns: list[dict[str, Any]], *, cache_dir: Path | None = None) -> None:
        phrases, lengths = _index(self.nlp, patterns, cache_dir)
        if not self.phrases:
            self.phrases, self.lengths = dict(phrases), dict(lengths)
            return
        for words, label in phrases.items():
            self.phrases.setdefault(words, label)
        for first, sizes in lengths.items():
            self.lengths[first] = tuple(sorted(set(sizes) | set(self.lengths.get(first, ()))))

    def matches(self, doc: "Doc") -> list[tuple[str, int, int]]:
        """Every phrase in ``doc``: (label, start, end) token offsets, overlaps included."""
        words = [t.text for t in doc]
        out = []
        for i, word in enumerate(words):
            for n in self.lengths.get(word, ()):
                label = self.phrases.get(tuple(words[i:i + n])) if i + n <= len(words) else None
                if label is not None:
                    out.append((label, i, i + n))
        return out

    def __call__(self, doc: "Doc") -> "Doc":
        from spacy.tokens import Span
        from spacy.util import filter_spans

        found = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matches(doc)])
        if not found:
            return doc
        kept = []
        for ent in doc.ents:
            inside = [m for m in found if m.start < ent.end and ent.start < m.end]
            if not inside:
                kept.append(ent)
            elif all(ent.start <= m.start and m.end <= ent.end and len(ent) > len(m) for m in inside) and not _clitic_only(
                    ent, inside) and not _place_then_time(ent, inside, self.time_after):
                kept.append(ent)
                found = [m for m in found if m not in inside]
        doc.ents = sorted(kept + found, key=lambda s: s.start)
        return doc


def _place_then_time(ent: "Span", inside: "list[Span]", time_after: frozenset[str]) -> bool:
    """Whether the model's date or time ``ent`` is a place the ruler knows and a word of time after
    it, all in lower case ("Kyiv overnight", "Gaza today"): the place is a place, the time its own."""
    covered = {i for m in inside for i in range(m.start, m.end)}
    rest = [t for t in ent if t.i not in covered]
    return (ent.label_ in ("DATE", "TIME") and ent.start in covered and bool(rest)
            and all(t.lower_ in time_after and t.text.islower() for t in rest))


def _clitic_only(ent: "Span", inside: "list[Span]") -> bool:
    """Whether ``ent`` holds nothing beyond the matches ``inside`` but a possessive ending: the
    model's "Sri Lanka's" (PERSON) is no name containing the gazetteer's "Sri Lanka"."""
    covered = {i for m in inside for i in range(m.start, m.end)}
    return all(t.i in covered or t.tag_ == "POS" or t.lower_ in _POSSESSIVE for t in ent)


#: a possessive ending as the tokenizer splits it off
_POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT)(lambda nlp, name: GazetteerRuler(nlp))


def add_gazetteer_ruler(nlp: "Language", patterns: Iterable[dict[str, Any]], *, cache_dir: Path | None = None,
                        time_after: Iterable[str] = ()) -> GazetteerRuler:
    """Add the ruler after ``ner``.  ``patterns``: ``{"label": "GPE", "pattern": "Almaty"}``;
    ``time_after``: words of time a model's date may join to a place before them (:func:`_place_then_time`)."""
    _register()
    ruler = nlp.add_pipe(COMPONENT, after="ner")
    ruler.set_patterns(list(patterns), cache_dir=cache_dir)
    ruler.time_after = frozenset(time_after)
    return ruler
