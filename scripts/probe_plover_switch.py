"""Would the type model's PLOVER head, let retype each sentence's lead event, help on sentences nobody
trained or tuned on?  A probe, measured and not adopted (docs/training.md, session 37).

The pipeline runs as shipped (PLOVER head silent) over the PLOVER check sets never trained on
(``HELD_OUT_WHOLE``: ``plover_c``, ``plover_d``, ``plover_q``, ``plover_none_leads``) and over the
halves B of the others (whose halves A the head is trained on).
Then, for each setting of the grid, a sentence's lead event (its most confident one) takes the
head's top type when that type has at least ``switch``, beats the rules' type by ``margin``, the
event's confidence (by then telling how far rules and model agree) is below ``ceiling``, and
four guards keep the rules' type: a type political by definition (``scope.tsv``), a pair told
apart by who acts, an ACLED coding the retype would change, and a type another event of the
sentence already has.  Per set, the rows right under each setting, against the rules alone.
It prints figures only (no sentence of a half B or of a set held out whole).

    python scripts/probe_plover_switch.py [--sets plover_q.jsonl ...]
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path
from typing import Any

import seismo
from seismo.contract.vocab import PLOVER_ACTOR_DECIDED, PLOVER_TYPES
from seismo.eval.folds import HELD_OUT_WHOLE, read_written
from seismo.eval.tasks.events import plover
from seismo.extract.events.coding.acled import retyped
from seismo.extract.framing.scope import signals
from seismo.learn.types import TypeModel

CHECK = Path(__file__).resolve().parent.parent / "src/seismo/data/check"
GRID = list(itertools.product((0.4, 0.5, 0.6, 0.7, 0.8), (0.0, 0.4), (0.8, 0.85, 0.9, 1.01)))


def lead_switched(events: list[Any], read: dict[str, dict[str, float]], switch: float, margin: float, ceiling: float) -> list[Any]:
    by_definition = signals()["type"]
    lead: dict[int, Any] = {}
    for e in events:
        if e.evidence.start not in lead or e.confidence > lead[e.evidence.start].confidence:
            lead[e.evidence.start] = e
    told = {(e.evidence.start, e.type) for e in events}
    out = []
    for e in events:
        p = read.get(e.id, {})
        best = max(p, key=p.__getitem__, default="NONE")
        if (lead[e.evidence.start] is e and best in PLOVER_TYPES and best != e.type and e.type not in by_definition
                and e.confidence < ceiling and p[best] >= switch and p[best] - p.get(e.type, 0.0) >= margin
                and not any(e.type in g and best in g for g in PLOVER_ACTOR_DECIDED) and (e.evidence.start, best) not in told):
            new = retyped(e, best)
            if (new.acled_event_type, new.acled_sub_event_type) == (e.acled_event_type, e.acled_sub_event_type):
                e = new
        out.append(e)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="*", default=None, help="check files (default: every plover_*.jsonl)")
    args = parser.parse_args()
    pipeline, model = seismo.Pipeline(), TypeModel.load()
    names = args.sets or sorted(p.name for p in CHECK.glob("plover_*.jsonl"))
    samples: dict[str, list[tuple[str, list[Any], dict[str, dict[str, float]]]]] = {}
    for name in names:
        half = "all" if name in HELD_OUT_WHOLE else "B"
        rows = []
        for row in read_written(CHECK / name, half=half, key="text"):
            events = list(pipeline.run(seismo.make_article(row["text"], date="2024-03-01")).events)
            read = {e.id: p["plover"] for e, p in zip(events, model.predict([e.evidence.text for e in events]))} if events else {}
            rows.append((row["plover_type"], events, read))
        samples[f"{name} ({'whole' if half == 'all' else 'half B'})"] = rows
    base = {k: sum(plover.predict(evs).type == g for g, evs, _ in rows) for k, rows in samples.items()}
    print("rules alone: " + ", ".join(f"{k} {v}/{len(samples[k])}" for k, v in base.items()))
    for switch, margin, ceiling in GRID:
        got = {k: sum(plover.predict(lead_switched(evs, read, switch, margin, ceiling)).type == g for g, evs, read in rows)
               for k, rows in samples.items()}
        print(f"switch {switch} margin {margin} ceiling {ceiling}: total {sum(got.values()) - sum(base.values()):+d}; "
              + ", ".join(f"{k.split('.')[0]} {got[k] - base[k]:+d}" for k in got))


if __name__ == "__main__":
    main()
