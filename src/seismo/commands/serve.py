"""``seismo serve``: the HTTP API and dashboard over a store (FastAPI + uvicorn)."""

from __future__ import annotations

import click

from seismo.commands.common import HELP, db_option, library_errors, settings_from


def run_server(*, db_url: str | None, host: str, port: int, token: str | None, log_level: str) -> None:
    """Open the store, build the app and serve it until interrupted."""
    import uvicorn

    from seismo.api import create_app

    settings = settings_from(db_url, token=token)
    app = create_app(settings)
    write = "on (bearer token set)" if settings.token else "off (no SEISMO_TOKEN)"
    click.echo(f"serving {settings.db_url} on http://{host}:{port}/  (API: /api/, ingest: {write})", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


@click.command(context_settings=HELP)
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default serves this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="SEISMO_TOKEN", default=None, show_default="$SEISMO_TOKEN",
              help="Bearer token that turns on POST /api/articles (ingest); without one it answers 403.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True, help="uvicorn log level.")
@library_errors
def serve(db_url: str | None, host: str, port: int, token: str | None, log_level: str) -> None:
    """Serve the JSON API (/api/, OpenAPI at /api/openapi.json) and the dashboard (/).

    The dashboard reads the store and never runs NLP; POST /api/articles extracts and
    stores new articles when a token is set.
    """
    run_server(db_url=db_url, host=host, port=port, token=token, log_level=log_level)
