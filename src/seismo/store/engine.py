"""The SQLAlchemy engine of a store URL, with the connection set-up SQLite needs.

    engine, shown = engine_for("seismo.db", create=True)   # shown: the URL, password hidden

Every SQLite connection gets foreign keys, a lock wait (:data:`BUSY_TIMEOUT_MS`) and, for a
file, WAL mode, a page cache of :data:`CACHE_MIB` and a memory map of :data:`MMAP_MIB` (see
:mod:`seismo.store.store`).  The page cache and map keep the random B-tree pages a new
article's link lookups and inserts touch cheap as the store grows; PostgreSQL gets none of this.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from seismo.errors import StoreError
from seismo.store.read.search import refuse_nul

#: how long a SQLite connection waits for another process's lock before "database is locked" (ms)
BUSY_TIMEOUT_MS = 30_000
#: a file store connection's page cache (``PRAGMA cache_size``), in MiB: filled only as pages are read
CACHE_MIB = 64
#: how much of a file store a connection reads through a memory map (``PRAGMA mmap_size``), in MiB;
#: SQLite caps it at its build's limit (2 GiB by default)
MMAP_MIB = 2048


def _sqlite_setup(engine: sa.Engine, *, wal: bool, cache_mib: int = CACHE_MIB, mmap_mib: int = MMAP_MIB) -> None:
    """Pragmas on every connection, and transactions SQLAlchemy begins for real (DDL included);
    a file store (``wal``) also gets its page cache and memory map."""

    @sa.event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if wal:
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.execute(f"PRAGMA cache_size = {-1024 * int(cache_mib)}")  # negative: KiB, not pages
            cur.execute(f"PRAGMA mmap_size = {1024 * 1024 * int(mmap_mib)}")
        cur.close()

    @sa.event.listens_for(engine, "begin")
    def _begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql(conn.get_execution_options().get("seismo_begin", "BEGIN"))


def engine_for(url: str | os.PathLike[str], *, create: bool, cache_mib: int = CACHE_MIB,
               mmap_mib: int = MMAP_MIB) -> tuple[sa.Engine, str]:
    """The engine of ``url`` (a path, ``:memory:`` or an SQLAlchemy URL) and the URL to show;
    ``create=False`` refuses to make a new SQLite file."""
    text = os.fspath(url)
    if text in ("", ":memory:"):
        engine = sa.create_engine(
            "sqlite://", poolclass=sa.pool.StaticPool, connect_args={"check_same_thread": False}
        )
        _sqlite_setup(engine, wal=False)
        refuse_nul(engine)
        return engine, ":memory:"
    try:
        sa_url = sa.make_url(text) if "://" in text else sa.make_url(f"sqlite:///{Path(text)}")
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"cannot read store URL {text!r}: {exc}; pass a file path or sqlite:///path") from exc
    shown = sa_url.render_as_string(hide_password=True)
    if sa_url.get_backend_name() == "sqlite":
        database = sa_url.database or ""
        memory = database in ("", ":memory:")
        if not memory:
            path = Path(database)
            if not path.exists() and not create:
                raise StoreError(f"no store at {path}; create one with `seismo ingest INPUTS --db {path}`"
                                 " or pass the right --db")
            if not path.parent.is_dir():
                raise StoreError(f"cannot create store {path}: folder {path.parent} does not exist")
        kwargs: dict[str, Any] = {"connect_args": {"timeout": 30, "check_same_thread": False}}
        if memory:
            kwargs["poolclass"] = sa.pool.StaticPool
        engine = sa.create_engine(sa_url, **kwargs)
        _sqlite_setup(engine, wal=not memory, cache_mib=cache_mib, mmap_mib=mmap_mib)
        refuse_nul(engine)
        return engine, shown
    try:
        engine = sa.create_engine(sa_url, pool_pre_ping=True)
    except (ImportError, sa.exc.NoSuchModuleError) as exc:
        raise StoreError(
            f"cannot open {shown}: {exc}; install the database driver (for PostgreSQL: "
            "pip install 'psycopg[binary]')"
        ) from exc
    refuse_nul(engine)
    return engine, shown
