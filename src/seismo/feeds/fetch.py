"""A polite HTTP client for feeds and their pages (httpx).

    fetcher = Fetcher()                                   # or Fetcher(client=httpx.Client(transport=...))
    page = fetcher.get(url, etag=stored_etag, last_modified=stored_date)
    page.not_modified                                     # 304: nothing new since those validators

Polite means:

* a User-Agent naming seismo and its version (:data:`USER_AGENT`);
* robots.txt honoured (:mod:`urllib.robotparser`, for the agent ``seismo``) on every host, on
  each redirect too, with its ``Crawl-delay``; a robots.txt that answers 4xx allows everything,
  one that cannot be read (5xx, timeout) allows nothing, as RFC 9309 says;
* one request at a time per host, ``host_delay`` seconds apart;
* conditional GET: ``If-None-Match`` / ``If-Modified-Since`` from the validators passed in;
* timeouts (``timeout`` per connect or read, ``deadline`` for a whole answer), retries with
  exponential backoff on timeouts, dropped connections, 429 and 5xx (``Retry-After`` honoured
  up to :data:`MAX_RETRY_AFTER`);
* at most ``max_bytes`` of body (refused from ``Content-Length`` before reading, else while
  reading), and redirects followed by hand: at most ``max_redirects``, a loop named as one.

Every failure is an :class:`~seismo.errors.InputError` whose ``origin`` is the URL asked for
and whose ``problem`` says what went wrong; nothing else escapes :meth:`Fetcher.get`.
"""

from __future__ import annotations

import threading
import time
from http import HTTPStatus
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from seismo.errors import InputError
from seismo.version import __version__

#: the User-Agent header of every request
USER_AGENT = f"seismo/{__version__} (political event extraction from news; polite feed reader)"
#: the product token robots.txt rules are matched against
ROBOTS_AGENT = "seismo"
#: statuses worth another try
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
#: the longest ``Retry-After`` / ``Crawl-delay`` honoured, in seconds (a longer one: this wait)
MAX_RETRY_AFTER = 60.0
#: how long a robots.txt is trusted, and how long one that could not be read blocks its host
ROBOTS_TTL = 3600.0
ROBOTS_FAILURE_TTL = 300.0


@dataclass(frozen=True, slots=True)
class Politeness:
    """How a :class:`Fetcher` behaves; every limit is a keyword with a safe default.

    user_agent: the User-Agent header; timeout: seconds to connect, or to wait for the next
    bytes; deadline: seconds for a whole answer; max_bytes: the largest body read;
    host_delay: seconds between two requests to one host (robots.txt may ask more);
    retries: tries after the first on a timeout, a dropped connection, 429 or 5xx; backoff:
    the first wait before a retry, doubled each time; max_redirects: redirects followed;
    robots: honour robots.txt.
    """

    user_agent: str = USER_AGENT
    timeout: float = 10.0
    deadline: float = 60.0
    max_bytes: int = 5_000_000
    host_delay: float = 1.0
    retries: int = 2
    backoff: float = 1.0
    max_redirects: int = 5
    robots: bool = True


@dataclass(frozen=True, slots=True)
class Page:
    """One answer: ``url`` the final address (after redirects); ``status`` 200-299 or 304;
    ``content`` the body (empty when not modified); the validators to send next time."""

    url: str
    status: int
    content: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    headers: Mapping[str, str]
    content: bytes


@dataclass(frozen=True, slots=True)
class _Robots:
    parser: RobotFileParser | None  # None: everything allowed, unless ``refusal``
    refusal: str | None  # why nothing may be fetched from the host
    until: float


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _retry_after(value: str | None) -> float | None:
    if value is None or not value.strip().isdigit():
        return None
    return min(float(value.strip()), MAX_RETRY_AFTER)


class Fetcher:
    """The polite client (see the module docstring).  Thread-safe: the per-host turns and the
    robots.txt cache are shared by every thread using one fetcher.

    client: an ``httpx.Client`` to send with (tests pass one with a ``MockTransport``);
    by default one is made from ``politeness`` and closed by :meth:`close`.
    sleep, clock: how to wait and read the time (tests pass fakes).
    """

    def __init__(
        self,
        politeness: Politeness | None = None,
        *,
        client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.politeness = politeness or Politeness()
        p = self.politeness
        self._own = client is None
        self.client = client or httpx.Client(timeout=httpx.Timeout(p.timeout), follow_redirects=False)
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._next_turn: dict[str, float] = {}
        self._delay: dict[str, float] = {}
        self._robots: dict[str, _Robots] = {}
        self.requests = 0  # requests sent, robots.txt included

    def close(self) -> None:
        if self._own:
            self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ the one public call

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: str | None = None) -> Page:
        """GET ``url`` politely; a :class:`Page` (200-299, or 304 when the validators still
        hold) or an :class:`~seismo.errors.InputError` saying why not."""
        if urlsplit(url).scheme not in ("http", "https"):
            raise InputError(url, "only http:// and https:// addresses are fetched")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        chain = [url]
        current = url
        for _ in range(self.politeness.max_redirects + 1):
            self._check_robots(current, asked=url)
            answer = self._send(current, headers, asked=url)
            if answer.status in REDIRECT_STATUSES:
                location = answer.headers.get("location")
                if not location:
                    raise InputError(url, f"HTTP {answer.status} redirect from {current} without a Location")
                target = urljoin(current, location)
                if target in chain:
                    raise InputError(url, "redirect loop: " + " -> ".join([*chain, target]))
                if urlsplit(target).scheme not in ("http", "https"):
                    raise InputError(url, f"redirected to {target}, which is not an http(s) address")
                chain.append(target)
                current = target
                continue
            if answer.status == 304 or 200 <= answer.status < 300:
                return Page(
                    url=current, status=answer.status, content=answer.content,
                    content_type=answer.headers.get("content-type"), etag=answer.headers.get("etag"),
                    last_modified=answer.headers.get("last-modified"),
                )
            where = "" if current == url else f" (at {current})"
            raise InputError(url, f"HTTP {answer.status} {_reason(answer.status)}{where}")
        raise InputError(url, f"more than {self.politeness.max_redirects} redirects: " + " -> ".join(chain))

    # ------------------------------------------------------------------ politeness

    def _turn(self, host: str) -> None:
        """Wait for this host's turn: ``host_delay`` (or its Crawl-delay) after its last request."""
        with self._lock:
            now = self._clock()
            start = max(now, self._next_turn.get(host, now))
            gap = max(self.politeness.host_delay, self._delay.get(host, 0.0))
            self._next_turn[host] = start + gap
            self.requests += 1
        if start > now:
            self._sleep(start - now)

    def _check_robots(self, url: str, *, asked: str) -> None:
        if not self.politeness.robots:
            return
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        with self._lock:
            rules = self._robots.get(root)
        if rules is None or rules.until <= self._clock():
            rules = self._read_robots(root)
            with self._lock:
                self._robots[root] = rules
        if rules.refusal is not None:
            raise InputError(asked, rules.refusal)
        if rules.parser is not None and not rules.parser.can_fetch(ROBOTS_AGENT, url):
            raise InputError(asked, f"{root}/robots.txt disallows {parts.path or '/'} for {ROBOTS_AGENT}; "
                                    "not fetched")

    def _read_robots(self, root: str) -> _Robots:
        robots_url = f"{root}/robots.txt"
        now = self._clock()
        try:
            answer = self._send(robots_url, {}, asked=robots_url, follow=True)
        except InputError as exc:
            return _Robots(None, f"{robots_url} could not be read ({exc.problem}); nothing is fetched from "
                                 "a host whose robots.txt cannot be read", now + ROBOTS_FAILURE_TTL)
        if 200 <= answer.status < 300:
            parser = RobotFileParser(robots_url)
            parser.parse(answer.content.decode("utf-8", "replace").splitlines())
            delay = parser.crawl_delay(ROBOTS_AGENT)
            if delay:
                with self._lock:
                    self._delay[_host(root)] = min(float(delay), MAX_RETRY_AFTER)
            return _Robots(parser, None, now + ROBOTS_TTL)
        if 400 <= answer.status < 500:
            return _Robots(None, None, now + ROBOTS_TTL)  # no robots.txt: everything allowed
        return _Robots(None, f"{robots_url} answered HTTP {answer.status}; nothing is fetched from a host "
                             "whose robots.txt cannot be read", now + ROBOTS_FAILURE_TTL)

    # ------------------------------------------------------------------ sending

    def _send(self, url: str, headers: Mapping[str, str], *, asked: str, follow: bool = False) -> _Answer:
        """One request with retries; redirects followed only when ``follow`` (robots.txt)."""
        p = self.politeness
        sent = {"User-Agent": p.user_agent, **headers}
        problem = ""
        for attempt in range(p.retries + 1):
            self._turn(_host(url))
            wait = p.backoff * 2**attempt
            try:
                with self.client.stream("GET", url, headers=sent, follow_redirects=follow,
                                        timeout=httpx.Timeout(p.timeout)) as response:
                    status = response.status_code
                    if status in RETRY_STATUSES and attempt < p.retries:
                        problem = f"HTTP {status} {_reason(status)}"
                        wait = max(wait, _retry_after(response.headers.get("retry-after")) or 0.0)
                    else:
                        content = self._read(response, asked=asked) if 200 <= status < 300 else b""
                        return _Answer(status, response.headers, content)
            except httpx.TimeoutException:
                problem = f"timed out (no answer within {p.timeout:g} s)"
            except httpx.TooManyRedirects:
                raise InputError(asked, f"{url}: too many redirects") from None
            except (httpx.TransportError, httpx.DecodingError) as exc:
                problem = f"connection failed ({type(exc).__name__}: {exc or 'no detail'})"
            if attempt < p.retries:
                self._sleep(wait)
        tries = p.retries + 1
        raise InputError(asked, f"{problem} ({tries} {'try' if tries == 1 else 'tries'})")

    def _read(self, response: httpx.Response, *, asked: str) -> bytes:
        """The body, refused past ``max_bytes`` (announced or read) or past ``deadline`` seconds."""
        p = self.politeness
        announced = response.headers.get("content-length", "")
        if announced.isdigit() and int(announced) > p.max_bytes:
            raise InputError(asked, f"page is {int(announced):,} bytes, over the limit of {p.max_bytes:,}; "
                                    "not read")
        started = self._clock()
        body = bytearray()
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > p.max_bytes:
                raise InputError(asked, f"page is over the limit of {p.max_bytes:,} bytes; stopped reading")
            if self._clock() - started > p.deadline:
                raise InputError(asked, f"page took more than {p.deadline:g} s to arrive; stopped reading")
        return bytes(body)


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "status"
