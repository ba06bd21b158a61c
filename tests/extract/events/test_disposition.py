"""An adjective of disposition ("ready", "reluctant", "unable" to act): the one it is said of is
the actor of the act it governs (``doers`` inherits through ``acomp``), and the act is not
asserted (``modal_cues.tsv``, slot governor)."""

from __future__ import annotations

import pytest


def test_the_subject_of_the_adjective_does_the_act(events_of) -> None:
    (event, *_) = [e for e in events_of("Nurses were quick to occupy the ministry lobby on Monday.")
                   if e.trigger.text.startswith("occupy")]
    assert event.actor is not None and event.actor.text == "Nurses"


@pytest.mark.parametrize("text, type_, modality", [
    ("The cabinet is keen to meet the teachers' union.", "CONSULT", "hypothetical"),
    ("Farmers were too afraid to protest against the land seizures.", "PROTEST", "hypothetical"),
    ("The junta is free to expel the French ambassador.", "SANCTION", "hypothetical"),
])
def test_a_disposition_asserts_no_act(events_of, text, type_, modality) -> None:
    found = [e for e in events_of(text) if e.type == type_]
    assert found and all(e.modality == modality for e in found)


def test_a_tough_adjective_passes_on_no_doer(events_of) -> None:
    """"the militants are hard to arrest": the militants are the ones arrested, not the arresters."""
    for event in events_of("The militants are hard to arrest in the hills."):
        assert event.actor is None or "militants" not in event.actor.text


def test_an_act_one_was_unable_to_do_did_not_happen(events_of) -> None:
    events = events_of("Riot police were unable to disperse the crowd outside the stadium.")
    assert not [e for e in events if e.modality == "asserted" and e.trigger.text.startswith("disperse")]
