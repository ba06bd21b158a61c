"""The one orchestration point: ``Pipeline(steps).run(article)`` and ``.run_many(articles)``.

A step is a plain function ``func(doc, *, article, found, resources) -> tuple[record, ...]``
declared with the name of the :class:`~seismo.model.Result` field it sets, its version (the
``step`` stamp on each of its records, listed in ``Result.steps`` when it ran) and the fields of
``found`` it reads.  Steps are referred to by import path, so building a pipeline imports
nothing heavy; the spaCy model loads on the first article.

    ingest → nlp (spaCy parse + entity ruler) → entities → places → dates → quotes → events
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from seismo.config import Settings
from seismo.errors import ConfigError
from seismo.nlp import known_text, plain_spaces
from seismo.nlp.truecase import is_lower_case
from seismo.contract.ids import article_id
from seismo.model import Article, Result
from seismo.resources import Resources

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Step:
    """One extraction step.

    name: the ``Result`` field it fills (``"places"``).
    version: the versioned name stamped on its records (``"seismo.places.v1"``).
    target: ``"module:function"`` of the step function (imported on first use), or the
        function itself.
    requires: the ``Result`` fields it reads from ``found``, exactly; they must be filled
        before it runs, and when one of them failed the step is skipped.
    models: the :class:`Resources` attributes holding learned models the step reads; the
        version of each one that is loaded (not None) is added to the step's version
        (``seismo.events.v141+types.v1+3f2a…``), so a retrained model reprocesses what it changes.
    """

    name: str
    version: str
    target: str | Callable[..., tuple[Any, ...]]
    requires: tuple[str, ...] = ()
    models: tuple[str, ...] = ()

    def version_with(self, resources: Resources) -> str:
        """The version stamped on this step's records, given the models ``resources`` loads."""
        loaded = (getattr(resources, name, None) for name in self.models)
        return "+".join((self.version, *(m.version for m in loaded if m is not None)))

    def load(self) -> Callable[..., tuple[Any, ...]]:
        if callable(self.target):
            return self.target
        module, _, func = self.target.partition(":")
        return getattr(importlib.import_module(module), func)


DEFAULT_STEPS: tuple[Step, ...] = (
    Step("entities", "seismo.entities.v6", "seismo.nlp.entities:find_entities"),
    Step("places", "seismo.places.v24", "seismo.resolve.places:find_places", ("entities",)),
    Step("dates", "seismo.dates.v33", "seismo.extract.dates:find_dates"),
    Step("quotes", "seismo.quotes.v41", "seismo.extract.quotes:find_quotes"),
    Step(
        "events",
        "seismo.events.v141",
        "seismo.extract.events:find_events",
        ("places", "dates", "quotes"),
        models=("type_model",),
    ),
)

RESULT_FIELDS = ("entities", "places", "dates", "events", "quotes")


def _check_order(steps: tuple[Step, ...]) -> None:
    seen: set[str] = set()
    for step in steps:
        if step.name not in RESULT_FIELDS:
            raise ConfigError(f"step {step.name!r} sets no Result field; use one of {RESULT_FIELDS}")
        missing = [r for r in step.requires if r not in seen]
        if missing:
            raise ConfigError(f"step {step.name!r} needs {missing} to run before it")
        seen.add(step.name)


class Pipeline:
    """Runs the steps over articles.  Cheap to build; loads models on first use."""

    def __init__(
        self,
        steps: Iterable[Step] | None = None,
        *,
        settings: Settings | None = None,
        resources: Resources | None = None,
    ) -> None:
        self.steps = tuple(DEFAULT_STEPS if steps is None else steps)
        _check_order(self.steps)
        self.resources = resources or Resources(settings)
        self.settings = self.resources.settings
        self._funcs: list[Callable[..., tuple[Any, ...]]] | None = None

    @property
    def versions(self) -> tuple[str, ...]:
        """The versions of the steps, in run order: what ``Result.steps`` holds when all succeed."""
        return tuple(step.version_with(self.resources) for step in self.steps)

    def _step_funcs(self) -> list[Callable[..., tuple[Any, ...]]]:
        if self._funcs is None:
            self._funcs = [step.load() for step in self.steps]
        return self._funcs

    def run(self, article: Article) -> Result:
        """Extract everything from one article."""
        return next(self.run_many([article]))

    def run_many(self, articles: Iterable[Article], *, batch_size: int | None = None) -> Iterator[Result]:
        """Extract from many articles, parsing them in spaCy batches, in input order: a batch
        holds ``batch_size`` articles (``Settings.batch_size``) but no more characters than
        ``Settings.batch_chars`` (spaCy's working memory grows with the text of a batch).

        A step that fails on one article is logged and recorded in that result's
        ``warnings``; the other steps and articles go on.
        """
        nlp = self.resources.nlp
        funcs = self._step_funcs()
        size = batch_size or self.settings.batch_size
        cased = ((self._cased(a.text), a) for a in articles)
        for batch in parse_batches(cased, size=size, chars=self.settings.batch_chars):
            for doc, (text, article) in nlp.pipe(((t, (t, a)) for t, a in batch), as_tuples=True, batch_size=len(batch)):
                known_text(doc, text)  # spaCy keeps every character: the steps need not join the tokens again
                result = self._extract(doc, article, funcs)
                # an article parsed with its names' case restored or its spaces made plain: its records quote it as written
                yield result if text == article.text else as_written(result, article.text)

    def _cased(self, text: str) -> str:
        """The text the parser reads, character for character the article's: its space separators
        plain spaces (:func:`seismo.nlp.plain_spaces`), and a folded article with its names' case
        restored; the truecaser is built on the first such article, not by every pipeline that
        never meets one."""
        text = plain_spaces(text)
        return self.resources.truecaser(text) if is_lower_case(text) else text

    def _extract(self, doc: Any, article: Article, funcs: list[Callable[..., tuple[Any, ...]]]) -> Result:
        found: dict[str, tuple[Any, ...]] = {}
        warnings: list[str] = []
        ran: list[str] = []
        for step, func in zip(self.steps, funcs):
            if any(r not in found for r in step.requires):
                warnings.append(f"{step.name}: skipped, an earlier step it needs failed")
                continue
            try:
                found[step.name] = tuple(func(doc, article=article, found=found, resources=self.resources))
            except Exception as exc:  # the batch goes on; the failure is reported
                log.exception("step %s failed on article %s", step.name, article.id)
                warnings.append(f"{step.name}: {type(exc).__name__}: {exc}")
            else:
                ran.append(step.version_with(self.resources))
        return Result(article=article, warnings=tuple(warnings), steps=tuple(ran), **found)


def parse_batches(items: Iterable[tuple[str, Any]], *, size: int, chars: int) -> Iterator[list[tuple[str, Any]]]:
    """``(text, payload)`` pairs in input order, cut into batches of at most ``size`` pairs whose
    texts hold at most ``chars`` characters together; a text longer than ``chars`` is a batch
    of its own.  A batch cut by its characters is given when the pair after it is read."""
    if size < 1 or chars < 1:
        raise ConfigError(f"a batch needs room for one article; got batch_size={size}, batch_chars={chars}")
    batch: list[tuple[str, Any]] = []
    held = 0
    for item in items:
        if batch and held + len(item[0]) > chars:
            yield batch
            batch, held = [], 0
        batch.append(item)
        held += len(item[0])
        if len(batch) == size:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def as_written(record: Any, text: str) -> Any:
    """``record`` with the ``text`` of every span-like record inside it (one with ``start``,
    ``end`` and ``text``) taken from ``text`` at its offsets: the characters as written (their
    case, and their kind of space)."""
    if isinstance(record, tuple):
        return tuple(as_written(r, text) for r in record)
    if not dataclasses.is_dataclass(record) or isinstance(record, type) or getattr(record, "part", "text") == "title":
        return record  # a count read off the title quotes the title already
    changes = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        new = as_written(value, text)
        if new is not value:
            changes[f.name] = new
    names = {f.name for f in dataclasses.fields(record)}
    if {"start", "end", "text"} <= names and isinstance(record.text, str) and isinstance(record.start, int):
        written = text[record.start : record.end]
        if written != record.text and plain_spaces(written).lower() == plain_spaces(record.text).lower():
            changes["text"] = written
    return dataclasses.replace(record, **changes) if changes else record


def make_article(
    text: str,
    *,
    date: dt.date | str | None = None,
    id: str | None = None,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Article:
    """An Article from bare text, with a deterministic id when none is given."""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date)
    return Article(id=id or article_id(text), text=text, date=date, title=title, source=source, url=url)
