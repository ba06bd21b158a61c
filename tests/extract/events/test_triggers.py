"""The trigger table (:mod:`seismo.extract.events.coding.triggers` and ``data/triggers.tsv``): rows,
conditions and the errors that name the bad line.  No model; which sentences the triggers
code is in ``test_coder.py``."""

from __future__ import annotations

import pytest

from seismo.errors import ModelError
from seismo.extract.events.coding.triggers import TriggerTable, find_triggers, parse_table

BAD_TRIGGER_ROWS = [
    ("riot\tQ\tPROTEST\triot\t-\t0.9", "part of speech"),
    ("riot\tN\tPROTEST\triot\t-\tvery", "weight"),
    ("riot\tN\tPROTEST\triot\t-\t0.9\tctx=@nowhere", "@class"),
    ("riot\tN\tPROTEST\triot\t-\t0.9\tclose=@x", "unknown condition"),
    ("@class\tonly-two", "@class"),
    ("@nominal\tparade\tmarch", "no one-word verb row"),
]


@pytest.mark.parametrize(("row", "message"), BAD_TRIGGER_ROWS)
def test_trigger_table_errors_name_the_line(row: str, message: str) -> None:
    with pytest.raises(ModelError, match=message) as info:
        parse_table("# header\n" + row + "\n", origin="t.tsv")
    assert "t.tsv:2" in str(info.value)


def test_bundled_table_loads() -> None:
    table = TriggerTable.load()
    assert {r.type for rules in table.rules.values() for r in rules} >= {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    }  # fmt: skip


def test_hyphenated_phrase_is_written_in_one_piece() -> None:
    table = parse_table("sit - in\t*\tPROTEST\tdemo\t-\t0.9\n")
    (rule,) = table.rules["sit"]
    assert rule.words == ("sit", "-", "in")


def test_gov_condition_parses() -> None:
    table = parse_table("@class\tnotevent\tright ballot\nstrike\tN\tPROTEST\tstrike\t-\t0.9\t\tgov=@notevent\n")
    (rule,) = table.rules["strike"]
    assert rule.exclude[0].kind == "gov" and "ballot" in rule.exclude[0].words


def test_a_condition_mixes_words_and_classes() -> None:
    """"arg=access|@freedoms": the class's words join the listed ones, wherever it stands."""
    table = parse_table("@class\tfreedoms\tright liberty\ngrant\tV\tCONCEDE\t-\t-\t0.6\targ=Access|@freedoms\n")
    (rule,) = table.rules["grant"]
    assert rule.require[0].words == frozenset({"access", "right", "liberty"})


def test_giving_in_and_de_escalating_are_phrases_of_their_own() -> None:
    """The longer phrase outranks the head's one-word row: "accept a demand" is a concession,
    not an agreement; "declare a ceasefire" a de-escalation (CAMEO 087), not an accord."""
    table = TriggerTable.load()
    accept = {r.words: r.type for r in table.rules["accept"]}
    assert accept[("accept", "demand")] == "CONCEDE" and accept[("accept",)] == "AGREE"
    declare = {r.words: r.type for r in table.rules["declare"]}
    assert declare[("declare", "ceasefire")] == "RETREAT"
    assert len(table.rules["accept"][0].words) == 2 and table.rules["accept"][-1].words == ("accept",)  # longest phrase first


def _first_sentence_triggers(nlp, text: str) -> list:
    return find_triggers(next(nlp(text).sents), table=TriggerTable.load())


@pytest.mark.parametrize(("text", "hint"), [
    ("Angry farmers blocked the main road with their tractors.", "roadblock"),
    ("Striking drivers barricaded the highway into the port.", "roadblock"),
    ("Students blocked the entrance to the rector's office.", None),
])
def test_a_crowd_blocking_roads_is_road_blocking(nlp, text: str, hint: str | None) -> None:
    hints = {m.rule.hint for m in _first_sentence_triggers(nlp, text) if m.rule.type == "PROTEST"}
    assert hints == {hint}, hints


@pytest.mark.parametrize(("text", "found"), [
    ("Three soldiers died after their jeep struck a mine laid by insurgents.", True),
    ("Workers were trapped when a gold mine collapsed.", False),
    ("The company bought a copper mine in the south.", False),
])
def test_a_mine_hit_or_stepped_on_is_a_landmine(nlp, text: str, found: bool) -> None:
    mines = [m for m in _first_sentence_triggers(nlp, text) if m.rule.hint == "ied"]
    assert bool(mines) is found, mines


@pytest.mark.parametrize(("text", "mode"), [
    ("Angry protesters pulled down the fence around the ministry on Friday.", "vandalize"),
    ("Demonstrators tore down the metal barriers outside the court.", "vandalize"),
    ("Workers pulled down the old warehouse to make room for flats.", None),
])
def test_a_crowd_pulling_down_property_vandalizes(nlp, text: str, mode: str | None) -> None:
    modes = {m.rule.mode for m in _first_sentence_triggers(nlp, text) if m.rule.type == "PROTEST"}
    assert ("vandalize" in modes) is (mode == "vandalize"), modes



@pytest.mark.parametrize(("text", "held"), [
    ("A magistrate signed a warrant for the detention of the district treasurer on Friday.", False),  # the paper
    ("The collector signed an order for the detention of the tribal leader on Friday.", False),
    ("Constables detained the district treasurer on Friday.", True),
])
def test_a_paper_ordering_a_detention_is_no_trigger(nlp, text: str, held: bool) -> None:
    """What a paper of class writ orders ("a warrant for the detention of"): the condition content=@writ."""
    modes = [m.rule.mode for m in _first_sentence_triggers(nlp, text)]
    assert ("arrest" in modes) is held, modes


def test_a_far_preposition_of_a_noun_between_makes_no_prepositional_verb(events_of):
    """"on" that belongs to the building named between is no "call on" (a request)."""
    assert events_of("Firefighters were called to a warehouse on Dock Road late on Tuesday.").of_type("REQUEST") == []
    assert events_of("The bishops called on the government to free the prisoners.").of_type("REQUEST")


@pytest.mark.parametrize(("text", "found"), [
    ("The army pulled most of its armoured brigades out of the northern valley.", True),
    ("The rebels pulled nearly all of their fighters back from the front line.", True),
    ("The government pulled its request from the agenda of the donors' meeting in the spring.", False),
])
def test_a_particle_after_a_long_object_is_still_the_verbs(nlp, text: str, found: bool) -> None:
    """A phrasal verb's particle set after its object, however long ("pulled most of its troops
    *out*"), is the verb's own; a far word of the phrase that is no particle of the verb is not."""
    retreats = [m for m in _first_sentence_triggers(nlp, text) if m.rule.type == "RETREAT"]
    assert bool(retreats) is found, retreats


@pytest.mark.parametrize(("text", "type_"), [
    # relief flown in by the tonne is aid, as when it is delivered or donated (CAMEO 07)
    ("Army helicopters airlifted forty tonnes of seed potatoes to the villages cut off by the landslide.", "AID"),
    # disbanding a party is dissolving it (CAMEO 17: ban)
    ("The electoral court disbanded the farmers' party three weeks before the vote.", "COERCE"),
    # mercenaries are an armed group: leaving their positions is a retreat
    ("The mercenaries left their positions near the airport on Thursday night.", "RETREAT"),
    # a position or a town reinforced is fortified (CAMEO 154: mobilize or increase armed forces)
    ("The insurgent alliance reinforced its hilltop positions with heavy machine guns.", "MOBILIZE"),
])
def test_verb_families_code_their_type(nlp, text: str, type_: str) -> None:
    assert type_ in {m.rule.type for m in _first_sentence_triggers(nlp, text)}


def test_a_nominal_row_reads_the_noun_with_the_verbs_rows() -> None:
    table = parse_table("@class\thurt\twounded sick\nevacuate\tV\tAID\t-\t-\t0.75\targ=@hurt\n"
                        "@nominal\tevacuation\tevacuate\n")
    (rule,) = table.rules["evacuation"]
    assert (rule.words, rule.pos, rule.type, rule.require) == (("evacuation",), "N", "AID", table.rules["evacuate"][0].require)


@pytest.mark.parametrize(("text", "type_"), [
    # the noun of an act is coded as its verb, with the verb's conditions (@nominal rows)
    ("Police began the interrogation of the two detained student leaders.", "ACCUSE"),
    ("Observers documented the intimidation of voters at polling stations in the north.", "COERCE"),
    ("Rights monitors reported the harassment of opposition candidates across the northern districts.", "COERCE"),
    ("The junta announced the restoration of mobile internet in the eastern provinces.", "CONCEDE"),
    ("The cabinet approved the reversal of the fuel price decision after a week of anger.", "CONCEDE"),
])
def test_the_noun_of_a_verbs_act_codes_its_type(nlp, text: str, type_: str) -> None:
    assert type_ in {m.rule.type for m in _first_sentence_triggers(nlp, text)}


@pytest.mark.parametrize("text", [
    # a noun whose verb's conditions do not hold is no trigger, as the verb would not be
    "The execution of the stadium project fell badly behind schedule.",
    "The distribution of the new school timetables slipped to the spring.",
])
def test_a_nominal_without_the_verbs_conditions_is_no_trigger(nlp, text: str) -> None:
    assert not [m for m in _first_sentence_triggers(nlp, text) if m.head.lower_ in ("execution", "distribution")]


@pytest.mark.parametrize(("text", "type_"), [
    # wire-copy synonyms of the types' commonest verbs (triggers.tsv, "wire-copy synonyms")
    ("Negotiators hammered out a grain export plan over two nights in Istanbul.", "AGREE"),
    ("The union leader railed against the privatisation of the state railways.", "ACCUSE"),
    ("Navy landing craft ferried medicine and blankets to the flooded delta towns.", "AID"),
    ("Raiders slew nine herders at a watering point near the border.", "ASSAULT"),
    ("Plain-clothes officers hauled in three student organisers from the campus.", "COERCE"),
    ("After a week of strikes the mining ministry relented on the new royalty rules.", "CONCEDE"),
    ("The two foreign ministers huddled in Geneva on the prisoner exchange.", "CONSULT"),
    ("The general marshalled three armoured brigades along the eastern frontier.", "MOBILIZE"),
    ("Villagers burned effigies of the district governor outside the courthouse.", "PROTEST"),
    ("The ruling party waved away the opposition's offer of a unity cabinet.", "REJECT"),
    ("The prime minister prodded the central bank to cut its lending rate.", "REQUEST"),
    ("Rebel fighters decamped from the hilltop positions overnight.", "RETREAT"),
    ("Washington slapped tariffs on steel from three countries.", "SANCTION"),
    ("The Nordic governments vouched for the fairness of the referendum.", "SUPPORT"),
    ("The defence minister put the neighbouring state on notice over the border incidents.", "THREATEN"),
    ("The finance ministry freed up emergency funding for families displaced by the fighting.", "AID"),
    ("Police carted away computers and ledgers from the newspaper's offices.", "COERCE"),
])
def test_wire_copy_synonyms_code_their_type(nlp, text: str, type_: str) -> None:
    assert type_ in {m.rule.type for m in _first_sentence_triggers(nlp, text)}


@pytest.mark.parametrize("text", [
    # the same words in their everyday senses, outside the rows' conditions
    "Shoppers huddled under the awnings until the storm passed.",
    "The jury deliberated for three days.",
    "The ferry left the harbour at dawn with two hundred passengers.",
    "Engineers slapped a fresh coat of paint on the bridge.",
])
def test_wire_copy_synonyms_keep_their_everyday_senses(nlp, text: str) -> None:
    assert not list(_first_sentence_triggers(nlp, text))
