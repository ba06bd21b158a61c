"""What the pages show, gathered from the store: filter choices, overview data, country names."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from seismo.api import queries
from seismo.store import ArticleRef, EventFilter, Store

MODALITIES = ("asserted", "negated", "hypothetical", "future", "historical")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The choices of the filter form: PLOVER types and ACLED sub-event types (from acled_map.tsv)."""

    types: tuple[str, ...]
    acled_types: tuple[str, ...]
    acled_sub_types: tuple[str, ...]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    types: list[str] = []
    acled: set[str] = set()
    subs: set[str] = set()
    text = resources.files("seismo").joinpath("data/acled_map.tsv").read_text("utf-8")
    for row in csv.reader(text.splitlines(), delimiter="\t"):
        if not row or row[0].startswith("#"):
            continue
        if row[0] == "@quad" and len(row) >= 3:
            types.extend(row[2].split())
        elif not row[0].startswith("@") and len(row) >= 6:
            acled.add(row[4].strip())
            subs.add(row[5].strip())
    return Vocabulary(tuple(sorted(types)), tuple(sorted(acled - {""})), tuple(sorted(subs - {""})))


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-3 → (name, ISO numeric as world-atlas writes ids: zero-padded 3 digits)."""
    import pycountry

    return {c.alpha_3: (getattr(c, "common_name", None) or c.name, c.numeric) for c in pycountry.countries}


def country_name(code: str | None) -> str:
    if not code:
        return "unknown"
    return countries().get(code, (code, ""))[0]


def filter_params(f: EventFilter) -> dict[str, str]:
    """The filter as query-string values (what the form shows and links carry)."""
    out: dict[str, str] = {}
    for name in ("country", "type", "sub_event_type", "actor", "since", "until", "modality", "q", "article_id"):
        value = getattr(f, name)
        if value is not None:
            out[name] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return out


def latest_articles(store: Store, f: EventFilter, *, limit: int = 10) -> list[ArticleRef]:
    """The newest articles: those with events matching the filter, or simply the newest."""
    if not any(filter_params(f).values()):
        return store.articles(limit=limit)
    page = queries.event_page(store, f, sort="-date", limit=min(200, limit * 10))
    seen: dict[str, ArticleRef] = {}
    for hit in page.hits:
        seen.setdefault(hit.article.id, hit.article)
    return sorted(seen.values(), key=lambda a: (a.date is not None, a.date), reverse=True)[:limit]


def overview(store: Store, f: EventFilter) -> dict[str, Any]:
    """Everything the overview page shows for filter ``f``, in bounded reads on any store size.

    The chart and the per-country totals come from the ``daily_counts`` rollup when it answers
    ``f``; places, actors (and per-country totals otherwise) are counted from the newest
    matching reports (``window`` says how many and which days; ``complete`` when all of them).
    """
    daily = queries.daily_counts(store, f, by="type")
    sample = queries.overview_stats(store, f, places=300, actors=10)
    totals = queries.country_totals(store, f)
    by_country = sample.countries if totals is None else totals
    places = sample.places
    names = countries()
    chart = daily.to_dict()
    map_data = {
        "points": [p.to_dict() for p in places if p.lat is not None and p.lon is not None],
        "countries": [
            {"code": code, "numeric": names.get(code, ("", ""))[1], "name": country_name(code), "events": n}
            for code, n in sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    }
    return {
        "chart": chart,
        "map": map_data,
        "places": places[:10],
        "actors": sample.actors,
        "countries": map_data["countries"][:10],
        "articles": latest_articles(store, f),
        "total": sum(s["total"] for s in chart["series"]),
        "window": sample.window(),
    }
