"""The baseline the dedup task compares seismo's stories with: TF-IDF cosine and date, nothing else.

    clusters(texts, dates) -> [cluster label of each text]

Every text is weighted by scikit-learn's ``TfidfVectorizer(stop_words="english",
sublinear_tf=True)`` fitted on all the texts given; two texts are linked when their cosine is at
least :data:`THRESHOLD` and their dates are at most :data:`DAYS` apart (an undated text has no
date limit); the clusters are the connected components of the links.  A cluster's label is the
index of its first text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

#: the cosine two texts need to be linked; chosen on the tuning folds (folds 1–4) of
#: dedup_gva_dev.jsonl as the best baseline B-cubed F1 of 0.10, 0.15, …, 0.50
THRESHOLD = 0.2
#: the most days two linked texts may be apart
DAYS = 7


def _close(a: dt.date | None, b: dt.date | None, days: int) -> bool:
    return a is None or b is None or abs((a - b).days) <= days


def clusters(texts: Sequence[str], dates: Sequence[dt.date | None], *, threshold: float = THRESHOLD,
             days: int = DAYS) -> list[int]:
    """The cluster label (index of the cluster's first text) of each text; see the module docstring."""
    if len(texts) != len(dates):
        raise ValueError(f"{len(texts)} texts but {len(dates)} dates")
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if len(texts) < 2:
        return parent
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    except ValueError:  # no text has a word that is not a stop word: nothing to link
        return parent
    cosine = (matrix @ matrix.T).tocoo()  # rows are L2-normalised: the dot product is the cosine
    for i, j, value in zip(cosine.row.tolist(), cosine.col.tolist(), cosine.data.tolist()):
        if i < j and value >= threshold and _close(dates[i], dates[j], days):
            a, b = root(i), root(j)
            if a != b:
                parent[max(a, b)] = min(a, b)
    return [root(i) for i in range(len(texts))]
