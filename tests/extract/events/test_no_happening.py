"""Mentions that tell of no happening: an aim, a wish, a belief, the grounds of an act, an
opinion, an imagined outcome, the means of a possible outcome, a fire, a demand's content, a
judgment ("amounted to an assault"), a characteristic ("bandits who raid villages"), the case of
a rule ("when asked").
Their words are triggers; the reading decides (seismo.extract.framing.happening, framing.accidents._blaze,
acts.demanded).  The same words told as done still code."""

from __future__ import annotations

import pytest


def _types(events) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize(("text", "type_"), [
    ("Without a quorum the council was unable to ban the march.", "COERCE"),
    ("The league stays committed to supporting the striking miners.", "SUPPORT"),
    ("The mayor kept her speech short in order to appeal for calm among farmers.", "REQUEST"),
    ("The students want to march on the ministry next week.", "PROTEST"),
    ("The riots that would follow a guilty verdict worry the shopkeepers.", "PROTEST"),
    ("The border dispute can only be settled through negotiations between the two capitals.", "CONSULT"),
    ("Many voters cling to the theory that rivals shot the senator.", "ASSAULT"),
    ("Most voters in the valley do not agree with Maria Hernandez.", "REJECT"),
    ("Most voters in the valley do not agree with Maria Hernandez.", "AGREE"),
    ("I agree with her completely, the farmer said.", "AGREE"),
    ("Two toddlers were killed in a fire at their flat on Sunday.", "ASSAULT"),
    ("The senator criticised her rivals for accepting gifts from lobbyists.", "AGREE"),
    ("After ten days of virtual house arrest, the villagers were free to leave.", "COERCE"),
    ("The judge ordered a symbolic custody of one day for the mayor who ignored the ruling.", "COERCE"),
    ("The retired constable died of a cardiac arrest at his home on Sunday.", "COERCE"),
    ("Doctors revived the boxer after a respiratory arrest in the ring.", "COERCE"),
    ("The magistrate sent the clerk to judicial custody for a fortnight.", "COERCE"),
    ("The cleric called on his followers to take up arms in a holy war against the state.", "ASSAULT"),
    ("The union said the new rules amounted to an assault on the right to strike.", "ASSAULT"),
    ("The hills above the lake shelter bandits who still attack the villages at night.", "ASSAULT"),
    ("Under the charter the ombudsman must advise the council when asked by its members.", "REQUEST"),
    ("If attacked, the garrison will fire back, its commander warned.", "ASSAULT"),
    ("It was within the power of the provincial assembly to ban such a march, the mayor said.", "COERCE"),
    ("The villagers do not wish to believe that the council is accusing their sons of theft.", "ACCUSE"),
    # the aim of forces sent or of an offensive is not yet won (events v128)
    ("Two platoons were despatched to recapture the hill post.", "COERCE"),
    ("The militia mounted an offensive to seize the airfield.", "COERCE"),
])
def test_no_happening(events_of, text, type_):
    assert type_ not in _types(events_of(text)), events_of(text).brief()


@pytest.mark.parametrize(("text", "type_"), [
    ("Negotiations between the two capitals were held in Geneva on Monday.", "CONSULT"),
    ("The two neighbours agreed with each other on a ceasefire.", "AGREE"),
    ("Two protesters were killed in police fire on Sunday.", "ASSAULT"),
    ("The cleric called on his followers to take up arms.", "REQUEST"),
    ("The students marched on the ministry on Monday.", "PROTEST"),
    ("It was wrong to arrest the students, the judge said.", "COERCE"),
    ("The council banned the march on Friday.", "COERCE"),
    ("The mayor condemned the army for shelling the town.", "ASSAULT"),
    ("After ten days of house arrest, the villagers were free to leave.", "COERCE"),
    ("The arrest of the mayor on Sunday angered his supporters.", "COERCE"),
    ("Officers took the clerk into custody at the bus stand on Monday.", "COERCE"),
    ("The mayor blamed the nurses' union for the deficit on Tuesday.", "ACCUSE"),
    ("Bandits who attacked two villages on Friday were caught by the army.", "ASSAULT"),
    ("Bandits who are attacking the villages were seen near the lake on Friday.", "ASSAULT"),
    ("The army named the rebels who ambush the convoy on Monday.", "ASSAULT"),  # a present clause with its date
    ("When asked by the council on Monday, the ombudsman refused to resign.", "REJECT"),
    ("Using the powers of its charter, the regional council banned the march on Monday.", "COERCE"),
    # the aim of a journey or a drive that is no use of force keeps its report
    ("The minister flew to the coast to meet leaders of the strikers.", "CONSULT"),
    ("The opposition launched a drive to boycott the council polls.", "PROTEST"),
])
def test_the_same_words_told_as_done_still_code(events_of, text, type_):
    assert type_ in _types(events_of(text)), events_of(text).brief()


def test_the_grounds_of_an_arrest_are_told_inside_the_arrest(events_of):
    found = events_of("Police detained four teenagers on suspicion of rioting on Sunday.")
    assert _types(found) == ["COERCE"], found.brief()


def test_a_planned_rally_named_again_is_one_report(events_of):
    # the later mention is told as done and names another town: only the definite repeat joins them
    found = events_of("The party named its candidates and said it would launch its campaign with a rally in Leeds "
                      "on Saturday. Because of flooding in York, the rally was called off.")
    assert _types(found).count("PROTEST") == 1, found.brief()


def test_a_possible_outcome_with_a_time_is_a_plan(events_of):
    found = events_of("Police are bracing for protests, which could begin in the capital on Friday.")
    assert "PROTEST" in _types(found), found.brief()


ROLL = ("Four soldiers died when a bomb hit their patrol near the river on Monday. "
        "*2019-03-04, Corporal Jane Q. Doe, Royal Signals, UK Bomb "
        "*2019-03-04, Private John Roe, Royal Signals, UK Bomb")


def test_a_row_of_a_roll_of_the_dead_is_no_report(events_of):
    """Each row names one of the dead and the cause; the happening is the patrol's bombing."""
    events = events_of(ROLL)
    assert [e.trigger.text for e in events.of_type("ASSAULT")] != [], events.brief()
    assert all(e.trigger.text != "Bomb" for e in events.of_type("ASSAULT")), events.brief()


def test_a_list_item_that_tells_a_happening_still_codes(events_of):
    """The other way: a bullet that tells what was done, with its verb, is a report."""
    text = "The week in brief:\n* Police arrested twelve protesters in Lagos on Monday."
    assert "COERCE" in _types(events_of(text)), events_of(text).brief()


def test_a_thought_not_wished_for_is_still_reported_when_held(events_of):
    """The other way: what someone thinks is happening, with no wish around it, is still coded."""
    text = "The villagers believe that the council is accusing their sons of theft."
    assert "ACCUSE" in _types(events_of(text)), events_of(text).brief()


def test_a_habit_claimed_in_the_present_is_no_happening(events_of):
    """events v104 (framing.arranged.habit_claimed): what a speaker says is done as a rule."""
    for text in ("The air force says it strikes only rebel positions.",
                 "The militia says it targets only soldiers and never civilians."):
        assert "ASSAULT" not in _types(events_of(text)), events_of(text).brief()
    for text in ("The air force says it struck rebel positions overnight.",  # done
                 "Officials say gunmen kill 12 in raid on village.",  # a headline's news
                 "Militia shells border post near Kidal, army says"):  # told before its source
        assert "ASSAULT" in _types(events_of(text)), events_of(text).brief()


def test_acts_done_for_years_in_the_present_perfect_are_a_habit(events_of):
    """events v104 (happening._habit, class habit_span): no one happening, whatever acts the list names."""
    text = "Armed bands have preyed on hill villages for years, looting homes and kidnapping farmers for ransom."
    assert not {"ASSAULT", "COERCE"} & set(_types(events_of(text))), events_of(text).brief()
    counted = "Rebels have besieged the river port for two months."  # a span counted: one siege lasting
    assert "COERCE" in _types(events_of(counted)), events_of(counted).brief()
