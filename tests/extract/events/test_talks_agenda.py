"""What talks are about is no event (events v100, seismo.extract.events.acts.discussed): the object
of an agenda preposition on a consultation ("talks on a truce") or of a verb of talking a thing
over ("met to discuss a swap") has not happened; a reached agreement ("negotiated a ceasefire")
and a known happening talked about ("discussed the bombing of ...") stay.  Sentences written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Delegations from both parties held talks on a truce in Addis Ababa on Thursday.", "truce"),
        ("Negotiations over a ceasefire resumed in Muscat after a week's pause.", "ceasefire"),
        ("Tribal elders assembled at the palace to discuss a prisoner swap.", "swap"),
        ("Over dinner, the foreign ministers discussed a draft peace accord.", "accord"),
    ],
)
def test_what_talks_are_about_is_no_event(events_of, text: str, topic: str) -> None:
    events = events_of(text)
    assert any(e.type == "CONSULT" for e in events), events.brief()
    assert not any(e.trigger.text == topic for e in events), events.brief()


def test_a_reached_agreement_and_a_known_happening_stay(events_of) -> None:
    reached = events_of("Mediators from Qatar negotiated a ceasefire between the two militias.")
    assert any(e.type == "AGREE" for e in reached), reached.brief()
    known = events_of("The security council discussed the bombing of the market in a closed session.")
    assert any(e.type == "ASSAULT" for e in known), known.brief()
