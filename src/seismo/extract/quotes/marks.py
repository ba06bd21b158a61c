"""Direct quotations found from the quote marks alone, before any parsing.

``find_quote_segments(text)`` pairs quote marks paragraph by paragraph and returns the
stretches of text inside them.  The rules, in the order they apply:

* A mark's direction comes from its neighbours first and its glyph second: “ before a
  space and a full stop closes a quote (writers and converters get the glyph wrong), ”
  after a space and before a word still closes one (``Belarus, ”adds``).  Straight ``"``
  marks are read from their neighbours only.
* Outside a quotation, a mark that can only close (a glyph ” after a word) is a stray
  and is skipped; any other mark opens.
* Inside a quotation, the next mark closes it, unless it can only open (a glyph “ or
  „ between a space and a word): then the open quotation was never closed, and is
  dropped rather than guessed at.  In a transcript whose turns each open with a mark and
  close with none (``"BECKER: Will you sign it? "RUIZ: I will.``), a turn that began with
  a speaker label ends at a mark that opens the next label's turn, and a curly pair inside a
  turn opened by a straight mark is a quotation nested in the turn, not one of its own.
* A quotation still open at the end of its paragraph continues only when the next
  paragraph begins with an opening mark of the same family, straight or typographic (the
  newspaper convention for quotations running over several paragraphs); the part in each paragraph is its own segment,
  and the parts share a ``group``.  Otherwise it is unclosed and dropped, so a lone
  mark never swallows the rest of the article.

Single quotes are read only as curly ‘…’ pairs inside one paragraph, never from ``'``
(an apostrophe is far more common than a quotation); a pair of apostrophes ``''`` is read
as a straight double mark.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.quotes.cues import load_cues
from seismo.nlp import SPEAKER_LABEL

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

DOUBLE_OPENERS = frozenset("“„«‟")
DOUBLE_CLOSERS = frozenset("”»")
STRAIGHT = '"'
DOUBLE_MARKS = DOUBLE_OPENERS | DOUBLE_CLOSERS | {STRAIGHT}
#: characters that may stand just before an opening mark
_BEFORE_OPEN = frozenset("([{—–-/")
#: characters after which a mark reads as closing (a quotation ends before punctuation)
_AFTER_CLOSE = frozenset(".,;:!?)]}…—–-")

#: marks a reported content may end with: the closing quotation marks of a quoted phrase in it
CONTENT_CLOSERS = frozenset({"”", '"', "’"})
#: signs the tokenizer counts as punctuation that stand for a word ("3%": three percent)
WORD_SIGNS = frozenset({"%"})


def trailing_mark(token: "Token") -> bool:
    """A space or a punctuation mark that a reported content is cut before at its end: not a
    closing quotation mark, nor a sign that stands for a word ("sales rose 3%, the company said")."""
    return token.is_space or (token.is_punct and token.text not in CONTENT_CLOSERS and token.text not in WORD_SIGNS)


#: any double quotation mark
DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]")
_DOUBLED = re.compile("''")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
#: a transcript's speaker label: a name in capitals and a colon ("PENCE: ", "MR. OKAFOR: ")
_LABEL = re.compile(rf"({SPEAKER_LABEL}):\s")
#: a conversation's speaker label in title case: a name, after a title, and a colon ("Holt: ", "Mr. Ruiz: ")
_NAME_LABEL = re.compile(r"((?:[A-Z][a-z]{1,3}\. )?[A-Z][a-z]+(?:[A-Z][a-z]+)?):\s")
#: an interview's label: one word and a colon ("Q: ", "Answer: ")
_SHORT_LABEL = re.compile(r"([A-Z][a-z]*):\s")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the text: ``text[start:end]`` with surrounding whitespace excluded."""

    index: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuoteSegment:
    """The inside of one pair of quote marks (or of one paragraph of a longer quotation).

    open / close: offsets of the opening mark and just past the closing mark; ``close`` is
    the paragraph end when the quotation runs on into the next paragraph.
    start / end: the quoted words, whitespace trimmed: ``text[start:end]``.
    group: segments of one quotation running over several paragraphs share it.
    paragraph: index of the paragraph the segment lies in.
    continued: the quotation runs on into the next paragraph.
    """

    open: int
    close: int
    start: int
    end: int
    group: int
    paragraph: int
    continued: bool = False


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Paragraphs split at blank lines, or at single newlines in a text that has no blank line; a
    line opening on an interview's label (``Q:``, ``A:``, ``Answer:``) is a paragraph of its own
    either way (``Q: ...`` / ``A: ...`` set on two lines of one block)."""
    if _BLANK_LINE.search(text):
        cuts = [(m.start(), m.end()) for m in _BLANK_LINE.finditer(text)]
        cuts = sorted(cuts + [(m.start(), m.start() + 1) for m in _labelled_lines(text)
                              if not any(a <= m.start() < b for a, b in cuts)])
    else:
        cuts = [(m.start(), m.end()) for m in re.finditer(r"\n", text)]
    out: list[Paragraph] = []
    begin = 0
    for cut_start, cut_end in [*cuts, (len(text), len(text))]:
        start, end = _trim(text, begin, cut_start)
        if start < end:
            out.append(Paragraph(len(out), start, end))
        begin = cut_end
    return tuple(out)


def _labelled_lines(text: str) -> list[re.Match[str]]:
    """The newlines before a line opening on a question or answer label (``\nQ: ``, ``\nA: ``)."""
    labels = lexicon.word_class("question_label") | lexicon.word_class("answer_label")
    return [m for m in re.finditer(r"\n(?=[ \t]*([A-Z][a-z]*):\s)", text) if m.group(1).lower() in labels]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _can_open(text: str, i: int, lo: int, hi: int) -> bool:
    """The neighbours allow an opening mark: start or space or bracket before, a word after."""
    before_ok = i == lo or text[i - 1].isspace() or text[i - 1] in _BEFORE_OPEN
    after = text[i + 1] if i + 1 < hi else ""
    return before_ok and after != "" and not after.isspace() and after not in _AFTER_CLOSE


def _can_close(text: str, i: int, lo: int, hi: int) -> bool:
    """The neighbours allow a closing mark: the end, a space or punctuation after it."""
    after = text[i + 1] if i + 1 < hi else ""
    return after == "" or after.isspace() or after in _AFTER_CLOSE or after in DOUBLE_MARKS


def _only_closes(text: str, i: int, lo: int, hi: int) -> bool:
    mark = text[i]
    if mark in DOUBLE_CLOSERS:
        return not (_can_open(text, i, lo, hi) and i + 1 < hi and text[i + 1].isupper())
    if mark == STRAIGHT:
        return not _can_open(text, i, lo, hi)
    return False


def _only_opens(text: str, i: int, lo: int, hi: int) -> bool:
    return text[i] in DOUBLE_OPENERS and _can_open(text, i, lo, hi) and not _can_close(text, i, lo, hi)


def _starts_with_opener(text: str, para: Paragraph) -> bool:
    i = para.start
    return (
        i < para.end and text[i] in DOUBLE_OPENERS | {STRAIGHT} and _can_open(text, i, para.start, para.end)
    )


def _same_family(a: str, b: str) -> bool:
    """Both marks straight, or both typographic: a quotation runs on only into a paragraph opened
    the way it was (a straight mark opening each paragraph of an excerpt is no continuation of a
    curly quotation, nor the other way round)."""
    return (a == STRAIGHT) == (b == STRAIGHT)


def find_quote_segments(text: str) -> tuple[QuoteSegment, ...]:
    """Every quotation in ``text`` as segments, in text order (see the module docstring)."""
    text = doubled_apostrophes(text)
    paras = paragraphs(text)
    out: list[QuoteSegment] = []
    group = 0
    carried = False  # the previous paragraph ended inside a quotation that continues here
    for n, para in enumerate(paras):
        lo, hi = para.start, para.end
        open_at: int | None = None
        if not carried:
            group += 1
        nested_until = lo  # the end of a quotation nested in a transcript turn
        for match in DOUBLE_MARK.finditer(text, lo, hi):
            i = match.start()
            if i < nested_until:
                continue
            if open_at is not None and (inner := _nested_in_turn(text, open_at, i, lo, hi)) is not None:
                nested_until = inner
                continue
            if open_at is None:
                if _only_closes(text, i, lo, hi):
                    continue  # a stray closing mark
                open_at = i
                continue
            if _opens_a_turn(text, i, lo, hi) and from_label(text, open_at + 1, i) is not None:
                start, end = _trim(text, open_at + 1, i)  # one transcript turn ends where the next opens
                if start < end:
                    out.append(QuoteSegment(open_at, i, start, end, group, para.index))
                group += 1
                carried = False
                open_at = i
                continue
            if _only_opens(text, i, lo, hi) and i > open_at + 1:
                group += 1  # the open quotation never closed: refuse it, start afresh
                carried = False
                open_at = i
                continue
            start, end = _trim(text, open_at + 1, i)
            if start < end:
                out.append(QuoteSegment(open_at, i + 1, start, end, group, para.index))
            open_at = None
            carried = False
            group += 1
        if open_at is not None:
            nxt = paras[n + 1] if n + 1 < len(paras) else None
            if nxt is not None and _starts_with_opener(text, nxt) and _same_family(text[open_at], text[nxt.start]):
                start, end = _trim(text, open_at + 1, hi)
                if start < end:
                    out.append(QuoteSegment(open_at, hi, start, end, group, para.index, continued=True))
                carried = True
                continue
        carried = False
    out.extend(_single_quoted(text, paras, out))
    return tuple(sorted(out, key=lambda s: s.start))


def from_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A transcript's speaker label at the start of quoted words: ``“PENCE: Well, ...”``; never a
    page's label (``RELATED:``, ``WATCH:``, :func:`furniture_label`)."""
    match = _LABEL.match(text, start, end)
    return (match.start(1), match.end(1)) if match and not furniture_label(match.group(1)) else None


def furniture_label(words: str) -> bool:
    """Whether the words before a colon label a page's furniture or a headline ("RELATED", "Read
    more", "WATCH", "Update"; classes ``link_label`` and ``quote_headline_labels.txt``): no speaker."""
    key = " ".join(words.lower().split())
    return key in lexicon.word_class("link_label") or key in load_cues().headline_labels


def transcript_turns(text: str, paras: tuple[Paragraph, ...]) -> tuple[QuoteSegment, ...]:
    """Transcript turns written with no quote marks: each paragraph with no mark in it that opens
    with a speaker's label (``RUIZ: I voted against it ...``) is one quotation, label and all, in a
    text where labels of at least two speakers open paragraphs, one of them twice or more (one
    label alone is a heading, ``UPDATE: ...``; labels that come once each are a digest's
    datelines, ``PATNA: ...`` / ``GAYA: ...``).  Their groups are negative, apart from those of
    the marked quotations."""
    labelled = [(p, label) for p in paras if (label := from_label(text, p.start, p.end)) is not None]
    said = Counter(text[a:b] for _, (a, b) in labelled)
    if len(said) < 2 or max(said.values()) < 2:  # speakers take turns; a digest's datelines do not
        labelled = _name_turns(text, paras)
    if len({text[a:b] for _, (a, b) in labelled}) < 2:
        return ()
    return tuple(
        QuoteSegment(p.start, p.end, _past_label(text, b, p.end), p.end, -1 - p.index, p.index)
        for p, (_, b) in labelled
        if DOUBLE_MARK.search(text, p.start, p.end) is None and _past_label(text, b, p.end) < p.end
    )  # fmt: skip


def _label_end(text: str, para: Paragraph) -> int:
    """Where the short label opening ``para`` ends (``A:``), or its start when it has none."""
    match = _SHORT_LABEL.match(text, para.start, para.end)
    return para.start if match is None else match.end(1)


def _past_label(text: str, label_end: int, end: int) -> int:
    """Where the words after a turn's label begin: past its colon and the spaces after it (the
    quotation is what is said, ``MARTIN: How many were hurt?`` → ``How many were hurt?``)."""
    k = label_end
    if k < end and text[k] == ":":
        k += 1
    while k < end and text[k].isspace():
        k += 1
    return k


def turn_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The speaker's label opening a transcript turn written with no quote marks: in capitals
    (``RUIZ: ``) or a name in title case (``Ms. Ruiz: ``)."""
    return from_label(text, start, end) or _name_label(text, start, end)


def _name_label(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A name in title case and a colon opening ``text[start:end]``, never an interview's ``Q:``
    or ``Answer:``."""
    match = _NAME_LABEL.match(text, start, end)
    interview_labels = lexicon.word_class("question_label") | lexicon.word_class("answer_label")
    if match is None or match.group(1).lower() in interview_labels or furniture_label(match.group(1)):
        return None
    return match.span(1)


def _name_turns(text: str, paras: tuple[Paragraph, ...]) -> list[tuple[Paragraph, tuple[int, int]]]:
    """Paragraphs opening with a name in title case and a colon (``Holt: ...``, ``Mr. Ruiz: ...``)
    where each such name opens two paragraphs or more, as the speakers of a conversation do (a
    heading such as ``Update: ...`` comes once)."""
    found = [(p, label) for p in paras if (label := _name_label(text, p.start, p.end)) is not None]
    counts = Counter(text[a:b] for _, (a, b) in found)
    return [(p, (a, b)) for p, (a, b) in found if counts[text[a:b]] >= 2]


@dataclass(frozen=True, slots=True)
class Interview:
    """A printed interview: where its first question opens (the one answering is named before
    it), the paragraphs that answer, each answer with no quote mark as a quotation, and the
    paragraphs that ask."""

    first_question: int
    answers: frozenset[int]
    segments: tuple[QuoteSegment, ...]
    questions: frozenset[int] = frozenset()


def interview(text: str, paras: tuple[Paragraph, ...]) -> Interview | None:
    """The interview set out as questions and answers (paragraphs opening ``Q:`` and ``A:``, the
    words of ``question_label`` and ``answer_label``) in ``text``, or None where none is."""
    labels = [(p, m.group(1).lower()) for p in paras if (m := _SHORT_LABEL.match(text, p.start, p.end))]
    questions = [p for p, label in labels if label in lexicon.word_class("question_label")]
    answers = [p for p, label in labels if label in lexicon.word_class("answer_label")]
    if not answers and len(questions) >= 2:
        answers = _quoted_replies(text, paras, questions)
    if not questions or not answers or answers[0].start < questions[0].start:
        return None
    segments = tuple(
        QuoteSegment(p.start, p.end, start, p.end, -1 - p.index, p.index)
        for p in answers
        if DOUBLE_MARK.search(text, p.start, p.end) is None
        and (start := _past_label(text, _label_end(text, p), p.end)) < p.end
    )  # fmt: skip
    return Interview(questions[0].start, frozenset(p.index for p in answers), segments,
                     frozenset(p.index for p in questions))


def _quoted_replies(text: str, paras: tuple[Paragraph, ...], questions: list[Paragraph]) -> list[Paragraph]:
    """An interview that labels its questions only (``Q: “...”`` / ``“...”``): the paragraphs
    opening with a quote mark that follow a question, up to the next question or the first
    paragraph that opens with none."""
    asked = {p.index for p in questions}
    out: list[Paragraph] = []
    for q in questions:
        for p in paras[q.index + 1 :]:
            if p.index in asked or text[p.start : p.end].lstrip()[:1] not in DOUBLE_MARKS:
                break
            out.append(p)
    return out


def answer_label(text: str, para: Paragraph, *, kind: str = "answer_label") -> tuple[int, int] | None:
    """The label opening an interview's answer paragraph (``A:``, ``Answer:``), or with
    ``kind="question_label"`` its question paragraph's (``Q:``), as characters."""
    match = _SHORT_LABEL.match(text, para.start, para.end)
    if match is None or match.group(1).lower() not in lexicon.word_class(kind):
        return None
    return match.span(1)


def _nested_in_turn(text: str, open_at: int, i: int, lo: int, hi: int) -> int | None:
    """Past the end of a quotation nested in a transcript turn: a turn opened by a straight mark
    before a speaker label (``"WALLACE: As the “Journal” wrote, ...``) quotes others with curly
    marks, which neither close the turn nor start a quotation of their own."""
    if text[open_at] != STRAIGHT or text[i] not in DOUBLE_OPENERS or not _can_open(text, i, lo, hi):
        return None
    if from_label(text, open_at + 1, hi) is None:
        return None
    close = next((j for j in range(i + 1, hi) if text[j] in DOUBLE_CLOSERS), None)
    return None if close is None else close + 1


def _opens_a_turn(text: str, i: int, lo: int, hi: int) -> bool:
    """A mark that can open before a speaker label (``... this week? "RUIZ: I will ...``): in a
    transcript that opens each turn with a mark and closes none, it ends one turn and opens the next."""
    return text[i] in DOUBLE_OPENERS | {STRAIGHT} and _can_open(text, i, lo, hi) and from_label(text, i + 1, hi) is not None


def doubled_apostrophes(text: str) -> str:
    """``text`` with each pair of apostrophes standing for a double quote mark (``''Hopefully,''
    he said``, the style of some newspaper archives) written as a straight mark plus a space on
    its outer side, so every offset stays the same: `` "`` before a word that the pair opens,
    ``" `` after the words it closes."""
    if "''" not in text:
        return text
    chars = list(text)
    for match in _DOUBLED.finditer(text):
        i = match.start()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 2] if i + 2 < len(text) else " "
        opens = (before.isspace() or before in _BEFORE_OPEN) and not after.isspace()
        chars[i], chars[i + 1] = (" ", STRAIGHT) if opens else (STRAIGHT, " ")
    return "".join(chars)


def _single_quoted(
    text: str, paras: tuple[Paragraph, ...], doubles: list[QuoteSegment]
) -> list[QuoteSegment]:
    """Curly single-quoted stretches outside double quotations, within one paragraph."""
    taken = [(s.open, s.close) for s in doubles]
    out: list[QuoteSegment] = []
    base = 10_000_000  # groups for single quotes never collide with double-quote groups
    for para in paras:
        lo, hi = para.start, para.end
        after = lo
        for opener in re.finditer("‘", text[lo:hi]):
            i = lo + opener.start()  # offsets in the slice are paragraph-relative
            if i < after or not _can_open(text, i, lo, hi) or any(a <= i < b for a, b in taken):
                continue
            j = _single_closer(text, i, lo, hi)
            if j is None:
                continue
            start, end = _trim(text, i + 1, j)
            if start < end:
                out.append(QuoteSegment(i, j + 1, start, end, base + len(out), para.index))
            after = j + 1
    return out


def _single_closer(text: str, i: int, lo: int, hi: int) -> int | None:
    """The first ’ after ``i`` in the paragraph that can close a single quotation."""
    j = text.find("’", i + 1, hi)
    while j != -1:
        if _can_close(text, j, lo, hi) and not text[j - 1].isspace():
            return j
        j = text.find("’", j + 1, hi)
    return None
