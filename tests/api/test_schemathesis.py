"""The OpenAPI document against the server, by schemathesis: for every operation, requests made
from the document (valid ones and, on purpose, invalid ones) get no server error and no response
the document does not declare (status, content type, headers, body schema).

The store holds the four sample articles; the app has a token (sent with every request) so that
the write endpoint runs too, with a stand-in for the NLP.  ``positive_data_acceptance`` is left
out: a request may be valid by the document yet unusable (since after until, a well-formed but
unknown country code or cursor), and the server rightly answers 422 then.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.generation.modes import GenerationMode
from schemathesis.specs.openapi import checks

from seismo.api import create_app
from seismo.config import Settings
from seismo.store import Store
from seismo.store.samples import sample_results

from .conftest import FakePipeline

TOKEN = "schemathesis-token"
#: examples per operation and mode: small, so the suite stays fast; raise it for a longer hunt
#: (SEISMO_FUZZ_EXAMPLES=300 pytest tests/api/test_schemathesis.py)
MAX_EXAMPLES = int(os.environ.get("SEISMO_FUZZ_EXAMPLES", "15"))


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> Iterator[schemathesis.BaseSchema]:
    store = Store.open(Path(tmp_path_factory.mktemp("schemathesis")) / "st.db")
    store.write(sample_results())
    app = create_app(Settings(db_url=store.url, token=TOKEN), store=store, pipeline=FakePipeline())
    yield schemathesis.openapi.from_asgi("/api/openapi.json", app)
    store.close()


#: every operation of the document (a test checks the list is complete)
OPERATIONS = [
    ("GET", "/api/events"), ("GET", "/api/events.geojson"), ("GET", "/api/events/{event_id}"),
    ("GET", "/api/stories/{story_id}"), ("GET", "/api/places"), ("GET", "/api/places/mentions"),
    ("GET", "/api/actors"), ("GET", "/api/stats/daily"), ("GET", "/api/summary"), ("GET", "/api/stats"),
    ("GET", "/api/articles"), ("POST", "/api/articles"), ("GET", "/api/articles/{article_id}"),
    ("GET", "/api/quotes"), ("GET", "/api/speakers"),
    ("GET", "/api/exports/events.csv"), ("GET", "/api/exports/events.geojson"), ("GET", "/api/exports/acled.csv"),
    ("GET", "/api/exports/plover.jsonl"),
]


def test_every_operation_is_fuzzed(api_schema: schemathesis.BaseSchema) -> None:
    found = {(op.method.upper(), op.path) for op in (r.ok() for r in api_schema.get_all_operations())}
    assert found == set(OPERATIONS)


#: operations with something to get wrong (query parameters or a body; a path string cannot be)
NEGATABLE = {(m, p) for m, p in OPERATIONS if "{" not in p and p != "/api/stats"}
CASES = [(m, p, mode) for m, p in OPERATIONS for mode in GenerationMode if mode is GenerationMode.POSITIVE
         or (m, p) in NEGATABLE]


@pytest.mark.parametrize(("method", "path", "mode"), CASES, ids=[f"{m} {p} {mode.value}" for m, p, mode in CASES])
def test_server_keeps_to_its_openapi_document(api_schema: schemathesis.BaseSchema, method: str, path: str,
                                              mode: GenerationMode) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"},
                               excluded_checks=[checks.positive_data_acceptance])

    run()
