"""Store query benchmark: a synthetic store of N events, and p50/p95 of dashboard queries.

``make_synthetic(path, events=1_000_000)`` (``seismo bench --make-synthetic PATH --events N``)
writes a fresh SQLite store through ``Store.open`` (so the schema, indexes and FTS5 triggers
are the real ones) and bulk-inserts rows into its tables: 4 event reports per article, one
cluster (``events`` row) per report, a ``killed`` count on one report in ten.  Values are drawn
from a seeded ``random.Random`` (same seed, same store): countries and types with skewed
frequencies, dates uniform over 2018–2024, short template sentences as evidence and text.
For speed the load drops the four tables' secondary indexes and FTS5 insert triggers, inserts
with ``synchronous = OFF`` and foreign-key checks off, then recreates the indexes, restores the
triggers and fills the FTS5 tables with one ``INSERT ... SELECT`` each (what the triggers would
have written row by row), and runs ``ANALYZE``.

``run_queries(path)`` times typical dashboard filters, each ``repeat`` times with fresh
random parameters, and reports p50 / p95 in milliseconds.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.errors import ConfigError

SEED = 20220107
START = dt.date(2018, 1, 1)
DAYS = 7 * 365
REPORTS_PER_ARTICLE = 4
BATCH_ARTICLES = 5_000

# the synthetic world: a few generator parameters, not lexicons of the extractors
COUNTRIES = ("KAZ", "UKR", "RUS", "IND", "NGA", "USA", "FRA", "BRA", "PAK", "ZAF", "MEX", "IRN", "SYR", "COL", "KEN")
TYPES = (
    ("PROTEST", "demo", "Protests", "Peaceful protest", "protesters", "rallied against fuel prices"),
    ("PROTEST", "riot", "Riots", "Violent demonstration", "rioters", "set fire to the city hall"),
    ("ASSAULT", "firearms", "Violence against civilians", "Attack", "gunmen", "opened fire on a market"),
    ("COERCE", "arrest", "Strategic developments", "Arrests", "police", "arrested opposition activists"),
    ("FIGHT", "firearms", "Battles", "Armed clash", "soldiers", "clashed with rebels near the border"),
    ("MOBILIZE", "troops", "Strategic developments", "Other", "troops", "were deployed to the capital"),
    ("ACCUSE", None, None, None, "officials", "accused foreign agents of organising the unrest"),
)
MODALITIES = ("asserted",) * 8 + ("hypothetical", "future")


def _weighted(rng: random.Random, items: tuple[Any, ...]) -> Any:
    """Zipf-like choice: the first items are much more frequent (dashboards filter skewed data)."""
    weights = [1 / (i + 1) for i in range(len(items))]
    return rng.choices(items, weights)[0]


@dataclass(frozen=True, slots=True)
class SyntheticStats:
    path: Path
    articles: int
    events: int
    seconds: float

    def summary(self) -> str:
        rate = self.events / self.seconds if self.seconds else 0
        return f"wrote {self.events:,} events in {self.articles:,} articles to {self.path} in {self.seconds:.0f} s ({rate:,.0f} events/s)"


def _article_rows(rng: random.Random, index: int, now: dt.datetime) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    aid = f"syn{index:09d}"
    day = START + dt.timedelta(days=rng.randrange(DAYS))
    country = _weighted(rng, COUNTRIES)
    sentences, reports, clusters, counts = [], [], [], []
    pos = 0
    for seq in range(REPORTS_PER_ARTICLE):
        ptype, mode, acled, sub, actor, verb = _weighted(rng, TYPES)
        n = rng.randrange(2, 400)
        sentence = f"In {country} {n} {actor} {verb} on {day:%d %B %Y}, officials said."
        rid = f"{aid}r{seq}"
        trig = sentence.index(verb.split()[0])
        modality = rng.choice(MODALITIES)
        event_day = day - dt.timedelta(days=rng.randrange(3))
        clusters.append({"id": rid, "type": ptype, "country": country, "date_earliest": event_day, "n_reports": 1, "created_at": now})
        reports.append({
            "id": rid, "article_id": aid, "seq": seq, "start_char": pos + trig, "end_char": pos + trig + len(verb.split()[0]),
            "text": verb.split()[0], "event_id": rid, "type": ptype, "mode": mode, "acled_event_type": acled,
            "acled_sub_event_type": sub, "quad_class": 3 if ptype in ("ASSAULT", "FIGHT", "COERCE") else 2,
            "actor_start": pos + sentence.index(actor), "actor_end": pos + sentence.index(actor) + len(actor),
            "actor_text": actor, "actor_name": None, "actor_country": country, "actor_sector": "CVL", "actor_kind": "group",
            "country": country, "geo_precision": 3, "location": country, "place_kind": "country",
            "place_confidence": 0.9, "place_step": "seismo.bench.synthetic.v1", "date_value": event_day.isoformat(),
            "date_precision": "day", "date_source": "text", "date_earliest": event_day, "date_latest": event_day,
            "modality": modality, "hedged": False, "evidence_start": pos, "evidence_end": pos + len(sentence),
            "evidence_text": sentence, "confidence": round(rng.random(), 3), "step": "seismo.bench.synthetic.v1",
        })
        if seq == 0 and rng.random() < 0.4:
            counts.append({
                "id": f"{rid}c", "report_id": rid, "article_id": aid, "seq": 0, "kind": "killed", "low": n, "best": n,
                "high": n, "start_char": pos + sentence.index(str(n)), "end_char": pos + sentence.index(str(n)) + len(str(n)),
                "text": str(n), "confidence": 0.8, "step": "seismo.bench.synthetic.v1",
            })
        sentences.append(sentence)
        pos += len(sentence) + 1
    article = {"id": aid, "date": day, "title": f"Synthetic report {index}", "source": "synthetic", "url": None,
               "origin": "seismo bench", "text": " ".join(sentences), "warnings": None, "added_at": now}
    return article, clusters, reports, counts


def make_synthetic(path: Path, *, events: int = 1_000_000, seed: int = SEED, progress: Callable[[str], None] | None = None) -> SyntheticStats:
    """A fresh SQLite store at ``path`` holding ``events`` synthetic event reports."""
    from seismo.store import Store
    from seismo.store import schema as S

    if path.exists():
        raise ConfigError(f"{path} already exists; remove it or choose another path for --make-synthetic")
    rng = random.Random(seed)
    n_articles = -(-events // REPORTS_PER_ARTICLE)
    now = dt.datetime.now(dt.timezone.utc)
    start = time.perf_counter()
    store = Store.open(path)
    tables = (S.articles, S.events, S.event_reports, S.counts)
    written = 0
    try:
        with store.engine.connect() as conn:
            # a throwaway store: trade durability for load speed and keep the indexes in cache
            raw = conn.connection.dbapi_connection
            raw.execute("PRAGMA synchronous = OFF")
            raw.execute("PRAGMA cache_size = -262144")
            raw.execute("PRAGMA foreign_keys = OFF")
            triggers = _suspend_search_triggers(raw, tables)
            with conn.begin():
                for table in tables:
                    for index in table.indexes:
                        index.drop(conn)
            for first in range(0, n_articles, BATCH_ARTICLES):
                batch: dict[str, list[dict[str, Any]]] = {"articles": [], "events": [], "event_reports": [], "counts": []}
                for i in range(first, min(first + BATCH_ARTICLES, n_articles)):
                    article, clusters, reports, counts = _article_rows(rng, i, now)
                    keep = min(REPORTS_PER_ARTICLE, events - written)
                    kept = {r["id"] for r in reports[:keep]}
                    batch["articles"].append(article)
                    batch["events"] += clusters[:keep]
                    batch["event_reports"] += reports[:keep]
                    batch["counts"] += [c for c in counts if c["report_id"] in kept]
                    written += keep
                with conn.begin():
                    for table in tables:
                        if batch[table.name]:
                            conn.execute(table.insert(), batch[table.name])
                if progress is not None:
                    progress(f"{written:,} / {events:,} events")
            if progress is not None:
                progress("building indexes and full-text search")
            with conn.begin():
                for table in tables:
                    for index in table.indexes:
                        index.create(conn)
                _restore_search_triggers(conn, triggers)
                conn.exec_driver_sql("ANALYZE")
            raw.execute("PRAGMA foreign_keys = ON")
        store.rebuild_rollups()
    finally:
        store.close()
    return SyntheticStats(path, n_articles, written, time.perf_counter() - start)


def _suspend_search_triggers(raw: Any, tables: tuple[Any, ...]) -> list[tuple[str, str]]:
    """Drop the FTS insert triggers of ``tables``; returns ``(table, trigger SQL)`` to restore."""
    names = tuple(t.name for t in tables)
    found = raw.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    kept = [(name, table, sql) for name, table, sql in found if table in names and " AFTER INSERT " in sql.upper()]
    for name, _, _ in kept:
        raw.execute(f'DROP TRIGGER "{name}"')
    return [(table, sql) for _, table, sql in kept]


def _restore_search_triggers(conn: Any, triggers: list[tuple[str, str]]) -> None:
    """Recreate each trigger and do, in one INSERT ... SELECT, what it would have done row by row.

    A trigger body ``INSERT INTO fts(cols) VALUES (new.a, f(new.b))`` becomes
    ``INSERT INTO fts(cols) SELECT a, f(b) FROM table``.
    """
    for table, sql in triggers:
        conn.exec_driver_sql(sql)
        body = sql[sql.upper().index(" BEGIN ") + 7 : sql.upper().rindex("; END")]
        head, _, values = body.partition(" VALUES (")
        if not values.endswith(")"):
            raise ConfigError(f"cannot bulk-fill full-text search from trigger {sql!r}; the store's triggers changed")
        conn.exec_driver_sql(f"{head} SELECT {values[:-1].replace('new.', '')} FROM {table}")


@dataclass(frozen=True, slots=True)
class QueryTiming:
    name: str
    p50_ms: float
    p95_ms: float
    median_rows: float
    runs: int


@dataclass(frozen=True, slots=True)
class QueryReport:
    path: Path
    events: int
    timings: tuple[QueryTiming, ...]
    notes: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "store": str(self.path),
            "events": self.events,
            "queries": [
                {"name": t.name, "p50_ms": round(t.p50_ms, 2), "p95_ms": round(t.p95_ms, 2), "median_rows": t.median_rows, "runs": t.runs}
                for t in self.timings
            ],
        }


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (``q`` in 0..100) of a non-empty list."""
    if not values:
        raise ValueError("percentile of no values")
    s = sorted(values)
    rank = max(1, -(-len(s) * q // 100))
    return s[int(rank) - 1]


def dashboard_queries(rng: random.Random) -> list[tuple[str, Callable[[Any], int]]]:
    """``(name, run(store) -> rows)`` with parameters drawn from ``rng``."""
    from seismo.store import EventFilter

    def window(days: int) -> tuple[dt.date, dt.date]:
        since = START + dt.timedelta(days=rng.randrange(DAYS - days))
        return since, since + dt.timedelta(days=days)

    country = rng.choice(COUNTRIES)
    ptype = rng.choice(TYPES)
    s90, u90 = window(90)
    s30, u30 = window(30)
    s365, u365 = window(365)
    word = rng.choice(("fuel", "police", "rebels", "market", "capital"))
    return [
        ("country + type + 90-day range, first page", lambda st: len(st.events(EventFilter(country=country, type=ptype[0], since=s90, until=u90, limit=100)))),
        ("country + type + 90-day range, count", lambda st: st.count_events(EventFilter(country=country, type=ptype[0], since=s90, until=u90))),
        ("country + 30-day range, asserted, first page", lambda st: len(st.events(EventFilter(country=country, since=s30, until=u30, modality="asserted", limit=100)))),
        ("ACLED sub-type + 365-day range, first page", lambda st: len(st.events(EventFilter(sub_event_type=ptype[3] or "demo", since=s365, until=u365, limit=100)))),
        (f"full text (one word), first page", lambda st: len(st.events(EventFilter(q=word, limit=100)))),
        ("full text + country + 365-day range, first page", lambda st: len(st.events(EventFilter(q=word, country=country, since=s365, until=u365, limit=100)))),
        ("summary by country and type, 30-day range", lambda st: len(st.summary(EventFilter(since=s30, until=u30)))),
    ]


def run_queries(path: Path, *, repeat: int = 20, seed: int = SEED) -> QueryReport:
    """p50 / p95 of each dashboard query over ``repeat`` runs (fresh parameters each run)."""
    from seismo.store import Store

    store = Store.open(path, create=False)
    try:
        events = store.count_events()
        rng = random.Random(seed)
        names = [name for name, _ in dashboard_queries(random.Random(0))]
        times: dict[str, list[float]] = {n: [] for n in names}
        rows: dict[str, list[int]] = {n: [] for n in names}
        for _ in range(repeat):
            for name, run in dashboard_queries(rng):
                start = time.perf_counter()
                n = run(store)
                times[name].append((time.perf_counter() - start) * 1000)
                rows[name].append(n)
    finally:
        store.close()
    timings = tuple(
        QueryTiming(n, percentile(times[n], 50), percentile(times[n], 95), sorted(rows[n])[len(rows[n]) // 2], repeat)
        for n in names
    )
    notes = (
        "Each query runs through the store's public API (Store.events / count_events / summary) with fresh random "
        "parameters per run; the SQLite page cache is warm after the first runs, as on a dashboard.",
    )
    return QueryReport(path, events, timings, notes)


QUERY_COLUMNS = ("query", "p50 ms", "p95 ms", "median rows", "runs")


def query_rows(q: QueryReport) -> list[tuple[Any, ...]]:
    return [(t.name, f"{t.p50_ms:.1f}", f"{t.p95_ms:.1f}", t.median_rows, t.runs) for t in q.timings]


def query_markdown(q: QueryReport) -> list[str]:
    from seismo.eval.report import markdown_table

    return [
        "## Store queries",
        "",
        f"Store: {q.events:,} synthetic event reports made by `seismo bench --make-synthetic PATH --events {q.events}` "
        f"then timed by `seismo bench --no-speed --store PATH` (SQLite, WAL, FTS5).",
        "",
        *markdown_table(QUERY_COLUMNS, query_rows(q)),
        "",
        *(f"- {n}" for n in q.notes),
    ]
