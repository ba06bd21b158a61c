"""The orchestration: step order checks, failure isolation, deterministic ids, offsets."""

from __future__ import annotations

import datetime as dt

import pytest

import seismo
from seismo.errors import ConfigError
from seismo.ids import article_id, normalise_text
from seismo.pipeline import DEFAULT_STEPS, Pipeline, Step


def test_steps_must_follow_what_they_need():
    late = (Step("events", "x.v1", "seismo.extract.events:find_events", ("places",)),)
    with pytest.raises(ConfigError, match="needs \\['places'\\]"):
        Pipeline(late)


def test_unknown_result_field_is_refused():
    with pytest.raises(ConfigError, match="sets no Result field"):
        Pipeline((Step("nonsense", "x.v1", "os:getcwd"),))


def test_building_a_pipeline_loads_nothing():
    p = Pipeline()
    assert "nlp" not in vars(p.resources)  # cached_property not yet computed


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police  arrested 40.", "Police arrested 40."),
        ("Police arrested 40.\n", "Police arrested 40."),
        ("Cafe\u0301 burned.", "Caf\u00e9 burned."),  # NFD vs NFC
    ],
)
def test_article_id_ignores_whitespace_and_normal_form(a, b):
    assert normalise_text(a) == normalise_text(b)
    assert article_id(a) == article_id(b)


def test_article_id_differs_for_different_text():
    assert article_id("Police arrested 40.") != article_id("Police arrested 41.")


def test_make_article_parses_dates_and_keeps_given_id():
    a = seismo.make_article("x", date="2022-01-07", id="abc")
    assert a.date == dt.date(2022, 1, 7) and a.id == "abc"


def _boom(doc, *, article, found, resources):
    raise ValueError("kaput")


def test_a_failing_step_is_reported_and_the_rest_goes_on(pipeline):
    steps = (
        DEFAULT_STEPS[0],
        Step("places", "test.v1", _boom, ("entities",)),
        Step("dates", "seismo.dates.v1", "seismo.extract.dates:find_dates"),
        Step("events", "test.v1", "seismo.extract.events:find_events", ("places",)),
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
