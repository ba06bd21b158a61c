"""Deterministic ids: the same text (and offsets) always give the same id, so re-running
a batch updates records instead of doubling them."""

from __future__ import annotations

import hashlib
import unicodedata


def normalise_text(text: str) -> str:
    """The form of an article's text its id is computed from: NFC, whitespace runs collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str) -> str:
    """A 16-hex-digit id for an article from its normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def record_id(article: str, kind: str, start: int, end: int, *extra: str) -> str:
    """An id for a record found at ``start:end`` in article ``article``."""
    key = "\x1f".join([article, kind, str(start), str(end), *extra])
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def key_id(kind: str, *parts: str) -> str:
    """A 16-hex-digit id for a thing named by its key parts (an alert: its day, kind and place)."""
    key = "\x1f".join([kind, *parts])
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]
