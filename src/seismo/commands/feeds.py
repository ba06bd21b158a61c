"""``seismo feeds add / list / remove / poll``: news feeds polled into the store (:mod:`seismo.feeds`)."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from seismo.commands.common import (
    EXIT_NOTHING, EXIT_PARTIAL, HELP, NothingDone, db_option, library_errors, settings_from,
)

#: a piped table is never wrapped: as wide as its widest row, so no word is split
PIPED_WIDTH = 1_000_000


def _open(db_url: str | None, *, create: bool = False) -> Any:
    from seismo.store import Store

    return Store.open(settings_from(db_url).db_url, create=create)


def _when(moment: Any) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else ""


@click.group(context_settings=HELP)
def feeds() -> None:
    """News feeds (RSS 2.0, Atom, JSON Feed) polled into the store.

    \b
    seismo feeds add https://example.org/rss.xml --name example --every 15m
    seismo feeds poll --once        # poll the due feeds now, store their new articles
    seismo feeds poll               # keep polling, each feed at its period (Ctrl-C stops)
    seismo feeds list               # each feed's state: last and next poll, failures, last error

    Pages are fetched politely: robots.txt honoured, one request per host at a time
    (--delay apart), conditional GET, timeouts, retries with backoff, a size limit, and a
    User-Agent naming seismo.  An item whose link or text is already stored is skipped.
    """


@feeds.command("add", context_settings=HELP)
@click.argument("url")
@click.option("--name", default=None,
              help="A short name for the feed (default: the feed's own title, once polled).")
@click.option("--every", default="15m", show_default=True, metavar="PERIOD",
              help="How often to poll it: a number and a unit, s m h or d (at least 1m).")
@db_option
@library_errors
def add(url: str, name: str | None, every: str, db_url: str | None) -> None:
    """Add the feed at URL (due at once).  Adding a URL again changes its --every and --name."""
    from seismo.feeds import add_feed, format_every, parse_every

    seconds = parse_every(every)
    if not url.lower().startswith(("http://", "https://")):
        raise click.BadParameter(f"{url!r} is not an http:// or https:// address", param_hint="URL")
    with _open(db_url, create=True) as store:
        feed, created = add_feed(store.engine, url, every_seconds=seconds, name=name)
    verb = "added" if created else "updated"
    click.echo(f"{verb} feed {feed.id}: {feed.url} (every {format_every(feed.every_seconds)}"
               f"{', name ' + feed.name if feed.name else ''})", err=True)


@feeds.command("list", context_settings=HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table for people; json: one JSON object per feed and line.")
@db_option
@library_errors
def list_(fmt: str, db_url: str | None) -> None:
    """Every feed with its state: period, last and next poll, failures in a row, last error,
    and the item pages fetched (with the number that gave articles)."""
    from seismo.feeds import format_every, list_feeds
    from seismo.store.watch.feeds import feed_item_counts

    with _open(db_url) as store:
        found = list_feeds(store.engine)
        pages = feed_item_counts(store.engine)
    if fmt == "json":
        for feed in found:
            fetched, articles = pages.get(feed.id, (0, 0))
            row = {"id": feed.id, "url": feed.url, "name": feed.name, "every_seconds": feed.every_seconds,
                   "last_polled": feed.last_polled.isoformat() if feed.last_polled else None,
                   "next_poll": feed.next_poll.isoformat() if feed.next_poll else None,
                   "failures": feed.failures, "last_error": feed.last_error, "pages": fetched,
                   "articles": articles}
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not found:
        click.echo("no feeds; add one with `seismo feeds add URL`", err=True)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for column in ("id", "name", "url", "every", "last polled (UTC)", "next poll (UTC)", "failures",
                   "last error", "pages", "articles"):
        table.add_column(column)
    for feed in found:
        fetched, articles = pages.get(feed.id, (0, 0))
        table.add_row(str(feed.id), feed.name or "", feed.url, format_every(feed.every_seconds),
                      _when(feed.last_polled), _when(feed.next_poll) or "now", str(feed.failures),
                      feed.last_error or "", str(fetched), str(articles))
    console = Console(soft_wrap=False) if sys.stdout.isatty() else Console(soft_wrap=False, width=PIPED_WIDTH)
    console.print(table)


@feeds.command("remove", context_settings=HELP)
@click.argument("feed")
@db_option
@library_errors
def remove(feed: str, db_url: str | None) -> None:
    """Remove FEED (its id, URL or name) and its item rows; the articles it stored stay."""
    from seismo.feeds import find_feed, remove_feed

    with _open(db_url) as store:
        found = find_feed(store.engine, feed)
        rows = remove_feed(store.engine, found.id)
    click.echo(f"removed feed {found.id}: {found.url} ({rows} item rows; its articles stay stored)", err=True)


@feeds.command("poll", context_settings=HELP)
@click.option("--once", is_flag=True,
              help="Poll the due feeds once and exit (default: keep polling until Ctrl-C).")
@click.option("--all", "all_", is_flag=True, help="With --once: poll every feed now, due or not.")
@click.option("--feed", "only", multiple=True, metavar="FEED",
              help="With --once: poll only this feed (id, URL or name), due or not; repeat for more.")
@click.option("--delay", type=click.FloatRange(0.0), default=1.0, show_default=True,
              help="Seconds between two requests to one host (a robots.txt Crawl-delay may ask more).")
@click.option("--timeout", type=click.FloatRange(0.1), default=10.0, show_default=True,
              help="Seconds to wait to connect, or for the next bytes of an answer.")
@click.option("--max-items", type=click.IntRange(1), default=200, show_default=True,
              help="Item pages fetched per feed and poll, at most (the rest wait for the next poll).")
@db_option
@library_errors
def poll(once: bool, all_: bool, only: tuple[str, ...], delay: float, timeout: float, max_items: int,
         db_url: str | None) -> None:
    """Fetch the due feeds and their new item pages, and store the articles (extracted like
    `seismo ingest`).

    A feed that fails is reported with its reason and tried again later (its period doubled
    at each failure in a row, at most a day); the other feeds go on.  With --once the exit
    status is 0 when every feed polled was read, 1 when some feed or page failed, 2 when
    every feed polled failed or there is no feed.
    """
    from seismo.feeds import Fetcher, Poller, Politeness, find_feed, list_feeds, poll_feeds
    from seismo.pipeline import Pipeline

    settings = settings_from(db_url)
    if (all_ or only) and not once:
        raise click.UsageError("--all and --feed poll once: add --once")
    with _open(db_url) as store, Fetcher(Politeness(host_delay=delay, timeout=timeout)) as fetcher:
        if not list_feeds(store.engine):
            raise NothingDone("no feeds in the store; add one with `seismo feeds add URL`")
        poller = Poller(store, pipeline=lambda: Pipeline(settings=settings), fetcher=fetcher,
                        max_items=max_items, on_feed=_echo_outcome)
        if not once:
            poller.on_report = lambda report: click.echo(report.summary(), err=True)
            click.echo(f"polling the feeds of {store.url} (Ctrl-C stops)", err=True)
            try:
                poller.run()
            except KeyboardInterrupt:
                click.echo("stopped", err=True)
            return
        if all_ or only:
            chosen = list_feeds(store.engine) if all_ else [find_feed(store.engine, ref) for ref in only]
            report = poll_feeds(store, pipeline=Pipeline(settings=settings), fetcher=fetcher, feeds=chosen,
                                max_items=max_items, on_feed=_echo_outcome)
        else:
            report = poller.poll_once()
            if not report.feeds:
                soonest = min(f.next_poll for f in list_feeds(store.engine) if f.next_poll is not None)
                click.echo(f"no feed was due; the next is due at {_when(soonest)} UTC "
                           "(--all polls every feed now)", err=True)
                return
    click.echo(report.summary(), err=True)
    if report.feeds and len(report.failed) == len(report.feeds):
        sys.exit(EXIT_NOTHING)
    if report.failed or any(o.page_errors for o in report.feeds):
        sys.exit(EXIT_PARTIAL)


def _echo_outcome(outcome: Any) -> None:
    click.echo(outcome.line(), err=True)
    for warning in outcome.warnings:
        click.echo(f"  warning: {warning}", err=True)
    for url, problem in outcome.page_errors:
        click.echo(f"  page {url}: {problem}", err=True)
