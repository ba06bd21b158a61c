"""What the linker adds to the API (:mod:`seismo.api.routes_events`): one event's story, articles,
sources, reconciled figures and each report's link; ``/api/stories/{id}``; the ``scope`` filter.
Over the four samples, and over two invented articles (``rising_toll``) whose second report
joins the first's event and raises its toll."""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.contract.ids import article_id, record_id
from seismo.model import Article, Event, EventDate, Result, Span
from seismo.store import Store
from seismo.store.samples import sample_results


def _kharkiv_assault(client: TestClient) -> dict:
    items = client.get("/api/events", params={"type": "ASSAULT", "country": "UKR"}).json()["items"]
    (hit,) = [h for h in items if h["counts"].get("killed", {}).get("best") == 9]
    return hit


# ------------------------------------------------------------------ one event, over the samples

def test_event_detail_has_story_sources_and_figures(client: TestClient) -> None:
    hit = _kharkiv_assault(client)
    r = client.get(f"/api/events/{hit['event_id']}")
    assert r.status_code == 200, r.text
    body = r.json()
    kharkiv = next(x.article for x in sample_results() if x.article.title == "Kharkiv shelled")
    assert body["n_articles"] == 1
    assert body["sources"] == ["Other Daily"]
    assert body["story_id"] == hit["article"]["story_id"] and body["story_id"]
    killed = body["figures"]["killed"]
    assert (killed["low"], killed["best"], killed["high"], killed["contested"]) == (9, 9, 9, False)
    assert killed["superseded"] == []
    (count,) = killed["current"]
    assert count == {"low": 9, "best": 9, "high": 9, "text": "9", "source": "officials",
                     "article_id": kharkiv.id, "report_id": hit["id"], "date": "2022-02-26"}
    assert set(body["figures"]) == {"killed"}
    (report,) = body["reports"]
    assert report["link"] == {"score": None, "reasons": []}  # it started the event


def test_event_detail_of_a_report_without_counts_has_no_figures(client: TestClient) -> None:
    hit = client.get("/api/events", params={"type": "MOBILIZE"}).json()["items"][0]
    body = client.get(f"/api/events/{hit['event_id']}").json()
    assert body["figures"] == {} and body["n_articles"] == 1 and body["sources"] == ["Example Wire"]


def test_every_list_item_has_its_link(client: TestClient) -> None:
    for item in client.get("/api/events", params={"scope": "all"}).json()["items"]:
        assert set(item["link"]) == {"score", "reasons"}


# ------------------------------------------------------------------ stories

def test_story_of_an_article_that_started_one(client: TestClient) -> None:
    hit = _kharkiv_assault(client)
    story_id = hit["article"]["story_id"]
    r = client.get(f"/api/stories/{story_id}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["story_id"] == story_id
    (article,) = body["articles"]
    assert article["id"] == hit["article"]["id"] == story_id  # the story is named by its first article
    assert article["primary_event_id"] == hit["event_id"]
    assert article["duplicate_of"] is None and article["reasons"]
    assert article["title"] == "Kharkiv shelled" and article["date"] == "2022-02-26"
    # asserted events only: the shelling, not the historical annexation
    assert [(e["event_id"], e["type"]) for e in body["events"]] == [(hit["event_id"], "ASSAULT")]
    (event,) = body["events"]
    assert event["n_reports"] == 1 and event["n_articles"] == 1
    assert event["figures"]["killed"]["best"] == 9


def test_every_sample_article_is_in_a_story(client: TestClient) -> None:
    for result in sample_results():
        body = client.get(f"/api/stories/{result.article.id}").json()
        assert result.article.id in [a["id"] for a in body["articles"]]


def test_unknown_story_is_404(client: TestClient) -> None:
    r = client.get("/api/stories/no-such-story")
    assert r.status_code == 404
    body = r.json()
    assert body["status"] == 404 and "no-such-story" in body["detail"]


# ------------------------------------------------------------------ the scope filter

@pytest.mark.parametrize(
    ("scope", "n"),
    [(None, 6), ("political", 6), ("all", 6), ("incident", 0)],
)
def test_scope_filter_over_the_samples(client: TestClient, scope: str | None, n: int) -> None:
    """Every sample report is political: incident finds none, all finds them all."""
    params = {"limit": 100, **({"scope": scope} if scope is not None else {})}
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    assert len(r.json()["items"]) == n


@pytest.mark.parametrize("url", ["/api/events", "/api/summary", "/api/places", "/api/stats/daily", "/api/actors"])
@pytest.mark.parametrize("scope", ["criminal", "POLITICAL", ""])
def test_bad_scope_is_422(client: TestClient, url: str, scope: str) -> None:
    r = client.get(url, params={"scope": scope})
    assert r.status_code == 422, r.text
    assert "scope: Input should be 'political', 'incident' or 'all'" in r.json()["detail"]


# ------------------------------------------------------------------ a toll that rose

@pytest.fixture
def toll_client(tmp_path: Path, rising_toll, make_client: Callable[..., TestClient]) -> Iterator[TestClient]:
    """A fresh store holding only the two ``rising_toll`` articles, written one at a time."""
    store = Store.open(tmp_path / "toll.db")
    for result in rising_toll():
        store.write([result])
    yield make_client(store)
    store.close()


def test_second_report_joins_the_first_event(toll_client: TestClient, rising_toll) -> None:
    day1, day2 = rising_toll()
    items = toll_client.get("/api/events", params={"scope": "all"}).json()["items"]
    assert len(items) == 2
    assert len({i["event_id"] for i in items}) == 1
    event_id = items[0]["event_id"]
    assert event_id == day1.events[0].id  # the first report started it

    body = toll_client.get(f"/api/events/{event_id}").json()
    assert body["type"] == "ASSAULT" and body["country"] == "KEN"
    assert body["n_articles"] == 2
    assert body["sources"] == ["Coast Herald", "Lakeside Times"]
    first, second = body["reports"]
    assert (first["article"]["id"], second["article"]["id"]) == (day1.article.id, day2.article.id)
    assert first["link"] == {"score": None, "reasons": []}
    assert second["link"]["reasons"], second["link"]
    assert any("ASSAULT" in reason for reason in second["link"]["reasons"])
    assert 0 < second["link"]["score"] <= 1


def test_figures_follow_the_rising_toll(toll_client: TestClient, rising_toll) -> None:
    day1, day2 = rising_toll()
    body = toll_client.get(f"/api/events/{day1.events[0].id}").json()
    killed = body["figures"]["killed"]
    assert (killed["low"], killed["best"], killed["high"], killed["contested"]) == (3, 3, 3, False)
    (current,) = killed["current"]
    (superseded,) = killed["superseded"]
    assert (current["best"], current["text"], current["date"], current["article_id"]) == \
        (3, "three", "2023-06-06", day2.article.id)
    assert (superseded["best"], superseded["text"], superseded["date"], superseded["article_id"]) == \
        (2, "two", "2023-06-05", day1.article.id)
    assert current["source"] == superseded["source"] == "police"


def test_a_report_id_finds_its_event(toll_client: TestClient, rising_toll) -> None:
    day1, day2 = rising_toll()
    items = toll_client.get("/api/events", params={"scope": "incident"}).json()["items"]
    joined = next(i for i in items if i["article"]["id"] == day2.article.id)
    body = toll_client.get(f"/api/events/{joined['id']}").json()
    assert body["event_id"] == day1.events[0].id and len(body["reports"]) == 2


def test_incidents_only_with_their_scope(toll_client: TestClient) -> None:
    assert toll_client.get("/api/events").json()["items"] == []
    assert len(toll_client.get("/api/events", params={"scope": "incident"}).json()["items"]) == 2
    assert all(i["scope"] == "incident" for i in toll_client.get("/api/events", params={"scope": "all"}).json()["items"])


def test_story_of_the_toll(toll_client: TestClient, rising_toll) -> None:
    day1, day2 = rising_toll()
    story_id = toll_client.get(f"/api/events/{day1.events[0].id}").json()["story_id"]
    assert story_id == day1.article.id
    body = toll_client.get(f"/api/stories/{story_id}").json()
    first, second = body["articles"]  # close text, one day apart: one story
    assert (first["id"], second["id"]) == (day1.article.id, day2.article.id)
    assert first["primary_event_id"] == second["primary_event_id"] == day1.events[0].id
    assert second["reasons"] and second["duplicate_of"] is None
    (event,) = body["events"]
    assert event["event_id"] == day1.events[0].id
    assert (event["n_reports"], event["n_articles"]) == (2, 2)
    assert event["figures"]["killed"]["best"] == 3


# ------------------------------------------------------------------ a story's timeline order

def _dated_report(aid: str, text: str, trigger: str, type_: str, date: EventDate) -> Event:
    at = text.index(trigger)
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.index(".", at) + 1
    return Event(
        id=record_id(aid, "event", at, at + len(trigger), type_), type=type_, mode=None, acled_event_type=None,
        acled_sub_event_type=None, quad_class=4, actor=None, recipient=None, location=None, date=date, counts=(),
        modality="asserted", attributed_to=None, hedged=False, evidence=Span(start, end, text[start:end]),
        trigger=Span(at, at + len(trigger), trigger), confidence=0.7,
    )


def test_story_events_are_in_date_order_across_precisions(tmp_path: Path, make_client: Callable[..., TestClient]) -> None:
    text = "Troops stormed the village in the week of 21 February. Crowds marched in the capital on 5 March."
    aid = article_id(text)
    events = (_dated_report(aid, text, "stormed", "ASSAULT", EventDate("2022-W08", "week", "text")),
              _dated_report(aid, text, "marched", "PROTEST", EventDate("2022-03-05", "day", "text")))
    store = Store.open(tmp_path / "order.db")
    try:
        store.write([Result(Article(aid, text, dt.date(2022, 3, 7), "Storm and march", None, None), events=events)])
        client = make_client(store)
        by_date = [e["type"] for e in client.get("/api/events", params={"sort": "date"}).json()["items"]]
        assert by_date == ["ASSAULT", "PROTEST"]  # the list gets it right
        story = client.get(f"/api/stories/{aid}").json()
        assert [e["type"] for e in story["events"]] == ["ASSAULT", "PROTEST"]
    finally:
        store.close()
