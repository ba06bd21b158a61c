"""The polite client (:mod:`seismo.feeds.fetch`) against the local site: User-Agent, robots.txt,
conditional GET, errors named with their reason, retries, timeouts, size and redirect limits,
per-host turns."""

from __future__ import annotations

from dataclasses import replace

import pytest

from seismo.errors import InputError
from seismo.feeds import USER_AGENT, Fetcher
from seismo.version import __version__


def test_user_agent_names_seismo_and_its_version(site, fetcher) -> None:
    url = site.page("/a.html", story=1)
    page = fetcher.get(url)
    assert page.status == 200 and b"ferry crews" in page.content
    agents = {r.headers["user-agent"] for r in site.requests}
    assert agents == {USER_AGENT}
    assert f"seismo/{__version__}" in USER_AGENT
    assert [r.path for r in site.requests] == ["/robots.txt", "/a.html"]


def test_robots_txt_is_honoured_and_read_once_per_host(site, fetcher) -> None:
    allowed = site.page("/a.html", story=1)
    hidden = site.page("/private/b.html", story=2)
    fetcher.get(allowed)
    with pytest.raises(InputError, match=r"robots.txt disallows /private/b.html for seismo") as caught:
        fetcher.get(hidden)
    assert caught.value.origin == hidden
    fetcher.get(allowed)
    assert site.hits("/private/b.html") == 0
    assert site.hits("/robots.txt") == 1


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (403, True), (500, False)])
def test_robots_txt_missing_allows_unreadable_refuses(site, fetcher, status, allowed) -> None:
    site.add("/robots.txt", "oops", status=status)
    url = site.page("/private/a.html", story=1)
    if allowed:
        assert fetcher.get(url).status == 200
    else:
        with pytest.raises(InputError, match="robots.txt answered HTTP 500; nothing is fetched"):
            fetcher.get(url)
        assert site.hits("/private/a.html") == 0


def test_crawl_delay_spaces_the_requests(site, fast) -> None:
    site.add("/robots.txt", "User-agent: seismo\nCrawl-delay: 5\n", content_type="text/plain")
    url = site.page("/a.html", story=1)
    clock, slept = [100.0], []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    with Fetcher(replace(fast, host_delay=0.5), sleep=sleep, clock=lambda: clock[0]) as fetcher:
        fetcher.get(url)
        fetcher.get(url)
    # robots.txt at 100 (0.5 s asked by the fetcher), the page at 100.5, then at 105.5 (Crawl-delay 5)
    assert slept == [0.5, 5.0]


def test_one_host_waits_its_turn_another_does_not(serve_site, fast) -> None:
    one, other = serve_site(), serve_site()
    first, second = one.page("/a.html", story=1), other.page("/b.html", story=2)
    clock, slept = [0.0], []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    with Fetcher(replace(fast, host_delay=2.0, robots=False), sleep=sleep, clock=lambda: clock[0]) as fetcher:
        fetcher.get(first)
        fetcher.get(second)  # another host: at once
        assert slept == []
        fetcher.get(first)  # the same host: 2 s after its last request
        assert slept == [2.0]


def test_conditional_get_with_etag_and_last_modified(site, fetcher) -> None:
    url = site.add("/feed.xml", "<rss/>", etag='"v1"', last_modified="Mon, 02 Mar 2026 08:00:00 GMT")
    page = fetcher.get(url)
    assert (page.etag, page.last_modified) == ('"v1"', "Mon, 02 Mar 2026 08:00:00 GMT")
    again = fetcher.get(url, etag=page.etag)
    assert again.not_modified and again.content == b""
    assert site.requests[-1].headers["if-none-match"] == '"v1"'
    by_date = fetcher.get(url, last_modified=page.last_modified)
    assert by_date.not_modified
    site.routes["/feed.xml"].etag = '"v2"'
    assert fetcher.get(url, etag='"v1"').status == 200  # changed: the whole body again


@pytest.mark.parametrize(
    ("path", "route", "reason"),
    [
        ("/gone.xml", None, r"HTTP 404 Not Found"),
        ("/loop/a", {"status": 302, "headers": {"Location": "/loop/b"}}, r"redirect loop: .*/loop/a -> .*/loop/b -> .*/loop/a"),
        ("/huge.html", {"body": b"x" * 300_000}, r"page is 300,000 bytes, over the limit of 200,000; not read"),
        ("/stream.html", {"body": b"x" * 300_000, "length": False}, r"over the limit of 200,000 bytes; stopped reading"),
        ("/slow.xml", {"body": b"<rss/>", "delay": 1.5}, r"timed out \(no answer within 0.3 s\) \(2 tries\)"),
        ("/busy.xml", {"status": 503}, r"HTTP 503 Service Unavailable"),
        ("/nowhere", {"status": 301}, r"redirect .* without a Location"),
    ],
)
def test_failures_name_their_reason(site, path, route, reason, fast) -> None:
    if route is not None:
        site.add(path, **route)
    site.add("/loop/b", status=302, headers={"Location": "/loop/a"})
    with Fetcher(replace(fast, timeout=0.3)) as fetcher, pytest.raises(InputError, match=reason) as caught:
        fetcher.get(site.url(path))
    assert caught.value.origin == site.url(path)


def test_redirects_are_followed_to_the_final_address(site, fetcher) -> None:
    site.add("/old", status=301, headers={"Location": "/mid"})
    site.add("/mid", status=307, headers={"Location": site.url("/new.html")})
    site.page("/new.html", story=3)
    page = fetcher.get(site.url("/old"))
    assert page.url == site.url("/new.html") and b"Parvane" in page.content


def test_too_many_redirects(site, fast) -> None:
    for n in range(8):
        site.add(f"/hop{n}", status=302, headers={"Location": f"/hop{n + 1}"})
    with Fetcher(replace(fast, max_redirects=3)) as fetcher, pytest.raises(InputError, match="more than 3 redirects"):
        fetcher.get(site.url("/hop0"))
    assert site.hits("/hop4") == 0


def test_a_busy_server_is_retried_with_backoff(site, fast) -> None:
    url = site.add("/feed.xml", "<rss/>", fail_first=1)
    slept: list[float] = []
    with Fetcher(replace(fast, backoff=0.25), sleep=slept.append) as fetcher:
        assert fetcher.get(url).status == 200
    assert site.hits("/feed.xml") == 2 and slept == [0.25]


def test_only_http_addresses(fetcher) -> None:
    with pytest.raises(InputError, match="only http:// and https://"):
        fetcher.get("file:///etc/passwd")
