"""Feed bytes → the items they list: RSS 0.9x-2.0, RDF, Atom (feedparser) and JSON Feed 1.0/1.1
(the standard ``json`` module; feedparser 6 does not read it).

    feed = parse_feed(page.content, url=page.url, content_type=page.content_type)
    feed.kind, feed.title, feed.entries[0].url, feed.warnings

An item's link is made absolute against the feed's address; items without an http(s) link
are left out (counted in ``warnings``), and a link listed twice is kept once.  A feed that is
not well-formed XML is read leniently when feedparser still finds items in it (with a
warning); when it finds none, or the bytes are no feed at all, :func:`parse_feed` raises an
:class:`~seismo.errors.InputError` naming the feed and the reason.  feedparser is imported on
first use and is only ever handed bytes, so it never fetches anything itself.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from seismo.errors import InputError

JSON_FEED_VERSION = "https://jsonfeed.org/version/"
#: what a feed request accepts
FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
               "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: its absolute link, and the title, date and summary the feed gives."""

    url: str
    title: str | None = None
    date: dt.date | None = None
    summary: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """A feed as read: ``kind`` (feedparser's version name, e.g. ``rss20``, ``atom10``, or
    ``json1.1``), its title, its items in feed order, and what was odd about it."""

    kind: str
    title: str | None
    entries: tuple[FeedEntry, ...]
    warnings: tuple[str, ...] = ()


def parse_feed(data: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """The items of the feed ``data`` fetched from ``url``; see the module docstring."""
    if not data.strip():
        raise InputError(url, "the feed is empty (no bytes)")
    if "json" in (content_type or "").lower() or data.lstrip()[:1] == b"{":
        return _json_feed(data, url=url)
    return _xml_feed(data, url=url, content_type=content_type)


def _text(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _entries(raw: Iterable[tuple[Any, str | None, dt.date | None, str | None]], *, url: str,
             warnings: list[str]) -> tuple[FeedEntry, ...]:
    """Absolute http(s) links, each once, in feed order."""
    kept: dict[str, FeedEntry] = {}
    missing = 0
    for link, title, date, summary in raw:
        absolute = urljoin(url, link.strip()) if isinstance(link, str) and link.strip() else None
        if absolute is None or urlsplit(absolute).scheme not in ("http", "https"):
            missing += 1
            continue
        kept.setdefault(absolute, FeedEntry(absolute, title, date, summary))
    if missing:
        warnings.append(f"{missing} item{'s' if missing != 1 else ''} without an http(s) link left out")
    return tuple(kept.values())


# ----------------------------------------------------------------------------- RSS / Atom


def _struct_date(entry: Mapping[str, Any]) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value[0], value[1], value[2])
            except (TypeError, ValueError):
                continue
    return None


def _xml_feed(data: bytes, *, url: str, content_type: str | None) -> ParsedFeed:
    import feedparser  # imported on first use

    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(data, response_headers=headers)
    broken = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if isinstance(broken, (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)):
        broken = None  # another encoding than declared, or a server calling XML text/plain: read fine
    if not parsed.entries:
        if broken is not None:
            raise InputError(url, f"not well-formed XML ({broken}) and no items could be read; fix the feed")
        if not parsed.version:
            raise InputError(url, "not an RSS, Atom or JSON feed (no feed element found); check the address")
    warnings: list[str] = []
    if broken is not None:
        warnings.append(f"not well-formed XML ({broken}); read {len(parsed.entries)} items leniently")
    raw = (
        (e.get("link"), _text(e.get("title")), _struct_date(e), _text(e.get("summary")))
        for e in parsed.entries
    )
    entries = _entries(raw, url=url, warnings=warnings)
    return ParsedFeed(parsed.version or "unknown", _text(parsed.feed.get("title")), entries, tuple(warnings))


# ----------------------------------------------------------------------------- JSON Feed


def _iso_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _json_feed(data: bytes, *, url: str) -> ParsedFeed:
    try:
        doc = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(url, f"not valid JSON ({exc}); a JSON Feed must be one JSON object") from None
    version = doc.get("version") if isinstance(doc, dict) else None
    if not isinstance(version, str) or not version.startswith(JSON_FEED_VERSION):
        raise InputError(url, "a JSON object but not a JSON Feed "
                              f"(its 'version' must start with {JSON_FEED_VERSION})")
    items = doc.get("items")
    if not isinstance(items, list):
        raise InputError(url, "a JSON Feed without an 'items' list")
    warnings: list[str] = []
    raw = (
        (item.get("url") or item.get("external_url"), _text(item.get("title")),
         _iso_date(item.get("date_published") or item.get("date_modified")),
         _text(item.get("summary")) or _text(item.get("content_text")))
        for item in items if isinstance(item, dict)
    )
    entries = _entries(raw, url=url, warnings=warnings)
    kind = "json" + version[len(JSON_FEED_VERSION):].strip("/")
    return ParsedFeed(kind, _text(doc.get("title")), entries, tuple(warnings))
