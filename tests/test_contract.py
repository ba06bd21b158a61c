"""The `seismo extract` JSON contract: the schema in docs/ validates real output."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

import seismo
from seismo.contract import serialize

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "docs" / "extract.schema.json").read_text())

TEXTS = [
    "",
    "Nothing political happened here.",
    "On Wednesday, police in Almaty detained 40 protesters, the interior ministry said.",
    "“We will not leave,” said Marta Ruiz, a union leader in Bogotá. Thousands marched on Monday.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_output_validates_against_the_schema(pipeline, text):
    out = serialize.result(pipeline.run(seismo.make_article(text, date="2022-01-07")))
    jsonschema.validate(out, SCHEMA)
    for key in ("entities", "places", "dates", "events", "quotes"):
        assert isinstance(out[key], list)
    assert out["article"]["date"] == "2022-01-07"
    assert out["steps"] == list(pipeline.versions)


def test_a_failed_step_is_missing_from_steps(fake_pipeline):
    out = serialize.result(fake_pipeline(fail=True).run(seismo.make_article("Troops arrived.", date="2022-01-07")))
    jsonschema.validate(out, SCHEMA)
    assert out["warnings"] and len(out["steps"]) < len(fake_pipeline().versions)


def test_seed_output_validates(pipeline, seed_path):
    from seismo.ingest import IngestReport, read_inputs

    [article] = list(read_inputs([seed_path], report=IngestReport()))
    out = serialize.result(pipeline.run(article))
    jsonschema.validate(out, SCHEMA)
    assert out["article"]["date"] == "2022-01-07"
