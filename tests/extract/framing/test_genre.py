"""A sports report's game words are no political events (seismo.extract.framing.genre), while
violence off the field stays; riot-control agents fired at a crowd are one act of crowd control;
the user of a weapon is its actor; hurt officers make no arrest.  Texts written for these tests."""

from __future__ import annotations

SPORTS_REPORT = (
    "MADRID, March 3 - Valencia routed Sevilla 4-1 at Mestalla on Saturday, the striker Hugo Duro "
    "scoring twice as the home side stormed into the top four of the league.\n\n"
    "Sevilla's defence surrendered after the break and the visitors' coach admitted his team had been "
    "crushed. The referee sent off a Sevilla midfielder for protesting a penalty decision, and the club "
    "faces a fine. \"We will keep attacking until the final match of the season,\" Valencia's manager said."
)


def test_the_game_words_of_a_sports_report_make_no_event(events_of):
    assert events_of(SPORTS_REPORT).brief() == []


def test_violence_off_the_field_stays_in_a_sports_report(events_of):
    text = SPORTS_REPORT + (
        "\n\nAfter the final whistle, police fired tear gas at Sevilla fans who hurled stones outside the "
        "stadium, and 14 supporters were arrested."
    )
    kinds = {(e.type, e.mode) for e in events_of(text)}
    assert ("ASSAULT", "crowd-control") in kinds


def test_a_political_report_with_a_sports_word_keeps_its_events(events_of):
    text = ("Thousands of teachers marched through Lagos on Monday to demand unpaid salaries, and the union's "
            "leader, a former footballer, said the strike would go on.")
    assert "PROTEST" in {e.type for e in events_of(text)}


def test_tear_gas_fired_is_one_act_of_crowd_control(events_of):
    live = events_of("Soldiers fired live rounds and tear gas at the marchers, killing two.")
    assert "firearms" in {e.mode for e in live}, live.brief()
    events = events_of("Riot police fired tear gas at hundreds of students outside the ministry on Friday.")
    force = [e for e in events if e.type == "ASSAULT"]
    assert [(e.mode, e.actor.text if e.actor else None) for e in force] == [("crowd-control", "Riot police")]


def test_the_user_of_tear_gas_is_its_actor(events_of):
    (force,) = [e for e in events_of("Gendarmes used tear gas on farmers outside the prefecture.")
                if e.type == "ASSAULT"]
    assert force.actor is not None and force.actor.text == "Gendarmes"


def test_hurt_officers_make_no_arrest(events_of):
    events = events_of("The ministry said 40 people were detained overnight and that 9 police officers had been injured.")
    (arrest,) = [e for e in events if e.mode == "arrest"]
    assert arrest.actor is None or "officers" not in arrest.actor.text


def test_a_players_past_or_a_worker_on_strike_makes_no_match_report(events_of):
    for text in (
        "ACCRA - Hundreds of opposition supporters protested outside the electoral commission on Monday after the ruling "
        "party claimed victory; the party's leader, a former footballer, said his team would win the final count.",
        "DETROIT - Thousands of strikers marched to the company's headquarters on Friday, where the plant manager "
        "said the final offer stood; the union called the first day of the walkout a win.",
    ):
        assert "PROTEST" in {e.type for e in events_of(text)}, text


def test_used_as_a_pretext_makes_no_doer(events_of):
    events = events_of("The opposition said the government had used the bombing as a pretext to arrest its leaders.")
    bombing = [e for e in events if e.trigger.text == "bombing"]
    assert all(e.actor is None or e.actor.text != "government" for e in bombing)


def test_the_strike_of_a_war_report_is_the_attack_not_a_walkout(events_of):
    """events v94: in a report of a missile, drone or air strike, a "strike" no word of labour
    makes one is that attack told again; a strike of workers stays one."""
    war = ("Missiles hit a power station outside Zaporizhzhia overnight, killing three workers. "
           "The strike came hours after the two sides traded accusations over a prisoner swap.")
    assert [e for e in events_of(war) if e.type == "PROTEST"] == [], events_of(war).brief()
    both = war + " In Odesa, dock workers began a strike over unpaid wages."
    assert [e.trigger.text for e in events_of(both) if e.type == "PROTEST"] == ["strike"]
    general = war + " Shops in the city stayed shut as a general strike was observed."
    assert [e.trigger.text for e in events_of(general) if e.type == "PROTEST"] == ["strike"]


def test_a_shot_past_the_goalkeeper_is_play(events_of):
    """events v94: a firearms draft in a sentence with a word of the game and no weapon or
    attacker is a shot at goal."""
    text = SPORTS_REPORT + "\n\nLate in the second half, Marco Bellandi sealed the win when he shot past goalkeeper Dario Venturi."
    assert [e for e in events_of(text) if e.type == "ASSAULT"] == [], events_of(text).brief()
