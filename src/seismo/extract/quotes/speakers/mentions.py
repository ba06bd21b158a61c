"""Speaker mentions: the words that name a speaker where a quotation is attributed.

A *mention* is "Nona Mikhelidze", "the vice president of the Defense Commission of the Duma",
"she", "The analyst", "Seven in 10 voters", or "who" standing for the noun its relative clause hangs on
(:func:`mention_at`); :func:`classify` says what sort of speaker it names (a person, an
organisation, a group, a pronoun, a bare role that stands for someone named before, or a
description).  A dateline ("LOS ANGELES, Sept. 28 (UPI) —") is never a speaker, though the parse
may make it a subject (:func:`is_dateline`).  An "it" or "they" bound to an organisation earlier in
its sentence, and a name in apposition to a description, are found here too.

The function words these rules read (pronouns, determiners) are word classes of
``data/word_classes.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from seismo.extract import lexicon
from seismo.extract.quotes.cues import CueLexicon
from seismo.extract.noun_phrases import Side, noun_phrase
from seismo.extract.syntax import entity_of
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

#: what follows the place of a dateline ("LOS ANGELES, Sept. 28", "KYIV (Reuters) —")
DATELINE_MARKS = frozenset({",", "(", "—", "–", "-", "--"})
#: the dash that ends a dateline, at most this many tokens after the place
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
DATELINE_TOKENS = 10

MentionKind = Literal["person", "org", "group", "pronoun", "anaphor", "description"]

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
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


def is_mark(token: "Token") -> bool:
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
    while left <= right and is_mark(doc[left]):
        left += 1
    opened = _open_bracket(doc, left, right)
    if opened is not None:  # "Ana Ruiz (D-NM)": the phrase keeps its closing bracket, or ends before it
        if right + 1 < hi and doc[right + 1].text == ")":
            return left, right + 2
        right = opened - 1
    while right >= left and is_mark(doc[right]):
        right -= 1
    if left > right:
        return head.i, head.i + 1
    return left, right + 1


def _open_bracket(doc: "Doc", left: int, right: int) -> int | None:
    """The index of a bracket opened in ``doc[left : right + 1]`` and not closed there."""
    opened: list[int] = []
    for k in range(left, right + 1):
        if doc[k].text == "(":
            opened.append(k)
        elif doc[k].text == ")" and opened:
            opened.pop()
    return opened[0] if opened else None


def _no_comma(token: "Token") -> bool:
    return not any(t.text in {",", ";", "(", ")"} or t.pos_ == "VERB" for t in token.subtree)


def classify(doc: "Doc", i: int, j: int, head: "Token", cues: CueLexicon) -> MentionKind:
    """What sort of speaker the tokens ``doc[i:j]`` name."""
    tokens = doc[i:j]
    if head.lower_ in lexicon.word_class("person_pronoun"):
        return "pronoun"
    if head.lower_ in lexicon.word_class("group_pronoun"):
        return "group"
    if any(t.ent_type_ in NAME_LABELS and not _names_another(t, head) for t in tokens):
        return "person"
    if _surname_tagged_noun(head) and head.lower_ not in cues.roles:
        return "person"
    if head.pos_ == "PROPN" and head.lower_ not in cues.roles and (
        has_age(head) or has_who_clause(head) or has_role_apposition(head, cues)
    ):
        return "person"  # "Ramos, 58, told ...", "Kravets, who runs ...": a name the model took for a place
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


def _names_another(token: "Token", head: "Token") -> bool:
    """Whether a name inside a speaker phrase headed by a common noun names someone the phrase's
    head belongs to or acts for, not the speaker: an owner ("Mrs. Ruiz's campaign") or a
    preposition's object ("a spokesman for Mr. Ruiz", "an aide to Ruiz"); not when the head is
    the owner's words (class ``utterance_noun`` or ``document_noun``: "Ruiz's address", "a
    statement from Ruiz")."""
    if head.pos_ != "NOUN" or head.ent_type_ in NAME_LABELS:
        return False
    if head.lemma_.lower() in lexicon.word_class("utterance_noun") | lexicon.word_class("document_noun"):
        return False
    t = token
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ in {"poss", "pobj"}:
            return True
        t = t.head
    return False


#: the ages a number set off by commas after a name may give ("Ruiz, 58,")
AGES = range(14, 111)


def has_age(head: "Token") -> bool:
    """Whether a proper noun has an age in apposition, a bare number set off by commas after it
    ("Ramos, 58, told ..."): only a person is given one; not a name and number of a list of them
    ("Brazil, 30, Chile, 10, ...": a tally)."""
    doc = head.doc
    return any(
        c.dep_ in {"appos", "amod", "npadvmod", "nummod"} and c.i == head.i + 2 and c.text.isdigit() and int(c.text) in AGES
        and doc[head.i + 1].text == "," and c.i + 1 < len(doc) and doc[c.i + 1].text == ","
        and not (c.i + 3 < len(doc) and doc[c.i + 2].pos_ == "PROPN" and doc[c.i + 3].text == ",")
        for c in head.rights
    )


def has_who_clause(head: "Token") -> bool:
    """Whether a name the model labelled other than a person's (:func:`mislabelled_name`) is set
    off by a comma before a relative clause on "who" (class ``person_relative``: "Olena Kravets,
    who runs a shelter, ..."): a company or a place takes "which"."""
    doc = head.doc
    return head.i + 1 < len(doc) and doc[head.i + 1].text == "," and mislabelled_name(head) and any(
        c.dep_ == "relcl" and any(s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in lexicon.word_class("person_relative")
                                  for s in c.children)
        for c in head.rights
    )


def _surname_tagged_noun(head: "Token") -> bool:
    """A capitalised word opening its sentence that the tagger took for a common noun, with no
    entity, where the article writes the same word elsewhere as the last word of a proper name
    (``Bethan Rowlands and ...`` ... ``Rowlands agreed.``): a person's surname."""
    if head.pos_ != "NOUN" or head.ent_type_ or not head.is_title or not head.is_sent_start:
        return False
    return any(
        t.text == head.text and t.i != head.i and t.pos_ == "PROPN" and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN"
        and t.doc[t.i - 1].is_title and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ == "PROPN")
        for t in head.doc
    )


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
    elif head.pos_ == "NUM" and not _share_of(head) and not _counted_group(head):
        return None
    if head.lower_ in lexicon.word_class("not_speaker") or head.pos_ in {"VERB", "AUX", "ADP", "PART", "PUNCT"}:
        return None
    if not wordlike(head):  # a dash the tagger took for a noun
        return None
    if head.lower_ in lexicon.word_class("unresolved_pronoun") and head.dep_ in {"nsubjpass", "expl"}:
        return None  # "it is said that", "I was told": the one spoken to, or no one
    if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return None  # "no one knows", "no official said"
    doc = head.doc
    i, j = phrase_tokens(head, lo=lo, hi=hi)
    if is_dateline(doc, i, j):
        return None
    return Mention(doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), head.i, classify(doc, i, j, head, cues))


def _counted_group(head: "Token") -> bool:
    """A bare number that is the subject of its verb and no year: a group counted with its noun
    left out ("520 delegates back the mayor; 39 have said they back the governor")."""
    return (head.dep_ == "nsubj" and head.head.pos_ in {"VERB", "AUX"} and head.ent_type_ in {"CARDINAL", ""}
            and not (len(head.text) == 4 and head.text.isdigit()))


def _share_of(head: "Token") -> bool:
    """A number heading a share of a group, "N in M" ("Seven in 10 voters say ..."): its "in"
    phrase holds the second number and the group; or the second number of a share whose group
    goes unsaid, the parse hanging the first number and the "in" / "out of" on it ("nine in 10
    said ...", "two out of three said ...")."""
    if any(
        c.dep_ == "prep" and c.lower_ == "in" and any(t.like_num for t in c.subtree if t.i != c.i)
        and any(t.pos_ == "NOUN" for t in c.subtree)
        for c in head.children
    ):
        return True
    before = [c for c in head.children if c.dep_ == "quantmod" and c.i < head.i]
    return any(c.like_num for c in before) and any(c.lower_ in {"in", "of"} for c in before)


def is_dateline(doc: "Doc", i: int, j: int) -> bool:
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


def wordlike(token: "Token") -> bool:
    return any(ch.isalnum() for ch in token.text)


def appositive_name(doc: "Doc", mention: Mention, *, cues: CueLexicon) -> Mention | None:
    """The person named in apposition to a description ("the mayor's spokesman, Ana Ruiz," → Ana
    Ruiz), or by a naming participle (class ``naming_verb``: "a colonel named Ana Ruiz", "a farmer
    called ...", "an official identified as ...")."""
    head = doc[mention.head]
    for child in head.rights:
        if child.dep_ == "acl" and child.lemma_.lower() in lexicon.word_class("naming_verb"):
            named = _named_by(child)  # "a colonel named Ana Ruiz": the name the participle gives
            if named is None or named.pos_ != "PROPN":
                continue
            if named.ent_type_ not in NAME_LABELS and not _person_noun(head, cues):
                continue  # an unknown name the model took for an organisation is a person's after "a colonel"
            return _name_mention(doc, named)
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in NAME_LABELS:
            ent = entity_of(child)
            if ent is not None:
                return Mention(ent.start_char, ent.end_char, child.i, "person")
        if named_in_apposition(child, cues):
            return _name_mention(doc, child)  # "a spokesman, Murat Kilic,": a name the model took for an organisation
    return _name_after_complement(head, cues)


def _name_after_complement(head: "Token", cues: CueLexicon) -> Mention | None:
    """A person's name the parse set in apposition to the last noun of a person noun's
    complement ("the minister for the new capital, Ana Ruiz," with "Ana Ruiz" hung on "capital")."""
    if not _person_noun(head, cues):
        return None
    noun = head
    for _ in range(2):  # "the minister of state for trade, Ana Ruiz,"
        prep = next((c for c in noun.rights if c.dep_ == "prep"), None)
        obj = next((c for c in prep.rights if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            return None
        for child in obj.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN" and child.ent_type_ in NAME_LABELS:
                ent = entity_of(child)
                if ent is not None and child.doc[ent.start - 1].text == ",":
                    return Mention(ent.start_char, ent.end_char, child.i, "person")
        noun = obj
    return None


#: the most words of a personal name the model may have mislabelled
NAME_WORDS = 4


def named_in_apposition(token: "Token", cues: CueLexicon) -> bool:
    """Whether ``token`` ends a personal name the model did not label a person's, set in
    apposition to a person noun ("a spokesman, Murat Kilic,", "the minister, Alberto Caceres,")."""
    return token.dep_ == "appos" and _person_noun(token.head, cues) and mislabelled_name(token)


def has_role_apposition(token: "Token", cues: CueLexicon) -> bool:
    """Whether ``token`` ends a personal name the model did not label a person's, set off by a
    comma before a person noun in apposition to it ("Olena Kravets, the deputy minister, ...",
    "Ruiz, a teacher, ..."): an office or a trade is a person's (the reverse of
    :func:`named_in_apposition`); not one compounded with a thing ("Fidelity, the fund manager,")."""
    doc = token.doc
    return (
        token.i + 1 < len(doc) and doc[token.i + 1].text == "," and mislabelled_name(token)
        and any(c.dep_ == "appos" and _person_noun(c, cues) and not _thing_compound(c, cues) for c in token.rights)
    )


def _thing_compound(noun: "Token", cues: CueLexicon) -> bool:
    """Whether a person noun is compounded with a noun that makes it a firm's or a team's trade
    ("the fund manager", "the league leader"), not an office ("the deputy mayor")."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and not _person_noun(c, cues) for c in noun.lefts)


#: the labels the model gives an unfamiliar personal name in place of a person's: none, an
#: organisation's, a place's ("Amara Okafor" read as a country)
MISLABELS = frozenset({"", "ORG", "GPE", "LOC", "NORP"})


def mislabelled_name(token: "Token") -> bool:
    """Whether the proper noun ``token`` ends a personal name the model labelled an organisation
    or a place, or not at all: two to four capitalised proper nouns, none a word of an organisation's name
    (class ``org_name_word``: "Party", "Council").  Only a person noun it stands in apposition to
    (:func:`appositive_name`) makes it a person's."""
    if token.pos_ != "PROPN" or token.ent_type_ not in MISLABELS:
        return False
    left = token.i
    while left - 1 >= 0 and token.doc[left - 1].pos_ == "PROPN" and token.doc[left - 1].head.i == token.i:
        left -= 1
    ent = entity_of(token)
    # the entity, or the run of proper nouns ending in the token where the entity is part of it
    # ("Emeka Nwosu" with only "Nwosu" taken for an organisation)
    words = list(token.doc[min(left, ent.start) : ent.end]) if ent is not None else list(token.doc[left : token.i + 1])
    org_words = lexicon.word_class("org_name_word")
    return (
        2 <= len(words) <= NAME_WORDS
        and all(w.pos_ == "PROPN" and w.text[:1].isupper() and _NAME_WORD.fullmatch(w.text) for w in words)
        and not any(w.lower_ in org_words for w in words)
    )


#: a word of a personal name: letters, joined by an apostrophe or a hyphen ("Wetang'ula", "O’Neil",
#: "Asante-Mensah"), never digits
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _person_noun(noun: "Token", cues: CueLexicon) -> bool:
    """Whether a noun names a person: a role noun (``quote_roles.txt``) or a word showing a sex ("woman")."""
    roles = cues.roles
    return noun.lemma_.lower() in roles or noun.lower_ in roles or lexicon.sex_of(noun.lower_) is not None


def _name_mention(doc: "Doc", token: "Token") -> Mention:
    """The person's name a proper noun ends: its entity, else its run of proper nouns (and the
    run where the entity is only its end: "Emeka Nwosu" with "Nwosu" an organisation's)."""
    left = token.i
    while left - 1 >= 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].head.i == token.i:
        left -= 1
    ent = entity_of(token)
    if ent is not None:
        return Mention(min(ent.start_char, doc[left].idx), ent.end_char, token.i, "person")
    return Mention(doc[left].idx, token.idx + len(token), token.i, "person")


def _named_by(participle: "Token") -> "Token | None":
    """The name a naming participle gives: its object or predicate ("named Ruiz"), or the object
    of its "as" ("identified as Ruiz")."""
    for child in participle.children:
        if child.dep_ in {"oprd", "dobj", "attr", "xcomp"}:
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
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
