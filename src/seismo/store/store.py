"""The store: ``Store.open(url)``, ``store.write(results)`` and the queries the CLI and API use.

    store = Store.open("seismo.db")            # or sqlite:///..., postgresql+psycopg://...
    stats = store.write(results)               # one transaction; stored articles are skipped
    hits = store.events(EventFilter(country="KAZ", type="PROTEST", since="2022-01-01"))
    result = store.article(hits[0].article.id) # the Result as it was written

SQLite stores run in WAL mode with foreign keys on; writes take the write lock up front
(``BEGIN IMMEDIATE``) so concurrent writers wait instead of failing half-way.  A connection waits
up to :data:`~seismo.store.engine.BUSY_TIMEOUT_MS` for a lock another process holds (``PRAGMA busy_timeout``) before
SQLite reports "database is locked"; readers never wait for writers in WAL mode.  Each file
connection keeps up to :data:`CACHE_MIB` of pages in its own cache (SQLite's default is 2 MB)
and reads the first :data:`MMAP_MIB` of the file through a memory map, so that the random B-tree
pages a new article's lookups and inserts touch (postings, bands, ``link_df``) stay cheap as the
store grows (docs/BENCHMARKS.md, cost per new article); ``Store.open(..., cache_mib=, mmap_mib=)``
changes both (0 turns the map off).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

import sqlalchemy as sa

from seismo.errors import QueryError, StoreError
from seismo.link import Linker
from seismo.link.linker import link_order
from seismo.model import Result
from seismo.store import rollup
from seismo.store import rows as R
from seismo.store import schema as S
from seismo.store.migrations import MIGRATIONS, Migration, current_version, migrate
from seismo.store.read.query import (
    ARTICLE_REF_COLUMNS,
    ArticleRef,
    EventFilter,
    EventHit,
    QuoteHit,
    SpeakerCount,
    StoreStats,
    SummaryRow,
    WriteStats,
    clean_text,
    check_page,
    event_conditions,
)
from seismo.store.engine import CACHE_MIB, MMAP_MIB, engine_for
from seismo.store.links import StoreIndex
from seismo.store.read import clusters, pages, speakers, stats
from seismo.store.read.search import contains, is_common, matches

_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit


def _lock_links(conn: sa.Connection) -> None:
    """On PostgreSQL, one linking writer at a time (SQLite's BEGIN IMMEDIATE already is): two
    writers each linking without the other's articles would split one happening in two."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(7310001)"))


def _oldest_first(result: Result) -> tuple[dt.date, str]:
    """Articles are linked in :func:`seismo.link.linker.link_order`."""
    return link_order(result.article)


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Store:
    """A seismo store.  Build it with :meth:`open`; pass it in, never make it a global."""

    def __init__(self, engine: sa.Engine, *, url: str) -> None:
        self.engine = engine
        self.url = url

    @classmethod
    def open(
        cls,
        url: str | os.PathLike[str],
        *,
        create: bool = True,
        migrations: tuple[Migration, ...] = MIGRATIONS,
        cache_mib: int = CACHE_MIB,
        mmap_mib: int = MMAP_MIB,
    ) -> "Store":
        """Open (and create or upgrade) the store at ``url``: a path, ``:memory:`` or an SQLAlchemy URL.

        ``create=False`` refuses to make a new SQLite file (the query commands use it).
        ``cache_mib`` and ``mmap_mib`` size a SQLite file's page cache and memory map per
        connection (see the module docstring); other databases ignore them.
        """
        engine, shown = engine_for(url, create=create, cache_mib=cache_mib, mmap_mib=mmap_mib)
        try:
            migrate(engine, url=shown, migrations=migrations)
        except sa.exc.SQLAlchemyError as exc:
            engine.dispose()
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(f"cannot open store {shown}: {reason}; check --db points at a seismo store") from exc
        except StoreError:
            engine.dispose()
            raise
        return cls(engine, url=shown)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    # ------------------------------------------------------------------ writing

    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` are already stored."""
        with self.engine.connect() as conn:
            return self._known(conn, list(dict.fromkeys(ids)))

    def article_steps(self, ids: Iterable[str]) -> dict[str, tuple[str, ...] | None]:
        """The stored articles among ``ids``, each with the step versions that made its records
        (``Result.steps`` as written; None for an article stored before schema version 4)."""
        a = S.articles.c
        found: dict[str, tuple[str, ...] | None] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(list(dict.fromkeys(ids))):
                for row in conn.execute(sa.select(a.id, a.steps).where(a.id.in_(chunk))).mappings():
                    found[row["id"]] = R.steps_from_row(row)
        return found

    @staticmethod
    def _known(conn: sa.Connection, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for chunk in _chunks(ids):
            found.update(conn.execute(sa.select(S.articles.c.id).where(S.articles.c.id.in_(chunk))).scalars())
        return found

    def write(self, results: Sequence[Result], *, replace: bool = False) -> WriteStats:
        """Store ``results`` in ONE transaction: all of them, or (on any error) none (articles
        stored before linking existed are first linked in transactions of their own).

        An article already stored is left as it is and counted as present, unless ``replace``
        is true: then its old records are deleted and the new ones written (re-extraction).
        New articles are linked (:mod:`seismo.link`) oldest first, each against everything
        stored before it: its story, its reports' events, the article it copies.  Articles
        stored before linking existed are linked first (:meth:`link_pending`).
        """
        results = list(results)
        if not results:
            return WriteStats()
        if self._has_pending():
            try:
                self.link_pending()  # articles stored before linking existed: link them first, oldest first
            except sa.exc.SQLAlchemyError as exc:
                raise StoreError(f"store {self.url}: linking the articles stored before version 6 failed "
                                 f"({getattr(exc, 'orig', None) or exc}); nothing new was written; rerun") from exc
        now = dt.datetime.now(dt.timezone.utc)
        batch = R.ArticleRows()
        present = replaced = joined = copies = 0
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(seismo_begin="BEGIN IMMEDIATE")
                with conn.begin():
                    _lock_links(conn)
                    known = self._known(conn, [r.article.id for r in results])
                    index = StoreIndex(conn, now=now)
                    linker = Linker(index)
                    seen: set[str] = set()
                    cells: set[rollup.Cell] = set()
                    fresh: list[Result] = []
                    for result in results:
                        aid = result.article.id
                        if aid in seen or (aid in known and not replace):
                            present += 1
                            continue
                        if aid in known:
                            cells |= self._delete_article(conn, aid)
                            replaced += 1
                        seen.add(aid)
                        fresh.append(result)
                    fresh.sort(key=_oldest_first)
                    made = [R.result_rows(result, added_at=now) for result in fresh]
                    if made:  # the links the linker saves point at the articles rows
                        conn.execute(S.articles.insert(), [row for rows in made for row in rows.articles])
                    index.unlinked.update(r.article.id for r in fresh)
                    for result, rows in zip(fresh, made):
                        links = linker.add(result, [r["id"] for r in rows.event_reports])  # counts its reports in
                        R.apply_links(rows, links)
                        joined += sum(1 for x in links.reports if x.event_id != x.report_id)
                        copies += links.duplicate_of is not None
                        batch.extend(rows)
                    for table in S.ARTICLE_TABLES[1:]:  # the batch's rows, a statement per table
                        if getattr(batch, table.name):
                            conn.execute(table.insert(), getattr(batch, table.name))
                    rollup.refresh(conn, cells | rollup.cells_of(batch.event_reports))
        except sa.exc.SQLAlchemyError as exc:
            ids = [r.article.id for r in results]
            shown = ", ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(
                f"store {self.url}: writing the batch of articles {shown} failed ({reason}); "
                "nothing of this batch was stored, earlier batches are intact; fix the cause and rerun"
            ) from exc
        return WriteStats(
            articles_added=len(batch.articles),
            articles_present=present,
            articles_replaced=replaced,
            events_added=len(batch.event_reports),
            counts_added=len(batch.counts),
            quotes_added=len(batch.quotes),
            places_added=len(batch.places),
            dates_added=len(batch.dates),
            entities_added=len(batch.entities),
            reports_joined=joined,
            copies_found=copies,
        )

    def _has_pending(self) -> bool:
        a = S.articles.c
        with self.engine.connect() as conn:
            return conn.execute(sa.select(a.id).where(a.story_id.is_(None)).limit(1)).first() is not None

    def link_pending(self, *, batch: int = 200) -> int:
        """Link the stored articles no linker has seen (stored before schema version 6), oldest
        first, a batch per transaction; returns how many were linked.  Their reports keep their
        ids; those that join an earlier event leave their own one-report event."""
        a = S.articles.c
        done = 0
        while True:
            with self.engine.connect() as conn:
                ids = list(conn.execute(sa.select(a.id).where(a.story_id.is_(None))
                                        .order_by(a.date.asc().nulls_first(), a.id).limit(batch)).scalars())
            if not ids:
                return done
            results = [r for r in (self.article(i) for i in ids) if r is not None]
            now = dt.datetime.now(dt.timezone.utc)
            with self.engine.connect() as conn:
                conn = conn.execution_options(seismo_begin="BEGIN IMMEDIATE")
                with conn.begin():
                    _lock_links(conn)
                    index = StoreIndex(conn, now=now)
                    linker = Linker(index)
                    cells: set[rollup.Cell] = set()
                    for result in results:
                        cells |= rollup.stored_cells(conn, result.article.id)
                        links = linker.add(result, [e.id for e in result.events])
                        index.relink_reports(links)
                    rollup.refresh(conn, cells)
            done += len(results)

    @staticmethod
    def _delete_article(conn: sa.Connection, article_id: str) -> set[rollup.Cell]:
        """Delete one article and its records; returns the rollup cells its reports counted in."""
        r = S.event_reports.c
        cells = rollup.stored_cells(conn, article_id)
        StoreIndex(conn, now=dt.datetime.now(dt.timezone.utc)).forget(article_id)
        clusters = list(conn.execute(sa.select(r.event_id).where(r.article_id == article_id)).scalars())
        conn.execute(S.articles.delete().where(S.articles.c.id == article_id))  # cascades
        for chunk in _chunks(clusters):
            orphan = ~sa.exists().where(r.event_id == S.events.c.id)
            conn.execute(S.events.delete().where(S.events.c.id.in_(chunk), orphan))
        StoreIndex(conn, now=dt.datetime.now(dt.timezone.utc)).recount(clusters)  # events others still report
        return cells

    def rebuild_rollups(self) -> int:
        """Recount the ``daily_counts`` rollup from the reports (after a bulk load that bypassed
        :meth:`write`); returns how many cells it holds."""
        with self.engine.begin() as conn:
            return rollup.rebuild(conn)

    # ------------------------------------------------------------------ reading

    def events(self, filter: EventFilter | None = None) -> list[EventHit]:
        """Event reports matching ``filter``, newest event date first."""
        f = filter or EventFilter()
        r = S.event_reports.c
        with self.engine.connect() as conn:
            common = f.q is not None and is_common(conn, f.q)  # see query.text_condition
            query = (
                sa.select(S.event_reports, *ARTICLE_REF_COLUMNS)
                .join(S.articles, S.articles.c.id == r.article_id)
                .where(*event_conditions(f, dialect=self.dialect, common_text=common))
                .order_by(self._newest_first(r.date_earliest), r.article_id, r.seq)
                .limit(f.limit)
                .offset(f.offset)
            )
            return pages.event_hits(conn, list(conn.execute(query).mappings()))

    def _newest_first(self, column: sa.ColumnElement[Any]) -> sa.ColumnElement[Any]:
        """``column DESC`` with NULLs last.  SQLite already sorts NULLs last on DESC, and an
        explicit ``NULLS LAST`` there stops its planner from reading an index backwards."""
        return column.desc() if self.dialect == "sqlite" else column.desc().nulls_last()

    # dashboard queries (seismo.store.read.pages, seismo.store.read.stats)

    def event_page(self, filter: EventFilter, *, sort: str = "-date", cursor: str | None = None,
                   limit: int = 50) -> "pages.EventPage":
        """A keyset page of reports matching ``filter``; see :func:`seismo.store.read.pages.event_page`."""
        return pages.event_page(self.engine, filter, sort=sort, cursor=cursor, limit=limit)

    def event_reports(self, event_id: str) -> list[EventHit]:
        """Every report of one event; see :func:`seismo.store.read.pages.event_reports`."""
        return pages.event_reports(self.engine, event_id)

    def event_groups(self, filter: EventFilter | None = None) -> Iterator["clusters.EventGroup"]:
        """Events (all their reports and figures); see :func:`seismo.store.read.clusters.event_groups`."""
        return clusters.event_groups(self.engine, filter or EventFilter(limit=None))

    def event_group(self, event_id: str) -> "clusters.EventGroup | None":
        """One event; see :func:`seismo.store.read.clusters.event_group`."""
        return clusters.event_group(self.engine, event_id)

    def story(self, story_id: str) -> "clusters.Story | None":
        """One story's articles and events; see :func:`seismo.store.read.clusters.story`."""
        return clusters.story(self.engine, story_id)

    def article_links(self, filter: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Each article (those with a report matching ``filter``; all when None) with its story,
        primary event and the article it copies, oldest first."""
        return clusters.article_links(self.engine, filter)

    def daily_counts(self, filter: EventFilter, *, by: "stats.GroupBy" = "type") -> "stats.DailySeries":
        """Asserted events per day; see :func:`seismo.store.read.stats.daily_counts`."""
        return stats.daily_counts(self.engine, filter, by=by)

    def event_places(self, filter: EventFilter, *, limit: int = 200) -> list["stats.PlaceCount"]:
        """Where the asserted events happened; see :func:`seismo.store.read.stats.event_places`."""
        return stats.event_places(self.engine, filter, limit=limit)

    def top_actors(self, filter: EventFilter, *, limit: int = 10) -> list["stats.ActorCount"]:
        """The most active actors; see :func:`seismo.store.read.stats.top_actors`."""
        return stats.top_actors(self.engine, filter, limit=limit)

    def mention_places(self, *, q: str | None = None, country: str | None = None,
                       limit: int = 100) -> list["stats.MentionCount"]:
        """Places mentioned in articles; see :func:`seismo.store.read.stats.mention_places`."""
        return stats.mention_places(self.engine, q=q, country=country, limit=limit)

    def overview_stats(self, filter: EventFilter, *, places: int = 300, actors: int = 10) -> "stats.OverviewStats":
        """Places, actors and countries of the newest matching reports, in one bounded read;
        see :func:`seismo.store.read.stats.overview_stats`."""
        return stats.overview_stats(self.engine, filter, places=places, actors=actors)

    def country_totals(self, filter: EventFilter) -> dict[str, int] | None:
        """Asserted events per country from the rollup, or None when it cannot answer ``filter``;
        see :func:`seismo.store.read.stats.country_totals`."""
        return stats.country_totals(self.engine, filter)

    def iter_events(self, filter: EventFilter | None = None, *, page: int = 1000) -> Iterator[EventHit]:
        """Every report matching ``filter`` (its limit/offset respected), fetched ``page`` at a time."""
        f = filter or EventFilter(limit=None)
        remaining = f.limit
        offset = f.offset
        while remaining is None or remaining > 0:
            size = page if remaining is None else min(page, remaining)
            hits = self.events(replace(f, limit=size, offset=offset))
            yield from hits
            if len(hits) < size:
                return
            offset += size
            if remaining is not None:
                remaining -= size

    def count_events(self, filter: EventFilter | None = None) -> int:
        """How many reports match ``filter`` (limit/offset ignored)."""
        f = filter or EventFilter()
        query = sa.select(sa.func.count()).select_from(S.event_reports).where(
            *event_conditions(f, dialect=self.dialect)
        )
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def article(self, article_id: str) -> Result | None:
        """The stored article with everything extracted from it, or None when not stored."""
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(S.articles).where(S.articles.c.id == article_id)).mappings().first()
            if row is None:
                return None

            def records(table: sa.Table) -> list[Any]:
                query = sa.select(table).where(table.c.article_id == article_id).order_by(table.c.seq)
                return list(conn.execute(query).mappings())

            reports = records(S.event_reports)
            counts = pages.counts_by_report(conn, [rep["id"] for rep in reports])
            return Result(
                article=R.article_from_row(row),
                entities=tuple(R.entity_from_row(x) for x in records(S.entities)),
                places=tuple(R.place_from_row(x) for x in records(S.places)),
                dates=tuple(R.when_from_row(x) for x in records(S.dates)),
                events=tuple(R.event_from_row(x, counts.get(x["id"], ())) for x in reports),
                quotes=tuple(R.quote_from_row(x) for x in records(S.quotes)),
                warnings=R.warnings_from_row(row),
                steps=R.steps_from_row(row) or (),
            )

    def articles(
        self,
        *,
        q: str | None = None,
        since: dt.date | str | None = None,
        until: dt.date | str | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[ArticleRef]:
        """Stored articles (newest first) whose title or text has every word of ``q``."""
        from seismo.store.read.query import as_date

        check_page(limit, offset)
        start, end = as_date(since, name="since"), as_date(until, name="until")
        a = S.articles.c
        query = sa.select(*ARTICLE_REF_COLUMNS)
        if (q := clean_text(q, name="q")) is not None:
            query = query.where(matches(self.dialect, "articles", q))
        if start:
            query = query.where(a.date >= start)
        if end:
            query = query.where(a.date <= end)
        query = query.order_by(a.date.desc().nulls_last(), a.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [ArticleRef.from_row(row) for row in conn.execute(query).mappings()]

    def _quote_conditions(
        self, speaker: str | None, org: str | None, q: str | None, article_id: str | None
    ) -> list[sa.ColumnElement[bool]]:
        c = S.quotes.c
        where: list[sa.ColumnElement[bool]] = []
        if (speaker := clean_text(speaker, name="speaker")) is not None:
            where.append(sa.or_(contains(c.speaker_name, speaker), contains(c.speaker_text, speaker)))
        if (org := clean_text(org, name="org")) is not None:
            where.append(contains(c.speaker_org, org))
        if (q := clean_text(q, name="q")) is not None:
            where.append(matches(self.dialect, "quotes", q))
        if (article_id := clean_text(article_id, name="article_id")) is not None:
            where.append(c.article_id == article_id)
        return where

    def quotes(
        self,
        *,
        speaker: str | None = None,
        org: str | None = None,
        q: str | None = None,
        article_id: str | None = None,
        limit: int | None = 100,
        offset: int = 0,
    ) -> list[QuoteHit]:
        """Quotes whose speaker name/mention contains ``speaker`` (or whose speaker is the same
        person or organisation under another name, :mod:`seismo.resolve.identity`), organisation
        contains ``org`` and text has every word of ``q``; newest article first, in article order."""
        check_page(limit, offset)
        c = S.quotes.c
        with self.engine.connect() as conn:
            who = speakers.speaker_condition(conn, speaker)
            query = (
                sa.select(S.quotes, *ARTICLE_REF_COLUMNS)
                .join(S.articles, S.articles.c.id == c.article_id)
                .where(*self._quote_conditions(None, org, q, article_id), *(() if who is None else (who,)))
                .order_by(S.articles.c.date.desc().nulls_last(), c.article_id, c.seq)
                .limit(limit)
                .offset(offset)
            )
            found = list(conn.execute(query).mappings())
        return [
            QuoteHit(
                id=row["id"],
                quote=R.quote_from_row(row),
                article=ArticleRef.from_row(row),
            )
            for row in found
        ]

    def speakers(
        self,
        *,
        speaker: str | None = None,
        org: str | None = None,
        q: str | None = None,
        limit: int | None = 20,
    ) -> list[SpeakerCount]:
        """Quotes per speaker, most quoted first: one row per person or organisation with all its
        names (:mod:`seismo.resolve.identity`: "Tokayev", "President Kassym-Jomart Tokayev" and
        "Kassym-Jomart Tokayev" are one speaker), ``speaker`` its canonical name (a name, else
        the mention as written), ``aliases`` its other names.  ``speaker`` (the filter) keeps
        the speakers any of whose names or mentions contain it, with all their quotes; ``org``
        and ``q`` count only the quotes they match (aliases stay store-wide)."""
        check_page(limit, 0)
        with self.engine.connect() as conn:
            return speakers.speaker_counts(conn, self._quote_conditions(None, org, q, None), speaker=speaker,
                                           limit=limit)

    def speaker_entities(self) -> dict[str, str]:
        """Each stored speaker name (name, else the mention as written) -> the canonical name of
        the person or organisation it names (:mod:`seismo.resolve.identity`); the quotes
        export's ``speaker_entity`` column."""
        with self.engine.connect() as conn:
            return speakers.speaker_entity_names(conn)

    def summary(self, filter: EventFilter | None = None) -> list[SummaryRow]:
        """Asserted events by country and PLOVER type (within ``filter``, whose modality is ignored)."""
        f = replace(filter or EventFilter(), modality="asserted", limit=None, offset=0)
        r = S.event_reports.c
        n = sa.func.count(sa.distinct(r.event_id)).label("n")
        query = (
            sa.select(r.country, r.type, n)
            .where(*event_conditions(f, dialect=self.dialect))
            .group_by(r.country, r.type)
            .order_by(r.country.nulls_last(), n.desc(), r.type)
        )
        with self.engine.connect() as conn:
            return [SummaryRow(row.country, row.type, int(row.n)) for row in conn.execute(query)]

    def stats(self) -> StoreStats:
        """How many articles, events, reports, quotes ... the store holds."""
        def count(table: sa.Table, *where: sa.ColumnElement[bool]) -> sa.ScalarSelect[int]:
            return sa.select(sa.func.count()).select_from(table).where(*where).scalar_subquery()

        query = sa.select(
            count(S.articles), count(S.events), count(S.event_reports),
            count(S.event_reports, S.event_reports.c.modality == "asserted"), count(S.counts),
            count(S.quotes), count(S.places), count(S.dates), count(S.entities),
            sa.select(sa.func.min(S.articles.c.date)).scalar_subquery(),
            sa.select(sa.func.max(S.articles.c.date)).scalar_subquery(),
        )
        with self.engine.connect() as conn:
            values = conn.execute(query).one()
            version = current_version(conn)
        return StoreStats(*(int(v) for v in values[:9]), values[9], values[10], version)
