"""Syndicated and near-duplicate articles: MinHash signatures and LSH bands (datasketch).

    sig = signature(text)             NUM_PERM hash values over word 5-shingles
    bands(sig) -> [band key, ...]     an article is looked up and indexed under these
    similarity(sig_a, sig_b)          estimated Jaccard similarity of the two shingle sets

Two articles whose shingles overlap by :data:`THRESHOLD` or more (a wire story run by several
outlets, with a changed headline or a line added) are one text: the later one is linked to the
first (``duplicate_of``) and adds a source to its events, never a second event.  The bands
(``BANDS`` x ``ROWS``) make an article with Jaccard ≥ 0.8 a candidate with probability ≥ 0.99;
candidates are then checked on the full signature.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

NUM_PERM = 64
BANDS, ROWS = 16, 4
SHINGLE = 5
THRESHOLD = 0.8
#: texts with fewer distinct word 5-shingles than MIN_WORDS - SHINGLE + 1 (about MIN_WORDS words)
#: are not compared (a headline alone is no article)
MIN_WORDS = 40

_WORD = re.compile(r"\w+")


def shingles(text: str, *, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(max(0, len(words) - k + 1))}


def _sha1_32(grams: Iterable[bytes]) -> list[int]:
    """datasketch's default hash (``sha1_hash32``: the first 4 bytes of SHA-1, little-endian) of
    each shingle, in one comprehension instead of a call per shingle."""
    sha1, from_bytes = hashlib.sha1, int.from_bytes
    return [from_bytes(sha1(g).digest()[:4], "little") for g in grams]


@lru_cache(maxsize=1)
def _template() -> Any:
    """A MinHash of the seed and size every signature uses: its permutations are drawn once, not
    once per article."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1)


def signature(text: str) -> tuple[int, ...] | None:
    """The MinHash signature of ``text`` (None when it is too short to compare)."""
    from datasketch import MinHash

    grams = shingles(text)
    if len(grams) < MIN_WORDS - SHINGLE + 1:
        return None
    t = _template()  # the shingles hashed here as datasketch would; int() hands the hashes through
    m = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int, permutations=t.permutations, scheme=t.scheme)
    m.update_batch(_sha1_32(grams))
    return tuple(m.hashvalues.tolist())


def bands(sig: Sequence[int]) -> list[str]:
    """The LSH band keys of a signature: ``b<band>:<hash of its rows>``."""
    out = []
    for b in range(BANDS):
        rows = struct.pack(f"<{ROWS}Q", *sig[b * ROWS:(b + 1) * ROWS])
        out.append(f"b{b}:{hashlib.blake2b(rows, digest_size=8).hexdigest()}")
    return out


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of equal hash values: an estimate of the Jaccard similarity."""
    return sum(x == y for x, y in zip(a, b)) / len(a)
