"""An ingest for the crash tests: the real ``seismo.process`` and store, with the tests' tiny
model-free pipeline (tests/conftest.py) slowed to about 20 ms an article, so a SIGKILL lands in
the middle of extraction or of a write.

    python ingest_driver.py FOLDER DB_URL      (or ``main(folder, url, ready)`` in a forked child)

Says it is ready once the store is open (prints ``ready``, or sets the ``ready`` event) and
prints ``done <summary>`` at the end.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import spacy  # noqa: E402
from conftest import _entities, _events, _quotes  # noqa: E402

import seismo  # noqa: E402
from seismo.ingest import IngestReport, read_inputs  # noqa: E402
from seismo.pipeline import Pipeline, Step  # noqa: E402
from seismo.processing import process  # noqa: E402
from seismo.resources import Resources  # noqa: E402
from seismo.store import Store  # noqa: E402

DELAY = 0.02


def _slow(step):
    def run(doc, **kwargs):
        time.sleep(DELAY)
        return step(doc, **kwargs)

    return run


def build_pipeline() -> Pipeline:
    resources = Resources(seismo.Settings())
    resources.__dict__["nlp"] = spacy.blank("en")
    return Pipeline((
        Step("entities", "crash.entities.v1", _slow(_entities("crash.entities.v1"))),
        Step("quotes", "crash.quotes.v1", _quotes("crash.quotes.v1")),
        Step("events", "crash.events.v1", _events("crash.events.v1"), ("entities",)),
    ), resources=resources)


def main(folder: str, url: str, ready=None, pipeline: Pipeline | None = None) -> None:
    """``pipeline``: one :func:`build_pipeline` made before forking (a blank spaCy takes about
    0.3 s to make, and the crash test starts 22 ingests per store); made here when none."""
    pipeline = pipeline or build_pipeline()
    with Store.open(url) as store:
        print("ready", flush=True)
        if ready is not None:
            ready.set()
        stats = process(read_inputs([folder], report=IngestReport()), store=store, pipeline=pipeline, batch_size=4)
    print("done", stats.summary(), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
