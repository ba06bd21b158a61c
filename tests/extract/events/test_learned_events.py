"""Events the type model names where no trigger does (:mod:`seismo.extract.events.coding.learned`).
A stand-in model says the same of every sentence, so that what is tested is the coder's use of it,
not one training run's weights.  Sentences written for these tests."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

import seismo
from seismo.extract.events.coding.learned import LEARNED_WEIGHT, main_verb
from seismo.learn.types import Policy

PUBLISHED = "2024-03-01"
#: no row of the trigger table names what these do
UNTRIGGERED = "The harbour authorities of Tema and Lome swapped their pilot rosters on Tuesday."
STATE = "The river is wide at this bend."


@dataclass
class SaysOneThing:
    """A type model that reads every sentence alike."""

    plover: dict[str, float]
    acled: dict[str, float] = field(default_factory=lambda: {"NONE": 0.9, "Agreement": 0.1})
    policy: Policy = field(default_factory=lambda: Policy(plover_fill=0.5))
    version: str = "types.test"
    texts: list[str] = field(default_factory=list)

    def predict(self, texts: list[str]) -> list[dict[str, dict[str, float]]]:
        self.texts.extend(texts)
        return [{"plover": self.plover, "acled": self.acled} for _ in texts]


def _run(model: SaysOneThing | None, text: str) -> tuple[seismo.Event, ...]:
    pipeline = seismo.Pipeline()
    pipeline.resources.type_model = model
    return pipeline.run(seismo.make_article(text, date=PUBLISHED)).events


def test_the_rules_find_nothing_here() -> None:
    assert _run(None, UNTRIGGERED) == ()


def test_a_sure_model_names_an_event_on_the_main_verb() -> None:
    (event,) = _run(SaysOneThing({"COOPERATE": 0.7, "NONE": 0.2, "AGREE": 0.1}), UNTRIGGERED)
    assert event.type == "COOPERATE" and event.trigger.text == "swapped"
    assert event.step.endswith("+learned") and event.confidence <= 0.7
    assert event.actor is not None and event.modality == "asserted"
    assert event.acled_sub_event_type is None  # the ACLED head says NONE


def test_the_acled_head_codes_a_learned_event() -> None:
    model = SaysOneThing({"AGREE": 0.8, "NONE": 0.2}, acled={"Agreement": 0.7, "NONE": 0.3})
    (event,) = _run(model, UNTRIGGERED)
    assert (event.type, event.acled_event_type, event.acled_sub_event_type) == ("AGREE", "Strategic developments", "Agreement")


@pytest.mark.parametrize("plover", [{"COOPERATE": 0.45, "NONE": 0.55}, {"COOPERATE": 0.4, "AGREE": 0.35, "NONE": 0.25},
                                    {"NONE": 0.9, "COOPERATE": 0.1}])
def test_an_unsure_model_or_one_that_says_none_names_nothing(plover: dict[str, float]) -> None:
    assert _run(SaysOneThing(plover), UNTRIGGERED) == ()


def test_the_model_is_not_asked_where_the_rules_found_an_event() -> None:
    model = SaysOneThing({"COOPERATE": 0.9, "NONE": 0.1})
    events = _run(model, "Riot police arrested forty students outside the parliament on Monday.")
    assert not any(e.step.endswith("+learned") for e in events) and any(e.type == "COERCE" for e in events)


def test_a_state_gets_no_learned_event() -> None:
    assert _run(SaysOneThing({"COOPERATE": 0.9, "NONE": 0.1}), STATE) == ()


def test_the_learned_weight_is_below_every_row() -> None:
    from seismo.extract.events.coding.triggers import TriggerTable

    assert LEARNED_WEIGHT < min(r.weight for rules in TriggerTable.load().rules.values() for r in rules)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The coastguards swapped their rosters.", "swapped"),
        ("The ministry said it would swap the rosters next year.", "swap"),
        ("The river is wide at this bend.", None),
    ],
)
def test_main_verb(pipeline, text: str, verb: str | None) -> None:
    doc = pipeline.resources.nlp(text)
    found = main_verb(next(iter(doc.sents)))
    assert (found.text if found is not None else None) == verb
