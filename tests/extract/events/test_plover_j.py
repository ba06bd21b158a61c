"""Type rules that hold on new text (issue 10, branch types20), and the check set written before
them (``src/seismo/data/check/plover_j.jsonl``):

* a finite past verb the parser hung on a noun as a modifier is the sentence's verb;
* a hyphenated word ("pro-government") counts as one word in a phrase's window;
* a date in a clause below a verb trigger (a relative clause) does not date the trigger;
* crews or goods sent, flown, handed out or delivered where a disaster's stricken places are told
  are aid (troops sent there still mobilise; a letter, condolences or a speech are not);
* a loan released is aid; tanks massed mobilise; rangers and paramilitaries are
  forces; an administration or junta recognised, formal recognition, is support; a broadcasting
  station silenced is censored; intelligence pooled is cooperation.

Sentences written for these tests, in news style; the top event read as the PLOVER scorer reads
it (any modality)."""

from __future__ import annotations

from pathlib import Path

import pytest

import seismo
from seismo.eval.folds import read_written

CHECK = Path(__file__).resolve().parents[3] / "src/seismo/data/check"

ROWS = [
    # "banished" parsed as a modifier of "teachers" (VBD, amod): still the sentence's verb
    ("The Taliban banished female teachers from village schools.", "COERCE"),
    ("Police put a pro-government blogger behind bars in the capital.", "COERCE"),
    ("The IMF released a $1 billion loan to Sri Lanka on Friday.", "AID"),
    ("Moscow massed tanks near the Ukrainian border.", "MOBILIZE"),
    ("Paramilitary rangers fanned out across the old city.", "MOBILIZE"),
    ("Brazil recognised the new administration in Asuncion.", "SUPPORT"),
    ("Spain granted formal recognition to the transitional council.", "SUPPORT"),
    ("The junta silenced a private television station.", "COERCE"),
    ("Kenya and Somalia pooled intelligence on the militants.", "COOPERATE"),
    # crews or goods sent where a disaster's stricken places are told are relief
    ("Algeria dispatched search teams to the flooded towns of eastern Libya.", "AID"),
    ("Jordan sent field kitchens to the cyclone-hit coast of Mozambique.", "AID"),
    ("Chile sent helicopters and boats to the flooded villages in the south.", "AID"),
]


@pytest.mark.parametrize(("text", "type_"), ROWS)
def test_each_row_codes_its_plover_type(events_of, text, type_):
    found = events_of(text)
    assert found.top_type() == type_, found.brief()


NOT_OF_TYPE = [
    # a fuel tank is no force, and a think tank massing data mobilises nobody
    ("Two fuel tanks caught fire at the depot overnight.", "MOBILIZE"),
    ("A think tank massed data on rural incomes for its report.", "MOBILIZE"),
    ("The army sent two battalions to the flood-hit province.", "AID"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_OF_TYPE)
def test_other_senses_are_no_event_of_the_type(events_of, text, type_):
    found = events_of(text)
    assert not found.of_type(type_), found.brief()


def test_a_date_in_a_relative_clause_does_not_date_the_main_verb(events_of):
    found = events_of("The two sides agreed to reopen the road that has been shut since 2015.")
    agreed = [e for e in found.of_type("AGREE") if e.trigger.text == "agreed"]
    assert agreed and agreed[0].modality == "asserted", found.brief()


def test_a_date_of_the_verb_itself_still_dates_it(events_of):
    found = events_of("Police arrested the mayor in 2010.")
    arrests = found.of_type("COERCE")
    assert arrests and arrests[0].modality == "historical", found.brief()


@pytest.mark.parametrize("text", [
    "Police arrested the editor when he landed at the airport in 2009.",
    "Soldiers were deployed to guard the oil fields in the 1980s.",
])
def test_a_date_in_a_clause_of_time_or_purpose_on_the_verb_dates_it(events_of, text):
    found = events_of(text)
    acts = found.of_type("COERCE") + found.of_type("MOBILIZE")
    assert acts and acts[0].modality == "historical", found.brief()


@pytest.mark.parametrize(("text", "trigger"), [
    # what someone says, a reason, an "after" or "since" clause, a gerund: not the verb's own time
    ("Police have detained 200 people since the unrest began in 2019.", "detained"),
    ("Police detained a driver and said he had smuggled arms in 2016.", "detained"),
    ("Police detained a farmer for burning his neighbour's barn in 2003.", "detained"),
    ("Troops shelled the fort after rebels took it in 2014.", "shelled"),
    ("Hundreds marched through the port, demanding justice for a massacre in 1995.", "marched"),
])
def test_a_date_of_another_time_below_the_verb_does_not_date_it(events_of, text, trigger):
    found = events_of(text)
    told = [e for e in found if e.trigger.text == trigger]
    assert told and told[0].modality == "asserted", found.brief()


# ----------------------------------------------------------------------------- plover_j.jsonl


def test_plover_j_is_well_formed():
    rows = read_written(CHECK / "plover_j.jsonl", key="text")
    assert len(rows) == 75 and len({r["text"] for r in rows}) == len(rows)
    assert len({r["plover_type"] for r in rows}) == 16
    halves = {"A": read_written(CHECK / "plover_j.jsonl", half="A", key="text"),
              "B": read_written(CHECK / "plover_j.jsonl", half="B", key="text")}
    assert len(halves["A"]) == 41 and len(halves["B"]) == 34


def test_plover_j_half_a_keeps_the_figure_reached(pipeline):
    """Half A (the tuning half), scored as ``scripts/written_types.py`` scores it: 33/41 before
    (main b78184c), 37/41 on branch types20."""
    right = 0
    rows = read_written(CHECK / "plover_j.jsonl", half="A", key="text")
    for row in rows:
        events = pipeline.run(seismo.make_article(row["text"], date="2024-03-01")).events
        top = max(events, key=lambda e: e.confidence, default=None)
        right += (top.type if top is not None else "NONE") == row["plover_type"]
    assert len(rows) == 41
    assert right >= 37
