"""Article text with marked spans, as safe HTML built by escaping every segment.

    marks = article_marks(result)                 # places, dates, actors, events, quotes
    html = highlight(result.article.text, marks)  # Markup: escaped text + <span class="hl ...">

Spans may overlap (a place inside a quote): the text is cut at every mark boundary and each
piece is wrapped once, with the classes of every mark covering it.  Only the text, titles
and the few internal links built here reach the page, and all of them are escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote as url_quote

from markupsafe import Markup, escape

from seismo.model import Event, Result

#: kind → legend label, in legend order
KINDS: dict[str, str] = {
    "evidence": "evidence sentence",
    "trigger": "event",
    "actor": "actor",
    "place": "place",
    "date": "date",
    "count": "count",
    "quote": "quote",
    "speaker": "speaker",
}


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlighted span: ``kind`` picks the style, ``title`` the tooltip, ``href`` an internal link."""

    start: int
    end: int
    kind: str
    title: str = ""
    href: str | None = None
    anchor: str | None = None


def _valid(marks: Iterable[Mark], size: int) -> list[Mark]:
    return [m for m in marks if 0 <= m.start < m.end <= size and m.kind in KINDS]


def highlight(text: str, marks: Iterable[Mark]) -> Markup:
    """``text`` as HTML with every mark wrapped in a ``<span>`` (or ``<a>``), everything escaped."""
    found = _valid(marks, len(text))
    cuts = sorted({0, len(text), *(m.start for m in found), *(m.end for m in found)})
    order = {k: i for i, k in enumerate(KINDS)}
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        piece = escape(text[a:b])
        active = [m for m in found if m.start <= a and b <= m.end]
        if not active:
            out.append(piece)
            continue
        active.sort(key=lambda m: (order[m.kind], m.start))
        kinds = sorted({m.kind for m in active}, key=order.__getitem__)
        titles = list(dict.fromkeys(m.title for m in active if m.title))
        href = next((m.href for m in active if m.href), None)
        anchors = [m.anchor for m in active if m.anchor and m.start == a]
        attrs = f' class="hl {" ".join("hl-" + k for k in kinds)}" data-kinds="{" ".join(kinds)}"'
        if titles:
            attrs += f' title="{escape(" · ".join(titles))}"'
        if anchors:
            attrs += f' id="{escape(anchors[0])}"'
        tag = "a" if href else "span"
        if href:
            attrs += f' href="{escape(href)}"'
        out.append(f"<{tag}{attrs}>{piece}</{tag}>")
    return Markup("".join(out))


def event_href(event_id: str) -> str:
    return "/events/" + url_quote(event_id, safe="")


def _who(name: str | None, text: str, country: str | None, sector: str | None) -> str:
    codes = "/".join(x for x in (country, sector) if x)
    return (name or text) + (f" [{codes}]" if codes else "")


def event_marks(event: Event, *, event_id: str | None = None, evidence: bool = False,
                anchor: str | None = None) -> list[Mark]:
    """The trigger, actors, place, date and counts of one event (and its evidence sentence; an
    event read off the headline, ``part == "title"``, marks neither trigger nor evidence: they are
    not in the text)."""
    label = " / ".join(x for x in (event.type, event.mode, event.acled_sub_event_type) if x)
    marks = [Mark(event.trigger.start, event.trigger.end, "trigger", f"event: {label} ({event.modality})",
                  event_href(event_id) if event_id else None)] if event.part == "text" else []
    if evidence and event.part == "text":
        marks.append(Mark(event.evidence.start, event.evidence.end, "evidence", "evidence sentence",
                          anchor=anchor))
    for role, actor in (("actor", event.actor), ("recipient", event.recipient)):
        if actor is not None:
            marks.append(Mark(actor.start, actor.end, "actor",
                              f"{role}: {_who(actor.name, actor.text, actor.country, actor.sector)}"))
    if event.location is not None:
        p = event.location.place
        marks.append(Mark(p.start, p.end, "place", f"place: {p.name}" + (f" ({p.country})" if p.country else "")))
    if event.date is not None and event.date.span is not None:
        s = event.date.span
        marks.append(Mark(s.start, s.end, "date", f"date: {event.date.value}"))
    for c in (c for c in event.counts if c.part == "text"):  # a headline's toll is not in the text
        value = c.best if c.best is not None else "–".join(str(x) for x in (c.low, c.high) if x is not None)
        marks.append(Mark(c.start, c.end, "count", f"{c.kind}: {value}"))
    return marks


def article_marks(result: Result, *, event_ids: Sequence[str] | None = None) -> list[Mark]:
    """Everything found in one article: places, dates, event parts and quotes with speakers."""
    marks: list[Mark] = []
    for p in result.places:
        marks.append(Mark(p.start, p.end, "place", f"place: {p.name}" + (f" ({p.country})" if p.country else "")))
    for w in result.dates:
        marks.append(Mark(w.start, w.end, "date", f"date: {w.value}"))
    for i, e in enumerate(result.events):
        eid = event_ids[i] if event_ids and i < len(event_ids) else e.id
        marks.extend(m for m in event_marks(e, event_id=eid) if m.kind != "place" or not any(
            p.start == m.start and p.end == m.end for p in result.places))
    for q in result.quotes:
        who = q.speaker.name or q.speaker.text if q.speaker else "unknown speaker"
        marks.append(Mark(q.start, q.end, "quote", f"{q.kind} quote: {who}"))
        if q.speaker is not None:
            org = f" ({q.speaker.organization})" if q.speaker.organization else ""
            marks.append(Mark(q.speaker.start, q.speaker.end, "speaker", f"speaker: {who}{org}"))
    return marks
