"""The quotes step: who said what, in what role, for which organisation.

``find_quotes(doc, *, article, found, resources)`` returns :class:`~seismo.model.Quote`
records in text order:

* ``direct`` — the words inside quote marks (:mod:`seismo.extract.quotes.marks` pairs the marks;
  :mod:`seismo.extract.quotes.attribution` finds the cue and speaker), one record per paragraph of
  a quotation running over several paragraphs; a quotation with no cue of its own that opens its
  paragraph after one ending in a colon ("X issued the following statement:") takes that clause's
  speaker, and one that follows reported speech in its paragraph ("X said ... . “...”") continues
  it; one with no cue in the sentence of an attributed quotation is that quotation's speaker's; a
  transcript's speaker label (``"WALLACE: ...``, ``TRUMP: ...``) names the speaker of its
  paragraph's quotations, one paragraph of a long quotation at a time, and in a transcript written
  with no quote marks each labelled paragraph (``RUIZ:``, or ``Ms. Ruiz:`` where each such name
  opens two paragraphs or more) is a quotation of its own; in a printed interview (``Q:`` /
  ``A:``) each answer is the last person named before the first question's, and one with no quote
  marks is a quotation of its own; one closed by a full stop is named by a next sentence pointing
  back at it ("That was how X put it."); one after a lead-in presenting a person's words ("Here is
  the text of X's remarks.") is that person's; one inside a reported content is that report's
  speaker's (a headline's ``Name: “...”``); and one no rule attributes that opens its sentence
  goes on, at lower confidence, with the last direct speaker of the three paragraphs before it,
  unless reported speech came between;
* ``indirect`` — reported claims ("X said that ...", "according to X, ...") from
  :mod:`seismo.extract.quotes.indirect`, and a poll's or study's finding set off by "in" ("In
  the latest survey, X leads by six points") from :mod:`seismo.extract.quotes.nouns`; a content
  ends before a speech report nested in it (``X said A after Y admitted B``: A is X's, B is Y's);
* ``paraphrase`` — a reporting or stance verb with a noun or clausal object and no quotation
  ("accused X of ...", "denied reports that ...", "called for ...") from
  :mod:`seismo.extract.quotes.paraphrase`, and a reporting noun's complement with a named
  holder ("the governor's claim that ...", "a Reuters report that ...") from
  :mod:`seismo.extract.quotes.nouns`, where no direct or indirect quote already holds it (a
  content the parse ran on into a claim reported on its own ends before that claim).

Reported speech never runs over a line break (a content the parse carried into the next
paragraph keeps its part on the cue's side), and a short title-case quotation after an
organisation's possessive is a programme's name, not speech ("told CNN's “State of the Union”").

Speakers carry a profile gathered over the whole article (:mod:`seismo.extract.quotes.speakers`).
Pronouns and bare role descriptions ("she", "the analyst") resolve to the last named person
quoted before them whose gender, where the article shows it ("Ms.", "spokesman"), agrees (a pronoun whose own sentence, or one of the two before it in its paragraph,
has a person's name as an earlier subject, to that name: "Ban Ki-moon condemned what he called
..."); with no one quoted before who agrees, a bare role goes to the nearest person named before
it in that role ("spokesman Tom Berger" ... "the spokesman said") and a pronoun to the nearest
person named before it whom the article shows to be of its sex ("Mrs. Ruiz" ... "she said"; a
first name shows nothing); their ``text`` stays as written and
``name`` is the person's.  A relative
pronoun standing for a speaker ("Markova, who said ...", "voters who say") keeps its words too
and takes the name and profile, or for an unnamed noun its description (``role`` "voters").  A
speaker that names no person has ``name=None`` and its description in ``role``; a description
with a name in apposition ("the mayor's spokesman, Ana Ruiz,") is that person, its words running
on to the name; an "it" or "they" whose sentence has a named organisation as an earlier subject
("the council condemned what it called ...") takes the organisation's name.  Each mention is
resolved once: a quotation continuing an earlier one keeps the person its pronoun stood for then.
Country and sector come from the actor resolver (``resources.actor_resolver``) when it is there;
without it they are ``None`` and quotes work all the same.

Cheap per document: one pass over the marks, a bounded window of tokens per quotation,
and one pass over the tokens for indirect speech.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal

from seismo.extract import lexicon
from seismo.extract.quotes.attribution import (
    LABEL_DASHES,
    SENTENCE_END,
    QuoteAttribution,
    Tokens,
    after_window,
    before_window,
    from_after,
    from_before,
    from_echo,
    from_label,
    from_lead,
    lead_sentence,
    opens_sentence,
    reads_as_clause,
)
from seismo.extract.quotes.clauses import programme_title, quoted_name
from seismo.extract.quotes.cues import CueLexicon, load_cues
from seismo.extract.quotes.indirect import (
    Direct, across_break, after_reported, answerer, before_nested, find_headline_claim, find_indirect, in_paragraph,
)
from seismo.extract.quotes.marks import (
    Interview, Paragraph, QuoteSegment, find_quote_segments, interview, paragraphs, transcript_turns,
    turn_label,
)
from seismo.extract.quotes.nouns import find_findings, find_report_nouns
from seismo.extract.quotes.paraphrase import find_paraphrases
from seismo.extract.quotes.speakers import (
    SUBJECT_DEPS,
    Mention,
    Profile,
    ProfileBook,
    agrees,
    appositive_name,
    bound_body,
    build_profiles,
    entities_between,
    gender_of,
    name_of,
    named_people,
    split_role,
    strip_det,
    strip_possessive,
)
from seismo.extract.syntax import entity_of
from seismo.model import Article, Quote, Span, Speaker
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from seismo.resources import Resources

STEP = "seismo.quotes.v14"
Kind = Literal["direct", "indirect", "paraphrase"]
#: a quotation continues the previous one only within this many paragraphs
CONTINUATION_PARAGRAPHS = 1
#: confidence lost when the speaker is a pronoun or description resolved to a named person
ANAPHORA_PENALTY = 0.1
#: how many sentences back (within the paragraph) a pronoun looks for a named subject
PRONOUN_SENTENCES = 2


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
        headline = find_headline_claim(doc, first_paragraph=(paras[0].start, paras[0].end), cues=cues)
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
    paraphrases = find_paraphrases(doc, taken=taken, cues=cues)
    paraphrases += find_report_nouns(doc, taken=taken + [(par.start, par.end) for par in paraphrases], cues=cues)
    paraphrases = in_paragraph(text, [par for par in paraphrases if not across_break(text, par)])
    directs = after_reported(doc, directs, indirects + paraphrases, paras=paras)

    book = build_profiles(doc, cues=cues)
    speakers = _SpeakerMaker(doc, article, book, resources, cues)
    items: list[tuple[int, Any]] = [(d.segments[0].start, d) for d in directs]
    items += [(ind.start, ind) for ind in indirects]
    items += [(par.start, par) for par in paraphrases]
    out: list[Quote] = []
    for _, item in sorted(items, key=lambda x: x[0]):
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
    guest = _interviewee(doc, talk)
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
        prev_close = _floor(text, ordered[:n])
        para_last = paras[last.paragraph]
        para_first = paras[first.paragraph]
        a_i, a_j = after_window(toks, last.close, min(next_open, para_last.end))
        b_i, b_j = before_window(toks, first.open, max(prev_close, para_first.start))
        # a sentence after it may point back at it: "That was how X put it.", "So said X."
        if _new_sentence_after(doc, text, last, a_i, a_j):
            after = from_echo(doc, a_i, a_j, cues=cues)
        else:
            after = from_after(doc, a_i, a_j, cues=cues) or from_echo(doc, a_i, a_j, cues=cues)
        att = (
            _labelled(text, toks, first)
            or after
            or from_before(doc, b_i, b_j, cues=cues)
        )
        if att is None:  # a transcript turn: "TRUMP: They call it “stop and frisk” ..."
            att = _turn(text, toks, para_first, first)
        if att is None and guest is not None and first.paragraph in talk.answers:  # "A: ..."
            att = guest
        if att is None:  # a quotation opening its paragraph, after one that ends in a colon
            att = _introduced(doc, text, toks, paras, first, cues)
        if att is None and opens_sentence(doc, b_i, b_j) and reads_as_clause(doc, toks, first.start, last.end):
            att = _lead_in(doc, toks, paras, first, prev_close, cues)
        if att is None and previous is not None and _same_sentence(doc, toks, previous, first):
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
            if not reads_as_clause(doc, toks, first.start, last.end):
                continue  # a scare quote or a title: no cue, too short to be speech
            att = QuoteAttribution("none", None, None)
        direct = Direct(tuple(group), att)
        out.append(direct)
        previous = direct
    return out


def _floor(text: str, before: list[list[QuoteSegment]]) -> int:
    """Where the words before a quotation may start: after the last quotation before it, passing
    over quoted names, title-case words with no punctuation at their end (``Clinton appeared at
    the “Veterans Forum” hosted by X and said ...: “...”``)."""
    for group in reversed(before):
        if not quoted_name(text, group):
            return group[-1].close
    return 0


def _same_sentence(doc: "Doc", toks: Tokens, previous: Direct, seg: QuoteSegment) -> bool:
    """A quotation with no cue of its own in the sentence of an attributed one before it is the
    same speaker's: ``X called him a “liar” who is “utterly amoral.”``, unless a clause with a
    subject of its own comes between (``X called her a “disgrace” after she blamed “...”``)."""
    text = doc_text(doc)
    last = previous.segments[-1]
    if previous.attribution.mention is None or last.paragraph != seg.paragraph:
        return False
    if text[last.start : last.end].rstrip().endswith((".", "!", "?")):
        return False
    if any(mark in text[last.close : seg.open] for mark in ".!?:;"):
        return False
    between = doc[toks.first_at_or_after(last.close) : toks.first_at_or_after(seg.open)]
    relative = lexicon.word_class("relative_pronoun")
    return not any(t.dep_ in SUBJECT_DEPS and t.lower_ not in relative for t in between)


def _new_sentence_after(doc: "Doc", text: str, seg: QuoteSegment, i: int, j: int) -> bool:
    """A quotation closed by a full stop, a question or an exclamation mark (``“... change.” She
    adds, “...”``, ``“Why?” He answered, “...”``) ends its sentence:
    the words after it attribute it only as a clause of their own that ends there too
    (``“... change.” Trump said.``) and reports nothing of its own (``“...” The board said it
    would appeal.`` is a new statement), never as the opening of what follows; words that
    go on in small letters (``“Ready?” she asked, ...``) are still its tag."""
    words = text[seg.start : seg.end]
    if not words.endswith(tuple(SENTENCE_END)) or words.endswith("..") or (i < j and doc[i].text in LABEL_DASHES):
        return False  # a dash signs the quotation: “...” — Ana Ruiz
    if i < j and doc[i].is_lower and doc[i].is_alpha:
        return False  # a small letter goes on with the sentence: “Ready?” she asked, “...”
    reports = any(t.dep_ == "ccomp" and i <= t.head.i < j for t in doc[i:j])
    return reports or not (j < len(doc) and doc[j].text in SENTENCE_END)


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
    label = turn_label(text, seg.start, seg.end) if seg.group < 0 else from_label(text, seg.start, seg.end)
    if label is None:
        return None
    head = toks.last_before(label[1])
    return QuoteAttribution("label", None, Mention(label[0], label[1], head, "person"))


def _interviewee(doc: "Doc", talk: Interview | None) -> QuoteAttribution | None:
    """The one answering a printed interview: the last person named before its first question."""
    named = [] if talk is None else [e for e in named_people(doc) if e.end_char <= talk.first_question]
    if not named:
        return None
    ent = max(named, key=lambda e: e.start)
    return QuoteAttribution("label", None, Mention(ent.start_char, ent.end_char, ent.end - 1, "person"))


def _turn(text: str, toks: Tokens, para: Paragraph, seg: QuoteSegment) -> QuoteAttribution | None:
    """A quotation with no cue of its own inside a transcript turn, a paragraph that opens with a
    speaker's label (``TRUMP: They call it “stop and frisk” ...``), is the turn speaker's."""
    label = from_label(text, para.start, para.end)
    if label is None or label[1] >= seg.open:
        return None
    head = toks.last_before(label[1])
    return QuoteAttribution("label", None, Mention(label[0], label[1], head, "person"))


class _SpeakerMaker:
    """Builds Speaker records in text order, remembering the last named person for anaphora."""

    def __init__(
        self, doc: "Doc", article: Article, book: ProfileBook, resources: "Resources | None", cues: CueLexicon
    ) -> None:
        self.doc = doc
        self.text = article.text
        self.book = book
        self.resources = resources
        self.cues = cues
        self.last_person: Profile | None = None
        self.recent: list[Profile] = []
        #: each mention's speaker, made once: a quotation continuing an earlier one keeps the
        #: person its pronoun was resolved to then, whoever was named in between
        self._made: dict[Mention, tuple[Speaker | None, float]] = {}
        self._actor_cache: dict[tuple[int, int], tuple[str | None, str | None]] = {}

    def make(
        self, mention: Mention | None, *, outlet: tuple[int, int] | None
    ) -> tuple[Speaker | None, float]:
        if mention is None:
            return None, 0.0
        if mention in self._made:
            speaker, penalty = self._made[mention]
            if speaker is None:
                return None, penalty
            named = self.book.lookup(speaker.name) if speaker.name else None
            self._remember(named or self.last_person)
            outlet_text = self.text[outlet[0] : outlet[1]] if outlet else None
            return replace(speaker, outlet=outlet_text), penalty
        self._made[mention] = self._make(mention, outlet=outlet)
        return self._made[mention]

    def _make(
        self, mention: Mention, *, outlet: tuple[int, int] | None
    ) -> tuple[Speaker | None, float]:
        if mention.antecedent is not None:  # "who": the noun it stands for
            speaker, penalty = self.make(mention.antecedent, outlet=outlet)
            if speaker is None:
                return None, penalty
            where = dict(start=mention.start, end=mention.end, text=self.text[mention.start : mention.end])
            if speaker.name is None and speaker.role is None:  # "voters who say": the noun's words describe the speaker
                where["role"] = strip_det(speaker.text) or None
            return replace(speaker, **where), penalty  # the pronoun as written, the name or description it stands for
        words = self.text[mention.start : mention.end]
        outlet_text = self.text[outlet[0] : outlet[1]] if outlet else None
        base = dict(start=mention.start, end=mention.end, text=words, outlet=outlet_text)
        known = mention.kind in {"org", "description"} and words[:1].isupper()
        if known and self.book.lookup(strip_possessive(words)) is not None:
            mention = Mention(
                mention.start, mention.end, mention.head, "person"
            )  # a name the model mislabelled
        named = appositive_name(self.doc, mention) if mention.kind in {"description", "anaphor"} else None
        if named is not None:  # "the mayor's spokesman, Ana Ruiz, said": the description is her role
            profile = self._person(named)
            role, org = split_role(words)
            profile.role, profile.organization = profile.role or role, profile.organization or org
            end = max(mention.end, named.end)  # the speaker's words run on to the name
            base.update(end=end, text=self.text[mention.start : end])
            mention = named
        if mention.kind == "person":
            profile = self._person(mention)
            self._remember(profile)
            return self._from_profile(profile, base, mention), 0.0
        bound = self._subject_before(mention) if mention.kind == "pronoun" else None
        if bound is not None:
            return self._from_profile(bound, base, mention), ANAPHORA_PENALTY
        last = None
        if mention.kind in {"pronoun", "anaphor"}:  # last quoted, else one named in the role or of its sex
            last = (
                self._last_agreeing(words)
                or (self._named_in_role(mention) if mention.kind == "anaphor" else None)
                or self._last_named(mention.start, words)
            )
        if last is not None:
            return self._from_profile(last, base, mention), ANAPHORA_PENALTY
        if mention.kind in {"pronoun", "anaphor"}:
            return Speaker(name=None, **base), ANAPHORA_PENALTY
        body = bound_body(self.doc, mention, cues=self.cues)  # "the council condemned what it called ..."
        if body is not None:
            speaker, _ = self.make(body, outlet=outlet)
            if speaker is not None and speaker.name and self.book.lookup(speaker.name) is None:  # no person's
                return replace(speaker, **base), ANAPHORA_PENALTY
        country, sector = self._actor(mention.start, mention.end)
        if mention.kind == "org":
            name, role = _org_name(self.doc, mention), None
            if name != strip_det(words) and words.endswith(name):
                role = strip_det(words[: -len(name)].strip(" ,")) or None
            return Speaker(name=name, role=role, country=country, sector=sector, **base), 0.0
        if words.lower() in lexicon.word_class("unresolved_pronoun"):  # "I", "it": no name, no description
            return Speaker(name=None, **base), 0.0
        role, org = split_role(words)
        return Speaker(name=None, role=role, organization=org, country=country, sector=sector, **base), 0.0

    def _subject_before(self, mention: Mention) -> Profile | None:
        """The named person a pronoun is bound to: the nearest earlier subject that is a
        person's name in its own sentence ("Ban Ki-moon condemned what he called ...") or, in
        its paragraph, in the sentences before it ("Lee spoke first. She said ..."); a subject
        that is a description takes the name in apposition to it ("The governor, Tom Reyes, ...")."""
        head = self.doc[mention.head]
        start = head.sent.start
        para = self.text.rfind("\n", 0, head.idx) + 1
        for _ in range(PRONOUN_SENTENCES):
            if start == 0 or self.doc[start - 1].sent.start_char < para:
                break
            start = self.doc[start - 1].sent.start
        for token in reversed(self.doc[start : head.i]):
            if token.dep_ not in SUBJECT_DEPS:
                continue
            if token.ent_type_ != "PERSON":  # "The governor, Tom Reyes, disagreed. He said ..."
                named = appositive_name(self.doc, Mention(token.idx, token.idx, token.i, "description"))
                if named is None or named.head >= head.i:
                    continue
                token = self.doc[named.head]
            ent = entity_of(token)
            if ent is None or ent[-1].pos_ != "PROPN":
                continue
            name = name_of(ent, self.cues)
            if name and name[:1].isupper():
                profile = self.book.lookup(name) or self.book.learn(name)
                if agrees(profile, head.lower_):  # "Ana Ruiz met Tom Berger, who said he ..."
                    return profile
        return None

    def _remember(self, profile: Profile | None) -> None:
        """``profile`` is the last named person quoted (most recent last in ``recent``)."""
        self.last_person = profile
        if profile is not None:
            self.recent = [p for p in self.recent if p is not profile] + [profile]

    def _last_agreeing(self, words: str) -> Profile | None:
        """The last named person quoted whose gender, where known, agrees with ``words`` ("she",
        "the spokeswoman"); the last one quoted when the words say none."""
        return next((p for p in reversed(self.recent) if agrees(p, words)), None)

    def _named_before(self, start: int) -> list[Profile]:
        """The named people of the article before ``start``, the nearest first."""
        ents = sorted((e for e in named_people(self.doc) if e.end_char <= start), key=lambda e: e.start)
        named = (self.book.lookup(name_of(e, self.cues) or "") for e in reversed(ents))
        return [p for p in named if p is not None]

    def _named_in_role(self, mention: Mention) -> Profile | None:
        """With no one quoted before who agrees, the nearest person named before a bare role ("the
        spokesman") whose role as the article gave it ("spokesman Tom Berger") is that noun."""
        noun = self.doc[mention.head].lower_
        words = self.text[mention.start : mention.end]
        return next((p for p in self._named_before(mention.start)
                     if p.role and noun in p.role.lower().split() and agrees(p, words)), None)

    def _last_named(self, start: int, words: str) -> Profile | None:
        """With no one quoted before who agrees, the nearest person named before ``start`` whom
        the article shows to be of the gender the words show ("Mrs. Ruiz ... she said"); none
        when the words show none (a first name shows nothing)."""
        gender = gender_of(words)
        return next((p for p in self._named_before(start) if p.gender == gender), None) if gender else None

    def _person(self, mention: Mention) -> Profile:
        doc = self.doc
        ents = entities_between(doc, mention.start, mention.end, frozenset({"PERSON"}))
        if ents:
            name = name_of(ents[-1], self.cues)
        else:
            head = doc[mention.head]
            left = head.i
            while left - 1 >= 0 and doc[left - 1].pos_ == "PROPN" and doc[left - 1].idx >= mention.start:
                left -= 1
            name = strip_possessive(doc[left : head.i + 1].text)
        profile = self.book.lookup(name) or self.book.learn(name)
        if profile.country is None and profile.sector is None:
            country, sector = self._actor(mention.start, mention.end)
            if country is None and profile.role:
                country, sector = self._role_actor(profile)
            profile.country, profile.sector = country, sector
        return profile

    def _from_profile(self, profile: Profile, base: dict[str, Any], mention: Mention) -> Speaker:
        return Speaker(
            name=profile.name,
            role=profile.role,
            organization=profile.organization,
            country=profile.country,
            sector=profile.sector,
            **base,
        )

    def _role_actor(self, profile: Profile) -> tuple[str | None, str | None]:
        """Country and sector from where the role is written ("Belarusian leader")."""
        if not profile.role:
            return None, None
        at = self.text.find(profile.role)
        if at < 0:
            return None, None
        return self._actor(at, at + len(profile.role))

    def _actor(self, start: int, end: int) -> tuple[str | None, str | None]:
        key = (start, end)
        if key not in self._actor_cache:
            self._actor_cache[key] = resolve_speaker_actor(self.doc, start, end, resources=self.resources)
        return self._actor_cache[key]


def _org_name(doc: "Doc", mention: Mention) -> str:
    """The organisation's name in an org mention: its last ORG entity, else the words less "the"."""
    ents = [
        e
        for e in entities_between(doc, mention.start, mention.end, frozenset({"ORG"}))
        if e.end_char <= mention.end
    ]
    if ents:
        return strip_det(ents[-1].text)
    return strip_det(doc_text(doc)[mention.start : mention.end])


def resolve_speaker_actor(
    doc: "Doc", start: int, end: int, *, resources: "Resources | None", memory: Any = None
) -> tuple[str | None, str | None]:
    """(country, sector) of the words at ``[start, end)`` from the actor resolver, if there is one.

    Without resources this returns ``(None, None)`` and quotes work all the same; an error in
    the resolver is not hidden (the pipeline reports it as the step's warning).
    """
    if resources is None:
        return None, None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, None
    actor = resources.actor_resolver.resolve(span, memory=memory)
    if actor is None:
        return None, None
    return actor.country, actor.sector
