"""Armed men told only as caught or killed, coups told by a title or as a takeover, and a mention
of a past season's happening kept apart from the day's.  Sentences and articles written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Soldiers arrested four gunmen at a roadblock outside the town.",
    "Two suicide bombers were captured by troops before reaching the market.",
    "Police shot dead three gunmen in a forest near the lake.",
])
def test_armed_men_caught_or_killed_do_no_act_of_their_own(events_of, text):
    """events v138: "gunmen", "suicide bombers" as the ones arrested, captured or killed (class
    ``caught``) start no attack: the act done to them is the report."""
    events = events_of(text)
    own = [e for e in events if e.trigger.text.lower().endswith(("gunmen", "bombers"))]
    assert not own, events.brief()
    assert not any(e.mode == "suicide-attack" for e in events), events.brief()


def test_gunmen_who_act_still_make_the_attack(events_of):
    events = events_of("Gunmen killed four herders near the well.")
    attack = events.find("ASSAULT")
    assert attack is not None and attack.actor is not None and attack.actor.text == "Gunmen", events.brief()


@pytest.mark.parametrize("text", [
    "Rebel soldiers overthrew President Alain Mbeki in a dawn raid on the palace.",
    "The cabinet was swept away in a military takeover on Wednesday.",
    "Army officers seized power in the capital overnight.",
])
def test_a_coup_told_by_a_title_a_takeover_or_army_officers_is_coded(events_of, text):
    """events v138: an incumbent named by a title before the name; a military takeover; army
    officers are military (actors v18)."""
    events = events_of(text)
    coup = events.find("COERCE")
    assert coup is not None and coup.scope == "political", events.brief()


@pytest.mark.parametrize("text", [
    "Investors cheered the takeover of the brewery by a rival.",
    "A failed putsch inspired the new documentary series.",
])
def test_a_takeover_of_a_firm_or_a_failed_putsch_is_no_coup(events_of, text):
    assert events_of(text).find("COERCE") is None, events_of(text).brief()


def test_a_mention_of_last_years_happening_stays_apart_from_the_days(pipeline):
    """events v138 (merge): a happening dated only by publication and a mention the text dates to a
    time that ended a month or more before are two happenings."""
    from seismo.pipeline import make_article

    text = ("Thousands of farmers marched through the capital to demand lower fuel prices. "
            "Police said the march was peaceful. "
            "Last year, dozens of people were hurt during protests against fuel prices.")
    result = pipeline.run(make_article(text, date="2025-05-14"))
    protests = [e for e in result.events if e.type == "PROTEST"]
    dates = sorted(e.date.value for e in protests if e.date is not None)
    assert "2025-05-14" in dates, [(e.trigger.text, e.date) for e in protests]
    assert any(d.startswith("2024") for d in dates), [(e.trigger.text, e.date) for e in protests]


@pytest.mark.parametrize("text", [
    "The separatists denied staging the ambush on the patrol.",
    "The battalion refused to carry out the raid on the camp.",
])
def test_an_act_performed_under_a_denial_or_a_refusal_is_negated(events_of, text):
    """events v138 (modality): the event noun a verb of performing takes (class ``carry_out``) is
    negated by what negates that verb, as "denied attacking" is."""
    events = events_of(text)
    acts = [e for e in events if e.type == "ASSAULT" or e.mode == "seize"]
    assert acts and all(e.modality == "negated" for e in acts), events.brief()


@pytest.mark.parametrize("text", [
    "Police arrested the gunmen who attacked a police post in the port city.",
    "Troops captured a suicide bomber who blew up a checkpoint in the north.",
])
def test_armed_men_caught_whose_own_act_a_clause_tells_keep_it(events_of, text):
    """events v138: the ``told`` condition: "the gunmen who robbed ...": their act is reported."""
    events = events_of(text)
    assert any(e.type == "ASSAULT" for e in events), events.brief()


@pytest.mark.parametrize(("text", "modality"), [
    ("The navy refused to stop carrying out patrols near the islands.", None),
    ("The rebels did not deny staging the ambush on the convoy.", "asserted"),
])
def test_a_double_negation_over_a_verb_of_performing_is_no_negation(events_of, text, modality):
    events = events_of(text)
    assert all(e.modality != "negated" for e in events if e.type in ("ASSAULT", "MOBILIZE", "COERCE")), events.brief()


def test_a_hyphenated_participle_of_relation_stays_an_adjective(nlp):
    """nlp.verbtags: "army-backed" (class ``backing``) is never raised to the sentence's verb."""
    doc = nlp("Pakistan army-backed government.")
    backed = next(t for t in doc if t.text == "backed")
    assert backed.dep_ != "ROOT"


def test_one_arrest_told_again_by_the_part_the_case_gives_is_one_report(events_of):
    """events v138 (merge, class ``suspect_noun``): "a man ... the suspect" is one held."""
    events = events_of("Police arrested a 41-year-old man on Sunday in Leeds. "
                       "Officers took the suspect into custody after a short chase.")
    assert len([e for e in events if e.mode == "arrest"]) == 1, events.brief()


@pytest.mark.parametrize("text", [
    "Army units neutralised six gunmen in the forest near Birnin Gwari.",
])
def test_armed_men_neutralised_keep_the_attack_the_verb_tells_no_other_way(events_of, text):
    """"neutralised" is no trigger: the gunmen's act stands for the clash (class ``caught`` holds
    only verbs that are acts of their own)."""
    assert any(e.type == "ASSAULT" for e in events_of(text)), events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Police tear-gassed students who blocked the main road to the campus.",
])
def test_the_reparse_ignores_a_verb_of_a_relative_clause(events_of, text):
    events = events_of(text)
    force = next((e for e in events if e.mode == "crowd-control"), None)
    assert force is not None and force.actor is not None and force.actor.text == "Police", events.brief()


def test_a_hyphenated_participle_of_holding_stays_an_adjective(nlp):
    doc = nlp("Sudan militia-held town under siege.")
    held = next(t for t in doc if t.text == "held")
    assert held.dep_ != "ROOT"
