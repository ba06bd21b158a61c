"""Polling (:mod:`seismo.feeds.poll`) against the local site, with the model-free pipeline: each
item stored once across polls (by link and by text), a broken feed recorded and retried later
without stopping the others, page failures reported, the item's title and date as fallback,
and the background poller."""

from __future__ import annotations

import datetime as dt
import re
import threading
from dataclasses import replace

import pytest
import sqlalchemy as sa

from seismo.feeds import Fetcher, Poller, add_feed, list_feeds, poll_feeds, retry_delay
from seismo.store.watch import feeds as state

T0 = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.timezone.utc)
MINUTE = dt.timedelta(minutes=1)


def counts(store) -> tuple[int, int, int]:
    """(articles, distinct ids, distinct texts) in the store."""
    with store.engine.connect() as conn:
        return tuple(conn.exec_driver_sql("SELECT count(*), count(DISTINCT id), count(DISTINCT text) FROM articles").one())


def test_a_hundred_items_are_stored_once_across_three_polls(site, store, fetcher, fake_pipeline) -> None:
    links = [site.page(f"/news/{i}.html", story=i) for i in range(100)]
    add_feed(store.engine, site.rss("/rss.xml", links), every_seconds=900)
    pipeline = fake_pipeline()

    (first,) = poll_feeds(store, pipeline=pipeline, fetcher=fetcher, now=T0).feeds
    assert (first.ok, first.items, first.stored, first.known_url, first.known_text) == (True, 100, 100, 0, 0)
    assert first.events == 100  # every story has a march (the fake pipeline's PROTEST)
    assert counts(store) == (100, 100, 100)
    # each page asked for at least once; more only where a slow answer (a loaded machine) was retried
    hits = [site.hits(f"/news/{i}.html") for i in range(100)]
    assert min(hits) >= 1
    assert poll_feeds(store, pipeline=pipeline, fetcher=fetcher, now=T0 + 10 * MINUTE).feeds == ()  # not due yet

    (second,) = poll_feeds(store, pipeline=pipeline, fetcher=fetcher, now=T0 + 15 * MINUTE).feeds
    assert second.not_modified and second.stored == 0  # the feed's ETag still holds: 304
    assert site.requests[-1].headers["if-none-match"] == '"rss-1"'

    # the feed changes: the same 100 items plus 10 copies of stories 0-9 at new addresses; and a
    # second feed, in Atom, lists 20 of the same links
    copies = [site.page(f"/syndicated/{i}.html", story=i) for i in range(10)]
    site.rss("/rss.xml", links + copies, etag='"rss-2"')
    add_feed(store.engine, site.atom("/atom.xml", links[:20]), every_seconds=900)
    polled = poll_feeds(store, pipeline=pipeline, fetcher=fetcher, now=T0 + 30 * MINUTE).feeds
    atom, third = sorted(polled, key=lambda o: o.feed.url)  # the new feed, never polled, goes first
    assert (third.items, third.stored, third.known_url, third.known_text) == (110, 0, 100, 10)
    assert (atom.items, atom.stored, atom.known_url) == (20, 0, 20)

    assert counts(store) == (100, 100, 100)  # nothing stored twice
    assert [site.hits(f"/news/{i}.html") for i in range(100)] == hits  # no page asked for again
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM feed_items").scalar() == 110
        copied = conn.execute(sa.text(
            "SELECT count(*) FROM feed_items f JOIN articles a ON a.id = f.article_id WHERE f.url LIKE :copies"
        ), {"copies": "%/syndicated/%"}).scalar()
    assert copied == 10  # each copy points at the article already stored with its text


def test_the_article_takes_the_page_and_falls_back_on_the_item(site, store, fetcher, fake_pipeline) -> None:
    dated = site.page("/dated.html", story=3)
    bare = site.page("/bare.html", story=4, dated=False, titled=False)
    add_feed(store.engine, site.rss("/rss.xml", [dated, bare]), every_seconds=900, name="courier")
    (outcome,) = poll_feeds(store, pipeline=fake_pipeline(), fetcher=fetcher, now=T0).feeds
    assert outcome.stored == 2
    with store.engine.connect() as conn:
        ids = conn.exec_driver_sql("SELECT id FROM articles").scalars().all()
    articles = {a.url: a for a in (store.article(aid).article for aid in ids)}
    page = articles[dated]
    assert (page.title, page.date, page.source) == ("Ferry crews march in Parvane", dt.date(2026, 3, 5), "Lakeside Courier")
    assert "riverside avenue of Parvane" in page.text
    fallback = articles[bare]
    assert (fallback.title, fallback.date, fallback.source) == ("Item 1", dt.date(2026, 2, 1), "courier")


def test_a_broken_feed_never_stops_the_others(site, store, fast, fake_pipeline) -> None:
    good = [site.page(f"/ok/{i}.html", story=i) for i in range(3)]
    site.add("/loop/b", status=302, headers={"Location": "/loop/a"})
    feeds = {
        "broken": site.add("/broken.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><ite',
                           content_type="application/rss+xml"),
        "missing": site.url("/missing.xml"),
        "loop": site.add("/loop/a", status=302, headers={"Location": "/loop/b"}),
        "rss": site.rss("/rss.xml", good),
        "slow": site.add("/slow.xml", "<rss/>", delay=1.5),
        "huge": site.add("/huge.xml", "<rss>" + " " * 300_000 + "</rss>", content_type="application/rss+xml"),
        "json": site.json_feed("/feed.json", [site.page(f"/wire/{i}.html", story=10 + i) for i in range(2)]),
        "robots": site.rss("/private/feed.xml", good),
        "atom": site.atom("/atom.xml", [site.page(f"/hill/{i}.html", story=20 + i) for i in range(2)]),
    }
    for name, url in feeds.items():
        add_feed(store.engine, url, every_seconds=600, name=name)
    reasons = {
        "broken": r"^not well-formed XML \(.*\) and no items could be read",
        "missing": r"^HTTP 404 Not Found$",
        "loop": r"^redirect loop: .*/loop/a -> .*/loop/b -> .*/loop/a$",
        "slow": r"^timed out \(no answer within 0.3 s\) \(2 tries\)$",
        "huge": r"^page is 300,\d+ bytes, over the limit of 200,000; not read$",
        "robots": r"robots.txt disallows /private/feed.xml for seismo",
    }
    pipeline = fake_pipeline()
    with Fetcher(replace(fast, timeout=0.3)) as fetcher:
        report = poll_feeds(store, pipeline=pipeline, fetcher=fetcher, now=T0)
        by_name = {o.feed.name: o for o in report.feeds}
        assert {name for name, o in by_name.items() if o.ok} == {"rss", "json", "atom"}
        assert {name: o.stored for name, o in by_name.items() if o.ok} == {"rss": 3, "json": 2, "atom": 2}
        for name, pattern in reasons.items():
            assert by_name[name].error is not None
            assert by_name[name].failures == 1
            assert by_name[name].line().startswith(f"feed {by_name[name].feed.id} ({name}): FAILED (1 in a row): ")
            assert re.search(pattern, by_name[name].error), (name, by_name[name].error)
        assert report.summary().startswith("polled 9 feeds (6 failed): 7 items, 7 new articles stored")

        stored = {f.name: f for f in list_feeds(store.engine)}
        for name in feeds:
            feed = stored[name]
            assert feed.next_poll == T0 + dt.timedelta(seconds=600)  # the first failure waits one period
            assert feed.failures == (1 if name in reasons else 0)
            assert feed.last_error == by_name[name].error

        # ten minutes on, every feed is due: the failing ones fail again and wait twice as long
        again = {o.feed.name: o for o in poll_feeds(store, pipeline=pipeline, fetcher=fetcher, now=T0 + 10 * MINUTE).feeds}
        assert {name for name, o in again.items() if not o.ok} == set(reasons)
        stored = {f.name: f for f in list_feeds(store.engine)}
        assert {stored[name].failures for name in reasons} == {2}
        assert {stored[name].next_poll for name in reasons} == {T0 + 30 * MINUTE}
        assert stored["rss"].next_poll == T0 + 20 * MINUTE

        # the missing feed appears: it is read, its items known by link, its failures forgotten
        site.rss("/missing.xml", good)
        due = [f for f in state.due_feeds(store.engine, now=T0 + 30 * MINUTE) if f.name == "missing"]
        (healed,) = poll_feeds(store, pipeline=pipeline, fetcher=fetcher, feeds=due, now=T0 + 30 * MINUTE).feeds
    assert healed.ok and (healed.items, healed.known_url, healed.stored) == (3, 3, 0)
    missing = {f.name: f for f in list_feeds(store.engine)}["missing"]
    assert (missing.failures, missing.last_error) == (0, None)
    assert counts(store) == (7, 7, 7)


def test_pages_that_fail_are_reported_and_asked_again(site, store, fetcher, fake_pipeline) -> None:
    links = [site.page("/a.html", story=1), site.url("/gone.html"), site.page("/private/p.html", story=2),
             site.add("/empty.html", "<html><body></body></html>", etag='"e1"')]
    add_feed(store.engine, site.rss("/rss.xml", links, etag=None), every_seconds=900)
    pipeline = fake_pipeline()
    (first,) = poll_feeds(store, pipeline=pipeline, fetcher=fetcher, now=T0).feeds
    assert first.ok and (first.stored, first.no_text) == (1, 1)
    assert [(url.rsplit("/", 1)[1], reason.split(";")[0]) for url, reason in first.page_errors] == [
        ("gone.html", "HTTP 404 Not Found"),
        ("p.html", f"{site.base}/robots.txt disallows /private/p.html for seismo"),
    ]
    assert site.hits("/private/p.html") == 0

    site.page("/gone.html", story=3)  # the missing page appears
    (second,) = poll_feeds(store, pipeline=pipeline, fetcher=fetcher, now=T0 + 15 * MINUTE).feeds
    assert (second.stored, second.known_url, len(second.page_errors)) == (1, 2, 1)
    assert site.hits("/a.html") == 1  # stored: never asked again
    asked = [r for r in site.requests if r.path == "/empty.html"]
    assert len(asked) == 2 and asked[1].headers["if-none-match"] == '"e1"'  # no text: asked again, conditionally


def test_an_unexpected_error_on_one_feed_is_recorded(site, store, fetcher, fake_pipeline, monkeypatch) -> None:
    import seismo.feeds.poll as polling

    real = polling.parse_feed

    def parse(data, *, url, content_type=None):
        if url.endswith("/odd.xml"):
            raise RuntimeError("a parser bug")
        return real(data, url=url, content_type=content_type)

    monkeypatch.setattr(polling, "parse_feed", parse)
    add_feed(store.engine, site.rss("/odd.xml", []), every_seconds=900)
    add_feed(store.engine, site.rss("/rss.xml", [site.page("/a.html", story=1)]), every_seconds=900)
    odd, fine = poll_feeds(store, pipeline=fake_pipeline(), fetcher=fetcher, now=T0).feeds
    assert odd.error == "unexpected RuntimeError: a parser bug"
    assert fine.ok and fine.stored == 1


@pytest.mark.parametrize(
    ("every", "failures", "wait"),
    [(900, 1, 900), (900, 2, 1800), (900, 4, 7200), (900, 30, 86400), (3600, 0, 3600)],
)
def test_retry_delay_doubles_up_to_a_day(every, failures, wait) -> None:
    assert retry_delay(every, failures) == dt.timedelta(seconds=wait)


def test_the_background_poller_polls_until_stopped(site, store, fetcher, fake_pipeline) -> None:
    made: list[int] = []

    def make():
        made.append(1)
        return fake_pipeline()

    quiet = Poller(store, pipeline=make, fetcher=fetcher)
    assert quiet.poll_once().feeds == () and made == []  # no feed due: the pipeline is not made

    add_feed(store.engine, site.rss("/rss.xml", [site.page(f"/{i}.html", story=i) for i in range(2)]),
             every_seconds=900)
    polled = threading.Event()
    reports = []

    def got(report) -> None:
        reports.append(report)
        polled.set()

    poller = Poller(store, pipeline=make, fetcher=fetcher, idle=0.05, on_report=got)
    poller.start()
    try:
        assert polled.wait(30), "the poller never polled"
    finally:
        poller.stop()
    assert not poller._thread.is_alive()
    assert [r.stored for r in reports] == [2] and made == [1]


def test_the_poller_goes_on_after_a_poll_that_raises(store, fetcher, fake_pipeline, caplog) -> None:
    from seismo.errors import StoreError
    from seismo.feeds import PollReport

    poller = Poller(store, pipeline=fake_pipeline, fetcher=fetcher, idle=0.01)
    calls: list[int] = []

    def flaky(**_) -> PollReport:
        calls.append(1)
        if len(calls) == 1:
            raise StoreError("database is locked")
        poller.stopping.set()
        return PollReport()

    poller.poll_once = flaky  # type: ignore[method-assign]
    poller.run()
    assert len(calls) == 2
    assert "polling the feeds failed" in caplog.text and "database is locked" in caplog.text
