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

A reported claim outside quotation marks may hold a paraphrase of its own with its own source
(:func:`find_inner_paraphrases`: "The minister said the unions had accused the treasury of
hiding the deficit" reports the unions' accusation inside the minister's claim); it is kept
beside the claim that holds it, as PolNeAR and a reader count both.
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


def find_inner_paraphrases(doc: "Doc", hosts: "list[Indirect]", *, quoted: list[tuple[int, int]],
                           cues: CueLexicon) -> list[Indirect]:
    """The paraphrases reported inside the content of a reported claim: "The minister said the
    unions had accused the treasury of hiding the deficit" reports the unions' accusation as well
    as what the minister said.  A paraphrase's cue, source and content all lie inside one host's
    content (never inside a quotation's own words, which :func:`find_nested` reads), it is
    shorter than the host and overlaps no other host; of two paraphrases found inside one host,
    one may hold the other, but two that cross are one too many (the later is dropped)."""
    inner: list[Indirect] = []
    spans = [(h.start, h.end) for h in hosts]
    for i in candidates(doc):
        verb = doc[i]
        host = next(((a, b) for a, b in spans if a <= verb.idx < b), None)
        if host is None or any(a <= verb.idx < b for a, b in quoted):
            continue
        found = from_verb(verb, cues)
        if found is None or (found.start, found.end) == host:
            continue
        if not (host[0] <= found.start and found.end <= host[1] and host[0] <= found.mention.start < host[1]):
            continue
        others = [s for s in spans if s != host and s[0] < found.end and found.start < s[1]]
        if others or any(_crosses(found, o) for o in inner):
            continue
        inner.append(found)
    return inner


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


def _crosses(a: Indirect, b: Indirect) -> bool:
    """Two claims that overlap with neither holding the other (one nested in another may stand)."""
    return _overlaps(a, b) and not (a.start <= b.start and b.end <= a.end) and not (b.start <= a.start and a.end <= b.end)
