"""Who is speaking: speaker mentions near a cue, and the profile of each named person.

A *mention* is the words that name a speaker where the quotation is attributed
("Nona Mikhelidze", "the vice president of the Defense Commission of the Duma", "she",
"The analyst", "who" standing for the noun its relative clause hangs on).  A *profile* is
what the article says about a named person anywhere: the apposition after the name
("Togzhan Kassenova, a Kazakh analyst at the Center for Policy Research ...") or the title
before it ("Belarusian leader Aleksandr Lukashenko"),
split into a role and an organisation.  Profiles are gathered over the whole article
and looked up by full name or surname, so a later bare "Mikhelidze" carries them.

Unnamed speakers: a description that names no person keeps ``name=None`` and its words
(less the article) as ``role``, split into role and organisation where it names one
("vice president" / "Defense Commission of the Duma").  Bare role descriptions ("the
analyst", "the minister") and personal pronouns are anaphora: the quote step resolves
them to the last named person speaker.  A dateline ("LOS ANGELES, Sept. 28 (UPI) —") is never
a speaker, though the parse may make it a subject.

The function words these rules read (pronouns, determiners, the prepositions that split a role
from an organisation) are word classes of ``data/word_classes.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from seismo.extract import lexicon
from seismo.extract.quotes.cues import CueLexicon
from seismo.extract.syntax import Side, entity_of, noun_phrase, subjects
from seismo.nlp import doc_ents, doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

#: what follows the place of a dateline ("LOS ANGELES, Sept. 28", "KYIV (Reuters) —")
DATELINE_MARKS = frozenset({",", "(", "—", "–", "-", "--"})
#: the dash that ends a dateline, at most this many tokens after the place
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
DATELINE_TOKENS = 10
MentionKind = Literal["person", "org", "group", "pronoun", "anaphor", "description"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: clause links a participle or infinitive climbs to find its subject ("..., explaining that")
CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "dep"})
#: a speech verb also climbs from a preposition's gerund to the verb it hangs on ("X sang to
#: her before asking, ..."; "Y was criticised for saying ...")
SPEECH_CLIMB_DEPS = CLIMB_DEPS | {"prep"}
NAME_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG", "NORP", "GPE"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A speaker as named at the attribution: ``text[start:end]``; ``head`` is a token index."""

    start: int
    end: int
    head: int
    kind: MentionKind
    #: for a relative pronoun ("Cruz, *who* says ..."), the mention of the noun it stands for
    antecedent: "Mention | None" = None


@dataclass(slots=True)
class Profile:
    """What the article says about one named speaker (filled in as it is read)."""

    name: str
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    sector: str | None = None
    #: "female" or "male" where the article shows it by a title or a role noun ("Ms.",
    #: "spokesman"), else None
    gender: str | None = None


def gender_of(words: str) -> str | None:
    """The gender the words show ("Ms. Ruiz", "spokesman", "she": ``lexicon.sex_of``), else None."""
    shown = {lexicon.sex_of(w) for w in words.split()} - {None}
    return shown.pop() if len(shown) == 1 else None


def agrees(profile: Profile, words: str) -> bool:
    """Whether a pronoun or description may stand for ``profile``: no gender known on a side, or the same."""
    gender = gender_of(words)
    return gender is None or profile.gender is None or profile.gender == gender


@dataclass(slots=True)
class ProfileBook:
    """Profiles of the named people in one article, found by full name or by surname."""

    by_key: dict[str, Profile] = field(default_factory=dict)

    @staticmethod
    def keys(name: str) -> list[str]:
        words = [w for w in re.split(r"\s+", name.strip()) if w]
        if not words:
            return []
        return [" ".join(words).lower(), words[-1].lower()]

    def lookup(self, name: str) -> Profile | None:
        for key in self.keys(name):
            if key in self.by_key:
                return self.by_key[key]
        return None

    def learn(self, name: str, *, role: str | None = None, organization: str | None = None,
              gender: str | None = None) -> Profile:
        """Record ``name`` (the longest form wins) and fill any profile field still empty."""
        profile = self.lookup(name)
        if profile is None:
            profile = Profile(name=name)
        elif len(name) > len(profile.name):
            profile.name = name
        if role and not profile.role:
            profile.role = role
        if organization and not profile.organization:
            profile.organization = organization
        if gender and not profile.gender:
            profile.gender = gender
        for key in self.keys(name):
            self.by_key.setdefault(key, profile)
        return profile


# --- spans of tokens ---------------------------------------------------------------------------


def strip_possessive(text: str) -> str:
    return re.sub(r"(’s|'s|’|')$", "", text)


def entities_between(doc: "Doc", start: int, end: int, labels: frozenset[str]) -> list["Span"]:
    """Entities with a label in ``labels`` that start inside the characters ``[start, end)``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    out = []
    seen: set[int] = set()
    for token in span:
        if token.ent_type_ in labels and token.i not in seen:
            ent = entity_of(token)
            if ent is not None and ent.start_char >= start:
                out.append(ent)
                seen.update(range(ent.start, ent.end))
    return out


def _is_mark(token: "Token") -> bool:
    return token.is_punct or token.is_space or token.text in {"“", "”", '"', "«", "»", "„", "‘", "’"}


#: a speaker mention: before the head, its determiners, adjectives, compounds and possessors;
#: after it, compounds, of-phrases (and for / at / in chains) up to the first comma, and a name
#: in apposition ("the agency Ria Novosti"); never other appositions or relative clauses
_MENTION_BEFORE = Side(
    frozenset({"det", "amod", "compound", "nmod", "poss", "nummod", "cc", "conj", "advmod", "quantmod"}), reach="all"
)


def _mention_after(token: "Token") -> bool:
    return token.dep_ in {"compound", "flat"} or (
        token.dep_ == "prep" and token.lower_ in {"of", "for", "at", "in"} and _no_comma(token)
    )


_MENTION_AFTER = Side(_mention_after, names=True)


def phrase_tokens(head: "Token", *, lo: int, hi: int) -> tuple[int, int]:
    """Token range ``[i, j)`` of the noun phrase headed by ``head`` (a name or organisation
    kept whole), kept inside ``[lo, hi)`` and without quote marks or punctuation at its ends."""
    phrase = noun_phrase(head, before=_MENTION_BEFORE, after=_MENTION_AFTER, entity=NAME_LABELS | ORG_LABELS)
    left, right = max(phrase.start, lo), min(phrase.end - 1, hi - 1)
    doc = head.doc
    while left <= right and _is_mark(doc[left]):
        left += 1
    while right >= left and _is_mark(doc[right]):
        right -= 1
    if left > right:
        return head.i, head.i + 1
    return left, right + 1


def _no_comma(token: "Token") -> bool:
    return not any(t.text in {",", ";", "(", ")"} or t.pos_ == "VERB" for t in token.subtree)


def classify(doc: "Doc", i: int, j: int, head: "Token", cues: CueLexicon) -> MentionKind:
    """What sort of speaker the tokens ``doc[i:j]`` name."""
    tokens = doc[i:j]
    if head.lower_ in lexicon.word_class("person_pronoun"):
        return "pronoun"
    if head.lower_ in lexicon.word_class("group_pronoun"):
        return "group"
    if any(t.ent_type_ in NAME_LABELS for t in tokens):
        return "person"
    if head.pos_ == "PROPN" and head.ent_type_ not in ORG_LABELS and head.lower_ not in cues.roles:
        return "person" if head.text[:1].isupper() and not head.ent_type_ else "org"
    if head.ent_type_ in ORG_LABELS and head.pos_ == "PROPN":
        return "org"
    if head.pos_ == "NOUN" and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "ORG" and c.i < j for c in head.rights
    ):
        return "org"  # "the Russian agency Ria Novosti"
    determiners = lexicon.word_class("determiner")
    words = [t for t in tokens if t.lower_ not in determiners]
    if (
        tokens
        and tokens[0].lower_ in {"the", "this", "that"}
        and head.lower_ in cues.roles
        and head.tag_ not in {"NNS", "NNPS"}  # "the senators" are no one person named before
        and len(words) <= 2
        and all(t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in words)
    ):
        return "anaphor"
    if head.tag_ in {"NNS", "NNPS"} or head.lower_ in {"police", "people"}:
        return "group"
    return "description"


def mention_at(head: "Token", *, lo: int, hi: int, cues: CueLexicon) -> Mention | None:
    """The speaker mention headed by ``head``, or None when it cannot name a speaker."""
    noun = _relative_antecedent(head)
    if noun is not None and (sender := _sender(noun)) is not None:
        noun = sender  # "the union released a statement that says ...": the union says it
    if noun is not None:  # the pronoun as written, standing for the noun its clause hangs on
        inner = mention_at(noun, lo=min(lo, noun.i), hi=hi, cues=cues)
        if inner is None:
            return None
        return Mention(head.idx, head.idx + len(head.text), head.i, inner.kind, inner)
    if head.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        # "one of the lawyers, Maria Olsen, said": the name in apposition, else the partitive phrase
        named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ in NAME_LABELS and lo <= c.i < hi), None)
        if named is not None:
            return mention_at(named, lo=lo, hi=hi, cues=cues)
    elif head.pos_ == "NUM":
        return None
    if head.lower_ in lexicon.word_class("not_speaker") or head.pos_ in {"VERB", "AUX", "ADP", "PART", "PUNCT"}:
        return None
    if not _wordlike(head):  # a dash the tagger took for a noun
        return None
    if head.lower_ in lexicon.word_class("unresolved_pronoun") and head.dep_ in {"nsubjpass", "expl"}:
        return None  # "it is said that", "I was told": the one spoken to, or no one
    if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return None  # "no one knows", "no official said"
    doc = head.doc
    i, j = phrase_tokens(head, lo=lo, hi=hi)
    if _dateline(doc, i, j):
        return None
    return Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), head.i, classify(doc, i, j, head, cues))


def _dateline(doc: "Doc", i: int, j: int) -> bool:
    """A place in capitals opening its line, then a comma or a bracket and a dash with no verb
    between, is a dateline ("LOS ANGELES, Sept. 28 (UPI) —", "KYIV (Reuters) -"), never a
    speaker ("NATO, which ... said" is one)."""
    k = i
    while k < j and doc[k].is_alpha and doc[k].is_upper:
        k += 1
    if k == i or k >= len(doc) or doc[k].text not in DATELINE_MARKS:
        return False
    if not (doc[i].idx == 0 or doc_text(doc)[: doc[i].idx].rstrip(" \t").endswith("\n")):
        return False
    for t in doc[k : k + DATELINE_TOKENS]:  # a date or an agency, then the dash: no clause
        if t.text in DATELINE_DASHES:
            return True
        if t.pos_ in {"VERB", "AUX"} or t.text == "\n":
            return False
    return False


def appositive_name(doc: "Doc", mention: Mention) -> Mention | None:
    """The person named in apposition to a description: "the mayor's spokesman, Ana Ruiz," → Ana Ruiz."""
    head = doc[mention.head]
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in NAME_LABELS:
            ent = entity_of(child)
            if ent is not None:
                return Mention(ent.start_char, ent.end_char, child.i, "person")
    return None


def bound_body(doc: "Doc", mention: Mention, *, cues: CueLexicon) -> Mention | None:
    """The organisation an "it" or "they" speaker stands for: the nearest earlier subject of its
    sentence that names one ("The council condemned the test as what it called ...")."""
    head = doc[mention.head]
    if head.lower_ not in lexicon.word_class("actor_body") | lexicon.word_class("actor_group"):
        return None
    start = head.sent.start
    for token in reversed(doc[start : head.i]):
        if token.dep_ in SUBJECT_DEPS and token.pos_ == "PROPN" and token.ent_type_ in ORG_LABELS:
            found = mention_at(token, lo=start, hi=head.i, cues=cues)
            return found if found is not None and found.kind == "org" else None
    return None


def _sender(noun: "Token") -> "Token | None":
    """Who a document speaks for (class ``document_noun``): the subject of a verb of class
    ``issuing_verb`` that takes it as object ("the ministry *issued* a statement", "he released a
    letter"; not "he cited a report"), else None."""
    if (noun.lemma_.lower() not in lexicon.word_class("document_noun") or noun.dep_ != "dobj"
            or noun.head.lemma_.lower() not in lexicon.word_class("issuing_verb")):
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)


def _relative_antecedent(token: "Token") -> "Token | None":
    """The noun a relative pronoun stands for ("Cruz, who says" → Cruz), else None."""
    if token.lower_ not in lexicon.word_class("relative_pronoun") or token.tag_ not in {"WP", "WDT"}:
        return None
    clause = token.head
    if clause.dep_ != "relcl" or clause.head.i == clause.i:
        return None
    noun = clause.head
    return noun if noun.pos_ in {"NOUN", "PROPN", "PRON"} else None


def subject_of(cue: "Token", *, lo: int, hi: int) -> "Token | None":
    """The subject (or by-agent) of a cue verb inside tokens ``[lo, hi)``, climbing at most two
    links from a participle (or a preposition's gerund: "before asking") to the verb it hangs
    on, never from one that is not said ("without saying"); "Clinton, who said ..." → who (whose
    mention, :func:`mention_at`, stands for Clinton).  When the parse gives none, a name set off
    by a comma before the cue's own comma is taken: "President Obama, dedicating the museum on
    Saturday, said ..." (:func:`comma_framed_name`); a dateline is never the subject.  A gerund right after a person it does not
    have as subject is that person's: "the ad shows footage of Ana Ruiz asking, ..." (Ana Ruiz)."""
    if cue.dep_ == "pcomp" and cue.head.lower_ in lexicon.word_class("negating_prep"):
        return None  # "left without saying a word": no one said it
    if bare_participle(cue) and not any(c.dep_ == "agent" for c in cue.children):
        return None  # "Asked about the plan, X said ...": X was asked, the asker is not named
    seen = _seen_doing(cue, lo=lo) or _quoted_as(cue, lo=lo) or _named_before(cue, lo=lo)
    if seen is not None:
        return seen
    found = subjects(
        cue,
        deps=SUBJECT_DEPS,
        agent=True,
        within=(lo, hi),
        relative="keep",
        pronouns=lexicon.word_class("relative_pronoun"),
        inherit=SPEECH_CLIMB_DEPS,
        inherit_steps=2,
    )
    # a dash the tagger took for a noun is no subject, nor a dateline the parse hung on the verb
    # ("BERLIN -- Ana Ruiz said ...": Ana Ruiz)
    words = [t for t in found if _wordlike(t) and not _dateline(t.doc, *phrase_tokens(t, lo=lo, hi=hi))]
    if words and cue.tag_ == "VBG" and not cue.is_ancestor(words[0]) and _set_off(cue):
        words = [_past_relative(cue, words[0], lo=lo) or words[0]] + words[1:]
    return words[0] if words else comma_framed_name(cue, lo=lo)


def _set_off(cue: "Token") -> bool:
    """A participle set off by a comma before it ("..., saying ..."): it speaks for the main clause."""
    return cue.i > 0 and cue.doc[cue.i - 1].text == ","


def _past_relative(cue: "Token", found: "Token", *, lo: int) -> "Token | None":
    """For a participle set off by a comma that inherited a relative pronoun (the parse hung it on
    a relative clause: "X was defensive about a builder who said ..., saying, ..."), the subject of
    the nearest clause around that relative clause: X."""
    if found.tag_ not in {"WP", "WDT"} or found.head.dep_ != "relcl" or not found.head.is_ancestor(cue):
        return None
    token = found.head.head
    while token.head.i != token.i and token.head.i >= lo:
        token = token.head
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS and c.tag_ not in {"WP", "WDT"}), None)
        if subject is not None and token.pos_ in {"VERB", "AUX"}:
            return subject
    return None


def bare_participle(verb: "Token") -> bool:
    """A past participle with no auxiliary and no subject of its own, heading a clause set beside
    a noun or a verb (``Asked about the plan, X said``, ``X, pressed on the cost, ...``): a
    passive whose doer is not named."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in {"advcl", "acl"}
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
    )


def _seen_doing(cue: "Token", *, lo: int) -> "Token | None":
    """The person named just before a gerund with no subject of its own that hangs on a verb
    ("shows Clinton saying", "heard him asking"): the one doing the saying."""
    if cue.tag_ != "VBG" or cue.dep_ not in {"xcomp", "advcl", "dep"} or cue.i - 1 < lo:
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    person = cue.doc[cue.i - 1]
    if person.dep_ in SUBJECT_DEPS or person.head.i == cue.i:
        return None
    named = person.ent_type_ in NAME_LABELS and person.pos_ == "PROPN"
    return person if named or person.lower_ in lexicon.word_class("person_pronoun") else None


def _quoted_as(cue: "Token", *, lo: int) -> "Token | None":
    """The one quoted in "X *quoted* Y as saying ..." (a verb of class ``quoting_verb``): Y, the
    object, never the subject who does the quoting."""
    if cue.dep_ != "pcomp" or cue.head.lower_ != "as" or cue.head.head.lemma_.lower() not in lexicon.word_class("quoting_verb"):
        return None
    return next((c for c in cue.head.head.children if c.dep_ == "dobj" and c.i >= lo), None)


def _named_before(cue: "Token", *, lo: int) -> "Token | None":
    """A name right before a cue the parse hung on it as a clause ("Ruiz called him ...", parsed as
    "a man called Ruiz" is): a person's name needs no such naming, so the name is the subject."""
    head = cue.head
    if cue.dep_ != "acl" or head.i != cue.i - 1 or head.i < lo or head.pos_ != "PROPN":
        return None
    return head


def _wordlike(token: "Token") -> bool:
    return any(ch.isalnum() for ch in token.text)


def comma_framed_name(cue: "Token", *, lo: int) -> "Token | None":
    """The first person's name in ``doc[lo:cue]`` followed by a comma, when a comma stands just
    before the cue and no clause with a subject of its own comes between: ``NAME, ..., said``;
    the name may end right at the cue's comma when the parse hung it in apposition elsewhere
    (``In a letter, her aide, Ana Ruiz, said: ...``)."""
    doc = cue.doc
    if cue.i - 1 < lo or doc[cue.i - 1].text != ",":
        return None
    for ent in doc_ents(doc):
        if ent.start < lo or ent.end > cue.i - 1:
            if ent.start >= cue.i:
                break
            continue
        if ent.label_ not in NAME_LABELS or doc[ent.end].text != ",":
            continue
        between = doc[ent.end : cue.i]
        relative = lexicon.word_class("relative_pronoun")
        if any(t.dep_ in SUBJECT_DEPS and t.lower_ not in relative for t in between):
            return None
        return ent.root
    return None


# --- profiles ------------------------------------------------------------------------------------


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
        if t.text in {",", ";", ".", "(", ")", "—", "–", ":", "!", "?"} or (_is_mark(t) and t.text != "-"):
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


def name_of(ent: "Span", cues: CueLexicon) -> str:
    """A person entity's name without a leading title the model put inside it ("President Putin")."""
    determiners = lexicon.word_class("determiner")
    words = [t for t in ent if not (t.lower_ in cues.roles or t.lower_ in determiners)]
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


def named_people(doc: "Doc") -> list["Span"]:
    """The spans naming a person: the PERSON entities, then the names the model left unlabelled."""
    return [e for e in doc_ents(doc) if e.label_ in NAME_LABELS] + _unlabelled_names(doc)


def build_profiles(doc: "Doc", *, cues: CueLexicon) -> ProfileBook:
    """Profiles of every person named in ``doc`` from appositions and titles."""
    book = ProfileBook()
    for ent in named_people(doc):
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
        book.learn(name, role=role, organization=org, gender=gender_of(f"{_title_word(ent)} {role or ''}"))
    return book
