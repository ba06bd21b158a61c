"""A toll told for a whole period is a statistic, not a happening (seismo.extract.framing.tallies.period_tally)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Police records for 2021 show that 310 residents of the city were murdered.",
    "So far this year, 64 people have been shot dead across the county.",
    "In the 1990s more than 900 people were killed in the province, the report found.",
])
def test_a_toll_of_a_year_or_longer_is_no_attack(events_of, text) -> None:
    assert [e for e in events_of(text) if e.type == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    "Gunmen shot dead 14 farmers in the village on Wednesday.",
    "Nine people were killed in clashes in the capital in December.",
    "Bandits killed 11 traders on the highway, the police said.",
])
def test_a_toll_of_a_day_or_a_month_or_of_no_time_stays_an_attack(events_of, text) -> None:
    (attack, *_) = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert any(c.kind == "killed" and c.best and c.best > 2 for c in attack.counts)


@pytest.mark.parametrize("text", [
    "Police arrested more than 2,000 people under the excise law last year, the minister said.",
    "Police arrested 1,200 people in the district in 2022 under the curfew order, the report said.",
])
def test_arrests_tallied_over_a_year_are_no_arrest(events_of, text) -> None:
    assert [e for e in events_of(text) if e.mode == "arrest" and e.modality == "asserted"] == [], events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Police arrested 46 people after the riot in the port on Saturday.",
    "Police arrested 38 protesters in March outside the parliament, a rights group said.",
    # a count kept up to now, which new arrests add to
    "Security forces have detained 85 activists since the strike began in 2021, their lawyers said.",
    # a handful, or a figure tied to one case, one happening, or set against another, dated to a year
    "Police arrested four brothers last year, court records show.",
    "Police detained 30 supporters of the mayor last year during a march on the town hall.",
    "Twenty-five dock workers were arrested in 2022 in connection with a warehouse fire, the prosecutor said.",
    "Police arrested 60 fans after the derby, more than in the whole of last season combined.",
])
def test_arrests_of_a_day_or_a_month_stay_arrests(events_of, text) -> None:
    assert [e for e in events_of(text) if e.mode == "arrest" and e.modality == "asserted"], events_of(text).brief()


def test_a_toll_of_one_happening_dated_to_a_year_stays_a_happening(events_of) -> None:
    """events v134: a singular noun of one happening ("the ambush") tells its own toll; a noun of
    many ("violence", class aggregate_event) over a year is still a statistic."""
    text = "The ambush on the convoy in 2016 left 31 soldiers dead, the inquiry found."
    assert [e for e in events_of(text) if e.type == "ASSAULT"], events_of(text).brief()
    for many in ("Violence in the province killed 400 people in 2022, the report found.",
                 "Kidnapping left 300 people dead in the state last year, the report found."):
        assert [e for e in events_of(many) if e.type == "ASSAULT"] == [], events_of(many).brief()


def test_one_death_dated_to_a_year_stays_a_happening(events_of) -> None:
    """A single victim is one happening, whatever the precision of its date."""
    assert [e for e in events_of("In 2017 a courier was stabbed to death in the market.") if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Insurgents carried out 410 attacks in the northern provinces in 2023, the army said.",
    "More than 1,100 protests were held across the country last year, a monitoring group said.",
    # a superlative that ranks the figure among figures leaves it a statistic
    "Rebels staged 380 raids on the coast last year, the highest total in a decade, the navy said.",
])
def test_a_number_of_events_over_a_year_is_no_event(events_of, text) -> None:
    """A counted plural event noun told for a period is a statistic, whatever its type."""
    assert [e for e in events_of(text) if e.modality == "asserted"] == [], events_of(text).brief()


@pytest.mark.parametrize(("text", "kind"), [
    ("Insurgents carried out three attacks on army posts on Monday, the army said.", "ASSAULT"),
    ("Two protests were held in the capital on Sunday.", "PROTEST"),
    # a happening ranked among a period's ("their first this year") is still one
    ("Rebels staged two raids on river ports, their first this year.", "COERCE"),
    ("Police made 300 arrests after the riots in the port, the most this year.", "COERCE"),
])
def test_a_number_of_events_on_a_day_are_happenings(events_of, text, kind) -> None:
    assert any(e.type == kind and e.modality == "asserted" for e in events_of(text)), events_of(text).brief()


@pytest.mark.parametrize("text", [  # events v94
    "The civil war has killed at least 40,000 people, aid agencies estimate.",
    "Nearly 9,000 fighters have died in the insurgency, the defence ministry said.",
])
def test_a_wars_toll_in_the_present_perfect_is_no_attack(events_of, text) -> None:
    assert [e for e in events_of(text) if e.type == "ASSAULT"] == [], events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Insurgents have killed 23 soldiers in an ambush near the border, the army said.",
    "A roadside bomb killed four soldiers on Monday, the deadliest attack of the war this year.",
])
def test_a_deed_of_a_war_stays_an_attack(events_of, text) -> None:
    assert [e for e in events_of(text) if e.type == "ASSAULT"], events_of(text).brief()
