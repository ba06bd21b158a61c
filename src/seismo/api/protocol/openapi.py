"""The OpenAPI document (``/api/openapi.json``) and the Swagger UI page (``/docs``).

FastAPI writes the document from the routes; :func:`install` then makes it say what the
server does: every error response of every ``/api/`` operation is ``application/problem+json``
(:class:`seismo.api.schemas.Problem`), 500 and 503 are declared on each (any route can meet a
crash or an unreadable store), the ``Link`` header is declared on every list, and the bearer
token of the write endpoint is a security scheme.

``/docs`` is Swagger UI served from this server, offline: its files come from the npm package
``swagger-ui-dist`` (pinned in package-lock.json, copied into ``web/static/vendor/`` by
``scripts/build_web.py``), and the page has no inline script, so the Content-Security-Policy holds.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles

from seismo.api import schemas as M
from seismo.api.protocol import paging, problems

log = logging.getLogger(__name__)

SWAGGER_PACKAGE = "swagger-ui-dist"
BEARER = "bearerAuth"
ALWAYS = (500, 503)
OPENAPI_URL = "/api/openapi.json"
#: models a hand-written request body refers to (routes_ingest.OPENAPI_BODY), which FastAPI does not see
BODY_MODELS = (M.ArticleIn, M.IngestIn)

#: starts Swagger UI on the page (a file, not an inline script: the CSP forbids those)
INIT_JS = """window.addEventListener("load", function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({url: root.dataset.url, dom_id: "#swagger-ui", deepLinking: true,
                               tryItOutEnabled: false, validatorUrl: null});
});
"""

DOCS_HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
</head>
<body>
<div id="swagger-ui" data-url="{openapi_url}"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
"""


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, method, op) for path, item in doc.get("paths", {}).items() for method, op in item.items()
            if isinstance(op, dict) and "responses" in op]


def _problem_content() -> dict[str, Any]:
    return {problems.MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}


def rewrite(doc: dict[str, Any], *, list_paths: set[str]) -> dict[str, Any]:
    """The document FastAPI wrote, made true to the server (see the module docstring)."""
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for model in (M.Problem, *BODY_MODELS):
        if model.__name__ not in schemas:
            schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
            schemas.update(schema.pop("$defs", {}))
            schemas[model.__name__] = schema
    for path, method, op in _operations(doc):
        responses = op["responses"]
        if "requestBody" not in op and all(p.get("in") == "path" for p in op.get("parameters", ())):
            responses.pop("422", None)  # FastAPI declares it for any parameter; a path string cannot fail
        for status in ALWAYS:
            responses.setdefault(str(status), {"description": problems.MEANING[status]})
        for status, response in responses.items():
            if status[0] in "45":
                response["content"] = _problem_content()
        if path in list_paths and method == "get":
            responses["200"].setdefault("headers", {})["Link"] = paging.LINK_HEADER
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return doc


def install(app: FastAPI, *, list_paths: set[str], static_dir: Path) -> None:
    """The rewritten document at ``/api/openapi.json`` and Swagger UI at ``/docs``."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes,
                              tags=app.openapi_tags)
            app.openapi_schema = rewrite(doc, list_paths=list_paths)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    assets = static_dir / "vendor" / SWAGGER_PACKAGE
    app.mount("/docs/assets", StaticFiles(directory=assets, check_dir=False), name="docs-assets")

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> Response:
        if not (assets / "swagger-ui-bundle.js").is_file():
            log.warning("Swagger UI files missing in %s; run `npm ci && python scripts/build_web.py`", assets)
            return problems.problem(request, 503, f"the API documentation page needs the Swagger UI files in {assets}; "
                                                  "run `npm ci && python scripts/build_web.py` (the document itself "
                                                  f"is at {OPENAPI_URL})")
        return HTMLResponse(DOCS_HTML.format(title=app.title, openapi_url=OPENAPI_URL))

    @app.get("/docs/init.js", include_in_schema=False)
    def docs_init() -> Response:
        return PlainTextResponse(INIT_JS, media_type="text/javascript")
