"""The dashboard pages (:mod:`seismo.web.pages`) without a browser: every page renders without
inline scripts, content follows the filter, evidence and every kind of span are marked, a
hostile article is escaped everywhere, unknown pages are HTML errors."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.api import create_app
from seismo.config import Settings
from seismo.contract.ids import article_id
from seismo.model import Article, Event, Place, Quote, Result, Span, Speaker
from seismo.store import Store
from seismo.store.samples import sample_results


HOSTILE_TEXT = (
    'Protesters rallied in Almaty. <script>window.__pwned = 1</script> <img src=x onerror="alert(1)"> '
    '<a href="javascript:alert(2)">click</a> "We will <b onmouseover=alert(3)>not</b> stop," said Aigerim.'
)


def hostile_result() -> Result:
    text = HOSTILE_TEXT
    aid = article_id(text)

    def span(words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words), words)

    almaty = span("Almaty")
    place = Place(almaty.start, almaty.end, almaty.text, "Almaty", 1526384, 43.25, 76.92, "KAZ", "Almaty", "city", 0.9)
    trigger = span("rallied")
    event = Event(
        id=f"{aid}-e1", type="PROTEST", mode="demo", acled_event_type="Protests",
        acled_sub_event_type="Peaceful protest", quad_class=3, actor=None, recipient=None, location=None,
        date=None, counts=(), modality="asserted", attributed_to=None, hedged=False,
        evidence=span("Protesters rallied in Almaty."), trigger=trigger, confidence=0.7,
    )
    q = span('We will <b onmouseover=alert(3)>not</b> stop,')
    quote = Quote(q.start, q.end, q.text, "direct", Speaker(*_t(span("Aigerim")), name="<i>Aigerim</i>"),
                  span("said"), 0.8)
    article = Article(aid, text, None, '<img src=x onerror="alert(4)">Rally', "<script>alert(5)</script>",
                      "javascript:alert(6)")
    return Result(article, places=(place,), events=(event,), quotes=(quote,))


def _t(s: Span) -> tuple[int, int, str]:
    return s.start, s.end, s.text


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """One store and app for the module: every test here only reads (GET)."""
    store = Store.open(tmp_path_factory.mktemp("pages") / "web.db")
    store.write([*sample_results(), hostile_result()])
    yield TestClient(create_app(Settings(db_url=store.url), store=store))
    store.close()


PAGES = ["/", "/?country=KAZ&type=PROTEST", "/?country=&type=&since=&until=&q=", "/articles?since=&until=", "/events", "/events?country=KAZ&sort=date", "/articles",
         "/articles?q=fuel", "/quotes", "/quotes?speaker=dupont"]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text  # only <script src> and JSON blocks, never inline code


@pytest.mark.parametrize(
    ("url", "present", "absent"),
    [
        ("/?country=KAZ&type=PROTEST", ['value="KAZ"', '<option value="PROTEST" selected>'], []),
        ("/events?country=FRA", ["Demonstrators", "Bins burn in Paris"], ["Kharkiv shelled"]),
        ("/quotes", ["Marie Dupont", "We will not back down,"], []),
        ("/articles?q=fuel", ["Fuel protests spread in Kazakhstan"], ["Bins burn"]),
    ],
)
def test_page_content_follows_the_filter(client: TestClient, url: str, present: list[str], absent: list[str]) -> None:
    html = client.get(url).text
    assert all(p in html for p in present), [p for p in present if p not in html]
    assert not any(a in html for a in absent)


def test_event_page_highlights_evidence(client: TestClient) -> None:
    hit = client.get("/api/events", params={"type": "COERCE", "country": "KAZ"}).json()["items"][0]
    html = client.get(f"/events/{hit['event_id']}").text
    marked = re.findall(r'<span class="hl[^"]*hl-evidence[^"]*" data-kinds[^>]*>([^<]*)</span>', html)
    assert "".join(marked) == "Police arrested 40 protesters, the interior ministry said."
    assert "Strategic developments" in html and "arrested 40" in html


def test_article_page_marks_every_kind(client: TestClient) -> None:
    aid = sample_results()[0].article.id
    html = client.get(f"/articles/{aid}").text
    for kind in ("place", "date", "trigger", "actor", "count", "quote", "speaker"):
        assert f"hl-{kind}" in html, kind


@pytest.mark.parametrize("url", ["/articles/{id}", "/events/{id}-e1", "/", "/events", "/quotes", "/articles"])
def test_hostile_article_is_escaped(client: TestClient, url: str) -> None:
    aid = hostile_result().article.id
    html = client.get(url.format(id=aid)).text
    for bad in ("<script>window", "<script>alert", "<img src=x", "<b onmouseover", 'href="javascript:',
                "<i>Aigerim"):
        assert bad not in html, bad


def test_unknown_pages_are_html_errors(client: TestClient) -> None:
    for url, status in (("/events/nope", 404), ("/articles/nope", 404), ("/events?country=XX", 400)):
        r = client.get(url)
        assert r.status_code == status and r.headers["content-type"].startswith("text/html")
        assert 'class="message"' in r.text
