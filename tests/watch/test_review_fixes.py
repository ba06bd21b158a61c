"""What the review of the watch layer asked for: no hindsight in death tolls, bounded ranges,
an alert whose score summed two days says so, checked watchlist types and webhook URLs, Atom that
survives control characters."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from seismo.contract import ids
from seismo.errors import QueryError
from seismo.model import Article
from seismo.store import Store
from seismo.watch.alerts import MAX_DAYS, Alert, Rule, find_alerts
from seismo.store.read.query import ArticleRef
from seismo.watch.detectors import SeasonalNB
from seismo.watch.series import DailySeries, WatchedEvent, WatchFilter, watched_events
from seismo.watch.watchlists import add, check_filter

DAY = dt.date(2023, 3, 14)


def test_ranges_are_bounded() -> None:
    with Store.open(":memory:") as store:
        with pytest.raises(QueryError, match="at most"):
            find_alerts(store, since=DAY, until=DAY + dt.timedelta(days=MAX_DAYS))
        with pytest.raises(QueryError, match="too early"):
            find_alerts(store, since=dt.date(1, 1, 2))


@pytest.mark.parametrize(("given", "kept"), [("riots", "Riots"), ("protest", "PROTEST"), ("Battles", "Battles")])
def test_watchlist_types_are_spelled_as_the_vocabularies(given: str, kept: str) -> None:
    assert check_filter(WatchFilter(type=given)).type == kept


def test_unknown_watchlist_type_and_hostless_webhook_are_refused() -> None:
    with pytest.raises(QueryError, match="unknown type"):
        check_filter(WatchFilter(type="parades"))
    with Store.open(":memory:") as store:
        for url in ("http://", "https://[x", "ftp://example.org/hook"):
            with pytest.raises(QueryError, match="http"):
                add(store, "w", WatchFilter(country="KEN"), webhook=url, secret="s")


def test_a_two_day_score_reports_two_days() -> None:
    from seismo.watch.alerts import _series_alerts

    first = DAY - dt.timedelta(days=60)
    counts = np.zeros(61, dtype=int)
    counts[-2:] = [2, 2]  # two events a day, twice, after two quiet months
    s = DailySeries("KEN", None, "protest", first, counts, np.zeros(61, dtype=int), tuple(() for _ in range(61)))
    two_days = Rule(detector=SeasonalNB(windows=(1, 2)))
    [alert] = [a for a in _series_alerts(s, since=DAY, rule=two_days, deaths=False) if a.day == DAY]
    assert alert.days == 2 and alert.observed == 4
    assert "in the 2 days up to" in alert.why and "2 quiet days look" in alert.why
    assert alert.to_dict()["days"] == 2


def _watched(day: dt.date, n: int) -> WatchedEvent:
    article = ArticleRef(f"a{day}{n}", day, "t", "Test Wire", None)
    return WatchedEvent(f"e{day}{n}", day, "KEN", None, "protest", None, "PROTEST", None, None, None, article,
                        "Students marched.")


def test_a_one_day_alarm_lists_the_rise_before_it_as_its_onset() -> None:
    from seismo.watch.alerts import _series_alerts

    first = DAY - dt.timedelta(days=60)
    counts = np.zeros(61, dtype=int)
    counts[-4:] = [0, 1, 1, 3]  # quiet, then one event on each of two days, then three
    events = [tuple(_watched(first + dt.timedelta(days=i), j) for j in range(c)) for i, c in enumerate(counts)]
    s = DailySeries("KEN", None, "protest", first, counts, np.zeros(61, dtype=int), tuple(events))
    day_alone = Rule(detector=SeasonalNB(windows=(1,)))
    [alert] = [a for a in _series_alerts(s, since=DAY, rule=day_alone, deaths=False) if a.day == DAY]
    assert alert.days == 1 and alert.observed == 3 and alert.onset == 2
    assert len(alert.events) == 5  # the day's three and the onset's two; the quiet day before adds none
    assert f"rising since {DAY - dt.timedelta(days=2)}" in alert.why
    assert alert.to_dict()["onset"] == 2


def _article(text: str, day: dt.date, title: str) -> Article:
    return Article(ids.article_id(text + day.isoformat()), text, day, title, "Test Wire", None, None)


@pytest.mark.model
def test_a_toll_published_later_is_not_known_on_the_day(pipeline, tmp_path) -> None:
    day = DAY
    news = [
        _article(f"Police shot dead three protesters in Garissa, Kenya, on {day:%A, %d %B %Y}.", day, "Three killed"),
        _article(f"Police killed 40 protesters in Garissa, Kenya, on {day:%d %B %Y}, officials said on Friday.",
                 day + dt.timedelta(days=10), "Toll rises to 40"),
    ]
    with Store.open(tmp_path / "t.db") as store:
        store.write(list(pipeline.run_many(news)))
        live = [e for e in watched_events(store.engine, first=day, last=day, known_within_days=1) if e.killed]
        later = [e for e in watched_events(store.engine, first=day, last=day) if e.killed]
    assert live and max(e.killed for e in live) == 3  # what was known on the day
    assert later and max(e.killed for e in later) == 40  # hindsight: the later, larger toll


def test_atom_survives_control_characters() -> None:
    from seismo.store.read.query import ArticleRef
    from seismo.watch.atom import alerts_feed
    from seismo.watch.series import WatchedEvent

    ref = ArticleRef("a1", DAY, "Strike\x1b in\x01 port", None, None)
    event = WatchedEvent("e1", DAY, "KEN", None, "protest", None, "PROTEST", None, "Mombasa", None, ref,
                         "Dockers\x0b struck.")
    alert = Alert("x1", DAY, "count", "KEN", None, "protest", 3, 0.1, 0.3, 5.0, 3.0, (DAY, DAY), (0, 3), (event,))
    body = alerts_feed([alert], watch=None, base_url="http://localhost/")
    ET.fromstring(body)  # well-formed


def test_a_delivered_alert_is_never_marked_failed_again(tmp_path) -> None:
    from seismo.store.watch.watchlists import Delivery, deliveries, record_delivery

    now = dt.datetime(2023, 3, 14, 12, tzinfo=dt.timezone.utc)
    with Store.open(tmp_path / "d.db") as store:
        record_delivery(store.engine, Delivery("w", "a1", "https://hooks.example.org/x", "delivered", 1, now,
                                               200, None, now))
        # a second run that started before the first recorded its success, and failed
        record_delivery(store.engine, Delivery("w", "a1", "https://hooks.example.org/x", "failed", 2, now, 503,
                                               "HTTP 503"))
        [found] = deliveries(store.engine, "w").values()
    assert found.status == "delivered" and found.http_status == 200
