"""Query inputs and outputs: the filters (validated when built) and the small records queries return.

A filter with an unusable value raises :class:`~seismo.errors.QueryError` as it is built, so
the CLI and the HTTP API reject it before any SQL runs.  Every value reaches SQL as a bound
parameter (see :func:`event_conditions`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from seismo.errors import QueryError
from seismo.model import Event, Quote
from seismo.store import schema
from seismo.store.read.search import contains, matches
from seismo.contract.vocab import ACLED_EVENT_TYPES, ACLED_SUB_EVENT_TYPES, MODALITIES, SCOPES

_ISO3 = re.compile(r"[A-Z]{3}")
#: user-assigned ISO 3166 codes in common use that pycountry does not list
_EXTRA_ISO3 = frozenset({"XKX"})


def iso3(value: str) -> str:
    """``value`` as an upper-case ISO 3166-1 alpha-3 code, or QueryError."""
    code = value.strip().upper()
    if _ISO3.fullmatch(code):
        import pycountry

        if code in _EXTRA_ISO3 or pycountry.countries.get(alpha_3=code) is not None:
            return code
    raise QueryError(f"country must be an ISO 3166-1 alpha-3 code such as KAZ or FRA, got {value!r}")


def as_date(value: dt.date | str | None, *, name: str) -> dt.date | None:
    """A date from a ``date`` or ``YYYY-MM-DD`` text, or QueryError naming the parameter."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise QueryError(f"{name} must be a date YYYY-MM-DD, got {value!r}") from None


def check_page(limit: int | None, offset: int) -> None:
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise QueryError(f"limit must be a whole number of at least 1 (or None for all), got {limit!r}")
    if not isinstance(offset, int) or offset < 0:
        raise QueryError(f"offset must be a whole number of at least 0, got {offset!r}")


def clean_text(value: str | None, *, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise QueryError(f"{name} must be text, got {value!r}")
    return value.strip() or None




@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which event reports to return.  Every field is optional; set fields must all hold.

    country: ISO 3166-1 alpha-3 code of the event's location (``KAZ``; any case).
    type: PLOVER type (``PROTEST``) or ACLED event type (``Riots``), case-insensitive; a value
        that spells an ACLED event type filters on ACLED, any other on PLOVER.
    sub_event_type: ACLED sub-event type (``Peaceful protest``) or PLOVER mode (``riot``),
        case-insensitive, chosen the same way.
    actor: part of the actor's or recipient's name or text, or their country / sector code.
    since / until: the event's date interval overlaps [since, until] (inclusive).
    modality: ``asserted``, ``negated``, ``hypothetical``, ``future`` or ``historical``.
    scope: ``political`` (reports stored before scopes existed count as political) or
        ``incident`` (ordinary crimes, accidents); None or ``all``: both.
    q: full text: every word occurs in the evidence sentence or in the article (title + text).
    article_id: only this article's reports.
    limit / offset: the page (``limit=None``: all).
    """

    country: str | None = None
    type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    modality: str | None = None
    scope: str | None = None
    q: str | None = None
    article_id: str | None = None
    limit: int | None = 100
    offset: int = 0

    def __post_init__(self) -> None:
        put = object.__setattr__
        for name in ("country", "type", "sub_event_type", "actor", "modality", "scope", "q", "article_id"):
            put(self, name, clean_text(getattr(self, name), name=name))
        if self.country is not None:
            put(self, "country", iso3(self.country))
        put(self, "since", as_date(self.since, name="since"))
        put(self, "until", as_date(self.until, name="until"))
        if self.since and self.until and self.since > self.until:
            raise QueryError(f"since ({self.since}) is after until ({self.until}); swap them")
        if self.modality is not None:
            if self.modality.lower() not in MODALITIES:
                raise QueryError(f"modality must be one of {', '.join(MODALITIES)}, got {self.modality!r}")
            put(self, "modality", self.modality.lower())
        if self.scope is not None:
            scope = self.scope.lower()
            if scope not in SCOPES:
                raise QueryError(f"scope must be one of {', '.join(SCOPES)}, got {self.scope!r}")
            put(self, "scope", None if scope == "all" else scope)
        check_page(self.limit, self.offset)


def acled_name(value: str, vocabulary: frozenset[str]) -> str | None:
    """``value`` as the ACLED name it spells (any case), or None when it is not an ACLED name."""
    folded = value.casefold()
    return next((name for name in vocabulary if name.casefold() == folded), None)


def text_condition(q: str, *, dialect: str, common: bool = False) -> sa.ColumnElement[bool]:
    """Reports whose evidence sentence or article (title + text) has every word of ``q``.

    The evidence sentence is a span of its article's text, so an evidence match is an article
    match: one lookup in the articles' full-text index decides (on SQLite a single
    ``article_id IN (SELECT ... MATCH ...)``, computed once per query, with no second IN list
    over the reports' index).  Other dialects keep both tests.

    ``common``: the words match many articles (see :func:`seismo.store.read.search.is_common`), so
    the query should walk the reports in list order and test each one's article against the
    index (a rowid probe) rather than start from every match and sort them.
    """
    r = schema.event_reports.c
    if dialect == "sqlite":
        return matches(dialect, "articles", q, key=r.article_id, per_row=common)
    return sa.or_(
        matches(dialect, "reports", q),
        r.article_id.in_(sa.select(schema.articles.c.id).where(matches(dialect, "articles", q))),
    )


def event_conditions(f: EventFilter, *, dialect: str, common_text: bool = False) -> list[sa.ColumnElement[bool]]:
    """The WHERE conditions on ``event_reports`` for filter ``f`` (``common_text``: see
    :func:`text_condition`)."""
    r = schema.event_reports.c
    where: list[sa.ColumnElement[bool]] = []
    if f.country:
        where.append(r.country == f.country)
    if f.type:
        acled = acled_name(f.type, ACLED_EVENT_TYPES)
        where.append(r.acled_event_type == acled if acled else r.type == f.type.upper())
    if f.sub_event_type:
        acled = acled_name(f.sub_event_type, ACLED_SUB_EVENT_TYPES)
        where.append(r.acled_sub_event_type == acled if acled else r.mode == f.sub_event_type.lower())
    if f.actor:
        code = f.actor.upper()
        where.append(sa.or_(
            contains(r.actor_name, f.actor), contains(r.actor_text, f.actor),
            contains(r.recipient_name, f.actor), contains(r.recipient_text, f.actor),
            r.actor_country == code, r.recipient_country == code,
            r.actor_sector == code, r.recipient_sector == code,
        ))
    if f.since:
        where.append(r.date_latest >= f.since)
    if f.until:
        where.append(r.date_earliest <= f.until)
    if f.modality:
        where.append(r.modality == f.modality)
    if f.scope == "political":
        where.append(sa.or_(r.scope == "political", r.scope.is_(None)))
    elif f.scope:
        where.append(r.scope == f.scope)
    if f.q:
        where.append(text_condition(f.q, dialect=dialect, common=common_text))
    if f.article_id:
        where.append(r.article_id == f.article_id)
    return where


# --------------------------------------------------------------------------- results


#: the article columns selected with a record, labelled as :meth:`ArticleRef.from_row` reads them
#: how much of an article's text a reference carries, for :attr:`ArticleRef.headline`
LEAD_CHARS = 200
#: the longest headline made from an untitled article's first sentence
HEADLINE_CHARS = 120
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s")

ARTICLE_REF_COLUMNS = (
    schema.articles.c.id.label("a_id"),
    schema.articles.c.date.label("a_date"),
    schema.articles.c.title.label("a_title"),
    schema.articles.c.source.label("a_source"),
    schema.articles.c.url.label("a_url"),
    schema.articles.c.story_id.label("a_story_id"),
    sa.func.substr(schema.articles.c.text, 1, LEAD_CHARS).label("a_lead"),
)


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """The article a record came from, without its text."""

    id: str
    date: dt.date | None
    title: str | None
    source: str | None
    url: str | None
    story_id: str | None = None  # the story the linker put the article in (None: not linked)
    lead: str | None = None  # the first LEAD_CHARS characters of the text

    @classmethod
    def from_row(cls, row: Any) -> ArticleRef:
        """The reference in a row selected with :data:`ARTICLE_REF_COLUMNS`."""
        return cls(row["a_id"], row["a_date"], row["a_title"], row["a_source"], row["a_url"], row.get("a_story_id"),
                   row.get("a_lead"))

    @property
    def headline(self) -> str:
        """What names the article for a reader: its title, else its first sentence (cut at a word
        before HEADLINE_CHARS, with an ellipsis), else its id."""
        if self.title and self.title.strip():
            return self.title.strip()
        lead = " ".join((self.lead or "").split())
        if not lead:
            return self.id
        first = _SENTENCE_END.split(lead, maxsplit=1)[0]
        if len(first) <= HEADLINE_CHARS and (first != lead or len(lead) < LEAD_CHARS):
            return first
        cut = first[:HEADLINE_CHARS].rsplit(" ", 1)[0]
        return cut.rstrip(",;:") + "…"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date.isoformat() if self.date else None,
            "title": self.title,
            "source": self.source,
            "url": self.url,
            "story_id": self.story_id,
            "headline": self.headline,
        }


@dataclass(frozen=True, slots=True)
class EventHit:
    """One stored event report: the record as extracted, its event and its article.

    link_score / link_reasons: how well the report matched the event it joined, and why
    (None / empty: the report started its event).
    """

    event: Event
    event_id: str
    article: ArticleRef
    link_score: float | None = None
    link_reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The extract contract's event object plus ``event_id``, ``article`` and the link."""
        from seismo.contract import serialize

        return {**serialize.event(self.event), "event_id": self.event_id, "article": self.article.to_dict(),
                "link": {"score": self.link_score, "reasons": list(self.link_reasons)}}


@dataclass(frozen=True, slots=True)
class QuoteHit:
    """One stored quote with its id and article."""

    id: str
    quote: Quote
    article: ArticleRef

    def to_dict(self) -> dict[str, Any]:
        from seismo.contract import serialize

        return {"id": self.id, **serialize.quote(self.quote), "article": self.article.to_dict()}


@dataclass(frozen=True, slots=True)
class SpeakerCount:
    """How many stored quotes a speaker has (``speaker``: the canonical name of the person or
    organisation, else the mention as written; ``aliases``: its other names in the store, see
    :mod:`seismo.resolve.identity`)."""

    speaker: str
    organization: str | None
    quotes: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SummaryRow:
    """Asserted events of one type in one country (``country`` None: location unknown)."""

    country: str | None
    type: str
    events: int


@dataclass(frozen=True, slots=True)
class StoreStats:
    """How much the store holds."""

    articles: int
    events: int
    reports: int
    asserted_reports: int
    counts: int
    quotes: int
    places: int
    dates: int
    entities: int
    first_date: dt.date | None
    last_date: dt.date | None
    schema_version: int

    def summary(self) -> str:
        span = f", articles dated {self.first_date} to {self.last_date}" if self.first_date else ""
        return (
            f"{self.articles} articles, {self.events} events ({self.asserted_reports} of "
            f"{self.reports} reports asserted), {self.quotes} quotes, {self.places} places{span}"
        )


@dataclass(frozen=True, slots=True)
class WriteStats:
    """What one ``Store.write`` call did."""

    articles_added: int = 0
    articles_present: int = 0
    articles_replaced: int = 0
    events_added: int = 0
    counts_added: int = 0
    quotes_added: int = 0
    places_added: int = 0
    dates_added: int = 0
    entities_added: int = 0
    #: reports that joined an event another report started (seismo.link)
    reports_joined: int = 0
    #: articles found to copy an earlier one (syndicated / near-duplicate)
    copies_found: int = 0

    def summary(self) -> str:
        replaced = f", {self.articles_replaced} replaced" if self.articles_replaced else ""
        copies = f", {self.copies_found} copies of earlier articles" if self.copies_found else ""
        return (
            f"{self.articles_added} articles added ({self.articles_present} already present{replaced}{copies}), "
            f"{self.events_added} event reports ({self.reports_joined} joined earlier events), "
            f"{self.quotes_added} quotes, {self.places_added} places"
        )
