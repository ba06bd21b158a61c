"""The dedup task on hand-made articles (invented words only, nothing from the shared data): the
baseline's clusters, the incident's event and toll, the scores, and, with the model-free
``fake_pipeline``, a whole run and the error listing — folded by incident, never fold 0."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from seismo.errors import InputError
from seismo.eval.errors import Mistake, checked, list_errors
from seismo.eval.folds import by_fold, fold_of
from seismo.eval.scorers import bcubed
from seismo.eval.tasks import dedup
from seismo.eval.tasks.dedup import Item, Linked, Toll, baseline, score, target_note, tolls_of
from seismo.eval.tasks.dedup.tolls import event_counts, link_order, majority, toll
from seismo.link import ArticleLinks, ReportLink, SourcedCount
from seismo.model import Article, Count, Event, Result, Span

DAY = dt.date(2020, 3, 2)


# -- the baseline ------------------------------------------------------------------------------

FLOOD = "Flood waters rose over the Marrow valley bridge"
FLOOD_AGAIN = "The Marrow valley bridge closed as flood waters rose"
BAKERY = "A bakery in Tessel won a prize for rye bread"


def test_baseline_links_similar_texts_within_a_week():
    days = [DAY, DAY + dt.timedelta(days=1), DAY, DAY + dt.timedelta(days=30)]
    assert baseline.clusters([FLOOD, FLOOD_AGAIN, BAKERY, FLOOD], days) == [0, 0, 2, 3]
    # an undated text has no date limit
    assert baseline.clusters([FLOOD, FLOOD_AGAIN, BAKERY, FLOOD], [*days[:3], None]) == [0, 0, 2, 0]
    # a threshold no pair reaches leaves every text alone
    assert baseline.clusters([FLOOD, FLOOD_AGAIN, BAKERY], [DAY] * 3, threshold=0.99) == [0, 1, 2]


def test_baseline_clusters_are_connected_components():
    # a~b and b~c, a and c share no word: one cluster, labelled by its first text
    texts = ["quarn belto", "belto grisk", "grisk domply", "vantor plesk"]
    assert baseline.clusters(texts, [DAY] * 4, threshold=0.3) == [0, 0, 0, 3]


def test_baseline_edge_cases():
    assert baseline.clusters([], []) == []
    assert baseline.clusters([FLOOD], [DAY]) == [0]
    assert baseline.clusters(["the and", "of the"], [DAY, DAY]) == [0, 1]  # stop words only
    with pytest.raises(ValueError):
        baseline.clusters([FLOOD], [])


# -- the incident's event and toll -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("primaries", "event"),
    [
        (["e1", "e2", "e2", None], "e2"),  # the majority
        (["e1", "e2"], "e1"),  # a tie: the earliest article's
        ([None, "e3", "e4", "e4", "e3"], "e3"),
        ([None, None], None),
        ([], None),
    ],
)
def test_majority(primaries, event):
    assert majority(primaries) == event


def _count(kind: str, best: int) -> Count:
    return Count(kind=kind, low=best, best=best, high=best, start=0, end=1, text=str(best))  # type: ignore[arg-type]


def _event(eid: str, *counts: Count, said_by: str | None = None) -> Event:
    text = "Two were hurt when a cart overturned."
    return Event(
        id=eid, type="ASSAULT", mode=None, acled_event_type=None, acled_sub_event_type=None, quad_class=None,
        actor=None, recipient=None, location=None, date=None, counts=counts, modality="asserted",
        attributed_to=Span(0, len(said_by), said_by) if said_by else None, hedged=False,
        evidence=Span(0, len(text), text), trigger=Span(24, 34, "overturned"), confidence=0.8,
    )


def _result(aid: str, day: dt.date | None, *events: Event) -> Result:
    return Result(article=Article(id=aid, text="A cart overturned.", date=day), events=events)


def _links(result: Result, event_ids: list[str], primary: str | None, story: str = "s") -> ArticleLinks:
    a = result.article
    return ArticleLinks(
        article_id=a.id, day=a.date, story_id=story, story_score=0.0, matched=None, story_reasons=(),
        duplicate_of=None, primary_event_id=primary,
        reports=tuple(ReportLink(e.id, eid, 1.0, ()) for e, eid in zip(result.events, event_ids)))


def test_toll_reconciles_the_events_counts_and_is_zero_without_one():
    later = DAY + dt.timedelta(days=1)
    counts = {"E": [
        SourcedCount("killed", 1, 1, 1, "r1", "a1", DAY, None, "one"),
        SourcedCount("killed", 3, 3, 3, "r2", "a2", later, None, "three"),  # a later toll supersedes
    ]}
    assert toll("E", counts) == (3, 0)  # no injured count: 0
    assert toll(None, counts) == (0, 0)  # no event
    assert toll("F", counts) == (0, 0)  # an event with no count


def test_event_counts_gathers_every_report_linked_to_the_event():
    r1 = _result("a1", DAY, _event("a1-e", _count("killed", 1)), _event("a1-f", _count("injured", 4)))
    r2 = _result("a2", DAY, _event("a2-e", _count("killed", 2), said_by="the sheriff"))
    by_event = event_counts([r1, r2], [_links(r1, ["E", "F"], "E"), _links(r2, ["E"], "E")])
    assert sorted((c.article_id, c.kind, c.best, c.source) for c in by_event["E"]) == [
        ("a1", "killed", 1, None), ("a2", "killed", 2, "the sheriff")]
    assert [(c.report_id, c.kind) for c in by_event["F"]] == [("a1-f", "injured")]


def test_tolls_of_takes_the_event_most_articles_name():
    d = [DAY + dt.timedelta(days=k) for k in range(5)]
    records = [
        {"id": "a1", "incident": "A", "killed": 2, "injured": 1, "boilerplate": False},
        {"id": "a2", "incident": "A", "killed": 2, "injured": 1, "boilerplate": False},
        {"id": "a3", "incident": "A", "killed": 2, "injured": 1, "boilerplate": False},
        {"id": "b1", "incident": "B", "killed": 0, "injured": 0, "boilerplate": False},
        {"id": "c1", "incident": "C", "killed": 5, "injured": 5, "boilerplate": True},  # linked, not scored
        {"id": "x1", "incident": "X", "killed": None, "injured": None, "boilerplate": False},  # no GVA toll
    ]
    results = [
        _result("a1", d[0], _event("a1-e", _count("killed", 1))),
        _result("a2", d[1], _event("a2-e", _count("killed", 2))),
        _result("a3", d[2], _event("a3-e", _count("injured", 1))),
        _result("b1", d[0]),
        _result("c1", d[3], _event("c1-e", _count("injured", 3))),
        _result("x1", d[4], _event("x1-e", _count("killed", 9))),
    ]
    links = [
        _links(results[0], ["E1"], "E1"), _links(results[1], ["E2"], "E2"), _links(results[2], ["E2"], "E2"),
        _links(results[3], [], None),
        _links(results[4], ["E2"], "E2"),  # another article's report of E2, published last: its count counts
        _links(results[5], ["X"], "X"),
    ]
    linked = Linked(tuple(links), tuple(range(6)), tuple(link_order([r.article for r in results])))
    assert tolls_of(records, results, linked) == [
        Toll("A", 2, 1, 2, 3, has_event=True),  # E2 (two of three articles); injured 3 is E2's latest
        Toll("B", 0, 0, 0, 0, has_event=False),
    ]


def test_link_order_is_the_stores_undated_first_then_by_date_then_id():
    arts = [Article("b", "x", DAY), Article("c", "x", None), Article("a", "x", DAY), Article("d", "x", DAY - dt.timedelta(1))]
    assert link_order(arts) == [1, 3, 2, 0]


# -- the scores --------------------------------------------------------------------------------


ITEMS = [
    Item("x", "s1", 0), Item("x", "s1", 0), Item("y", "s2", 0, copy=True, copy_same=False),
    Item("y", "s2", 3, copy=True, copy_same=True), Item("z", "s3", 4),
]
TOLLS = [Toll("x", 2, 0, 2, 1), Toll("y", 0, 3, 0, 3), Toll("z", 4, None, 1, 0, has_event=False)]


def test_score():
    r = score(ITEMS, TOLLS, linked=6)
    value = {m.name: m.value for m in r.metrics}
    assert value["B-cubed F1"] == 1.0 and value["pairwise F1"] == 1.0
    # baseline: x,x,y in one cluster; per item P (2/3, 2/3, 1/3, 1, 1), R (1, 1, 1/2, 1/2, 1)
    assert value["baseline B-cubed precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    assert value["baseline B-cubed recall"] == pytest.approx(4 / 5)
    assert value["baseline pairwise precision"] == pytest.approx(1 / 3)  # 1 of 3 predicted pairs
    assert (value["articles scored"], value["incidents"], value["stories"], value["baseline clusters"]) == (5, 3, 3, 3)
    assert value["near-copies (duplicate_of set)"] == 2
    assert value["near-copies of an article of the same incident"] == 0.5
    assert value["killed exact"] == pytest.approx(2 / 3) and value["killed within ±1"] == pytest.approx(2 / 3)
    assert value["killed: answer 0 every time"] == pytest.approx(1 / 3)
    # injured is known for two incidents: 0 vs 1 (within ±1), 3 vs 3
    assert (value["injured exact"], value["injured within ±1"], value["injured: answer 0 every time"]) == (0.5, 1.0, 0.5)
    assert r.metric("injured exact").n == 2
    assert value["incidents whose articles name no primary event"] == pytest.approx(1 / 3)
    assert "6 articles" in r.notes[0]
    sizes = {row[0]: row for row in r.tables[0].rows}
    assert sizes["2"][1:3] == (2, 4) and sizes["1"][1:3] == (1, 1) and sizes["6+"][1:3] == (0, 0)
    assert sizes["6+"][3:] == ("–",) * 4  # no article: no score
    assert r.tables[1].rows == (("injured", 0, 1, 1), ("killed", 4, 1, 1))  # GVA, ours, incidents


def test_score_of_nothing_is_zero_not_an_error():
    r = score([], [])
    assert all(m.value == 0 for m in r.metrics)


def test_target_note_reads_the_validation_figures():
    report = by_fold(lambda part: score(ITEMS, TOLLS))
    note = target_note(report)
    assert "B-cubed F1 100.0 (target 95.0 and above the baseline's" in note and "): met" in note
    assert "killed exact 66.7 (target 85.0): not met" in note and "injured exact 50.0 (target 75.0): not met" in note


# -- whole runs on a synthetic file, with the model-free fake pipeline -------------------------------


def _word(n: int) -> str:
    """An invented word per number (letters only, so the linker reads it whole)."""
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return f"zq{s}ov"


def _words(k: int) -> str:
    return " ".join(_word(10 * k + i) for i in range(8))


def _incidents(fold_wanted: set[int], n: int, start: int = 0) -> list[str]:
    names = (f"inc-{i}" for i in range(start, 10_000))
    return [name for name, _ in zip((x for x in names if fold_of(dedup.FILE, x) in fold_wanted), range(n))]


def _synthetic(data: Path) -> dict[str, object]:
    """Plain incidents (two articles each, one text), and in each of the validation and tuning
    folds: an incident split over two unrelated texts, and two one-article incidents with the same
    text (the later one joins the other's story).  One boilerplate page copies a plain text."""
    records: list[dict] = []
    k = 0

    def add(incident: str, day: int, words: str, *, killed: int | None = 0, boilerplate: bool = False) -> str:
        rid = f"art-{len(records)}"
        records.append({"id": rid, "date": str(DAY + dt.timedelta(days=day)), "title": words.split()[0],
                        "text": f"Crowds marched. {words}.", "incident": incident, "incident_date": None, "state": None,
                        "city": None, "killed": killed, "injured": 0 if killed is not None else None, "uri": "",
                        "boilerplate": boilerplate})
        return rid

    plain = _incidents({0}, 3) + _incidents({1, 2, 3, 4}, 6)
    for i, incident in enumerate(plain):
        k += 1
        add(incident, i, _words(k), killed=i % 2)
        add(incident, i + 1, _words(k))
    add(plain[-1], 20, _words(k), boilerplate=True)
    listed = set()
    for folds in ({0}, {1, 2, 3, 4}):
        split, first, second = _incidents(folds, 3, start=1000)
        k += 1
        add(split, 30, _words(k))
        k += 1
        late = add(split, 31, _words(k))
        k += 1
        add(first, 32, _words(k))
        joined = add(second, 33, _words(k))
        if folds != {0}:
            listed = {late, joined}
    (data / dedup.FILE).write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return {"records": records, "listed": listed}


class Watched:
    def __init__(self, pipeline):
        self.pipeline, self.seen = pipeline, []

    def run_many(self, articles):
        articles = list(articles)
        self.seen += [a.id for a in articles]
        return self.pipeline.run_many(articles)


def test_errors_list_wrong_joins_and_splits_of_the_tuning_incidents_only(tmp_path, fake_pipeline):
    made = _synthetic(tmp_path)
    watched = Watched(fake_pipeline())
    listing = list_errors("dedup", pipeline=watched, data_dir=tmp_path)
    records = made["records"]
    tuning = {r["id"] for r in records if fold_of(dedup.FILE, r["incident"]) != 0}
    assert set(watched.seen) == tuning  # the pipeline never ran on an article of a validation incident
    assert all(m.fold != 0 for m in listing.mistakes)
    links = [m for m in listing.mistakes if m.where != "toll"]
    assert {m.record for m in links} == made["listed"]
    kinds = {m.where for m in links}
    assert kinds == {"joined another incident", "split from its incident"}
    # the fake pipeline counts no one: every tuning incident GVA says had a death is a toll miss
    tolls = [m for m in listing.mistakes if m.where == "toll"]
    first = {}
    for r in records:
        first.setdefault(r["incident"], r)
    deadly = {i for i, r in first.items() if fold_of(dedup.FILE, i) != 0 and r["killed"]}
    assert {m.folded_by for m in tolls} == deadly and deadly
    assert all(m.predicted.startswith("killed 0, injured 0 from no count") and "killed 1" in m.gold for m in tolls)
    joined = next(m for m in listing.mistakes if m.where == "joined another incident")
    assert "joined art-" in joined.predicted and "cosine" in joined.predicted and "⟷" in joined.excerpt
    split = next(m for m in listing.mistakes if m.where == "split from its incident")
    assert "1 of its 2 articles" in split.gold and "a new story" in split.predicted


def test_a_mistake_is_folded_by_its_incident_not_its_article():
    article = next(f"r{i}" for i in range(100) if fold_of(dedup.FILE, f"r{i}") != 0)
    (incident,) = _incidents({0}, 1)
    with pytest.raises(RuntimeError, match="validation fold"):
        checked([Mistake(dedup.FILE, article, "gold", "predicted", "text", folded_by=incident)])
    assert Mistake(dedup.FILE, article, "g", "p", "t").fold != 0


def test_run_scores_stories_by_incident_folds(tmp_path, fake_pipeline):
    made = _synthetic(tmp_path)
    records = made["records"]
    report = dedup.run(tmp_path, pipeline=fake_pipeline())
    scored = [r for r in records if not r["boilerplate"]]
    n_val = sum(fold_of(dedup.FILE, r["incident"]) == 0 for r in scored)
    assert report.fold_datasets == ((dedup.FILE, n_val, len(scored) - n_val),)
    # the stories by design: one per plain incident, a split incident in two, two incidents in one
    expected = {}
    for r in scored:
        expected[r["id"]] = r["text"]  # one story per text
    b = bcubed([expected[r["id"]] for r in scored], [r["incident"] for r in scored])
    m = report.metric("B-cubed F1")
    assert m.value == pytest.approx(b.f1) and m.value < 1.0
    assert m.validation is not None and m.validation.n == n_val
    # the fake pipeline finds no count: every toll is 0, right exactly when GVA's is 0
    assert report.metric("killed exact").value == report.metric("killed: answer 0 every time").value
    assert 0 < report.metric("killed exact").value < 1
    assert report.metric("articles scored").value == len(scored)
    assert report.notes[-1].startswith("Validation fold against the targets")


def test_run_without_the_data_file_says_which(tmp_path):
    with pytest.raises(InputError, match="dedup_gva_dev.jsonl"):
        dedup.run(tmp_path, pipeline=None)


@pytest.mark.slow
def test_run_on_the_shared_data(pipeline, shared_data):
    """The first records of the real file (skipped, with the reason, where the shared data is absent)."""
    report = dedup.run(shared_data, pipeline=pipeline, limit=25)
    (name, n_val, n_tun), = report.fold_datasets
    assert name == dedup.FILE and n_val + n_tun == report.metric("articles scored").value <= 25
    assert 0 <= report.metric("B-cubed F1").value <= 1
