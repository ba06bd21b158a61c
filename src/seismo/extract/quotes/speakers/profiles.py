"""Profiles: what an article says about each named person, titles and roles included.

A *profile* is what the article says about a named person anywhere: the apposition after the
name ("Togzhan Kassenova, a Kazakh analyst at the Center for Policy Research ...") or the title
before it ("Belarusian leader Aleksandr Lukashenko"), split into a role and an organisation
(:func:`split_role`: "vice president" / "Defense Commission of the Duma"), and the sex a title or
a role noun shows ("Ms.", "spokesman").  Profiles are gathered over the whole article
(:func:`build_profiles`) and looked up by full name or surname, so a later bare "Mikhelidze"
carries them.

The prepositions that split a role from an organisation and the other function words read here
are word classes of ``data/word_classes.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.quotes.cues import CueLexicon, load_cues
from seismo.extract.quotes.speakers.mentions import (
    MISLABELS, NAME_LABELS, has_role_apposition, has_who_clause, is_mark, named_in_apposition, strip_possessive,
)
from seismo.nlp import doc_ents, doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span


@dataclass(slots=True)
class Profile:
    """What the article says about one named speaker (filled in as it is read)."""

    name: str
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    sector: str | None = None
    #: "female" or "male" where the article shows it by a title or a role noun ("Ms.",
    #: "spokesman") or the person's given name does ("Laura"), else None
    gender: str | None = None


def gender_of(words: str) -> str | None:
    """The gender the words show ("Ms. Ruiz", "spokesman", "she": ``lexicon.sex_of``), else None."""
    shown = {lexicon.sex_of(w) for w in words.split()} - {None}
    return shown.pop() if len(shown) == 1 else None


def name_gender(name: str) -> str | None:
    """The sex a person's first given name conventionally shows ("Laura Kemp": female;
    ``lexicon.given_name_sex``), else None; a title or a role noun, where the article gives one,
    tells it first."""
    given = _given_names(name.split())
    return lexicon.given_name_sex(given[0]) if given else None


def agrees(profile: Profile, words: str) -> bool:
    """Whether a pronoun or description may stand for ``profile``: no gender known on a side, or the same."""
    gender = gender_of(words)
    return gender is None or profile.gender is None or profile.gender == gender


@dataclass(slots=True)
class ProfileBook:
    """Profiles of the named people in one article, found by full name or by surname.

    People who share a surname stay apart: two full names with different first names ("Bill
    Clinton", "Hillary Clinton") are two profiles, and a bare surname after a title that shows a
    sex ("Mr. Clinton") is the one of that sex, where the article shows it ("Mrs. Clinton")."""

    by_key: dict[str, Profile] = field(default_factory=dict)
    #: the profiles of each surname, in the order the article names them
    by_surname: dict[str, list[Profile]] = field(default_factory=dict)

    @staticmethod
    def keys(name: str) -> list[str]:
        words = [w for w in re.split(r"\s+", name.strip()) if w]
        if not words:
            return []
        return [" ".join(words).lower(), words[-1].lower()]

    def lookup(self, name: str, *, gender: str | None = None) -> Profile | None:
        """The profile ``name`` stands for: its full name's, else the one of its surname whose first
        name and sex (``gender``, shown by a title) do not tell them apart, the first named first."""
        words = [w for w in re.split(r"\s+", name.strip()) if w]
        if not words:
            return None
        full = " ".join(words).lower()
        if len(words) > 1 and full in self.by_key:
            return self.by_key[full]
        found = [p for p in self.by_surname.get(words[-1].lower(), []) if _same_first_name(p.name, words)]
        if gender is not None:
            found = sorted((p for p in found if p.gender in {gender, None}), key=lambda p: p.gender != gender)
        return found[0] if found else None

    def learn(self, name: str, *, role: str | None = None, organization: str | None = None,
              gender: str | None = None) -> Profile:
        """Record ``name`` (the longest form wins) and fill any profile field still empty."""
        profile = self.lookup(name, gender=gender)
        if profile is None:
            profile = Profile(name=name)
            self.by_surname.setdefault(name.split()[-1].lower(), []).append(profile)
        elif len(name) > len(profile.name):
            profile.name = name
        if role and not profile.role:
            profile.role = role
        if organization and not profile.organization:
            profile.organization = organization
        if gender and not profile.gender:
            profile.gender = gender
        if len(name.split()) > 1:
            self.by_key.setdefault(" ".join(name.split()).lower(), profile)
        return profile


def _same_first_name(known: str, words: list[str]) -> bool:
    """Whether a profile's name and ``words`` may name one person: one of them gives no first
    name (a bare surname, or a title and a surname: "Gov. Ruiz"), or a first name of one is the
    other's or its initial ("Donald J. Trump", "Donald Trump"; "J. Smith", "John Smith")."""
    have, want = _given_names(known.split()), _given_names(words)
    if not have or not want:
        return True
    return any(a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))
               for a in have for b in want)


def _given_names(words: list[str]) -> list[str]:
    """The words before the surname that are no title, lower-cased: not a role noun ("Governor"),
    a word of sex ("Mrs."), an abbreviation of two letters or more ("Sen.", "Lt."), nor a word in
    small letters ("former")."""
    roles = load_cues().roles
    out = []
    for word in words[:-1]:
        bare = word.lower().rstrip(".")
        if not bare or not word[:1].isupper() or (word.endswith(".") and len(bare) > 1):
            continue
        if bare not in roles and lexicon.sex_of(bare) is None and lexicon.sex_of(bare + ".") is None:
            out.append(bare)
    return out


def split_role(text: str) -> tuple[str | None, str | None]:
    """``"a Kazakh analyst at the Center for X"`` → ``("Kazakh analyst", "Center for X")``.

    Splits at the first `` at ``/`` with ``/`` for ``/`` from `` whose right side starts with a
    capitalised word, or at `` of `` when every content word on the right is capitalised.
    """
    text = " ".join(text.split()).strip(" ,;:")
    if not text:
        return None, None
    for word in (f" {prep} " for prep in lexicon.words("org_prep")):  # strongest first
        idx = text.find(word)
        while idx > 0:
            left, right = text[:idx], text[idx + len(word) :]
            bare = strip_det(right)
            if bare[:1].isupper() and (word != " of " or _all_capitalised(bare)):
                return strip_det(left) or None, bare or None
            idx = text.find(word, idx + 1)
    return strip_det(text) or None, None


def strip_det(text: str) -> str:
    """The words less any leading article or demonstrative ("the Kazakh analyst" → "Kazakh analyst")."""
    words = text.split()
    while words and words[0].lower() in lexicon.word_class("determiner"):
        words = words[1:]
    return " ".join(words)


def _all_capitalised(text: str) -> bool:
    small = lexicon.word_class("name_particle")  # "Center for Policy Research", "Banque de France"
    words = [w for w in text.split() if w.lower() not in small]
    return bool(words) and all(w[:1].isupper() for w in words)


def apposition(ent: "Span", *, cues: CueLexicon) -> str | None:
    """The apposition right after a name: ``NAME, <apposition>,`` (or up to the sentence end)."""
    doc = ent.doc
    k = ent.end
    if k >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    if k >= len(doc):
        return None
    first = doc[k]
    if first.lower_ in lexicon.word_class("apposition_stop") or first.pos_ in {
        "VERB",
        "AUX",
    }:
        return None
    if cues.is_cue(first.lower_) or first.is_punct or first.ent_type_ in NAME_LABELS:
        return None
    end = k
    has_noun = False
    while end < len(doc) and end - k < 30:
        t = doc[end]
        if t.text in {",", ";", ".", "(", ")", "—", "–", ":", "!", "?"} or (is_mark(t) and t.text != "-"):
            break
        if t.is_space and "\n" in t.text:
            break
        if t.pos_ in {"VERB", "AUX"} and t.tag_ not in {"VBN", "VBG"}:
            return None
        if t.pos_ in {"NOUN", "PROPN"}:
            has_noun = True
        end += 1
    if not has_noun or end == k:
        return None
    determiners = lexicon.word_class("determiner")
    words = [t for t in doc[k:end] if t.lower_ not in determiners]
    if not any(t.lower_ in cues.roles for t in words[:6]):
        return None
    return doc[k:end].text


def title_before(ent: "Span", *, cues: CueLexicon) -> str | None:
    """A title right before a name: "Belarusian leader Aleksandr Lukashenko" → "Belarusian leader"."""
    doc = ent.doc
    k = ent.start - 1
    if k < 0 or doc[k].lower_ not in cues.roles:
        return None
    first = k
    while first - 1 >= 0 and ent.start - first < 5:
        t = doc[first - 1]
        if t.pos_ in {"NOUN", "PROPN", "ADJ"} and t.ent_type_ not in NAME_LABELS and not t.is_punct:
            first -= 1
        else:
            break
    return doc[first : ent.start].text


def abbreviated_title(ent: "Span") -> str | None:
    """The title a name's abbreviated titles stand for, written as a title ("Gov. Ana Ruiz" ->
    "Governor", "Maj. Gen. Curtis Ward" -> "Major General": :func:`lexicon.titles_written_short`),
    so that "the governor" can find her; the abbreviations right before the name or leading the
    entity; None when there are none."""
    doc, short = ent.doc, lexicon.titles_written_short()  # "" where a word stands for no title ("Mr")
    first = ent.start
    while first > 0 and ent.start - first < 3 and short.get(doc[first - 1].lower_.rstrip(".")):
        first -= 1
    last = ent.start
    while last < ent.end - 1 and short.get(doc[last].lower_.rstrip(".")):
        last += 1
    words = [short[t.lower_.rstrip(".")] for t in doc[first:last]]
    return " ".join(w.title() for w in words) or None


def name_of(ent: "Span", cues: CueLexicon) -> str:
    """A person entity's name without a leading title the model put inside it ("President Putin",
    "Maj. Ana Ruiz": :func:`lexicon.titles_written_short`)."""
    determiners, short = lexicon.word_class("determiner"), lexicon.titles_written_short()
    words = [t for t in ent if not (t.lower_ in cues.roles or t.lower_ in determiners or t.lower_.rstrip(".") in short)]
    if not words:
        return strip_possessive(ent.text)
    return strip_possessive(ent.doc[words[0].i : words[-1].i + 1].text)


def _unlabelled_names(doc: "Doc") -> list["Span"]:
    """Runs of two or more capitalised proper nouns the model gave no entity label to."""
    from spacy.attrs import ENT_TYPE, IDX, POS
    from spacy.symbols import PROPN

    if len(doc) == 0:
        return []
    rows = doc.to_array([POS, ENT_TYPE, IDX]).tolist()
    text = doc_text(doc)
    out = []
    start = None
    for i, (pos, ent, idx) in enumerate([*rows, (0, 1, 0)]):
        if pos == PROPN and ent == 0 and text[idx].isupper():
            start = i if start is None else start
            continue
        if start is not None and i - start >= 2:
            out.append(doc[start:i])
        start = None
    return out


def _title_word(ent: "Span") -> str:
    """The word right before a name when it can be its title ("Ms. Ana Ruiz", "spokeswoman Ana
    Ruiz"): a noun or name, never a pronoun or verb of the clause ("she thanked Tom Berger",
    "will miss Tom Berger"), nor the name's own words ("Billie Jean King")."""
    if ent.start == 0:
        return ""
    tok = ent.doc[ent.start - 1]
    return tok.text if tok.pos_ in {"PROPN", "NOUN"} else ""


def _apposed_noun(ent: "Span") -> str:
    """The noun a name stands in apposition to, set off by a comma before it ("her husband, Peter
    Varga": "husband"), else ""."""
    if ent.start < 2 or ent.doc[ent.start - 1].text != ",":
        return ""
    tok = ent.doc[ent.start - 2]
    return tok.text if tok.pos_ == "NOUN" and ent.root.dep_ == "appos" and ent.root.head.i == tok.i else ""


def title_gender(ent: "Span") -> str | None:
    """The sex the title right before a name shows ("Mr. Clinton": male), else None."""
    return gender_of(_title_word(ent))


def named_people(doc: "Doc") -> list["Span"]:
    """The spans naming a person: the PERSON entities, then the names the model left unlabelled."""
    return [e for e in doc_ents(doc) if e.label_ in NAME_LABELS] + _unlabelled_names(doc)


def _named_in_apposition(doc: "Doc", cues: CueLexicon) -> list["Span"]:
    """The names the model labelled an organisation's or a place's that stand in apposition to a person noun
    ("a spokesman, Murat Kilic,", "Olena Kravets, the deputy minister,") or before a clause on "who"
    ("Olena Kravets, who runs ..."): a person's all the same (:func:`named_in_apposition`,
    :func:`has_role_apposition`, :func:`has_who_clause`)."""
    return [e for e in doc_ents(doc)
            if e.label_ in MISLABELS and (named_in_apposition(e.root, cues) or has_role_apposition(e.root, cues)
                                          or has_who_clause(e.root))]


def build_profiles(doc: "Doc", *, cues: CueLexicon) -> ProfileBook:
    """Profiles of every person named in ``doc`` from appositions and titles."""
    book = ProfileBook()
    for ent in named_people(doc) + _named_in_apposition(doc, cues):
        name = name_of(ent, cues)
        if not name or not name[:1].isupper():
            continue
        role = org = None
        appos = apposition(ent, cues=cues)
        if appos:
            role, org = split_role(appos)
        else:
            title = title_before(ent, cues=cues)
            inner = [t.text for t in ent if t.lower_ in cues.roles]
            if title or inner:
                role = title or " ".join(inner)
            else:
                role = abbreviated_title(ent)
        shown = gender_of(f"{_title_word(ent)} {role or ''}") or gender_of(_apposed_noun(ent)) or name_gender(name)
        book.learn(name, role=role, organization=org, gender=shown)
    return book
