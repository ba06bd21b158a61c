"""Synthetic news for the linking benchmark: extracted articles as the linker reads them (no
spaCy), and indexes filled with them without linking.

    for planted, result in SyntheticNews(seed).stream(n): ...      articles in publication order
    news, seconds = fill(reports, memory=MemoryIndex(), sqlite=path) an index of ``reports`` reports

A :class:`~seismo.model.Result` per article, in publication order (:data:`ARTICLES_PER_DAY` a
day from :data:`START`), built directly from ``seismo.model`` records: about 150 words of text
from a Zipf-distributed vocabulary of :data:`VOCAB` made-up words, function words, a few topic
words of its story (five of them from a long tail of :data:`RARE` rare words, as real stories
have their specific terms) and an odd rare word now and then; two or three people (``PERSON``
entities, first and last names drawn Zipf-like from made-up pools, :data:`PUBLIC_SHARE` of them
recurring public figures); and :data:`REPORTS_PER_ARTICLE` asserted reports of five PLOVER
types, each with a town (``city`` place, precision 1, from a pool of :data:`TOWNS` made-up towns
in 30 countries with GeoNames-like ids and coordinates), a day (``YYYY-MM-DD`` from the text),
its sentence as evidence and its trigger word.  Two reports are the story's main happenings
(one town, one or two days); the other three happened in the last three weeks, in the same town
(:data:`SAME_TOWN`) or elsewhere in the country.  Every span is a true slice of the text.

Most articles start a story.  About :data:`FOLLOW_UP` of them follow up a story told in the last
three days: new wording, the same people and topic words, the same two main happenings (same
type, town and day), so the linker should put them in that story and those reports in its
events.  About :data:`COPY` are near-copies of an article of the last four days (the same text,
a new headline, the last line dropped or a short one added: Jaccard of 5-shingles about 0.9),
which the linker should mark ``duplicate_of``.  :class:`Planted` says which.

:func:`fill` writes the first articles of a stream straight into an index (``Index.save``'s
arguments, or bulk INSERTs into a store's link tables) as the planted structure says, so a
large index is quick to make; see :mod:`seismo.bench.link`.

Seeded ``random.Random``: the same seed gives the same articles, byte for byte.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import math
import random
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.link import ArticleLinks, MemoryIndex, ReportLink
from seismo.model import Article, Entity, Event, EventDate, EventLocation, Place, Result, Span

SEED = 20230313
START = dt.date(2021, 1, 4)
ARTICLES_PER_DAY = 100
REPORTS_PER_ARTICLE = 5
VOCAB = 4000
#: the long tail: rare made-up words (uniform), a story's specific terms and an article's odd word
RARE = 40_000
TOWNS = 2000
FIRST_NAMES, LAST_NAMES, PUBLIC_FIGURES = 600, 1500, 300
#: share of people named who are public figures (named across many stories)
PUBLIC_SHARE = 0.05
#: share of an article's other happenings set in its main town (the rest: elsewhere in the country)
SAME_TOWN = 0.6
#: share of articles that follow up a recent story / copy a recent article
FOLLOW_UP, COPY = 0.04, 0.03
#: how far back a follow-up's story / a copy's original may be, in articles
FOLLOW_BACK, COPY_BACK = 3 * ARTICLES_PER_DAY, 4 * ARTICLES_PER_DAY
Step = Callable[[str], None]
COUNTRIES = ("AFG", "BGD", "BRA", "CMR", "COD", "COL", "EGY", "ETH", "FRA", "IND", "IRN", "IRQ", "KAZ", "KEN",
             "KGZ", "LBN", "MEX", "MLI", "MMR", "NGA", "PAK", "PER", "PHL", "RUS", "SDN", "SOM", "SYR", "TUR",
             "UKR", "YEM")
#: (PLOVER type, mode, quad class, trigger words)
TYPES = (
    ("PROTEST", "demo", 3, ("protest", "rally", "march", "demonstration")),
    ("ASSAULT", "firearms", 4, ("attack", "shooting", "gunmen", "ambush")),
    ("COERCE", "arrest", 4, ("arrested", "detained", "raid", "crackdown")),
    ("FIGHT", "firearms", 4, ("clashes", "fighting", "battle", "offensive")),
    ("MOBILIZE", "troops", 4, ("deployed", "troops", "reinforcements", "convoy")),
)
FUNCTION_WORDS = ("the", "the", "the", "of", "of", "and", "and", "in", "in", "to", "a", "on", "was", "were", "said",
                  "by", "for", "with", "at", "from", "that", "after", "as", "had", "has", "their", "its", "over")
_ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "kr", "st", "tr", "sh")
_VOWELS = ("a", "e", "i", "o", "u", "ai", "ou")
_CODAS = ("", "", "", "n", "r", "s", "k", "m", "l", "t")


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    geonameid: int
    lat: float
    lon: float
    country: str


@dataclass(frozen=True, slots=True)
class Planted:
    """What the generator made an article: ``new`` (starts a story), ``follow-up`` of the story
    ``of`` (its first article), or ``copy`` of the article ``of``."""

    article_id: str
    kind: str
    of: str | None = None


@dataclass(frozen=True, slots=True)
class World:
    """The pools every article draws from (see the module docstring)."""

    words: tuple[str, ...]
    word_weights: tuple[float, ...]  # cumulative Zipf weights
    rare: tuple[str, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    public: tuple[str, ...]
    towns: tuple[Town, ...]
    town_weights: tuple[float, ...]  # cumulative

    @classmethod
    def make(cls, seed: int = SEED) -> "World":
        from seismo.link.keys import stop_words

        rng = random.Random(seed)
        taken = set(stop_words()) | set(FUNCTION_WORDS) | {w for *_, ws in TYPES for w in ws}

        def coin(syllables: Sequence[int]) -> str:
            while True:
                n = rng.choice(syllables)
                w = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(n)) + rng.choice(_CODAS)
                if len(w) >= 4 and w not in taken:
                    taken.add(w)
                    return w

        words = tuple(coin((2, 2, 3, 3, 4)) for _ in range(VOCAB))
        rare = tuple(coin((3, 3, 4)) for _ in range(RARE))
        first = tuple(coin((2, 3)).title() for _ in range(FIRST_NAMES))
        last = tuple(coin((2, 3, 3, 4)).title() for _ in range(LAST_NAMES))
        public = tuple(f"{rng.choice(first)} {rng.choice(last)}" for _ in range(PUBLIC_FIGURES))
        centres = {c: (rng.uniform(-30, 55), rng.uniform(-80, 125)) for c in COUNTRIES}
        towns = []
        for i in range(TOWNS):
            country = COUNTRIES[i % len(COUNTRIES)]
            lat, lon = centres[country]
            towns.append(Town(coin((2, 3)).title(), 9_000_000 + i, round(lat + rng.uniform(-4, 4), 4),
                              round(lon + rng.uniform(-4, 4), 4), country))
        rng.shuffle(towns)
        return cls(words, tuple(itertools.accumulate(1 / (r + 1) for r in range(VOCAB))), rare, first, last, public,
                   tuple(towns), tuple(itertools.accumulate(1 / (r + 1) ** 0.3 for r in range(TOWNS))))


@dataclass(frozen=True, slots=True)
class _Happening:
    type: int  # index into TYPES
    town: Town
    day: dt.date


@dataclass(frozen=True, slots=True)
class _Story:
    id: str
    people: tuple[str, ...]
    topic: tuple[str, ...]
    main: tuple[_Happening, ...]  # the two happenings every article of the story reports


@dataclass(frozen=True, slots=True)
class _Draft:
    """An article before it is text: sentences of tokens; a token is a word, or a tuple
    ``("p", name)`` (a person), ``("g", town)`` (a place), ``("t", report index, word)`` (a trigger)."""

    title: tuple[str, ...]
    sentences: tuple[tuple[object, ...], ...]
    people: tuple[str, ...]
    happenings: tuple[_Happening, ...]


class SyntheticNews:
    """A deterministic stream of synthetic extracted articles (see the module docstring)."""

    def __init__(self, seed: int = SEED, *, world: World | None = None) -> None:
        self.world = world or World.make(seed)
        self.rng = random.Random(seed + 1)
        self.index = 0
        self.stories: deque[tuple[int, _Story]] = deque(maxlen=FOLLOW_BACK)
        self.drafts: deque[tuple[int, str, _Draft]] = deque(maxlen=COPY_BACK)
        w = self.world
        # names are Zipf-distributed too: a few very common first and last names, a long tail of rare ones
        self.first_weights = list(itertools.accumulate(1 / (r + 1) for r in range(len(w.first_names))))
        self.last_weights = list(itertools.accumulate(1 / (r + 1) for r in range(len(w.last_names))))
        self.by_country: dict[str, tuple[list[Town], list[float]]] = {}
        for t, weight in zip(w.towns, (b - a for a, b in zip((0.0, *w.town_weights), w.town_weights))):
            towns, weights = self.by_country.setdefault(t.country, ([], []))
            towns.append(t)
            weights.append((weights[-1] if weights else 0.0) + weight)

    # ------------------------------------------------------------------ drawing

    def _words(self, n: int) -> list[str]:
        w = self.world
        return self.rng.choices(w.words, cum_weights=w.word_weights, k=n)

    def _town(self, country: str | None = None) -> Town:
        towns, weights = self.by_country[country] if country else (self.world.towns, self.world.town_weights)
        return self.rng.choices(towns, cum_weights=weights)[0]

    def _person(self) -> str:
        w, rng = self.world, self.rng
        if rng.random() < PUBLIC_SHARE:
            return rng.choice(w.public)
        first = rng.choices(w.first_names, cum_weights=self.first_weights)[0]
        return f"{first} {rng.choices(w.last_names, cum_weights=self.last_weights)[0]}"

    def _sentence(self, topic: Sequence[str], specials: Sequence[object], length: int) -> tuple[object, ...]:
        rng = self.rng
        pool = (FUNCTION_WORDS, topic, self._words(length), self.world.rare)
        rolls = [rng.random() for _ in range(length)]
        out: list[object] = [pool[0][int(r * 73.7) % len(pool[0])] if r < 0.38 else  # 73.7: spreads r < 0.38 over them
                             pool[1][int(r * 100) % len(topic)] if r < 0.5 else
                             pool[3][int(r * 1e9) % RARE] if r < 0.53 else pool[2][n]
                             for n, r in enumerate(rolls)]
        for s in specials:
            out.insert(rng.randrange(1, len(out) + 1), s)
        return tuple(out)

    def _draft(self, story: _Story, day: dt.date) -> _Draft:
        """A fresh telling of ``story``: its two main happenings and three others in the same country."""
        rng = self.rng
        country = story.main[0].town.country
        home = story.main[0].town
        others = tuple(_Happening(rng.randrange(len(TYPES)), home if rng.random() < SAME_TOWN else self._town(country),
                                  day - dt.timedelta(days=rng.randrange(1, 21)))
                       for _ in range(REPORTS_PER_ARTICLE - len(story.main)))
        happenings = story.main + others
        sentences = []
        for k, h in enumerate(happenings):
            specials: list[object] = [("t", k, rng.choice(TYPES[h.type][3]))]
            if k == 0 or h.town != home:  # the home town is named in the lead and at the end, not in every line
                specials.append(("g", h.town))
            if k < len(story.main):
                specials.append(("p", story.people[k % len(story.people)]))
            sentences.append(self._sentence(story.topic, specials, rng.randrange(10, 16)))
            if k < 2:  # the lead: more about the main happenings
                sentences.append(self._sentence(story.topic, [("p", p) for p in story.people[:2]], rng.randrange(12, 18)))
        sentences.append(self._sentence(story.topic, [("p", story.people[-1]), ("g", home)], rng.randrange(12, 18)))
        sentences.append(self._sentence(story.topic, [], rng.randrange(10, 16)))
        title = (story.main[0].town.name, TYPES[story.main[0].type][3][0], *rng.sample(story.topic, 2), *self._words(3))
        return _Draft(title, tuple(sentences), story.people, happenings)

    def _new_story(self, aid: str, day: dt.date) -> _Story:
        rng = self.rng
        town = self._town()
        kinds = rng.sample(range(len(TYPES)), 2)
        main = tuple(_Happening(k, town, day - dt.timedelta(days=rng.randrange(2))) for k in kinds)
        people = tuple(dict.fromkeys(self._person() for _ in range(rng.choice((2, 3, 3)))))
        topic = (*rng.sample(self.world.rare, 5), *self._words(40)[-3:])  # specific terms, and a few common ones
        return _Story(aid, people, topic, main)

    # ------------------------------------------------------------------ articles

    def next(self) -> tuple[Planted, Result]:
        """The next article of the stream."""
        i = self.index
        self.index += 1
        aid = f"syn{i:07d}"
        day = START + dt.timedelta(days=i // ARTICLES_PER_DAY)
        r = self.rng.random()
        if r < COPY and self.drafts:
            _, original, d = self.rng.choice(self.drafts)
            sentences = list(d.sentences)
            last_has_trigger = any(type(t) is tuple and t[0] == "t" for t in sentences[-1])
            if self.rng.random() < 0.5 and not last_has_trigger:
                sentences.pop()  # a shortened copy
            else:  # a line added ("Reporting by ...")
                sentences.append(self._sentence(self._words(8), [], self.rng.randrange(5, 10)))
            draft = _Draft((d.title[0], *self._words(5)), tuple(sentences), d.people, d.happenings)
            planted = Planted(aid, "copy", original)
        elif r < COPY + FOLLOW_UP and self.stories:
            _, story = self.rng.choice(self.stories)
            draft = self._draft(story, day)
            planted = Planted(aid, "follow-up", story.id)
        else:
            story = self._new_story(aid, day)
            self.stories.append((i, story))
            draft = self._draft(story, day)
            planted = Planted(aid, "new")
        self.drafts.append((i, aid, draft))
        return planted, self._result(aid, day, draft)

    def stream(self, n: int) -> Iterator[tuple[Planted, Result]]:
        """The next ``n`` articles."""
        for _ in range(n):
            yield self.next()

    @staticmethod
    def _result(aid: str, day: dt.date, d: _Draft) -> Result:
        parts: list[str] = []
        pos = 0
        entities: list[Entity] = []
        places: dict[int, Place] = {}
        first_place: dict[int, Place] = {}
        triggers: dict[int, tuple[Span, Span]] = {}  # report index -> (trigger, its sentence)
        for sentence in d.sentences:
            start = pos
            marks: list[tuple[int, Span]] = []
            words: list[str] = []
            for n, token in enumerate(sentence):
                if n:
                    pos += 1
                if type(token) is str:
                    word = token if n else token[:1].upper() + token[1:]
                    words.append(word)
                    pos += len(word)
                    continue
                kind, *rest = token  # type: ignore[misc]
                word = rest[-1] if kind == "t" else rest[0] if kind == "p" else rest[0].name
                if n == 0:
                    word = word[:1].upper() + word[1:]
                end = pos + len(word)
                if kind == "p":
                    entities.append(Entity(pos, end, word, "PERSON"))
                elif kind == "g":
                    t: Town = rest[0]
                    place = Place(pos, end, word, t.name, t.geonameid, t.lat, t.lon, t.country, None, "city", 0.9)
                    places[pos] = place
                    first_place.setdefault(t.geonameid, place)
                else:
                    marks.append((rest[0], Span(pos, end, word)))
                words.append(word)
                pos = end
            said = " ".join(words) + "."
            pos += 1
            evidence = Span(start, pos, said)
            for k, span in marks:
                triggers.setdefault(k, (span, evidence))
            parts.append(said)
            pos += 1
        text = " ".join(parts)
        events = []
        for k, h in enumerate(d.happenings):
            ptype, mode, quad, _ = TYPES[h.type]
            trigger, evidence = triggers[k]
            events.append(Event(
                id=f"{aid}-r{k}", type=ptype, mode=mode, acled_event_type=None, acled_sub_event_type=None,
                quad_class=quad, actor=None, recipient=None,
                location=EventLocation(first_place[h.town.geonameid], 1),
                date=EventDate(h.day.isoformat(), "day", "text"), counts=(), modality="asserted",
                attributed_to=None, hedged=False, evidence=evidence, trigger=trigger, confidence=0.8,
            ))
        title = " ".join(d.title)
        return Result(Article(aid, text, day, title[:1].upper() + title[1:]), entities=tuple(entities),
                      places=tuple(places[k] for k in sorted(places)), events=tuple(events))


# --------------------------------------------------------------------------- a filled index


@dataclass(slots=True)
class _Filled:
    """What one fill pass keeps: per article its story, per story its main events, per article its events."""

    story_of: dict[str, str] = field(default_factory=dict)
    main_events: dict[str, tuple[str, ...]] = field(default_factory=dict)
    events_of: dict[str, tuple[str, ...]] = field(default_factory=dict)
    signature_of: dict[str, tuple[int, ...]] = field(default_factory=dict)
    df: Counter[str] = field(default_factory=Counter)
    joins: Counter[str] = field(default_factory=Counter)
    articles: int = 0


def _signature(rng: random.Random, original: tuple[int, ...] | None) -> tuple[int, ...]:
    """A MinHash-like signature: random 32-bit values (a different text), or the original's with
    about one value in eight changed (a near-copy: estimated Jaccard about 0.88)."""
    from seismo.link.dupes import NUM_PERM

    if original is None:
        return tuple(rng.getrandbits(32) for _ in range(NUM_PERM))
    return tuple(rng.getrandbits(32) if rng.random() < 0.125 else v for v in original)


def _plan(planted: Planted, result: Result, filled: _Filled, rng: random.Random) -> dict[str, Any]:
    """``Index.save``'s arguments for one article, as the planted structure says (no lookups)."""
    from seismo.link import keys as K
    from seismo.link.dupes import bands
    from seismo.link.events import report_key
    from seismo.link.index import Neighbour

    article = result.article
    aid, day = article.id, article.date
    sketch = K.sketch(result)
    n, df = filled.articles, filled.df
    vector = K.vector(sketch, lambda k: math.log((n + 1) / (df[k] + 1)) + 1.0)
    lookup = K.lookup_keys(vector)
    origin = planted.of
    story = filled.story_of.get(origin, aid) if origin else aid
    copy = origin if planted.kind == "copy" and origin in filled.signature_of else None
    sig = _signature(rng, filled.signature_of.get(copy) if copy else None)
    if planted.kind == "copy" and origin in filled.events_of:
        joined = filled.events_of[origin]
    elif planted.kind == "follow-up" and story in filled.main_events:
        joined = filled.main_events[story]
    else:
        joined = ()
    reports, new_events, ids = [], [], []
    for k, event in enumerate(result.events):
        rid = event.id
        if k < len(joined):
            reports.append(ReportLink(rid, joined[k], 0.9, ("synthetic fill",)))
            filled.joins[joined[k]] += 1
        else:
            reports.append(ReportLink(rid, rid, 1.0, ()))
            new_events.append(report_key(rid, event, story_id=story, day=day))
        ids.append(reports[-1].event_id)
    links = ArticleLinks(aid, day, story, 1.0 if origin else 0.0, origin, ("synthetic fill",), copy, ids[0] if ids else None,
                         tuple(reports))
    filled.story_of[aid] = story
    filled.events_of[aid] = tuple(ids)
    filled.main_events.setdefault(story, tuple(ids[:2]))
    filled.signature_of[aid] = sig
    df.update(sketch.keys.keys())  # document frequency: once per article, as Index.save counts
    filled.articles += 1
    return {"links": links, "neighbour": Neighbour(aid, story, day, vector, sig), "lookup": lookup,
            "keys": list(sketch.keys), "bands": bands(sig), "new_events": new_events}


class _SqliteFill:
    """Bulk INSERTs into a fresh store's link tables and ``events``, in one transaction."""

    TABLES = ("link_articles", "link_postings", "link_bands", "events")
    LAYOUT = {"link_articles": ["article_id", "day", "story_id", "vector", "signature", "terms"],
              "link_postings": ["term", "article_id", "day"], "link_bands": ["band", "article_id"]}

    def __init__(self, path: Path, *, now: dt.datetime) -> None:
        from seismo.store import Store
        from seismo.store import schema as S

        self.path, self.now = path, now
        self.store = Store.open(path)
        self.raw = self.store.engine.raw_connection()
        dialect = self.store.engine.dialect
        self.columns = {name: [c.name for c in S.metadata.tables[name].columns] for name in (*self.TABLES, "link_df")}
        for name, expected in self.LAYOUT.items():  # add() builds these rows by position
            if self.columns[name] != expected:
                raise RuntimeError(f"the {name} table changed ({self.columns[name]}); update seismo.bench.linkdata._SqliteFill")
        self.convert = {name: [c.type.bind_processor(dialect) for c in S.metadata.tables[name].columns]
                        for name in self.columns}
        self.rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in self.TABLES}
        self.seconds = 0.0
        cur = self.raw.cursor()
        for pragma in ("synchronous = OFF", "foreign_keys = OFF", "cache_size = -262144"):
            cur.execute(f"PRAGMA {pragma}")  # a throwaway store: load speed over durability
        cur.execute("BEGIN")

    def _row(self, table: str, values: dict[str, Any]) -> tuple[Any, ...]:
        """The row as SQLAlchemy would bind it (its type's bind processor: dates as ISO text, ...)."""
        return tuple(v if f is None or v is None else f(v) for f, v in
                     zip(self.convert[table], (values.get(c) for c in self.columns[table])))

    def add(self, plan: dict[str, Any]) -> None:
        t0 = time.perf_counter()
        links, nb = plan["links"], plan["neighbour"]
        aid = links.article_id
        day = self._row("link_postings", {"day": nb.day})[-1]
        self.rows["link_articles"].append((
            aid, day, links.story_id, json.dumps(nb.vector, ensure_ascii=False, separators=(",", ":")),
            json.dumps(list(nb.signature)) if nb.signature else None,
            json.dumps(sorted(set(plan["keys"])), ensure_ascii=False, separators=(",", ":"))))
        self.rows["link_postings"] += [(k, aid, day) for k in plan["lookup"]]
        self.rows["link_bands"] += [(b, aid) for b in plan["bands"]]
        self.rows["events"] += [self._row("events", {
            "id": e.id, "type": e.type, "country": e.country, "date_earliest": e.earliest, "n_reports": 1,
            "created_at": self.now, "story_id": e.story_id, "mode": e.mode, "asserted": e.asserted,
            "geonameid": e.geonameid, "lat": e.lat, "lon": e.lon, "geo_precision": e.precision,
            "date_latest": e.latest, "actor_name": e.actor[0] if e.actor else None,
            "actor_sector": e.actor[1] if e.actor else None}) for e in plan["new_events"]]
        if len(self.rows["link_postings"]) >= 50_000:
            self.flush()
        self.seconds += time.perf_counter() - t0

    def flush(self) -> None:
        cur = self.raw.cursor()
        for name, rows in self.rows.items():
            if rows:
                cols = self.columns[name]
                cur.executemany(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
                rows.clear()

    def finish(self, filled: _Filled) -> None:
        from seismo.store.links import ARTICLES_KEY

        t0 = time.perf_counter()
        self.flush()
        cur = self.raw.cursor()
        cur.executemany("INSERT INTO link_df (term, n) VALUES (?, ?)", [*filled.df.items(), (ARTICLES_KEY, filled.articles)])
        cur.executemany("UPDATE events SET n_reports = n_reports + ? WHERE id = ?", [(n, e) for e, n in filled.joins.items()])
        cur.execute("COMMIT")
        self.raw.close()
        self.store.close()
        self.seconds += time.perf_counter() - t0


def fill(reports: int, *, seed: int = SEED, memory: MemoryIndex | None = None, sqlite: Path | None = None,
         step: Step | None = None) -> tuple[SyntheticNews, dict[str, float]]:
    """Fill ``memory`` and/or a new SQLite store at ``sqlite`` with the first ``reports`` reports of the
    stream, without linking (see the module docstring); returns the stream (positioned after them)
    and the seconds spent: ``shared`` (generating, keys, vectors), ``memory``, ``sqlite``."""
    news = SyntheticNews(seed)
    rng = random.Random(seed + 2)
    filled = _Filled()
    db = _SqliteFill(sqlite, now=dt.datetime.now(dt.timezone.utc)) if sqlite is not None else None
    seconds = {"shared": 0.0, "memory": 0.0, "sqlite": 0.0}
    n = reports // REPORTS_PER_ARTICLE
    t0 = time.perf_counter()
    for i, (planted, result) in enumerate(news.stream(n)):
        plan = _plan(planted, result, filled, rng)
        if memory is not None:
            t1 = time.perf_counter()
            memory.save(**plan)
            seconds["memory"] += time.perf_counter() - t1
        if db is not None:
            db.add(plan)
        for recent in (filled.events_of, filled.signature_of):  # copies copy an article of the last few days
            while len(recent) > 2 * COPY_BACK:
                del recent[next(iter(recent))]
        if step is not None and i % 20_000 == 19_999:
            step(f"filled {(i + 1) * REPORTS_PER_ARTICLE:,} / {reports:,} reports")
    if db is not None:
        db.finish(filled)
        seconds["sqlite"] = db.seconds
    seconds["shared"] = time.perf_counter() - t0 - seconds["memory"] - seconds["sqlite"]
    return news, seconds
