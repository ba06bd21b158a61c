"""Alerts from a store (:mod:`seismo.watch.alerts`): a spike of protests across a country
alerts with its articles; a first military deployment is news; events reported late do not
count on their day; the samples' Kazakhstan alert comes by 5 January 2022."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.contract import ids
from seismo.model import Article
from seismo.store import Store
from seismo.watch.alerts import Rule, find_alerts

QUIET = ["Kisumu", "Nakuru", "Eldoret", "Nyeri"]
SPIKE = ["Mombasa", "Machakos", "Kakamega", "Thika", "Garissa", "Naivasha"]
DAY = dt.date(2023, 3, 14)


def article(text: str, day: dt.date, title: str) -> Article:
    return Article(ids.article_id(text + day.isoformat()), text, day, title, "Test Wire", None, None)


def news() -> list[Article]:
    out = []
    for week, town in enumerate(QUIET):  # a protest a week for four weeks
        day = DAY - dt.timedelta(days=30 - 7 * week)
        out.append(article(f"Several hundred traders marched through {town}, Kenya, on {day:%A} to protest "
                           f"against new market fees.", day, f"Traders march in {town}"))
    for town in SPIKE:  # then six protests in six towns on one day
        out.append(article(f"Thousands of students protested in {town}, Kenya, on {DAY:%A} against the "
                           f"closure of their colleges.", DAY, f"Students protest in {town}"))
    out.append(article(f"The Kenyan government deployed troops to Garissa on {DAY:%A} to restore order.",
                       DAY, "Troops deployed to Garissa"))
    return out


@pytest.fixture(scope="module")
def store(pipeline, tmp_path_factory):
    s = Store.open(tmp_path_factory.mktemp("watch") / "w.db")
    s.write(list(pipeline.run_many(news())))
    yield s
    s.close()


def test_a_spike_alerts_with_its_articles(store) -> None:
    found = find_alerts(store, since=DAY, country="KEN")
    [spike] = [a for a in found if a.kind == "count" and a.family == "protest" and a.admin1 is None]
    assert spike.day == DAY and spike.observed >= 5
    assert spike.expected < 1 and spike.score > spike.threshold
    headlines = {e.article.headline for e in spike.events}
    assert {f"Students protest in {t}" for t in SPIKE[:5]} <= headlines
    assert spike.baseline == (DAY - dt.timedelta(days=30), DAY - dt.timedelta(days=3))
    assert spike.coverage == len(QUIET)
    assert "protest events in KEN" in spike.why and "expected" in spike.why
    assert spike.spark[-1] == spike.observed
    as_json = spike.to_dict()
    assert as_json["articles"] and as_json["events"][0]["headline"] and as_json["day"] == DAY.isoformat()


def test_no_alert_on_the_quiet_weeks(store) -> None:
    quiet = find_alerts(store, since=DAY - dt.timedelta(days=30), until=DAY - dt.timedelta(days=1), country="KEN")
    assert [a for a in quiet if a.kind == "count" and a.admin1 is None and a.day > DAY - dt.timedelta(days=20)] == []


def test_first_military_deployment_is_news(store) -> None:
    novel = [a for a in find_alerts(store, since=DAY, country="KEN") if a.kind == "novel"]
    assert any(a.family == "military deployment" and a.day == DAY for a in novel), [a.why for a in novel]


def test_late_reports_do_not_count_on_their_day(pipeline, tmp_path) -> None:
    late = [article(a.text, a.date + dt.timedelta(days=10), a.title) if a.title.startswith("Students") else a
            for a in news()]
    # the same news published ten days after the day they tell of ("on Tuesday" is then resolved
    # against the later date, so the text names the date outright)
    late = [article(a.text.replace(f"on {DAY:%A}", f"on {DAY:%d %B %Y}"), a.date, a.title) for a in late]
    with Store.open(tmp_path / "late.db") as s:
        s.write(list(pipeline.run_many(late)))
        live = [a for a in find_alerts(s, since=DAY, country="KEN") if a.kind == "count" and a.family == "protest"]
        hindsight = [a for a in find_alerts(s, since=DAY, country="KEN", rule=Rule(known_within_days=None))
                     if a.kind == "count" and a.family == "protest" and a.admin1 is None]
    assert live == [] and hindsight and hindsight[0].day == DAY


def test_since_after_until_is_refused(store) -> None:
    from seismo.errors import QueryError

    with pytest.raises(QueryError, match="after until"):
        find_alerts(store, since=DAY, until=DAY - dt.timedelta(days=1))


def test_samples_kazakhstan_alert_by_5_january(pipeline) -> None:
    from seismo.eval.alerts import samples_check

    ok, found, alerts = samples_check(pipeline)
    assert ok, found


def test_cli_alerts_json_and_table(store) -> None:
    import json

    from click.testing import CliRunner

    from seismo.cli import cli

    runner = CliRunner()
    url = str(store.url)
    result = runner.invoke(cli, ["alerts", "--db", url, "--since", DAY.isoformat(), "--until", DAY.isoformat(),
                                 "--country", "KEN", "--format", "json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert any(a["kind"] == "count" and a["family"] == "protest" and a["day"] == DAY.isoformat() for a in found)
    table = runner.invoke(cli, ["alerts", "--db", url, "--since", DAY.isoformat(), "--country", "KEN"])
    assert table.exit_code == 0 and "Students protest in" in table.stdout and "alerts" in table.stdout
    assert runner.invoke(cli, ["alerts", "--db", url, "--family", "parades"]).exit_code == 2
    assert runner.invoke(cli, ["alerts", "--db", url + ".missing"]).exit_code == 2
