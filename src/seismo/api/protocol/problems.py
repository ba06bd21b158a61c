"""Errors as RFC 9457 problem details, and which library error is which HTTP status.

    {"type": "about:blank", "title": "Unprocessable Content", "status": 422,
     "detail": "limit: Input should be greater than or equal to 1, got '0'; fix the request ...",
     "instance": "/api/events", "errors": [{"loc": ["query", "limit"], "detail": "...", "type": "greater_than_equal"}]}

Every API error is ``application/problem+json`` with ``type`` (always ``about:blank``: the
status says what kind of problem it is), ``title`` (the status phrase), ``status``, ``detail`` (what
failed, the value, the fix) and ``instance`` (the request path); a validation error adds
``errors``, one item per bad value.  The mapping, here and only here:

    every request value that cannot be used          422  (a query parameter of the wrong type or
                                                          out of range, a bad date, an unknown
                                                          country, since after until, a bad cursor,
                                                          an unreadable upload or body)
    no such id / path                                404
    write endpoint: no token configured / bad token  403 / 401
    body too large / of another content type         413 / 415
    the store cannot be read                         503
    anything else                                    500  (logged)

Dashboard pages (outside ``/api/``) get an HTML page with the same detail; there a bad filter
value stays 400, as the dashboard's forms have always answered.
"""

from __future__ import annotations

import logging
import re
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from seismo.api import schemas as M
from seismo.errors import InputError, QueryError, SeismoError, StoreError

log = logging.getLogger(__name__)

MEDIA_TYPE = "application/problem+json"

#: what each status means on this API (the OpenAPI description of that response)
MEANING: dict[int, str] = {
    401: "The bearer token is missing or wrong",
    403: "The write endpoint is off: the server has no token",
    404: "No record with this id",
    413: "The request body is over the size limit",
    415: "A body of a content type this endpoint does not read",
    422: "A request value that cannot be used: wrong type, out of range, not a date, unknown code, bad cursor",
    429: "Too many requests with this token; retry after the seconds in Retry-After",
    500: "An unexpected server error (logged)",
    503: "The store cannot be read",
}


def is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


#: RFC 9110's names where Python's http module keeps older ones
TITLES = {413: "Content Too Large", 422: "Unprocessable Content"}


def title(status: int) -> str:
    if status in TITLES:
        return TITLES[status]
    return HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"


def problem(request: Request, status: int, detail: str, *, errors: list[dict[str, Any]] | None = None,
            headers: dict[str, str] | None = None) -> Response:
    """The error response: problem+json for the API, an HTML page for the dashboard."""
    if is_api(request):
        body: dict[str, Any] = {"type": "about:blank", "title": title(status), "status": status, "detail": detail,
                                "instance": request.url.path}
        if errors:
            body["errors"] = errors
        return JSONResponse(body, status_code=status, headers=headers, media_type=MEDIA_TYPE)
    from seismo.web.render import render_error

    return render_error(request, status=status, error=title(status), message=detail, headers=headers)


def responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` of a route that can answer these error statuses (500 and 503 are added to
    every API operation by :mod:`seismo.api.protocol.openapi`)."""
    return {status: {"model": M.Problem, "description": MEANING[status]} for status in statuses}


#: what a parameter wants, in words, where pydantic's message names only a pattern or a type
HINTS = {
    "country": "an ISO 3166-1 alpha-3 code such as KAZ or FRA",
    "since": "a date YYYY-MM-DD",
    "until": "a date YYYY-MM-DD",
    "date": "a date YYYY-MM-DD",
}


def validation_detail(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    """One line naming every bad value, and the ``errors`` items."""
    errors = []
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ())]
        where = ".".join(x for x in loc if x not in ("body", "query", "path")) or "request"
        given = err.get("input")
        shown = "" if isinstance(given, (dict, list)) or given is None else f", got {str(given)[:60]!r}"
        message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        if loc and loc[-1] in HINTS and HINTS[loc[-1]] not in message:
            message += f" ({HINTS[loc[-1]]})"
        parts.append(f"{where}: {message}{shown}")
        errors.append({"loc": loc, "detail": message, "type": str(err.get("type", "invalid"))})
    return "; ".join(parts) + "; fix the request (see /docs or /api/openapi.json)", errors


def allowed_methods(request: Request) -> list[str] | None:
    """Every method the OpenAPI document serves at this path (starlette's own 405 names only the
    first route that matched: ``Allow: GET`` on /api/articles hid ``POST``); None off the API."""
    methods: set[str] = set()
    for template, item in request.app.openapi().get("paths", {}).items():
        parts = re.split(r"(\{[^}]+\})", template)
        if re.fullmatch("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts), request.url.path):
            methods |= {m.upper() for m in item}
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods) or None


def install(app: FastAPI) -> None:
    """Map every error to its status (the table above)."""

    @app.exception_handler(QueryError)
    async def _query(request: Request, exc: QueryError) -> Response:
        return problem(request, 422 if is_api(request) else 400, str(exc))

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> Response:
        return problem(request, 422, str(exc))

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> Response:
        log.error("store error on %s: %s", request.url.path, exc)
        return problem(request, 503, str(exc))

    @app.exception_handler(SeismoError)
    async def _seismo(request: Request, exc: SeismoError) -> Response:
        log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc)
        return problem(request, 500, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        detail, errors = validation_detail(exc)
        return problem(request, 422, detail, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else title(exc.status_code)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"nothing at {request.url.path}; see /docs for the API, / for the dashboard"
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:
            detail = f"{request.method} is not allowed on {request.url.path}"
            allowed = allowed_methods(request) if is_api(request) else None
            if allowed:
                headers = {**(headers or {}), "Allow": ", ".join(allowed)}
        return problem(request, exc.status_code, detail, headers=headers)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return problem(request, 500, f"internal error ({type(exc).__name__}); see the server log")
