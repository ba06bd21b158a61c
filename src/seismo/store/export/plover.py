"""Events as PLOVER records: ``seismo export --format plover`` (JSON lines).

One JSON object per event (:class:`~seismo.store.read.clusters.EventGroup`) with the fields of the
PLOVER manual's "JSON Data Fields" chapter (Open Event Data Alliance, PLOVER 0.7b1), validated by
``docs/plover.schema.json``:

* ``id`` (the seismo event id), ``date`` / ``enddate`` (first and last day of the event's date,
  ``YYYY-MM-DD``), ``event`` and ``mode`` (lists of PLOVER categories), ``quad_code``;
* ``context``: a list: the contexts of ``plover_context.tsv`` whose words occur in the event's own
  sentences (evidence and merged mentions of every report), and ``future``, ``historical``,
  ``hypothetical`` or ``negation`` from the event's modality;
* ``actor`` / ``recipient``: lists of actor objects: ``code`` (ISO3, or ``IGO``), ``sector``,
  ``actor_text`` (the words as written), ``identifier_text`` (the canonical name), ``office``
  (the title), ``kind`` (seismo's: person, org, igo, country, group), ``implicit`` (true: no one
  is named and the actor is the state of the event's country; ``actor_text`` is then null);
* ``event_loc``: GeoNames-style location (``geonameid``, ``name``, ``latitude``, ``longitude``,
  ``country_code`` ISO alpha-2, ``cc3`` alpha-3, ``admin1`` name) and ``resolution`` 1 site,
  2 town, 3 near a town or a region, 4 first-level subdivision, 5 country;
* ``size``: ``dead``, ``injured``, ``arrested`` (and ``participants``), reconciled over every
  report; ``event_text``: the evidence sentences; ``link``: the event's story;
* ``cite_info``: the citation of the article whose report started the event (``citation`` its id,
  ``url``, ``title``, ``publication``, ``language``, ``coder``, ``codebook``), ``articles``: every
  article's citation; ``coder`` (seismo and its version), ``coded_date`` / ``coded_time`` (when
  the event was first stored, UTC).  An event with no date at all is left out (PLOVER requires one).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from typing import IO, Any

from seismo.model import Actor, Event
from seismo.store.export.acled import Written
from seismo.store.export.stored import StoredEvent, StoredEvents
from seismo.store.read.query import ArticleRef
from seismo.store.read.clusters import EventGroup
from seismo.store.rows import date_bounds
from seismo.version import __version__

CODEBOOK = "plover-0.7b1"
CODER = f"seismo {__version__}"
_MODALITY_CONTEXT = {"future": "future", "historical": "historical", "hypothetical": "hypothetical",
                     "negated": "negation"}
_BATCH = 500


@lru_cache(maxsize=1)
def context_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(context, pattern of its words) from ``plover_context.tsv``, in the table's order."""
    text = (resources.files("seismo") / "data" / "plover_context.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    out = []
    for line in lines[1:]:
        name, words = line.split("\t")
        alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words.split("|"), key=len,
                                                                                         reverse=True))
        out.append((name, re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)))
    return tuple(out)


def contexts(texts: Iterable[str], *, modality: str | None = None) -> list[str]:
    """The PLOVER contexts ``texts`` support, in the table's order, then the modality's."""
    joined = "\n".join(texts)
    found = [name for name, pattern in context_words() if pattern.search(joined)]
    if modality in _MODALITY_CONTEXT:
        found.append(_MODALITY_CONTEXT[modality])
    return found


def plover_code(who: Actor) -> str | None:
    """The PLOVER actor code: ``IGO`` for an intergovernmental organisation, else the ISO3 country."""
    return "IGO" if who.kind == "igo" else who.country


def _actor(who: Actor | None, *, event: Event) -> list[dict[str, Any]]:
    """The actor as a one-item list (PLOVER actors are lists); an implicit actor (the state of
    the event's country, for a state-only act with no one named: its span is the trigger's) has
    no text and ``implicit`` true."""
    if who is None:
        return []
    code = plover_code(who)
    implicit = (who.start, who.end) == (event.trigger.start, event.trigger.end)
    return [{"code": code, "sector": who.sector, "actor_text": None if implicit else who.text,
             "identifier_text": who.name, "office": who.role, "kind": who.kind, "implicit": implicit}]


def _resolution(event: Event) -> int | None:
    if event.location is None:
        return None
    kind, precision = event.location.place.kind, event.location.precision
    if kind == "country":
        return 5
    if kind == "admin":
        return 4
    if kind in ("region", "feature") or precision >= 2:
        return 3
    return 1 if kind == "site" else 2


@lru_cache(maxsize=512)
def _alpha2(iso3: str | None) -> str | None:
    if not iso3:
        return None
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3)
    return found.alpha_2 if found is not None else None


def _location(event: Event) -> dict[str, Any] | None:
    if event.location is None:
        return None
    p = event.location.place
    return {"geonameid": p.geonameid, "name": p.name, "latitude": p.lat, "longitude": p.lon,
            "country_code": _alpha2(p.country), "cc3": p.country, "admin1": p.admin1,
            "resolution": _resolution(event)}


def _cite(article: ArticleRef) -> dict[str, Any]:
    return {"citation": article.id, "url": article.url, "title": article.title, "publication": article.source,
            "language": "en", "coder": CODER, "codebook": CODEBOOK}


def _best(group: EventGroup, kind: str) -> int | None:
    figure = group.figures.get(kind)
    return figure.best if figure is not None else None


def record(group: EventGroup, stored: StoredEvent | None = None) -> dict[str, Any]:
    """One PLOVER record for an event."""
    head = group.head
    e = head.event
    first, last = date_bounds(e.date.value) if e.date else (None, None)
    first = first or head.article.date
    last = last or first
    texts = [s.text for h in group.reports for s in (h.event.evidence, *h.event.mentions)]
    articles: dict[str, ArticleRef] = {h.article.id: h.article for h in group.reports}
    coded = stored.created_at if stored is not None else None
    if coded is not None and coded.tzinfo is not None:
        coded = coded.astimezone(dt.timezone.utc)
    return {
        "id": group.event_id,
        "date": first.isoformat() if first else None,
        "enddate": last.isoformat() if last and last != first else None,
        "event": [e.type],
        "mode": [e.mode] if e.mode else [],
        "context": contexts(texts, modality=e.modality),
        "actor": _actor(e.actor, event=e),
        "recipient": _actor(e.recipient, event=e),
        "event_loc": _location(e),
        "event_text": list(dict.fromkeys(h.event.evidence.text.strip() for h in group.reports)),
        "quad_code": e.quad_class,
        "size": {"dead": _best(group, "killed"), "injured": _best(group, "injured"),
                 "arrested": _best(group, "arrested"), "participants": _best(group, "participants")},
        "link": head.article.story_id,
        "cite_info": _cite(head.article),
        "articles": [_cite(a) for a in articles.values()],
        "coder": CODER,
        "coded_date": coded.date().isoformat() if coded else None,
        "coded_time": coded.time().replace(microsecond=0).isoformat() if coded else None,
        "modality": e.modality,
        "confidence": round(e.confidence, 3),
    }


def write(groups: Iterable[EventGroup], *, stored: StoredEvents | None, out: IO[str]) -> Written:
    """One PLOVER record per dated event to ``out`` (JSON lines; PLOVER requires a date, so an
    event with neither its own date nor its article's is left out); returns what was written."""
    written = Written()
    batch: list[EventGroup] = []

    def flush() -> None:
        facts = stored.lookup(g.event_id for g in batch) if stored is not None else {}
        for g in batch:
            rec = record(g, facts.get(g.event_id))
            if rec["date"] is None:
                written.skip("no date")
                continue
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            written.rows += 1
        batch.clear()

    for group in groups:
        batch.append(group)
        if len(batch) >= _BATCH:
            flush()
    flush()
    return written
