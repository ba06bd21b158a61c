"""The linker on the dashboard (:mod:`seismo.web.pages`, ``event.html`` / ``story.html``) without a
browser: an event page's "Counts" table (current and superseded counts), its "Linked" row per
report and its link to the story; ``/stories/{id}`` with its timeline and articles.  Over the
four samples and the two invented ``rising_toll`` articles (a toll rising from 2 to 3)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from seismo.api import create_app
from seismo.config import Settings
from seismo.store import Store
from seismo.store.samples import sample_results

VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


class Node:
    """An element of a parsed page: tag, attributes, children (nodes and text)."""

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag, self.attrs, self.children = tag, attrs, []

    @property
    def text(self) -> str:
        """The element's text, whitespace squashed."""
        def walk(n: Node) -> str:
            return "".join(c if isinstance(c, str) else walk(c) for c in n.children)
        return squash(walk(self))

    @property
    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()

    def find(self, tag: str | None = None, *, id: str | None = None, cls: str | None = None) -> list["Node"]:
        """Descendant elements by tag, id and/or one of their classes, in document order."""
        out = []
        for c in self.children:
            if isinstance(c, Node):
                if (tag is None or c.tag == tag) and (id is None or c.attrs.get("id") == id) \
                        and (cls is None or cls in c.classes):
                    out.append(c)
                out.extend(c.find(tag, id=id, cls=cls))
        return out

    def rows(self) -> list[list[str]]:
        """A table's rows as lists of cell texts (``th`` and ``td``)."""
        return [[cell.text for cell in tr.children if isinstance(cell, Node) and cell.tag in ("td", "th")]
                for tr in self.find("tr")]


class _Tree(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.open = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.open[-1].children.append(node)
        if tag not in VOID:
            self.open.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.open) - 1, 0, -1):
            if self.open[i].tag == tag:
                del self.open[i:]
                return

    def handle_data(self, data: str) -> None:
        self.open[-1].children.append(data)


def page(html: str) -> Node:
    """``html`` parsed into :class:`Node` s (the standard library's parser: no extra dependency)."""
    tree = _Tree()
    tree.feed(html)
    tree.close()
    return tree.root


def squash(text: str) -> str:
    return " ".join(text.split())


def _client(store: Store) -> TestClient:
    return TestClient(create_app(Settings(db_url=store.url), store=store))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, rising_toll) -> Iterator[TestClient]:
    """The dashboard over the four samples and the two ``rising_toll`` articles (linked in order);
    one for the module: every test here only reads."""
    store = Store.open(tmp_path_factory.mktemp("link-pages") / "links.db")
    store.write(sample_results())
    for result in rising_toll():
        store.write([result])
    yield _client(store)
    store.close()


def _event_id(client: TestClient, **params: str) -> str:
    return client.get("/api/events", params={"scope": "all", **params}).json()["items"][0]["event_id"]


# ------------------------------------------------------------------ the event page

def test_event_page_counts_table(client: TestClient, rising_toll) -> None:
    day1, _ = rising_toll()
    doc = page(client.get(f"/events/{day1.events[0].id}").text)
    (panel,) = doc.find("section", cls="figures")
    assert panel.find("h2")[0].text == "Counts"
    (table,) = panel.find("table", cls="figures-table")
    header, *body = table.rows()
    assert header == ["kind", "figure", "number", "as written", "source", "date", "status"]
    assert body == [["killed", "3", "3", "“three”", "police", "2023-06-06", "current"],
                    ["killed", "", "2", "“two”", "police", "2023-06-05", "superseded"]]
    assert [tr.classes for tr in table.find("tbody")[0].find("tr")] == [["count-current"], ["count-superseded"]]


def test_event_page_counts_of_a_sample(client: TestClient) -> None:
    doc = page(client.get(f"/events/{_event_id(client, type='ASSAULT', country='UKR')}").text)
    (table,) = doc.find("table", cls="figures-table")
    assert table.rows()[1:] == [["killed", "9", "9", "“9”", "officials", "2022-02-26", "current"]]


def test_event_page_without_counts_has_no_counts_table(client: TestClient) -> None:
    html = client.get(f"/events/{_event_id(client, type='MOBILIZE')}").text
    doc = page(html)
    assert doc.find("section", cls="figures") == [] and doc.find("table", cls="figures-table") == []
    assert "<h2>Counts</h2>" not in html


def _coded(report: Node) -> dict[str, str]:
    """A report's coded fields: ``<dt>`` text -> the next ``<dd>`` text."""
    (dl,) = report.find("dl", cls="coded")
    cells = [c for c in dl.children if isinstance(c, Node)]
    return {dt.text: dd.text for dt, dd in zip(cells[::2], cells[1::2])}


def test_event_page_linked_row_per_report(client: TestClient, rising_toll) -> None:
    day1, day2 = rising_toll()
    doc = page(client.get(f"/events/{day1.events[0].id}").text)
    reports = doc.find("section", cls="report")
    assert [r.attrs["id"] for r in reports] == ["report-1", "report-2"]
    linked = [_coded(r)["Linked"] for r in reports]
    assert linked[0] == "started the event"
    assert linked[1].startswith("joined (score 1.0): same type ASSAULT; ")
    assert "same place (GeoNames 9900001)" in linked[1]
    assert [len(r.find("dd", cls="link-reasons")) for r in reports] == [1, 1]
    # the reports come oldest article first
    hrefs = [r.find("a", cls="article-link")[0].attrs["href"] for r in reports]
    assert hrefs == [f"/articles/{day1.article.id}", f"/articles/{day2.article.id}"]


def test_event_page_says_reports_articles_sources_and_scope(client: TestClient, rising_toll) -> None:
    day1, _ = rising_toll()
    doc = page(client.get(f"/events/{day1.events[0].id}").text)
    (lead,) = doc.find("p", cls="lead")
    assert "2 reports in 2 articles" in lead.text
    assert "Coast Herald, Lakeside Times" in lead.text
    assert lead.text.endswith("scope incident")


def test_event_page_links_to_its_story(client: TestClient, rising_toll) -> None:
    day1, _ = rising_toll()
    doc = page(client.get(f"/events/{day1.events[0].id}").text)
    (link,) = doc.find("a", cls="story-link")
    assert link.attrs["href"] == f"/stories/{day1.article.id}"
    assert client.get(link.attrs["href"]).status_code == 200


def test_sample_event_page_links_to_its_story(client: TestClient) -> None:
    hit = client.get("/api/events", params={"type": "ASSAULT", "country": "UKR"}).json()["items"][0]
    doc = page(client.get(f"/events/{hit['event_id']}").text)
    (link,) = doc.find("a", cls="story-link")
    assert link.attrs["href"] == f"/stories/{hit['article']['story_id']}"
    (report,) = doc.find("section", cls="report")
    assert _coded(report)["Linked"] == "started the event"


# ------------------------------------------------------------------ the story page

def test_story_page_timeline_and_articles(client: TestClient, rising_toll) -> None:
    day1, day2 = rising_toll()
    r = client.get(f"/stories/{day1.article.id}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text
    doc = page(r.text)
    (timeline,) = doc.find("table", id="story-timeline")
    assert timeline.rows() == [["date", "where", "event", "killed", "reports"],
                               ["2023-06-04", "Orvelle, Kenya", "ASSAULT · firearms", "3", "2"]]
    events = [a.attrs["href"] for a in timeline.find("a", cls="event-link")]
    assert events == [f"/events/{day1.events[0].id}"]
    assert client.get(events[0]).status_code == 200

    (articles,) = doc.find("ol", id="story-articles")
    items = articles.find("li")
    assert [li.find("a", cls="article-link")[0].text for li in items] == \
        ["Two shot dead at Orvelle bus station", "Orvelle shooting toll rises to three"]
    assert [li.find("span", cls="meta")[0].text for li in items] == \
        ["2023-06-05 · Coast Herald", "2023-06-06 · Lakeside Times"]
    reasons = [li.find("span", cls="codes")[0].text for li in items]
    assert "a new story" in reasons[0] and "text cosine" in reasons[1]
    assert [li.find("a")[0].attrs["href"] for li in items] == \
        [f"/articles/{day1.article.id}", f"/articles/{day2.article.id}"]


def test_story_page_of_a_sample(client: TestClient) -> None:
    kharkiv = next(x for x in sample_results() if x.article.title == "Kharkiv shelled")
    doc = page(client.get(f"/stories/{kharkiv.article.id}").text)
    (timeline,) = doc.find("table", id="story-timeline")
    # the shelling only, not the historical annexation
    assert timeline.rows()[1:] == [["2022-W08", "Kharkiv, Ukraine", "ASSAULT · heavy-weapons", "9", "1"]]
    (articles,) = doc.find("ol", id="story-articles")
    assert [a.text for a in articles.find("a", cls="article-link")] == ["Kharkiv shelled"]


def test_unknown_story_page_is_an_html_404(client: TestClient) -> None:
    r = client.get("/stories/no-such-story")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert 'class="message"' in r.text and "no-such-story" in r.text


def test_events_page_scope_filter(client: TestClient) -> None:
    """The incidents of the toll stay off the events table unless asked for."""
    assert "Orvelle" not in client.get("/events").text
    assert "Orvelle" in client.get("/events?scope=incident").text
    assert "Orvelle" in client.get("/events?scope=all").text
    assert "Kharkiv" not in client.get("/events?scope=incident").text
    assert client.get("/events?scope=bogus").status_code == 400
