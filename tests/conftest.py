"""Shared fixtures: one real pipeline per test session, the shared evaluation data, the seed; a
pipeline of tiny steps over a blank spaCy ``Language`` (no model) with its three articles; a
small synthetic store for the benchmark tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SEISMO_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def pipeline():
    """The full default pipeline with the real model, loaded once for the whole session."""
    from seismo import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline):
    """The loaded spaCy Language (model + seismo's ruler)."""
    return pipeline.resources.nlp


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; tests that need it skip with a message where it is absent."""
    path = SHARED / "data"
    if not path.is_dir():
        pytest.skip(f"evaluation data not found at {path} (set SEISMO_SHARED to the shared folder)")
    return path


@pytest.fixture(scope="session")
def seed_path() -> Path:
    path = SHARED / "seed" / "kazakhstan-2022-01-07.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path} (set SEISMO_SHARED to the shared folder)")
    return path



# ----------------------------------------------------------------------------- a pipeline without the model


def _entities(version: str):
    def find(doc, *, article, found, resources):
        from seismo.model import Entity

        return tuple(Entity(t.idx, t.idx + len(t), t.text, "GPE", step=version) for t in doc if t.is_title)

    return find


def _quotes(version: str):
    def find(doc, *, article, found, resources):
        from seismo.model import Quote

        text = article.text
        if '"' not in text:
            return ()
        start = text.index('"') + 1
        end = text.index('"', start)
        return (Quote(start, end, text[start:end], "direct", None, None, 0.9, step=version),)

    return find


def _events(version: str):
    def find(doc, *, article, found, resources):
        from seismo.ids import record_id
        from seismo.model import Event, Span

        text = article.text
        if "marched" not in text:
            return ()
        start = text.index("marched")
        end = start + len("marched")
        assert "entities" in found  # what it declares it reads
        return (Event(
            id=record_id(article.id, "event", start, end, "PROTEST"), type="PROTEST", mode="demo",
            acled_event_type="Protests", acled_sub_event_type="Peaceful protest", quad_class=4, actor=None,
            recipient=None, location=None, date=None, counts=(), modality="asserted", attributed_to=None,
            hedged=False, evidence=Span(0, len(text), text), trigger=Span(start, end, "marched"),
            confidence=0.5, step=version,
        ),)

    return find


@pytest.fixture(scope="session")
def boom():
    """A pipeline step that always fails with ``ValueError: kaput``."""

    def step(doc, *, article, found, resources):
        raise ValueError("kaput")

    return step


@pytest.fixture(scope="session")
def blank_resources():
    """Resources whose ``nlp`` is a blank English ``Language``: nothing loads the model."""
    import spacy

    import seismo
    from seismo.resources import Resources

    shared = Resources(seismo.Settings())
    shared.__dict__["nlp"] = spacy.blank("en")  # the cached_property, filled
    return shared


@pytest.fixture(scope="session")
def fake_pipeline(blank_resources, boom):
    """``fake_pipeline(events="test.events.v1", fail=False) -> Pipeline``: a real Pipeline of three
    tiny steps (entities: title-case words; quotes: the first double-quoted stretch; events: a
    PROTEST at "marched", reading entities) that stamp their records with the version they are
    declared with; ``fail=True`` makes the quotes step raise."""
    from seismo.pipeline import Pipeline, Step  # bound now: a test may monkeypatch seismo.pipeline.Pipeline

    def build(*, events: str = "test.events.v1", fail: bool = False) -> Pipeline:
        steps = (
            Step("entities", "test.entities.v1", _entities("test.entities.v1")),
            Step("quotes", "test.quotes.v1", boom if fail else _quotes("test.quotes.v1")),
            Step("events", events, _events(events), ("entities",)),
        )
        return Pipeline(steps, resources=blank_resources)

    return build


@pytest.fixture(scope="session")
def fake_articles():
    """Three articles for ``fake_pipeline``: two with a march and a quote, one with neither."""
    import seismo

    texts = (
        'Protesters marched in Almaty. "We stay," said Ruiz.',
        'Workers marched in Aktau. "Pay us," said Bek.',
        "Nothing happened in Paris.",
    )
    return [seismo.make_article(t, date="2022-01-07") for t in texts]


# ----------------------------------------------------------------------------- a synthetic store


@pytest.fixture(scope="module")
def synthetic_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic store of 120 events (:func:`seismo.bench.query.make_synthetic`, seed 3)."""
    from seismo.bench.query import make_synthetic

    path = tmp_path_factory.mktemp("bench") / "synth.db"
    make_synthetic(path, events=120, seed=3)
    return path


#: fixtures that load the real spaCy model: a test that uses one, directly or through another
#: fixture, is marked ``model`` (``pytest -m "not model"`` runs the rest without loading it)
MODEL_FIXTURES = frozenset({"pipeline", "nlp"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if MODEL_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)
