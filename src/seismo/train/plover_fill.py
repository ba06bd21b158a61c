"""Choose ``Policy.plover_fill``: how sure the PLOVER head must be to name an event in a sentence
where the rules found none (:mod:`seismo.extract.events.coding.learned`).

Chosen on the tuning halves A of the PLOVER check sets written for the project (the model's own
training rows, :func:`~seismo.train.sources.check_files`), out of fold: the rows are split into five
folds by ``sha256(text) mod 5``; each fold is read by a PLOVER head trained on every training file
but that fold's rows.  The rules run once (type model off) and give each row the type of its top
event, or ``NONE``; a row with ``NONE`` takes the head's top type when that is a type with at least
the threshold.  Accuracy over the rows for each threshold of :data:`GRID`; among those within
``TOLERANCE`` of the best, the highest (the rules keep the most) wins.  The halves B and the sets
held out whole are never read here: they tell how the choice carries to text nobody tuned on
(``scripts/written_types.py``).

    tune_fill(files, pipeline=rules) -> (threshold, {"rules accuracy": .., ...})
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from seismo.learn.examples import NONE
from seismo.train.policy import TOLERANCE
from seismo.train.sources import TrainingFile

GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
FOLDS = 5


def _fold(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest(), 16) % FOLDS


def tune_fill(files: Sequence[TrainingFile], checks: Sequence[TrainingFile], *, pipeline: Any, c: float = 4.0,
              seed: int = 0) -> tuple[float, dict[str, Any]]:
    """The threshold and its figures; ``files``: every training file, ``checks``: those of them
    that are check-set halves A (the rows the choice is made on)."""
    import seismo
    from seismo.learn.embed import SentenceEmbedder
    from seismo.learn.types import Head, features
    from seismo.learn.words import WordFeatures
    from seismo.train.types import fit_head

    rows = [e for f in checks for e in f.examples]
    if not rows:
        raise ValueError("no check-set rows to choose the fill threshold on")
    rules = []
    for e in rows:
        events = pipeline.run(seismo.make_article(e.text, date="2024-03-01")).events
        rules.append(max(events, key=lambda ev: ev.confidence).type if events else NONE)
    checked = {id(f) for f in checks}
    embedder = SentenceEmbedder.load()
    head: list[tuple[str, float]] = [(NONE, 0.0)] * len(rows)
    for k in range(FOLDS):
        kept = [(f, e) for f in files for e in f.examples if id(f) not in checked or _fold(e.text) != k]
        train = [e for _, e in kept if e.label("plover") is not None]
        texts = [e.text for e in train]
        words = WordFeatures.fit([e.text for f, e in kept if f.vocabulary] or texts)  # as train_types reads it
        fitted = fit_head(features(texts, embedder, words), [e.label("plover") for e in train], c=c, seed=seed)
        held = [i for i, e in enumerate(rows) if _fold(e.text) == k]
        p = Head(fitted.classes, fitted.coef, fitted.intercept).proba(features([rows[i].text for i in held], embedder, words))
        for i, row in zip(held, p):
            best = int(row.argmax())
            head[i] = (fitted.classes[best], float(row[best]))

    def accuracy(t: float) -> float:
        got = [r if r != NONE or h == NONE or q < t else h for r, (h, q) in zip(rules, head)]
        return 100 * sum(g == e.label("plover") for g, e in zip(got, rows)) / len(rows)

    scored = {t: accuracy(t) for t in GRID}
    top = max(scored.values())
    chosen = max(t for t, a in scored.items() if a >= top - TOLERANCE)
    return chosen, {
        "rows": len(rows),
        "rules accuracy": round(scored[1.01], 1),
        "PLOVER head alone accuracy (out of fold)": round(100 * sum(h == e.label("plover") for (h, _), e in zip(head, rows)) / len(rows), 1),
        "filled accuracy": round(scored[chosen], 1),
        "by threshold": {str(t): round(a, 1) for t, a in scored.items()},
    }
