"""``create_app(settings)``: the FastAPI application — JSON API under ``/api/``, dashboard at ``/``.

    app = create_app(Settings(db_url="seismo.db", token="s3cret"))
    uvicorn.run(app)                      # or: seismo serve --db seismo.db

Errors are mapped to HTTP statuses here and only here: a bad filter (``QueryError``) is 400,
an unknown id 404, an unreadable upload (``InputError``) 422, a body over the limit 413, a
store that cannot be read (``StoreError``) 503.  API errors are JSON
``{"status", "error", "message"}``; dashboard errors are an HTML page with the same message.
Every response carries a Content-Security-Policy without inline scripts.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from seismo.api.deps import Services
from seismo.config import Settings
from seismo.errors import InputError, QueryError, SeismoError, StoreError
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


class SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def error_response(request: Request, status: int, message: str, *, details: list[Any] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    """JSON for the API, an HTML page for the dashboard."""
    error = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    if _is_api(request):
        body: dict[str, Any] = {"status": status, "error": error, "message": message}
        if details:
            body["details"] = details
        return JSONResponse(body, status_code=status, headers=headers)
    from seismo.web.render import render_error

    return render_error(request, status=status, error=error, message=message, headers=headers)


def _validation_message(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    details = []
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body") or "request"
        given = err.get("input")
        shown = "" if isinstance(given, (dict, list)) or given is None else f", got {str(given)[:60]!r}"
        parts.append(f"{where}: {err.get('msg', 'invalid')}{shown}")
        details.append({"loc": [str(x) for x in err.get("loc", ())], "msg": err.get("msg"), "type": err.get("type")})
    return "; ".join(parts) + "; fix the request (see /api/openapi.json)", details


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(QueryError)
    async def _query(request: Request, exc: QueryError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> Response:
        return error_response(request, 422, str(exc))

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> Response:
        log.error("store error on %s: %s", request.url.path, exc)
        return error_response(request, 503, str(exc))

    @app.exception_handler(SeismoError)
    async def _seismo(request: Request, exc: SeismoError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        message, details = _validation_message(exc)
        return error_response(request, 422, message, details=details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}; see /api/openapi.json for the API, / for the dashboard"
        if exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return error_response(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(request, 500, f"internal error ({type(exc).__name__}); see the server log")


def create_app(
    settings: Settings | None = None,
    *,
    store: Store | None = None,
    pipeline: Any = None,
    dashboard: bool = True,
) -> FastAPI:
    """The seismo web application.

    settings: where the store is (``db_url``), the write token, the size limit.
    store: an open store to serve instead of opening ``settings.db_url`` (tests pass one).
    pipeline: what POST /api/articles runs (default: ``Pipeline(settings=settings)``, built on
        the first ingest); anything with ``run_many(articles)`` will do.
    dashboard: also serve the HTML dashboard and its static files.
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
        docs_url=None,  # the Swagger UI page loads its assets from a CDN; seismo stays offline
        redoc_url=None,
    )
    app.state.store = store  # read by seismo.web.deps.get_store, for the pages and the API alike
    app.state.services = Services(settings=settings, pipeline=pipeline)
    app.add_middleware(SecurityHeaders)
    _install_errors(app)

    from seismo.api import routes_articles, routes_events, routes_ingest

    app.include_router(routes_events.router, prefix="/api")
    app.include_router(routes_articles.router, prefix="/api")
    app.include_router(routes_ingest.router, prefix="/api")
    if dashboard:
        from seismo.web.pages import router as pages

        app.include_router(pages)
        app.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")
        if not (STATIC_DIR / "vendor").is_dir():
            log.warning("dashboard assets missing in %s; run `npm ci && python scripts/build_web.py`",
                        STATIC_DIR / "vendor")
    return app
