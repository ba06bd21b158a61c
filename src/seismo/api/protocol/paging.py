"""One way to page every list: an opaque cursor, ``next_cursor`` in the body, a ``Link`` header.

    GET /api/articles?limit=2
    Link: <http://host/api/articles?limit=2&cursor=eyJs...>; rel="next"
    {"items": [...], "next_cursor": "eyJs..."}

``next_cursor`` is null (and there is no ``Link`` header) on the last page.  The event list's
cursors are the store's keyset cursors (stable while articles arrive); the other lists' cursors
hold the position in the list and the list's name, so a cursor of one list is refused by another
(422, like any bad value).  Pass a cursor back unchanged with the same filter; its content is not
part of the API.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar

from fastapi import Query, Request, Response

from seismo.errors import QueryError

T = TypeVar("T")

#: a cursor is refused past this position: no list of seismo's is that long, and the store's
#: LIMIT must stay a small number
MAX_POSITION = 10_000_000

CursorParam = Annotated[str | None, Query(description="The next_cursor of the previous page, unchanged; "
                                                      "leave it out (or blank) for the first page")]
LINK_HEADER: dict[str, Any] = {
    "description": 'RFC 8288: <URL of the next page>; rel="next" — absent on the last page',
    "schema": {"type": "string"},
}


def encode(list_name: str, position: int) -> str:
    raw = json.dumps({"l": list_name, "p": position}, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode(cursor: str | None, list_name: str) -> int:
    """The position a cursor of ``list_name`` continues at (0 without a cursor, or a blank one), or QueryError."""
    if not cursor:
        return 0
    problem = (f"cursor {cursor[:40]!r} is not a cursor of /api/{list_name}; pass the next_cursor of the "
               "previous page unchanged, or leave cursor out to start at the first page")
    try:
        data = json.loads(base64.urlsafe_b64decode((cursor + "=" * (-len(cursor) % 4)).encode("ascii")))
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise QueryError(problem) from None
    if not isinstance(data, dict) or data.get("l") != list_name:
        raise QueryError(problem)
    position = data.get("p")
    if not isinstance(position, int) or isinstance(position, bool) or not 0 < position <= MAX_POSITION:
        raise QueryError(problem)
    return position


def next_link(request: Request, cursor: str) -> str:
    """The ``Link`` header value for the page after this one: this URL with ``cursor`` replaced."""
    url = request.url.include_query_params(cursor=cursor)
    return f'<{url}>; rel="next"'


def set_link(request: Request, response: Response, next_cursor: str | None) -> None:
    if next_cursor:
        response.headers["Link"] = next_link(request, next_cursor)


def page(request: Request, response: Response, items: list[Any], next_cursor: str | None,
         **extra: Any) -> dict[str, Any]:
    """A list body, with its ``Link`` header set on ``response``."""
    set_link(request, response, next_cursor)
    return {"items": items, "next_cursor": next_cursor, **extra}


def positional(list_name: str, cursor: str | None, limit: int,
               fetch: Callable[[int, int], Sequence[T]]) -> tuple[list[T], str | None]:
    """One page of a list read by position: ``fetch(offset, n)`` returns up to ``n`` items from
    ``offset``; one item more than the page is read to know whether another page follows."""
    start = decode(cursor, list_name)
    got = list(fetch(start, limit + 1))
    more = len(got) > limit
    return got[:limit], encode(list_name, start + limit) if more else None


def sliced(rows: Callable[[int], Sequence[T]]) -> Callable[[int, int], Sequence[T]]:
    """``fetch`` for a store call that takes only a limit (the top N): read ``offset + n`` rows, keep the tail."""
    return lambda offset, n: list(rows(offset + n))[offset:]
