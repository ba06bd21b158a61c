"""Word features beside the embedding: sublinear tf-idf over the training vocabulary.

The same code builds the features at training and at prediction time (no scikit-learn), so the
two cannot drift: words are runs of two or more word characters, lower-cased; a word's weight
is ``(1 + ln count) * idf``, ``idf = ln((1 + n) / (1 + df)) + 1``; the vector is L2-normalised.

    words = WordFeatures.fit(texts)           # vocabulary and idf of the training texts
    words.transform(["..."]) -> float32 array (n, len(vocabulary))
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

WORD = re.compile(r"(?u)\b\w\w+\b")


def words_of(text: str) -> list[str]:
    return WORD.findall(text.lower())


@dataclass(frozen=True, slots=True)
class WordFeatures:
    vocabulary: tuple[str, ...]
    idf: "np.ndarray"
    index: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.index:
            self.index.update((w, i) for i, w in enumerate(self.vocabulary))

    @classmethod
    def fit(cls, texts: list[str]) -> "WordFeatures":
        import numpy as np

        df: Counter[str] = Counter()
        for text in texts:
            df.update(set(words_of(text)))
        vocabulary = tuple(sorted(df))
        n = len(texts)
        idf = np.array([math.log((1 + n) / (1 + df[w])) + 1.0 for w in vocabulary], dtype=np.float32)
        return cls(vocabulary, idf)

    def transform(self, texts: list[str]) -> "np.ndarray":
        """The features of each text as a dense row."""
        import numpy as np

        out = np.zeros((len(texts), len(self.vocabulary)), dtype=np.float32)
        for row, text in enumerate(texts):
            cols, values = self.sparse(text)
            out[row, cols] = values
        return out

    def sparse(self, text: str) -> "tuple[np.ndarray, np.ndarray]":
        """The features of one text as its non-zero columns and their values (a text uses a few
        dozen of the vocabulary's thousands of words: what prediction reads)."""
        import numpy as np

        index, idf = self.index, self.idf
        cols: list[int] = []
        weights: list[float] = []
        for word, count in Counter(words_of(text)).items():
            col = index.get(word)
            if col is not None:
                cols.append(col)
                weights.append((1.0 + math.log(count)) * float(idf[col]))
        values = np.asarray(weights, dtype=np.float32)
        norm = float(np.linalg.norm(values)) if weights else 0.0
        return np.asarray(cols, dtype=np.int64), values / norm if norm > 0 else values
