"""The store's tables (SQLAlchemy Core), portable between SQLite and PostgreSQL.

    articles ─┬─ entities            one row per record, ``seq`` keeps the extractor's order
              ├─ places
              ├─ dates
              ├─ quotes              speaker and cue flattened into ``speaker_*`` / ``cue_*``
              └─ event_reports ──┬── counts       one row per Count: contested numbers stay apart
                                 └── events       the cluster a report belongs to (dedup target)

    daily_counts                 rollup: asserted events per day x country x type (derived)
    acled_countries              reference: ACLED's country names and regions by ISO3 (version 8)
    feeds ── feed_items          the news feeds polled and each item page fetched (version 9)
    watchlists ── alert_deliveries  saved alert filters and rules; each alert posted to a webhook (version 10)

Spans are stored as ``<name>_start`` / ``<name>_end`` / ``<name>_text`` (character offsets into
``articles.text``).  A nested record that is absent (no actor, no location, no speaker) has
every column of its group NULL; its ``*_start`` column (or ``geo_precision`` / ``date_value``)
says whether it is there.  Full-text search tables and the views are in :mod:`seismo.store.ddl`.

Changing a table here is a schema change: add a migration to ``migrations.MIGRATIONS`` that
makes the same change to an existing store, or old stores will not match new code.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()


def _span(prefix: str, *, nullable: bool = True) -> list[sa.Column]:
    return [
        sa.Column(f"{prefix}_start", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}_end", sa.Integer, nullable=nullable),
        sa.Column(f"{prefix}_text", sa.Text, nullable=nullable),
    ]


def _record() -> list[sa.Column]:
    """Columns every per-article record table shares: id, article, order, offsets."""
    return [
        sa.Column("id", sa.Text, primary_key=True),
        sa.Column(
            "article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    ]


def _actor(prefix: str) -> list[sa.Column]:
    return [
        *_span(prefix),
        sa.Column(f"{prefix}_name", sa.Text),
        sa.Column(f"{prefix}_country", sa.Text),
        sa.Column(f"{prefix}_sector", sa.Text),
        sa.Column(f"{prefix}_kind", sa.Text),
        sa.Column(f"{prefix}_role", sa.Text),
        sa.Column(f"{prefix}_confidence", sa.Float),
        sa.Column(f"{prefix}_step", sa.Text),
    ]


schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
)

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("date", sa.Date),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("origin", sa.Text),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("warnings", sa.Text),  # JSON list of strings, NULL when none
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    # version 4: JSON list of the step versions that made this article's records (Result.steps);
    # NULL for articles stored before version 4 (re-extracted by ``seismo ingest --reprocess``)
    sa.Column("steps", sa.Text),
    # version 6: what the linker decided (seismo.link): the article's story, the event it is
    # mainly about, the article it copies, and why it joined its story (JSON list of reasons)
    sa.Column("story_id", sa.Text),
    sa.Column("primary_event_id", sa.Text),
    sa.Column("duplicate_of", sa.Text),
    sa.Column("story_matched", sa.Text),
    sa.Column("story_score", sa.Float),
    sa.Column("story_reasons", sa.Text),
    sa.Index("ix_articles_date", "date"),
    sa.Index("ix_articles_source", "source"),
    sa.Index("ix_articles_story", "story_id", "date"),
)

entities = sa.Table(
    "entities",
    metadata,
    *_record(),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("step", sa.Text, nullable=False),
    sa.Index("ix_entities_article", "article_id", "seq"),
    sa.Index("ix_entities_label_text", "label", "text"),
)

places = sa.Table(
    "places",
    metadata,
    *_record(),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("geonameid", sa.Integer),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("step", sa.Text, nullable=False),
    sa.Column("role", sa.Text),  # version 7; NULL (read as literal) for places stored before
    sa.Index("ix_places_article", "article_id", "seq"),
    sa.Index("ix_places_country", "country", "admin1"),
    sa.Index("ix_places_geonameid", "geonameid"),
)

dates = sa.Table(
    "dates",
    metadata,
    *_record(),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("precision", sa.Text, nullable=False),
    sa.Column("earliest", sa.Date),
    sa.Column("latest", sa.Date),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("step", sa.Text, nullable=False),
    sa.Column("type", sa.Text),  # version 7; NULL (read as DATE) for dates stored before
    sa.Column("timeml", sa.Text),  # version 7
    sa.Index("ix_dates_article", "article_id", "seq"),
)

quotes = sa.Table(
    "quotes",
    metadata,
    *_record(),
    sa.Column("kind", sa.Text, nullable=False),
    *_span("speaker"),
    sa.Column("speaker_name", sa.Text),
    sa.Column("speaker_role", sa.Text),
    sa.Column("speaker_org", sa.Text),
    sa.Column("speaker_country", sa.Text),
    sa.Column("speaker_outlet", sa.Text),
    sa.Column("speaker_sector", sa.Text),
    *_span("cue"),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("step", sa.Text, nullable=False),
    sa.Index("ix_quotes_article", "article_id", "seq"),
    sa.Index("ix_quotes_speaker", "speaker_name"),
    sa.Index("ix_quotes_org", "speaker_org"),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("country", sa.Text),
    sa.Column("date_earliest", sa.Date),
    sa.Column("n_reports", sa.Integer, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    # version 6: the event as the linker matches it (seismo.link.events.ReportKey of the report
    # that started it): its story, mode, modality, place and the days it may have happened on
    sa.Column("story_id", sa.Text),
    sa.Column("mode", sa.Text),
    sa.Column("asserted", sa.Boolean),
    sa.Column("geonameid", sa.Integer),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("date_latest", sa.Date),
    sa.Column("actor_name", sa.Text),
    sa.Column("actor_sector", sa.Text),
    sa.Index("ix_events_country_type_date", "country", "type", "date_earliest"),
    sa.Index("ix_events_story", "story_id", "date_latest"),
    sa.Index("ix_events_type_country_latest", "type", "country", "date_latest", "id"),  # version 13: + id
)

#: event_reports columns the event list filters on by equality (each gets a ``(column, date_earliest, id)`` index)
REPORT_FILTER_COLUMNS = ("country", "type", "modality", "acled_event_type", "acled_sub_event_type", "mode")

event_reports = sa.Table(
    "event_reports",
    metadata,
    *_record(),  # text = the trigger as written; start/end its offsets
    sa.Column("event_id", sa.Text, sa.ForeignKey("events.id"), nullable=False),
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("mode", sa.Text),
    sa.Column("acled_event_type", sa.Text),
    sa.Column("acled_sub_event_type", sa.Text),
    sa.Column("quad_class", sa.Integer),
    *_actor("actor"),
    *_actor("recipient"),
    # location: the resolved place and how exact (1 site/city, 2 area, 3 country)
    sa.Column("geo_precision", sa.Integer),
    *_span("place"),
    sa.Column("location", sa.Text),  # the place's canonical name
    sa.Column("geonameid", sa.Integer),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country", sa.Text),
    sa.Column("admin1", sa.Text),
    sa.Column("place_kind", sa.Text),
    sa.Column("place_confidence", sa.Float),
    sa.Column("place_step", sa.Text),
    # date as coded, plus its bounds for range filters
    sa.Column("date_value", sa.Text),
    sa.Column("date_precision", sa.Text),
    sa.Column("date_source", sa.Text),
    *_span("date"),
    sa.Column("date_earliest", sa.Date),
    sa.Column("date_latest", sa.Date),
    sa.Column("modality", sa.Text, nullable=False),
    sa.Column("hedged", sa.Boolean, nullable=False),
    *_span("attributed"),
    *_span("evidence", nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("step", sa.Text, nullable=False),
    # version 5: JSON [[start, end, text], ...]: the sentences of later mentions merged into this report
    sa.Column("mentions", sa.Text),
    # version 6: how well the report matched its event and why (JSON list; NULL: it started it)
    sa.Column("link_score", sa.Float),
    sa.Column("link_reasons", sa.Text),
    # version 6: political or incident (seismo.extract.framing.scope); NULL for reports stored before
    sa.Column("scope", sa.Text),
    # version 14: the article field evidence / trigger / mentions index: text, or title for an attack only
    # the headline tells (seismo.extract.numbers.headline); NULL for reports stored before, read as text
    sa.Column("part", sa.Text),
    sa.Index("ix_reports_article", "article_id", "seq"),
    sa.Index("ix_reports_event", "event_id"),
    sa.Index("ix_reports_country_type_date", "country", "type", "date_earliest", "id"),
    sa.Index("ix_reports_acled", "acled_event_type", "acled_sub_event_type"),
    # version 2: one index per typical dashboard filter, ending in the list's sort key
    # (date_earliest, id) so the newest-first page is an index range with no sort step
    *(sa.Index(f"ix_reports_{column}_date", column, "date_earliest", "id") for column in REPORT_FILTER_COLUMNS),
    sa.Index("ix_reports_date_id", "date_earliest", "id"),
    sa.Index("ix_reports_confidence", "confidence", "id"),
    # version 11: the surest reports of one country first, without sorting every report of it
    sa.Index("ix_reports_country_confidence", "country", "confidence", "id"),
    sa.Index("ix_reports_date", "date_earliest", "date_latest"),
    sa.Index("ix_reports_actor", "actor_name"),
    sa.Index("ix_reports_recipient", "recipient_name"),
    sa.Index("ix_reports_actor_country", "actor_country", "actor_sector"),
)

counts = sa.Table(
    "counts",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column(
        "report_id", sa.Text, sa.ForeignKey("event_reports.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column(
        "article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False
    ),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("low", sa.Integer),
    sa.Column("best", sa.Integer),
    sa.Column("high", sa.Integer),
    sa.Column("start_char", sa.Integer, nullable=False),
    sa.Column("end_char", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("qualifier", sa.Text),
    *_span("victims"),
    # who gave the number (the report's attribution, as written); NULL = the article itself
    sa.Column("attributed_source", sa.Text),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("step", sa.Text, nullable=False),
    # the article field start_char / end_char index: 'text', or 'title' (a toll the headline gives);
    # NULL (stored before version 12) reads as 'text'
    sa.Column("part", sa.Text),
    sa.Index("ix_counts_report", "report_id", "seq"),
    sa.Index("ix_counts_kind", "kind"),
)

daily_counts = sa.Table(
    "daily_counts",
    metadata,
    # version 2: distinct asserted events dated to one day, per day x country x PLOVER type;
    # kept right by Store.write in the same transaction (seismo.store.rollup), read by the
    # overview's time series instead of grouping every report
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("country", sa.Text),  # NULL: location unknown
    sa.Column("type", sa.Text, nullable=False),
    sa.Column("events", sa.Integer, nullable=False),
    # version 3: both indexes cover ``events`` (the overview sums it without reading the table);
    # (day, type, ...) hands the chart's GROUP BY day, type over in order
    sa.Index("ix_daily_counts_day", "day", "type", "country", "events"),
    sa.Index("ix_daily_counts_country", "country", "type", "day", "events"),
)

# version 6: what the linker keeps of each article to compare later ones with (seismo.link.index)
link_articles = sa.Table(
    "link_articles",
    metadata,
    sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("day", sa.Date),
    sa.Column("story_id", sa.Text, nullable=False),
    sa.Column("vector", sa.Text, nullable=False),  # JSON {key: weight}: the tf-idf vector, top keys
    sa.Column("signature", sa.Text),  # JSON [int, ...]: MinHash; NULL when too short to compare
    sa.Column("terms", sa.Text, nullable=False),  # JSON [key, ...]: every key, for link_df on delete
    sa.Index("ix_link_articles_story", "story_id", "day"),
)

link_postings = sa.Table(
    "link_postings",
    metadata,
    sa.Column("term", sa.Text, nullable=False),
    sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Column("day", sa.Date),
    # version 13: article_id last, so a key's newest postings are read off the index alone,
    # already in the linker's order (day, then id, newest first), with no sort
    sa.Index("ix_link_postings_term", "term", "day", "article_id"),
    sa.Index("ix_link_postings_article", "article_id"),
)

link_bands = sa.Table(
    "link_bands",
    metadata,
    sa.Column("band", sa.Text, nullable=False),
    sa.Column("article_id", sa.Text, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    sa.Index("ix_link_bands_band", "band", "article_id"),  # version 13: covering
    sa.Index("ix_link_bands_article", "article_id"),
)

link_df = sa.Table(
    "link_df",
    metadata,
    sa.Column("term", sa.Text, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),  # linked articles holding the key (idf)
)

# version 8: ACLED's country names and regions by ISO3 (seismo/data/acled_countries.tsv), the
# reference the ``acled_events`` view joins (seismo.store.ddl.views); refilled by each migration
# that recreates the views, never written per article
acled_countries = sa.Table(
    "acled_countries",
    metadata,
    sa.Column("iso3", sa.Text, primary_key=True),
    sa.Column("iso", sa.Integer),  # ISO 3166-1 numeric
    sa.Column("country", sa.Text, nullable=False),  # as ACLED writes it
    sa.Column("region", sa.Text),  # one of ACLED's regions
)

# version 9: the news feeds ``seismo feeds`` polls (seismo.feeds) and the state of each:
# conditional-GET validators, when it was last and is next polled, its failures in a row
feeds = sa.Table(
    "feeds",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("name", sa.Text),
    sa.Column("every_seconds", sa.Integer, nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_polled", sa.DateTime(timezone=True)),
    sa.Column("next_poll", sa.DateTime(timezone=True)),  # NULL: never polled, due now
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),  # failed polls in a row
    sa.Column("last_error", sa.Text),  # why the last poll failed; NULL after a success
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ux_feeds_url", "url", unique=True),
)

# version 9: each item page a feed led to, fetched once: its content hash (= the article id of
# its text, seismo.contract.ids.article_id) and the article stored from it (NULL: the page had no text)
feed_items = sa.Table(
    "feed_items",
    metadata,
    sa.Column("feed_id", sa.Integer, sa.ForeignKey("feeds.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("url", sa.Text, primary_key=True),  # the item's link as the feed gives it
    sa.Column("content_hash", sa.Text),
    sa.Column("article_id", sa.Text),  # no foreign key: the article may be re-extracted or deleted
    sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Index("ix_feed_items_url", "url"),
    sa.Index("ix_feed_items_hash", "content_hash"),
)

# version 10: the watchlists of ``seismo watch`` (seismo.watch.watchlists): a saved filter (JSON:
# country, admin1, actor, family, type, q), its alert rule (JSON: threshold, min_events, min_deaths,
# kinds) and the webhook its alerts are posted to, signed with ``secret``
watchlists = sa.Table(
    "watchlists",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("filter", sa.Text, nullable=False),
    sa.Column("rule", sa.Text, nullable=False),
    sa.Column("webhook_url", sa.Text),
    sa.Column("secret", sa.Text),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ux_watchlists_name", "name", unique=True),
)

# version 10: each alert of a watchlist posted to its webhook: ``delivered`` once (never sent
# again) or ``failed`` (tried again on the next ``seismo watch notify``), with its attempts so far
alert_deliveries = sa.Table(
    "alert_deliveries",
    metadata,
    sa.Column("watchlist", sa.Text, primary_key=True),
    sa.Column("alert_id", sa.Text, primary_key=True),
    sa.Column("webhook", sa.Text, primary_key=True),
    sa.Column("status", sa.Text, nullable=False),  # delivered | failed
    sa.Column("attempts", sa.Integer, nullable=False),
    sa.Column("http_status", sa.Integer),  # the last answer's status; NULL: no answer (timeout, refused)
    sa.Column("error", sa.Text),  # why the last attempt failed; NULL once delivered
    sa.Column("delivered_at", sa.DateTime(timezone=True)),  # NULL until delivered
    sa.Column("last_attempt", sa.DateTime(timezone=True), nullable=False),
)

#: the per-article tables, in the order rows are inserted (parents first)
#: (``events`` rows are written by the linker, seismo.store.links, not per article)
ARTICLE_TABLES = (articles, entities, places, dates, quotes, event_reports, counts)
