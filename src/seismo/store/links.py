"""The linker's memory in the store: :class:`StoreIndex` implements :class:`seismo.link.Index`.

    index = StoreIndex(conn, now=...)      inside Store.write's transaction
    Linker(index).add(result, report_ids)  reads candidates, then ``save`` writes:

* ``link_articles`` / ``link_postings`` / ``link_bands``: each article's vector, MinHash
  signature, lookup keys and LSH bands;
* ``link_df``: how many linked articles hold each key (the idf), the empty term counting the
  articles themselves, so no lookup ever counts rows;
* ``events``: a row per event started (its matching key), ``n_reports`` kept up to date as
  reports join (and recounted when an article is deleted or re-extracted);
* ``articles``: the story, primary event, copy and story reasons.

Every read is an index range bounded by a LIMIT (postings by term and day, bands by band,
a story's latest events, events by type, country and the few days of ``date_latest`` a narrowly
dated event overlapping the report's days can have), and the id lists are chunked: the cost of
one article does not grow with the store.  Postings and events come in the order the
:class:`~seismo.link.MemoryIndex` gives them (day, then id, newest first), so both decide alike.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import sqlalchemy as sa

from seismo.link.events import NARROW_DAYS, ReportKey, shift
from seismo.link.index import UNDATED, ArticleLinks, Neighbour, Posting, ReportLink, Shape, narrow, ordinal
from seismo.store import schema as S

#: the link_df key that counts the linked articles
ARTICLES_KEY = ""
_CHUNK = 500
#: lookup keys read by one postings statement (two UNION ALL branches each)
_KEYS_PER_STATEMENT = 32
#: a story's events read per article: its latest
STORY_EVENTS = 500


@lru_cache(maxsize=None)
def _sql(name: str, dialect: str = "") -> Any:
    """The statements the linker runs for every article, built once (per dialect where they
    differ) and then only bound: building a SQLAlchemy statement costs more than SQLite running it."""
    a, t, b, e, r = S.articles.c, S.link_articles.c, S.link_bands.c, S.events.c, S.event_reports.c
    ids = sa.bindparam("ids", expanding=True)
    if name == "df":
        return sa.select(S.link_df.c.term, S.link_df.c.n).where(S.link_df.c.term.in_(sa.bindparam("terms", expanding=True)))
    if name == "upsert_df":
        stmt = _insert_of(dialect)(S.link_df)
        return stmt.on_conflict_do_update(index_elements=[S.link_df.c.term], set_={"n": S.link_df.c.n + stmt.excluded.n})
    if name == "articles":
        return sa.select(t.article_id, t.story_id, t.day, t.vector, t.signature).where(t.article_id.in_(ids))
    if name == "story_days":
        return sa.select(t.story_id, sa.func.max(t.day)).where(t.story_id.in_(ids)).group_by(t.story_id)
    if name == "bands":
        return sa.select(b.article_id).where(b.band.in_(ids)).distinct().limit(200)
    if name == "links_of":
        return (sa.select(a.id, a.date, a.story_id, a.story_score, a.story_matched, a.story_reasons, a.duplicate_of,
                          a.primary_event_id).where(a.id == sa.bindparam("aid"), a.story_id.is_not(None)))
    if name == "reports_of":
        return sa.select(r.id, r.event_id, r.link_score, r.link_reasons).where(r.article_id == sa.bindparam("aid")).order_by(r.seq)
    if name == "story_events":
        return (sa.select(S.events).where(e.story_id == sa.bindparam("story")).order_by(e.date_latest.desc(), e.id)
                .limit(STORY_EVENTS))
    if name in ("events_near", "events_near_nowhere"):
        # the narrowly dated events of a type and country sharing a day with since…until: their
        # date_latest is at most NARROW_DAYS days after until (ix_events_type_country_latest)
        country = e.country.is_(None) if name == "events_near_nowhere" else e.country == sa.bindparam("country")
        return (sa.select(S.events).where(
            e.type == sa.bindparam("type"), country,
            e.date_latest.between(sa.bindparam("since", type_=sa.Date), sa.bindparam("latest_max", type_=sa.Date)),
            e.date_earliest <= sa.bindparam("until", type_=sa.Date),
            e.date_earliest >= sa.bindparam("earliest_min", type_=sa.Date), e.story_id.is_not(None))
            .order_by(e.date_latest.desc(), e.id.desc()).limit(sa.bindparam("limit")))
    if name == "add_reports":
        return S.events.update().where(e.id == sa.bindparam("eid")).values(n_reports=e.n_reports + sa.bindparam("more"))
    if name == "article_links":
        return S.articles.update().where(a.id == sa.bindparam("aid")).values(
            story_id=sa.bindparam("v_story_id"), primary_event_id=sa.bindparam("v_primary"),
            duplicate_of=sa.bindparam("v_duplicate_of"), story_matched=sa.bindparam("v_matched"),
            story_score=sa.bindparam("v_score"), story_reasons=sa.bindparam("v_reasons"))
    if name == "events_insert":
        # an INSERT of events rows that updates a row already there (an article stored before
        # linking existed has one events row per report, with the report's id)
        stmt = _insert_of(dialect)(S.events)
        keep = {"id", "created_at"}
        return stmt.on_conflict_do_update(index_elements=[e.id],
                                          set_={c.name: stmt.excluded[c.name] for c in S.events.columns if c.name not in keep})
    raise KeyError(name)


def _insert_of(dialect: str) -> Any:
    """The dialect's INSERT with ON CONFLICT (SQLite and PostgreSQL spell it alike)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert  # type: ignore[assignment]
    return insert


def _upsert_df(conn: sa.Connection, deltas: dict[str, int]) -> None:
    if deltas:  # one statement, executed for many rows
        conn.execute(_sql("upsert_df", conn.dialect.name), [{"term": k, "n": n} for k, n in deltas.items()])


@lru_cache(maxsize=64)
def _postings_sql(n_keys: int, windowed: bool) -> Any:
    """One statement reading the postings of ``n_keys`` lookup keys: per key a UNION ALL branch of
    its dated postings (in the window when ``windowed``; ix_link_postings_term, newest first,
    LIMIT :limit) and one of its undated ones (LIMIT :undated), each row with its key's number.
    Written once per key count (the linker looks up about 16 keys), then only bound."""
    when = "day BETWEEN :since AND :until" if windowed else "day IS NOT NULL"
    branches = []
    for n in range(n_keys):
        branches.append(f"SELECT * FROM (SELECT {n} AS n, article_id, day FROM link_postings WHERE term = :t{n} "
                        f"AND {when} ORDER BY day DESC, article_id DESC LIMIT :limit) AS d{n}")
        branches.append(f"SELECT * FROM (SELECT {n} AS n, article_id, day FROM link_postings WHERE term = :t{n} "
                        f"AND day IS NULL LIMIT :undated) AS u{n}")
    stmt = sa.text("\nUNION ALL\n".join(branches)).columns(sa.column("n", sa.Integer), sa.column("article_id", sa.Text),
                                                          sa.column("day", sa.Date))
    if windowed:
        stmt = stmt.bindparams(sa.bindparam("since", type_=sa.Date), sa.bindparam("until", type_=sa.Date))
    return stmt


def event_key(row: Any) -> ReportKey:
    """The matching key of a stored event row."""
    actor = (row.actor_name, row.actor_sector) if (row.actor_name or row.actor_sector) else None
    return ReportKey(
        id=row.id, story_id=row.story_id or row.id, type=row.type, mode=row.mode,
        asserted=bool(row.asserted), geonameid=row.geonameid, lat=row.lat, lon=row.lon,
        country=row.country, precision=row.geo_precision,
        earliest=row.date_earliest, latest=row.date_latest, actor=actor,
    )


class StoreIndex:
    """A :class:`seismo.link.Index` over one open connection (see the module docstring).

    It lives for one transaction of the one linking writer (the write lock is held), so it may
    remember what cannot change under it: the number of linked articles (counted on in ``save``)
    and each linked article's decoded vector and signature (stored once, never updated)."""

    def __init__(self, conn: sa.Connection, *, now: dt.datetime, unlinked: Iterable[str] = ()) -> None:
        self.conn = conn
        self.now = now
        self.unlinked = set(unlinked)  # articles the caller just stored: none has links yet
        self._n_articles: int | None = None
        self._decoded: dict[str, tuple[dict[str, float], tuple[int, ...] | None, Shape]] = {}

    # ------------------------------------------------------------------ reads

    def links_of(self, article_id: str) -> ArticleLinks | None:
        if article_id in self.unlinked:
            return None
        row = self.conn.execute(_sql("links_of"), {"aid": article_id}).first()
        if row is None:
            return None
        reports = tuple(
            ReportLink(x.id, x.event_id, x.link_score if x.link_score is not None else 1.0,
                       tuple(json.loads(x.link_reasons)) if x.link_reasons else ())
            for x in self.conn.execute(_sql("reports_of"), {"aid": article_id})
        )
        return ArticleLinks(row.id, row.date, row.story_id, row.story_score or 0.0, row.story_matched,
                            tuple(json.loads(row.story_reasons or "[]")), row.duplicate_of, row.primary_event_id, reports)

    def n_articles(self) -> int:
        if self._n_articles is None:
            self._n_articles = self.df([ARTICLES_KEY])[ARTICLES_KEY]
        return self._n_articles

    def df(self, keys: Iterable[str]) -> dict[str, int]:
        keys = list(dict.fromkeys(keys))
        out = dict.fromkeys(keys, 0)
        for i in range(0, len(keys), _CHUNK):
            out.update({r.term: r.n for r in self.conn.execute(_sql("df"), {"terms": keys[i:i + _CHUNK]})})
        return out

    def articles(self, ids: Sequence[str]) -> list[Neighbour]:
        if not ids:
            return []
        rows = []
        for i in range(0, len(ids), _CHUNK):
            rows += self.conn.execute(_sql("articles"), {"ids": list(ids[i:i + _CHUNK])}).all()
        order = {aid: i for i, aid in enumerate(ids)}
        days = self._story_days(sorted({r.story_id for r in rows}))
        return sorted((self._neighbour(r, days.get(r.story_id)) for r in rows), key=lambda n: order[n.article_id])

    def _neighbour(self, row: Any, story_day: dt.date | None) -> Neighbour:
        decoded = self._decoded.get(row.article_id)
        if decoded is None:
            vector = json.loads(row.vector)
            decoded = self._decoded[row.article_id] = (
                vector, tuple(json.loads(row.signature)) if row.signature else None, Shape.of(vector))
        return Neighbour(row.article_id, row.story_id, row.day, decoded[0], decoded[1], story_day, decoded[2])

    def _story_days(self, stories: Sequence[str]) -> dict[str, dt.date | None]:
        """The latest day of each story (one grouped query per chunk, on ix_link_articles_story)."""
        out: dict[str, dt.date | None] = {}
        for i in range(0, len(stories), _CHUNK):
            out.update({row[0]: row[1] for row in self.conn.execute(_sql("story_days"), {"ids": list(stories[i:i + _CHUNK])})})
        return out

    def postings(self, keys: Sequence[str], *, since: dt.date | None, until: dt.date | None,
                 limit: int) -> list[list[Posting]]:
        """Each key's newest ``limit`` postings in the window and its first UNDATED undated ones:
        one statement per chunk of keys (:func:`_postings_sql`)."""
        out: list[list[Posting]] = [[] for _ in keys]
        windowed = since is not None and until is not None
        for i in range(0, len(keys), _KEYS_PER_STATEMENT):
            chunk = keys[i:i + _KEYS_PER_STATEMENT]
            params: dict[str, Any] = {f"t{n}": key for n, key in enumerate(chunk)}
            params.update(limit=limit, undated=UNDATED, **({"since": since, "until": until} if windowed else {}))
            for n, aid, day in self.conn.execute(_postings_sql(len(chunk), windowed), params):
                out[i + n].append((ordinal(day), aid))
        for found in out:  # newest first, the undated (ordinal 0) last, as the MemoryIndex gives them
            found.sort(reverse=True)
        return out

    def band_neighbours(self, bands: Sequence[str]) -> list[Neighbour]:
        if not bands:
            return []
        return self.articles(list(self.conn.execute(_sql("bands"), {"ids": list(bands)}).scalars()))

    def story_events(self, story_id: str) -> list[ReportKey]:
        # the story's latest events (ix_events_story)
        return [event_key(r) for r in self.conn.execute(_sql("story_events"), {"story": story_id})]

    def events_near(self, type: str, country: str | None, *, since: dt.date, until: dt.date,
                    limit: int) -> list[ReportKey]:
        """The narrowly dated events of ``type`` and ``country`` sharing a day with since…until
        (:func:`_sql` ``events_near``), with room for the few wider events the range also holds."""
        params = {"type": type, "since": since, "latest_max": shift(until, NARROW_DAYS), "until": until,
                  "earliest_min": shift(since, -NARROW_DAYS), "limit": 4 * limit}
        if country is not None:
            params["country"] = country
        rows = self.conn.execute(_sql("events_near" if country is not None else "events_near_nowhere"), params)
        found = (event_key(r) for r in rows)
        return [k for k in found if narrow(k)][:limit]

    # ------------------------------------------------------------------ write

    def save(self, links: ArticleLinks, *, neighbour: Neighbour, lookup: Sequence[str], keys: Iterable[str],
             bands: Sequence[str], new_events: Sequence[ReportKey]) -> None:
        conn, aid = self.conn, links.article_id
        keys = sorted(set(keys))
        conn.execute(S.link_articles.insert(), [{
            "article_id": aid, "day": neighbour.day, "story_id": links.story_id,
            "vector": json.dumps(neighbour.vector, ensure_ascii=False, separators=(",", ":")),
            "signature": json.dumps(list(neighbour.signature)) if neighbour.signature else None,
            "terms": json.dumps(keys, ensure_ascii=False, separators=(",", ":")),
        }])
        self._decoded[aid] = (dict(neighbour.vector), tuple(neighbour.signature) if neighbour.signature else None,
                              Shape.of(neighbour.vector))
        if lookup:
            conn.execute(S.link_postings.insert(), [{"term": k, "article_id": aid, "day": neighbour.day} for k in lookup])
        if bands:
            conn.execute(S.link_bands.insert(), [{"band": b, "article_id": aid} for b in bands])
        _upsert_df(conn, {**dict.fromkeys(keys, 1), ARTICLES_KEY: 1})
        if self._n_articles is not None:
            self._n_articles += 1
        per_event = Counter(r.event_id for r in links.reports)
        fresh = {e.id for e in new_events}
        if new_events:
            conn.execute(_sql("events_insert", conn.dialect.name), [{
                "id": e.id, "type": e.type, "country": e.country, "date_earliest": e.earliest,
                "n_reports": per_event[e.id], "created_at": self.now, "story_id": e.story_id, "mode": e.mode,
                "asserted": e.asserted, "geonameid": e.geonameid, "lat": e.lat, "lon": e.lon,
                "geo_precision": e.precision, "date_latest": e.latest,
                "actor_name": e.actor[0] if e.actor else None, "actor_sector": e.actor[1] if e.actor else None,
            } for e in new_events])
        joined = [{"eid": event_id, "more": n} for event_id, n in sorted(per_event.items()) if event_id not in fresh]
        if joined:  # in id order: concurrent writers never deadlock
            conn.execute(_sql("add_reports"), joined)
        conn.execute(_sql("article_links"), {
            "aid": aid, "v_story_id": links.story_id, "v_primary": links.primary_event_id,
            "v_duplicate_of": links.duplicate_of, "v_matched": links.matched, "v_score": links.story_score,
            "v_reasons": json.dumps(list(links.story_reasons), ensure_ascii=False),
        })

    def recount(self, event_ids: Iterable[str]) -> None:
        """Set ``n_reports`` of these events from ``event_reports`` (one indexed count each)."""
        r, e = S.event_reports.c, S.events.c
        for event_id in sorted(set(event_ids)):
            left = sa.select(sa.func.count()).where(r.event_id == event_id).scalar_subquery()
            self.conn.execute(S.events.update().where(e.id == event_id).values(n_reports=left))

    def relink_reports(self, links: ArticleLinks) -> None:
        """Point an already stored article's reports at the events the linker chose, and drop
        the events rows no report is left in (for :meth:`seismo.store.Store.link_pending`)."""
        r = S.event_reports.c
        for x in links.reports:
            joined = x.event_id != x.report_id
            self.conn.execute(S.event_reports.update().where(r.id == x.report_id).values(
                event_id=x.event_id, link_score=x.score if joined else None,
                link_reasons=json.dumps(list(x.reasons), ensure_ascii=False) if joined else None))
        left = [x.report_id for x in links.reports if x.event_id != x.report_id]
        if left:
            orphan = ~sa.exists().where(r.event_id == S.events.c.id)
            self.conn.execute(S.events.delete().where(S.events.c.id.in_(left), orphan))
        self.recount(x.event_id for x in links.reports)

    def forget(self, article_id: str) -> None:
        """Take a deleted article's keys out of ``link_df`` (its link rows go with it by cascade)."""
        t = S.link_articles.c
        row = self.conn.execute(sa.select(t.terms).where(t.article_id == article_id)).first()
        if row is not None:
            _upsert_df(self.conn, {**dict.fromkeys(json.loads(row.terms), -1), ARTICLES_KEY: -1})
            self._n_articles = None
            self._decoded.pop(article_id, None)
