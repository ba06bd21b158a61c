"""Schema versions: a ``schema_version`` table and an ordered list of migrations applied on open.

Rules:

* A fresh store is created from :mod:`seismo.store.schema` as it is now (plus the dialect's
  full-text search objects and the views of :mod:`seismo.store.ddl`) and stamped with every
  version in :data:`MIGRATIONS`.
* An existing store at version *v* gets each migration newer than *v*, in order, each in its
  own transaction, each recorded in ``schema_version``.  A migration upgrades from the version
  just before it, so when you change ``schema.py`` you add a migration doing the same change.
* A store newer than this code raises :class:`~seismo.errors.StoreError` instead of guessing.
* The views (version 8) read the tables: a migration that drops or renames a column a view reads
  drops the views first, and one that changes a view (or ``acled_countries.tsv``, which the views'
  reference table is filled from) ends with :func:`seismo.store.ddl.views.create_views`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa

from seismo.errors import StoreError
from seismo.store import schema
from seismo.store.ddl import fts, views


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: ``apply`` upgrades a store at ``version - 1`` to ``version``."""

    version: int
    description: str
    apply: Callable[[sa.Connection], None]


#: the articles' index as version 3 made it (external content keyed by the article's rowid,
#: declared ``content='articles'``, which datasette does not recognise); version 8 replaces it
_V3_ARTICLE_FTS_TRIGGERS = (
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
)


def _v3_article_search(conn: sa.Connection) -> None:
    """SQLite, version 3: the articles' full-text index keyed by ``articles.rowid``, filled now."""
    fts.fts5(conn, "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', "
                   f"content_rowid='rowid', tokenize='{fts.TOKENIZE}')")
    for trigger in _V3_ARTICLE_FTS_TRIGGERS:
        conn.exec_driver_sql(trigger)
    conn.exec_driver_sql("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")


def _initial(conn: sa.Connection) -> None:
    """A fresh store: the tables, full-text search and views as this version has them."""
    schema.metadata.create_all(conn)
    fts.create_search(conn)
    views.create_views(conn)


#: indexes version 2 adds (or, for ix_reports_country_type_date, rebuilds with ``id`` at the end)
_V2_INDEXES = ("ix_reports_country_type_date", "ix_reports_date_id", "ix_reports_confidence",
               *(f"ix_reports_{column}_date" for column in schema.REPORT_FILTER_COLUMNS))


def _dashboard_indexes(conn: sa.Connection) -> None:
    """Version 2: filter indexes ending in the list's sort key, the daily rollup (backfilled), ANALYZE."""
    from seismo.store import rollup

    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_reports_country_type_date")
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_reports_modality")  # led by (modality, date_earliest, id)
    wanted = set(_V2_INDEXES)
    for index in schema.event_reports.indexes:
        if index.name in wanted:
            index.create(conn, checkfirst=True)
    schema.daily_counts.create(conn, checkfirst=True)
    rollup.rebuild(conn)
    conn.exec_driver_sql("ANALYZE")


def _overview_and_search(conn: sa.Connection) -> None:
    """Version 3: the rollup's indexes cover ``events``; on SQLite, ``articles_fts`` rebuilt as an
    external-content index keyed by the article's rowid (it was a copy of the text keyed by an
    UNINDEXED ``article_id`` column, and reading that column for every match made common words
    slow).  PostgreSQL keeps its GIN indexes."""
    for index in schema.daily_counts.indexes:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {index.name}")
        index.create(conn)
    if conn.dialect.name != "sqlite":
        return
    for name in ("articles_fts_ai", "articles_fts_ad", "articles_fts_au"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS articles_fts")
    _v3_article_search(conn)


def _article_steps(conn: sa.Connection) -> None:
    """Version 4: ``articles.steps``, the step versions that made each article's records (NULL
    for the articles already stored: which versions made them is not known)."""
    if "steps" not in {column["name"] for column in sa.inspect(conn).get_columns("articles")}:
        conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN steps TEXT")


def _report_mentions(conn: sa.Connection) -> None:
    """Version 5: ``event_reports.mentions``, the evidence sentences of the article's later
    mentions merged into the report (JSON ``[[start, end, text], ...]``; NULL for reports stored before)."""
    if "mentions" not in {column["name"] for column in sa.inspect(conn).get_columns("event_reports")}:
        conn.exec_driver_sql("ALTER TABLE event_reports ADD COLUMN mentions TEXT")


#: columns version 6 adds to existing tables: (table, column, SQL type)
_V6_COLUMNS = (
    *((("articles", c, t)) for c, t in (("story_id", "TEXT"), ("primary_event_id", "TEXT"), ("duplicate_of", "TEXT"),
                                         ("story_matched", "TEXT"), ("story_score", "FLOAT"), ("story_reasons", "TEXT"))),
    *((("events", c, t)) for c, t in (("story_id", "TEXT"), ("mode", "TEXT"), ("asserted", "BOOLEAN"),
                                       ("geonameid", "INTEGER"), ("lat", "FLOAT"), ("lon", "FLOAT"),
                                       ("geo_precision", "INTEGER"), ("date_latest", "DATE"),
                                       ("actor_name", "TEXT"), ("actor_sector", "TEXT"))),
    ("event_reports", "link_score", "FLOAT"),
    ("event_reports", "link_reasons", "TEXT"),
    ("event_reports", "scope", "TEXT"),
)


def _links(conn: sa.Connection) -> None:
    """Version 6: the linker's columns and tables (stories, events across articles, copies).
    Articles stored before stay unlinked (``story_id`` NULL, one event per report) until
    :meth:`seismo.store.Store.link_pending` links them, oldest first."""
    inspector = sa.inspect(conn)
    for table, column, sql_type in _V6_COLUMNS:
        if column not in {c["name"] for c in inspector.get_columns(table)}:
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")
    for index in (*schema.articles.indexes, *schema.events.indexes):
        if index.name in {"ix_articles_story", "ix_events_story", "ix_events_type_country_latest"}:
            index.create(conn, checkfirst=True)
    for table in (schema.link_articles, schema.link_postings, schema.link_bands, schema.link_df):
        table.create(conn, checkfirst=True)


#: columns version 7 adds: (table, column, SQL type)
_V7_COLUMNS = (("places", "role", "TEXT"), ("dates", "type", "TEXT"), ("dates", "timeml", "TEXT"))


def _roles_and_types(conn: sa.Connection) -> None:
    """Version 7: ``places.role`` (literal / associative / metonym), ``dates.type`` (TimeML type)
    and ``dates.timeml`` (TIMEX3 value); NULL for the rows stored before, read as literal / DATE."""
    inspector = sa.inspect(conn)
    for table, column, sql_type in _V7_COLUMNS:
        if column not in {c["name"] for c in inspector.get_columns(table)}:
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")


def _count_part(conn: sa.Connection) -> None:
    """Version 12: ``counts.part``, the article field a count's offsets index (``text`` or
    ``title``); NULL for the rows stored before, read as ``text``."""
    if "part" not in {c["name"] for c in sa.inspect(conn).get_columns("counts")}:
        conn.exec_driver_sql("ALTER TABLE counts ADD COLUMN part TEXT")


def _report_part(conn: sa.Connection) -> None:
    """Version 14: ``event_reports.part``, the article field a report's evidence, trigger and
    mentions index (``text`` or ``title``); NULL for the rows stored before, read as ``text``."""
    if "part" not in {c["name"] for c in sa.inspect(conn).get_columns("event_reports")}:
        conn.exec_driver_sql("ALTER TABLE event_reports ADD COLUMN part TEXT")


def _sql_readable(conn: sa.Connection) -> None:
    """Version 8: a store a SQL user can read.  SQLite: every full-text index rebuilt as
    external content keyed by rowid and declared ``content="TABLE"`` (datasette finds it and
    searches with ``?_search=``): ``articles_fts`` as before, ``reports_fts`` and ``quotes_fts``
    no longer a copy of the text keyed by an UNINDEXED id column; the triggers re-index on an
    update of an indexed column only.  Every dialect: the reference table ``acled_countries``
    and the views ``acled_events``, ``plover_events`` and ``event_sources``
    (:mod:`seismo.store.ddl.views`).  PostgreSQL keeps its GIN indexes."""
    if conn.dialect.name == "sqlite":
        fts.drop_sqlite_indexes(conn)
        fts.create_search(conn, fill=True)
    schema.acled_countries.create(conn, checkfirst=True)
    views.create_views(conn)


def _feeds(conn: sa.Connection) -> None:
    """Version 9: the tables of :mod:`seismo.feeds`: ``feeds`` (each feed and its poll state) and
    ``feed_items`` (each item page fetched, its content hash and article)."""
    schema.feeds.create(conn, checkfirst=True)
    schema.feed_items.create(conn, checkfirst=True)


def _watchlists(conn: sa.Connection) -> None:
    """Version 10: the tables of :mod:`seismo.watch.watchlists`: ``watchlists`` (saved filters,
    their alert rules and webhooks) and ``alert_deliveries`` (each alert posted to a webhook)."""
    schema.watchlists.create(conn, checkfirst=True)
    schema.alert_deliveries.create(conn, checkfirst=True)

def _country_confidence(conn: sa.Connection) -> None:
    """Version 11: ``ix_reports_country_confidence``: one country's surest reports first (the
    list sorted by confidence) read as an index range, not sorted from every report of the country."""
    for index in schema.event_reports.indexes:
        if index.name == "ix_reports_country_confidence":
            index.create(conn, checkfirst=True)


#: the linker's lookup indexes version 13 rebuilds with more columns (:mod:`seismo.store.links`)
_V13_INDEXES = {"ix_link_postings_term": schema.link_postings, "ix_link_bands_band": schema.link_bands,
                "ix_events_type_country_latest": schema.events}


def _link_lookups(conn: sa.Connection) -> None:
    """Version 13: the linker's lookups read their index alone, in the order they return rows:
    ``ix_link_postings_term`` gains ``article_id`` (a key's newest postings, ``day`` then id, were
    each read from the table and the ties on a day sorted: a cost that grew with the store),
    ``ix_link_bands_band`` gains ``article_id`` and ``ix_events_type_country_latest`` gains ``id``
    (the nearby events newest first, no sort)."""
    for name, table in _V13_INDEXES.items():
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        next(index for index in table.indexes if index.name == name).create(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, records, event reports and clusters, counts, full-text search", _initial),
    Migration(2, "dashboard indexes (filter, date, id), daily_counts rollup", _dashboard_indexes),
    Migration(3, "covering rollup indexes; articles' full-text index keyed by the article rowid", _overview_and_search),
    Migration(4, "articles.steps: the step versions that made each article's records", _article_steps),
    Migration(5, "event_reports.mentions: later mentions merged into each report", _report_mentions),
    Migration(6, "links: stories, events across articles, near-copies, count sources", _links),
    Migration(7, "places.role, dates.type and dates.timeml", _roles_and_types),
    Migration(8, "full-text indexes datasette searches; views acled_events, plover_events, event_sources",
              _sql_readable),
    Migration(9, "feeds and feed_items: news feeds polled and the item pages fetched", _feeds),
    Migration(10, "watchlists and alert_deliveries: saved alert filters, rules, webhooks and deliveries",
              _watchlists),
    Migration(11, "ix_reports_country_confidence: a country's reports by confidence", _country_confidence),
    Migration(12, "counts.part: a count read off the article's title or its text", _count_part),
    Migration(13, "covering indexes for the linker's postings, bands and nearby events", _link_lookups),
    Migration(14, "event_reports.part: a report read off the article's title or its text", _report_part),
)


def current_version(conn: sa.Connection) -> int:
    """The store's schema version; 0 for an empty database."""
    if not sa.inspect(conn).has_table("schema_version"):
        return 0
    found = conn.execute(sa.select(sa.func.max(schema.schema_version.c.version))).scalar()
    return int(found or 0)


def _stamp(conn: sa.Connection, migration: Migration) -> None:
    conn.execute(
        schema.schema_version.insert().values(
            version=migration.version,
            description=migration.description,
            applied_at=dt.datetime.now(dt.timezone.utc),
        )
    )


def _check_order(migrations: tuple[Migration, ...]) -> None:
    versions = [m.version for m in migrations]
    if not versions or versions != list(range(1, len(versions) + 1)):
        raise StoreError(f"migration versions must run 1, 2, 3 ... without gaps, got {versions}")


def migrate(engine: sa.Engine, *, url: str, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
    """Bring the store at ``engine`` to the latest version; returns that version.

    Each step runs in its own transaction, so a failed migration leaves the store at the
    last version that succeeded.
    """
    _check_order(migrations)
    latest = migrations[-1].version
    with engine.connect() as conn:
        version = current_version(conn)
        has_articles = sa.inspect(conn).has_table("articles")
        conn.rollback()
    if version > latest:
        raise StoreError(
            f"store {url} has schema version {version} but this seismo knows versions up to {latest}; "
            "upgrade seismo (pip install -U seismo) or open a store made by this version"
        )
    if version == latest:
        return version
    if version == 0:
        if has_articles:
            raise StoreError(
                f"{url} has an 'articles' table but no schema_version: it is not a seismo store; "
                "pass another --db path"
            )
        with engine.begin() as conn:
            migrations[0].apply(conn)
            for migration in migrations:
                _stamp(conn, migration)
        return latest
    for migration in migrations[version:]:
        with engine.begin() as conn:
            try:
                migration.apply(conn)
            except sa.exc.SQLAlchemyError as exc:
                raise StoreError(
                    f"store {url}: migration {migration.version} ({migration.description}) failed: "
                    f"{exc}; the store stays at version {migration.version - 1}"
                ) from exc
            _stamp(conn, migration)
    return latest
