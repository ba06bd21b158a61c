"""Protest forms and readings the event coder must get right (data/triggers.tsv, the generic-noun
rule of :mod:`seismo.extract.events.triggers`, the existential clause of
:mod:`seismo.extract.framing.modality`).  Sentences written for these tests."""

from __future__ import annotations

import pytest

from seismo.extract import lexicon


def _protests(events) -> list:
    return [e for e in events if e.type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        # a bare plural protest noun that a verb makes happen is an event, not a kind of event
        "The court's verdict sparked angry protests in the capital.",
        "The tax hike triggered protests among traders.",
        # placards are carried at demonstrations
        "Nurses carried placards outside the hospital gates.",
        "Dozens of villagers waved placards at the passing motorcade.",
        # blocking a railway or a bridge
        "Commuters blocked the railway line for three hours.",
        "Farmers blocked the bridge into town with their tractors.",
    ],
)
def test_protest_is_coded_as_asserted(events_of, text: str) -> None:
    events = events_of(text)
    assert any(e.modality == "asserted" for e in _protests(events)), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        # a kind of protest, no verb making it happen
        "The report studied the causes of service delivery protests.",
        # vandalism among crimes is not a protest
        "Arson, vandalism and copper theft plague the commuter network.",
    ],
)
def test_no_protest_is_coded(events_of, text: str) -> None:
    events = events_of(text)
    assert not [e for e in _protests(events) if e.modality == "asserted"], events.brief()


def test_an_existential_clause_under_if_is_a_condition(events_of) -> None:
    # the condition of another clause tells of no event (seismo.extract.framing.modality.unrealised)
    events = events_of("If there are crowds marching on parliament, the session will be suspended.")
    assert not [e for e in _protests(events) if "march" in e.trigger.text.lower()], events.brief()
    plain = events_of("There were crowds marching on parliament on Monday.")
    assert any(e.modality == "asserted" for e in _protests(plain)), plain.brief()


def test_a_state_protesting_in_a_participle_accuses(events_of) -> None:
    """An active participle's plural noun is its doer: states protest in words."""
    events = events_of("Several governments, protesting the closure of the border, recalled their envoys.")
    protesting = [e for e in events if e.trigger.text.lower() == "protesting"]
    assert protesting and all(e.type != "PROTEST" for e in protesting), events.brief()


def test_protest_onset_verbs_are_a_word_class() -> None:
    assert {"spark", "trigger", "stage"} <= lexicon.word_class("protest_onset")


def test_what_a_protest_is_against_does_not_make_it_violent(events_of) -> None:
    events = events_of("Thousands of students marched against knife violence in the capital on Saturday.")
    marches = [e for e in _protests(events) if e.modality == "asserted"]
    assert marches and all(e.acled_event_type == "Protests" for e in marches), events.brief()
    violent = events_of("Violent protests over the fuel price hike left two people dead on Saturday.")
    assert any(e.acled_event_type == "Riots" for e in _protests(violent)), violent.brief()


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands gathered in the central square on Sunday.",
        "Young people refused to disperse when the police ordered them home.",
    ],
)
def test_crowds_by_number_and_refusing_to_disperse(events_of, text: str) -> None:
    events = events_of(text)
    assert any(e.modality == "asserted" for e in _protests(events)), events.brief()


def test_a_crowd_at_a_match_is_no_protest(events_of) -> None:
    events = events_of("Hundreds gathered at the stadium to watch the cup final match.")
    assert not _protests(events), events.brief()
