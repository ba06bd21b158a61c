"""Views that read the store as analysts' formats do (schema version 8), in SQL that SQLite and
PostgreSQL both run (the few functions they spell differently come from :data:`_DIALECT`).

    acled_events    one row per event (asserted, political), ACLED's public columns in ACLED's order,
                    then seismo's own (event_id, report_id, article_id, iso3, ...)
    plover_events   one row per event (every modality and scope), PLOVER's field names flattened
                    (actor_code, event_loc_name, size_dead, cite_info, ...)
    event_sources   one row per event x report: the article (source, url, date) and the counts it gave

An event's coding is its *head* report's, the report that started it (``events.id``), else its
earliest remaining report, as :class:`seismo.store.read.clusters.EventGroup` reads it.  Its
figures (``fatalities``, ``size_dead``, ...) are :func:`seismo.link.reconcile`'s rule in SQL:
the largest number per article and source, then the lowest of the latest day's.

The views hold no data: they read the tables at query time, so they are always current.  ACLED's
country names, regions and numeric codes come from the ``acled_countries`` table (refilled from
``seismo/data/acled_countries.tsv`` whenever the views are made), disorder types from
``acled_disorder.tsv``.  What SQL does not derive (ACLED's institutional actor names, associated
actors, PLOVER's context) is NULL, as docs/sql.md lists; ``seismo export`` writes the full formats.
"""

from __future__ import annotations

from importlib import resources

import sqlalchemy as sa

from seismo.contract.vocab import CIVILIAN_SECTORS, MILITIA_SECTORS, STATE_BODY_SECTORS
from seismo.store import schema

#: the functions SQLite and PostgreSQL spell differently: year of a date, Unix time of a
#: timestamp, the day of a timestamp, and "these strings, '; '-joined, in this order"
_DIALECT = {
    "sqlite": {
        "year": "CAST(substr({0}, 1, 4) AS INTEGER)",
        "epoch": "CAST(strftime('%s', {0}) AS INTEGER)",
        "day": "date({0})",
        "joined": "(SELECT group_concat(s.src, '; ') FROM ({0} ORDER BY s_first NULLS FIRST, src) s)",
    },
    "postgresql": {
        "year": "CAST(EXTRACT(YEAR FROM {0}) AS INTEGER)",
        "epoch": "CAST(EXTRACT(EPOCH FROM {0}) AS BIGINT)",
        "day": "CAST({0} AS DATE)",
        "joined": "(SELECT string_agg(s.src, '; ' ORDER BY s.s_first NULLS FIRST, s.src) FROM ({0}) s)",
    },
}

#: PLOVER sectors by ACLED interaction code (the rule of ``seismo export``: state forces 1, 8 when
#: of another country than the event's; rebels 2; militias, unidentified armed groups, criminals 3;
#: civilian-like actors 6 in protests, 5 in riots, else 7; IGOs 8)
_STATE = tuple(sorted(STATE_BODY_SECTORS))
_MILITIA = tuple(sorted(MILITIA_SECTORS))
_CIVIL = tuple(sorted(CIVILIAN_SECTORS))

#: ACLED time_precision from seismo's date precision
_TIME_PRECISION = (("day", 1), ("week", 2), ("range", 2), ("month", 3), ("year", 3))

VIEWS = ("acled_events", "plover_events", "event_sources")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join(_literal(v) for v in values)


def _table(filename: str) -> list[dict[str, str]]:
    """The rows of a data table of ``seismo/data`` (``#`` comments, a header, tab-separated)."""
    text = (resources.files("seismo") / "data" / filename).read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


def _disorder() -> str:
    """ACLED's disorder_type of the head report, by ``acled_disorder.tsv`` (first matching row;
    ``*`` matches any sub-event type)."""
    whens = []
    for row in _table("acled_disorder.tsv"):
        event_type, sub_type, disorder = row["event_type"], row["sub_event_type"], row["disorder_type"]
        sub = "" if sub_type == "*" else f" AND h.acled_sub_event_type = {_literal(sub_type)}"
        whens.append(f"WHEN h.acled_event_type = {_literal(event_type)}{sub} THEN {_literal(disorder)}")
    return f"CASE {' '.join(whens)} ELSE NULL END"


def fill_countries(conn: sa.Connection) -> int:
    """Refill ``acled_countries`` from ``acled_countries.tsv``; returns how many rows."""
    rows = [{"iso3": r["iso3"], "iso": int(r["iso"]) if r["iso"] else None, "country": r["country"],
             "region": r["region"] or None} for r in _table("acled_countries.tsv")]
    conn.execute(schema.acled_countries.delete())
    if rows:
        conn.execute(schema.acled_countries.insert(), rows)
    return len(rows)


def _inter(prefix: str) -> str:
    """ACLED inter code of the head report's actor (``actor``) or recipient, NULL when none fits."""
    sector = f"upper(coalesce(h.{prefix}_sector, ''))"
    return (
        f"CASE WHEN h.{prefix}_start IS NULL THEN NULL "
        f"WHEN h.{prefix}_kind = 'igo' OR {sector} = 'IGO' THEN 8 "
        f"WHEN {sector} IN ({_quoted(_STATE)}) THEN CASE WHEN h.country IS NOT NULL AND h.{prefix}_country "
        f"IS NOT NULL AND h.{prefix}_country <> h.country THEN 8 ELSE 1 END "
        f"WHEN {sector} = 'REB' THEN 2 "
        f"WHEN {sector} IN ({_quoted(_MILITIA)}) THEN 3 "
        f"WHEN {sector} IN ({_quoted(_CIVIL)}) OR (h.{prefix}_kind = 'group' AND {sector} = '') THEN "
        "CASE h.acled_event_type WHEN 'Protests' THEN 6 WHEN 'Riots' THEN 5 ELSE 7 END "
        "ELSE NULL END"
    )


def _label(prefix: str, country: str) -> str:
    """The actor as the ACLED-style export's sector rule names it: its name (else the words as
    written), capitalised, then its country's ACLED name in brackets (``country``: the joined
    ``acled_countries`` row) unless the name already holds it."""
    name = f"coalesce(h.{prefix}_name, h.{prefix}_text)"
    label = f"upper(substr({name}, 1, 1)) || substr({name}, 2)"
    return (f"CASE WHEN {country}.country IS NOT NULL AND {name} NOT LIKE '%' || {country}.country || '%' "
            f"THEN {label} || ' (' || {country}.country || ')' ELSE {label} END")


def _not_indexed(column: str) -> str:
    """``column`` as an expression no index answers, so that SQLite finds a report's counts by
    ``ix_counts_report`` rather than reading every count of a kind by ``ix_counts_kind``."""
    return f"({column} || '')"


def _figure(kind: str, event: str) -> str:
    """The event's figure for one kind of count (seismo.link.reconcile's ``best``): the largest
    number per article and source, then the lowest of those published on the latest day (undated
    articles always count)."""
    value = "coalesce(fc.best, fc.low, fc.high)"
    return (
        "(SELECT min(k.value) FROM ("
        f"SELECT fa.date AS day, max({value}) AS value, max(fa.date) OVER () AS latest "
        "FROM event_reports fr CROSS JOIN counts fc CROSS JOIN articles fa "
        f"WHERE fr.event_id = {event} AND fc.report_id = fr.id AND fa.id = fc.article_id "
        f"AND {_not_indexed('fc.kind')} = '{kind}' AND {value} IS NOT NULL "
        "GROUP BY fc.article_id, fr.attributed_text, fa.date) k "
        "WHERE k.day IS NULL OR k.day = k.latest)"
    )


def _count(kind: str, report: str) -> str:
    """The largest number of one kind a report gives (NULL: none)."""
    return (f"(SELECT max(coalesce(c.best, c.low, c.high)) FROM counts c "
            f"WHERE c.report_id = {report} AND {_not_indexed('c.kind')} = '{kind}')")


def _head(event: str) -> str:
    """The id of an event's head report: the report that started it, else its earliest (two
    subqueries: SQLite allows no outer column in a subquery's ORDER BY)."""
    return (f"coalesce((SELECT hr.id FROM event_reports hr WHERE hr.id = {event} AND hr.event_id = {event}), "
            f"(SELECT hr.id FROM event_reports hr WHERE hr.event_id = {event} "
            "ORDER BY hr.date_earliest, hr.id LIMIT 1))")


def _events_from(joins: str = "") -> str:
    """Every event with its head report and that report's article (then ``joins``).  ``CROSS
    JOIN`` keeps this join order on SQLite (the events outermost, then an index seek each);
    PostgreSQL reads it as a plain join."""
    return (f"FROM events e CROSS JOIN event_reports h CROSS JOIN articles a {joins} "
            f"WHERE h.id = {_head('e.id')} AND a.id = h.article_id")


def acled_events_sql(dialect: str) -> str:
    """``SELECT`` of the ``acled_events`` view."""
    f = _DIALECT[dialect]
    precision = " ".join(f"WHEN '{p}' THEN {n}" for p, n in _TIME_PRECISION)
    outlets = f["joined"].format(
        "SELECT coalesce(sa.source, sa.id) AS src, min(sa.date) AS s_first FROM event_reports sr "
        "JOIN articles sa ON sa.id = sr.article_id WHERE sr.event_id = x.event_id GROUP BY 1")
    countries = ("LEFT JOIN acled_countries ce ON ce.iso3 = h.country "
                 "LEFT JOIN acled_countries c1 ON c1.iso3 = h.actor_country "
                 "LEFT JOIN acled_countries c2 ON c2.iso3 = h.recipient_country")
    inner = (
        "SELECT e.id AS event_id, h.id AS report_id, h.article_id, e.created_at, e.n_reports, a.story_id, "
        "h.country AS iso3, ce.iso, ce.region, ce.country, coalesce(h.date_earliest, a.date) AS event_date, "
        f"CASE h.date_precision {precision} ELSE NULL END AS time_precision, "
        f"{_disorder()} AS disorder_type, "
        "h.acled_event_type AS event_type, h.acled_sub_event_type AS sub_event_type, "
        f"{_label('actor', 'c1')} AS actor1, {_inter('actor')} AS inter1, h.actor_country AS actor1_iso3, "
        f"{_label('recipient', 'c2')} AS actor2, {_inter('recipient')} AS inter2, "
        "h.recipient_country AS actor2_iso3, "
        "h.admin1, h.location, h.lat, h.lon, h.geo_precision, h.evidence_text, h.type AS plover_type, "
        f"{_figure('killed', 'e.id')} AS killed, {_figure('participants', 'e.id')} AS participants "
        f"{_events_from(countries)} "
        "AND h.modality = 'asserted' AND coalesce(h.scope, 'political') = 'political'"
    )
    return (
        "SELECT coalesce(x.iso3, 'XXX') || '-' || x.event_id AS event_id_cnty, x.event_date, "
        f"{f['year'].format('x.event_date')} AS year, x.time_precision, x.disorder_type, x.event_type, "
        "x.sub_event_type, x.actor1, NULL AS assoc_actor_1, x.inter1, "
        "x.actor2, NULL AS assoc_actor_2, x.inter2, "
        "CASE WHEN x.inter1 IS NOT NULL AND x.inter2 IS NOT NULL THEN "
        "CASE WHEN x.inter1 <= x.inter2 THEN x.inter1 * 10 + x.inter2 ELSE x.inter2 * 10 + x.inter1 END "
        "WHEN x.inter1 IS NOT NULL THEN x.inter1 * 10 ELSE NULL END AS interaction, "
        "CASE WHEN x.inter2 = 7 AND x.disorder_type LIKE 'Political violence%' THEN 'Civilian targeting' "
        "ELSE NULL END AS civilian_targeting, "
        "x.iso, x.region, x.country, x.admin1, NULL AS admin2, NULL AS admin3, "
        "x.location, x.lat AS latitude, x.lon AS longitude, x.geo_precision, "
        f"{outlets} AS source, NULL AS source_scale, x.evidence_text AS notes, "
        "coalesce(x.killed, 0) AS fatalities, "
        "CASE WHEN x.participants IS NOT NULL THEN 'crowd size=' || x.participants ELSE NULL END AS tags, "
        f"{f['epoch'].format('x.created_at')} AS timestamp, "
        "x.event_id, x.report_id, x.article_id, x.iso3, x.actor1_iso3, x.actor2_iso3, x.plover_type, "
        "x.n_reports, x.story_id "
        f"FROM ({inner}) x"
    )


def _plover_actor(prefix: str) -> str:
    """A PLOVER actor object flattened into ``{prefix}_*`` columns (all NULL when there is none);
    ``implicit``: no one is named, the span is the trigger (the state of the event's country)."""
    implicit = f"(h.{prefix}_start = h.start_char AND h.{prefix}_end = h.end_char)"
    return (
        f"CASE WHEN h.{prefix}_kind = 'igo' THEN 'IGO' ELSE h.{prefix}_country END AS {prefix}_code, "
        f"h.{prefix}_sector AS {prefix}_sector, "
        f"CASE WHEN {implicit} THEN NULL ELSE h.{prefix}_text END AS {prefix}_text, "
        f"h.{prefix}_name AS {prefix}_identifier_text, h.{prefix}_role AS {prefix}_office, "
        f"h.{prefix}_kind AS {prefix}_kind, "
        f"CASE WHEN h.{prefix}_start IS NULL THEN NULL WHEN {implicit} THEN 1 ELSE 0 END "
        f"AS {prefix}_implicit, "
    )


#: PLOVER's event_loc resolution: 1 site, 2 town, 3 near a town or a region, 4 first-level
#: subdivision, 5 country (the rule of ``seismo export --format plover``)
_RESOLUTION = ("CASE WHEN h.geo_precision IS NULL THEN NULL WHEN h.place_kind = 'country' THEN 5 "
               "WHEN h.place_kind = 'admin' THEN 4 "
               "WHEN h.place_kind IN ('region', 'feature') OR h.geo_precision >= 2 THEN 3 "
               "WHEN h.place_kind = 'site' THEN 1 ELSE 2 END")


def plover_events_sql(dialect: str) -> str:
    """``SELECT`` of the ``plover_events`` view."""
    f = _DIALECT[dialect]
    return (
        "SELECT e.id AS id, coalesce(h.date_earliest, a.date) AS date, "
        "coalesce(h.date_latest, h.date_earliest, a.date) AS enddate, "
        "h.type AS event, h.mode, h.quad_class AS quad_code, NULL AS context, "
        f"{_plover_actor('actor')}{_plover_actor('recipient')}"
        "h.geonameid AS event_loc_geonameid, h.location AS event_loc_name, "
        "h.lat AS event_loc_latitude, h.lon AS event_loc_longitude, NULL AS event_loc_country_code, "
        "h.country AS event_loc_cc3, h.admin1 AS event_loc_admin1, "
        f"{_RESOLUTION} AS event_loc_resolution, "
        f"{_figure('killed', 'e.id')} AS size_dead, {_figure('injured', 'e.id')} AS size_injured, "
        f"{_figure('arrested', 'e.id')} AS size_arrested, "
        f"{_figure('participants', 'e.id')} AS size_participants, "
        "h.evidence_text AS event_text, a.story_id AS link, "
        "a.id AS cite_info_citation, a.url AS cite_info_url, a.title AS cite_info_title, "
        "a.source AS cite_info_publication, h.step AS coder, "
        f"{f['day'].format('e.created_at')} AS coded_date, "
        "h.modality, h.hedged, h.scope, h.confidence, e.n_reports, h.id AS report_id, h.article_id "
        f"{_events_from()}"
    )


def event_sources_sql(dialect: str) -> str:
    """``SELECT`` of the ``event_sources`` view."""
    del dialect  # the same SQL everywhere
    return (
        "SELECT r.event_id, r.id AS report_id, r.article_id, a.source, a.url, a.date, a.title, "
        "r.attributed_text AS attributed_to, r.modality, r.type, r.evidence_text AS evidence, "
        "CASE WHEN r.id = r.event_id THEN 1 ELSE 0 END AS started_event, r.link_score, r.link_reasons, "
        f"{_count('killed', 'r.id')} AS killed, {_count('injured', 'r.id')} AS injured, "
        f"{_count('arrested', 'r.id')} AS arrested, {_count('participants', 'r.id')} AS participants "
        "FROM event_reports r JOIN articles a ON a.id = r.article_id"
    )


_SQL = {"acled_events": acled_events_sql, "plover_events": plover_events_sql,
        "event_sources": event_sources_sql}


def create_views(conn: sa.Connection) -> None:
    """Refill ``acled_countries`` and (re)create every view for this connection's dialect (the
    views only on dialects seismo knows)."""
    fill_countries(conn)
    dialect = conn.dialect.name
    if dialect not in _DIALECT:
        return
    for name in VIEWS:
        sql = _SQL[name](dialect)
        if conn.dialect.paramstyle in ("format", "pyformat"):  # psycopg: a literal % is written %%
            sql = sql.replace("%", "%%")
        conn.exec_driver_sql(f"DROP VIEW IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE VIEW {name} AS {sql}")
