"""Political or not: each report's ``scope``, from the coding alone (``scope.tsv``).

    scoped(events) -> the same events, each with scope "political" or "incident"

A report is **political** when its own coding says so: its PLOVER type, its mode, or the
sector or kind of its actor or recipient is listed in ``scope.tsv`` (a protest, an air
strike, anything a government, the army, a party or a rebel group does or suffers); or when
its article is political and its actor is not a criminal (sector ``CRM``).  An article is
political when it reports (asserted) a protest, a material act (PLOVER quad class 2 or 4)
that is political by its own coding, or a statement of a political institution (a state,
an IGO, a party, a rebel group: an actor or recipient that is no single person).  A person's
statement does not make an article political: a mayor deploring a shooting does not make the
shooting political.

Everything else is an **incident**: an ordinary murder, an accidental shooting, a crash.
Incidents are extracted, linked and counted like any report; exports, figures and alerts
leave them out unless asked (``--scope incident`` / ``scope=all``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from seismo.errors import ModelError
from seismo.extract import lexicon
from seismo.model import Actor, Event
from seismo.vocab import MODES, PLOVER_TYPES, SECTORS

TABLE = "scope.tsv"
#: PLOVER quad classes of material acts
MATERIAL = frozenset({2, 4})
_KINDS = frozenset({"country", "igo", "org", "group", "person"})


@lru_cache(maxsize=1)
def signals() -> dict[str, frozenset[str]]:
    """``{what: values}`` read from ``scope.tsv``, each value checked against the vocabulary."""
    out: dict[str, set[str]] = {"type": set(), "mode": set(), "sector": set(), "kind": set()}
    for row in lexicon.read(TABLE, columns=(3, 3), header=("what", "value", "why")):
        what, value, _ = row.cells
        known = {"type": PLOVER_TYPES, "mode": MODES, "kind": _KINDS, "sector": SECTORS}.get(what)
        if what not in out or (known is not None and value not in known):
            raise ModelError(f"{row.origin}:{row.line}: unknown {what!r} value {value!r}; use a PLOVER type, "
                             "a mode of seismo.vocab.PLOVER_MODES, a code of seismo.vocab.SECTORS or an actor kind")
        out[what].add(value)
    return {k: frozenset(v) for k, v in out.items()}


def _actor_political(actor: Actor | None, s: dict[str, frozenset[str]]) -> bool:
    return actor is not None and ((actor.sector or "") in s["sector"] or actor.kind in s["kind"])


def _institution(actor: Actor | None, s: dict[str, frozenset[str]]) -> bool:
    return actor is not None and actor.kind != "person" and _actor_political(actor, s)


def _makes_context(event: Event) -> bool:
    """A report that makes its article political (see the module docstring)."""
    s = signals()
    return event.modality == "asserted" and (
        event.type in s["type"] or (event.quad_class in MATERIAL and political(event))
        or _institution(event.actor, s) or _institution(event.recipient, s))


def political(event: Event) -> bool:
    """Whether the report's own coding makes it political (see the module docstring)."""
    s = signals()
    return (event.type in s["type"] or (event.mode or "") in s["mode"]
            or _actor_political(event.actor, s) or _actor_political(event.recipient, s))


#: the actor sector that keeps a report an incident even in a political article
CRIMINAL = "CRM"


def scoped(events: Sequence[Event]) -> list[Event]:
    """``events`` with their ``scope`` set (see the module docstring)."""
    own = [political(e) for e in events]
    context = any(_makes_context(e) for e in events)
    out = []
    for p, e in zip(own, events):
        lent = context and (e.actor is None or e.actor.sector != CRIMINAL)
        out.append(replace(e, scope="political" if p or lent else "incident"))
    return out
