"""Protest forms and readings the event coder must get right (data/triggers.tsv, the generic-noun
rule of :mod:`seismo.extract.events.coding.triggers`, the existential clause of
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
        # roads blockaded, slogans shouted, placards wielded
        "About fifty hostel dwellers blockaded the main road with burning debris on Monday.",
        "Pensioners shouted slogans outside the pension office.",
        # demonstrators defying a ban are demonstrating
        "Hundreds of marchers defied the curfew in the old quarter on Friday night.",
        "Parents wielded placards at the school gate.",
        # an event said to go on is happening (modality.continuing)
        "The strike at the smelter will continue, the union said on Monday.",
        "The protests could spread to other towns, organisers said on Monday.",
        # South African English: a march or mass action embarked on, a work stoppage
        "The community embarked on a march to the municipal offices.",
        "Unions embarked on mass action over wages on Monday.",
        "A work stoppage halted production at the smelter.",
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
        # protests counted as a trend
        "The minister blamed the rise in violent protests in the province on poor services.",
        "Analysts said strikes in the textile sector have increased over the past decade.",
        # anyone else defying an order rejects it
        "The mayor defied the ministry's order to close the market.",
        # a kind of act that a clause speaks about: its "to" infinitive subject, or after "it is"
        "To protest is a right that every citizen holds.",
        "To chant at a rally in a party shirt is not a crime, he said.",
        "It is wrong to march on parliament without a permit, the mayor said.",
        # a permission or mandate to strike is no strike
        "By law, dockworkers need the approval of the national union to strike.",
        "Members gave the union a mandate to strike over wages.",
        # a movement is a body of people, not a happening
        "Veterans of the protest movement met the premier on Friday.",
        # protests said to be a normal thing
        "Protests are a normal part of any democracy.",
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



def test_riot_police_name_no_riot(events_of) -> None:
    """ "Riot police" standing by make no march violent; a riot told beside it does."""
    events = events_of("Thousands of students marched to the parliament, where riot police stood guard.")
    march = events.find("PROTEST", "marched")
    assert march is not None and march.acled_sub_event_type == "Peaceful protest", events.brief()


def test_an_arrest_a_protest_follows_is_no_intervention_in_it(events_of) -> None:
    """An arrest told as the protest's background ("after the arrest of ...") is its cause, not
    police stepping in: the protest stays peaceful; an arrest at the protest still intervenes."""
    events = events_of("Students marched through the capital after the arrest of their union leader.")
    march = events.find("PROTEST", "marched")
    assert march is not None and march.acled_sub_event_type == "Peaceful protest", events.brief()
    # (with a comma: without one the parser hangs "arrested" on "marched" as an adverbial clause,
    # and only the type model's "Arrests", which a march cannot be, kept the march from peaceful)
    events = events_of("Students marched through the capital, and police arrested their union leader.")
    march = events.find("PROTEST", "marched")
    assert march is not None and march.acled_sub_event_type == "Protest with intervention", events.brief()


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


@pytest.mark.parametrize(
    "text",
    [
        # a crowd that gathers or marches to look on, fetch something or celebrate (comp=@spectateaim)
        "Villagers gathered at the collapsed bridge to see the damage.",
        "Hundreds of residents gathered on the shore to watch the rescue.",
        "Residents gathered at the well to fetch water.",
        "Thousands of pupils marched through the town to celebrate the school's jubilee.",
        # streets taken or poured into to look on or celebrate, or by fans (comp=@spectateaim, subj=@festive)
        "Residents poured into the streets to celebrate the end of the drought.",
        "Thousands took to the streets of the port to watch the regatta.",
        "Fans took to the streets once the cup final was won.",
    ],
)
def test_a_crowd_with_another_aim_is_no_protest(events_of, text: str) -> None:
    events = events_of(text)
    assert not _protests(events), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        # a claim as the aim keeps a crowd's gathering a protest
        "Hundreds of nurses gathered outside the ministry to press for back pay.",
        "Residents gathered at the town hall to voice their anger over the water cuts.",
        "Thousands of clerks poured into the streets to demand fresh elections.",
        # people named by their protest protest whatever else they wait or gather for
        "Strikers gathered at the depot gates to wait for the outcome of the ballot.",
        "Demonstrators marched to the embassy to hand in a petition.",
        # any aim that is no looking on, fetching or celebrating may be a claim
        "Fishermen marched to the harbour office to save their moorings.",
        "Crowds gathered outside the courthouse to welcome the freed editor.",
    ],
)
def test_a_crowd_pressing_a_claim_protests(events_of, text: str) -> None:
    events = events_of(text)
    assert any(e.modality == "asserted" for e in _protests(events)), events.brief()


# ------------------------------------------------------------------ strike senses (triggers.tsv)


@pytest.mark.parametrize(
    "text",
    [
        # with no labour word in the sentence, a strike in the news is a labour strike
        "The strike at the smelter entered its second week on Monday.",
        "Commuters were stranded across the city by the strike.",
        # a participle describing people says what they are doing
        "The company fired hundreds of striking bus drivers on Friday.",
        "Cleaners at the airport struck on Monday over unpaid wages.",
    ],
)
def test_a_strike_is_a_labour_strike(events_of, text: str) -> None:
    events = events_of(text)
    assert any(e.mode == "strike" and e.modality == "asserted" for e in _protests(events)), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        "A strike on the army convoy killed six soldiers near the border.",
        "The strike was launched by warplanes before dawn.",
        "The midfielder's strike in the last minute won the match.",
        "The two sides struck a deal on Tuesday.",
        "Overnight strikes destroyed the bridge into the town.",
        # a labour word elsewhere in the sentence does not make an attack a walkout
        "Rebels struck government positions near the dam, the oil workers' union said.",
    ],
)
def test_other_senses_of_strike_are_no_protest(events_of, text: str) -> None:
    events = events_of(text)
    assert not [e for e in _protests(events) if e.mode == "strike"], events.brief()


# ------------------------------------------------------------------ going on, long ago (modality.py)


@pytest.mark.parametrize(
    ("text", "noun", "verb"),
    [
        ("The strike will continue next week.", "strike", "continue"),
        ("Workers continued their strike on Monday.", "strike", "continued"),
        # a continuation that is itself threatened or negated says nothing is going on
        ("Workers threatened to continue the strike.", "strike", None),
        ("The strike will not continue.", "strike", None),
        ("The strike will end next week.", "strike", None),
    ],
)
def test_continuing(nlp, text: str, noun: str, verb: str | None) -> None:
    from seismo.extract.framing.modality import continuing

    doc = nlp(text)
    found = continuing(next(t for t in doc if t.lower_ == noun))
    assert (found.text if found is not None else None) == verb


def test_years_ago_is_history_even_with_no_publication_date(pipeline) -> None:
    import seismo

    text = "Ten years ago, hundreds of students marched on the city hall."
    undated = pipeline.run(seismo.make_article(text)).events
    marches = _protests(undated)
    assert marches and all(e.modality == "historical" for e in marches), [(e.trigger.text, e.modality) for e in undated]
    recent = pipeline.run(seismo.make_article("Two days ago, hundreds of students marched on the city hall.")).events
    assert any(e.modality == "asserted" for e in _protests(recent)), [(e.trigger.text, e.modality) for e in recent]


def test_continuation_and_ago_units_are_word_classes() -> None:
    assert {"continue", "enter"} <= lexicon.word_class("continuation")
    assert "resume" not in lexicon.word_class("continuation")  # "talks will resume": still to come
    assert {"year", "decade"} <= lexicon.word_class("ago_unit") and "day" not in lexicon.word_class("ago_unit")


# ------------------------------------------------------------------ force against protesters (acled_map.tsv)


@pytest.mark.parametrize(
    "text",
    [
        "Police used excessive force against the marchers outside the town hall on Friday.",
        "The regime stepped up its brutal crackdown on peaceful demonstrators on Friday.",
        "Riot police beat a protester outside the ministry on Friday.",
    ],
)
def test_excessive_force_against_protesters(events_of, text: str) -> None:
    events = events_of(text)
    assert any(e.acled_sub_event_type == "Excessive force against protesters" for e in events), events.brief()


def test_tear_gas_alone_is_an_intervention(events_of) -> None:
    events = events_of("Police fired tear gas to disperse the marchers outside the town hall on Friday.")
    subs = {e.acled_sub_event_type for e in events}
    assert "Protest with intervention" in subs and "Excessive force against protesters" not in subs, events.brief()


def test_a_hyphenated_protest_noun_is_read_on_its_head(events_of) -> None:
    # "sit-in" is parsed as "sit" (compound) + "in" (the object of "stage"): the future auxiliary
    # on "stage" reaches it, so the sit-in is announced, not told as held
    announced = events_of("The traders' association will stage a sit-in outside the market.").find("PROTEST", "sit-in")
    held = events_of("The traders' association staged a sit-in outside the market on Monday.").find("PROTEST", "sit-in")
    assert held is not None and held.modality == "asserted"
    assert announced is None or announced.modality != "asserted"


def test_one_protest_told_by_its_means_or_its_next_act_is_one_report(events_of):
    for text in ("Farmers blocked the ring road with burning hay bales and tyres near the market on Friday.",
                 "Hundreds of students stormed and torched the rectorate on Thursday."):
        protests = [e for e in events_of(text) if e.type == "PROTEST"]
        assert len(protests) == 1, events_of(text).brief()


def test_protests_of_two_clauses_with_their_own_subjects_stay_two(events_of):
    text = "Teachers marched through the capital on Monday, and in the port city dockers blocked the harbour gates."
    assert len([e for e in events_of(text) if e.type == "PROTEST"]) == 2, events_of(text).brief()


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # a strike or stoppage staged, begun or called, whatever aircraft the sentence names
        ("Cabin crew at the airline staged a strike over rosters on Friday.", "strike"),
        ("Air traffic controllers in Lisbon began a strike at midnight.", "strike"),
        ("Tram drivers began an indefinite stoppage on Monday.", "strike"),
        # work stopped or walked off by workers
        ("Cement workers stopped work for two days over unpaid bonuses.", "strike"),
        ("Hundreds of garment workers walked off the job on Thursday.", "strike"),
        # food refused in protest, a human chain
        ("An imprisoned poet has refused food for two weeks, his sister said.", "hunger"),
        ("Thousands of villagers formed a human chain along the river to oppose the dam.", "demo"),
    ],
)
def test_walkouts_hunger_strikes_and_human_chains_are_protests(events_of, text: str, mode: str) -> None:
    events = events_of(text)
    assert any(e.modality == "asserted" and e.mode == mode for e in _protests(events)), events.brief()


@pytest.mark.parametrize(
    "text",
    [
        # an air strike staged by an air force is no walkout
        "The air force staged a strike on rebel positions near the border.",
        # food aid refused, a human chain passing sandbags in a flood
        "The junta refused food aid from the United Nations.",
        "Volunteers formed a human chain to pass sandbags as the flood waters rose.",
    ],
)
def test_air_strikes_refused_aid_and_rescue_chains_are_not_protests(events_of, text: str) -> None:
    assert not _protests(events_of(text)), events_of(text).brief()


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    ("Dock workers blocked the port road to protest the sale of the terminal.", "blocked", "obstruct"),
    ("Market traders closed their stalls to protest a new municipal levy.", "closed", "strike"),
    # events v104: the purpose hangs on the verb whose object the protest is
    ("Crane operators held a two-day strike at the terminal to protest the layoffs.", "strike", "strike"),
])
def test_a_protest_told_as_its_acts_purpose_is_that_act(events_of, text, trigger, mode):
    protests = [e for e in events_of(text) if e.type == "PROTEST"]
    assert [(e.trigger.text, e.mode) for e in protests] == [(trigger, mode)]


def test_a_protest_with_a_subject_of_its_own_stays_one(events_of):
    protests = [e for e in events_of("Drivers blocked the ring road, and the union protested the fuel tax.")
                if e.type == "PROTEST"]
    assert len(protests) == 2
