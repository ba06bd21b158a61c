"""The word lists the quote step reads: speech verbs, role nouns, source nouns.

The lists are data files under ``seismo/data`` (``speech_verbs.txt``, ``quote_roles.txt``,
``quote_headline_labels.txt``, and the phrasal verbs of saying of ``quote_phrasal_verbs.tsv``); this module reads them once per
process through :mod:`seismo.extract.lexicon` and derives the inflected forms of each verb, so matching does not depend on the
tagger getting the part of speech right ("comments Mikhelidze" is tagged as a noun by the small model).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from seismo.extract import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

#: the ``## class`` headers of ``speech_verbs.txt``
VERB_CLASSES = ("speech", "thought")
#: endings after which the -s form takes -es ("pushes", "fixes")
_SIBILANT = re.compile(r"(?:s|sh|ch|x|z)$")


def inflections(lemma: str) -> set[str]:
    """Regular English verb forms of ``lemma``: base, -s, -ed, -ing (with the usual spelling rules)."""
    forms = {lemma}
    if _SIBILANT.search(lemma):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms.update({lemma + "d", lemma[:-1] + "ing"})
    elif lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms.update({lemma[:-1] + "ied", lemma + "ing"})
    else:
        forms.update({lemma + "ed", lemma + "ing"})
    return forms


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """The cue words, lowercased.

    speech_forms: every form of a speech verb ("said", "comments", "warning").
    thought_forms: every form of a verb of thought ("believes", "feared").
    speech_lemmas / thought_lemmas: the base forms, for matching spaCy lemmas.
    roles: role nouns ("analyst", "minister").
    headline_labels: words before a headline colon that are labels, not sources ("Update").
    phrasal: phrasal verbs of saying, a cue only with their particle ("go on", "shoot back").
    """

    speech_forms: frozenset[str]
    thought_forms: frozenset[str]
    speech_lemmas: frozenset[str]
    thought_lemmas: frozenset[str]
    roles: frozenset[str]
    headline_labels: frozenset[str] = frozenset()
    #: phrasal verbs of saying as (lemma, particle): "went on", "shot back"
    phrasal: frozenset[tuple[str, str]] = frozenset()

    def is_speech(self, lower: str, lemma: str = "") -> bool:
        return lower in self.speech_forms or lemma in self.speech_lemmas

    def is_cue(self, lower: str, lemma: str = "") -> bool:
        """A speech or thought verb form."""
        return (
            lower in self.speech_forms
            or lower in self.thought_forms
            or lemma in self.speech_lemmas
            or lemma in self.thought_lemmas
        )


def parse_verbs(lines: list[str], *, origin: str = "speech_verbs.txt") -> dict[str, tuple[set[str], set[str]]]:
    """``{"speech"|"thought": (lemmas, forms)}`` from the lines of ``speech_verbs.txt``."""
    return _verbs(lexicon.parse("\n".join(lines), origin=origin, sections=VERB_CLASSES))


def _verbs(table: lexicon.Table) -> dict[str, tuple[set[str], set[str]]]:
    out: dict[str, tuple[set[str], set[str]]] = {kind: (set(), set()) for kind in VERB_CLASSES}
    for row in table:
        words = row[0].lower().split()
        lemmas, forms = out[row.section or VERB_CLASSES[0]]
        lemmas.add(words[0])
        forms.update(inflections(words[0]))
        forms.update(words[1:])
    return out


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The bundled cue lists (read once per process)."""
    verbs = _verbs(lexicon.read("speech_verbs.txt", columns=(1, 1), sections=VERB_CLASSES))

    def words(name: str) -> frozenset[str]:
        return frozenset(row[0].lower() for row in lexicon.read(name, columns=(1, 1)))

    return CueLexicon(
        speech_forms=frozenset(verbs["speech"][1]),
        thought_forms=frozenset(verbs["thought"][1]),
        speech_lemmas=frozenset(verbs["speech"][0]),
        thought_lemmas=frozenset(verbs["thought"][0]),
        roles=words("quote_roles.txt"),
        headline_labels=words("quote_headline_labels.txt"),
        phrasal=frozenset((row[0].lower(), row[1].lower()) for row in lexicon.read("quote_phrasal_verbs.tsv", columns=(2, 2))),
    )


def is_cue_token(token: "Token", *, cues: CueLexicon, loose: bool = False) -> bool:
    """A speech or thought verb; ``loose`` also accepts one the tagger took for a noun.
    "As X put it" is a cue too: "put" with the object "it" and the marker "as"; so is a phrasal
    verb of saying with its particle ("went on", ``cues.phrasal``)."""
    if as_put_it(token):
        return True
    if token.pos_ == "VERB" and any(
        c.i == token.i + 1 and c.dep_ in {"prt", "advmod", "prep"} and (token.lemma_.lower(), c.lower_) in cues.phrasal
        for c in token.children
    ):
        return True  # "“...,” she went on"
    if not cues.is_cue(token.lower_, token.lemma_.lower()):
        return False
    if token.pos_ in {"VERB", "AUX"}:
        return True
    return loose and token.pos_ in {"NOUN", "PROPN", "ADJ", "ADV"}


def as_put_it(token: "Token") -> bool:
    """"As X put it": "put" with the object "it" and the marker "as"."""
    doc = token.doc
    return (
        token.lemma_.lower() == "put"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ == "it"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    )
