"""Labelled sentences for the type model, read from JSONL with errors that name file and line.

One object per line: ``text`` and at least one label.

* ``acled_sub_event_type`` (ACLED's own column name ``sub_event_type`` is accepted too): an
  ACLED sub-event type as the codebook spells it (case, spaces and punctuation are ignored), or
  ``null`` for "no ACLED event";
* ``plover_type``: a PLOVER type of :data:`seismo.contract.vocab.PLOVER_TYPES`, or ``null`` for "no
  PLOVER event";
* or ``label``: either kind of name, told apart by the vocabulary.

A key that is absent means "not labelled for that scheme" (the example trains only the other
head); ``null`` means "labelled: none".  Bad lines are reported as ``file:line: problem`` and
skipped; the good lines around them are kept.

    read_examples(path) -> ExampleSet(examples, problems)
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from seismo.contract.vocab import ACLED_SUB_EVENT_TYPES, PLOVER_TYPES, label_key

#: the label of "no event of this scheme"
NONE = "NONE"
#: the two heads of the type model
HEADS = ("acled", "plover")

ACLED_KEYS = ("acled_sub_event_type", "sub_event_type")
PLOVER_KEYS = ("plover_type",)


_ACLED = {label_key(t): t for t in ACLED_SUB_EVENT_TYPES}
_PLOVER = {label_key(t): t for t in PLOVER_TYPES}


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    labels: tuple[tuple[str, str], ...]  # (head, label) for each head the example is labelled for
    where: str  # "file:line"

    def label(self, head: str) -> str | None:
        """The example's label for ``head`` (:data:`NONE` for "none"), or None when unlabelled."""
        return dict(self.labels).get(head)


@dataclass(frozen=True, slots=True)
class ExampleSet:
    examples: tuple[Example, ...]
    problems: tuple[str, ...] = field(default=())


def parse_label(head: str, value: object) -> str:
    """The vocabulary spelling of ``value`` for ``head``, :data:`NONE` for null; ValueError if unknown."""
    if value is None:
        return NONE
    if not isinstance(value, str):
        raise ValueError(f"{head} label must be a string or null, not {type(value).__name__}")
    table = _ACLED if head == "acled" else _PLOVER
    key = label_key(value)
    if key in ("", "none", "null"):
        return NONE
    if key not in table:
        kind = "an ACLED sub-event type" if head == "acled" else "a PLOVER type"
        raise ValueError(f"{value!r} is not {kind}")
    return table[key]


def _labels(obj: dict[str, object]) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for head, keys in (("acled", ACLED_KEYS), ("plover", PLOVER_KEYS)):
        for key in keys:
            if key in obj:
                found[head] = parse_label(head, obj[key])
                break
    if "label" in obj and obj["label"] is not None:
        value = obj["label"]
        if not isinstance(value, str):
            raise ValueError("label must be a string")
        key = label_key(value)
        if key in _ACLED:
            found.setdefault("acled", _ACLED[key])
        elif key in _PLOVER:
            found.setdefault("plover", _PLOVER[key])
        else:
            raise ValueError(f"label {value!r} is neither an ACLED sub-event type nor a PLOVER type")
    if not found:
        raise ValueError("no label: give acled_sub_event_type, plover_type or label")
    return tuple(sorted(found.items()))


def parse_lines(lines: Iterable[str], *, name: str) -> ExampleSet:
    examples: list[Example] = []
    problems: list[str] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                raise ValueError("no text")
            examples.append(Example(text=text.strip(), labels=_labels(obj), where=where))
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not valid JSON ({exc.msg} at column {exc.colno}); line skipped")
        except ValueError as exc:
            problems.append(f"{where}: {exc}; line skipped")
    return ExampleSet(tuple(examples), tuple(problems))


def read_examples(path: Path) -> ExampleSet:
    """The examples of one JSONL file; unreadable bytes are a problem of their line, not the file's."""
    with open(path, encoding="utf-8", errors="replace") as f:
        return parse_lines(f, name=str(path))
