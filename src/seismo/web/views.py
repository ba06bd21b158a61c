"""What the pages show, gathered from the store: filter choices, overview data, country names."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from seismo.store import ArticleRef, EventFilter, Store
from seismo.contract.vocab import ACLED_EVENT_TYPES, ACLED_SUB_EVENT_TYPES, PLOVER_TYPES


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The choices of the filter form: PLOVER types, ACLED event and sub-event types (sorted)."""

    types: tuple[str, ...]
    acled_types: tuple[str, ...]
    acled_sub_types: tuple[str, ...]


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """The filter form's choices, from :mod:`seismo.contract.vocab`."""
    return Vocabulary(tuple(sorted(PLOVER_TYPES)), tuple(sorted(ACLED_EVENT_TYPES)),
                      tuple(sorted(ACLED_SUB_EVENT_TYPES)))


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
    page = store.event_page(f, sort="-date", limit=min(200, limit * 10))
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
    daily = store.daily_counts(f, by="type")
    sample = store.overview_stats(f, places=300, actors=10)
    totals = store.country_totals(f)
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
