"""Article and quote routes: list and full-text search, one article with its spans, quotes, speakers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from seismo import serialize
from seismo.api import schemas as M
from seismo.web.deps import StoreDep

router = APIRouter()

ERRORS: dict[int | str, dict[str, Any]] = {400: {"model": M.ErrorOut, "description": "A filter value that cannot be used"}}
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0)]


def _next(offset: int, limit: int, got: int) -> int | None:
    return offset + limit if got == limit else None


@router.get("/articles", response_model=M.ArticleListOut, responses=ERRORS, tags=["articles"])
def list_articles(
    store: StoreDep,
    q: Annotated[str | None, Query(description="Full text: every word in the title or text")] = None,
    since: Annotated[str | None, Query(description="YYYY-MM-DD: published this day or later")] = None,
    until: Annotated[str | None, Query(description="YYYY-MM-DD: published this day or earlier")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stored articles, newest first; with ``q``, those whose title or text has every word."""
    refs = store.articles(q=q, since=since, until=until, limit=limit, offset=offset)
    return {"items": [r.to_dict() for r in refs], "next_offset": _next(offset, limit, len(refs))}


@router.get("/articles/{article_id}", response_model=M.ArticleDetailOut, responses={404: {"model": M.ErrorOut}},
            tags=["articles"])
def get_article(store: StoreDep, article_id: str) -> dict[str, Any]:
    """One article: its text, every span found in it (entities, places, dates, events, quotes) and
    the step versions that found them."""
    result = store.article(article_id)
    if result is None:
        raise HTTPException(404, f"no article {article_id!r} in the store; take ids from /api/articles")
    out = serialize.result(result)
    out["text"] = result.article.text
    out.setdefault("warnings", [])
    out["steps"] = list(result.steps)
    return out


@router.get("/quotes", response_model=M.QuoteListOut, responses=ERRORS, tags=["quotes"])
def list_quotes(
    store: StoreDep,
    speaker: Annotated[str | None, Query(description="Part of the speaker's name or mention")] = None,
    org: Annotated[str | None, Query(description="Part of the speaker's organisation")] = None,
    q: Annotated[str | None, Query(description="Every word in the quote")] = None,
    article_id: Annotated[str | None, Query(description="Only this article's quotes")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Who said what: quotes with their speaker and article, newest article first."""
    hits = store.quotes(speaker=speaker, org=org, q=q, article_id=article_id, limit=limit, offset=offset)
    return {"items": [h.to_dict() for h in hits], "next_offset": _next(offset, limit, len(hits))}


@router.get("/speakers", response_model=list[M.SpeakerOut], responses=ERRORS, tags=["quotes"])
def list_speakers(
    store: StoreDep,
    speaker: Annotated[str | None, Query(description="Part of the speaker's name or mention")] = None,
    org: Annotated[str | None, Query(description="Part of the speaker's organisation")] = None,
    q: Annotated[str | None, Query(description="Every word in the quote")] = None,
    limit: Limit = 20,
) -> list[Any]:
    """Quotes per speaker, most quoted first."""
    return [{"speaker": s.speaker, "organization": s.organization, "quotes": s.quotes}
            for s in store.speakers(speaker=speaker, org=org, q=q, limit=limit)]
