"""The quotes step: who said what, in what role, for which organisation.

``find_quotes(doc, *, article, found, resources)`` returns :class:`~seismo.model.Quote`
records in text order:

* ``direct`` — the words inside quote marks (:mod:`seismo.extract.quotes.marks` pairs the marks;
  :mod:`seismo.extract.quotes.attribution` finds the cue and speaker), one record per paragraph of
  a quotation running over several paragraphs; a quotation with no cue of its own that opens its
  paragraph after one ending in a colon ("X issued the following statement:") takes that clause's
  speaker, and one that follows reported speech in its paragraph ("X said ... . “...”") continues
  it; one inside the complement of a reporting noun with a named holder, nearer than any cue
  before it ("over her claim that “...”"), is the holder's; one with no cue in the sentence of an
  attributed quotation is that quotation's speaker's, past a clause whose subject is a thing; a
  transcript's speaker label (``"WALLACE: ...``, ``TRUMP: ...``) names the speaker of its
  paragraph's quotations, one paragraph of a long quotation at a time, and in a transcript written
  with no quote marks each labelled paragraph (``RUIZ:``, or ``Ms. Ruiz:`` where each such name
  opens two paragraphs or more) is a quotation of its own; in a printed interview (``Q:`` /
  ``A:``) each answer is, through its label, the words of the person named most often before the
  first question (the one the introduction is about), and one with no quote
  marks is a quotation of its own, while a quoted question (``Q: “...”``) is the words of the one
  person named there right after an interviewer's role noun ("our correspondent, X"); one closed by a full stop is named by a next sentence pointing
  back at it ("That was how X put it.", "That warning came from X."), and one ending its
  paragraph by such a sentence opening the next; one after a lead-in presenting a person's words ("Here is
  the text of X's remarks.") is that person's; one inside a reported content is that report's
  speaker's (a headline's ``Name: “...”``); and one no rule attributes that opens its sentence
  (or holds its main clause after an opening phrase set off by a comma: ``Still, “...”``) goes on, at lower confidence, with the last direct speaker of the three paragraphs before it,
  unless reported speech came between; one that sits inside a clause is, at lower confidence
  still, the words of that clause's subject before it ("X ended her speech with “...”"), and one
  going on with a clause that has its own subject the words of the speech verb whose complement
  holds that clause ("X said that by dropping “...,” the council had “...”"); a sentence after a
  closed quotation whose speech verb has a noun object of its own ("Y then recalled a storm") is a
  new statement, not the quotation's tag;
* ``indirect`` — reported claims ("X said that ...", "according to X, ...") from
  :mod:`seismo.extract.quotes.indirect`, and a poll's or study's finding set off by "in" ("In
  the latest survey, X leads by six points") from :mod:`seismo.extract.quotes.nouns`; a content
  ends before a speech report nested in it (``X said A after Y admitted B``: A is X's, B is Y's;
  ``X said A, which Y said B``: "which Y said B" is Y's);
* ``paraphrase`` — a reporting or stance verb with a noun or clausal object and no quotation
  ("accused X of ...", "denied reports that ...", "called for ...") from
  :mod:`seismo.extract.quotes.paraphrase`, and a reporting noun's complement with a named
  holder ("the governor's claim that ...", "a Reuters report that ...") from
  :mod:`seismo.extract.quotes.nouns`, where no direct or indirect quote already holds it (a
  content the parse ran on into a claim reported on its own ends before that claim); and one
  reported inside another's content with its own cue, source and content there ("X said the
  unions had accused Y of ...": the unions' accusation, inside X's claim) from
  :mod:`seismo.extract.quotes.nested`.

Reported speech never runs over a line break (a content the parse carried into the next
paragraph keeps its part on the cue's side), and a short title-case quotation after an
organisation's possessive is a programme's name, not speech ("told CNN's “State of the Union”").

Speakers carry a profile gathered over the whole article (:mod:`seismo.extract.quotes.speakers.profiles`),
and mentions become speakers in :mod:`seismo.extract.quotes.speakers.resolve`.
Pronouns and bare role descriptions ("she", "the analyst") resolve to the last named person
quoted before them whose gender, where the article or the given name shows it ("Ms.", "spokesman", "Laura"), agrees (a pronoun whose own sentence, or one of the two before it in its paragraph,
has a person's name as an earlier subject, to that name: "Ban Ki-moon condemned what he called
..."); with no one quoted before who agrees, a bare role goes to the nearest person named before
it in that role ("spokesman Tom Berger" ... "the spokesman said") and a pronoun to the nearest
person named before it whom the article or the given name shows to be of its sex ("Mrs. Ruiz" ...
"she said"; "Laura Kemp" ... "she said"); their ``text`` stays as written and
``name`` is the person's.  A relative
pronoun standing for a speaker ("Markova, who said ...", "voters who say") keeps its words too
and takes the name and profile, or for an unnamed noun its description (``role`` "voters").  A
speaker that names no person has ``name=None`` and its description in ``role``; a description
with a name in apposition ("the mayor's spokesman, Ana Ruiz,") or given by a naming participle
("a colonel named Ana Ruiz") is that person, its words running on to the name; an "it" or "they" whose sentence has a named organisation as an earlier subject
("the council condemned what it called ...") takes the organisation's name.  Each mention is
resolved once: a quotation continuing an earlier one keeps the person its pronoun stood for then.
Country and sector come from the actor resolver (``resources.actor_resolver``) when it is there;
without it they are ``None`` and quotes work all the same.

Cheap per document: one pass over the marks, a bounded window of tokens per quotation,
and one pass over the tokens for indirect speech.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Any, Literal

from seismo.extract import lexicon
from seismo.extract.furniture import link_lines
from seismo.extract.quotes.attribution import (
    SENTENCE_END,
    QuoteAttribution,
    Tokens,
    after_window,
    before_window,
    from_after,
    from_before,
    opens_sentence,
    reads_as_clause,
    signed_line,
)
from seismo.extract.quotes.clauses import LABEL_DASHES, programme_title, quoted_name, scare_phrase
from seismo.extract.quotes.cues import CueLexicon, is_cue_token, load_cues
from seismo.extract.quotes.indirect import across_break, before_nested, find_headline_claim, find_indirect, in_paragraph
from seismo.extract.quotes.nested import find_inner_paraphrases, find_nested
from seismo.extract.quotes.marks import (
    Interview, Paragraph, QuoteSegment, answer_label, find_quote_segments, from_label, interview, paragraphs,
    transcript_turns,
    turn_label,
)
from seismo.extract.quotes.nouns import find_findings, find_report_nouns, holding_quotation
from seismo.extract.quotes.paraphrase import find_paraphrases, paraphrase_verbs
from seismo.extract.quotes.speakers.handover import (
    Direct, after_reported, answerer, from_echo, from_lead, lead_sentence, lede_subject,
)
from seismo.extract.quotes.speakers.mentions import SUBJECT_DEPS, Mention, mention_at, strip_possessive
from seismo.extract.quotes.speakers.profiles import build_profiles, named_people
from seismo.extract.quotes.speakers.resolve import SpeakerMaker
from seismo.model import Article, Quote, Span, Speaker
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from spacy.tokens import Doc, Token

    from seismo.resources import Resources

STEP = "seismo.quotes.v41"
Kind = Literal["direct", "indirect", "paraphrase"]
#: a quotation continues the previous one only within this many paragraphs
CONTINUATION_PARAGRAPHS = 1


#: a town at least this populous may open a dateline ("PATNA: ..."), a smaller namesake of a body
#: or a person ("HAMAS", "TRUMP") may not
DATELINE_TOWN_POPULATION = 50_000


def town_finder(resources: "Resources | None") -> "Callable[[str], bool] | None":
    """Whether a name is a town's own name in the gazetteer (``DATELINE_TOWN_POPULATION`` or more),
    or ``None`` without resources."""
    if resources is None:
        return None
    gazetteer = resources.gazetteer

    def is_town(name: str) -> bool:
        entries = (gazetteer.entry(c.row) for c in gazetteer.lookup(name) if not c.alternate)
        return any(e.kind == "city" and e.population >= DATELINE_TOWN_POPULATION for e in entries)

    return is_town


def find_quotes(
    doc: "Doc", *, article: Article, found: dict[str, Any], resources: "Resources | None" = None
) -> tuple[Quote, ...]:
    """Direct and indirect quotations in ``doc`` with their speakers (see the module docstring)."""
    text = article.text
    cues = load_cues()
    toks = Tokens(doc)
    paras = paragraphs(text)
    directs = attribute_directs(doc, text, toks=toks, paras=paras, cues=cues)
    quoted = [(seg.start, seg.end) for d in directs for seg in d.segments]
    indirects = find_indirect(doc, quoted=quoted, cues=cues)
    if paras:
        headline = find_headline_claim(doc, first_paragraph=(paras[0].start, paras[0].end), cues=cues,
                                       is_town=town_finder(resources))
        if headline is not None and not any(ind.start == headline.start for ind in indirects):
            indirects.append(headline)
    taken = quoted + [(ind.start, ind.end) for ind in indirects]
    indirects += find_findings(doc, taken=taken, cues=cues)
    indirects = in_paragraph(text, [ind for ind in indirects if not across_break(text, ind)])
    spoken = [
        (d.segments[0].open, d.attribution.cue[0], d.attribution.mention) for d in directs
        if d.attribution.cue is not None and d.attribution.mention is not None
    ]  # fmt: skip
    indirects = before_nested(doc, indirects, cues=cues, quoted=spoken)
    taken = quoted + [(ind.start, ind.end) for ind in indirects]
    cued = {seg.start: d.attribution.cue[0] for d in directs if d.attribution.cue is not None for seg in d.segments}
    paraphrases = find_paraphrases(doc, taken=taken, cues=cues, cued=cued)
    paraphrases += find_report_nouns(doc, taken=taken + [(par.start, par.end) for par in paraphrases], cues=cues)
    paraphrases = in_paragraph(text, [par for par in paraphrases if not across_break(text, par)])
    paraphrases += find_inner_paraphrases(doc, indirects + paraphrases, quoted=quoted, cues=cues)
    directs = after_reported(doc, directs, indirects + paraphrases, paras=paras)
    indirects += find_nested(doc, directs, cues=cues)

    book = build_profiles(doc, cues=cues)
    speakers = SpeakerMaker(doc, article, book, resources, cues)
    items: list[tuple[int, Any]] = [(d.segments[0].start, d) for d in directs]
    items += [(ind.start, ind) for ind in indirects]
    items += [(par.start, par) for par in paraphrases]
    out: list[Quote] = []
    furniture = link_lines(text)
    for start, item in sorted(items, key=lambda x: x[0]):
        if any(a <= start < b for a, b in furniture):
            continue  # a line of page furniture ("RELATED: ...", "Read more: ...") reports another story

        if isinstance(item, Direct):
            att = item.attribution
            speaker, penalty = speakers.make(att.mention, outlet=att.outlet)
            cue = _span(text, att.cue)
            for seg in item.segments:
                out.append(_quote(text, seg.start, seg.end, kind="direct", speaker=speaker, cue=cue,
                                  confidence=att.confidence - penalty))
        else:
            speaker, penalty = speakers.make(item.mention, outlet=None)
            out.append(_quote(text, item.start, item.end, kind=item.kind, speaker=speaker,
                              cue=_span(text, item.cue), confidence=item.confidence - penalty))
    return tuple(out)


def _quote(text: str, start: int, end: int, *, kind: Kind, speaker: Speaker | None,
           cue: Span | None, confidence: float) -> Quote:
    """The quote ``text[start:end]``; its confidence (less any penalty for a vague speaker)
    never falls below 0.05."""
    return Quote(start=start, end=end, text=text[start:end], kind=kind, speaker=speaker, cue=cue,
                 confidence=max(0.05, confidence), step=STEP)


def _span(text: str, where: tuple[int, int] | None) -> Span | None:
    return None if where is None else Span(where[0], where[1], text[where[0] : where[1]])


def attribute_directs(
    doc: "Doc", text: str, *, toks: Tokens, paras: tuple[Paragraph, ...], cues: CueLexicon
) -> list[Direct]:
    """Group quote segments into quotations and attribute each; scare quotes are dropped."""
    talk = interview(text, paras)
    segments = find_quote_segments(text) + transcript_turns(text, paras) + (talk.segments if talk else ())
    guest = _interviewee(doc, talk, cues)
    host = _interviewer(doc, talk, guest)
    groups: dict[int, list[QuoteSegment]] = {}
    for seg in segments:
        groups.setdefault(seg.group, []).append(seg)
    ordered = sorted(_split_at_labels(text, list(groups.values())), key=lambda g: g[0].start)
    out: list[Direct] = []
    previous: Direct | None = None
    for n, group in enumerate(ordered):
        first, last = group[0], group[-1]
        if len(group) == 1 and programme_title(doc, text, toks.last_before(first.open), first):
            continue
        # the clause after a quotation runs over a quoted name in it ("“...,” X, wearing a “Vote
        # No” pin, said") up to the next quotation proper
        later = (g for g in ordered[n + 1 :] if not quoted_name(text, g))
        next_open = next((g[0].open for g in later), len(text))
        prev_close = _floor(doc, text, toks, ordered[:n], first.open)
        para_last = paras[last.paragraph]
        para_first = paras[first.paragraph]
        a_i, a_j = after_window(toks, last.close, min(next_open, para_last.end))
        b_i, b_j = before_window(toks, first.open, max(prev_close, para_first.start))
        # a sentence after it may point back at it: "That was how X put it.", "So said X."
        if _new_sentence_after(doc, text, last, a_i, a_j, inside=not opens_sentence(doc, b_i, b_j)):
            after = from_echo(doc, a_i, a_j, cues=cues)
        else:
            # a clause pointing back at it names its speaker before any clause of the tag does
            # ("“...” The warning came from X, speaking in Y.": X, not "the warning")
            after = from_echo(doc, a_i, a_j, cues=cues) or from_after(doc, a_i, a_j, cues=cues)
        att = _labelled(text, toks, first) or after or _nearest(
            from_before(doc, b_i, b_j, cues=cues), holding_quotation(doc, b_i, b_j, cues=cues))
        if att is None and _ends_paragraph(text, last, para_last) and last.paragraph + 1 < len(paras):
            # a quotation with no tag ending its paragraph, pointed back at by the next one's
            # first sentence ("“...”" / "That warning came from X.")
            following = paras[last.paragraph + 1]
            e_i, e_j = after_window(toks, following.start, min(next_open, following.end))
            att = from_echo(doc, e_i, e_j, cues=cues) or signed_line(doc, e_i, e_j, cues=cues)  # or "— Ana Ruiz."
            if att is None and first.paragraph == 0 and not text[para_first.start : first.open].strip():
                att = lede_subject(doc, e_i, e_j, cues=cues)  # the article opens on it: "“...”" / "Ana Ruiz was ..."
        if att is None:  # a transcript turn: "TRUMP: They call it “stop and frisk” ..."
            att = _turn(text, toks, para_first, first)
        if att is None and guest is not None and first.paragraph in talk.answers:  # "A: ..."
            att = _answer_label(text, toks, para_first, guest)
        if att is None and talk is not None and first.paragraph in talk.answers:
            att = QuoteAttribution("label", None, None)  # an answer by no one named: never the one who asks
        if att is None and host is not None and first.paragraph in talk.questions:  # "Q: “...”"
            att = _answer_label(text, toks, para_first, host, kind="question_label")
        if att is None:  # a quotation opening its paragraph, after one that ends in a colon
            att = _introduced(doc, text, toks, paras, first, cues)
        if att is None and opens_sentence(doc, b_i, b_j) and reads_as_clause(doc, toks, first.start, last.end):
            att = _lead_in(doc, toks, paras, first, prev_close, cues)
        if att is None and previous is not None and _same_sentence(doc, toks, previous, first, cues=cues):
            att = QuoteAttribution("continuation", previous.attribution.cue, previous.attribution.mention)
        if (
            att is None and previous is not None and opens_sentence(doc, b_i, b_j)
            and not quoted_name(text, group)
        ):
            gap = first.paragraph - previous.segments[-1].paragraph
            if gap <= CONTINUATION_PARAGRAPHS and previous.attribution.mention is not None:
                speaker = answerer(text, out, previous) if gap > 0 else previous
                att = QuoteAttribution("continuation", speaker.attribution.cue, speaker.attribution.mention)
        if att is None:
            if first.group >= 0 and not reads_as_clause(doc, toks, first.start, last.end):
                continue  # a scare quote or a title: no cue, too short to be speech (a turn is speech by layout)
            att = QuoteAttribution("none", None, None)
        direct = Direct(tuple(group), att)
        out.append(direct)
        previous = direct
    return out


def _nearest(before: QuoteAttribution | None, noun: QuoteAttribution | None) -> QuoteAttribution | None:
    """Of a cue before a quotation and a reporting noun whose complement holds it ("X is angry over
    her claim that “...”"), the one nearer the quotation: the cue when it starts after the noun
    ends (or names no cue), else the noun's holder."""
    if noun is None or (before is not None and (before.cue is None or before.cue[0] >= noun.cue[1])):
        return before
    return noun


def _ends_paragraph(text: str, last: QuoteSegment, para: Paragraph) -> bool:
    """Whether nothing but closing marks follows the quotation in its paragraph."""
    return not text[last.close : para.end].strip(" \"'”’")


def _floor(doc: "Doc", text: str, toks: Tokens, before: list[list[QuoteSegment]], open_: int) -> int:
    """Where the words before a quotation (opening at ``open_``) may start: after the last
    quotation before it, passing over quoted names, title-case words with no punctuation at their
    end (``Clinton appeared at the “Veterans Forum” hosted by X and said ...: “...”``), and
    phrases set in the sentence when no clause with a subject of its own follows them (``deemed
    “top secret,” saying ...: “...”``, but not ``called it a “disaster” because the city
    “...”``)."""
    for group in reversed(before):
        if quoted_name(text, group):
            continue
        if scare_phrase(text, group) and not _subject_between(doc, toks, group[-1].close, open_):
            continue
        return group[-1].close
    return 0


def _subject_between(doc: "Doc", toks: Tokens, start: int, end: int) -> bool:
    """Whether a clause with a subject of its own stands in the text between ``start`` and ``end``."""
    i, j = toks.last_before(start) + 1, toks.last_before(end) + 1
    return any(t.dep_ in SUBJECT_DEPS for t in doc[i:j])


def _same_sentence(doc: "Doc", toks: Tokens, previous: Direct, seg: QuoteSegment, *, cues: CueLexicon) -> bool:
    """A quotation with no cue of its own in the sentence of an attributed one before it is the
    same speaker's: ``X called him a “liar” who is “utterly amoral.”``, unless a clause with a
    subject of its own that may speak comes between (``X called her a “disgrace” after she
    blamed “...”``): one whose verb reports or judges, or a subject naming someone; a thing's
    clause leaves the words the first speaker's (``X said drivers would be “furious” if the deal
    is signed because “...”``)."""
    text = doc_text(doc)
    last = previous.segments[-1]
    if previous.attribution.mention is None or last.paragraph != seg.paragraph:
        return False
    if text[last.start : last.end].rstrip().endswith((".", "!", "?")):
        return False
    if any(mark in text[last.close : seg.open] for mark in ".!?:;"):
        return False
    lo, hi = toks.first_at_or_after(last.close), toks.first_at_or_after(seg.open)
    relative = lexicon.word_class("relative_pronoun")
    inside = doc[hi + 1] if hi + 1 < len(doc) else None  # the quotation's first word
    return not any(
        t.dep_ in SUBJECT_DEPS and t.lower_ not in relative and _may_speak(t, cues, lo=lo, hi=hi, inside=inside)
        for t in doc[lo:hi]
    )


def _may_speak(subject: "Token", cues: CueLexicon, *, lo: int, hi: int, inside: "Token | None") -> bool:
    """Whether a clause's subject may be the one a quotation after it is from: its verb is a cue
    of speech, thought or stance, or takes the quotation as an argument ("because the ad depicts
    migrants as “...”": the ad's words, or no one's), or it names a person, a group or a body."""
    verb = subject.head
    if is_cue_token(verb, cues=cues) or verb.lemma_.lower() in paraphrase_verbs():
        return True
    if inside is not None and verb.is_ancestor(inside) and _path_child(verb, inside).dep_ != "advcl":
        return True  # an argument of the thing's verb; not a clause set beside it ("stays because “...”")
    mention = mention_at(subject, lo=lo, hi=hi, cues=cues)
    return mention is not None and mention.kind != "description"


def _path_child(ancestor: "Token", token: "Token") -> "Token":
    """The child of ``ancestor`` on the path down to ``token``."""
    while token.head.i != ancestor.i and token.head.i != token.i:
        token = token.head
    return token


def _new_sentence_after(doc: "Doc", text: str, seg: QuoteSegment, i: int, j: int, *, inside: bool = False) -> bool:
    """A quotation closed by a full stop, a question or an exclamation mark (``“... change.” She
    adds, “...”``, ``“Why?” He answered, “...”``) ends its sentence:
    the words after it attribute it only as a clause of their own that ends there too
    (``“... change.” Trump said.``) and reports nothing of its own (``“...” The board said it
    would appeal.`` is a new statement), and only when the quotation is its own sentence, not the
    end of one begun before it (``inside``: ``X said that A or “B.” Y declined to comment.``),
    never as the opening of what follows; words that
    go on in small letters (``“Ready?” she asked, ...``) are still its tag.  A speech verb with a
    noun object of its own reports that (``“...” Reyes then recalled a storm.``), unless its object
    is the one spoken to (``“...” Reyes told reporters.``)."""
    words = text[seg.start : seg.end]
    if not words.endswith(tuple(SENTENCE_END)) or words.endswith("..") or (i < j and doc[i].text in LABEL_DASHES):
        return False  # a dash signs the quotation: “...” — Ana Ruiz
    if i < j and doc[i].is_lower and doc[i].is_alpha:
        return False  # a small letter goes on with the sentence: “Ready?” she asked, “...”
    reports = any((t.dep_ == "ccomp" and i <= t.head.i < j) or _says_its_own(t, i, j) for t in doc[i:j])
    return inside or reports or not (j < len(doc) and doc[j].text in SENTENCE_END)


def _says_its_own(token: "Token", i: int, j: int) -> bool:
    """A noun that is the direct object of a speech verb in ``doc[i:j]`` is what that verb
    reports (``“...” Reyes then recalled a storm.``), unless the verb's
    object is the one spoken to (class ``addressee_verb``: ``“...” she told reporters.``); a
    pronoun object points back at the quotation or at a listener (``said it``, ``told him``)."""
    verb = token.head
    return (
        token.dep_ == "dobj" and token.pos_ in {"NOUN", "PROPN"} and i <= verb.i < j and verb.pos_ == "VERB"
        and is_cue_token(verb, cues=load_cues())
        and verb.lemma_.lower() not in lexicon.word_class("addressee_verb")
    )


def _split_at_labels(text: str, groups: list[list[QuoteSegment]]) -> list[list[QuoteSegment]]:
    """A transcript run over several paragraphs changes speaker at each label: a segment that
    opens with one (``"WALLACE: ...`` / ``"PENCE: ...``) starts a quotation of its own."""
    out: list[list[QuoteSegment]] = []
    for group in groups:
        current = [group[0]]
        for seg in group[1:]:
            if from_label(text, seg.start, seg.end) is not None:
                out.append(current)
                current = [seg]
            else:
                current.append(seg)
        out.append(current)
    return out


def _introduced(
    doc: "Doc", text: str, toks: Tokens, paras: tuple[Paragraph, ...], seg: QuoteSegment, cues: CueLexicon
) -> QuoteAttribution | None:
    """A quotation that opens its paragraph after one ending in a colon is what that paragraph's
    last clause introduces: ``X issued the following statement:`` / ``“...”``."""
    if seg.paragraph == 0 or text[paras[seg.paragraph].start : seg.open].strip():
        return None
    before = paras[seg.paragraph - 1]
    if not text[before.start : before.end].rstrip().endswith(":"):
        return None
    i, j = before_window(toks, before.end, before.start)
    return from_before(doc, i, j, cues=cues)


def _lead_in(
    doc: "Doc", toks: Tokens, paras: tuple[Paragraph, ...], seg: QuoteSegment, floor: int, cues: CueLexicon
) -> QuoteAttribution | None:
    """A quotation opening its sentence after a sentence (of its paragraph or the one before)
    whose subject is a person is that person's: ``Ana Ruiz was blunt.`` / ``“...”``."""
    lead = lead_sentence(toks, seg.open, floor=max(floor, paras[max(0, seg.paragraph - 1)].start))
    return None if lead is None else from_lead(doc, *lead, cues=cues)


def _labelled(text: str, toks: Tokens, seg: QuoteSegment) -> QuoteAttribution | None:
    """A transcript quotation that names its speaker first: ``“PENCE: Well, ...”``, or a turn
    written with no quote marks (a negative group): ``Ms. Ruiz: Well, ...``."""
    label = turn_label(text, seg.open, seg.end) if seg.group < 0 else from_label(text, seg.start, seg.end)
    if label is None:
        return None
    head = toks.last_before(label[1])
    return QuoteAttribution("label", None, Mention(label[0], label[1], head, "person"))


def _interviewee(doc: "Doc", talk: Interview | None, cues: CueLexicon) -> QuoteAttribution | None:
    """The one answering a printed interview: the person its introduction is about, the one named
    most often before the first question (by last name: "Vice President Ana Ruiz" ... "Ruiz
    said"), the first named of those named as often; the mention is the last naming them there.
    With no one named, the role the introduction has as a subject ("The governor spoke to us ...")."""
    named = [] if talk is None else [e for e in named_people(doc) if e.end_char <= talk.first_question]
    if not named:
        return None if talk is None else (_introduced_role(doc, talk, cues) or _addressed(doc, talk))
    surname = {e.start: strip_possessive(e.text).split()[-1].lower() for e in named}
    counts = Counter(surname.values())
    first = {}
    for e in sorted(named, key=lambda e: e.start):
        first.setdefault(surname[e.start], e.start)
    guest = max(counts, key=lambda name: (counts[name], -first[name]))
    ent = max((e for e in named if surname[e.start] == guest), key=lambda e: e.start)
    return QuoteAttribution("label", None, Mention(ent.start_char, ent.end_char, ent.end - 1, "person"))


def _addressed(doc: "Doc", talk: Interview) -> QuoteAttribution | None:
    """With no one named before the first question, the person that question addresses by name
    right after its label ("Q: Ms. Ruiz, what do you say ...?"): the one who answers."""
    ents = [e for e in named_people(doc) if talk.first_question <= e.start_char < talk.first_question + 40]
    text = doc_text(doc)
    for ent in ents:
        before = text[talk.first_question : ent.start_char]
        if re.fullmatch(r"\s*[A-Z][a-z]*:\s*(?:[A-Z][a-z]*\.?\s+)?", before) and text[ent.end_char : ent.end_char + 1] == ",":
            return QuoteAttribution("label", None, Mention(ent.start_char, ent.end_char, ent.end - 1, "person"))
    return None


def _introduced_role(doc: "Doc", talk: Interview, cues: CueLexicon) -> QuoteAttribution | None:
    """The first subject before an interview's first question that is a role noun and speaks to
    the writers ("The governor spoke to us on Tuesday", "talked with me"): the one the
    introduction presents, never a reporter who met someone or a third party."""
    for tok in doc:
        if tok.idx >= talk.first_question:
            break
        if (
            tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.lemma_.lower() in cues.roles
            and _to_us(tok.head)
        ):
            sent = tok.sent
            mention = mention_at(tok, lo=sent.start, hi=sent.end, cues=cues)
            if mention is not None:
                return QuoteAttribution("label", None, mention)
    return None


def _to_us(verb: "Token") -> bool:
    """Whether ``verb`` has "to" or "with" the writers ("spoke to us", "sat down with me") or their
    questions for its object ("answered our questions")."""
    return any(
        (child.dep_ == "prep" and child.lower_ in {"to", "with"}
         and any(o.dep_ == "pobj" and o.lower_ in {"us", "me"} for o in child.children))
        or (child.dep_ == "dobj"
            and any(o.dep_ == "poss" and o.lower_ in {"our", "my"} for o in child.children))
        for child in verb.children
    )  # fmt: skip


def _interviewer(doc: "Doc", talk: Interview | None, guest: QuoteAttribution | None) -> QuoteAttribution | None:
    """The one asking a printed interview's questions: the only person named before the first
    question, other than the one answering, right after a role noun of the one who asks (class
    ``interviewer_role``: "spoke to our correspondent, Ana Ruiz,"), else no one."""
    if talk is None or guest is None or guest.mention is None:
        return None
    text = doc_text(doc)
    answering = strip_possessive(text[guest.mention.start : guest.mention.end]).split()[-1].lower()
    roles = lexicon.word_class("interviewer_role")
    hosts: dict[str, Any] = {}
    for ent in named_people(doc):
        if ent.end_char > talk.first_question or strip_possessive(ent.text).split()[-1].lower() == answering:
            continue
        before = [t for t in doc[max(0, ent.start - 2) : ent.start] if t.text != ","]
        if before and before[-1].lower_ in roles:
            hosts.setdefault(strip_possessive(ent.text).split()[-1].lower(), ent)
    if len(hosts) != 1:
        return None
    (ent,) = hosts.values()
    return QuoteAttribution("label", None, Mention(ent.start_char, ent.end_char, ent.end - 1, "person"))


def _answer_label(text: str, toks: Tokens, para: Paragraph, guest: QuoteAttribution, *,
                  kind: str = "answer_label") -> QuoteAttribution:
    """The answer label opening an interview's paragraph (``A:``) as written, standing for the one
    answering, as a transcript turn's label names its speaker; the guest's own mention where the
    paragraph opens with none.  A question's label (``Q:``, ``kind="question_label"``) stands for
    the one asking (``guest`` is then the interviewer)."""
    label = answer_label(text, para, kind=kind)
    if label is None or guest.mention is None or guest.mention.kind != "person":
        return guest  # no label, or one standing for a role ("The governor"), which names them better
    start, end = label
    mention = Mention(start, end, toks.first_at_or_after(start), "person", guest.mention)
    return QuoteAttribution("label", None, mention)


def _turn(text: str, toks: Tokens, para: Paragraph, seg: QuoteSegment) -> QuoteAttribution | None:
    """A quotation with no cue of its own inside a transcript turn, a paragraph that opens with a
    speaker's label (``TRUMP: They call it “stop and frisk” ...``), is the turn speaker's."""
    label = from_label(text, para.start, para.end)
    if label is None or label[1] >= seg.open:
        return None
    head = toks.last_before(label[1])
    return QuoteAttribution("label", None, Mention(label[0], label[1], head, "person"))


