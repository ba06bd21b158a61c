"""Attributions a speaker reports inside their own quotation.

A quotation may report speech or thought of its own, with the speaker as its source: ``“I told
the governor that we would not back down,” Ruiz said`` reports that Ruiz told the governor "we
would not back down"; an interview's answer ``I think the ruling was wrong`` gives the guest's
view.  These are found by the same readers as the attributions outside quotation marks
(:mod:`.indirect` for reported clauses, :mod:`.paraphrase` for verbs with a noun object), inside
each attributed quotation, and kept only when their source is the first person singular ("I"),
which the grammar of quotation makes the quotation's speaker: the nested attribution's speaker
is written "I" and stands for whoever speaks the quotation.  Only what the speaker states is
kept: a report negated, doubted, asked about or set in a condition is no claim of theirs.  "We" is a group the speaker belongs
to, "he" or "they" someone the speaker talks about; neither is resolved here, so neither is kept.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.quotes.cues import CueLexicon, is_cue_token
from seismo.extract.quotes.indirect import Indirect, from_cue
from seismo.extract.quotes.paraphrase import candidates, from_verb
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from seismo.extract.quotes.speakers.handover import Direct


def find_nested(doc: "Doc", directs: "list[Direct]", *, cues: CueLexicon) -> list[Indirect]:
    """The attributions whose source is "I" inside each quotation of ``directs`` that has a
    speaker; each one's mention stands for the quotation's speaker (its ``antecedent``)."""
    first_person = lexicon.word_class("actor_speaker")
    reported = set(candidates(doc))
    out: list[Indirect] = []
    for direct in directs:
        speaker = direct.attribution.mention
        if speaker is None:
            continue
        for seg in direct.segments:
            span = doc.char_span(seg.start, seg.end, alignment_mode="contract")
            if span is None:
                continue
            for tok in span:
                found = None
                if is_cue_token(tok, cues=cues):
                    found = from_cue(tok, cues)
                if found is None and tok.i in reported:
                    found = from_verb(tok, cues, quoted=True)
                if found is None or not (seg.start <= found.start and found.end <= seg.end) or not _stated(tok):
                    continue
                words = doc_text(doc)[found.mention.start : found.mention.end].lower()
                if words not in first_person or any(_overlaps(found, o) for o in out):
                    continue
                out.append(replace(found, mention=replace(found.mention, antecedent=speaker)))
    return out


def _stated(cue: "Token") -> bool:
    """Whether the speaker states what the cue reports: not negated ("I don't think", "I never
    claimed", "I'm not saying"), not a doubt or a question ("I doubt", "I wonder whether", "I
    asked whether"), not inside a condition ("If I said ..., I would be lying")."""
    if cue.lemma_.lower() in lexicon.word_class("unstated_cue"):
        return False
    if any(c.dep_ == "neg" for c in cue.children):
        return False
    if any(m.dep_ == "mark" and m.lower_ in lexicon.word_class("question_open")
           for c in cue.children if c.dep_ in {"ccomp", "xcomp", "advcl"} and c.i > cue.i  # "If we had won, I think ...": a condition
           for m in c.children):
        return False
    t = cue
    while t.head.i != t.i:
        if t.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lexicon.word_class("condition")
                                     for m in t.children):
            return False
        t = t.head
    return True


def _overlaps(a: Indirect, b: Indirect) -> bool:
    return a.start < b.end and b.start < a.end
