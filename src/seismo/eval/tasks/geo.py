"""geo: toponym finding and resolution on LGL and GeoVirus.

* found: share of gold toponyms overlapped by one of our places (one-to-one overlap matching);
* acc@161: among found toponyms whose place has coordinates, the share resolved within 161 km
  (100 miles) of the gold point — the measure Mordecai 3 reports (82.7 on LGL);
* acc@161 (all gold): the same over every gold toponym, a miss counting as wrong;
* median error km over found toponyms with coordinates;
* precision: share of our places that overlap a gold toponym (the gold files leave out
  toponyms without coordinates, so this is a lower bound);
* by role (``literal`` / ``associative`` / ``metonym``, the documented ``places[].role``): how
  many places seismo predicts with that role, how many of them overlap a gold toponym (found)
  and how many of those lie within 161 km (right).  LGL counts demonyms ("Russian") as
  toponyms, GeoVirus does not, so associative places are found on one and not the other.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from seismo.eval.data import Progress, Source, run_pipeline
from seismo.eval.errors import Mistake, excerpt
from seismo.eval.folds import Part, by_fold, folds_of
from seismo.eval.report import Metric, Table, TaskReport, fmt
from seismo.eval.scorers import haversine_km, match_spans, median, ratio
from seismo.model import Place

FILES = (("LGL", "geo_lgl.jsonl"), ("GeoVirus", "geo_geovirus.jsonl"))
SOURCES = tuple(Source(file, f"geo-{name}-") for name, file in FILES)
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
    role: str = "literal"


ROLES = ("literal", "associative", "metonym")


@dataclass(frozen=True, slots=True)
class RoleCount:
    """Predicted places of one role: how many, how many overlap a gold toponym, how many of
    those lie within 161 km of it."""

    role: str
    pred: int
    found: int
    within: int


@dataclass(frozen=True, slots=True)
class GeoScore:
    gold: int
    pred: int
    found: int
    resolved: int  # found ones whose prediction has coordinates
    within: int  # resolved ones within KM of gold
    errors_km: tuple[float, ...]
    by_role: tuple[RoleCount, ...] = ()

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
    roles: dict[str, list[int]] = {role: [0, 0, 0] for role in ROLES}
    for gold, pred in docs:
        n_gold += len(gold)
        n_pred += len(pred)
        for p in pred:
            roles.setdefault(p.role, [0, 0, 0])[0] += 1
        for gi, pi in match_spans([(g.start, g.end) for g in gold], [(p.start, p.end) for p in pred]):
            found += 1
            g, p = gold[gi], pred[pi]
            roles[p.role][1] += 1
            if p.lat is None or p.lon is None or g.lat is None or g.lon is None:
                continue
            resolved += 1
            km = haversine_km(g.lat, g.lon, p.lat, p.lon)
            errors.append(km)
            within += km <= KM
            roles[p.role][2] += km <= KM
    by_role = tuple(RoleCount(role, *counts) for role, counts in roles.items())
    return GeoScore(n_gold, n_pred, found, resolved, within, tuple(errors), by_role)


def predicted_points(places: Sequence[Place]) -> list[Point]:
    return [Point(p.start, p.end, p.lat, p.lon, p.role) for p in places]


def gold_points(record: dict[str, Any]) -> list[Point]:
    return [Point(t["start"], t["end"], t["lat"], t["lon"]) for t in record["toponyms"]]


def score(corpora: Sequence[tuple[str, str, int, GeoScore]]) -> TaskReport:
    """``corpora``: ``(name, file, documents, score)``."""
    metrics: list[Metric] = []
    rows = []
    role_rows = []
    for name, _, _, s in corpora:
        metrics += [
            Metric(f"{name} acc@161", s.acc161, anchor=ANCHOR_ACC161.get(name), anchor_source=ANCHOR_SOURCE if name in ANCHOR_ACC161 else None, n=s.resolved, headline=True),
            Metric(f"{name} toponyms found", s.found_share, n=s.gold, headline=True),
            Metric(f"{name} acc@161 (all gold)", s.acc161_all, n=s.gold),
            Metric(f"{name} median error", s.median_km, unit="km", n=s.resolved),
            Metric(f"{name} place precision", s.precision, n=s.pred),
        ]
        for rc in s.by_role:
            metrics.append(Metric(f"{name} {rc.role} places found", ratio(rc.found, rc.pred), n=rc.pred))
            role_rows.append((name, rc.role, rc.pred, rc.found, rc.within, fmt(ratio(rc.within, rc.found))))
        rows.append((name, s.gold, s.pred, s.found, s.resolved, s.within, fmt(s.median_km, "km")))
    return TaskReport(
        task="geo",
        title="Toponyms: found and resolved (LGL, GeoVirus)",
        datasets=tuple((file, docs) for _, file, docs, _ in corpora),
        metrics=tuple(metrics),
        tables=(
            Table("counts", ("corpus", "gold", "predicted", "found", "with coords", "≤161 km", "median km"), tuple(rows)),
            Table("by role", ("corpus", "role", "predicted", "found", "≤161 km", "right / found"), tuple(role_rows)),
        ),
        notes=(
            "Found = a gold toponym overlapped by one of our places (one-to-one, largest overlap first).",
            "acc@161 is over found toponyms with coordinates (as Mordecai reports it); 'all gold' counts misses as wrong.",
            "Gold files leave out toponyms without coordinates, so place precision is a lower bound.",
            "By role: predicted places per places[].role; found = overlapping a gold toponym (LGL counts demonyms, GeoVirus does not).",
        ),
    )


def run(data_dir: Path, *, pipeline: Any, limit: int | None = None, progress: Progress | None = None) -> TaskReport:
    corpora = []
    for (name, file), source in zip(FILES, SOURCES):
        records = source.read(data_dir, limit=limit)
        results = run_pipeline(pipeline, source.articles(records), progress=progress)
        docs = [(gold_points(rec), predicted_points(res.places)) for rec, res in zip(records, results)]
        corpora.append((name, file, folds_of(file, records), docs))

    def scored(part: Part) -> TaskReport:
        kept = [(name, file, part.keep(docs, folds)) for name, file, folds, docs in corpora]
        return score([(name, file, len(docs), score_docs(docs)) for name, file, docs in kept])

    return by_fold(scored)


def _where(p: Point | Place) -> str:
    return "no coordinates" if p.lat is None or p.lon is None else f"{p.lat:.2f}, {p.lon:.2f}"


def mistakes(source: Source, records: Sequence[dict[str, Any]], results: Sequence[Any]) -> Iterator[Mistake]:
    """Gold toponyms not found or resolved more than 161 km away, and places of ours that no gold
    toponym overlaps (a lower bound: the gold leaves out toponyms without coordinates)."""
    for record, result in zip(records, results):
        text, gold, places = record["text"], gold_points(record), list(result.places)
        pairs = dict(match_spans([(g.start, g.end) for g in gold], [(p.start, p.end) for p in places]))
        rid = str(record["id"])
        for gi, g in enumerate(gold):
            said = None
            if gi not in pairs:
                said = "not found"
            else:
                p = places[pairs[gi]]
                if p.lat is not None and p.lon is not None and g.lat is not None and g.lon is not None:
                    km = haversine_km(g.lat, g.lon, p.lat, p.lon)
                    if km > KM:
                        said = f"{p.name or p.text} ({_where(p)}; {p.kind}, {p.role}), {km:,.0f} km away"
                elif g.lat is not None:
                    said = f"{p.name or p.text} (no coordinates)"
            if said:
                yield Mistake(source.file, rid, f"{text[g.start:g.end]} ({_where(g)})", said,
                              excerpt(text, (g.start, g.end)), where=f"chars {g.start}–{g.end}")
        for pi in sorted(set(range(len(places))) - set(pairs.values())):
            p = places[pi]
            yield Mistake(source.file, rid, "no gold toponym", f"{p.name or p.text} ({_where(p)}; {p.kind}, {p.role})",
                          excerpt(text, (p.start, p.end)), where=f"chars {p.start}–{p.end}")
