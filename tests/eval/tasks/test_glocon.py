"""protest-glocon: the protest-only headline and the 'protest or political violence' reading."""

from __future__ import annotations

import pytest

from seismo.eval.tasks.events import glocon
from seismo.model import Event, Span


def _event(type: str = "PROTEST", acled: str | None = None, modality: str = "asserted") -> Event:
    return Event(
        id=f"{type}{acled}{modality}", type=type, mode=None, acled_event_type=acled, acled_sub_event_type=None,
        quad_class=None, actor=None, recipient=None, location=None, date=None, counts=(), modality=modality,  # type: ignore[arg-type]
        attributed_to=None, hedged=False, evidence=Span(0, 4, "text"), trigger=Span(0, 4, "text"), confidence=0.8,
    )


@pytest.mark.parametrize(
    ("events", "protest", "protest_or_violence"),
    [
        ([], False, False),
        ([_event("PROTEST", "Protests")], True, True),
        ([_event("ASSAULT", "Riots")], True, True),
        ([_event("FIGHT", "Battles")], False, True),
        ([_event("ASSAULT", "Explosions/Remote violence")], False, True),
        ([_event("ASSAULT", "Violence against civilians")], False, True),
        ([_event("ASSAULT", "Violence against civilians", modality="historical")], False, False),
        ([_event("COERCE", "Strategic developments")], False, False),
        ([_event("PROTEST", modality="future")], False, False),
    ],
)
def test_predict_readings(events: list[Event], protest: bool, protest_or_violence: bool) -> None:
    assert glocon.predict(events) is protest
    assert glocon.predict_violence(events) is protest_or_violence


def test_second_reading_is_reported_beside_a_protest_only_headline() -> None:
    gold = [1, 1, 0, 2]
    protest = [True, False, False, False]
    violence = [True, True, True, True]
    report = glocon.score([("documents", "d.jsonl", gold, protest, violence), ("sentences", "s.jsonl", gold, protest)])
    assert report.metric("documents: protest recall").value == 0.5
    assert report.metric("documents: protest or political violence recall").value == 1.0
    assert report.metric("documents: protest or political violence precision").value == pytest.approx(2 / 3)  # label 2 left out
    headline = {m.name for m in report.metrics if m.headline}
    assert headline == {"documents: protest F1", "sentences: protest F1"}
    assert not any(m.name.startswith("sentences: protest or") for m in report.metrics)  # no fifth item, no reading
    assert any("political violence" in n for n in report.notes)
