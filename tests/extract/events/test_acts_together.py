"""Two parties doing one act together, told by no trigger word, are cooperating
(:func:`seismo.extract.events.attach.acts_together`).  Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "told_by"),
    [
        ("Uruguay and Argentina dredged the river channel together last month.", "dredged"),
        ("Brazil and Paraguay began running a shared hydroelectric plant on the river.", "running"),
    ],
)
def test_a_joint_act_of_two_parties_is_cooperation(events_of, text: str, told_by: str) -> None:
    events = events_of(text)
    act = events.find("COOPERATE", told_by)
    assert act is not None and act.modality == "asserted" and act.actor is not None, events.brief()


def test_people_doing_a_thing_together_are_no_parties(events_of) -> None:
    events = events_of("The two brothers ran the family shop together.")
    assert not events.of_type("COOPERATE"), events.brief()
