"""datasette reads a seismo store as a SQL user would (issue 13): it finds the full-text index of
``articles``, ``event_reports`` and ``quotes`` and filters each with ``?_search=``, and it lists
the views.  Run in-process through datasette's own test client: no server, no network."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from datasette.app import Datasette  # a dev dependency (pyproject's dev extra, requirements/lock.txt)

from seismo.store import Store
from seismo.store.samples import sample_results

SAMPLES = sample_results()
ALMATY, PARIS, KHARKIV, GENEVA = SAMPLES


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("datasette") / "seismo.db"
    with Store.open(path) as store:
        store.write(SAMPLES)
    return path


def get(path: Path, url: str) -> tuple[int, Any]:
    """GET ``url`` from a datasette serving the store at ``path``: (status, JSON body)."""

    async def fetch() -> tuple[int, Any]:
        ds = Datasette([str(path)])
        await ds.invoke_startup()
        response = await ds.client.get(url)
        return response.status_code, response.json()

    return asyncio.run(fetch())


def rows(path: Path, table: str, query: str = "") -> list[dict[str, Any]]:
    status, body = get(path, f"/seismo/{table}.json?_shape=array&_size=max{query}")
    assert status == 200, body
    return body


def test_datasette_finds_each_full_text_index(store_path: Path) -> None:
    status, body = get(store_path, "/seismo.json")
    assert status == 200
    found = {t["name"]: t["fts_table"] for t in body["tables"] if t["fts_table"] not in (None, t["name"])}
    assert found == {"articles": "articles_fts", "event_reports": "reports_fts", "quotes": "quotes_fts"}


@pytest.mark.parametrize(
    ("table", "q", "expected"),
    [
        ("articles", "fuel", {ALMATY.article.id}),
        ("articles", "shelled", {KHARKIV.article.id}),
        ("articles", "geneva", {GENEVA.article.id}),
        ("event_reports", "protesters", {e.id for e in ALMATY.events if "protesters" in e.evidence.text}),
        ("event_reports", "shelled", {e.id for e in KHARKIV.events if "shelled" in e.evidence.text}),
        ("event_reports", "bins", {e.id for e in PARIS.events}),
        # quotes by their article (each sample article has one)
        ("quotes", "talks", {GENEVA.article.id}),
        ("quotes", "back down", {PARIS.article.id}),
        ("quotes", "arrested", {ALMATY.article.id}),
    ],
)
def test_datasette_search_filters_rows(store_path: Path, table: str, q: str, expected: set[str]) -> None:
    everything = rows(store_path, table)
    found = rows(store_path, table, f"&_search={q.replace(' ', '+')}")
    key = "article_id" if table == "quotes" else "id"
    assert expected and [r[key] for r in found] == sorted(expected, key=[r[key] for r in found].index)
    assert {r[key] for r in found} == expected
    assert len(everything) > len(found)  # the search filtered: it is not ignored


@pytest.mark.parametrize("table", ["articles", "event_reports", "quotes"])
def test_datasette_search_for_an_unknown_word_finds_nothing(store_path: Path, table: str) -> None:
    assert rows(store_path, table, "&_search=zzzunknownword") == []


def test_datasette_lists_the_views(store_path: Path) -> None:
    status, body = get(store_path, "/seismo.json")
    assert status == 200
    assert {"acled_events", "plover_events", "event_sources"} <= {v["name"] for v in body["views"]}
    acled = rows(store_path, "acled_events")
    assert {r["event_type"] for r in acled} >= {"Protests"}
    assert {r["event_id"] for r in rows(store_path, "event_sources")} >= {r["event_id"] for r in acled}
