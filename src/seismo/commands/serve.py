"""``seismo serve``: the HTTP API and dashboard over a store (FastAPI + uvicorn)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import click

from seismo.commands.common import HELP, db_option, library_errors, settings_from


def run_server(*, db_url: str | None, host: str, port: int, token: str | None, log_level: str,
               cors_origins: Sequence[str] = (), poll: bool = False, workers: int = 1) -> None:
    """Open the store, build the app and serve it until interrupted (``poll``: and poll the
    store's feeds in a background thread, :class:`seismo.feeds.Poller`).

    ``workers`` > 1: uvicorn runs that many worker processes on one socket, each building its own
    app with :func:`seismo.api.app.app_from_env` from the settings passed in the environment
    (``SEISMO_DB``, ``SEISMO_TOKEN``, ``SEISMO_CORS_ORIGINS``); the feeds poller, if asked, runs
    in this (the supervising) process."""
    import uvicorn

    from seismo.api import create_app

    settings = settings_from(db_url, token=token)
    write = "on (bearer token set)" if settings.token else "off (no SEISMO_TOKEN)"
    cors = f", browsers at: {', '.join(cors_origins)}" if cors_origins else ""
    if workers > 1:
        from seismo.api.app import CORS_ORIGINS_ENV, check_origins
        from seismo.store import Store

        origins = check_origins(cors_origins)
        store = Store.open(settings.db_url)  # fails here, once, on a bad URL (and the poller's store)
        os.environ["SEISMO_DB"] = settings.db_url
        os.environ[CORS_ORIGINS_ENV] = ",".join(origins)
        if settings.token:
            os.environ["SEISMO_TOKEN"] = settings.token
        else:
            os.environ.pop("SEISMO_TOKEN", None)
        target: Any = "seismo.api.app:app_from_env"
        procs = f" in {workers} worker processes"
    else:
        app = create_app(settings, cors_origins=cors_origins)
        store, target, procs = app.state.store, app, ""
    click.echo(f"serving {settings.db_url} on http://{host}:{port}/{procs}  (API: /api/, docs: /docs, "
               f"ingest: {write}{cors})", err=True)
    poller = None
    if poll:
        from seismo.api.deps import Services
        from seismo.feeds import Poller

        pipeline = app.state.services.get_pipeline if workers == 1 else Services(settings=settings).get_pipeline
        poller = Poller(store, pipeline=pipeline,
                        on_feed=lambda outcome: click.echo(f"feeds: {outcome.line()}", err=True))
        poller.start()
        click.echo("polling the store's feeds in the background (seismo feeds list shows them)", err=True)
    try:
        if workers > 1:
            uvicorn.run(target, factory=True, workers=workers, host=host, port=port, log_level=log_level)
        else:
            uvicorn.run(target, host=host, port=port, log_level=log_level)
    finally:
        if poller is not None:
            poller.stop(timeout=10.0)
        if workers > 1:
            store.close()


@click.command(context_settings=HELP)
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default serves this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="SEISMO_TOKEN", default=None, show_default="$SEISMO_TOKEN",
              help="Bearer token that turns on POST /api/articles (ingest); without one it answers 403.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Let pages from ORIGIN (scheme://host[:port], or * for any) call the API from a browser "
                   "(CORS); repeat for more. Off by default.")
@click.option("--poll", is_flag=True,
              help="Also poll the store's feeds (seismo feeds add) in a background thread, as "
                   "`seismo feeds poll` does, storing their new articles.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes answering requests (uvicorn workers on one socket; each opens the "
                   "store and builds its own app). More than one uses more cores; the ingest rate limit "
                   "(SEISMO_INGEST_PER_MINUTE) is then counted per worker.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True, help="uvicorn log level.")
@library_errors
def serve(db_url: str | None, host: str, port: int, token: str | None, cors_origins: tuple[str, ...],
          poll: bool, workers: int, log_level: str) -> None:
    """Serve the JSON API (/api/, OpenAPI at /api/openapi.json, Swagger UI at /docs) and the dashboard (/).

    The dashboard reads the store and never runs NLP; POST /api/articles extracts and
    stores new articles when a token is set.
    """
    run_server(db_url=db_url, host=host, port=port, token=token, log_level=log_level, cors_origins=cors_origins,
               poll=poll, workers=workers)
