"""Article and quote routes: list and full-text search, one article with its spans, quotes, speakers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, Response

from seismo.contract import serialize
from seismo.api import schemas as M
from seismo.api.deps import StoreDep
from seismo.api.protocol import paging, problems
from seismo.api.protocol.params import Limit, Since, Until

router = APIRouter()

BAD_VALUE = problems.responses(422)
#: the paths of this router that are lists (each declares the Link header)
LIST_PATHS = {"/articles", "/quotes", "/speakers"}

Speaker = Annotated[str | None, Query(description="Part of the speaker's name or mention")]
Org = Annotated[str | None, Query(description="Part of the speaker's organisation")]
QuoteWords = Annotated[str | None, Query(description="Every word in the quote")]


@router.get("/articles", response_model=M.ArticleListOut, responses=BAD_VALUE, tags=["articles"])
def list_articles(
    request: Request,
    response: Response,
    store: StoreDep,
    q: Annotated[str | None, Query(description="Full text: every word in the title or text")] = None,
    since: Since = None,
    until: Until = None,
    cursor: paging.CursorParam = None,
    limit: Annotated[int, Limit(50, 1000)] = 50,
) -> dict[str, Any]:
    """Stored articles, newest first; with ``q``, those whose title or text has every word."""
    refs, next_cursor = paging.positional("articles", cursor, limit, lambda offset, n: store.articles(
        q=q, since=since, until=until, limit=n, offset=offset))
    return paging.page(request, response, [r.to_dict() for r in refs], next_cursor)


@router.get("/articles/{article_id}", response_model=M.ArticleDetailOut, responses=problems.responses(404),
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


@router.get("/quotes", response_model=M.QuoteListOut, responses=BAD_VALUE, tags=["quotes"])
def list_quotes(
    request: Request,
    response: Response,
    store: StoreDep,
    speaker: Speaker = None,
    org: Org = None,
    q: QuoteWords = None,
    article_id: Annotated[str | None, Query(description="Only this article's quotes")] = None,
    cursor: paging.CursorParam = None,
    limit: Annotated[int, Limit(50, 1000)] = 50,
) -> dict[str, Any]:
    """Who said what: quotes with their speaker and article, newest article first."""
    hits, next_cursor = paging.positional("quotes", cursor, limit, lambda offset, n: store.quotes(
        speaker=speaker, org=org, q=q, article_id=article_id, limit=n, offset=offset))
    return paging.page(request, response, [h.to_dict() for h in hits], next_cursor)


@router.get("/speakers", response_model=M.SpeakerPageOut, responses=BAD_VALUE, tags=["quotes"])
def list_speakers(
    request: Request,
    response: Response,
    store: StoreDep,
    speaker: Speaker = None,
    org: Org = None,
    q: QuoteWords = None,
    cursor: paging.CursorParam = None,
    limit: Annotated[int, Limit(20, 1000)] = 20,
) -> dict[str, Any]:
    """Quotes per speaker, most quoted first."""
    rows, next_cursor = paging.positional("speakers", cursor, limit, paging.sliced(
        lambda n: store.speakers(speaker=speaker, org=org, q=q, limit=n)))
    items = [{"speaker": s.speaker, "organization": s.organization, "quotes": s.quotes, "aliases": list(s.aliases)}
             for s in rows]
    return paging.page(request, response, items, next_cursor)
