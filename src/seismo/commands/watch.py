"""``seismo alerts``: the days a place departs from its baseline, and why; ``seismo watch``:
watchlists (saved filters with their own rule and webhook) and their delivery (:mod:`seismo.watch`)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import click

from seismo.commands.common import (
    EXIT_PARTIAL,
    HELP,
    NothingDone,
    db_option,
    library_errors,
    parse_date_option,
    settings_from,
)

#: days looked at when neither --since nor --until is given: the store's last week
DEFAULT_DAYS = 7


def _families() -> tuple[str, ...]:
    from seismo.watch.families import families

    return families()


@click.command(context_settings=HELP)
@db_option
@click.option("--since", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="First day to raise alerts for [default: a week before --until].")
@click.option("--until", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="Last day [default: the newest article's day].")
@click.option("--country", help="ISO 3166-1 alpha-3 code, e.g. KAZ.")
@click.option("--family", type=click.Choice(_families()), help="Only this family of events.")
@click.option("--watch", "watch_name", metavar="NAME",
              help="The alerts of this watchlist: its filter and rule (seismo watch list shows them).")
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True,
              help="table for people; json (one array) for programs.")
@library_errors
def alerts(db_url: str | None, since: dt.date | None, until: dt.date | None, country: str | None,
           family: str | None, watch_name: str | None, fmt: str) -> None:
    """Alerts: days on which a country (or region) departs from its baseline.

    Three kinds: 'count' (a family's events on the day, scored against the last four weeks
    with weekday effects), 'fatalities' (the day's reconciled deaths, scored the same way) and
    'novel' (the first military deployment, state of emergency, curfew ... in a year). Each
    alert names its baseline, its score and the articles that drove it.

    Example: seismo alerts --country KAZ --since 2022-01-01 --until 2022-01-10
    """
    from seismo.store import Store
    from seismo.watch.alerts import find_alerts
    from seismo.watch.watchlists import default_window, get, watch_alerts

    store = Store.open(settings_from(db_url).db_url, create=False)
    try:
        window = default_window(store, since=since, until=until, days=DEFAULT_DAYS)
        if window is None:
            raise NothingDone("the store has no dated article; ingest some news first")
        first, last = window
        if watch_name:
            found = watch_alerts(store, get(store, watch_name), since=first, until=last, country=country,
                                 family=family)
        else:
            found = find_alerts(store, since=first, until=last, country=country, family=family)
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps([a.to_dict() for a in found], ensure_ascii=False, indent=2))
        return
    _table(found, first, last)


def _table(found: list[Any], first: dt.date, last: dt.date) -> None:
    from rich.table import Table

    from seismo.commands.query import _console

    table = Table(title=f"alerts {first} to {last}, strongest first")
    for column in ("day", "place", "kind", "what", "seen", "expected", "score", "why", "articles"):
        table.add_column(column, justify="right" if column in ("seen", "expected", "score") else "left")
    for a in found:
        heads = "; ".join(dict.fromkeys(e.article.headline for e in a.events))
        table.add_row(str(a.day), a.place, a.kind, a.family.replace("_", " "), str(a.observed),
                      f"{a.expected:.2g}" if a.kind != "novel" else "", f"{a.score:.1f}", a.why, heads)
    console = _console()
    console.print(table)
    console.print(f"{len(found)} alert{'s' if len(found) != 1 else ''}.")
    if not found:
        sys.stdout.flush()


@click.group(context_settings=HELP)
def watch() -> None:
    """Watchlists: saved filters, each with its own alert rule and webhook.

    \b
    seismo watch add kaz --country KAZ --family protest --threshold 2.5
    seismo watch add kaz --country KAZ --webhook https://hooks.example/x --secret S --replace
    seismo alerts --watch kaz             the watchlist's alerts
    seismo watch notify                   post new alerts to the webhooks, once each
    """


@watch.command("add", context_settings=HELP)
@click.argument("name")
@click.option("--country", help="ISO 3166-1 alpha-3 code, e.g. KAZ.")
@click.option("--admin1", help="A first-level region as the store names it, e.g. Mangystau Region.")
@click.option("--actor", help="Part of an actor's or recipient's name, or their ISO3 / sector code (COP, GOV).")
@click.option("--family", type=click.Choice(_families()), help="Only this family of events.")
@click.option("--type", "type_", metavar="TYPE", help="A PLOVER type (PROTEST) or ACLED event type (Riots).")
@click.option("--q", help="Every word in an event's evidence sentence or its article's headline.")
@click.option("--threshold", type=click.FloatRange(min=0, min_open=True), default=3.0, show_default=True,
              help="Alert score threshold (-log10 of the tail probability; 3: once in 1,000 quiet days).")
@click.option("--min-events", type=click.IntRange(min=1), default=2, show_default=True,
              help="Least events on the day for a count alert.")
@click.option("--min-deaths", type=click.IntRange(min=1), default=3, show_default=True,
              help="Least deaths on the day for a fatalities alert.")
@click.option("--kinds", default="count,fatalities,novel", show_default=True,
              help="Kinds of alert kept, comma-separated.")
@click.option("--webhook", metavar="URL", help="POST each new alert here (seismo watch notify).")
@click.option("--secret", help="HMAC-SHA256 key of the X-Seismo-Signature header (needed with --webhook).")
@click.option("--replace", is_flag=True, help="Replace the watchlist of this name if there is one.")
@db_option
@library_errors
def add(name: str, country: str | None, admin1: str | None, actor: str | None, family: str | None,
        type_: str | None, q: str | None, threshold: float, min_events: int, min_deaths: int, kinds: str,
        webhook: str | None, secret: str | None, replace: bool, db_url: str | None) -> None:
    """Save a watchlist NAME: a filter of the watched events and its alert rule."""
    from seismo.store import Store
    from seismo.watch.series import WatchFilter
    from seismo.watch.watchlists import WatchRule
    from seismo.watch.watchlists import add as add_watchlist

    rule = WatchRule(threshold=threshold, min_events=min_events, min_deaths=min_deaths,
                     kinds=tuple(k.strip() for k in kinds.split(",") if k.strip()))  # type: ignore[arg-type]
    with Store.open(settings_from(db_url).db_url) as store:
        saved = add_watchlist(store, name, WatchFilter(country=country, admin1=admin1, actor=actor, family=family,
                                                       type=type_, q=q), rule,
                              webhook=webhook, secret=secret, replace=replace)
    click.echo(f"watchlist {saved.name}: {saved.description}" + (f"; webhook {saved.webhook}" if saved.webhook else ""))


@watch.command("list", context_settings=HELP)
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True,
              help="table for people; json (one array, without secrets) for programs.")
@db_option
@library_errors
def list_(fmt: str, db_url: str | None) -> None:
    """The watchlists, by name (secrets are never shown)."""
    from seismo.store import Store
    from seismo.watch.watchlists import all_watchlists

    with Store.open(settings_from(db_url).db_url, create=False) as store:
        found = all_watchlists(store)
    if fmt == "json":
        click.echo(json.dumps([w.to_dict() for w in found], ensure_ascii=False, indent=2))
        return
    for w in found:
        click.echo(f"{w.name}\t{w.description}\t{w.webhook or 'no webhook'}")
    click.echo(f"{len(found)} watchlist{'s' if len(found) != 1 else ''}.")



@watch.command("remove", context_settings=HELP)
@click.argument("name")
@db_option
@library_errors
def remove(name: str, db_url: str | None) -> None:
    """Remove the watchlist NAME and its delivery records."""
    from seismo.store import Store
    from seismo.watch.watchlists import remove as remove_watchlist

    with Store.open(settings_from(db_url).db_url, create=False) as store:
        remove_watchlist(store, name)
    click.echo(f"watchlist {name} removed")


@watch.command("notify", context_settings=HELP)
@click.option("--since", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="First day whose alerts are posted [default: a week before --until].")
@click.option("--until", callback=parse_date_option, metavar="YYYY-MM-DD",
              help="Last day [default: the newest article's day].")
@click.option("--watch", "names", multiple=True, metavar="NAME", help="Only this watchlist (repeatable).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=10.0, show_default=True,
              help="Seconds to wait for each webhook answer.")
@click.option("--retries", type=click.IntRange(min=0), default=3, show_default=True,
              help="Tries after the first on a timeout, 408, 429 or 5xx (backoff 1 s, doubled each time).")
@db_option
@library_errors
def notify(since: dt.date | None, until: dt.date | None, names: tuple[str, ...], timeout: float, retries: int,
           db_url: str | None) -> None:
    """Post each watchlist's new alerts to its webhook, signed; each alert once per webhook.

    Exit status 1 when some alert could not be delivered (it is tried again next run).
    """
    from seismo.store import Store
    from seismo.watch.deliver import deliver

    with Store.open(settings_from(db_url).db_url, create=False) as store:
        report = deliver(store, since=since, until=until, names=names, timeout=timeout, retries=retries)
    for name, alert_id, why in report.failed:
        click.echo(f"not delivered: watchlist {name} alert {alert_id}: {why}", err=True)
    click.echo(report.summary)
    if report.failed:
        raise SystemExit(EXIT_PARTIAL)
