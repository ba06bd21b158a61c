"""seismo.api: the HTTP API and dashboard server.

    from seismo.api import create_app
    app = create_app(Settings(db_url="seismo.db"))

Needs the ``api`` extra (fastapi, uvicorn).  Routes: ``/api/...`` (JSON, CSV and GeoJSON; OpenAPI
document at ``/api/openapi.json``, Swagger UI at ``/docs``; conventions in
:mod:`seismo.api.protocol`, docs/api.md) and the dashboard pages of :mod:`seismo.web`.
"""

from __future__ import annotations

from seismo.api.app import create_app

__all__ = ["create_app"]
