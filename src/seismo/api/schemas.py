"""The HTTP shapes (pydantic, at the edge only): what each endpoint accepts and returns.

The JSON of records is the ``seismo extract`` contract (:mod:`seismo.contract.serialize`); these
models describe it for the OpenAPI document and check what goes out.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from seismo.model import Precision, Scope
from seismo.contract.vocab import CountKind, Modality


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class SpanOut(_Out):
    start: int
    end: int
    text: str


class ArticleRefOut(_Out):
    id: str
    date: str | None
    title: str | None
    source: str | None
    url: str | None
    story_id: str | None = Field(None, description="The story the linker put the article in (null: not linked).")


class ActorOut(SpanOut):
    name: str | None
    country: str | None
    sector: str | None
    kind: str


class LocationOut(_Out):
    start: int | None
    end: int | None
    text: str | None
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    precision: Literal[1, 2, 3] = Field(description="1: the exact place, 2: its region, 3: the country only.")


class EventDateOut(_Out):
    value: str
    precision: Precision
    source: Literal["text", "published"]


class CountOut(SpanOut):
    low: int | None
    best: int | None
    high: int | None
    part: Literal["text", "title"] = Field("text", description="The article field start / end index: its text, or its "
                                                                 "title (a toll the headline gives).")


class EventOut(_Out):
    """One event report as coded, with the cluster it belongs to and its article."""

    id: str
    event_id: str
    type: str
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    quad_class: int | None
    actor: ActorOut | None
    recipient: ActorOut | None
    location: LocationOut | None
    date: EventDateOut | None
    counts: dict[CountKind, CountOut]
    modality: Modality
    attributed_to: SpanOut | None
    hedged: bool
    evidence: SpanOut
    trigger: SpanOut
    mentions: list[SpanOut] = Field(default_factory=list, description="Further evidence: the sentences of later mentions of the same happening in the article, merged into this report.")
    scope: Scope = Field("political", description="incident: an ordinary crime or accident, left out of political figures.")
    part: Literal["text", "title"] = Field("text", description="The article field evidence / trigger / mentions index: its "
                                           "text, or its title for an attack only the headline tells.")
    confidence: float
    step: str
    article: ArticleRefOut
    link: "LinkOut | None" = None


class LinkOut(BaseModel):
    score: float | None = Field(description="How well the report matched its event (null: it started the event).")
    reasons: list[str] = Field(description="Why the report joined its event, in words.")


class SourcedCountOut(BaseModel):
    low: int | None
    best: int | None
    high: int | None
    text: str
    source: str | None = Field(description="Who gave the number, as written (null: the article itself).")
    article_id: str
    report_id: str
    date: str | None = Field(description="The article's date.")


class FigureOut(BaseModel):
    """An event's count of one kind, reconciled over every source (seismo.link.counts)."""

    low: int | None
    best: int | None
    high: int | None
    contested: bool = Field(description="The latest sources disagree.")
    current: list[SourcedCountOut] = Field(description="The counts the figure rests on.")
    superseded: list[SourcedCountOut] = Field(description="Older counts the figure replaces (running tolls).")
    died_since: int = Field(0, description="Injured only: how many a later killed count has among the dead, "
                                           "taken off the injured figure.")


NEXT_CURSOR = "Pass as ?cursor= for the next page (the Link header holds its URL); null on the last page."


class EventPageOut(BaseModel):
    items: list[EventOut]
    next_cursor: str | None = Field(description=NEXT_CURSOR)
    total: int | None = Field(None, description="Reports matching the filter, when asked with total=true.")


class PointOut(BaseModel):
    type: Literal["Point"]
    coordinates: list[float] = Field(min_length=2, max_length=2, description="[longitude, latitude] (RFC 7946).")


class FeatureOut(BaseModel):
    type: Literal["Feature"]
    id: str = Field(description="The report's id.")
    geometry: PointOut | None = Field(description="Where the event happened; null when the report has no coordinates.")
    properties: EventOut


class FeatureCollectionOut(BaseModel):
    """A page of event reports as GeoJSON (RFC 7946); ``next_cursor`` is a foreign member."""

    type: Literal["FeatureCollection"]
    features: list[FeatureOut]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class EventDetailOut(BaseModel):
    event_id: str
    type: str
    country: str | None
    story_id: str | None = Field(None, description="The story of the article whose report started the event.")
    n_articles: int = Field(description="How many articles report the event.")
    sources: list[str] = Field(description="The outlets that reported it, oldest first.")
    figures: dict[CountKind, FigureOut] = Field(description="Counts reconciled over every report, with every source's number.")
    reports: list[EventOut] = Field(description="Every report of this event, oldest article first.")


class StoryArticleOut(BaseModel):
    id: str
    date: str | None
    title: str | None
    source: str | None
    primary_event_id: str | None = Field(description="The event the article is mainly about.")
    duplicate_of: str | None = Field(description="The earlier article it copies (syndicated text).")
    reasons: list[str] = Field(description="Why the article joined the story.")


class StoryOut(BaseModel):
    """A story: its articles, oldest first, and its asserted events by date (a timeline)."""

    story_id: str
    articles: list[StoryArticleOut]
    events: list[dict] = Field(description="Each event: the report that started it (contract object), event_id, n_reports, n_articles, figures.")


class ArticleListOut(BaseModel):
    items: list[ArticleRefOut]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class ArticleDetailOut(BaseModel):
    """An article with its text and every span found in it (the extract contract + text)."""

    model_config = ConfigDict(extra="allow")
    article: ArticleRefOut
    text: str
    entities: list[dict]
    places: list[dict]
    dates: list[dict]
    events: list[dict]
    quotes: list[dict]
    warnings: list[str] = []
    steps: list[str] = Field([], description="Versions of the steps that made these records (seismo.events.v141, ...); "
                                             "empty when the article was stored before they were recorded.")


class QuoteOut(_Out):
    id: str
    start: int
    end: int
    text: str
    kind: Literal["direct", "indirect", "paraphrase"]
    speaker: dict | None
    cue: SpanOut | None
    confidence: float
    article: ArticleRefOut


class QuoteListOut(BaseModel):
    items: list[QuoteOut]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class SpeakerOut(BaseModel):
    speaker: str = Field(description="The person or organisation's canonical (fullest) name")
    organization: str | None
    quotes: int
    aliases: list[str] = Field(default_factory=list, description="Its other names in the store "
                               "(seismo.resolve.identity: titles off, a surname joins the one fuller name)")


class PlaceOut(BaseModel):
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: Literal[1, 2, 3] | None
    events: int


class MentionOut(BaseModel):
    name: str
    country: str | None
    kind: str
    lat: float | None
    lon: float | None
    mentions: int
    articles: int


class ActorCountOut(BaseModel):
    actor: str
    country: str | None
    sector: str | None
    events: int
    aliases: list[str] = Field(default_factory=list, description="The actor's other names in the store")


class PlacePageOut(BaseModel):
    items: list[PlaceOut]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class MentionPageOut(BaseModel):
    items: list[MentionOut]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class ActorPageOut(BaseModel):
    items: list[ActorCountOut]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class SpeakerPageOut(BaseModel):
    items: list[SpeakerOut]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class SeriesOut(BaseModel):
    key: str
    counts: list[int]
    total: int


class DailyOut(BaseModel):
    by: Literal["type", "country"]
    days: list[str]
    series: list[SeriesOut]


class SummaryRowOut(BaseModel):
    country: str | None
    type: str
    events: int


class SummaryPageOut(BaseModel):
    items: list[SummaryRowOut]
    next_cursor: str | None = Field(description=NEXT_CURSOR)


class StatsOut(BaseModel):
    articles: int
    events: int
    reports: int
    asserted_reports: int
    quotes: int
    places: int
    first_date: str | None
    last_date: str | None
    schema_version: int


class ArticleIn(BaseModel):
    """One article to ingest: ``text`` is required; the rest as in the JSONL input format."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1)
    id: str | None = None
    date: str | None = Field(None, description="YYYY-MM-DD publication date")
    title: str | None = None
    source: str | None = None
    url: str | None = None


class IngestIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=100)


class IngestedOut(BaseModel):
    id: str
    stored: bool = Field(description="false when the article was already in the store")
    events: int
    quotes: int
    warnings: list[str]


class IngestOut(BaseModel):
    articles: list[IngestedOut]
    skipped: list[str]
    summary: str


class ProblemItem(BaseModel):
    """One request value that cannot be used."""

    loc: list[str] = Field(description="Where the value is: [\"query\", \"limit\"], [\"body\", \"articles\", \"0\", \"text\"].")
    detail: str = Field(description="What is wrong with it.")
    type: str = Field(description="The kind of check it failed (pydantic's error type).")


class Problem(BaseModel):
    """Every error (RFC 9457 problem details, ``application/problem+json``)."""

    type: str = Field("about:blank", description="Always about:blank: the status says what kind of problem it is.")
    title: str = Field(description="The HTTP status phrase.")
    status: int = Field(description="The HTTP status code.")
    detail: str = Field(description="What failed, the offending value and the fix.")
    instance: str = Field(description="The path of the request that failed.")
    errors: list[ProblemItem] | None = Field(None, description="422 from parameter checks: each bad value.")
