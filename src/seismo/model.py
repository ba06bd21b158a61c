"""The records seismo produces: small frozen dataclasses, one per kind of thing found.

Every extracted record says where it came from:

* ``start`` / ``end`` — Python string offsets into :attr:`Article.text`
  (``article.text[start:end] == record.text`` always holds, but for a :class:`Count` whose
  ``part`` is ``"title"``: its offsets index :attr:`Article.title`, and for an :class:`Event`
  whose ``part`` is ``"title"`` its ``evidence`` and ``trigger`` do);
* ``text`` — the characters as written;
* ``confidence`` — a probability-like score in [0, 1];
* ``step`` — the versioned step that made it (``"seismo.places.v1"``).

A missing value is ``None``; where *why* it is missing matters, a separate field says so
(``EventDate.source`` is ``"text"`` or ``"published"``).  The JSON form of these records —
the output contract of ``seismo extract`` — lives in :mod:`seismo.contract.serialize`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from seismo.contract.vocab import CountKind, Modality

Precision = Literal["day", "week", "month", "year", "range"]
PlaceKind = Literal["country", "admin", "city", "region", "feature", "site"]
#: literal: where something is or happens; associative: a demonym or adjective ("the Russian
#: delegation"); metonym: a place standing for an institution ("Washington said", "the White House")
PlaceRole = Literal["literal", "associative", "metonym"]
#: the TimeML type of a time expression
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
#: political: in the scope of political-violence and protest data; incident: a crime, accident or disaster
Scope = Literal["political", "incident"]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Article:
    """One dated news article as read by an ingest reader.

    ``id`` is the input's own id when it had one, else a hash of the normalised text, so the
    same article read twice gets the same id.  ``origin`` says where it was read
    (``"news.jsonl:14"``) for error messages; it is not part of the article's identity.
    """

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None

    def __post_init__(self) -> None:
        # an ISO string ("2022-01-07") is read as its date, a datetime as its day; anything else
        # fails here, naming the article, not later inside a step that does date arithmetic
        date = self.date
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date.strip())
            except ValueError:
                problem = f"article {self.id!r}: date {self.date!r} is not an ISO date (YYYY-MM-DD)"
                raise ValueError(problem) from None
        elif isinstance(date, dt.datetime):
            date = date.date()
        elif date is not None and not isinstance(date, dt.date):
            raise TypeError(f"article {self.id!r}: date must be a datetime.date, not {type(date).__name__}")
        if date is not self.date:
            object.__setattr__(self, "date", date)


@dataclass(frozen=True, slots=True)
class Entity:
    """A named-entity mention (spaCy label, possibly set by seismo's entity ruler)."""

    start: int
    end: int
    text: str
    label: str
    confidence: float = 1.0
    step: str = "seismo.entities.v6"


@dataclass(frozen=True, slots=True)
class Place:
    """A place mention resolved against the gazetteer.

    ``geonameid`` is the GeoNames id when the place came from GeoNames (cities); countries,
    subdivisions and regions from other sources carry their own id or ``None``.
    ``country`` is ISO 3166-1 alpha-3; ``admin1`` the first-level subdivision's name.
    ``kind`` ``feature`` is a sea, river, mountain range or other physical region; ``site`` a
    street, neighbourhood or building (with its town's point when no finer one is known).
    ``role`` says how the text uses the name: only ``literal`` places locate events.
    """

    start: int
    end: int
    text: str
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    kind: PlaceKind
    confidence: float
    step: str = "seismo.places.v24"
    role: PlaceRole = "literal"


@dataclass(frozen=True, slots=True)
class When:
    """A time expression normalised against the publication date.

    ``value`` is ISO-like text at the given precision: ``2022-01-07`` (day), ``2022-W01``
    (week), ``2022-01`` (month), ``2022`` (year) or ``2021-12-31/2022-01-07`` (range).
    ``earliest`` / ``latest`` bound the interval it denotes, for comparisons.
    ``type`` is the TimeML type; a ``DURATION`` ("three days") or ``SET`` ("every Friday") has
    no interval (``earliest`` / ``latest`` None) and never dates an event.  ``timeml`` is the
    TIMEX3 value as TimeML writes it ("2022-01-07", "2022-Q1", "2022-SU", "2022-01-07TMO",
    "P3D", "XXXX-WXX-5"), or None where it is not known.
    """

    start: int
    end: int
    text: str
    value: str
    precision: Precision
    earliest: dt.date | None
    latest: dt.date | None
    confidence: float
    step: str = "seismo.dates.v33"
    type: TimexType = "DATE"
    timeml: str | None = None


@dataclass(frozen=True, slots=True)
class Count:
    """How many were killed / injured / arrested / took part, as low–best–high.

    ``qualifier`` keeps the hedge as written ("almost", "at least", "dozens");
    any of ``low`` / ``best`` / ``high`` may be ``None`` where the text gives no bound.
    ``part`` names the article field ``start`` / ``end`` (and ``victims``) index: ``"text"``
    (:attr:`Article.text`), or ``"title"`` for a toll the headline gives
    (``article.title[start:end] == text``: :mod:`seismo.extract.numbers.headline`).
    """

    kind: CountKind
    low: int | None
    best: int | None
    high: int | None
    start: int
    end: int
    text: str
    qualifier: str | None = None
    victims: Span | None = None
    confidence: float = 0.8
    step: str = "seismo.counts.v42"
    part: Literal["text", "title"] = "text"


@dataclass(frozen=True, slots=True)
class Actor:
    """Who does or undergoes an event, resolved to a country and a PLOVER sector.

    ``kind`` is ``person``, ``org``, ``igo``, ``country`` or ``group`` (an unnamed collective:
    "protesters", "security forces").  ``name`` is the canonical name when known
    ("Kassym Jomart Tokayev" for a later bare "Tokayev").
    """

    start: int
    end: int
    text: str
    name: str | None
    country: str | None
    sector: str | None
    kind: str
    role: str | None = None
    confidence: float = 0.5
    step: str = "seismo.actors.v20"


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who is quoted: the mention, and the profile gathered across the article.

    ``text`` is the mention as written at the attribution ("she", "The analyst",
    "Mikhelidze"); ``name`` the full name it refers to, or ``None`` for an unnamed speaker
    (whose description is then in ``role``).  ``outlet`` is the medium spoken to ("told
    HuffPost"); ``country`` (ISO alpha-3) and ``sector`` (PLOVER: GOV, LEG, MIL, ...) come
    from the actor lexicon where it knows the speaker or the role.
    """

    start: int
    end: int
    text: str
    name: str | None
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    outlet: str | None = None
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation, an indirect attribution ("said that ...") or a paraphrase without a
    reported clause ("accused X of ...", "denied reports that ...") with its speaker and cue."""

    start: int
    end: int
    text: str
    kind: Literal["direct", "indirect", "paraphrase"]
    speaker: Speaker | None
    cue: Span | None
    confidence: float
    step: str = "seismo.quotes.v41"


@dataclass(frozen=True, slots=True)
class EventLocation:
    """Where an event happened: a resolved place and how exactly (1 site/city, 2 area, 3 country)."""

    place: Place
    precision: Literal[1, 2, 3]


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened; ``source`` says whether the text said so or we fell back."""

    value: str
    precision: Precision
    source: Literal["text", "published"]
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One event *report*: one mention of a political event in one article.

    ``type`` / ``mode`` are PLOVER; ``acled_*`` the ACLED coding; ``evidence`` the sentence
    that supports it and ``trigger`` the words that made us code it; ``mentions`` are the
    sentences of the article's later mentions of the same happening, merged into this report
    (``seismo.extract.events.merge``): further evidence.  Only ``asserted`` events count in statistics
    and alerts.  ``scope`` is ``political`` or ``incident`` (an ordinary crime, an accident:
    ``seismo.extract.framing.scope``); incidents stay out of political exports and figures.
    ``part`` names the article field ``evidence`` / ``trigger`` / ``mentions`` index: ``"text"``
    (:attr:`Article.text`), or ``"title"`` for an attack only the headline tells
    (:func:`seismo.extract.numbers.headline.headline_attack`: ``article.title[start:end] == text``).
    """

    id: str
    type: str
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    quad_class: int | None
    actor: Actor | None
    recipient: Actor | None
    location: EventLocation | None
    date: EventDate | None
    counts: tuple[Count, ...]
    modality: Modality
    attributed_to: Span | None
    hedged: bool
    evidence: Span
    trigger: Span
    confidence: float
    step: str = "seismo.events.v141"
    mentions: tuple[Span, ...] = ()
    scope: Scope = "political"
    part: Literal["text", "title"] = "text"


@dataclass(frozen=True, slots=True)
class Result:
    """Everything extracted from one article.

    ``steps`` are the versions of the steps whose records these are (``"seismo.places.v1"``),
    in the order they ran; a step that failed or was skipped is not among them (its reason
    is in ``warnings``).  The store keeps them per article, so ``seismo ingest --reprocess``
    knows which articles a newer step version would change.
    """

    article: Article
    entities: tuple[Entity, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[When, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    steps: tuple[str, ...] = ()
