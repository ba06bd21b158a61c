"""seismo: a seismograph for political unrest.

Reads dated news articles and extracts a sourced, geolocated record of political events,
places, dates, counts and quotes, each traceable to the characters that support it.

    >>> import seismo
    >>> result = seismo.extract("Police arrested 40 protesters in Almaty.", date="2022-01-07")

Importing this package loads nothing heavy; the language model loads on first use.
``seismo.process(articles, store=..., pipeline=...)`` extracts and stores articles (what
``seismo ingest`` does); it is imported on first use, with the store it needs.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from seismo.config import Settings
from seismo.errors import SeismoError
from seismo.model import (
    Actor,
    Article,
    Count,
    Entity,
    Event,
    EventDate,
    EventLocation,
    Place,
    Quote,
    Result,
    Span,
    Speaker,
    When,
)
from seismo.pipeline import Pipeline, Step, make_article
from seismo.version import __version__

__all__ = [
    "Actor",
    "Article",
    "Count",
    "Entity",
    "Event",
    "EventDate",
    "EventLocation",
    "Pipeline",
    "Place",
    "ProcessStats",
    "Quote",
    "Result",
    "SeismoError",
    "Settings",
    "Span",
    "Speaker",
    "Step",
    "When",
    "extract",
    "make_article",
    "process",
    "__version__",
]


#: names exported from seismo.processing, imported on first use
_LAZY = ("process", "ProcessStats")


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from seismo import processing

        return getattr(processing, name)
    raise AttributeError(f"module 'seismo' has no attribute {name!r}")


# Bind the extractors' package (its __init__ imports nothing) before the function of the same
# name: importing a package sets it as an attribute of its parent once, on first import, so
# the steps' later ``import seismo.extract.dates`` would otherwise replace ``seismo.extract()``.
from seismo import extract as _extractors  # noqa: E402,F401  (the name is rebound just below)


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def extract(
    text: str,
    *,
    date: dt.date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    pipeline: Pipeline | None = None,
) -> Result:
    """Extract entities, places, dates, events and quotes from one article's text."""
    article = make_article(text, date=date, title=title, source=source, url=url)
    return (pipeline or _default_pipeline()).run(article)
