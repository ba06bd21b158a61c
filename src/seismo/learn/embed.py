"""Sentence embeddings from static token vectors: the ``wordllama`` package's bundled weights.

WordLlama (MIT, https://github.com/dleemiller/WordLlama) ships a 32,000 x 256 token-embedding
table and its tokenizer inside the PyPI wheel; a sentence vector is the mean of its tokens'
vectors, L2-normalised.  Nothing is downloaded: the files are read from the installed package
(the package's own loader would fetch the tokenizer from a model hub, so it is not used).

    embedder = SentenceEmbedder.load()      # ~0.7 s, ~16 MB
    embedder.embed(["Police fired tear gas.", ...]) -> float32 array (n, 256)
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seismo.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np

#: names the embedding in every artefact's manifest: a model trained on another is refused
EMBEDDING = "wordllama/l2_supercat_256"
WEIGHTS = ("weights", "l2_supercat_256.safetensors")
TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")


def package_folder(name: str) -> Path:
    """The installed package's folder, found without importing it (wordllama's ``__init__``
    pulls in its downloader)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"the {name} package is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@dataclass(frozen=True, slots=True)
class SentenceEmbedder:
    table: "np.ndarray"  # (vocabulary, dim) float32
    tokenizer: Any  # tokenizers.Tokenizer
    name: str = EMBEDDING

    @property
    def dim(self) -> int:
        return int(self.table.shape[1])

    @classmethod
    def load(cls) -> "SentenceEmbedder":
        try:
            import numpy as np
            from safetensors import safe_open
            from tokenizers import Tokenizer

            root = package_folder("wordllama")
            with safe_open(str(root.joinpath(*WEIGHTS)), framework="np") as f:
                table = np.asarray(f.get_tensor("embedding.weight"), dtype=np.float32)
            tokenizer = Tokenizer.from_file(str(root.joinpath(*TOKENIZER)))
        except (ImportError, ModuleNotFoundError, FileNotFoundError, OSError) as exc:
            raise ModelError(
                f"the sentence embedding ({EMBEDDING}) cannot be loaded: {exc}; "
                "install seismo's dependencies (make install) or set SEISMO_TYPE_MODEL=off"
            ) from exc
        tokenizer.no_padding()
        tokenizer.no_truncation()
        return cls(table=table, tokenizer=tokenizer)

    def embed(self, texts: list[str]) -> "np.ndarray":
        """One unit-length vector per text (a text with no token gets zeros)."""
        import numpy as np

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        # one text at a time: encode_batch starts a thread pool that, for an article's few
        # sentences, costs more CPU than it saves, and competes with the worker processes
        encoded = [self.tokenizer.encode(text, add_special_tokens=False) for text in texts]
        top = self.table.shape[0] - 1
        for i, enc in enumerate(encoded):
            ids = np.clip(np.asarray(enc.ids, dtype=np.int64), 0, top)
            if len(ids) == 0:
                continue
            vec = self.table[ids].mean(axis=0)
            norm = float(np.linalg.norm(vec))
            out[i] = vec / norm if norm > 0 else vec
        return out
