"""POST /api/articles: ingest articles (a JSON body or one uploaded file) behind the bearer token.

The articles are read by :func:`seismo.ingest.read_inputs` (the same field rules as the CLI)
and handed to :func:`seismo.processing.process`, as ``seismo ingest`` does: the pipeline runs (the
only place the web app runs NLP) and ``store.write`` stores the results in one transaction; an
article already stored is reported, not extracted again.

Limits (all in :class:`seismo.config.Settings`): the body size (413), the requests per token a
minute (429 with ``Retry-After``, :mod:`seismo.api.protocol.limits`), and the time one article's
extraction may take: a slower article is skipped with a warning, the request still answers.
"""

from __future__ import annotations

import io
import json
import logging
import tempfile
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import TypeAdapter, ValidationError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from seismo.api import schemas as M
from seismo.api.deps import Services, rate_limit, require_token, services
from seismo.api.protocol.limits import run_with_deadline, timed_out_message
from seismo.api.protocol import problems
from seismo.errors import InputError
from seismo.ingest import READERS, IngestReport, read_inputs
from seismo.model import Article, Result
from seismo.processing import Batch, process
from seismo.store import Store
from seismo.web.deps import get_store

log = logging.getLogger(__name__)

router = APIRouter(tags=["ingest"])

_BODY = TypeAdapter(M.IngestIn | list[M.ArticleIn] | M.ArticleIn)

OPENAPI_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": {"anyOf": [
                {"$ref": "#/components/schemas/ArticleIn"},
                {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}},
                {"$ref": "#/components/schemas/IngestIn"},
            ]}},
            "multipart/form-data": {"schema": {
                "type": "object",
                "properties": {"file": {"type": "string", "format": "binary",
                                        "description": ".txt, .jsonl, .json, .csv, .tsv or .html, as for `seismo ingest`"}},
                "required": ["file"],
            }},
        },
    }
}


def max_body_bytes(services: Services) -> int:
    """The largest request body accepted: ``Settings.max_body_bytes``, by default room for one
    article of the longest allowed size."""
    if services.settings.max_body_bytes is not None:
        return services.settings.max_body_bytes
    return 4 * services.settings.max_article_chars + 65_536


async def _read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"request body is {int(declared):,} bytes; the limit is {limit:,} "
                                 "(max_body_bytes); send fewer or shorter articles per request")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"request body is over the limit of {limit:,} bytes; "
                                     "send fewer or shorter articles per request")
        chunks.append(chunk)
    return b"".join(chunks)


def _json_articles(data: bytes, *, max_chars: int) -> str:
    """The body's articles as a JSON list (validated), for ``read_inputs``."""
    try:
        parsed = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("request body", f"not JSON ({exc}); send an article object, a list of them "
                                         "or {\"articles\": [...]}") from None
    try:
        body = _BODY.validate_python(parsed)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_url=False)) from None
    articles = body.articles if isinstance(body, M.IngestIn) else body if isinstance(body, list) else [body]
    for i, a in enumerate(articles):
        if len(a.text) > max_chars:
            raise HTTPException(413, f"article {i + 1} has {len(a.text):,} characters of text; the limit is "
                                     f"{max_chars:,} (max_article_chars); split it or raise the limit")
    return json.dumps([a.model_dump(exclude_none=True) for a in articles], ensure_ascii=False)


def _read(source: str | Path, *, report: IngestReport, max_chars: int, shown: str | None = None) -> list[Article]:
    if isinstance(source, Path):
        articles = list(read_inputs([source], report=report, max_chars=max_chars))
        if shown:
            report.skipped = [_rename(e, str(source), shown) for e in report.skipped]
        return articles
    return list(read_inputs(["-"], report=report, max_chars=max_chars, stdin=io.StringIO(source)))


def _rename(error: InputError, path: str, shown: str) -> InputError:
    return type(error)(error.origin.replace(path, shown), error.problem.replace(path, shown))


async def _upload_articles(request: Request, data: bytes, *, report: IngestReport, max_chars: int) -> list[Article]:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": data, "more_body": False}

    try:
        form = await Request(request.scope, receive).form(max_files=1, max_fields=20)
    except StarletteHTTPException as exc:  # starlette's 400 for a body that is not multipart: an unreadable upload
        raise InputError("request form", f"not a readable multipart/form-data body ({exc.detail}); send the "
                                         "article file as field 'file'") from None
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise InputError("request form", "no file in field 'file'; send multipart/form-data with file=@article.txt")
    name = Path(upload.filename or "upload.txt").name or "upload.txt"
    suffix = Path(name).suffix.lower()
    content = await upload.read()
    with tempfile.TemporaryDirectory(prefix="seismo-upload-") as tmp:
        path = Path(tmp) / f"upload{suffix if suffix in READERS else '.txt'}"
        path.write_bytes(content)
        return await run_in_threadpool(_read, path, report=report, max_chars=max_chars, shown=name)


class _OneAtATime:
    """The app's pipeline (built on first use) behind its lock: one NLP run at a time, as the
    spaCy pipeline is shared between requests; each article within ``Settings.extract_timeout``
    (a late one is left out of the results and kept in ``late``)."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc
        self.late: list[Article] = []

    def run_many(self, articles: list[Article]) -> list[Result]:
        pipeline = self.svc.get_pipeline()
        with self.svc.lock:
            results, late = run_with_deadline(lambda batch: list(pipeline.run_many(batch)), articles,
                                              seconds=self.svc.settings.extract_timeout)
        self.late.extend(late)
        return results


def _ingest(svc: Services, store: Store, articles: list[Article]) -> tuple[list[dict[str, Any]], list[str]]:
    """Per article what was done, and the messages of the articles skipped for taking too long."""
    by_id: dict[str, Result] = {}

    def done(batch: Batch) -> None:
        by_id.update((r.article.id, r) for r in batch.results)

    runner = _OneAtATime(svc)
    process(articles, store=store, pipeline=runner, batch_size=None, on_batch=done)
    late = {a.id: timed_out_message(a, svc.settings.extract_timeout, name=a.title) for a in runner.late}
    for message in late.values():
        log.warning("POST /api/articles: %s", message)
    out = []
    for a in articles:
        r = by_id.get(a.id)
        out.append({
            "id": a.id, "stored": r is not None, "events": len(r.events) if r else 0,
            "quotes": len(r.quotes) if r else 0,
            "warnings": list(r.warnings) if r else [late[a.id]] if a.id in late else [],
        })
    return out, list(late.values())


@router.post(
    "/articles",
    response_model=M.IngestOut,
    status_code=201,
    dependencies=[Depends(require_token), Depends(rate_limit)],
    openapi_extra=OPENAPI_BODY,
    responses={
        200: {"description": "Every article was already stored", "model": M.IngestOut},
        **problems.responses(401, 403, 413, 415, 422, 429),
    },
)
async def ingest(request: Request) -> JSONResponse:
    """Extract and store articles: a JSON body (one article, a list, or ``{"articles": [...]}``) or
    one uploaded file (multipart field ``file``).  Needs ``Authorization: Bearer <token>``."""
    svc = services(request)
    max_chars = svc.settings.max_article_chars
    data = await _read_body(request, max_body_bytes(svc))
    report = IngestReport()
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "multipart/form-data":
        articles = await _upload_articles(request, data, report=report, max_chars=max_chars)
    elif kind in ("application/json", ""):
        text = _json_articles(data, max_chars=max_chars)
        articles = await run_in_threadpool(_read, text, report=report, max_chars=max_chars)
    else:
        raise HTTPException(415, f"content type {kind!r} is not accepted; send application/json or "
                                 "multipart/form-data with a file")
    skipped = [str(e) for e in report.skipped]
    if not articles:
        raise InputError("request", "no article could be read: " + ("; ".join(skipped) or "empty input"))
    done, late = await run_in_threadpool(_ingest, svc, get_store(request), articles)
    skipped += late
    stored = sum(1 for a in done if a["stored"])
    summary = (f"{stored} articles stored, {len(done) - stored - len(late)} already present, {len(skipped)} skipped, "
               f"{sum(a['events'] for a in done)} events")
    body = {"articles": done, "skipped": skipped, "summary": summary}
    return JSONResponse(body, status_code=201 if stored else 200)
