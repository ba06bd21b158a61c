"""The label maps the tasks read from ``seismo/data``: ACLED→CASE 2021 and KAIROS→seismo."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from seismo.errors import ModelError
from seismo.contract.vocab import label_key

NONE = "NONE"


#: a label key that ignores case, spaces and punctuation (:func:`seismo.contract.vocab.label_key`)
norm_label = label_key


def _rows(name: str, width: int) -> list[list[str]]:
    try:
        text = resources.files("seismo.data").joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as exc:
        raise ModelError(f"data file seismo/data/{name} is missing; reinstall seismo") from exc
    rows: list[list[str]] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != width:
            raise ModelError(f"seismo/data/{name} line {lineno}: expected {width} tab-separated cells, got {len(cells)}")
        rows.append([c.strip() for c in cells])
    return rows[1:]  # the first non-comment row is the header


@dataclass(frozen=True, slots=True)
class CaseLabels:
    """ACLED sub-event types and the CASE 2021 label each maps to."""

    by_sub_type: dict[str, str]  # norm_label(sub type) -> CASE label
    acled_labels: tuple[str, ...]  # the 25 CASE labels that are ACLED sub-event types

    def case_label(self, sub_event_type: str | None, event_type: str | None = None) -> str:
        """The CASE label of an ACLED sub-event type; ``NONE`` when absent or unknown.

        Accepts ``"Riots/Violent demonstration"`` style ``type/sub-type`` too.
        """
        if not sub_event_type:
            return NONE
        key = norm_label(sub_event_type)
        if key in self.by_sub_type:
            return self.by_sub_type[key]
        if event_type and key.startswith(norm_label(event_type)):
            return self.by_sub_type.get(key[len(norm_label(event_type)):], NONE)
        return NONE


@lru_cache(maxsize=1)
def case_labels() -> CaseLabels:
    rows = _rows("case_labels.tsv", 3)
    mapping = {norm_label(sub): label for _, sub, label in rows}
    for event_type, sub, label in rows:  # "Riots/Violent demonstration" spelled whole
        mapping.setdefault(norm_label(f"{event_type}/{sub}"), label)
    return CaseLabels(by_sub_type=mapping, acled_labels=tuple(label for _, _, label in rows))


@dataclass(frozen=True, slots=True)
class KairosMap:
    """KAIROS type prefixes → PLOVER types (empty = not scored) and roles → actor/victim/place."""

    types: dict[str, frozenset[str]]
    roles: dict[str, str]

    def plover_types(self, kairos_type: str) -> frozenset[str] | None:
        """Our types for a KAIROS type (longest prefix wins); ``None`` when not in the map."""
        best: str | None = None
        for prefix in self.types:
            if kairos_type == prefix or kairos_type.startswith(prefix + "."):
                if best is None or len(prefix) > len(best):
                    best = prefix
        return None if best is None else self.types[best]

    def role(self, kairos_role: str) -> str | None:
        return self.roles.get(kairos_role)


@lru_cache(maxsize=1)
def kairos_map() -> KairosMap:
    types: dict[str, frozenset[str]] = {}
    roles: dict[str, str] = {}
    for kind, kairos, ours in _rows("kairos_map.tsv", 3):
        if kind == "type":
            types[kairos] = frozenset() if ours == "-" else frozenset(ours.split("|"))
        elif kind == "role" and ours != "-":
            roles[kairos] = ours
        elif kind != "role":
            raise ModelError(f"seismo/data/kairos_map.tsv: kind must be 'type' or 'role', got {kind!r}")
    return KairosMap(types=types, roles=roles)
