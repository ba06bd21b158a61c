"""``create_app(settings)``: the FastAPI application — JSON API under ``/api/``, dashboard at ``/``.

    app = create_app(Settings(db_url="seismo.db", token="s3cret"), cors_origins=["https://notebook.example"])
    uvicorn.run(app)                      # or: seismo serve --db seismo.db --cors-origin https://notebook.example

The API follows the conventions of :mod:`seismo.api.protocol`: cursor pages with a ``Link``
header, RFC 9457 problem details for every error (422 for every request value that cannot be
used; the mapping is in :mod:`seismo.api.protocol.problems`), typed query parameters, the OpenAPI
document at ``/api/openapi.json`` and Swagger UI at ``/docs`` (offline).  Cross-origin requests
are refused unless origins are given.  Every response, errors included, carries the security
headers of ``SECURITY_HEADERS`` (a Content-Security-Policy without inline scripts and with
``frame-ancestors 'none'``, ``nosniff``, ``no-referrer``, ``X-Frame-Options: DENY``); a 500 names
the kind of error, never its message or a stack trace.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from seismo.api.deps import Services
from seismo.api.protocol import openapi, problems
from seismo.config import Settings
from seismo.errors import ConfigError
from seismo.store import Store
from seismo.version import __version__

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"

CSP = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


class SecurityHeaders:
    """Adds :data:`SECURITY_HEADERS` to every HTTP response that does not set them itself.

    A plain ASGI middleware (it only rewrites the ``http.response.start`` message): Starlette's
    ``BaseHTTPMiddleware`` would run every request through a task group and a memory stream."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers.append(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _headers_on_crashes(app: FastAPI) -> None:
    """Starlette answers an unhandled exception outside every middleware (ServerErrorMiddleware),
    so the 500 problem gets the security headers here."""
    crash = app.exception_handlers[Exception]

    async def _crash(request: Request, exc: Exception) -> Response:
        response = await crash(request, exc)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    app.add_exception_handler(Exception, _crash)


#: an origin as browsers send it: scheme://host[:port], no path
ORIGIN = re.compile(r"^https?://[^/\s?#]+$")


def check_origins(origins: Sequence[str]) -> list[str]:
    """The CORS origins, each ``*`` or ``scheme://host[:port]``; anything else is a ConfigError."""
    out = []
    for origin in origins:
        value = origin.strip().rstrip("/")
        if value != "*" and not ORIGIN.match(value):
            raise ConfigError(f"CORS origin {origin!r} is not an origin; give scheme://host[:port] as the browser "
                              "sends it (e.g. https://notebook.example.org or http://localhost:8888), or *")
        out.append(value)
    return out


#: the environment variable that carries ``seismo serve --cors-origin`` to each worker process
#: of ``seismo serve --workers N`` (origins separated by commas)
CORS_ORIGINS_ENV = "SEISMO_CORS_ORIGINS"


def app_from_env() -> FastAPI:
    """The app of one worker process of ``seismo serve --workers N`` (a uvicorn factory,
    ``seismo.api.app:app_from_env``): settings from the environment (:meth:`Settings.from_env`:
    ``SEISMO_DB``, ``SEISMO_TOKEN``, the limits), CORS origins from ``SEISMO_CORS_ORIGINS``."""
    origins = [o for o in os.environ.get(CORS_ORIGINS_ENV, "").split(",") if o.strip()]
    return create_app(Settings.from_env(), cors_origins=origins)


def create_app(
    settings: Settings | None = None,
    *,
    store: Store | None = None,
    pipeline: Any = None,
    dashboard: bool = True,
    cors_origins: Sequence[str] = (),
) -> FastAPI:
    """The seismo web application.

    settings: where the store is (``db_url``), the write token, the size limit.
    store: an open store to serve instead of opening ``settings.db_url`` (tests pass one).
    pipeline: what POST /api/articles runs (default: ``Pipeline(settings=settings)``, built on
        the first ingest); anything with ``run_many(articles)`` will do.
    dashboard: also serve the HTML dashboard and its static files.
    cors_origins: the origins whose pages may call the API from a browser (``*``: any); none by
        default.  They may read every response and its ``Link`` header and send the bearer token.
    """
    settings = settings or Settings.from_env()
    if store is None:
        store = Store.open(settings.db_url)
    app = FastAPI(
        title="seismo",
        version=__version__,
        description="Sourced, geolocated political events extracted from news articles. "
        "Every record carries the character offsets of the text that supports it.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # FastAPI's Swagger UI page loads its files from a CDN: ours is protocol.openapi's
        redoc_url=None,
    )
    origins = check_origins(cors_origins)
    app.state.store = store  # read by seismo.web.deps.get_store, for the pages and the API alike
    app.state.services = Services(settings=settings, pipeline=pipeline)
    app.add_middleware(SecurityHeaders)
    if origins:
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type", "Accept"], expose_headers=["Link"],
                           max_age=600)
    problems.install(app)
    _headers_on_crashes(app)

    from seismo.api import routes_articles, routes_events, routes_exports, routes_ingest

    app.include_router(routes_events.router, prefix="/api")
    app.include_router(routes_articles.router, prefix="/api")
    app.include_router(routes_ingest.router, prefix="/api")
    app.include_router(routes_exports.router, prefix="/api")
    lists = {"/api" + p for p in routes_events.LIST_PATHS | routes_articles.LIST_PATHS}
    openapi.install(app, list_paths=lists, static_dir=STATIC_DIR)
    if dashboard:
        from seismo.web.pages import router as pages

        app.include_router(pages)
        app.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")
        if not (STATIC_DIR / "vendor").is_dir():
            log.warning("dashboard assets missing in %s; run `npm ci && python scripts/build_web.py`",
                        STATIC_DIR / "vendor")
    return app
