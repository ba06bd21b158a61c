"""STUB — replaced by the actors work (organisation list, sectors, countries)."""
from __future__ import annotations
from typing import Any


class ActorLexicon:
    @classmethod
    def load(cls) -> "ActorLexicon":
        return cls()

    def ruler_patterns(self) -> list[dict[str, Any]]:
        return []
