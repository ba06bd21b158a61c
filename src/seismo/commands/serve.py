"""``seismo serve``: the HTTP API and dashboard over a store (FastAPI + uvicorn)."""

from __future__ import annotations

from collections.abc import Sequence

import click

from seismo.commands.common import HELP, db_option, library_errors, settings_from


def run_server(*, db_url: str | None, host: str, port: int, token: str | None, log_level: str,
               cors_origins: Sequence[str] = (), poll: bool = False) -> None:
    """Open the store, build the app and serve it until interrupted (``poll``: and poll the
    store's feeds in a background thread, :class:`seismo.feeds.Poller`)."""
    import uvicorn

    from seismo.api import create_app

    settings = settings_from(db_url, token=token)
    app = create_app(settings, cors_origins=cors_origins)
    write = "on (bearer token set)" if settings.token else "off (no SEISMO_TOKEN)"
    cors = f", browsers at: {', '.join(cors_origins)}" if cors_origins else ""
    click.echo(f"serving {settings.db_url} on http://{host}:{port}/  (API: /api/, docs: /docs, ingest: {write}{cors})",
               err=True)
    poller = None
    if poll:
        from seismo.feeds import Poller

        poller = Poller(app.state.store, pipeline=app.state.services.get_pipeline,
                        on_feed=lambda outcome: click.echo(f"feeds: {outcome.line()}", err=True))
        poller.start()
        click.echo("polling the store's feeds in the background (seismo feeds list shows them)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level)
    finally:
        if poller is not None:
            poller.stop(timeout=10.0)


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
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True, help="uvicorn log level.")
@library_errors
def serve(db_url: str | None, host: str, port: int, token: str | None, cors_origins: tuple[str, ...],
          poll: bool, log_level: str) -> None:
    """Serve the JSON API (/api/, OpenAPI at /api/openapi.json, Swagger UI at /docs) and the dashboard (/).

    The dashboard reads the store and never runs NLP; POST /api/articles extracts and
    stores new articles when a token is set.
    """
    run_server(db_url=db_url, host=host, port=port, token=token, log_level=log_level, cors_origins=cors_origins,
               poll=poll)
