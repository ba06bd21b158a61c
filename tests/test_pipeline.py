"""The orchestration (:mod:`seismo.pipeline`): step order checks, failure isolation, the versions
each step stamps, what each default step reads, offsets, ``make_article``."""

from __future__ import annotations

import datetime as dt

import pytest

import seismo
from seismo.errors import ConfigError
from seismo.pipeline import DEFAULT_STEPS, Pipeline, Step


def test_steps_must_follow_what_they_need():
    late = (Step("events", "x.v1", "seismo.extract.events.coder:find_events", ("places",)),)
    with pytest.raises(ConfigError, match="needs \\['places'\\]"):
        Pipeline(late)


def test_unknown_result_field_is_refused():
    with pytest.raises(ConfigError, match="sets no Result field"):
        Pipeline((Step("nonsense", "x.v1", "os:getcwd"),))


def test_building_a_pipeline_loads_nothing():
    p = Pipeline()
    assert "nlp" not in vars(p.resources)  # cached_property not yet computed


def test_make_article_parses_dates_and_keeps_given_id():
    a = seismo.make_article("x", date="2022-01-07", id="abc")
    assert a.date == dt.date(2022, 1, 7) and a.id == "abc"


def test_an_article_reads_an_iso_date_string_and_refuses_what_is_no_date():
    assert seismo.Article("a", "text", "2022-01-07").date == dt.date(2022, 1, 7)
    assert seismo.Article("a", "text", dt.datetime(2022, 1, 7, 9, 30)).date == dt.date(2022, 1, 7)
    with pytest.raises(ValueError, match="'a'.*'07/01/2022'"):
        seismo.Article("a", "text", "07/01/2022")
    with pytest.raises(TypeError, match="'a'.*int"):
        seismo.Article("a", "text", 20220107)


def test_a_string_date_is_reckoned_from_like_a_date(pipeline):
    text = "Police arrested 40 protesters in the capital last week."
    by_string = pipeline.run(seismo.Article("s", text, "2022-01-07"))
    assert by_string.warnings == ()
    assert [d.timeml for d in by_string.dates] == ["2021-W52"]  # 7 January 2022 is in ISO week 2022-W01


def test_a_failing_step_is_reported_and_the_rest_goes_on(boom, pipeline):
    steps = (
        DEFAULT_STEPS[0],
        Step("places", "test.v1", boom, ("entities",)),
        Step("dates", "seismo.dates.v33", "seismo.extract.dates:find_dates"),
        Step("events", "test.v1", "seismo.extract.events.coder:find_events", ("places",)),
    )
    p = Pipeline(steps, resources=pipeline.resources)
    results = list(p.run_many([seismo.make_article("Protesters marched in Almaty on Monday.", date="2022-01-07"),
                               seismo.make_article("Police detained 12 people.", date="2022-01-07")]))
    assert len(results) == 2
    for r in results:
        assert r.entities is not None
        assert any(w.startswith("places: ValueError: kaput") for w in r.warnings)
        assert any(w.startswith("events: skipped") for w in r.warnings)
        assert r.places == () and r.events == ()


# ------------------------------------------------------------------------ step versions and what steps read


def test_steps_are_recorded_in_the_result(fake_pipeline, fake_articles) -> None:
    p = fake_pipeline()
    [result] = p.run_many(fake_articles[:1])
    assert result.steps == p.versions == ("test.entities.v1", "test.quotes.v1", "test.events.v1")
    for step in p.steps:
        assert all(record.step == step.version for record in getattr(result, step.name))


def test_a_failed_step_is_not_recorded(fake_pipeline, fake_articles) -> None:
    [result] = fake_pipeline(fail=True).run_many(fake_articles[:1])
    assert result.steps == ("test.entities.v1", "test.events.v1")
    assert result.quotes == () and result.warnings == ("quotes: ValueError: kaput",)


def test_a_step_runs_when_a_step_it_does_not_read_fails(fake_pipeline, fake_articles) -> None:
    """``requires`` is what a step reads: events read entities only, so a quotes failure leaves them."""
    [result] = fake_pipeline(fail=True).run_many(fake_articles[:1])
    assert len(result.events) == 1


class _Reads(dict):
    """``found`` that records which fields a step reads."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)
        self.read: set[str] = set()

    def __getitem__(self, key: str) -> object:
        self.read.add(key)
        return super().__getitem__(key)

    def get(self, key: str, default: object = None) -> object:
        self.read.add(key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self.read.add(str(key))
        return super().__contains__(key)


def test_default_steps_require_what_they_read_and_stamp_their_version(pipeline, seed_path) -> None:
    from seismo.ingest import IngestReport, read_inputs
    from seismo.pipeline import DEFAULT_STEPS

    [article] = list(read_inputs([seed_path], report=IngestReport()))
    result = pipeline.run(article)
    assert result.warnings == ()
    versions = tuple(step.version_with(pipeline.resources) for step in DEFAULT_STEPS)
    assert result.steps == versions == pipeline.versions
    assert versions[-1] == f"seismo.events.v141+{pipeline.resources.type_model.version}"  # the model the events read
    doc = pipeline.resources.nlp(article.text)
    earlier: dict[str, object] = {}
    for step in DEFAULT_STEPS:
        records = getattr(result, step.name)
        assert records, f"the seed article gives no {step.name}; pick a text that does"
        assert {r.step for r in records} == {step.version_with(pipeline.resources)}, step.name
        found = _Reads(earlier)
        assert tuple(step.load()(doc, article=article, found=found, resources=pipeline.resources)) == records
        assert found.read == set(step.requires), step.name
        earlier[step.name] = records


def test_every_span_points_at_its_text(pipeline, seed_path):
    from seismo.ingest import IngestReport, read_inputs

    [article] = list(read_inputs([seed_path], report=IngestReport()))
    result = pipeline.run(article)
    text = article.text
    records = [*result.entities, *result.places, *result.dates]
    for e in result.events:
        records += [e.evidence, e.trigger, *e.counts]
        records += [x for x in (e.actor, e.recipient, e.attributed_to) if x is not None]
        if e.location:
            records.append(e.location.place)
    for q in result.quotes:
        records.append(q)
        records += [x for x in (q.speaker, q.cue) if x is not None]
    assert records
    for r in records:
        assert text[r.start : r.end] == r.text, r


def test_a_step_version_names_the_models_it_read(blank_resources) -> None:
    from seismo.pipeline import Step

    class Model:
        version = "types.v1+abc"

    class WithModel:
        type_model = Model()

    class Off:
        type_model = None

    step = Step("events", "seismo.events.v141", lambda doc, **kw: (), models=("type_model",))
    assert step.version_with(WithModel()) == "seismo.events.v141+types.v1+abc"
    assert step.version_with(Off()) == "seismo.events.v141"
    assert Step("places", "seismo.places.v1", lambda doc, **kw: ()).version_with(WithModel()) == "seismo.places.v1"


# ------------------------------------------------------------------------ spaCy batches bounded by characters


@pytest.mark.parametrize(
    ("lengths", "size", "chars", "expected"),
    [
        ((3, 3, 3, 3), 2, 100, [[3, 3], [3, 3]]),  # the article count cuts
        ((40, 40, 40), 64, 100, [[40, 40], [40]]),  # the characters cut
        ((150, 10, 10), 64, 100, [[150], [10, 10]]),  # a long text is a batch of its own
        ((10, 150, 10), 64, 100, [[10], [150], [10]]),
        ((50, 50, 1), 64, 100, [[50, 50], [1]]),  # exactly full
        ((), 64, 100, []),
    ],
)
def test_parse_batches_cut_by_count_and_characters(lengths, size, chars, expected) -> None:
    from seismo.pipeline import parse_batches

    items = [("x" * n, k) for k, n in enumerate(lengths)]
    batches = list(parse_batches(items, size=size, chars=chars))
    assert [[len(t) for t, _ in b] for b in batches] == expected
    assert [k for b in batches for _, k in b] == list(range(len(lengths)))  # input order, nothing lost


def test_parse_batches_refuse_an_empty_batch() -> None:
    from seismo.pipeline import parse_batches

    with pytest.raises(ConfigError, match="batch_chars=0"):
        list(parse_batches([("a", 1)], size=64, chars=0))


def test_a_full_batch_is_given_before_the_next_article_is_read() -> None:
    from seismo.pipeline import parse_batches

    read = []

    def items():
        for k in range(5):
            read.append(k)
            yield ("abc", k)

    batches = parse_batches(items(), size=2, chars=100)
    next(batches)
    assert read == [0, 1]


def test_results_do_not_depend_on_how_the_articles_are_batched(pipeline) -> None:
    articles = [
        seismo.make_article("Farmers blocked the ring road around Nairobi on Tuesday to protest the new fuel levy.",
                            date="2023-03-14"),
        seismo.make_article("Security forces in Quito fired tear gas at students who had marched on the assembly. "
                            "At least 14 people were hurt, the Red Cross said.", date="2023-05-02"),
        seismo.make_article("the mayor of lyon said the strike by transit workers would go on until friday.",
                            date="2023-01-19"),
        seismo.make_article("Two soldiers were killed when militants attacked a checkpoint near Mopti, the army said.",
                            date="2023-08-21"),
    ]
    one_batch = list(pipeline.run_many(articles))
    narrow = Pipeline(resources=pipeline.resources)
    narrow.settings = narrow.settings.with_(batch_chars=90)  # about one article a batch
    assert list(narrow.run_many(articles)) == one_batch
    assert [r.article.id for r in one_batch] == [a.id for a in articles]


def test_a_no_break_space_reads_as_a_space_and_is_quoted_as_written(pipeline) -> None:
    from seismo.nlp import plain_spaces

    text = ("The harbour master gave evidence on Monday.\n\n"
            "Judge Lena Marsh was plain in her ruling:\u00a0“The inspection was never carried out.”\n\n"
            "Councillor Omar Reid issued a\u00a0statement, “We owe the families an apology and a new pier.”")
    assert plain_spaces(text) == text.replace("\u00a0", " ") and len(plain_spaces(text)) == len(text)
    assert plain_spaces("a\u202fb\u3000c.\u200bd\u2029e") == "a b c. d\ne"
    assert plain_spaces("Zelen\u200bskyy") == "Zelen\u200bskyy"  # inside a word it stays the word's
    result = pipeline.run(seismo.make_article(text, date="2024-03-04"))
    spoken = {q.text: q.speaker.name if q.speaker else None for q in result.quotes}
    assert spoken == {"The inspection was never carried out.": "Lena Marsh",
                      "We owe the families an apology and a new pier.": "Omar Reid"}
    for q in result.quotes:  # every span quotes the article as written, its no-break space kept
        for span in (q, q.cue, q.speaker):
            assert span is not None and text[span.start : span.end] == span.text
    cue = next(q.cue for q in result.quotes if q.speaker and q.speaker.name == "Omar Reid")
    assert cue.text in {"issued", "issued a\u00a0statement"}
