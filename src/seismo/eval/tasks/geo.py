"""geo: toponym finding and resolution on LGL and GeoVirus.

* found: share of gold toponyms overlapped by one of our places (one-to-one overlap matching);
* acc@161: among found toponyms whose place has coordinates, the share resolved within 161 km
  (100 miles) of the gold point — the measure Mordecai 3 reports (82.7 on LGL);
* acc@161 (all gold): the same over every gold toponym, a miss counting as wrong;
* median error km over found toponyms with coordinates;
* precision: share of our places that overlap a gold toponym (the gold files leave out
  toponyms without coordinates, so this is a lower bound).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.eval.data import Progress, articles_from, read_jsonl, require, run_pipeline
from seismo.eval.report import Metric, Table, TaskReport, fmt
from seismo.eval.scorers import haversine_km, match_spans, median, ratio
from seismo.model import Place

FILES = (("LGL", "geo_lgl.jsonl"), ("GeoVirus", "geo_geovirus.jsonl"))
ANCHOR_ACC161 = {"LGL": 82.7}
ANCHOR_SOURCE = "Mordecai 3"
KM = 161.0


@dataclass(frozen=True, slots=True)
class Point:
    """A toponym or predicted place: its offsets and coordinates (``None`` if unresolved)."""

    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass(frozen=True, slots=True)
class GeoScore:
    gold: int
    pred: int
    found: int
    resolved: int  # found ones whose prediction has coordinates
    within: int  # resolved ones within KM of gold
    errors_km: tuple[float, ...]

    @property
    def found_share(self) -> float:
        return ratio(self.found, self.gold)

    @property
    def precision(self) -> float:
        return ratio(self.found, self.pred)

    @property
    def acc161(self) -> float:
        return ratio(self.within, self.resolved)

    @property
    def acc161_all(self) -> float:
        return ratio(self.within, self.gold)

    @property
    def median_km(self) -> float | None:
        return median(self.errors_km)


def score_docs(docs: Sequence[tuple[Sequence[Point], Sequence[Point]]]) -> GeoScore:
    """``docs``: ``(gold toponyms, predicted places)`` per document."""
    n_gold = n_pred = found = resolved = within = 0
    errors: list[float] = []
    for gold, pred in docs:
        n_gold += len(gold)
        n_pred += len(pred)
        for gi, pi in match_spans([(g.start, g.end) for g in gold], [(p.start, p.end) for p in pred]):
            found += 1
            g, p = gold[gi], pred[pi]
            if p.lat is None or p.lon is None or g.lat is None or g.lon is None:
                continue
            resolved += 1
            km = haversine_km(g.lat, g.lon, p.lat, p.lon)
            errors.append(km)
            within += km <= KM
    return GeoScore(n_gold, n_pred, found, resolved, within, tuple(errors))


def predicted_points(places: Sequence[Place]) -> list[Point]:
    return [Point(p.start, p.end, p.lat, p.lon) for p in places]


def gold_points(record: dict[str, Any]) -> list[Point]:
    return [Point(t["start"], t["end"], t["lat"], t["lon"]) for t in record["toponyms"]]


def score(corpora: Sequence[tuple[str, str, int, GeoScore]]) -> TaskReport:
    """``corpora``: ``(name, file, documents, score)``."""
    metrics: list[Metric] = []
    rows = []
    for name, _, _, s in corpora:
        metrics += [
            Metric(f"{name} acc@161", s.acc161, anchor=ANCHOR_ACC161.get(name), anchor_source=ANCHOR_SOURCE if name in ANCHOR_ACC161 else None, n=s.resolved, headline=True),
            Metric(f"{name} toponyms found", s.found_share, n=s.gold, headline=True),
            Metric(f"{name} acc@161 (all gold)", s.acc161_all, n=s.gold),
            Metric(f"{name} median error", s.median_km, unit="km", n=s.resolved),
            Metric(f"{name} place precision", s.precision, n=s.pred),
        ]
        rows.append((name, s.gold, s.pred, s.found, s.resolved, s.within, fmt(s.median_km, "km")))
    return TaskReport(
        task="geo",
        title="Toponyms: found and resolved (LGL, GeoVirus)",
        datasets=tuple((file, docs) for _, file, docs, _ in corpora),
        metrics=tuple(metrics),
        tables=(Table("counts", ("corpus", "gold", "predicted", "found", "with coords", "≤161 km", "median km"), tuple(rows)),),
        notes=(
            "Found = a gold toponym overlapped by one of our places (one-to-one, largest overlap first).",
            "acc@161 is over found toponyms with coordinates (as Mordecai reports it); 'all gold' counts misses as wrong.",
            "Gold files leave out toponyms without coordinates, so place precision is a lower bound.",
        ),
    )


def run(data_dir: Path, *, pipeline: Any, limit: int | None = None, progress: Progress | None = None) -> TaskReport:
    corpora = []
    for name, file in FILES:
        records = read_jsonl(require(data_dir, file), limit=limit)
        results = run_pipeline(pipeline, articles_from(records, prefix=f"geo-{name}-"), progress=progress)
        s = score_docs([(gold_points(rec), predicted_points(res.places)) for rec, res in zip(records, results)])
        corpora.append((name, file, len(records), s))
    return score(corpora)
