"""Which way a year-less weekday, month or day leans, read from the clause it is in.

:func:`looks_ahead` says whether the clause speaks of what is to come, :func:`looks_back`
whether the verb it hangs on tells what happened, :func:`nearest_way` which way lies the nearest
such day for a weekday whose clause's tense says nothing of it ("before Thursday's election"); the
rules are listed in :mod:`seismo.extract.dates`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from seismo.extract import lexicon
from seismo.extract.syntax import clause_head, is_verbal, passive_aux
from seismo.extract.timex import lexicon as time_lexicon
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    import datetime as dt

    from spacy.tokens import Doc, Span, Token

__all__ = ["looks_ahead", "looks_back", "nearest_way"]


#: words right before a time expression that point ahead: a deadline or an earliest time
#: ("until Tuesday", "by March", "as soon as Friday", "as early as next week")
_AHEAD = re.compile(r"\b(?:until|till|by|as\s+(?:soon|early)\s+as)\s+(?:(?:\d|[ap]\.m\.|noon|midnight|[a-z]{1,3}t)[\w.:]*\s+)*$", re.I)


def looks_ahead(doc: "Doc", start: int, end: int) -> bool:
    """Whether the clause a time expression sits in speaks of the future ("will meet Tuesday",
    "planned a rally on Saturday", "is to meet Tuesday"), or a word before it points ahead
    ("until Tuesday", "as soon as Friday")."""
    from seismo.extract.framing.cues import modal_cues
    from seismo.extract.framing.modality import modality_of

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or after_since(doc_text(doc), start):
        return False  # "the largest since March, may spread": a time gone by, whatever the clause
    verb = _clause_of(span)
    if verb is None:
        return bool(_AHEAD.search(doc_text(doc), max(0, start - 24), start))
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and len(chain) < 4:  # "had been due to expire": up to "been"
        chain.append(chain[-1].head)
    if any(c.dep_ == "aux" and c.lower_ == "had" for v in chain for c in v.children):
        return False  # the past perfect looks back: "had filed by Friday", "had been due to expire Friday"
    if _put_off(span) or _AHEAD.search(doc_text(doc), max(0, start - 24), start) and not _simple_past(verb):
        return True  # "until Tuesday" points ahead, but not under a simple past: "the talks lasted until Tuesday"
    if _set_for(span, verb):
        return True  # "tickets for Saturday", "has called protests for this weekend": the day it is set for
    if _attributive(span):
        return False  # "the Oct. 2 accord may collapse": the date names its noun's day, read nearest
    if not is_verbal(verb):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):  # "is to resume trading Tuesday": an arrangement still to come
        return True
    cues = modal_cues()
    if _dated_act(verb, span):
        return False  # "pledged in March to cut taxes", "set aside reserves in October": when it was done
    if cues.get("governor", verb.lemma_) == "future" and not _done_then(verb, span) or _scheduled(verb, span) or _due(
            verb, span, cues):
        return True
    modality = modality_of(verb, sent=verb.sent)
    if modality == "hypothetical" and _nobody_could(verb, cues):
        return False  # "neither of them could be reached Friday": what was not possible, not what may come
    if modality in ("future", "hypothetical"):
        return True
    main = _main_of_time_clause(verb)
    # "will decide after the board meets Thursday", "would leave once the gates opened Monday": a clause
    # of time or condition takes its tense from the clause it hangs on
    # but not a clause in the past under a verb of planning in the simple past ("the deadline was set after a
    # shell hit the market on Feb. 5": it tells what came before the planning, which is over)
    return main is not None and (cues.get("governor", main.lemma_) == "future"
                                 and not (_simple_past(main) and verb.tag_ == "VBD")
                                 or modality_of(main, sent=main.sent) in ("future", "hypothetical"))


def _done_then(verb: "Token", span: "Span") -> bool:
    """A verb of planning or setting in the simple past, active, made a fixed act by a bare object,
    whose act the time expression dates ("rioters *set* fire to a station *on Friday*", "set fire to
    a bus *during Friday's riots*"): when it was done, not what it arranged ("set elections *for*
    March 15", "planned a march on Saturday")."""
    root = span.root
    phrase = root.head if root.dep_ == "poss" else root  # "during Friday's riots": the noun it dates
    on_verb = root.head.i == verb.i and root.dep_ in ("npadvmod", "obl") or (
        phrase.dep_ == "pobj" and phrase.head.lower_ in _AT | {"during"} and phrase.head.head.i == verb.i)
    # a bare singular object makes a fixed act of the verb ("set fire"); "planned a march on Saturday"
    # and "scheduled talks on Friday" date what was planned
    bare = any(c.dep_ == "dobj" and c.tag_ == "NN" and not any(d.dep_ in ("det", "poss") for d in c.children)
               for c in verb.children)
    return on_verb and verb.tag_ == "VBD" and bare and not any(c.dep_ in ("aux", "auxpass", "xcomp", "ccomp") for c in verb.children)


def _simple_past(verb: "Token") -> bool:
    """Whether ``verb`` is a simple past, active or passive ("lasted", "was finished"): what it tells
    is over, so a deadline word before its time ("stayed until Friday", "was done by March") looks
    back, not ahead."""
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children) or verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def _dated_act(verb: "Token", span: "Span") -> bool:
    """Whether a verb of planning or promising (a ``future`` governor of ``modal_cues.tsv``) in the
    simple past dates its own act: with a particle it is another verb ("set aside reserves in
    October", "set off a bomb Tuesday"), and a time hung on it before what was planned ("pledged in
    March to cut taxes", "planned on Monday to close the mill") is when the planning was; a time after
    the thing planned ("planned a rally on Saturday") may be that thing's own."""
    from seismo.extract.framing.cues import modal_cues

    if not _simple_past(verb) or modal_cues().get("governor", verb.lemma_) != "future":
        return False
    particles = lexicon.word_class("verb_particle")
    if any(c.dep_ == "prt" or c.i == verb.i + 1 and c.dep_ == "advmod" and c.lower_ in particles for c in verb.children):
        return True
    root = span.root
    hung = root.head.i == verb.i or root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.i == verb.i
    # what was planned: an object, a clause, or an infinitive ("vowed in October to veto the bill")
    planned = [c.i for c in verb.children if c.dep_ in ("xcomp", "dobj", "ccomp")
               or c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    return hung and bool(planned) and span.end <= min(planned)


def _set_for(span: "Span", verb: "Token") -> bool:
    """Whether a weekday or weekend follows "for" as the day something is set for: after a noun ("tickets
    for Saturday", "a strike for Monday"), or under a verb that is no simple past ("has called protests for
    this weekend"; not "the hearing was set for Tuesday", which may be over)."""
    root = span.root
    prep = root.head
    # days a thing may be set for: a weekday or a weekend
    day = root.lower_ in time_lexicon().weekdays or root.lower_ == "weekend"
    if root.dep_ != "pobj" or prep.lower_ != "for" or not day or prep.i == prep.head.i:
        return False
    return prep.head.pos_ in ("NOUN", "PROPN") or prep.head.i == verb.i and not _simple_past(verb)


def _attributive(span: "Span") -> bool:
    """Whether the time expression modifies a noun before it ("the Oct. 2 accord", "the Sept. 28
    vote"): it names when the thing the noun stands for happens, not when the clause's verb does, so
    the clause's tense says nothing of it (a possessive weekday, "Sunday's vote", is not one)."""
    root = span.root
    months = time_lexicon().months
    return (root.dep_ in ("nmod", "compound") and root.head.i > root.i and root.head.pos_ in ("NOUN", "PROPN")
            and any(t.lower_.rstrip(".") in months for t in span))  # a day or month, not a quarter ("fourth-quarter charge")


def _put_off(span: "Span") -> bool:
    """Whether the time is where an act or a deadline was moved to ("adjourned the hearing to Thursday",
    "extended its offer until Friday"; word class ``put_off``): a later time, whatever the tense."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("to", "until", "till") or prep.head.i == prep.i:
        return False
    verb = prep.head.head if prep.head.dep_ in ("prt", "advmod") else prep.head  # "pushed back to Tuesday"
    return verb.lemma_ in lexicon.word_class("put_off")


def _main_of_time_clause(verb: "Token") -> "Token | None":
    """The verb whose clause a clause of time or condition in the plain present or past ("the board meets"
    in "will decide after the board meets Thursday"), or a participle of onset with no subject ("Starting
    Monday, buses will run ..."; word class ``onset``), hangs on; None when ``verb`` heads no such clause."""
    if verb.tag_ == "VBG":  # a participle of onset with no subject: "Starting Monday, buses will run ..."
        if verb.dep_ not in ("advcl", "prep") or verb.lemma_ not in lexicon.word_class("onset") or any(
            c.dep_ in ("nsubj", "mark", "aux") for c in verb.children
        ):
            return None
    elif verb.dep_ != "advcl" or verb.tag_ not in ("VBZ", "VBP", "VBD", "VBN") or any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    ) or not any(c.dep_ in ("mark", "advmod") and c.lower_ in lexicon.word_class("time_clause")
                for c in verb.children):
        return None
    main = clause_head(verb.head)
    return main if main.i != verb.i and is_verbal(main) else None


def _due(verb: "Token", span: "Span", cues: Any) -> bool:
    """Whether the time hangs on an adjective of the present-tense verb that points ahead ("the
    verdict is due Friday", "the report is due on Monday"; not "was due"), or on one after a noun in
    a clause that is no past one ("hopes to win the vote due in May")."""
    adjective = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    if adjective.pos_ != "ADJ" or cues.get("governor", adjective.lemma_) != "future":
        return False
    if adjective.dep_ in ("amod", "prep") and adjective.head.i < adjective.i:
        # after its noun ("elections due in June have been put off"): ahead unless the clause is a past one
        return verb.tag_ != "VBD" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)
    return adjective.dep_ == "acomp" and adjective.head.i == verb.i and verb.tag_ in ("VBZ", "VBP")


def _clause_of(span: "Span") -> "Token | None":
    """The verb heading the clause a time expression is in; when the parse hangs it on a verb whose
    clause begins after it ("warnings on Thursday that strikes could harm ..." with "on Thursday"
    under "harm"), the verb above that clause: a clause's own words follow its "that" / "if"; None
    when there is no clause above (the parse is too wrong to read a tense from)."""
    verb = clause_head(span.root)
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is not None and mark.i >= span.end:
        return clause_head(verb.head) if verb.head.i != verb.i else None
    return verb


#: prepositions that put a time expression at its verb's own time ("meet on Monday"), not
#: before or after it ("up from Friday", "since Monday")
_AT = frozenset({"on", "in", "at"})


def _scheduled(verb: "Token", span: "Span") -> bool:
    """Whether the verb a time expression hangs on is in the present tense and so tells what is
    arranged ("the leaders meet Monday", "the vote is on Tuesday", "they are flying to Paris on
    Friday"): English uses the present for a fixed time to come.  Not a verb of saying ("says
    Friday's attack ...") or thinking, and not a perfect ("has risen since Monday")."""
    root = span.root
    attached = root.head.i == verb.i and root.dep_ in ("npadvmod", "attr", "obl") or (
        root.dep_ == "pobj" and root.head.lower_ in _AT and root.head.head.i == verb.i) or (
        root.dep_ == "prep" and root.lower_ in _AT and root.head.i == verb.i)  # "expires at midnight on Nov. 15"
    if not attached or verb.lemma_ in _speech_lemmas():
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBZ" or verb.tag_ == "VBP" and verb.lower_ not in time_lexicon().same_past and _plural_subject(verb):
        return not auxes
    return verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].tag_ in ("VBZ", "VBP") and auxes[0].lemma_ == "be"


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    """The verbs of saying and thinking of ``speech_verbs.txt`` (lemmas)."""
    table = lexicon.read("speech_verbs.txt", columns=(1, 1), sections=("speech", "thought"))
    return frozenset(row[0].lower().split()[0] for row in table)


def _plural_subject(verb: "Token") -> bool:
    """Whether ``verb`` has a subject a plain present (not "-s") agrees with: a plural noun, "we" /
    "they" / "I" / "you", or coordinated words ("he and Arafat meet")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.tag_ == "PRP":
        return subject.lower_ not in ("he", "she", "it") or any(c.dep_ == "conj" for c in subject.children)
    return subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)


def _nobody_could(verb: "Token", cues: Any) -> bool:
    """Whether the subject of ``verb`` is a negative quantity ("no one", "neither he nor ...")."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(cues.get("quantity", t.lower_) == "negated" for t in c.subtree)
        for c in verb.children
    )


def _expectation(verb: "Token") -> bool:
    """Whether ``verb`` is a passive of expecting or planning ("was expected", "had been scheduled"; the
    ``future`` governors of ``modal_cues.tsv``): the time it hangs on is when the thing looked for was
    to happen, which its tense does not place before publication.  An active one dates its own act
    ("pledged in March to cut taxes", "set a record in March"): that looks back as any past does."""
    from seismo.extract.framing.cues import modal_cues

    return modal_cues().get("governor", verb.lemma_) == "future" and passive_aux(verb)


#: "since" right before a time expression puts it in the past
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def after_since(text: str, start: int) -> bool:
    """Whether "since" stands right before the time expression at ``start`` ("since Thursday")."""
    return _SINCE.search(text, max(0, start - 12), start) is not None
#: prepositions of a time reached ("extended to Nov. 16", "through January")
_TOWARDS = frozenset({"to", "until", "till", "through"})


def looks_back(doc: "Doc", start: int, end: int) -> bool:
    """Whether the verb a time expression hangs on (directly or through its preposition) tells what
    happened: the past tense ("closed in December", "the year ended Jan. 31") or a perfect ("has
    fallen since May"); not one further off ("said the split is payable Dec. 7")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.head
    if after_since(doc_text(doc), start):
        return True  # "since January": a time gone by
    if verb.dep_ == "prep" and verb.lower_ in _TOWARDS:
        return False  # "extended the offer to Nov. 16": a time it reaches, not one it happened at
    at = verb.dep_ == "prep" and verb.lower_ in _AT
    if verb.dep_ == "prep" and verb.i != verb.head.i:
        verb = verb.head
    if at and verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN") and verb.head.tag_ == "VBD":
        verb = verb.head  # "heard arguments in April": hung on the object, it dates the verb
    if verb.i == span.root.i or not is_verbal(verb):
        return False
    if _expectation(verb):
        return False  # "had been expected before the end of the year": when the thing looked for was to be
    if verb.tag_ == "VBD":
        return True
    bare = span.root.head.i == verb.i and span.root.dep_ == "npadvmod"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and (at or bare) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    ):
        return True  # a participle that tells what befell its noun: "the decree, signed by the regent in May"
    # a perfect ("has fallen since May") or a passive in the past ("was founded in January")
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" or c.dep_ == "auxpass" and c.tag_ == "VBD"
                                      for c in verb.children)


def nearest_way(doc: "Doc", start: int, end: int, published: "dt.date") -> bool | None:
    """For a weekday naming the day of a thing that a clause tells of the lead-up to, in the possessive or
    before its noun ("campaigned before Thursday's election", "rallied ahead of the Monday deadline"; word
    class ``lead_up``): the clause's tense says nothing of that day, so whether the nearest such day to
    publication is ahead (True) or behind (False); None for anything else ("injured in Sunday's
    clashes" follows its clause) or for publication's own weekday."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[0].lower_ not in time_lexicon().weekdays:
        return None
    root = span.root
    noun = root.head
    if root.dep_ not in ("poss", "compound", "nmod") or noun.i <= root.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None  # no noun whose day it names
    prep = noun.head if noun.dep_ == "pobj" else None
    lead = lexicon.word_class("lead_up")
    if prep is None or not (prep.lower_ in lead or prep.lower_ == "of" and prep.head.lower_ in lead):
        return None
    wd = time_lexicon().weekdays[span[0].lower_]
    back, ahead = (published.weekday() - wd) % 7, (wd - published.weekday()) % 7
    return None if back == 0 else ahead < back
