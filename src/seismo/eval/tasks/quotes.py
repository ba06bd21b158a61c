"""quotes: attribution recall / precision / speaker accuracy on PolNeAR (dev), beside textacy.

* recall: gold attributions whose content (any fragment) one of our quotes overlaps;
* precision: our quotes that overlap some gold content;
* speaker accuracy: among recalled attributions with a gold source, the share where the quote
  overlapping the content most has a speaker that overlaps the gold source, or whose name ends
  with the source's last word (a later "Clinton" for "Hillary Clinton"; a bracketed tag after the
  name is no part of it: "McCaskill" for "Claire McCaskill (D-Mo.)"), or, for a gold source that
  is a first-person pronoun inside our direct quotation ("I" in "... I just saw that ad ..."),
  whose speaker is that quotation's (in a speaker's own words "I" is the speaker; PolNeAR marks
  the claims inside an interview answer or a long quotation with the pronoun as their source and
  annotates no attribution around them).  The strict figure, without that reading, is reported
  beside it;
* direct recall: recall on the attributions whose content holds a quotation mark;
* by kind (``direct`` / ``indirect`` / ``paraphrase``, the documented ``kind`` field): how many
  quotes of the kind, their precision, the gold attributions whose best match is of the kind
  (their share of all gold is the kind's part of the recall) and the speaker accuracy there.

Another file of PolNeAR's format (``quotes_polnear_train.jsonl``: 840 more articles) is scored
the same way with ``file=`` (``seismo eval quotes --file NAME``), folded by its own name.  When the
data folder holds it, the dev file's report also carries that file's recall, precision and speaker
accuracy (``WIDER``: "train file: seismo ..."), each on its own validation fold (174 articles,
never read while writing rules) and tuning folds: a sample fifteen times the dev file's
validation fold.

The same scorer runs on textacy's ``direct_quotations`` when textacy is importable (a
dev-time comparison only; seismo does not depend on it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from seismo.eval.data import Progress, Source, run_pipeline
from seismo.eval.errors import Mistake, excerpt
from seismo.eval.folds import Part, by_fold, folds_of
from seismo.eval.report import Metric, Table, TaskReport, fmt
from seismo.eval.scorers import Offsets, overlap, overlaps, ratio
from seismo.model import Quote

FILE = "quotes_polnear_dev.jsonl"
#: the wider sample scored beside the dev file when the data folder has it
WIDER = "quotes_polnear_train.jsonl"
WIDER_METRICS = ("seismo recall", "seismo precision", "seismo speaker accuracy", "seismo speaker accuracy, strict")
#: the documented values of ``Quote.kind``, in the order the report lists them
KINDS = ("direct", "indirect", "paraphrase")
SOURCES = (Source(FILE, "quotes-"),)


def sources(file: str | None = None) -> tuple[Source, ...]:
    """The files this task reads: its dev file, or ``file`` (a file of the same format in the
    data folder, folded by its own name)."""
    return SOURCES if file is None else (Source(file, "quotes-"),)
QUOTE_MARKS = re.compile("[\"“”«»„]")
#: a gold source that stands for whoever speaks the words around it (the scorer's own reading of
#: the gold, not extractor knowledge)
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})


@dataclass(frozen=True, slots=True)
class Attribution:
    """Gold: content fragments, source fragments (empty = no source) and the source's text."""

    content: tuple[Offsets, ...]
    source: tuple[Offsets, ...] = ()
    source_text: str | None = None
    direct: bool = False


@dataclass(frozen=True, slots=True)
class Found:
    """Predicted: the quote's span, its speaker mention and name."""

    content: Offsets
    speaker: Offsets | None = None
    speaker_name: str | None = None
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class KindScore:
    """The quotes of one kind: how many, how many precise, gold recalled through them (their best
    match), and among those with a gold source how many have the right speaker."""

    pred: int = 0
    precise: int = 0
    recalled: int = 0
    with_source: int = 0
    speaker_right: int = 0

    def __add__(self, other: "KindScore") -> "KindScore":
        return KindScore(*(getattr(self, f) + getattr(other, f) for f in KindScore.__slots__))  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class QuoteScore:
    gold: int
    pred: int
    recalled: int
    precise: int
    with_source: int
    speaker_right: int
    direct: int
    direct_recalled: int
    #: speakers right without reading a first-person gold source as the quotation's speaker
    strict_right: int = 0
    kinds: tuple[KindScore, ...] = tuple(KindScore() for _ in KINDS)

    @property
    def recall(self) -> float:
        return ratio(self.recalled, self.gold)

    @property
    def precision(self) -> float:
        return ratio(self.precise, self.pred)

    @property
    def f1(self) -> float:
        return ratio(2 * self.recall * self.precision, self.recall + self.precision)

    @property
    def speaker_accuracy(self) -> float:
        return ratio(self.speaker_right, self.with_source)

    @property
    def strict_speaker_accuracy(self) -> float:
        return ratio(self.strict_right, self.with_source)

    @property
    def direct_recall(self) -> float:
        return ratio(self.direct_recalled, self.direct)


def _last_word(text: str | None) -> str | None:
    """The last word of a name, leaving out a bracketed tag ("Claire McCaskill (D-Mo.)": "mccaskill")."""
    words = re.findall(r"\w+", re.sub(r"\([^)]*\)", " ", text or ""))
    return words[-1].lower() if words else None


def speaker_right(gold: Attribution, found: Found, *, first_person: bool = True) -> bool:
    """Whether ``found``'s speaker is ``gold``'s source (see the module docstring); ``first_person``
    reads a first-person gold source inside our direct quotation as that quotation's speaker."""
    if found.speaker is not None and any(overlaps(found.speaker, s) for s in gold.source):
        return True
    if first_person and _own_words(gold, found):
        return True
    last = _last_word(gold.source_text)
    return bool(last and found.speaker_name and _last_word(found.speaker_name) == last and len(last) > 2)


def _own_words(gold: Attribution, found: Found) -> bool:
    """A first-person gold source inside our direct quotation, which has a speaker: the pronoun is
    that speaker ("... I regret that vote ...," Ruiz said: "I" is Ruiz)."""
    return (
        found.kind == "direct"
        and (found.speaker is not None or found.speaker_name is not None)
        and (gold.source_text or "").strip().lower() in FIRST_PERSON
        and all(found.content[0] <= s and e <= found.content[1] for s, e in gold.source)
    )


def best_match(gold: Attribution, pred: Sequence[Found]) -> Found | None:
    """Our quote overlapping the gold content most (of two overlapping it alike, the shorter: a
    claim reported inside a quotation, not the whole quotation), or ``None`` when none overlaps it."""
    best = max(pred, key=lambda p: (max((overlap(p.content, c) for c in gold.content), default=0),
                                    p.content[0] - p.content[1]), default=None)
    return best if best is not None and any(overlaps(best.content, c) for c in gold.content) else None


def score_doc(gold: Sequence[Attribution], pred: Sequence[Found]) -> QuoteScore:
    recalled = with_source = right = strict = direct = direct_recalled = 0
    kinds = {k: [0, 0, 0, 0, 0] for k in KINDS}
    for g in gold:
        best = best_match(g, pred)
        hit = best is not None
        recalled += hit
        direct += g.direct
        direct_recalled += g.direct and hit
        by_kind = kinds.get(best.kind or "") if best is not None else None
        if by_kind is not None:
            by_kind[2] += 1
        if hit and g.source:
            ok = speaker_right(g, best)  # type: ignore[arg-type]
            with_source += 1
            right += ok
            strict += ok and speaker_right(g, best, first_person=False)  # type: ignore[arg-type]
            if by_kind is not None:
                by_kind[3] += 1
                by_kind[4] += ok
    precise = 0
    for p in pred:
        ok = any(overlaps(p.content, c) for g in gold for c in g.content)
        precise += ok
        if p.kind in kinds:
            kinds[p.kind][0] += 1
            kinds[p.kind][1] += ok
    return QuoteScore(len(gold), len(pred), recalled, precise, with_source, right, direct, direct_recalled, strict,
                      tuple(KindScore(*kinds[k]) for k in KINDS))


def total(scores: Sequence[QuoteScore]) -> QuoteScore:
    counts = [f for f in QuoteScore.__slots__ if f != "kinds"]  # type: ignore[attr-defined]
    kinds = tuple(sum((s.kinds[n] for s in scores), KindScore()) for n in range(len(KINDS)))
    return QuoteScore(*(sum(getattr(s, f) for s in scores) for f in counts), kinds)


def gold_attributions(record: dict[str, Any]) -> list[Attribution]:
    out = []
    for a in record["attributions"]:
        c = a["content"]
        src = a.get("source")
        out.append(
            Attribution(
                content=tuple((s, e) for s, e in c["fragments"]) or ((c["start"], c["end"]),),
                source=tuple((s, e) for s, e in src["fragments"]) if src else (),
                source_text=src["text"] if src else None,
                direct=bool(QUOTE_MARKS.search(record["text"][max(0, c["start"] - 1) : c["end"] + 1])),
            )
        )
    return out


def found_quotes(quotes: Sequence[Quote]) -> list[Found]:
    return [
        Found(
            (q.start, q.end),
            (q.speaker.start, q.speaker.end) if q.speaker else None,
            (q.speaker.name or q.speaker.role or q.speaker.text) if q.speaker else None,
            q.kind,
        )
        for q in quotes
    ]


def textacy_quotes(docs: Sequence[Any]) -> list[list[Found]] | None:
    """textacy's direct quotations for parsed Docs, or ``None`` when textacy is not installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    out = []
    for doc in docs:
        found = []
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # textacy bails out on an unclosed quotation: it finds nothing there
            triples = []
        for triple in triples:
            speaker = None
            if triple.speaker:
                speaker = (min(t.idx for t in triple.speaker), max(t.idx + len(t) for t in triple.speaker))
            content = triple.content
            found.append(
                Found((content.start_char, content.end_char), speaker, " ".join(t.text for t in triple.speaker) or None,
                      "direct")
            )
        out.append(found)
    return out


def score(systems: Sequence[tuple[str, QuoteScore | None]], *, docs: int, file: str = FILE) -> TaskReport:
    """``systems``: ``(name, score or None when not run)``; the first is seismo; ``file`` the data
    file scored."""
    metrics: list[Metric] = []
    rows = []
    notes = [
        "Recall: gold attributions whose content a quote overlaps; precision: quotes overlapping gold content; "
        "a gold attribution is matched to the quote overlapping its content most (the shorter of two alike); "
        "speaker accuracy: among recalled attributions with a gold source (speaker span overlaps it, or same last "
        "word as the speaker's name, else its role, else its words: a relative pronoun's role is the noun it stands for; "
        "a first-person gold source inside our direct quotation is that quotation's speaker: 'speaker accuracy, "
        "strict' leaves that reading out).",
        "PolNeAR includes paraphrase (indirect) attributions; 'direct recall' is over contents holding a quotation mark.",
        "By kind: a kind's recall is the share of all gold attributions whose best-matching quote is of that kind "
        "(the kinds add up to the recall); its precision and speaker accuracy are over its own quotes (speaker accuracy "
        "with the first-person reading, as the headline).",
    ]
    kind_rows = []
    for name, s in systems:
        if s is None:
            notes.append(f"{name} not installed: the side-by-side comparison was skipped.")
            continue
        metrics += [
            Metric(f"{name} recall", s.recall, headline=True, n=s.gold),
            Metric(f"{name} precision", s.precision, headline=True, n=s.pred),
            Metric(f"{name} speaker accuracy", s.speaker_accuracy, headline=True, n=s.with_source),
            Metric(f"{name} speaker accuracy, strict", s.strict_speaker_accuracy, headline=True, n=s.with_source),
            Metric(f"{name} F1", s.f1, n=s.gold),
            Metric(f"{name} direct recall", s.direct_recall, n=s.direct),
        ]
        rows.append((name, s.gold, s.pred, fmt(s.recall), fmt(s.precision), fmt(s.speaker_accuracy), fmt(s.direct_recall)))
        if name != "seismo":
            continue
        for kind, k in zip(KINDS, s.kinds):
            metrics += [
                Metric(f"{name} recall through {kind} quotes", ratio(k.recalled, s.gold), n=s.gold),
                Metric(f"{name} precision of {kind} quotes", ratio(k.precise, k.pred), n=k.pred),
                Metric(f"{name} speaker accuracy of {kind} quotes", ratio(k.speaker_right, k.with_source),
                       n=k.with_source),
            ]
            kind_rows.append((kind, k.pred, fmt(ratio(k.recalled, s.gold)), fmt(ratio(k.precise, k.pred)),
                              fmt(ratio(k.speaker_right, k.with_source))))
    return TaskReport(
        task="quotes",
        title="PolNeAR attributions: quotes and speakers",
        datasets=((file, docs),),
        metrics=tuple(metrics),
        tables=(
            Table("side by side", ("system", "gold", "predicted", "recall", "precision", "speaker acc", "direct recall"), tuple(rows)),
            Table("seismo by kind", ("kind", "predicted", "recall", "precision", "speaker acc"), tuple(kind_rows)),
        ),
        notes=tuple(notes),
    )


def run(data_dir: Path, *, pipeline: Any, limit: int | None = None, progress: Progress | None = None,
        file: str | None = None) -> TaskReport:
    """Score the dev file, or ``file`` (another file of the same format in ``data_dir``); the dev
    file's report also carries the headline figures of ``WIDER`` when ``data_dir`` holds it."""
    report = _run_file(data_dir, pipeline=pipeline, limit=limit, progress=progress, file=file)
    if file is not None or not (data_dir / WIDER).is_file():
        return report
    return with_wider(report, _run_file(data_dir, pipeline=pipeline, limit=limit, progress=progress, file=WIDER))


def with_wider(report: TaskReport, wider: TaskReport) -> TaskReport:
    """``report`` with ``wider``'s headline figures added as "train file: ..." metrics (headline
    too, their own validation and tuning figures kept), its file among the datasets."""
    (name, docs), = wider.datasets
    added = tuple(replace(wider.metric(m), name=f"train file: {m}", headline=True) for m in WIDER_METRICS)
    note = (f"train file: the same scorer on {name} ({docs} more PolNeAR articles, folded by its own name; its "
            "validation fold is never read while writing rules): a wider sample than the dev file's validation fold.")
    return replace(report, metrics=(*report.metrics, *added), datasets=(*report.datasets, *wider.datasets),
                   fold_datasets=(*report.fold_datasets, *wider.fold_datasets), notes=(*report.notes[:-1], note, report.notes[-1]))


def _run_file(data_dir: Path, *, pipeline: Any, limit: int | None, progress: Progress | None,
              file: str | None) -> TaskReport:
    (source,) = sources(file)
    records = source.read(data_dir, limit=limit)
    articles = source.articles(records)
    results = run_pipeline(pipeline, articles, progress=progress)
    gold = [gold_attributions(r) for r in records]
    ours = [score_doc(g, found_quotes(r.quotes)) for g, r in zip(gold, results)]
    theirs: list[QuoteScore] | None = None
    if _has_textacy():
        docs = list(pipeline.resources.nlp.pipe(a.text for a in articles))
        found = textacy_quotes(docs)
        theirs = None if found is None else [score_doc(g, f) for g, f in zip(gold, found)]
    folds = folds_of(source.file, records)

    def scored(part: Part) -> TaskReport:
        textacy = None if theirs is None else total(part.keep(theirs, folds))
        return score([("seismo", total(part.keep(ours, folds))), ("textacy", textacy)], docs=len(part.keep(records, folds)),
                     file=source.file)

    return by_fold(scored)


def mistakes(source: Source, records: Sequence[dict[str, Any]], results: Sequence[Any]) -> Iterator[Mistake]:
    """Gold attributions we miss or give the wrong speaker, and quotes of ours on no gold content."""
    for record, result in zip(records, results):
        text, rid = record["text"], str(record["id"])
        gold, found = gold_attributions(record), found_quotes(result.quotes)
        for g in gold:
            span = (min(s for s, _ in g.content), max(e for _, e in g.content))
            speaker = g.source_text or "no source"
            best = best_match(g, found)
            if best is None:
                yield Mistake(source.file, rid, f"attribution to {speaker}", "no quote", excerpt(text, span),
                              where=f"chars {span[0]}–{span[1]}")
            elif g.source and not speaker_right(g, best):
                yield Mistake(source.file, rid, f"speaker {speaker}", f"speaker {best.speaker_name or '-'} ({best.kind or '?'})",
                              excerpt(text, span), where=f"chars {span[0]}–{span[1]}")
        for f in found:
            if not any(overlaps(f.content, c) for g in gold for c in g.content):
                yield Mistake(source.file, rid, "no attribution", f"{f.kind or ''} quote by {f.speaker_name or '-'}".strip(),
                              excerpt(text, f.content), where=f"chars {f.content[0]}–{f.content[1]}")


def _has_textacy() -> bool:
    import importlib.util

    return importlib.util.find_spec("textacy") is not None
