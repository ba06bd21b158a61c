"""The word lists the quote step reads: speech verbs, role nouns, source nouns.

The lists are data files under ``seismo/data`` (``speech_verbs.txt``, ``quote_roles.txt``,
``quote_headline_labels.txt``); this module reads them once per
process and derives the inflected forms of each verb, so matching does not depend on the
tagger getting the part of speech right ("comments Mikhelidze" is tagged as a noun by the small model).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from typing import TYPE_CHECKING

from seismo.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

DATA_PACKAGE = "seismo.data"


def _lines(name: str) -> list[str]:
    try:
        raw = resources.files(DATA_PACKAGE).joinpath(name).read_text("utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ModelError(
            f"the quote cue list {name!r} is missing from {DATA_PACKAGE}; reinstall seismo "
            "(pip install -e .) so its data files are present"
        ) from exc
    return [line.strip() for line in raw.splitlines()]


def inflections(lemma: str) -> set[str]:
    """Regular English verb forms of ``lemma``: base, -s, -ed, -ing (with the usual spelling rules)."""
    forms = {lemma}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
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
    """

    speech_forms: frozenset[str]
    thought_forms: frozenset[str]
    speech_lemmas: frozenset[str]
    thought_lemmas: frozenset[str]
    roles: frozenset[str]
    headline_labels: frozenset[str] = frozenset()

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


def parse_verbs(lines: list[str]) -> dict[str, tuple[set[str], set[str]]]:
    """``{"speech"|"thought": (lemmas, forms)}`` from the lines of ``speech_verbs.txt``."""
    out: dict[str, tuple[set[str], set[str]]] = {"speech": (set(), set()), "thought": (set(), set())}
    kind = "speech"
    for line in lines:
        if line.startswith("##"):
            kind = line.lstrip("#").strip()
            if kind not in out:
                raise ModelError(
                    f"speech_verbs.txt: unknown class header {line!r}; use '## speech' or '## thought'"
                )
            continue
        if not line or line.startswith("#"):
            continue
        words = line.lower().split()
        lemmas, forms = out[kind]
        lemmas.add(words[0])
        forms.update(inflections(words[0]))
        forms.update(words[1:])
    return out


@lru_cache(maxsize=1)
def load_cues() -> CueLexicon:
    """The bundled cue lists (read once per process)."""
    verbs = parse_verbs(_lines("speech_verbs.txt"))

    def words(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in _lines(name) if w and not w.startswith("#"))

    return CueLexicon(
        speech_forms=frozenset(verbs["speech"][1]),
        thought_forms=frozenset(verbs["thought"][1]),
        speech_lemmas=frozenset(verbs["speech"][0]),
        thought_lemmas=frozenset(verbs["thought"][0]),
        roles=words("quote_roles.txt"),
        headline_labels=words("quote_headline_labels.txt"),
    )


#: prepositions that name whose words a noun stands for ("the account of / by / from X")
OWNER_PREPS = frozenset({"of", "by", "from"})


def words_owner(noun: "Token", *, preps: frozenset[str] = OWNER_PREPS) -> "Token | None":
    """The owner X in "according to the N of X", for any N that is not itself a person.

    "according to the account / version / figures / narration of the authorities" cites the
    authorities, whatever the noun; but "according to the spokesman of the ministry" cites the
    spokesman, so N must not be a role noun (``quote_roles.txt``), a proper noun or a person's name.
    Returns None when ``noun`` has no such owner.
    """
    roles = load_cues().roles
    if noun.pos_ != "NOUN" or noun.ent_type_ == "PERSON" or noun.lower_ in roles or noun.lemma_.lower() in roles:
        return None
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    return None
