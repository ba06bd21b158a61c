"""dedup: one story per incident, and each incident's toll (US gun-violence news, GVA labels).

The file ``dedup_gva_dev.jsonl`` holds news articles, each cited by the Gun Violence Archive
for one incident (``incident``), with GVA's final killed / injured totals for it.  Seismo
extracts every article (boilerplate pages too: they are ingested like any page), then links
them all together with :class:`seismo.link.Linker` over a :class:`seismo.link.MemoryIndex`, one
by one in publication-date order (:mod:`.tolls`).  Then:

* **stories**: the articles clustered by ``story_id`` against the incidents, scored by B-cubed
  and pairwise precision / recall / F1 (:func:`seismo.eval.scorers.bcubed`,
  :func:`~seismo.eval.scorers.pairwise`).  Boilerplate pages and articles with no incident are
  linked but not scored;
* **near-copies**: how many scored articles were linked as a copy (``duplicate_of``), and how
  many of those copy an article of their own incident;
* **tolls**: per incident with a GVA toll, the primary event most of its scored articles name
  (a tie: the earliest article's), and that event's counts reconciled over every report linked
  to it in any article (:func:`seismo.link.reconcile`); killed and injured are right when equal
  to GVA's (or within ±1), and 0 when the incident has no event or the event no such count.
  Beside them, the share of incidents whose toll is 0: what answering 0 every time scores;
* **baseline**, in the same run: TF-IDF cosine of title and text, linked at
  :data:`BASELINE_THRESHOLD` within 7 days, connected components (:mod:`.baseline`), scored
  like seismo's stories.

**Folds: by incident, not by article.**  A record's fold is ``fold_of(FILE,
record["incident"])`` (``SOURCES`` says ``fold_field="incident"``), so all the articles of one
incident share a fold.  The parts are scored on the articles (and incidents) of their folds,
with the clusters of linking every article together, each article's predicted cluster cut to
the scored articles of the part.  ``--errors`` links the tuning folds' articles alone.

Targets (:data:`TARGETS`): B-cubed F1 ≥ 95 % and above the baseline's; killed exact ≥ 85 %;
injured exact ≥ 75 %.  The report's last note says where the validation fold stands.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seismo.eval.data import Progress, Source, run_pipeline
from seismo.eval.errors import Mistake, excerpt
from seismo.eval.folds import Part, by_fold, fold_of, folds_of
from seismo.eval.report import Metric, Table, TaskReport, fmt
from seismo.eval.scorers import ClusterScore, bcubed, bcubed_items, pairwise, ratio
from seismo.eval.tasks.dedup import baseline
from seismo.eval.tasks.dedup.tolls import event_counts, link_all, link_order, majority, toll

if TYPE_CHECKING:  # pragma: no cover
    from seismo.link import ArticleLinks

FILE = "dedup_gva_dev.jsonl"
SOURCES = (Source(FILE, "", title_field="title", fold_field="incident"),)
#: the baseline's cosine threshold, chosen on the tuning folds (see :mod:`.baseline`)
BASELINE_THRESHOLD = baseline.THRESHOLD
#: ``(metric, at least)``; B-cubed F1 must also beat the baseline's
TARGETS = (("B-cubed F1", 0.95), ("killed exact", 0.85), ("injured exact", 0.75))
#: incident sizes (scored articles) of the detail table: ``(least, most or None, label)``
SIZES = ((1, 1, "1"), (2, 2, "2"), (3, 5, "3–5"), (6, None, "6+"))


@dataclass(frozen=True, slots=True)
class Item:
    """One scored article: its incident (gold), its story and baseline cluster (predicted);
    copy: linked as a near-copy; copy_same: of an article of its own incident."""

    incident: str
    story: str
    baseline: Hashable
    copy: bool = False
    copy_same: bool = False


@dataclass(frozen=True, slots=True)
class Toll:
    """One incident's GVA killed / injured (None: not known) and ours; has_event: its articles
    name a primary event."""

    incident: str
    killed: int | None
    injured: int | None
    pred_killed: int
    pred_injured: int
    has_event: bool = True


def is_scored(record: dict[str, Any]) -> bool:
    """An article that counts in the scores: not boilerplate, and with an incident."""
    return not record.get("boilerplate") and record.get("incident") is not None


def _cluster_metrics(prefix: str, b: ClusterScore, pred: Sequence[Hashable], gold: Sequence[Hashable], *,
                     headline: bool) -> list[Metric]:
    pw = pairwise(pred, gold)
    return [
        Metric(f"{prefix}B-cubed F1", b.f1, n=b.n, headline=headline),
        Metric(f"{prefix}B-cubed precision", b.precision, n=b.n),
        Metric(f"{prefix}B-cubed recall", b.recall, n=b.n),
        Metric(f"{prefix}pairwise F1", pw.f1, n=pw.support),
        Metric(f"{prefix}pairwise precision", pw.precision, n=pw.tp + pw.fp),
        Metric(f"{prefix}pairwise recall", pw.recall, n=pw.support),
    ]


def _toll_metrics(kind: str, pairs: Sequence[tuple[int, int]]) -> list[Metric]:
    n = len(pairs)
    return [
        Metric(f"{kind} exact", ratio(sum(g == p for g, p in pairs), n), n=n, headline=True),
        Metric(f"{kind} within ±1", ratio(sum(abs(g - p) <= 1 for g, p in pairs), n), n=n),
        Metric(f"{kind}: answer 0 every time", ratio(sum(g == 0 for g, _ in pairs), n), n=n),
    ]


def _size_table(items: Sequence[Item]) -> Table:
    gold = [i.incident for i in items]
    ours = bcubed_items([i.story for i in items], gold)
    theirs = bcubed_items([i.baseline for i in items], gold)
    size = Counter(gold)
    rows = []
    for least, most, label in SIZES:
        idx = [k for k, g in enumerate(gold) if size[g] >= least and (most is None or size[g] <= most)]
        if not idx:
            rows.append((label, 0, 0, *(fmt(None),) * 4))
            continue
        p, r = (sum(ours[k][j] for k in idx) / len(idx) for j in (0, 1))
        bp, br = (sum(theirs[k][j] for k in idx) / len(idx) for j in (0, 1))
        rows.append((label, len({gold[k] for k in idx}), len(idx), fmt(p), fmt(r), fmt(ratio(2 * p * r, p + r)),
                     fmt(ratio(2 * bp * br, bp + br))))
    return Table("B-cubed by incident size (each article's own precision and recall, averaged)",
                 ("articles per incident", "incidents", "articles", "P", "R", "F1", "baseline F1"), tuple(rows), full=True)


def _toll_table(tolls: Sequence[Toll], k: int = 10) -> Table:
    misses: Counter[tuple[str, int, int]] = Counter()
    for t in tolls:
        if t.killed is not None and t.killed != t.pred_killed:
            misses["killed", t.killed, t.pred_killed] += 1
        if t.injured is not None and t.injured != t.pred_injured:
            misses["injured", t.injured, t.pred_injured] += 1
    rows = tuple((kind, g, p, n) for (kind, g, p), n in sorted(misses.items(), key=lambda kv: (-kv[1], kv[0]))[:k])
    return Table("tolls: the most frequent misses", ("count", "GVA", "ours", "incidents"), rows)


def score(items: Sequence[Item], tolls: Sequence[Toll], *, linked: int | None = None) -> TaskReport:
    """Score the scored articles' stories and baseline clusters, the near-copies and the incidents'
    tolls; ``linked``: how many articles were linked in all (boilerplate included), for the notes."""
    gold = [i.incident for i in items]
    stories = [i.story for i in items]
    clusters = [i.baseline for i in items]
    copies = [i for i in items if i.copy]
    killed = [(t.killed, t.pred_killed) for t in tolls if t.killed is not None]
    injured = [(t.injured, t.pred_injured) for t in tolls if t.injured is not None]
    metrics = [
        *_cluster_metrics("", bcubed(stories, gold), stories, gold, headline=True),
        *_cluster_metrics("baseline ", bcubed(clusters, gold), clusters, gold, headline=False),
        Metric("articles scored", len(items), unit="articles", n=len(items)),
        Metric("incidents", len(set(gold)), unit="incidents", n=len(items)),
        Metric("stories", len(set(stories)), unit="stories", n=len(items)),
        Metric("baseline clusters", len(set(clusters)), unit="clusters", n=len(items)),
        Metric("near-copies (duplicate_of set)", len(copies), unit="articles", n=len(items)),
        Metric("near-copies of an article of the same incident", ratio(sum(i.copy_same for i in copies), len(copies)),
               n=len(copies)),
        *_toll_metrics("killed", killed),
        *_toll_metrics("injured", injured),
        Metric("incidents whose articles name no primary event", ratio(sum(not t.has_event for t in tolls), len(tolls)),
               n=len(tolls)),
    ]
    return TaskReport(
        task="dedup",
        title="GVA news: stories against incidents, near-copies, tolls (with a TF-IDF baseline)",
        datasets=((FILE, len(items)),),
        metrics=tuple(metrics),
        tables=(_size_table(items), _toll_table(tolls)),
        notes=(
            "Every article is extracted and linked (seismo.link.Linker over a MemoryIndex) one by one in publication-date "
            "order, ties by id" + (f": {linked:,} articles, boilerplate pages included" if linked is not None else "")
            + ". Boilerplate pages (paywall, login, very short) and articles with no incident are linked but not scored.",
            "Stories: articles clustered by story_id against the GVA incident, B-cubed (per article, averaged) and "
            "pairwise (pairs of articles). A part is scored on its folds' articles, each article's story cut to them.",
            f"Baseline: TF-IDF cosine (scikit-learn, English stop words, sublinear tf) of title and text; two articles are "
            f"linked at cosine ≥ {BASELINE_THRESHOLD} when at most {baseline.DAYS} days apart; clusters are the connected "
            "components. The threshold was chosen on the tuning folds.",
            "Tolls: per incident with a GVA toll, the primary event most of its scored articles name (a tie: the earliest "
            "article's); killed / injured are the best figures seismo.link.reconcile gives over every count of every report "
            "linked to that event in any article (0 when none). GVA's totals are final and count suspects too; early "
            "articles may give lower tolls. 'answer 0 every time' is the share of incidents whose toll is 0: the floor.",
            "Folds: this file is folded by incident (sha256('dedup_gva_dev.jsonl:<incident>') mod 5), so the articles of "
            "one incident share a fold.",
            "Targets: B-cubed F1 ≥ 95 and above the baseline's; killed exact ≥ 85; injured exact ≥ 75.",
        ),
    )


def target_note(report: TaskReport) -> str:
    """Where the validation fold's figures stand against :data:`TARGETS`."""
    def value(name: str) -> float | None:
        f = report.metric(name).validation
        return None if f is None or not f.n else f.value

    parts = []
    for name, least in TARGETS:
        v = value(name)
        if v is None:
            parts.append(f"{name}: no validation figure")
            continue
        met = v >= least
        if name == "B-cubed F1":
            base = value("baseline B-cubed F1")
            met = met and base is not None and v > base
            parts.append(f"{name} {fmt(v)} (target {fmt(least)} and above the baseline's {fmt(base)}): "
                         f"{'met' if met else 'not met'}")
        else:
            parts.append(f"{name} {fmt(v)} (target {fmt(least)}): {'met' if met else 'not met'}")
    return "Validation fold against the targets — " + "; ".join(parts) + "."


@dataclass(frozen=True, slots=True)
class Linked:
    """Every record's links and baseline cluster (aligned with the records), and the order
    the records were linked in."""

    links: tuple[ArticleLinks, ...]
    clusters: tuple[int, ...]
    order: tuple[int, ...]

    @classmethod
    def of(cls, records: Sequence[dict[str, Any]], results: Sequence[Any], *, with_baseline: bool = True) -> "Linked":
        links = link_all(results)
        clusters = baseline.clusters([f"{r.get('title') or ''}\n{r['text']}" for r in records],
                                     [res.article.date for res in results]) if with_baseline else [0] * len(records)
        return cls(tuple(links), tuple(clusters), tuple(link_order([res.article for res in results])))


def items_of(records: Sequence[dict[str, Any]], results: Sequence[Any], linked: Linked) -> list[tuple[int, Item]]:
    """``(record index, Item)`` of each scored record, in record order."""
    where = {res.article.id: i for i, res in enumerate(results)}
    out = []
    for i, record in enumerate(records):
        if not is_scored(record):
            continue
        links = linked.links[i]
        original = where.get(links.duplicate_of) if links.duplicate_of is not None else None
        out.append((i, Item(str(record["incident"]), links.story_id, linked.clusters[i], copy=links.duplicate_of is not None,
                            copy_same=original is not None and records[original].get("incident") == record["incident"])))
    return out


def incidents_of(records: Sequence[dict[str, Any]], linked: Linked) -> dict[str, list[int]]:
    """Each incident's scored records (indexes, in link order)."""
    out: dict[str, list[int]] = defaultdict(list)
    for i in linked.order:
        if is_scored(records[i]):
            out[str(records[i]["incident"])].append(i)
    return dict(out)


def tolls_of(records: Sequence[dict[str, Any]], results: Sequence[Any], linked: Linked) -> list[Toll]:
    """The toll of each incident with a GVA toll (killed or injured known), by incident id."""
    by_event = event_counts(results, linked.links)
    out = []
    for incident, idx in sorted(incidents_of(records, linked).items()):
        first = records[idx[0]]
        if first.get("killed") is None and first.get("injured") is None:
            continue
        event = majority([linked.links[i].primary_event_id for i in idx])
        killed, injured = toll(event, by_event)
        out.append(Toll(incident, first.get("killed"), first.get("injured"), killed, injured, has_event=event is not None))
    return out


def run(data_dir: Path, *, pipeline: Any, limit: int | None = None, progress: Progress | None = None) -> TaskReport:
    (source,) = SOURCES
    records = source.read(data_dir, limit=limit)
    results = run_pipeline(pipeline, source.articles(records), progress=progress)
    linked = Linked.of(records, results)
    folds = folds_of(FILE, records, key=source.fold_field)
    scored = items_of(records, results, linked)
    items, item_folds = [x for _, x in scored], [folds[i] for i, _ in scored]
    tolls = tolls_of(records, results, linked)
    toll_folds = [fold_of(FILE, t.incident) for t in tolls]

    def part_score(part: Part) -> TaskReport:
        return score(part.keep(items, item_folds), part.keep(tolls, toll_folds), linked=len(records))

    report = by_fold(part_score)
    return replace(report, notes=(*report.notes, target_note(report)))


def _title(record: dict[str, Any]) -> str:
    return excerpt(record.get("title") or "(no title)", chars=120)


def mistakes(source: Source, records: Sequence[dict[str, Any]], results: Sequence[Any]) -> Iterator[Mistake]:
    """Articles joined to an article of another incident (the story's reason and both titles),
    and articles of a multi-article incident left outside the story most of its articles are in
    (with the title of the incident's first article there).  The records are linked together,
    in publication order; each article is listed once, in that order."""
    linked = Linked.of(records, results, with_baseline=False)
    where = {res.article.id: i for i, res in enumerate(results)}
    groups = incidents_of(records, linked)
    main = {inc: majority([linked.links[i].story_id for i in idx]) for inc, idx in groups.items()}
    members: dict[str, list[int]] = defaultdict(list)
    for idx in groups.values():
        for i in idx:
            members[linked.links[i].story_id].append(i)
    for i in (i for i in linked.order if is_scored(records[i])):
        record, links = records[i], linked.links[i]
        incident = str(record["incident"])
        m = where.get(links.matched) if links.matched is not None else None
        joined = m if m is not None and str(records[m].get("incident")) != incident else None
        group = groups[incident]
        split = len(group) > 1 and links.story_id != main[incident]
        if joined is None and not split:
            continue
        story = members[links.story_id]
        kinds = len({str(records[k]["incident"]) for k in story})
        said = f"story {links.story_id} ({len(story)} article(s) of {kinds} incident(s)): {'; '.join(links.story_reasons)}"
        if joined is not None:
            said += f"; joined {records[joined]['id']} of incident {records[joined].get('incident')}"
        in_main = [k for k in group if linked.links[k].story_id == main[incident]]
        gold = f"incident {incident}" + (f", {len(in_main)} of its {len(group)} articles in story {main[incident]}"
                                         if len(group) > 1 else " (its only article)")
        other = joined if joined is not None else in_main[0]
        kind = ", ".join(w for w, on in (("joined another incident", joined is not None), ("split from its incident", split)) if on)
        yield Mistake(source.file, str(record["id"]), gold, said, f"{_title(record)} ⟷ {_title(records[other])}",
                      where=kind, folded_by=incident)
    yield from _toll_mistakes(source, records, results, linked)


def _toll_mistakes(source: Source, records: Sequence[dict[str, Any]], results: Sequence[Any],
                   linked: Linked) -> Iterator[Mistake]:
    """Incidents whose reconciled killed or injured figure is not GVA's: the figures, and every
    count read into the incident's event (its text, kind and best) with the articles' titles."""
    by_event = event_counts(results, linked.links)
    groups = incidents_of(records, linked)
    for t in tolls_of(records, results, linked):
        if (t.killed is None or t.killed == t.pred_killed) and (t.injured is None or t.injured == t.pred_injured):
            continue
        idx = groups[t.incident]
        event = majority([linked.links[i].primary_event_id for i in idx])
        counts = "; ".join(f"{c.kind} {c.best if c.best is not None else c.low} ({excerpt(c.text, chars=40)})"
                           for c in by_event.get(event or "", ()))
        first = records[idx[0]]
        yield Mistake(source.file, str(first["id"]), f"incident {t.incident}: killed {t.killed}, injured {t.injured}",
                      f"killed {t.pred_killed}, injured {t.pred_injured} from {counts or 'no count'}"
                      + ("" if t.has_event else " (no primary event)"),
                      " ⟷ ".join(_title(records[i]) for i in idx[:3]), where="toll", folded_by=t.incident)
