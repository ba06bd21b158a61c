"""Feed bytes → items (:mod:`seismo.feeds.parse`): RSS 2.0, Atom and JSON Feed; links made
absolute and kept once; broken feeds refused with their reason, or read leniently with a warning."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from seismo.errors import InputError
from seismo.feeds import parse_feed

BASE = "http://news.test/feeds/main.xml"

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Lakeside Courier</title><link>http://news.test/</link>
<item><title>Bakers march in Oduna</title><link>/2026/03/bakers.html</link>
  <pubDate>Tue, 03 Mar 2026 09:15:00 +0000</pubDate><description>A short summary.</description></item>
<item><title>Twice listed</title><link>http://news.test/2026/03/bakers.html</link></item>
<item><title>No link at all</title></item>
<item><title>A mail link</title><link>mailto:desk@news.test</link></item>
<item><title>Salt miners in Tirsk</title><link>http://news.test/2026/03/miners.html</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill Post</title><id>urn:hill</id>
<updated>2026-03-04T10:00:00Z</updated>
<entry><title>Librarians gather in Quenby</title><id>urn:hill:1</id>
  <link rel="alternate" href="http://hill.test/quenby"/><updated>2026-03-04T10:00:00Z</updated></entry>
</feed>"""


def test_rss_items_absolute_once_each_with_title_and_date() -> None:
    feed = parse_feed(RSS, url=BASE, content_type="application/rss+xml")
    assert (feed.kind, feed.title) == ("rss20", "Lakeside Courier")
    assert [e.url for e in feed.entries] == ["http://news.test/2026/03/bakers.html", "http://news.test/2026/03/miners.html"]
    first = feed.entries[0]
    assert (first.title, first.date, first.summary) == ("Bakers march in Oduna", dt.date(2026, 3, 3), "A short summary.")
    assert feed.warnings == ("2 items without an http(s) link left out",)


def test_atom_entries() -> None:
    feed = parse_feed(ATOM, url="http://hill.test/atom.xml")
    assert feed.kind == "atom10" and feed.title == "Hill Post"
    assert [(e.url, e.title, e.date) for e in feed.entries] == [
        ("http://hill.test/quenby", "Librarians gather in Quenby", dt.date(2026, 3, 4))]


@pytest.mark.parametrize("content_type", ["application/feed+json", None])
def test_json_feed(content_type) -> None:
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": "Valley Wire", "items": [
        {"id": "1", "url": "/wire/1", "title": "Glassblowers in Ambrel", "date_published": "2026-03-05T07:00:00Z",
         "content_text": "Full text here."},
        {"id": "2", "external_url": "http://other.test/story", "date_published": "not a date"},
        {"id": "3", "title": "no address"},
    ]}
    feed = parse_feed(json.dumps(doc).encode(), url="http://wire.test/feed.json", content_type=content_type)
    assert (feed.kind, feed.title) == ("json1.1", "Valley Wire")
    assert [(e.url, e.title, e.date, e.summary) for e in feed.entries] == [
        ("http://wire.test/wire/1", "Glassblowers in Ambrel", dt.date(2026, 3, 5), "Full text here."),
        ("http://other.test/story", None, None, None),
    ]
    assert feed.warnings == ("1 item without an http(s) link left out",)


def test_a_stray_ampersand_is_read_leniently_with_a_warning() -> None:
    data = RSS.replace(b"<title>Lakeside Courier</title>", b"<title>Lakeside & Courier</title>")
    feed = parse_feed(data, url=BASE)
    assert len(feed.entries) == 2
    assert feed.warnings[0].startswith("not well-formed XML (")


@pytest.mark.parametrize(
    ("data", "content_type", "reason"),
    [
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off</title><ite', None,
         r"not well-formed XML \(.*\) and no items could be read"),
        (b"<html><body><p>Our news moved.</p></body></html>", "text/html", "not an RSS, Atom or JSON feed"),
        (b"{\"items\": [", "application/json", "not valid JSON"),
        (b'{"title": "no version", "items": []}', "application/json", "not a JSON Feed"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}', None, "without an 'items' list"),
        (b"   ", None, "the feed is empty"),
    ],
)
def test_broken_feeds_are_refused_with_their_reason(data, content_type, reason) -> None:
    with pytest.raises(InputError, match=reason) as caught:
        parse_feed(data, url=BASE, content_type=content_type)
    assert caught.value.origin == BASE


def test_a_page_with_nul_characters_gives_text_every_store_can_hold() -> None:
    from seismo.feeds.fetch import Page
    from seismo.feeds.parse import FeedEntry
    from seismo.feeds.poll import article_from_page

    body = ("<html><head><title>Port\x00 strike</title></head><body><article><p>"
            + "Dockworkers in Durban walked off the job on Monday over unpaid overtime.\x00 " * 8
            + "</p></article></body></html>")
    page = Page("https://news.example/strike", 200, body.encode(), "text/html")
    article = article_from_page(page, FeedEntry("https://news.example/strike", title="Port\x00 strike"))
    assert article is not None and "\x00" not in article.text and "\x00" not in (article.title or "")
