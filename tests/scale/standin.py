"""A pipeline stand-in for the Dask tests, built in each worker process: the real ``Pipeline``
over a blank spaCy ``Language`` (no model) with two tiny steps; every build is recorded (one
line per build, the worker's process id) in ``STATE/loads``, and the first article whose text
holds ``KILL-ME`` kills its own worker process (SIGKILL) unless ``STATE/killed`` exists — which
the doomed worker creates first, so the retried batch goes through."""

from __future__ import annotations

import os
import signal
from pathlib import Path

KILL = "KILL-ME"
#: kills every worker that reads it, every time: its batch fails for good
KILL_ALWAYS = "KILL-ALWAYS"
TOWNS = ("Almaty", "Aktau", "Zhanaozen", "Shymkent", "Taraz")


def build(state: str):
    import spacy

    import seismo
    from seismo.pipeline import Pipeline, Step
    from seismo.resources import Resources

    folder = Path(state)
    with (folder / "loads").open("a") as f:
        f.write(f"{os.getpid()}\n")

    def entities(doc, *, article, found, resources):
        from seismo.model import Entity

        return tuple(Entity(t.idx, t.idx + len(t), t.text, "GPE", step="test.entities.v1")
                     for t in doc if t.is_title)

    def events(doc, *, article, found, resources):
        from seismo.contract.ids import record_id
        from seismo.model import Event, Span

        text = article.text
        if KILL_ALWAYS in text:
            os.kill(os.getpid(), signal.SIGKILL)
        if KILL in text and not (folder / "killed").exists():
            (folder / "killed").write_text(str(os.getpid()))
            os.kill(os.getpid(), signal.SIGKILL)
        if "marched" not in text:
            return ()
        start = text.index("marched")
        end = start + len("marched")
        return (Event(
            id=record_id(article.id, "event", start, end, "PROTEST"), type="PROTEST", mode="demo",
            acled_event_type="Protests", acled_sub_event_type="Peaceful protest", quad_class=4, actor=None,
            recipient=None, location=None, date=None, counts=(), modality="asserted", attributed_to=None,
            hedged=False, evidence=Span(0, len(text), text), trigger=Span(start, end, "marched"),
            confidence=0.5, step="test.events.v1",
        ),)

    resources = Resources(seismo.Settings())
    resources.__dict__["nlp"] = spacy.blank("en")  # the cached_property, filled: no model
    steps = (Step("entities", "test.entities.v1", entities),
             Step("events", "test.events.v1", events, ("entities",)))
    return Pipeline(steps, resources=resources)


def corpus(n: int = 40, *, kill_at: int | None = None, kill_always_at: int | None = None):
    """``n`` invented articles over a week in five towns (some repeated word for word, as wires
    are), the one at ``kill_at`` carrying the kill word (``kill_always_at``: the word that kills
    every time)."""
    import seismo

    out = []
    for i in range(n):
        town = TOWNS[i % len(TOWNS)]
        day = 1 + (i * 3) % 7
        text = (f"Teachers marched in {town} on day {day} over unpaid wages. Officials said talks would go on."
                if (i % 35) % 3 else f"The council of {town} met on day {day} to discuss the budget.")
        if i == kill_at:
            text += f" {KILL}"
        if i == kill_always_at:
            text += f" {KILL_ALWAYS}"
        out.append(seismo.make_article(text, date=f"2022-01-{day:02d}", source=f"wire{i % 2}"))
    return out


class Broken:
    """A runner whose every batch raises (not a step failing on one article: the whole task)."""

    versions = ("test.broken.v1",)

    def run_many(self, articles):
        raise RuntimeError("pipeline broke")


SKIP_TABLES = {"schema_version", "feeds", "feed_items"}


def snapshot(store) -> dict[str, list[tuple]]:
    """Every row of every article, record, event and link table, without the time-of-writing
    columns, sorted."""
    import sqlalchemy as sa

    from seismo.store import schema as S

    out = {}
    with store.engine.connect() as conn:
        for table in S.metadata.sorted_tables:
            if table.name in SKIP_TABLES:
                continue
            cols = [c for c in table.columns if not isinstance(c.type, sa.DateTime)]
            out[table.name] = sorted((tuple(map(repr, row)) for row in conn.execute(sa.select(*cols))))
    return out
