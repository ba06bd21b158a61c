"""``seismo alerts``: the days a place departs from its baseline, and why (:mod:`seismo.watch`)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

import click

from seismo.commands.common import HELP, NothingDone, db_option, library_errors, parse_date_option, settings_from

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
@click.option("--format", "fmt", type=click.Choice(("table", "json")), default="table", show_default=True,
              help="table for people; json (one array) for programs.")
@library_errors
def alerts(db_url: str | None, since: dt.date | None, until: dt.date | None, country: str | None,
           family: str | None, fmt: str) -> None:
    """Alerts: days on which a country (or region) departs from its baseline.

    Three kinds: 'count' (a family's events on the day, scored against the last four weeks
    with weekday effects), 'fatalities' (the day's reconciled deaths, scored the same way) and
    'novel' (the first military deployment, state of emergency, curfew ... in a year). Each
    alert names its baseline, its score and the articles that drove it.

    Example: seismo alerts --country KAZ --since 2022-01-01 --until 2022-01-10
    """
    from seismo.store import Store
    from seismo.watch.alerts import find_alerts

    store = Store.open(settings_from(db_url).db_url, create=False)
    try:
        last = until or store.stats().last_date
        if last is None:
            raise NothingDone("the store has no dated article; ingest some news first")
        first = since or last - dt.timedelta(days=DEFAULT_DAYS - 1)
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
