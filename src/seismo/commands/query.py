"""``seismo events``, ``quotes``, ``show``, ``story`` and ``export``: read the store, never run the NLP.

Each command builds a filter from its options, calls one ``Store`` method and prints the
answer (rich tables for people, CSV / JSON lines for programs).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from seismo.commands.common import HELP, NothingDone, db_option, library_errors, parse_date_option, settings_from
from seismo.contract.vocab import ACLED_EVENT_TYPES, ACLED_SUB_EVENT_TYPES, MODALITIES, MODES, PLOVER_TYPES, SCOPES

F = TypeVar("F", bound=Callable[..., Any])

#: a piped table is never wrapped: as wide as its widest row, so no word is split
PIPED_WIDTH = 1_000_000


def _one_of(what: str, plover: tuple[str, ...] | frozenset[str], acled: frozenset[str]) -> Callable[..., str | None]:
    """An option callback accepting a PLOVER or an ACLED name (any case), refusing anything else
    with the list of valid values."""
    known = {name.lower() for name in (*plover, *acled)}

    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is None or value.lower() in known:
            return value
        raise click.BadParameter(
            f"{value!r} is not a PLOVER {what[0]} ({', '.join(sorted(plover))}) "
            f"or an ACLED {what[1]} ({', '.join(sorted(acled))})"
        )

    return check


def filter_options(func: F) -> F:
    """The event filter options shared by ``events`` and ``export``."""
    options = [
        click.option("--country", help="ISO 3166-1 alpha-3 code of the event location, e.g. KAZ."),
        click.option("--type", "type_", callback=_one_of(("type", "event type"), PLOVER_TYPES, ACLED_EVENT_TYPES),
                     help="PLOVER type (PROTEST) or ACLED event type (Riots)."),
        click.option("--sub-type", callback=_one_of(("mode", "sub-event type"), MODES, ACLED_SUB_EVENT_TYPES),
                     help="ACLED sub-event type ('Peaceful protest') or PLOVER mode (riot)."),
        click.option("--actor", help="Part of an actor's or recipient's name, or their ISO3 / sector code."),
        click.option("--since", callback=parse_date_option, metavar="YYYY-MM-DD",
                     help="Events whose date reaches this day or later."),
        click.option("--until", callback=parse_date_option, metavar="YYYY-MM-DD",
                     help="Events whose date starts on this day or earlier."),
        click.option("--q", help="Every word in the evidence sentence or the article."),
        click.option("--modality", type=click.Choice(MODALITIES, case_sensitive=False),
                     help="Only events with this modality (statistics count 'asserted')."),
        click.option("--article", "article_id", help="Only this article's events."),
        click.option("--scope", type=click.Choice(SCOPES, case_sensitive=False),
                     default="political", show_default=True,
                     help="political events, incidents (ordinary crimes, accidents), or all."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filter(opts: dict[str, Any], *, limit: int | None, offset: int = 0) -> Any:
    from seismo.store import EventFilter

    return EventFilter(
        country=opts["country"], type=opts["type_"], sub_event_type=opts["sub_type"], actor=opts["actor"],
        since=opts["since"], until=opts["until"], modality=opts["modality"], q=opts["q"],
        article_id=opts["article_id"], scope=opts["scope"], limit=limit, offset=offset,
    )


def _open(db_url: str | None) -> Any:
    from seismo.store import Store

    return Store.open(settings_from(db_url).db_url, create=False)


def _console() -> Any:
    from rich.console import Console

    if sys.stdout.isatty():
        return Console(soft_wrap=False)
    return Console(soft_wrap=False, width=PIPED_WIDTH)


def _num(event: Any) -> str:
    parts = []
    for c in event.counts:
        value = c.best if c.best is not None else (c.low if c.high is None else f"{c.low}-{c.high}")
        parts.append(f"{c.kind[0].upper()}{value}")
    return " ".join(parts)


def _who(actor: Any) -> str:
    if actor is None:
        return ""
    codes = "/".join(x for x in (actor.country, actor.sector) if x)
    return f"{actor.name or actor.text}" + (f" [{codes}]" if codes else "")


def _events_table(hits: list[Any]) -> Any:
    from rich.table import Table

    table = Table(show_lines=False, expand=False)
    for name in ("date", "where", "type", "who → whom", "n", "modality", "evidence", "article"):
        table.add_column(name, overflow="fold")
    for hit in hits:
        e = hit.event
        place = e.location.place if e.location else None
        where = ", ".join(x for x in ((place.name if place else None), (place.country if place else None)) if x)
        kind = e.type + (f"/{e.mode}" if e.mode else "")
        if e.acled_sub_event_type:
            kind += f"\n{e.acled_sub_event_type}"
        who = _who(e.actor) + (f" → {_who(e.recipient)}" if e.recipient else "")
        modality = e.modality + (" (hedged)" if e.hedged else "")
        evidence = e.evidence.text if len(e.evidence.text) <= 140 else e.evidence.text[:137] + "..."
        table.add_row(e.date.value if e.date else "", where, kind, who, _num(e), modality, evidence,
                      hit.article.id)
    return table


def _summary_table(rows: list[Any]) -> Any:
    from rich.table import Table

    table = Table(title="asserted events by country and type", min_width=40)
    table.add_column("country")
    table.add_column("type")
    table.add_column("events", justify="right")
    for row in rows:
        table.add_row(row.country or "?", row.type, str(row.events))
    return table


@click.command(context_settings=HELP)
@db_option
@filter_options
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1), help="Most reports shown.")
@click.option("--offset", default=0, show_default=True, type=click.IntRange(min=0), help="Reports skipped first.")
@click.option("--format", "fmt", type=click.Choice(("table", "csv", "jsonl")), default="table",
              show_default=True, help="table for people; csv (ACLED-style columns) or jsonl for programs.")
@click.option("--summary", is_flag=True, help="Print asserted events by country and type instead.")
@library_errors
def events(db_url: str | None, limit: int, offset: int, fmt: str, summary: bool, **opts: Any) -> None:
    """List stored event reports, newest first, filtered by the options.

    Example: seismo events --country KAZ --type PROTEST --since 2022-01-01
    """
    from seismo.store.export.events import write_csv, write_jsonl

    store = _open(db_url)
    try:
        if summary:
            rows = store.summary(_filter(opts, limit=None))
            console = _console()
            console.print(_summary_table(rows))
            console.print(store.stats().summary())
            return
        flt = _filter(opts, limit=limit, offset=offset)
        hits = store.events(flt)
        if fmt == "csv":
            write_csv(hits, sys.stdout)
        elif fmt == "jsonl":
            write_jsonl(hits, sys.stdout)
        else:
            total = store.count_events(flt)
            console = _console()
            console.print(_events_table(hits))
            console.print(f"{len(hits)} of {total} matching event reports shown (from #{offset + 1}).")
    finally:
        store.close()


@click.command(context_settings=HELP)
@db_option
@click.option("--speaker", help="Part of the speaker's name or of the words naming them.")
@click.option("--org", help="Part of the speaker's organisation.")
@click.option("--q", help="Every word in the quote.")
@click.option("--article", "article_id", help="Only this article's quotes.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1), help="Most quotes shown.")
@click.option("--format", "fmt", type=click.Choice(("table", "jsonl")), default="table", show_default=True,
              help="table (with counts per speaker) or jsonl.")
@library_errors
def quotes(db_url: str | None, speaker: str | None, org: str | None, q: str | None, article_id: str | None,
           limit: int, fmt: str) -> None:
    """List stored quotes and how many each speaker has.

    Example: seismo quotes --speaker Mikhelidze
    """
    import json

    from rich.table import Table

    store = _open(db_url)
    try:
        hits = store.quotes(speaker=speaker, org=org, q=q, article_id=article_id, limit=limit)
        if fmt == "jsonl":
            for hit in hits:
                click.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
            return
        table = Table()
        for name in ("speaker", "organisation", "kind", "quote", "article"):
            table.add_column(name, overflow="fold")
        for hit in hits:
            s = hit.quote.speaker
            who = (s.name or s.text) if s else "?"
            text = hit.quote.text if len(hit.quote.text) <= 160 else hit.quote.text[:157] + "..."
            table.add_row(who, (s.organization if s else None) or "", hit.quote.kind, text, hit.article.id)
        per = Table(title="quotes per speaker")
        per.add_column("speaker")
        per.add_column("also named")
        per.add_column("organisation")
        per.add_column("quotes", justify="right")
        for row in store.speakers(speaker=speaker, org=org, q=q):
            per.add_row(row.speaker, "; ".join(row.aliases), row.organization or "", str(row.quotes))
        console = _console()
        console.print(table)
        console.print(per)
    finally:
        store.close()


#: what ``show`` marks, and how (later styles win where marks overlap)
_MARKS = (
    ("quote", "italic yellow"),
    ("speaker", "bold magenta"),
    ("place", "bold green"),
    ("date", "bold cyan"),
    ("count", "bold red"),
    ("event trigger", "bold white on red"),
)
_STYLE = dict(_MARKS)


def render(result: Any) -> list[Any]:
    """The rich renderables ``show`` prints for one stored Result."""
    from rich.table import Table
    from rich.text import Text

    a = result.article
    head = Text(a.title or "(no title)", style="bold")
    meta = " · ".join(x for x in (a.id, a.date.isoformat() if a.date else None, a.source, a.url) if x)
    body = Text(a.text)
    size = len(a.text)

    def mark(start: int, end: int, kind: str) -> None:
        if 0 <= start < end <= size:
            body.stylize(_STYLE[kind], start, end)

    for q in result.quotes:
        mark(q.start, q.end, "quote")
        if q.speaker is not None:
            mark(q.speaker.start, q.speaker.end, "speaker")
    for p in result.places:
        mark(p.start, p.end, "place")
    for w in result.dates:
        mark(w.start, w.end, "date")
    for e in result.events:
        for c in e.counts:
            mark(c.start, c.end, "count")
        mark(e.trigger.start, e.trigger.end, "event trigger")
    legend = Text("legend: ")
    for kind, style in _MARKS:
        legend.append(kind, style=style)
        legend.append("  ")

    events = Table(title=f"events ({len(result.events)})")
    for name in ("trigger", "type", "date", "where", "who → whom", "n", "modality", "attributed to"):
        events.add_column(name, overflow="fold")
    for e in result.events:
        place = e.location.place if e.location else None
        date = f"{e.date.value} ({e.date.source})" if e.date else ""
        where = f"{place.name}, {place.country or '?'} (p{e.location.precision})" if place else ""
        who = _who(e.actor) + (f" → {_who(e.recipient)}" if e.recipient else "")
        events.add_row(
            e.trigger.text, e.type + (f"/{e.mode}" if e.mode else ""), date, where, who, _num(e),
            e.modality + (" (hedged)" if e.hedged else ""), e.attributed_to.text if e.attributed_to else "",
        )
    quotes_ = Table(title=f"quotes ({len(result.quotes)})")
    for name in ("speaker", "role / organisation", "kind", "quote"):
        quotes_.add_column(name, overflow="fold")
    for q in result.quotes:
        s = q.speaker
        about = ", ".join(x for x in ((s.role, s.organization, s.outlet) if s else ()) if x)
        quotes_.add_row((s.name or s.text) if s else "?", about, q.kind, q.text)
    places = Table(title=f"places ({len(result.places)})")
    for name in ("text", "name", "country", "admin1", "lat, lon", "kind"):
        places.add_column(name, overflow="fold")
    for p in result.places:
        where = f"{p.lat:.2f}, {p.lon:.2f}" if p.lat is not None and p.lon is not None else ""
        places.add_row(p.text, p.name, p.country or "", p.admin1 or "", where, p.kind)
    dates = Table(title=f"dates ({len(result.dates)})")
    for name in ("text", "value", "precision"):
        dates.add_column(name)
    for w in result.dates:
        dates.add_row(w.text, w.value, w.precision)
    steps = "made by " + (", ".join(result.steps) if result.steps else "no recorded step")
    parts: list[Any] = [head, Text(meta, style="dim"), Text(steps, style="dim"), legend, body, events, quotes_,
                        places, dates]
    if result.warnings:
        parts.append(Text("warnings: " + "; ".join(result.warnings), style="yellow"))
    return parts


@click.command(context_settings=HELP)
@db_option
@click.argument("record_id", metavar="ID")
@library_errors
def show(db_url: str | None, record_id: str) -> None:
    """Print an article or an event.

    An article id: its text with places, dates, events and quotes marked, then the lists; the
    line under the title names the step versions that made them (`seismo ingest --reprocess`
    re-extracts articles made by other versions).  An event id (or the id of one of its
    reports): every report of the event, oldest first, with why each joined it, and its
    counts as each source gave them (the figure, current sources, superseded ones).
    """
    store = _open(db_url)
    try:
        result = store.article(record_id)
        group = None if result is not None else store.event_group(record_id)
    finally:
        store.close()
    console = _console()
    if result is not None:
        for part in render(result):
            console.print(part)
        return
    if group is None:
        raise NothingDone(
            f"no article or event {record_id!r} in the store; `seismo events` lists event ids (--format jsonl) "
            "and article ids in its last column"
        )
    for part in render_event(group):
        console.print(part)


def render_event(group: Any) -> list[Any]:
    """The parts ``seismo show EVENT`` prints: a head line, the reports, the count history."""
    from rich.table import Table
    from rich.text import Text

    head = group.head.event
    place = head.location.place.name if head.location else "place unknown"
    title = Text(f"event {group.event_id}: {head.type}" + (f"/{head.mode}" if head.mode else "")
                 + f" in {place}, {head.date.value if head.date else 'date unknown'}", style="bold")
    meta = Text(f"{len(group.reports)} reports in {len(group.articles)} articles from {', '.join(group.sources)}; "
                f"story {group.head.article.story_id or '(not linked)'}; scope {head.scope}", style="dim")
    reports = Table(title="reports, oldest article first", show_lines=True)
    for name in ("article", "date", "trigger", "modality", "evidence", "joined because"):
        reports.add_column(name, overflow="fold")
    for hit in group.reports:
        e = hit.event
        why = "started the event" if e.id == group.event_id else (
            f"score {hit.link_score}: " + "; ".join(hit.link_reasons) if hit.link_reasons else "")
        reports.add_row(hit.article.id, hit.article.date.isoformat() if hit.article.date else "", e.trigger.text,
                        e.modality, e.evidence.text, why)
    counts = Table(title="counts: the figure, then every source's number (superseded ones last)")
    for name in ("kind", "figure", "number", "as written", "source", "article", "date", "status"):
        counts.add_column(name, overflow="fold")
    for kind, f in group.figures.items():
        figure = str(f.best) if f.low == f.high else f"{f.best} ({f.low}–{f.high})"
        if f.contested:
            figure += " contested"
        if f.died_since:
            figure += f" ({f.died_since} since among the dead)"
        for status, items in (("current", f.current), ("superseded", f.superseded)):
            for c in items:
                counts.add_row(kind, figure, str(c.value), c.text, c.source or "the article", c.article_id,
                               c.day.isoformat() if c.day else "", status)
                figure = ""
    return [title, meta, reports, counts]


@click.command(context_settings=HELP)
@db_option
@click.argument("story_id")
@library_errors
def story(db_url: str | None, story_id: str) -> None:
    """Print a story: its articles (and why each joined), then its asserted events by date.

    STORY_ID is the id of the story's first article (`seismo export --what articles` gives
    each article's story_id).
    """
    from rich.table import Table

    store = _open(db_url)
    try:
        found = store.story(story_id)
    finally:
        store.close()
    if found is None:
        raise NothingDone(f"no story {story_id!r} in the store; `seismo export --what articles` lists them")
    console = _console()
    articles = Table(title=f"story {story_id}: {len(found.articles)} articles")
    for name in ("date", "article", "title", "primary event", "joined because"):
        articles.add_column(name, overflow="fold")
    for a in found.articles:
        articles.add_row(a.date.isoformat() if a.date else "", a.id, a.title or "", a.primary_event_id or "",
                         "; ".join(a.reasons))
    timeline = Table(title=f"{len(found.events)} asserted events, by date")
    for name in ("date", "where", "type", "killed", "reports", "event"):
        timeline.add_column(name, overflow="fold")
    for g in found.events:
        e = g.head.event
        killed = g.figures.get("killed")
        timeline.add_row(e.date.value if e.date else "", e.location.place.name if e.location else "",
                         e.type + (f"/{e.mode}" if e.mode else ""), str(killed.best) if killed else "",
                         str(len(g.reports)), g.event_id)
    console.print(articles)
    console.print(timeline)


@click.command(context_settings=HELP)
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(("jsonl", "csv", "parquet", "acled", "plover")), default="jsonl",
              show_default=True,
              help="jsonl: contract event objects; csv/parquet: ACLED-style columns plus seismo's; acled: "
                   "exactly ACLED's columns and conventions (CSV, Parquet when --out ends in .parquet); "
                   "plover: PLOVER JSON records. acled and plover write events.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), default=None,
              help="File to write (default: standard output; required for parquet).")
@click.option("--all-modalities", is_flag=True,
              help="Events of every modality (negated, planned, ...), not only asserted ones.")
@click.option("--limit", default=None, type=click.IntRange(min=1), help="Most rows exported (default all).")
@click.option("--what", type=click.Choice(("events", "reports", "articles", "quotes")), default="events",
              show_default=True,
              help="events: one row per event with all its sources; reports: one row per report (a mention "
                   "in one article); articles: each article's story and primary event; quotes.")
@library_errors
def export(db_url: str | None, fmt: str, out: str | None, limit: int | None, what: str, all_modalities: bool,
           **opts: Any) -> None:
    """Export stored events, reports, articles or quotes (all, or those the filters select).

    events (default): one row per event, asserted ones only unless --modality or --all-modalities
    says otherwise;
    CSV / Parquet columns are ACLED's (event_id_cnty, event_date, ..., notes, fatalities)
    followed by seismo's, with counts reconciled over every source
    (seismo.store.export.clusters.EVENT_COLUMNS).  reports: one row per report, the same
    columns read from that one report (seismo.store.export.events.COLUMNS).  articles: the
    story, primary event and copied article of each article with a matching report
    (seismo.store.read.clusters.ARTICLE_COLUMNS).  quotes: one row per quote with its speaker
    profile (seismo.store.export.quotes.QUOTE_COLUMNS); the event filters do not apply.
    Incidents (ordinary crimes, accidents) are left out unless --scope incident or all.

    --format acled: one row per event in ACLED's own columns and order (event_id_cnty ...
    timestamp), ACLED's country names, regions, actor names and inter codes; only events ACLED
    would code (an ACLED event type, a country, a date); CSV, or Parquet when --out ends in
    .parquet (seismo.store.export.acled).  --format plover: one PLOVER JSON record per event
    (event, mode, context, actor, recipient, event_loc, size, cite_info; docs/plover.schema.json).
    """
    if fmt in ("acled", "plover"):
        if what != "events":
            raise click.UsageError(f"--format {fmt} writes events; leave out --what {what}")
        if fmt == "plover" and out is not None and out.endswith(".parquet"):
            raise click.UsageError("--format plover writes JSON lines; name the file .jsonl")
    if fmt == "parquet" and out is None:
        raise click.UsageError("--format parquet needs --out PATH (Parquet is binary)")
    if all_modalities and opts["modality"] is not None:
        raise click.UsageError("--all-modalities and --modality exclude each other")
    if what == "events" and opts["modality"] is None and not all_modalities:
        opts = {**opts, "modality": "asserted"}
    store = _open(db_url)
    try:
        if fmt in ("acled", "plover"):
            n, note = _export_standard(store, fmt, out, _filter(opts, limit=limit))
            click.echo(f"exported {n} events as {fmt}" + (f" to {out}" if out else "") + note, err=True)
            return
        if what == "quotes":
            from seismo.store.export.quotes import write_quotes

            n = _export(lambda fh, path: write_quotes(store.quotes(limit=limit), fmt=fmt, out=fh, path=path,
                                                      entities=store.speaker_entities()), fmt, out)
        elif what == "articles":
            from seismo.store.export.clusters import write_articles

            flt = _filter({**opts, "scope": _explicit(opts, "scope")}, limit=limit)
            rows = store.article_links(flt)
            n = _export(lambda fh, path: write_articles(rows, fmt=fmt, out=fh, path=path), fmt, out)
        elif what == "events":
            from seismo.store.export.clusters import write_events

            groups = store.event_groups(_filter(opts, limit=limit))
            n = _export(lambda fh, path: write_events(groups, fmt=fmt, out=fh, path=path), fmt, out)
        else:
            from seismo.store.export.events import write_csv, write_jsonl, write_parquet

            hits = store.iter_events(_filter(opts, limit=limit))
            writer = {"csv": write_csv, "jsonl": write_jsonl}.get(fmt)
            n = _export(lambda fh, path: write_parquet(hits, path) if writer is None else writer(hits, fh), fmt, out)
    finally:
        store.close()
    click.echo(f"exported {n} {what} as {fmt}" + (f" to {out}" if out else ""), err=True)


def _export_standard(store: Any, fmt: str, out: str | None, flt: Any) -> tuple[int, str]:
    """Events as ACLED rows or PLOVER records; returns (how many, a note on what was left out)."""
    from seismo.store.export import acled, plover
    from seismo.store.export.stored import StoredEvents

    groups = store.event_groups(flt)
    stored = StoredEvents(store.engine)
    if fmt == "plover":
        written = _export(lambda fh, path: plover.write(groups, stored=stored, out=fh), "jsonl", out)
    elif out is not None and out.endswith(".parquet"):
        written = acled.write(groups, stored=stored, path=out)
    else:
        written = _export(lambda fh, path: acled.write(groups, stored=stored, out=fh), "csv", out)
    left = ", ".join(f"{n} with {why}" for why, n in sorted(written.left_out.items()))
    why = " (ACLED codes none of them)" if fmt == "acled" else " (PLOVER requires a date)"
    return written.rows, f"; left out {left}{why}" if left else ""


def _explicit(opts: dict[str, Any], name: str) -> Any:
    """An option's value when the user gave it, else None (its default is not a filter here)."""
    from click.core import ParameterSource

    given = click.get_current_context().get_parameter_source(name) not in (ParameterSource.DEFAULT, None)
    return opts[name] if given else None


def _export(write: Callable[[Any, str | None], Any], fmt: str, out: str | None) -> Any:
    """Run ``write(stream, path)`` to standard output, to the file ``out``, or (parquet) to its path."""
    if fmt == "parquet":
        return write(None, out)
    if out is None:
        return write(sys.stdout, None)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        return write(fh, None)
