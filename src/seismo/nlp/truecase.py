"""Case restored, by rule, for articles written all in lower case.

Some news archives keep their articles folded to lower case ("patna: the rjd legislature party
met here on sunday ..."). spaCy's small model finds almost no names in such text, so every actor
and place named only by a proper noun is lost.  :class:`Truecaser` gives the parser a copy of
the text with the case of names restored — the same characters but for their case, so every
offset still points into the article as written (``seismo.pipeline`` puts the written text back
into every record it returns).

What is capitalised, in a text :func:`is_lower_case` says is folded:

* the first letter of the text, of a line and of a sentence (after ``.``, ``!`` or ``?``), and ``i``;
* a phrase the gazetteer ruler knows ("new delhi" → "New Delhi", "india" → "India",
  "gujarat" → "Gujarat"), unless it is one word that English also uses as an adjective, a verb
  or an adverb, or a stop word ("nice", "reading", "may");
* a month or weekday name longer than three letters that is no verb or stop word ("sunday");
* a word English does not have: no form of it is in the model's WordNet lemma index and it is
  no stop word ("vajpayee" → "Vajpayee"); one of two to four letters with no vowel is read as
  an acronym and put in capitals ("rjd" → "RJD", "bjp" → "BJP").

Nothing is capitalised in a text with capitals of its own: the rules only guess where the
writer's case is gone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

#: a text is folded when fewer than this share of its words begin with a capital
FOLDED_SHARE = 0.02
#: and it has at least this many words (a short all-lower-case line says little)
MIN_WORDS = 30
#: the longest gazetteer phrase restored, in words
MAX_PHRASE = 4
#: word classes of the WordNet lemma index that make a one-word place name too risky to restore
RISKY_CLASSES = ("adj", "verb", "adv")
#: letters that make a short unknown word pronounceable, so no acronym ("lyn" stays a name)
VOWELS = frozenset("aeiouy")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’)\]]*\s+|\n\s*)[\"'“‘(\[]*([^\W\d_])")


def _upper(char: str) -> str:
    """``char`` in capitals when that is one character ("ß" stays: "SS" would move every offset)."""
    up = char.upper()
    return up if len(up) == 1 else char


def is_lower_case(text: str) -> bool:
    """Whether ``text`` looks folded to lower case (see the module docstring)."""
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return False
    capitals = sum(1 for w in words if w[0].isupper())
    return capitals / len(words) < FOLDED_SHARE


class Truecaser:
    """Restores the case of names in a folded text; built once from a loaded pipeline."""

    def __init__(self, *, phrases: Iterable[tuple[tuple[str, ...], str]], lemma_index: dict[str, Iterable[str]],
                 lemma_exc: dict[str, dict[str, Iterable[str]]], stop_words: Iterable[str],
                 names: Iterable[str] = (), enabled: bool = True) -> None:
        self.enabled = enabled
        self.words = {w for forms in lemma_index.values() for w in forms if w.isalpha()}
        self.risky = {w for cls in RISKY_CLASSES for w in lemma_index.get(cls, ())}
        self.irregular = {form for table in lemma_exc.values() for form in table}
        self.stop = {w.lower() for w in stop_words}
        self.phrases: dict[tuple[str, ...], str] = {}
        for tokens, _label in phrases:
            words = tuple(tokens)
            if not all(_WORD.fullmatch(t) for t in words) or len(words) > MAX_PHRASE:
                continue
            cased = " ".join(words)
            if cased == cased.lower() or len(cased) != len(cased.lower()):
                continue
            key = tuple(t.lower() for t in words)
            if len(key) == 1 and (key[0] in self.risky or key[0] in self.stop or self._inflected(key[0], self.risky)):
                continue
            self.phrases.setdefault(key, cased)
        for name in names:  # month and weekday names ("sunday" → "Sunday"; not "may", "march")
            word = name.lower()
            if word.isalpha() and len(word) > 3 and word not in self.risky and word not in self.stop:
                self.phrases.setdefault((word,), word.capitalize())

    @classmethod
    def from_pipeline(cls, nlp: "Language", *, names: Iterable[str] = ()) -> "Truecaser":
        from seismo.nlp.ruler import COMPONENT

        if "lemmatizer" not in nlp.pipe_names:  # a bare pipeline knows no English words: leave texts alone
            return cls(phrases=(), lemma_index={}, lemma_exc={}, stop_words=(), enabled=False)
        lookups = nlp.get_pipe("lemmatizer").lookups
        index, exc = lookups.get_table("lemma_index"), lookups.get_table("lemma_exc")
        phrases = nlp.get_pipe(COMPONENT).phrases.items() if COMPONENT in nlp.pipe_names else ()
        return cls(phrases=phrases, lemma_index={k: index[k] for k in ("noun", "verb", "adj", "adv")},
                   lemma_exc={k: exc[k] for k in ("noun", "verb", "adj", "adv") if k in exc},
                   stop_words=nlp.Defaults.stop_words, names=names)

    def __call__(self, text: str) -> str:
        """``text`` with the case of names restored when it is folded; otherwise ``text`` itself."""
        if not self.enabled or not is_lower_case(text):
            return text
        chars = list(text)
        words = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
        i = 0
        while i < len(words):
            n = self._phrase_at(text, words, i)
            if n:
                cased = self.phrases[tuple(w for _, _, w in words[i:i + n])]
                start, end = words[i][0], words[i + n - 1][1]
                chars[start:end] = cased
                i += n
                continue
            start, end, word = words[i]
            if word == "i":
                chars[start] = "I"
            elif self._unknown(word):
                if self._acronym(word):
                    chars[start:end] = [_upper(c) for c in text[start:end]]
                else:
                    chars[start] = _upper(chars[start])
            i += 1
        for m in _SENTENCE_START.finditer(text):
            chars[m.start(1)] = _upper(chars[m.start(1)])
        return "".join(chars)

    def _phrase_at(self, text: str, words: list[tuple[int, int, str]], i: int) -> int:
        """The length in words of the longest known phrase starting at word ``i`` (0: none);
        its words must be separated by single spaces."""
        for n in range(min(MAX_PHRASE, len(words) - i), 0, -1):
            span = words[i:i + n]
            if any(text[a[1]:b[0]] != " " for a, b in zip(span, span[1:])):
                continue
            if tuple(w for _, _, w in span) in self.phrases:
                return n
        return 0

    def _unknown(self, word: str) -> bool:
        if len(word) < 3 or word in self.stop or word in self.irregular or "'" in word or "’" in word:
            return False
        return not self._inflected(word, self.words)

    @staticmethod
    def _inflected(word: str, known: set[str]) -> bool:
        """Whether ``word`` or a regular stem of it (plural, past, participle, comparative,
        adverb) is in ``known``."""
        if word in known:
            return True
        stems = []
        for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"),
                             ("ing", ""), ("ing", "e"), ("ier", "y"), ("iest", "y"), ("er", ""), ("er", "e"),
                             ("est", ""), ("est", "e"), ("ily", "y"), ("ly", ""), ("ally", "")):
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                stem = word[: len(word) - len(suffix)] + repl
                stems.append(stem)
                if len(stem) > 2 and stem[-1] == stem[-2] and not repl:
                    stems.append(stem[:-1])  # "stopped" → "stop"
        return any(s in known for s in stems)

    @staticmethod
    def _acronym(word: str) -> bool:
        return 2 <= len(word) <= 4 and not any(c in VOWELS for c in word)
