"""The model's lemmatizer run once per distinct word reading instead of once per token.

spaCy's rule lemmatizer visits every token through a ``Token`` object and a Python call, and
sets its lemma through the string store: about a tenth of the whole parse.  Its answer for a
token depends only on the token's text, part of speech and morphology (the key of its own
cache; the lookup mode reads the text alone), so :func:`use_lemma_memo` lets it answer each
``(text, part of speech, morphology)`` once per process: the token attributes are read with
``doc.to_array``, a reading met before takes its remembered lemma, a new one asks the
lemmatizer as before (through the same ``lemmatize`` method), and the lemmas are written back
with ``doc.from_array``.  The lemmas are the same, token for token; a lemma already set (by the
attribute ruler's corrections, :func:`seismo.nlp.fix_lemmas`) is kept unless the lemmatizer
overwrites, as spaCy's does.

    use_lemma_memo(nlp)  -> True when the lemmatizer now answers from its memo
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["MEMO_SIZE", "use_lemma_memo"]

#: the modes whose lemma is a function of (text, part of speech, morphology) alone
MODES = frozenset({"rule", "lookup"})
#: distinct readings remembered before the memo is emptied (a long run meets many words)
MEMO_SIZE = 200_000


def _memo_call(base: type) -> Any:
    """The ``__call__`` of the memo class on ``base``: the same lemmas, each reading lemmatized once."""

    def __call__(self: Any, doc: "Doc") -> "Doc":
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if not getattr(self, "_validated", True) or not len(doc):
            return base.__call__(self, doc)  # the first call checks the tables, as spaCy's does
        memo: dict[tuple[int, int, int], int] = self._seismo_memo
        if len(memo) >= MEMO_SIZE:
            memo.clear()
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        strings = doc.vocab.strings
        overwrite = self.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    return __call__


@lru_cache(maxsize=None)
def _memo_class(base: type) -> type:
    """``base`` with the memo's ``__call__``, named ``Memo<base>`` in this module (so that it pickles:
    :func:`__getattr__` makes it again in a process that has not)."""
    cls = type(f"Memo{base.__name__}", (base,), {"__call__": _memo_call(base), "__module__": __name__,
                                                  "seismo_memo": True})
    cls.__qualname__ = cls.__name__
    globals()[cls.__name__] = cls
    return cls


def __getattr__(name: str) -> type:
    """The memo class ``name`` on a lemmatizer class already imported (one unpickled in a fresh process)."""
    if name.startswith("Memo"):
        from spacy.pipeline import Lemmatizer

        todo: list[type] = [Lemmatizer]
        while todo:
            cls = todo.pop()
            if cls.__name__ == name[len("Memo"):]:
                return _memo_class(cls)
            todo.extend(cls.__subclasses__())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class IndexedList(list):  # type: ignore[type-arg]
    """A list of words whose membership test is a set look-up: the rule lemmatizer asks whether
    each candidate form is in its index of known words, which the model stores as a list of
    tens of thousands (a scan per test).  Still a list (its items, order and serialisation are
    the model's); it must not be changed after it is made."""

    def __init__(self, items: Any = ()) -> None:
        super().__init__(items)
        self._members = frozenset(self)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def index_lemma_tables(lemmatizer: Any) -> None:
    """Make each part of speech's list in the lemmatizer's ``lemma_index`` table an
    :class:`IndexedList` (the same words; membership by look-up)."""
    if "lemma_index" not in lemmatizer.lookups:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, IndexedList):
            table[key] = IndexedList(words)


def use_lemma_memo(nlp: "Language", *, name: str = "lemmatizer") -> bool:
    """Let the ``name`` component of ``nlp`` (a spaCy ``Lemmatizer`` in rule or lookup mode)
    answer each distinct reading once, and look its known words up in a set
    (:func:`index_lemma_tables`); False, and the component left as it is, otherwise."""
    from spacy.pipeline import Lemmatizer

    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode not in MODES:
        return False
    if not getattr(type(lemmatizer), "seismo_memo", False):  # not twice
        lemmatizer.__class__ = _memo_class(type(lemmatizer))
        lemmatizer._seismo_memo = {}
    index_lemma_tables(lemmatizer)
    return True
