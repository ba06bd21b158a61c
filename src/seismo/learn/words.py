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
        import numpy as np

        index = self.index
        out = np.zeros((len(texts), len(self.vocabulary)), dtype=np.float32)
        for row, text in enumerate(texts):
            for word, count in Counter(words_of(text)).items():
                col = index.get(word)
                if col is not None:
                    out[row, col] = (1.0 + math.log(count)) * self.idf[col]
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
        return out
