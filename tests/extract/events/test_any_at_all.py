"""An event noun after "any" names no particular act, none asserted
(:func:`seismo.extract.framing.modality.any_at_all`): hypothetical, or negated by a governor.
Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The regional governor banned any demonstration near the refinery.", "PROTEST"),
        ("The defence ministry vowed a firm response to any incursion into its waters.", "ASSAULT"),
        ("The district police chief did not report any arrests over the weekend.", "COERCE"),
        ("Villagers told reporters they knew nothing of any clashes in the hills.", "ASSAULT"),
    ],
)
def test_an_event_noun_after_any_names_no_act(events_of, text: str, absent: str) -> None:
    events = events_of(text)
    assert not [e for e in events if e.type == absent and e.modality == "asserted"], events.brief()


def test_the_act_told_beside_it_stays(events_of) -> None:
    events = events_of("The regional governor banned any demonstration near the refinery.")
    assert any(e.type == "COERCE" and e.mode == "ban" for e in events), events.brief()
