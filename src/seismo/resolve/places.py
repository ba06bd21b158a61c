"""STUB — replaced by the places work (gazetteer index, ruler patterns, resolution)."""
from __future__ import annotations
from pathlib import Path
from typing import Any


class Gazetteer:
    @classmethod
    def load(cls, *, cache_dir: Path | None = None) -> "Gazetteer":
        return cls()

    def ruler_patterns(self) -> list[dict[str, Any]]:
        return []


def find_places(doc, *, article, found, resources):
    return ()
