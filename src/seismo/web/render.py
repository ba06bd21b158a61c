"""Template rendering: one Jinja2 environment with autoescape on, and the error page."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse

TEMPLATES = Path(__file__).resolve().parent / "templates"


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """``?a=1&b=2`` of ``params`` with ``changes`` applied; empty values dropped."""
    merged = {**params, **changes}
    kept = [(k, str(v)) for k, v in merged.items() if v not in (None, "", False)]
    return "?" + urlencode(kept) if kept else ""


def safe_url(url: str | None) -> str | None:
    """An article's own URL when it is plain http(s); anything else (``javascript:``...) is not linked."""
    if not url:
        return None
    text = url.strip()
    lowered = text.lower()
    if lowered.startswith(("http://", "https://")) and not any(c in text for c in "\r\n\t\"'<> "):
        return text
    return None


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,  # every value escaped, templates are all HTML
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["query_string"] = query_string
    env.filters["safe_url"] = safe_url
    return env


def render(request: Request, template: str, *, status: int = 200, headers: dict[str, str] | None = None,
           **context: Any) -> HTMLResponse:
    html = environment().get_template(template).render(request=request, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers=headers)


def render_error(request: Request, *, status: int, error: str, message: str,
                 headers: dict[str, str] | None = None) -> HTMLResponse:
    return render(request, "error.html", status=status, headers=headers, title=f"{status} {error}", params={},
                  error=error, status_code=status, message=message)
