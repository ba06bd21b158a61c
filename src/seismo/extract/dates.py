"""The dates step (``seismo.dates.v7``): time expressions found in an article, normalised.

Spans come from spaCy's ``DATE`` / ``TIME`` entities plus rules of our own for phrases the small
model misses or cuts short ("in recent days", "mid-January", "the Belarusian August", "three
weeks ago", "the third quarter", "last fall", "Thanksgiving", "two days before Christmas", "by
mid afternoon"), durations ("three days", "a five-hour", "for years"), sets ("every Friday",
"annually") and vague references ("now", "the future"); adjacent spans are also tried joined
("9 a.m." + "Tuesday").  Each is normalised by :func:`seismo.extract.timex.normalise`
(re-exported here), whose docstring states the rules and choices — above all, **durations are
not dates**: a duration, set or vague reference is found and typed (``When.type``,
``When.timeml``) but has no interval, and :func:`dates_events` keeps it from dating an event
(a stretch anchored on publication, "the past two months", is a DURATION that keeps its interval).
Days of one month written together ("February 27th and 28th", "3, 4 and 5 June") are each a day
of one year (:mod:`seismo.extract.timex.lists`); "May 3-4" is one stretch.

Which way a year-less weekday, month or day leans is read from its clause:

* ahead, when the clause speaks of what is to come: a future or a modal ("will meet on
  Tuesday", "could vote Friday"), a verb of planning ("plans to open in March"), "is to" ("is to
  meet Tuesday"), the present tense of a fixed arrangement ("the leaders meet Monday", "the vote
  is Thursday", "talks are resuming Friday"; not a verb of saying, nor a verb whose past is
  written as its present, "hurt", read as a past), or a word before it that points ahead
  ("until Tuesday", "as soon as Friday"); never in the past perfect ("had filed by Friday"), nor
  after a negated "could" ("neither aide could be reached Friday": what was not possible then);
* back, when the verb it hangs on tells what happened: the past tense ("closed in December",
  "the year ended Jan. 31"), a perfect ("has fallen since May"), a past passive ("was founded
  in January"), or "since" before it; not a verb further off ("a dividend payable Dec. 7"), nor
  a time reached ("extended the offer to Nov. 16", "through January").

A time expression the parse hangs on a clause that begins after it ("warnings on Thursday that
strikes could harm ...") is read in the clause above: a clause's own words follow its "that".
A comparison with a year before ("a year earlier", "the year-ago period") next to a quarter is
that quarter a year before; "the year ended Oct. 2" is twelve months (TimeBank's DURATION
``P1Y``).  Anaphoric times take the time named just before them: "later that year", "the
following month", "the following week", "the previous quarter", "the prior year", "that same day"
(after "last October": a day of that month, TimeML's ``1998-10-XX``), "the previous Friday"; a
bare clock time or part of the day ("4:17 a.m.", "by mid afternoon") takes the day named in its
sentence, else in the sentence before, else publication's.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from seismo.extract import lexicon as tables
from seismo.extract.syntax import clause_head, is_verbal
from seismo.extract.timex import (
    STEP,
    Resolved,
    clean,
    clock_only,
    is_duration,
    lexicon,
    normalise,
    resolve,
    value_bounds,
)
from seismo.extract.timex.lists import day_lists
from seismo.extract.timex.other import duration_source, phrases_as_written
from seismo.extract.timex.other import units as duration_units
from seismo.extract.timex.values import add_months, day, month, quarter, span, week, year
from seismo.model import Article, When
from seismo.nlp import doc_ents, doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from seismo.resources import Resources

__all__ = [
    "STEP",
    "Resolved",
    "clean",
    "find_dates",
    "is_duration",
    "lexicon",
    "normalise",
    "resolve",
    "dates_events",
    "rule_spans",
    "value_bounds",
]

LABELS = frozenset({"DATE", "TIME"})


@lru_cache(maxsize=1)
def _rule_pattern() -> re.Pattern[str]:
    lex = lexicon()
    months = "|".join(m.capitalize() for m in sorted(lex.months, key=len, reverse=True) if len(m) > 3)
    month_names = "|".join(m.capitalize() for m in sorted(lex.months, key=len, reverse=True))
    weekdays = "|".join(w.capitalize() for w in sorted(lex.weekdays, key=len, reverse=True) if len(w) > 3)
    units = "|".join(sorted(lex.units, key=len, reverse=True))
    numbers = "|".join(sorted((re.escape(n) for n in lex.numbers), key=len, reverse=True))
    phrases = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(lex.relative, key=len, reverse=True))
    seasons = "|".join(sorted(lex.seasons, key=len, reverse=True))
    holidays = "|".join(re.escape(" ".join(w if w == "of" else w[:1].upper() + w[1:] for w in h.split())).replace(r"\ ", r"\s+")
                        for h in sorted(lex.holidays, key=len, reverse=True))
    tens = "|".join(w for w, (v, _) in lex.numbers.items() if 10 <= v <= 90 and (v < 20 or v % 10 == 0) and " " not in w)
    decades = "|".join(w[:-1] + "ies" for w, (v, _) in lex.numbers.items() if 20 <= v <= 90 and v % 10 == 0 and w.endswith("y"))
    ones = "|".join(w for w, (v, hi) in lex.numbers.items() if 0 < v == hi < 10 and w.isalpha() and len(w) > 2)
    others = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases_as_written(), key=len, reverse=True))
    every = "|".join(sorted(map(re.escape, duration_units()), key=len, reverse=True))
    weekdays_lower = "|".join(w for w in sorted(lex.weekdays, key=len, reverse=True) if len(w) > 3)
    alternatives = [
        rf"(?i:(?:the\s+)?(?:{phrases}))",
        rf"(?i:early|mid|late)[- ](?:{months}|\d{{4}})",
        rf"the\s+[A-Z][\w'-]+\s+(?:{months})(?!\s*\d)",
        rf"(?i:(?:\d+|{numbers})(?:[- ][a-z]+)?\s+(?:{units})\s+ago)",
        rf"(?i:(?:the\s+)?(?:past|last|next|coming)\s+(?:\d+|{numbers})\s+(?:{units})|(?:the\s+)?past\s+(?:decade|century))",
        rf"(?:(?i:last|this|next)\s+)?(?:{weekdays})(?:\s+(?:morning|afternoon|evening|night))?",
        r"the\s+(?:(?i:early|mid|late)[- ]?)?(?:1[0-9]|20)\d0s",
        # decades without their century: "the nineties", "the early '80s"
        rf"the\s+(?:(?i:early|mid|late)[- ])?(?:'\d0s|(?:{decades}))",
        r"(?i:(?:the\s+)?(?:(?:early|mid|late)[- ])?\d{1,2}(?:st|nd|rd|th)\s+century)",
        rf"(?:{months})\s+(?:of\s+)?(?i:last|this|next)\s+year",
        # a day counted from another: "the day before last Tuesday", "two days after March 3", "a week before Christmas"
        rf"(?i:(?:the\s+day|(?:\d+|{numbers})\s+(?:{units}))\s+(?:before|after)\s+)"
        rf"(?:(?:(?i:last|this|next)\s+)?(?:{weekdays}|{holidays})"
        rf"|(?:{month_names})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|(?i:yesterday|today|tomorrow))",
        # a month and day, abbreviated or not: "Aug. 7", "Sept. 30, 1998", "March 5th"
        rf"(?:{month_names})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?![\d,.]*\d)",
        rf"(?i:the\s+week\s+of\s+)(?:{months})\.?\s+\d{{1,2}}\b",
        # named days ("Thanksgiving Day", "last Christmas") and years in words ("nineteen ninety-one")
        rf"(?:(?i:last|this|next)\s+)?(?:{holidays})",
        rf"(?i:(?:the\s+year\s+)?two\s+thousand|(?:eighteen|nineteen)\s+(?:{tens})(?:[- ](?:{ones}))?)",
        # quarters and halves: "the third quarter", "this year's fiscal second quarter", "the latest quarter"
        r"(?i:(?:the\s+)?(?:(?:this|last|next)\s+year's\s+|\d{4}\s+)?(?:fiscal\s+)?(?:first|second|third|fourth)[- ](?:fiscal\s+)?quarter"
        r"(?:\s+of\s+(?:fiscal\s+)?\d{4})?)",
        r"(?i:the\s+(?:(?:latest|most\s+recent|current)\s+)?(?:fiscal\s+)?quarter|(?:this|next|last)\s+(?:fiscal\s+)?quarter)"
        r"(?!-\w|\s+(?:century|centuries|point|mile|hour|of)\b)",
        r"(?i:the\s+(?:latest|most\s+recent)\s+period)",
        # "for the year", "a high for the year": the year of publication (not "the year before"); "the
        # year ended Oct. 2": twelve months, a duration (see _year_by_its_end)
        r"(?i:the\s+(?:(?:full|fiscal|current)\s+)?year)(?![-'\w]|\s+(?:before|after|earlier|later|two|that|when|in|of)\b)",
        r"(?i:the\s+(?:first|second|last|latter)\s+(?:half|two\s+quarters)"
        r"(?:\s+of\s+(?:\d{4}|(?:this|last|next)\s+year|the\s+(?:'\d0s|(?:1[0-9]|20)\d0s)))?)",
        # a year named in a report of quarters: "the 1988 period"
        r"(?i:the\s+\d{4}\s+(?:period|quarter))",
        # seasons: "last fall", "the summer of 1998"
        rf"(?i:(?:(?:last|this|next|past|the|early|late|mid)[\s-]+)+(?:{seasons})(?:\s+(?:of\s+)?\d{{4}})?)",
        rf"(?i:(?:{seasons})\s+(?:of\s+)?\d{{4}})",
        # vague references and sets: "now", "the future", "annually", "every Friday"
        rf"(?i:{others})",
        rf"(?i:(?:every|each)\s+(?:(?:other|\d+|{numbers})\s+)?(?:{every}|{weekdays_lower}))",
        rf"(?i:every|each)\s+(?:{months})",
        # a part of the day with no day named: "in the morning", "by mid afternoon" (its day is the one in view)
        r"(?i:(?:in|by|during|until|since|through|throughout)\s+(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:morning|afternoon|evening))"
        r"(?!\s+(?:of|and|or)\b|[-'\w])",
    ]
    # every alternative starts with a word character: "(?=\w)" spares the alternation the word
    # ends, half the boundaries, for the same matches (about twice as fast)
    return re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{a})" for a in alternatives) + r")\b")


@lru_cache(maxsize=1)
def _duration_pattern() -> re.Pattern[str]:
    """Durations as written: "three days", "more than four hours", "a five-year", "the first nine months"."""
    source = duration_source().replace(" ", r"\s+")
    return re.compile(rf"(?i:\b{source}\b)")


def rule_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of time expressions the rules find in ``text``: dates, vague references,
    sets and durations (a duration's unit in lower case: "Day" is a name's)."""
    found = [(m.start(), m.end()) for m in _rule_pattern().finditer(text)]
    seen: set[tuple[int, int]] = set()
    for unit in _unit_pattern().finditer(text):  # cheap: the full pattern runs only around a unit word
        for m in _duration_pattern().finditer(text, max(0, unit.start() - _BEFORE_UNIT), unit.end() + _AFTER_UNIT):
            if m.start("unit") != unit.start() or (m.start(), m.end()) in seen:
                continue
            seen.add((m.start(), m.end()))
            if _AGE.match(text, m.end()):
                continue
            bare = not m["n"] and m.start("unit") == m.start()
            if m["n"] or m["unit"].endswith("s") and (not bare or _FOR.search(text[max(0, m.start() - 12) : m.start()])):
                found.append((m.start(), m.end()))
    return found


#: how far before its unit word a duration may start ("no more than two thousand five hundred years")
_BEFORE_UNIT = 80
#: how far after it a duration may end ("a minute and a half", "a day-long")
_AFTER_UNIT = 12


@lru_cache(maxsize=1)
def _unit_pattern() -> re.Pattern[str]:
    """A unit of time in lower case ("Day" is a name's)."""
    return re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, duration_units()), key=len, reverse=True))})\b")


#: an age is no duration: "a 6-year-old", "52 years old"
_AGE = re.compile(r"[- ]old\b")
#: a bare plural unit is a duration after "for" / "over" / "within" ("for years"), else too vague
_FOR = re.compile(r"\b(?:for|over|within|after)\s+$", re.I)


def dates_events(when: When) -> bool:
    """Whether a time expression may date an event: a DATE or TIME with an interval, or a duration
    anchored on publication ("the past two months": TimeML's ``P2M``, the stretch ending then); a
    duration without one ("three days"), a set and a vague reference such as "now" never do."""
    return when.type in ("DATE", "TIME", "DURATION") and when.earliest is not None and when.latest is not None


#: how far back (characters) a "year-earlier" comparison looks for the quarter it compares with: a
#: report of results names its quarter once and compares with "a year earlier" paragraphs below
_QUARTER_CONTEXT = 1200
#: how far back (characters) an anaphoric time ("that year") looks for the time it refers to
_ANAPHOR_CONTEXT = 600
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
#: "the quarter", "the fiscal quarter": the quarter in view (its lookup form, see :func:`clean`)
_BARE_QUARTER = re.compile(r"(?:fiscal )?quarter")
#: a stretch longer than a quarter, named after one: a year ("last year", "fiscal 1989"), a half, months
#: counted ("the nine months": TimeML's P9M)
_LONGER_PERIOD = re.compile(r"\d{4}|\d{4}-H[12]|P(?:[4-9]|1[0-2])M|P\d+Y")


def _in_quarter_context(out: list[When], published: dt.date | None) -> list[When]:
    """"A year earlier", "the year-ago period", "the 1988 quarter" next to a quarter mean that quarter
    in another year: the nearest quarter named before them (within a few paragraphs) gives it,
    unless a longer stretch was named after that quarter ("for the nine months, sales fell from a
    year earlier", "last year"), which is then what "a year earlier" compares with; a phrase that
    says "quarter" ("last year's quarter") still takes the quarter.  A quarter that begins after
    publication is a forecast, not the one a report compares."""
    lex = lexicon()
    ordered = sorted(out, key=lambda w: w.start)
    result: list[When] = []
    last_quarter: When | None = None
    longer = False  # a longer stretch named since that quarter
    for w in ordered:
        key = clean(w.text)
        rule = lex.relative.get(key, ("",))[0]
        named_year = re.fullmatch(r"(\d{4}) (?:period|quarter)", key)
        q = _QUARTER.fullmatch(last_quarter.timeml or "") if last_quarter is not None else None
        # "for the nine months ... from a year earlier": that stretch, unless the phrase says "quarter"
        applies = (rule == "year_back" or named_year) and (not longer or "quarter" in key)
        if q is not None and last_quarter is not None and w.start - last_quarter.end <= _QUARTER_CONTEXT and applies:
            y = int(named_year[1]) if named_year else int(q[1]) - 1
            found = quarter(y, int(q[2]), 0.6)
            w = When(w.start, w.end, w.text, found.value, found.precision, found.earliest, found.latest, found.confidence,
                     STEP, "DATE", found.timeml)
        elif (q is not None and last_quarter is not None and w.start - last_quarter.end <= _QUARTER_CONTEXT
              and _BARE_QUARTER.fullmatch(key) and w.timeml != last_quarter.timeml):
            # "the quarter" after "the fiscal first quarter": the one just named, not the latest one
            found = quarter(int(q[1]), int(q[2]), 0.6)
            w = When(w.start, w.end, w.text, found.value, found.precision, found.earliest, found.latest, found.confidence,
                     STEP, "DATE", found.timeml)
        elif rule == "year_back" or published is not None and w.earliest is not None and w.earliest > published:
            pass  # a stretch still to come ("losses through the third quarter of 1990") is no report's
        elif _QUARTER.fullmatch(w.timeml or ""):
            last_quarter, longer = w, False
        elif _LONGER_PERIOD.fullmatch(w.timeml or ""):
            longer = True
        result.append(w)
    return result


#: what joins "the year" to its last day: "the year ended Oct. 2", "the fiscal year ending May 4, 1991"
_ENDED = re.compile(r"\s+(?:ended|ending)\s+", re.I)


def _year_by_its_end(text: str, out: list[When]) -> list[When]:
    """"The (fiscal) year ended Oct. 2" is the twelve months up to that day: TimeBank marks "the
    year" there a DURATION ``P1Y`` (a stretch, not the calendar year of publication), so it dates no
    event; the day itself is a date of its own."""
    days = {w.start for w in out if w.precision in ("day", "month") and w.earliest is not None}
    result = []
    for w in out:
        if re.fullmatch(r"(?:full |fiscal )?year", clean(w.text)) and (gap := _ENDED.match(text, w.end)) and gap.end() in days:
            w = When(w.start, w.end, w.text, "P1Y", "year", None, None, w.confidence, STEP, "DURATION", "P1Y")
        result.append(w)
    return result


@lru_cache(maxsize=1)
def _inner_pattern() -> re.Pattern[str]:
    months = "|".join(sorted(lexicon().months, key=len, reverse=True))
    return re.compile(
        rf"(?i:\b(?:(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?:{months})(?:\s+\d{{4}})?"
        rf"|(?:{months})\.?\s+\d{{4}}|(?:1[0-9]|20)\d\d)\b)"
    )


def _joined(candidates: set[tuple[int, int]], text: str) -> set[tuple[int, int]]:
    """Unions of candidates that follow each other ("9 a.m." + "Tuesday")."""
    ordered = sorted(candidates)
    out = set()
    for (s1, e1), (s2, e2) in zip(ordered, ordered[1:]):
        if 0 <= s2 - e1 <= 5 and re.fullmatch(r"[\s,]*(?:on\s+)?", text[e1:s2]):
            out.add((s1, e2))
    return out


#: words right before a time expression that point ahead: a deadline or an earliest time
#: ("until Tuesday", "by March", "as soon as Friday", "as early as next week")
_AHEAD = re.compile(r"\b(?:until|till|by|as\s+(?:soon|early)\s+as)\s+(?:(?:\d|[ap]\.m\.|noon|midnight|[a-z]{1,3}t)[\w.:]*\s+)*$", re.I)


def _looks_ahead(doc: "Doc", start: int, end: int) -> bool:
    """Whether the clause a time expression sits in speaks of the future ("will meet Tuesday",
    "planned a rally on Saturday", "is to meet Tuesday"), or a word before it points ahead
    ("until Tuesday", "as soon as Friday")."""
    from seismo.extract.framing.modality import modal_cues, modality_of

    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = _clause_of(span)
    if verb is None:
        return bool(_AHEAD.search(doc_text(doc), max(0, start - 24), start))
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and len(chain) < 4:  # "had been due to expire": up to "been"
        chain.append(chain[-1].head)
    if any(c.dep_ == "aux" and c.lower_ == "had" for v in chain for c in v.children):
        return False  # the past perfect looks back: "had filed by Friday", "had been due to expire Friday"
    if _AHEAD.search(doc_text(doc), max(0, start - 24), start):
        return True
    if not is_verbal(verb):
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):  # "is to resume trading Tuesday": an arrangement still to come
        return True
    cues = modal_cues()
    if cues.get("governor", verb.lemma_) == "future" or _scheduled(verb, span):
        return True
    modality = modality_of(verb, sent=verb.sent)
    if modality == "hypothetical" and _nobody_could(verb, cues):
        return False  # "neither of them could be reached Friday": what was not possible, not what may come
    return modality in ("future", "hypothetical")


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
        root.dep_ == "pobj" and root.head.lower_ in _AT and root.head.head.i == verb.i)
    if not attached or verb.lemma_ in _speech_lemmas():
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBZ" or verb.tag_ == "VBP" and verb.lower_ not in lexicon().same_past and _plural_subject(verb):
        return not auxes
    return verb.tag_ == "VBG" and len(auxes) == 1 and auxes[0].tag_ in ("VBZ", "VBP") and auxes[0].lemma_ == "be"


@lru_cache(maxsize=1)
def _speech_lemmas() -> frozenset[str]:
    """The verbs of saying and thinking of ``speech_verbs.txt`` (lemmas)."""
    table = tables.read("speech_verbs.txt", columns=(1, 1), sections=("speech", "thought"))
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


#: "since" right before a time expression puts it in the past
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
#: prepositions of a time reached ("extended to Nov. 16", "through January")
_TOWARDS = frozenset({"to", "until", "till", "through"})


def _looks_back(doc: "Doc", start: int, end: int) -> bool:
    """Whether the verb a time expression hangs on (directly or through its preposition) tells what
    happened: the past tense ("closed in December", "the year ended Jan. 31") or a perfect ("has
    fallen since May"); not one further off ("said the split is payable Dec. 7")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.head
    if _SINCE.search(doc_text(doc), max(0, start - 12), start):
        return True  # "since January": a time gone by
    if verb.dep_ == "prep" and verb.lower_ in _TOWARDS:
        return False  # "extended the offer to Nov. 16": a time it reaches, not one it happened at
    if verb.dep_ == "prep" and verb.i != verb.head.i:
        verb = verb.head
    if verb.i == span.root.i or not is_verbal(verb):
        return False
    if verb.tag_ == "VBD":
        return True
    # a perfect ("has fallen since May") or a passive in the past ("was founded in January")
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" or c.dep_ == "auxpass" and c.tag_ == "VBD"
                                      for c in verb.children)


def find_dates(doc: "Doc", *, article: Article, found: dict[str, Any], resources: "Resources") -> tuple[When, ...]:
    """The dates step: every resolvable time expression in the article, in text order.

    Candidates are spaCy's DATE/TIME entities, :func:`rule_spans` and unions of adjacent ones;
    overlapping candidates are tried longest first, and the first that resolves wins its
    characters.  An entity that does not resolve as a whole ("the quarter ended Sept. 30",
    "between 1994 and 1997") gives up the dates inside it.  Weekdays and year-less dates lean
    ahead when their clause speaks of the future.
    """
    published = article.date or resources.settings.default_date
    text = doc_text(doc)
    entities = {(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ in LABELS}
    candidates = entities | set(rule_spans(text))
    joined = _joined(candidates, text) - candidates
    candidates |= joined
    out = _listed_days(doc, text, published)
    taken: list[tuple[int, int]] = [(w.start, w.end) for w in out]
    pending = sorted(candidates, key=lambda c: (c[0] - c[1], c[0]))
    while pending:
        start, end = pending.pop(0)
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        future = published is not None and _looks_ahead(doc, start, end)
        past = published is not None and not future and _looks_back(doc, start, end)
        when = normalise(text[start:end], published=published, start=start, future=future, past=past)
        if when is not None and (start, end) in joined and when.earliest is None:
            when = None  # "6 a.m." + "ten days" is no duration; its parts are tried alone
        if when is not None:
            taken.append((start, end))
            out.append(when)
        elif (start, end) in entities:
            inner = [(start + m.start(), start + m.end()) for m in _inner_pattern().finditer(text[start:end])]
            pending = sorted({*pending, *((s, e) for s, e in inner if (s, e) != (start, end))}, key=lambda c: (c[0] - c[1], c[0]))
    out = _in_quarter_context(out, published)
    out = _year_by_its_end(text, out)
    out = _anaphoric(text, out)
    out = _clock_days(doc, out)
    return tuple(sorted(out, key=lambda w: w.start))


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _listed_days(doc: "Doc", text: str, published: dt.date | None) -> list[When]:
    """The days of lists of one month ("February 27th and 28th", "3, 4 and 5 June"), each its own
    day of the one year the first resolves to (or that is written after them); a span of days
    ("May 3-4") one stretch (see :mod:`seismo.extract.timex.lists`)."""
    out: list[When] = []
    for listed in day_lists(text):
        first, last = listed.days[0], listed.days[-1]
        number = doc.char_span(last.start, last.start + len(str(last.day)), alignment_mode="expand")
        if number is not None and number.root.dep_ == "nummod" and number.root.head.i > number.root.i:
            continue  # "on March 3 and 4 percent rises": a count of something, no day
        future = published is not None and _looks_ahead(doc, listed.start, listed.end)
        past = published is not None and not future and _looks_back(doc, listed.start, listed.end)
        written = f", {first.year}" if first.year else ""
        head = resolve(f"{first.month} {first.day}{written}", published=published, future=future, past=past)
        if head is None or head.precision != "day":
            continue
        y = head.earliest.year
        found = [resolve(f"{d.month} {d.day}, {y}", published=published) for d in listed.days]
        if any(f is None or f.precision != "day" for f in found):
            continue
        days = [f for f in found if f is not None]
        if listed.span:  # "May 3-4": one stretch; TimeML has no value for it
            stretch = span(days[0].earliest, days[-1].latest, days[0].confidence)
            out.append(_when(listed.start, listed.end, text, stretch._replace(timeml=None)))
            continue
        out.extend(_when(d.start, d.end, text, f) for d, f in zip(listed.days, days))
    return out


def _when(start: int, end: int, text: str, found: Resolved) -> When:
    """A DATE :class:`When` for ``text[start:end]`` resolved as ``found``."""
    return When(start, end, text[start:end], found.value, found.precision, found.earliest, found.latest, found.confidence,
                STEP, "DATE", found.timeml)


def _clock_days(doc: "Doc", out: list[When]) -> list[When]:
    """A bare time of day ("at 10:35 a.m. (0735 GMT) Friday", "4 a.m. EDT Thursday") takes the
    day named nearest to it in its sentence, when one is; else it stays on the publication day."""
    result = []
    for w in out:
        if w.timeml and "T" in w.timeml and clock_only(w.text):
            span = doc.char_span(w.start, w.end, alignment_mode="expand")
            sent = span.sent if span is not None else None
            days = [d for d in out if d is not w and sent is not None and sent.start_char <= d.start and d.end <= sent.end_char
                    and d.timeml and _DAY.fullmatch(d.timeml[:10]) and d.precision == "day"]
            if not days and sent is not None and sent.start > 0:  # the story goes on: "... Friday. In the morning, ..."
                before = doc[sent.start - 1].sent
                days = [d for d in out if before.start_char <= d.start and d.end <= before.end_char
                        and d.timeml and _DAY.fullmatch(d.timeml[:10]) and d.precision == "day"]
            if days:
                near = min(days, key=lambda d: min(abs(d.start - w.end), abs(w.start - d.end)))
                timeml = near.timeml[:10] + w.timeml[10:]
                w = When(w.start, w.end, w.text, near.value, "day", near.earliest, near.latest, min(w.confidence, near.confidence),
                         STEP, w.type, timeml)
        result.append(w)
    return result


#: "that year", "later that year", "the following month", "the following week", "that same day", "the same
#: day", "the next morning", "that quarter", "the previous quarter", "the prior year", "the previous Friday":
#: a time named by the one mentioned just before
@lru_cache(maxsize=1)
def _anaphor() -> re.Pattern[str]:
    weekdays = "|".join(w for w in sorted(lexicon().weekdays, key=len, reverse=True) if len(w) > 3)
    return re.compile(
        r"\b(?i:(?:(?:later|earlier)\s+)?(?:that|the\s+(?:(?P<following>following)|(?P<next>next)|(?P<back>previous|preceding|prior))"
        r"|the(?=\s+same\s))\s+"
        rf"(?:(?P<same>same)\s+)?(?P<unit>year|month|week|day|morning|quarter|{weekdays}))\b(?!-)"
    )


_POINT = re.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])))?(?:T.*)?")


def _anaphoric(text: str, out: list[When]) -> list[When]:
    """``out`` with anaphoric times ("that year", "the following month", "that same day"): the
    year, month, day or quarter of the nearest time named before them (within a few sentences),
    shifted by "following" / "next" / "previous"; none when no earlier time is precise enough.
    "The following year" / "the previous month" count from that time, not from publication, and
    replace what was found there; "next" may count from publication ("the next year"), so a
    reading already found for it stays."""
    found = list(out)
    weekdays = lexicon().weekdays
    for m in _anaphor().finditer(text):
        there = [w for w in found if m.start() < w.end and w.start < m.end()]
        if there and not (m["following"] or m["back"]):
            continue
        unit = m["unit"].lower()
        step = 1 if m["following"] or m["next"] else -1 if m["back"] else 0
        wd = weekdays.get(unit)
        if wd is not None:  # "the previous Friday": the Friday before the day just named
            unit = "day"
        if unit in ("day", "morning") and not (m["same"] or step):
            continue  # a bare "that day" is often no particular one
        before = [w for w in found if w.end <= m.start() and m.start() - w.end <= _ANAPHOR_CONTEXT]
        for w in sorted(before, key=lambda w: -w.start):
            p = _POINT.fullmatch(w.timeml or "")
            if p is None or (unit == "quarter") != bool(p[4]) and unit != "year" or unit == "month" and not p[2]:
                continue
            if unit in ("day", "morning", "week") and not p[3]:
                if unit != "week" and m["same"] and p[2] and w.precision == "month":  # "last October ... that same day": a day of that month
                    found = [w for w in found if w not in there]
                    some_day = month(int(p[1]), int(p[2]), 0.4)._replace(timeml=f"{p[1]}-{p[2]}-XX")
                    found.append(_when(m.start(), m.end(), text, some_day))
                    break
                continue
            y = int(p[1])
            if unit == "year":
                r = year(y + step, 0.5)
            elif unit == "quarter":
                y, q = divmod(y * 4 + int(p[4]) - 1 + step, 4)  # "the previous quarter": the one before that quarter
                r = quarter(y, q + 1, 0.5)
            elif unit == "month":
                first = add_months(dt.date(y, int(p[2]), 1), step)
                r = month(first.year, first.month, 0.5)
            else:
                d = dt.date(y, int(p[2]), int(p[3]))
                if wd is not None:
                    d += dt.timedelta(days=(wd - d.weekday()) % 7 or 7) if step > 0 else -dt.timedelta(days=(d.weekday() - wd) % 7 or 7)
                if unit == "week":  # "the following week": the calendar week after that day's
                    r = week(d + dt.timedelta(weeks=step), 0.5)
                else:
                    r = day(d + dt.timedelta(days=step) if wd is None else d, 0.5)
            if r is not None:
                found = [w for w in found if w not in there]
                found.append(When(m.start(), m.end(), m[0], r.value, r.precision, r.earliest, r.latest, r.confidence,
                                  STEP, "DATE", r.timeml))
            break
    return found
