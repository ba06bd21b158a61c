"""Fixtures for the feed tests: a local HTTP server in a thread (``site``) that serves feeds and
article pages written for these tests — invented towns, invented news — and records every
request; a store; a fetcher without waits.

    url = site.page("/news/1.html", story=1)         # an article page (etag, dates, a site name)
    feed = site.rss("/rss.xml", [url, ...])          # RSS 2.0 listing those pages
    site.add("/slow.xml", b"...", delay=1.0)         # any answer: status, headers, delay, size
    site.hits("/news/1.html")                        # how many times it was asked for
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from seismo.feeds import Fetcher, Politeness
from seismo.store import Store

#: invented places and crowds; story ``i`` pairs town ``i % 10`` with crowd ``i // 10 % 10``
TOWNS = ("Velmora", "Kestrin", "Oduna", "Parvane", "Tirsk", "Lomeira", "Quenby", "Harath", "Sulbeck", "Ambrel")
CROWDS = ("ferry crews", "school cooks", "tram drivers", "orchard pickers", "hospital porters", "bakers",
          "salt miners", "librarians", "postal clerks", "glassblowers")
ROBOTS = "User-agent: *\nDisallow: /private/\n"
DAY = dt.date(2026, 3, 2)


def story(i: int) -> tuple[str, list[str]]:
    """Invented story ``i``: (headline, paragraphs); every ``i`` gives a different text."""
    town, crowd = TOWNS[i % 10], CROWDS[i // 10 % 10]
    headline = f"{crowd.capitalize()} march in {town}"
    return headline, [
        f"Some {200 + 7 * i} {crowd} marched along the riverside avenue of {town} on Thursday, waving "
        "hand-painted banners about wages that have not moved in three winters.",
        f"The {crowd} of {town} say the provincial office ignored a petition they delivered in late "
        f"autumn; this was gathering number {i + 1} that their union has called since then.",
        "Lanterns were lit outside the old customs house after dusk. A regional spokeswoman said the "
        "governor would read the petition again before the harvest holiday, but offered no date for talks.",
    ]


def page_html(i: int, *, dated: bool = True, titled: bool = True) -> bytes:
    """An article page for story ``i``, with navigation and a footer around it."""
    headline, paragraphs = story(i)
    head = [f"<title>{html.escape(headline)} | Lakeside Courier</title>" if titled else "",
            '<meta property="og:site_name" content="Lakeside Courier">' if titled else ""]
    if dated:
        head.append(f'<meta property="article:published_time" content="{DAY + dt.timedelta(days=i % 20)}T08:00:00Z">')
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    h1 = f"<h1>{html.escape(headline)}</h1>" if titled else ""
    return (f'<!doctype html><html><head><meta charset="utf-8">{"".join(head)}</head><body>'
            '<nav><a href="/">Home</a> <a href="/region">Region</a></nav>'
            f"<article>{h1}{body}</article><footer>Lakeside Courier, est. 1911</footer></body></html>").encode()


@dataclass
class Route:
    """One answer of the site.  ``etag`` / ``last_modified``: answer 304 to a request that sends
    them back; ``fail_first``: answer 503 to that many requests first; ``delay``: seconds before
    answering; ``length``: send Content-Length (else the body ends when the connection closes)."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    length: bool = True
    fail_first: int = 0


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        site = self.server.site
        headers = {k.lower(): v for k, v in self.headers.items()}
        route = site.record(Request(self.path, headers))
        if route is None:
            return self._answer(404, b"<html><body><p>No such page.</p></body></html>", {})
        if route.delay:
            time.sleep(route.delay)
        if route.fail_first > 0:
            route.fail_first -= 1
            return self._answer(503, b"busy", {"Retry-After": "0"})
        validators = {}
        if route.etag:
            validators["ETag"] = route.etag
        if route.last_modified:
            validators["Last-Modified"] = route.last_modified
        if (route.etag and headers.get("if-none-match") == route.etag) or (
                route.last_modified and headers.get("if-modified-since") == route.last_modified):
            return self._answer(304, b"", validators)
        extra = {**validators, **route.headers}
        if route.content_type:
            extra["Content-Type"] = route.content_type
        self._answer(route.status, route.body, extra, length=route.length)

    def _answer(self, status: int, body: bytes, headers: dict[str, str], *, length: bool = True) -> None:
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for start in range(0, len(body), 65536):
                self.wfile.write(body[start : start + 65536])
        except OSError:
            pass  # the client hung up (a refused huge page, a timeout): nothing to do

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    site: "Site"

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up mid-answer


class Site:
    """The local site: routes by path, the request log, and builders for feeds and pages."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {"/robots.txt": Route(ROBOTS.encode(), content_type="text/plain")}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.site = self
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def record(self, request: Request) -> Route | None:
        with self._lock:
            self.requests.append(request)
            return self.routes.get(request.path)

    def hits(self, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **route: object) -> str:
        self.routes[path] = Route(body.encode() if isinstance(body, str) else body, **route)  # type: ignore[arg-type]
        return self.url(path)

    def page(self, path: str, *, story: int, dated: bool = True, titled: bool = True) -> str:
        return self.add(path, page_html(story, dated=dated, titled=titled), etag=f'"page-{story}"')

    def rss(self, path: str, links: Sequence[str], *, title: str = "Lakeside Courier", etag: str | None = '"rss-1"',
            dates: bool = True) -> str:
        items = "".join(
            f"<item><title>Item {n}</title><link>{html.escape(link)}</link>"
            + (f"<pubDate>{format_datetime(dt.datetime(2026, 2, 1, 9, tzinfo=dt.timezone.utc))}</pubDate>"
               if dates else "")
            + "</item>"
            for n, link in enumerate(links)
        )
        body = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{html.escape(title)}</title>'
                f"<link>{self.base}/</link><description>Regional news</description>{items}</channel></rss>")
        return self.add(path, body, content_type="application/rss+xml", etag=etag)

    def atom(self, path: str, links: Sequence[str], *, title: str = "Hill Post") -> str:
        entries = "".join(
            f'<entry><title>Entry {n}</title><link rel="alternate" href="{html.escape(link)}"/>'
            f"<id>urn:test:{n}</id><updated>2026-02-0{1 + n % 9}T10:00:00Z</updated></entry>"
            for n, link in enumerate(links)
        )
        body = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>{html.escape(title)}</title><id>urn:test:feed</id><updated>2026-02-09T10:00:00Z</updated>"
                f"{entries}</feed>")
        return self.add(path, body, content_type="application/atom+xml", etag='"atom-1"')

    def json_feed(self, path: str, links: Sequence[str], *, title: str = "Valley Wire") -> str:
        doc = {"version": "https://jsonfeed.org/version/1.1", "title": title,
               "items": [{"id": str(n), "url": link, "title": f"Wire {n}", "date_published": "2026-02-03T07:00:00Z"}
                         for n, link in enumerate(links)]}
        return self.add(path, json.dumps(doc), content_type="application/feed+json")


@pytest.fixture()
def serve_site() -> Iterator[Callable[[], Site]]:
    """``serve_site() -> Site``: a new local site (a host of its own) each call."""
    sites: list[Site] = []

    def make() -> Site:
        sites.append(Site())
        return sites[-1]

    yield make
    for one in sites:
        one.close()


@pytest.fixture()
def site(serve_site: Callable[[], Site]) -> Site:
    """A local site serving ``/robots.txt`` (``/private/`` disallowed) and 404 for anything else."""
    return serve_site()


#: fast and still polite: no wait between requests, short timeouts, one retry
FAST = Politeness(host_delay=0.0, timeout=2.0, deadline=10.0, retries=1, backoff=0.01, max_bytes=200_000)


@pytest.fixture()
def fast() -> Politeness:
    """Politeness for tests: no wait between requests, short timeouts, one quick retry."""
    return FAST


@pytest.fixture()
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(FAST) as f:
        yield f


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path) -> Iterator[Store]:
    """An empty store: a SQLite file, then the PostgreSQL server SEISMO_TEST_PG names (skipped when unset)."""
    if request.param == "sqlite":
        url = str(tmp_path / "seismo.db")
    else:
        url = os.environ.get("SEISMO_TEST_PG", "")
        if not url:
            pytest.skip("set SEISMO_TEST_PG=postgresql+psycopg://... to run the PostgreSQL tests")
        import sqlalchemy as sa

        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE")
            conn.exec_driver_sql("CREATE SCHEMA public")
        engine.dispose()
    with Store.open(url) as opened:
        yield opened
