"""Would a learned "is there a political event here?" head, trained on the written scope sets'
tuning halves, cut the ACLED top events the rules give non-ACLED texts on their held-out halves?

A measurement, not part of the product.  Every ``nonacled_written*.jsonl`` and
``nonpolitical_written.jsonl`` text is run through the pipeline (its CASE top event: the
highest-confidence asserted event of any scope, as ``seismo eval events-case2021`` reads it).  A
logistic regression on the type model's features (the WordLlama sentence embedding and word
features of ``seismo.learn``) is fitted on the texts of half A, labelled political or not, and
the rules' ACLED top event is vetoed where the head's probability of a political event is below a
threshold.  The threshold is chosen by five-fold cross-validation on half A alone (the one with
the fewest errors: non-ACLED texts coded plus ACLED texts lost); half B is scored once with it,
and so are the tuning folds of the CASE dev file (read to measure only: it has no licence to ship
a model from; its validation fold is not read).  No text is listed: figures only.

    python scripts/scope_arbiter_probe.py
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np

import seismo
from seismo.eval.folds import is_validation, read_written, written_half
from seismo.eval.maps import case_labels
from seismo.eval.tasks.events.case2021 import predict_label
from seismo.learn.embed import SentenceEmbedder
from seismo.learn.words import WordFeatures

CHECK = Path(__file__).resolve().parent.parent / "src/seismo/data/check"
SETS = ["nonpolitical_written"] + [f"nonacled_written{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8)]
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)


def line(name: str, political: np.ndarray, coded: np.ndarray) -> str:
    return (f"{name}: non-ACLED coded {int((coded & ~political).sum())} of {int((~political).sum())}, "
            f"ACLED coded {int((coded & political).sum())} of {int(political.sum())}")


def head(texts: list[str], political: np.ndarray, embedder: SentenceEmbedder) -> Callable[[list[str]], np.ndarray]:
    """A logistic regression on the embedding and word features, fitted on ``texts``."""
    from sklearn.linear_model import LogisticRegression

    words = WordFeatures.fit(texts)
    x = lambda ts: np.hstack([embedder.embed(ts), words.transform(ts)])  # noqa: E731
    model = LogisticRegression(max_iter=2000, C=1.0).fit(x(texts), political)
    return lambda ts: model.predict_proba(x(ts))[:, 1]


def main() -> None:
    from sklearn.model_selection import StratifiedKFold

    labels = case_labels()
    acled = set(labels.acled_labels)
    pipeline = seismo.Pipeline()
    embedder = SentenceEmbedder.load()

    def top_acled(text: str, **kw) -> bool:
        return predict_label(pipeline.run(seismo.make_article(text, **kw)).events, labels=labels) in acled

    data = [{**r, "half": written_half(r["id"])} for name in SETS for r in read_written(CHECK / f"{name}.jsonl")]
    coded = np.array([top_acled(r["text"], date=r.get("date"), id=r["id"]) for r in data])
    political = np.array([bool(r["political"]) for r in data])
    texts = [r["text"] for r in data]
    a = np.array([r["half"] == "A" for r in data])
    a_texts = [t for t, x in zip(texts, a) if x]
    b_texts = [t for t, x in zip(texts, a) if not x]

    oof = np.zeros(len(a_texts))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=7).split(a_texts, political[a]):
        oof[test] = head([a_texts[i] for i in train], political[a][train], embedder)([a_texts[i] for i in test])
    print(line("half A, rules alone", political[a], coded[a]))
    scored = []
    for t in THRESHOLDS:
        kept = coded[a] & (oof >= t)
        print(line(f"half A out of fold, veto below {t}", political[a], kept))
        scored.append((int((kept & ~political[a]).sum() + (political[a] & ~kept).sum()), t))
    threshold = min(scored)[1]
    final = head(a_texts, political[a], embedder)
    print(line("half B, rules alone", political[~a], coded[~a]))
    print(line(f"half B, veto below {threshold} (chosen on half A)", political[~a], coded[~a] & (final(b_texts) >= threshold)))

    path = Path(os.environ.get("SEISMO_SHARED", "../shared")) / "data" / "events_case2021_dev.jsonl"
    if not path.exists():
        print(f"{path}: not found; the CASE check is skipped")
        return
    records = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]
    records = [r for r in records if not is_validation(path.name, r["id"])]
    gold = np.array([r["label"] in acled for r in records])
    case_coded = np.array([top_acled(r["text"], id=r["id"]) for r in records])
    p = final([r["text"] for r in records])
    print(line("CASE tuning folds, rules alone", gold, case_coded))
    for t in THRESHOLDS:  # every threshold, for the record: the choice stays half A's
        print(line(f"CASE tuning folds, veto below {t}", gold, case_coded & (p >= t)))


if __name__ == "__main__":
    main()
