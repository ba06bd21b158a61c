"""No political event from accidents, disasters, sport and occasions (issue 10 point 4): the words
of war, protest and force in their other senses; and the written check set's tuning half
(``src/seismo/data/check/nonpolitical_written.jsonl``, scored by ``scripts/written_scope.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest

import seismo

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "written_scope.py"


def _political(pipeline, text: str) -> list:
    """The asserted political events with an ACLED type (what the default export keeps)."""
    events = pipeline.run(seismo.make_article(text, date="2025-06-02")).events
    return [e for e in events if e.modality == "asserted" and e.scope == "political" and e.acled_event_type]


def _violent(pipeline, text: str) -> list:
    """The asserted violent events of any scope (an incident counts too)."""
    events = pipeline.run(seismo.make_article(text, date="2025-06-02")).events
    return [e for e in events if e.modality == "asserted" and e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # road traffic: a vehicle named, no weapon, no attacker
    "Six people died when their van skidded off a mountain road and rolled into a river near Cusco.",
    "A pensioner was hit and killed by a tram in the city centre on Wednesday morning.",
    "Eleven passengers were hurt when a coach overturned on the motorway south of Lille.",
    # a fire that burned somewhere, no one's gunfire
    "Three students died in a dormitory blaze on Saturday; a dropped candle is thought to be the cause.",
    "An elderly couple were found dead after a kitchen fire in their flat in Glasgow.",
    # a building that caved in
    "Nine labourers were killed when the roof of a warehouse caved in during heavy rain in Chittagong.",
    # the parse joins "exploded" to "died": the dead are no doers of the blast
    "Eight people died when a van carrying petrol overturned and exploded near Kisumu.",
])
def test_accidents_give_no_violent_event(pipeline, text: str) -> None:
    assert _violent(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "A blast tore through a crowded bus in the city centre, killing seven passengers.",
    "Gunmen opened fire on a minibus carrying farm workers, killing five of them.",
    "Four soldiers were killed when their truck hit a roadside bomb near the border.",
])
def test_attacks_on_vehicles_stay_attacks(pipeline, text: str) -> None:
    """A blast on a bus is as often a bomb; an attacker or a weapon named keeps the attack."""
    assert _violent(pipeline, text)


@pytest.mark.parametrize("text", [
    "Tens of thousands of pilgrims gathered on the plain outside the city for the yearly prayers.",
    "Hundreds of mourners gathered at the cemetery for the funeral of the footballer.",
    # a crowd's aim that is no claim (events v126: otheraim=@crowdaim)
    "Large crowds gathered on the waterfront to watch the tall ships sail in.",
    "Thousands gathered in the main square for the festival's opening concert.",
    "The goalkeeper was taken off at half-time after a clash of heads with a defender.",
    "A clash of personalities on the board led to the chairman's departure.",
])
def test_occasions_and_figures_are_no_political_event(pipeline, text: str) -> None:
    assert _political(pipeline, text) == []


@pytest.mark.parametrize("text", [
    "Thousands of teachers gathered outside the education ministry to demand higher pay.",
    "Police clashed with protesters who were blocking the main road into the port.",
    "Government troops clashed with rebel fighters near the northern border on Monday.",
])
def test_protests_and_fighting_stay_political(pipeline, text: str) -> None:
    assert _political(pipeline, text)


# ----------------------------------------------------------------------------- the written check set


def test_check_set_is_well_formed(written_script) -> None:
    script = written_script("written_scope")
    rows = script.read()
    assert len(rows) >= 180 and len({r["id"] for r in rows}) == len(rows)
    assert sum(not r["political"] for r in rows) >= 120 and sum(r["political"] for r in rows) >= 60
    assert all(r["political"] == r["id"].startswith("p-") for r in rows)
    assert all(r.get("acled") for r in rows if r["political"])
    assert {script.half_of(r["id"]) for r in rows} == {"A", "B"}


def test_half_a_keeps_the_figures_reached(written_script, pipeline) -> None:
    """Half A (the tuning half): no non-political text coded as a political event (events v33;
    3 of 77 before it), at most 8 given any ACLED event counting incidents (18 before; the rest
    are ordinary crimes, incidents by design), and political recall kept at 30 of 33."""
    script = written_script("written_scope")
    figures, _ = script.score(script.read(half="A"), pipeline)
    assert figures.nonpolitical == 77 and figures.political == 33
    assert figures.nonpolitical_coded <= 0
    assert figures.nonpolitical_any <= 8
    assert figures.political_coded >= 30


NONACLED = SCRIPT.parents[1] / "src/seismo/data/check/nonacled_written.jsonl"


def test_nonacled_check_set_is_well_formed(written_script) -> None:
    script = written_script("written_scope")
    rows = script.read(NONACLED)
    assert len(rows) >= 150 and len({r["id"] for r in rows}) == len(rows)
    assert sum(not r["political"] for r in rows) >= 100 and sum(r["political"] for r in rows) >= 45
    assert all(r["political"] == r["id"].startswith("p-") for r in rows)
    assert all(r.get("acled") for r in rows if r["political"])


def test_nonacled_half_a_keeps_the_figures_reached(written_script, pipeline) -> None:
    """Half A of the texts near an ACLED event (diplomacy, claims, courts, organised crime,
    disasters): at most 6 of 53 whose top asserted event is an ACLED one, the CASE way (events v42;
    9 before), and recall of the ACLED texts kept at 23 of 32."""
    script = written_script("written_scope")
    figures, _ = script.score(script.read(NONACLED, half="A"), pipeline)
    assert figures.nonpolitical == 53 and figures.political == 32
    assert figures.nonpolitical_top <= 6
    assert figures.political_coded >= 23
