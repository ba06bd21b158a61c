"""The article and quote routes (:mod:`seismo.api.routes_articles`): list and search, one article
with every span true to its text and the step versions that made it, quote filters."""

from __future__ import annotations

import warnings

import pytest

with warnings.catch_warnings():  # starlette's TestClient warns about httpx at import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.api import create_app
from seismo.config import Settings
from seismo.processing import process
from seismo.store import Store
from seismo.store.samples import sample_results


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({}, ["Bins burn in Paris", "Kharkiv shelled", "Fuel protests spread in Kazakhstan", None]),
        ({"q": "fuel prices"}, ["Fuel protests spread in Kazakhstan"]),
        ({"since": "2022-02-01"}, ["Bins burn in Paris", "Kharkiv shelled"]),
        ({"limit": 1}, ["Bins burn in Paris"]),
    ],
)
def test_articles_list_and_search(client: TestClient, params: dict[str, object], titles: list[str | None]) -> None:
    body = client.get("/api/articles", params=params).json()
    assert [a["title"] for a in body["items"]] == titles


def test_articles_second_page(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 1}).json()
    second = client.get("/api/articles", params={"limit": 1, "cursor": first["next_cursor"]}).json()
    assert [a["title"] for a in second["items"]] == ["Kharkiv shelled"]


def test_article_with_spans(client: TestClient) -> None:
    aid = sample_results()[1].article.id
    body = client.get(f"/api/articles/{aid}").json()
    text = body["text"]
    assert body["article"]["title"] == "Bins burn in Paris"
    spans = body["places"] + body["dates"] + body["quotes"] + [e["evidence"] for e in body["events"]]
    assert spans and all(text[s["start"]:s["end"]] == s["text"] for s in spans)


@pytest.mark.parametrize(
    ("params", "speakers"),
    [
        ({}, ["Marie Dupont", "the interior ministry", "the envoy"]),
        ({"speaker": "dupont"}, ["Marie Dupont"]),
        ({"org": "interior"}, ["the interior ministry"]),
        ({"q": "useful"}, ["the envoy"]),
    ],
)
def test_quote_filters(client: TestClient, params: dict[str, str], speakers: list[str]) -> None:
    items = client.get("/api/quotes", params=params).json()["items"]
    assert [q["speaker"]["name"] or q["speaker"]["text"] for q in items] == speakers


def test_api_article_lists_its_steps(fake_pipeline, fake_articles, tmp_path) -> None:
    with Store.open(tmp_path / "a.db") as s:
        p = fake_pipeline()
        process(fake_articles[:1], store=s, pipeline=p)
        client = TestClient(create_app(Settings(db_url=s.url), store=s))
        body = client.get(f"/api/articles/{fake_articles[0].id}").json()
        assert body["steps"] == list(p.versions)


def test_speakers_carry_their_other_names(make_client, tmp_path) -> None:
    from seismo.model import Article, Quote, Result, Speaker
    from seismo.store import Store

    def said(aid: str, text: str, name: str) -> Result:
        start = text.index('"') + 1
        end = text.index('"', start)
        who = text.index(name)
        speaker = Speaker(who, who + len(name), name, name, None, None, "KEN", None, None)
        return Result(Article(aid, text, None, None, None, None, None),
                      quotes=(Quote(start, end, text[start:end], "direct", speaker, None, 0.9),))

    s = Store.open(tmp_path / "speakers.db")
    s.write([said("s1", 'Wanjiru Kamau said: "The port stays shut."', "Wanjiru Kamau"),
             said("s2", 'Kamau said: "No talks today."', "Kamau")])
    body = make_client(s).get("/api/speakers").json()
    [one] = body["items"]
    assert one["speaker"] == "Wanjiru Kamau" and one["quotes"] == 2 and one["aliases"] == ["Kamau"]
    s.close()
