"""Running the pipeline over a dev file (:mod:`seismo.eval.data`): a learned model is scored out of fold."""

from __future__ import annotations

from dataclasses import dataclass, field

from seismo.eval.data import Source
from seismo.eval.folds import folds_of
from seismo.model import Result


@dataclass
class Model:
    """A stand-in type model trained on one file split in folds; ``fold`` names the one it never saw."""

    file: str
    fold: int | None = None

    def trained_on_folds_of(self, file: str) -> bool:
        return file == self.file

    def without_fold(self, fold: int) -> "Model":
        return Model(self.file, fold)


@dataclass
class Resources:
    type_model: Model | None


@dataclass
class Pipeline:
    resources: Resources
    seen: dict[str, int | None] = field(default_factory=dict)

    def run_many(self, articles):
        for a in articles:
            self.seen[a.id] = None if self.resources.type_model is None else self.resources.type_model.fold
            yield Result(article=a)


RECORDS = [{"id": str(i), "text": f"Text number {i}.", "date": "2021-03-04"} for i in range(12)]


def test_each_fold_is_read_by_the_model_that_never_saw_it() -> None:
    source = Source("trained.jsonl", "t-")
    model = Model("trained.jsonl")
    pipeline = Pipeline(Resources(model))
    results = source.run(pipeline, RECORDS)
    assert [r.article.id for r in results] == [f"t-{r['id']}" for r in RECORDS]  # input order kept
    assert [pipeline.seen[f"t-{r['id']}"] for r in RECORDS] == folds_of("trained.jsonl", RECORDS)
    assert len(set(pipeline.seen.values())) > 1
    assert pipeline.resources.type_model is model  # put back afterwards


def test_a_file_the_model_never_trained_on_is_read_by_the_whole_model() -> None:
    pipeline = Pipeline(Resources(Model("other.jsonl")))
    Source("untouched.jsonl", "u-").run(pipeline, RECORDS)
    assert set(pipeline.seen.values()) == {None}
    assert Source("untouched.jsonl", "u-").run(Pipeline(Resources(None)), RECORDS)[0].article.id == "u-0"


def test_a_source_without_a_date_field_gives_undated_articles() -> None:
    records = [{"id": "a1", "text": "Workers marched in the capital.", "date": "2000-01-01"}]
    assert Source("x.jsonl", "x-").articles(records)[0].date is not None
    assert Source("x.jsonl", "x-", date_field=None).articles(records)[0].date is None


def test_the_plover_gold_is_read_undated() -> None:
    from seismo.eval.tasks.events.plover import SOURCES

    assert all(s.date_field is None for s in SOURCES)  # its one date is a placeholder
