"""A protest's claims and grievances (events v97): a demand voiced by a protest is its claim, not
a second report (:func:`seismo.extract.events.attach.fold_claims`); what it demands is no event
(:func:`seismo.extract.events.acts.demanded`); prices and markets named as a grievance leave a
protest one, while a market rallying or a side rallying to a win is none (data/triggers.tsv,
classes ``sportsctx``, ``marketsubj``, ``helping``).  Sentences written for these tests."""

from __future__ import annotations

import pytest


def _types(events) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Several thousand people marched to the governor's office on Sunday demanding clean water.",
        "Market women marched to the town hall to demand lower taxes.",
        "Dock workers went on strike on Tuesday, demanding overtime pay.",
        "Pensioners blocked the main bridge and demanded the payment of arrears.",
        "Students held banners demanding free tuition outside the ministry.",
    ],
)
def test_a_demand_voiced_by_a_protest_is_its_claim(events_of, text: str) -> None:
    events = events_of(text)
    assert _types(events).count("PROTEST") == 1, events.brief()
    assert "REQUEST" not in _types(events), events.brief()


def test_a_demand_with_a_subject_of_its_own_stays_a_request(events_of) -> None:
    events = events_of("Opposition deputies demanded a recount of the ballots in the capital.")
    assert "REQUEST" in _types(events), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "Relatives demanded the release of the detained fishermen.",
        "The protesters called for the resignation of the police chief.",
    ],
)
def test_what_a_demand_asks_for_is_no_event_even_with_its_of_object(events_of, text: str) -> None:
    events = events_of(text)
    assert "REQUEST" in _types(events) and "CONCEDE" not in _types(events), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "Thousands rallied in Abuja on Monday against the rise in petrol prices.",
        "Bus drivers staged a rally over fuel costs and food prices in the port city.",
        "Hundreds of students marched through the market district against tuition increases.",
        "Farmers rallied outside the assembly to demand better maize prices.",
    ],
)
def test_prices_and_markets_as_a_grievance_leave_a_protest(events_of, text: str) -> None:
    events = events_of(text)
    assert "PROTEST" in _types(events), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "Shares rallied in late trading after the central bank held rates.",
        "The euro rallied against the dollar on Thursday.",
        "Shareholders revolted against the bonus plan at the annual meeting.",
        "The visitors rallied to a 2-1 victory in the second half.",
        "Neighbours rallied to collect food and blankets for the families whose homes burned.",
    ],
)
def test_markets_sides_and_helpers_rallying_make_no_protest(events_of, text: str) -> None:
    events = events_of(text)
    assert "PROTEST" not in _types(events), events.brief()


@pytest.mark.xfail(strict=True, reason="a rally in a sentence naming a market is read as the market's (class rally "
                   "exclusions in data/triggers.tsv): market women's or traders' rallies are lost with them")
def test_market_women_rallying_is_a_protest(events_of) -> None:
    events = events_of("Market women rallied in the town square against the new levy.")
    assert "PROTEST" in _types(events), events.brief()
