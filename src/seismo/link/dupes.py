"""Syndicated and near-duplicate articles: MinHash signatures and LSH bands (datasketch).

    sig = signature(text)             NUM_PERM hash values over word 5-shingles
    bands(sig) -> [band key, ...]     an article is looked up and indexed under these
    similarity(sig_a, sig_b)          estimated Jaccard similarity of the two shingle sets

Two articles whose shingles overlap by :data:`THRESHOLD` or more (a wire story run by several
outlets, with a changed headline or a line added) are one text: the later one is linked to the
first (``duplicate_of``) and adds a source to its events, never a second event.  The bands
(``BANDS`` x ``ROWS``) make an article with Jaccard ≥ 0.8 a candidate with probability ≥ 0.99;
candidates are then checked on the full signature.  A signature is datasketch's default MinHash
(``MinHash(num_perm=NUM_PERM, seed=1)``, its permutations), value for value, applied to all of an
article's shingles in one numpy pass; tests/link/test_bounds.py checks it against datasketch, which
is the reference here and is not imported at run time.
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
_WORD_ASCII = re.compile(rb"\w+")  # on ASCII bytes \w is what it is on an ASCII str


def shingles(text: str, *, k: int = SHINGLE) -> set[bytes]:
    """The distinct runs of ``k`` lower-case words, each joined by one space, UTF-8 encoded."""
    if text.isascii():  # the common case: one encode of the text, not one per shingle (same bytes)
        words = _WORD_ASCII.findall(text.lower().encode("ascii"))
        return set(map(b" ".join, zip(*(words[i:] for i in range(k)))))
    words = _WORD.findall(text.lower())
    # each run of k words, joined by one space: zip over k shifted views, no slice per shingle
    return set(map(str.encode, map(" ".join, zip(*(words[i:] for i in range(k))))))


#: the datasketch release whose ``MinHash`` permutations :func:`_affine32` draws (its pin in
#: pyproject.toml; tests/link/test_bounds.py compares the two)
DATASKETCH = "2.0.0"

#: the MurmurHash3 32-bit finalizer's shifts and multipliers (datasketch's ``affine32`` pre-mix)
_FMIX32 = (16, 0x85EBCA6B, 13, 0xC2B2AE35, 16)


@lru_cache(maxsize=1)
def _affine32() -> tuple[Any, Any]:
    """The permutations ``(a, b)`` of datasketch's ``MinHash(num_perm=NUM_PERM, seed=1)`` under its
    default ``affine32`` scheme, as rows of uint32, drawn here as its ``_init_permutations``
    draws them (``RandomState(seed)``: odd ``a``, then ``b``) once per process.  datasketch is
    not imported at run time: its package import pulls in scipy and takes about 2 s in each new
    process (each worker, each ``seismo ingest``)."""
    import numpy as np

    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a[None, :], b[None, :]


def _minhash32(grams: Iterable[bytes], a: Any, b: Any) -> tuple[int, ...]:
    """What ``MinHash.update_batch`` computes under ``affine32`` from empty hash values, on numpy
    arrays in one go: each shingle's SHA-1 (first 4 bytes, little-endian), the MurmurHash3
    finalizer, ``a * h + b`` modulo 2**32 per permutation, the least per permutation."""
    import numpy as np

    sha1 = hashlib.sha1
    digests = b"".join([sha1(g).digest() for g in grams])
    h = np.frombuffer(digests, dtype=np.uint8).reshape(-1, 20)[:, :4].copy().view("<u4").astype(np.uint32)
    s1, m1, s2, m2, s3 = (np.uint32(c) for c in _FMIX32)
    h ^= h >> s1
    h *= m1
    h ^= h >> s2
    h *= m2
    h ^= h >> s3
    return tuple((h * a + b).min(axis=0).tolist())


def signature(text: str) -> tuple[int, ...] | None:
    """The MinHash signature of ``text`` (None when it is too short to compare): datasketch's
    ``MinHash(num_perm=NUM_PERM, seed=1)`` over its shingles, value for value."""
    affine = _affine32()
    grams = shingles(text)
    if len(grams) < MIN_WORDS - SHINGLE + 1:
        return None
    return _minhash32(grams, *affine)


def bands(sig: Sequence[int]) -> list[str]:
    """The LSH band keys of a signature: ``b<band>:<hash of its rows>``."""
    packed = struct.pack(f"<{BANDS * ROWS}Q", *sig[:BANDS * ROWS])  # each band's rows: ROWS * 8 bytes in turn
    size, blake2b = ROWS * 8, hashlib.blake2b
    return [f"b{b}:{blake2b(packed[b * size:(b + 1) * size], digest_size=8).hexdigest()}" for b in range(BANDS)]


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The share of equal hash values: an estimate of the Jaccard similarity."""
    return sum(x == y for x, y in zip(a, b)) / len(a)
