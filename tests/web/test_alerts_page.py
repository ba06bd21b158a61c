"""The alerts page (``/alerts``) and the Atom feed of alerts (``/alerts.atom?watch=NAME``): the
page shows each alert's explanation, an SVG sparkline, its events and article links, escapes
what articles say; the feed is valid Atom (parsed back with xml.etree and feedparser)."""

from __future__ import annotations

import datetime as dt
import re
import warnings
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.contract import ids
from seismo.api import create_app
from seismo.config import Settings
from seismo.model import Article
from seismo.store import Store
from seismo.watch.series import WatchFilter
from seismo.watch.watchlists import add
from seismo.web.alerts import sparkline

DAY = dt.date(2024, 5, 21)
TOWNS = ["Arusha", "Dodoma", "Mwanza", "Tanga", "Morogoro", "Mbeya"]
HOSTILE = '<script>alert(1)</script>Bus drivers <b onmouseover="x()">walk out</b>'
A = "{http://www.w3.org/2005/Atom}"


def news() -> list[Article]:
    out = []
    for week, town in enumerate(TOWNS[:3]):
        day = DAY - dt.timedelta(days=29 - 7 * week)
        text = f"Fishermen held a protest in {town}, Tanzania, on {day:%A} over new licence fees."
        out.append(Article(ids.article_id(text), text, day, f"Fishermen protest in {town}", "Test Wire", None, None))
    for n, town in enumerate(TOWNS):
        text = f"Bus drivers went on strike and protested in {town}, Tanzania, on {DAY:%A} over fuel prices."
        title = HOSTILE if n == 0 else f"Bus drivers protest in {town}"
        out.append(Article(ids.article_id(text), text, DAY, title, "Test Wire", None, None))
    return out


@pytest.fixture(scope="module")
def results(pipeline):
    return list(pipeline.run_many(news()))


@pytest.fixture
def client(results, tmp_path: Path) -> Iterator[TestClient]:
    store = Store.open(tmp_path / "alerts.db")
    store.write(results)
    add(store, "drivers", WatchFilter(country="TZA", q="drivers"))
    add(store, "<i>fish</i>", WatchFilter(q="fishermen"))
    yield TestClient(create_app(Settings(db_url=store.url), store=store))
    store.close()


def test_the_sparkline_is_an_svg_of_the_series() -> None:
    svg = str(sparkline([0, 1, 0, 4], label="<b>x</b>"))
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    points = root.find("{http://www.w3.org/2000/svg}polyline").get("points").split()  # type: ignore[union-attr]
    assert len(points) == 4 and points[3].endswith(",2.0")  # the highest point at the top
    assert "&lt;b&gt;x&lt;/b&gt;" in svg and "<b>" not in svg
    assert ET.fromstring(str(sparkline([]))) is not None


def test_the_page_explains_each_alert(client: TestClient) -> None:
    r = client.get("/alerts", params={"since": DAY.isoformat()})
    assert r.status_code == 200, r.text
    page = r.text
    assert "<script>" not in page  # no inline script, and the hostile headline is escaped
    assert "&lt;script&gt;alert(1)&lt;/script&gt;Bus drivers" in page and "<b onmouseover" not in page
    assert re.search(r'<section class="panel alert alert-count" id="alert-[0-9a-f]{16}">', page)
    assert "protest events in TZA" in page and "expected" in page  # the why
    assert '<svg class="sparkline"' in page and "<polyline points=" in page
    assert re.search(r'href="/events/[^"]+"', page) and re.search(r'href="/articles/[^"]+"', page)
    assert '<a href="/alerts" aria-current="page">Alerts</a>' in page  # in the header nav
    assert "Bus drivers protest in Dodoma" in page
    assert 'type="application/atom+xml"' in page


def test_the_page_filters(client: TestClient) -> None:
    since = {"since": DAY.isoformat()}
    assert "alert-count" not in client.get("/alerts", params={**since, "country": "KEN"}).text
    assert "alert-count" not in client.get("/alerts", params={**since, "family": "riot"}).text
    fish = client.get("/alerts", params={**since, "watch": "<i>fish</i>"})
    assert fish.status_code == 200 and "alert-count" not in fish.text
    assert "&lt;i&gt;fish&lt;/i&gt;" in fish.text and "<i>fish</i>" not in fish.text
    drivers = client.get("/alerts", params={**since, "watch": "drivers"})
    assert "alert-count" in drivers.text and "q=drivers" in drivers.text
    assert client.get("/alerts", params={"watch": "nobody"}).status_code == 400
    assert client.get("/alerts", params={"family": "parades"}).status_code == 400
    assert client.get("/alerts", params={"since": "May 21"}).status_code == 400
    assert client.get("/alerts", params={"country": "", "family": "", "watch": ""}).status_code == 200


def test_the_atom_feed_of_a_watchlist(client: TestClient) -> None:
    r = client.get("/alerts.atom", params={"watch": "drivers", "since": DAY.isoformat()})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(r.content)
    assert feed.tag == f"{A}feed"
    for required in ("id", "title", "updated", "author"):
        assert feed.find(f"{A}{required}") is not None, required
    assert feed.findtext(f"{A}id") == "urn:seismo:alerts:drivers"
    assert feed.findtext(f"{A}updated", "").startswith(DAY.isoformat())
    self_link = [link for link in feed.findall(f"{A}link") if link.get("rel") == "self"]
    assert self_link and self_link[0].get("href", "").endswith("/alerts.atom?watch=drivers")
    entries = feed.findall(f"{A}entry")
    assert entries
    for entry in entries:
        assert re.fullmatch(r"urn:seismo:alert:[0-9a-f]{16}", entry.findtext(f"{A}id", ""))
        assert entry.findtext(f"{A}title") and entry.findtext(f"{A}updated")
        assert entry.findtext(f"{A}summary")
        hrefs = [link.get("href", "") for link in entry.findall(f"{A}link")]
        assert any("/events/" in h for h in hrefs) and any("/articles/" in h for h in hrefs)
        assert all(h.startswith("http://testserver/") for h in hrefs)
    count = next(e for e in entries if "protest events" in e.findtext(f"{A}summary", ""))
    assert "TZA" in count.findtext(f"{A}title", "")

    import feedparser

    parsed = feedparser.parse(r.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == "seismo alerts: drivers" and len(parsed.entries) == len(entries)
    assert parsed.entries[0].id.startswith("urn:seismo:alert:") and parsed.entries[0].summary


def test_the_atom_feed_of_everything_and_of_nothing(client: TestClient) -> None:
    everything = ET.fromstring(client.get("/alerts.atom", params={"since": DAY.isoformat()}).content)
    assert everything.findtext(f"{A}id") == "urn:seismo:alerts" and everything.findall(f"{A}entry")
    hostile = client.get("/alerts.atom", params={"since": DAY.isoformat()}).text
    assert "<script>" not in hostile  # a headline in a link title is escaped XML
    quiet = ET.fromstring(client.get("/alerts.atom", params={"watch": "<i>fish</i>", "since": DAY.isoformat()}).content)
    assert quiet.findall(f"{A}entry") == [] and quiet.findtext(f"{A}updated")
    assert client.get("/alerts.atom", params={"watch": "nobody"}).status_code == 404
    assert client.get("/alerts.atom", params={"until": "yesterday"}).status_code == 400
