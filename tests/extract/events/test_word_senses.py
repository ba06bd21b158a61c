"""Words of event triggers used in another sense, states and likenesses: no event; the event
sense of the same words still codes."""

from __future__ import annotations

import pytest


def _types(events) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize(("text", "type_"), [
    ("Cattle theft and extortion are widespread along the river, and ambushes are a regular occurrence.", "ASSAULT"),
    ("The minister shot his mouth off again, and the agency keeps its plans secret.", "ASSAULT"),
    ("Bandit raids and kidnappings are endemic in the hill districts.", "ASSAULT"),
    ("The roar from the quarry sounded like an explosion.", "ASSAULT"),
    ("To the neighbours it sounded as if a bomb had gone off in the yard.", "ASSAULT"),
    ("Most shopkeepers in the old town are bitterly opposed to the parking plan.", "REJECT"),
    ("Councillors opposed to the bypass left the council chamber early.", "REJECT"),
    ("Thousands of devotees gathered at the temple to offer prayers for rain.", "AGREE"),
    ("Herding families settled in the upper valley three centuries ago.", "AGREE"),
    ("The minister backed away from her promise to cut fuel duty.", "SUPPORT"),
    ("The plan to rebuild the stadium is supported by 58 percent of those polled.", "SUPPORT"),
    ("The survey asked farmers which party they favoured this spring.", "REQUEST"),
    ("The grocery chain withdrew its bid for a rival after the merger vote failed.", "RETREAT"),
    ("The ferry operator rejected a takeover bid from a larger firm.", "REJECT"),
    ("The governor promised to lift the curfew once the roads were clear.", "COERCE"),
    ("The council voted to remove restrictions on street trading.", "COERCE"),
    ("The senator was admitted to hospital with a chest complaint.", "ACCUSE"),
    ("Rising prices are threatening the stability of the coalition.", "THREATEN"),
    ("The two cousins were visiting for the weekend.", "CONSULT"),
    ("The anglers planned to meet up at the reservoir at dawn.", "CONSULT"),
    ("No party tickets are to be given to defectors in the coming election.", "CONCEDE"),
    ("The mayor welcomed questions, saying she was always open to criticism of the budget.", "ACCUSE"),
    ("Border towns remain vulnerable to attacks from across the river.", "ASSAULT"),
    ("The district is prone to riots during the festival season.", "PROTEST"),
    ("Herders form the largest single group among the northern villages.", "COOPERATE"),
    ("Hardliners want to wreck the rebels' 8-month-old ceasefire.", "AGREE"),
    ("Few shops survived the years-long siege of the port town.", "COERCE"),
    ("The mayor said the striking dockers were holding the city hostage.", "ASSAULT"),
    # the phrase's verb read like the noun: a bill or a budget held hostage is no one taken (events v128)
    ("The opposition has taken the budget hostage in the upper house.", "ASSAULT"),
    ("Landowners are holding the land bill hostage in the senate.", "ASSAULT"),
    ("The ministry has been held hostage by its own coalition partners.", "ASSAULT"),
    # a disaster that strikes a camp attacks no one; a work attacked is criticised (events v128)
    ("Two skiers died when an avalanche struck their camp on the ridge.", "ASSAULT"),
    ("Reviewers attacked the director's new film as shallow.", "ASSAULT"),
    # a crowd that gathers to trade, or people who withdraw money, are no protest and no retreat (events v128)
    ("Farmers gathered at the wholesale yard to sell their onions.", "PROTEST"),
    ("Pensioners queued outside the post office to withdraw cash.", "RETREAT"),
    # leaving the talks is withdrawing *from* them; withdrawing *to allow* talks is a pull-back
    ("The guerrillas said they had withdrawn to allow peace talks to go ahead.", "SANCTION"),
    ("Refugees of the country's decadelong war crowd the border camps.", "ASSAULT"),
    ("Shopkeepers complain that the two-year-old blockade of the pass has ruined trade.", "COERCE"),
    ("The visitors beat the home side by two goals on Saturday.", "ASSAULT"),
    ("Drummers beat a steady rhythm as the procession passed.", "ASSAULT"),
    # a fuse for charges, not a blast
    ("Customs officers found wiring, detonating cord and two gas cylinders in the van.", "ASSAULT"),
    # events v94: a reporter's request for comment, care sought after an injury, a road blocked by
    # a landslide
    ("The defence ministry did not respond to a request for comment on the convoy.", "REQUEST"),
    ("Forty people sought medical help at the district hospital after the stampede.", "REQUEST"),
    ("Mudslides blocked the highway to the coast for a second day.", "PROTEST"),
    # a habit told in the simple present (events v94)
    ("Border guards routinely detain herders who cross the river at night.", "COERCE"),
    ("The ministry usually rejects requests of this kind within a week.", "REJECT"),
    ("Protesters often gather outside the embassy on Fridays.", "PROTEST"),
    ("The army typically launches raids on the camps before dawn.", "COERCE"),
    # a measure said to stand is no act (events v94)
    ("The nightly curfew remains in force across the northern districts.", "COERCE"),
    # a measure or truce defied stood before the news (events v105)
    ("Students marched to the square in defiance of a ban on rallies.", "COERCE"),
    ("Shelling went on through the night despite the truce.", "AGREE"),
    ("Traders flouted the curfew and opened their stalls at dawn.", "COERCE"),
    # a country or its purse looted, a law or a freedom killed: figures (events v105)
    ("The opposition leader said the old regime had looted the treasury for years.", "COERCE"),
    # the state an act leaves people in is no withdrawal (condition result, events v126)
    ("Soldiers and militiamen clashed near the bridge on Sunday, leaving dozens injured.", "RETREAT"),
    # politicians who clash over a bill argue (events v126)
    ("Senators clashed over the pension bill in a stormy session on Tuesday.", "ASSAULT"),
    ("The two candidates clashed over taxes during the televised debate.", "ASSAULT"),
    # a rise to fame, a flop, a prize won, a problem tackled, people brought out of danger (events v127)
    ("The young drummer shot to stardom when his band's second album topped the charts.", "ASSAULT"),
    ("The film bombed at the box office despite a lavish campaign.", "ASSAULT"),
    ("The veteran cyclist captured the title on the last mountain stage.", "COERCE"),
    ("The new minister attacked the problem of hospital waiting lists with gusto.", "ASSAULT"),
    ("Firefighters pulled out three survivors from the collapsed warehouse.", "RETREAT"),
    ("Soldiers helped evacuate residents cut off by the rising river.", "RETREAT"),
    # what befalls a pact already made is no agreement reached (events v127)
    ("The truce collapsed within a day as both armies traded rocket fire along the border.", "AGREE"),
    ("The peace deal fell apart when the rebel commander was killed.", "AGREE"),
    # a mountain's summit; a blast or a fire of a road accident; troops sent to a disaster (events v127)
    ("Three trekkers died in an avalanche just below the summit.", "CONSULT"),
    ("A fuel lorry exploded after colliding with a bus at the junction, setting two shops ablaze.", "ASSAULT"),
    ("Soldiers were sent to the flooded villages to help with the relief effort.", "MOBILIZE"),
    # hostages set free were taken before: their release is the news (events v127)
    ("The militia freed nine hostages near the lake on Tuesday.", "ASSAULT"),
    # a number of people named by a participle (events v127)
    ("The tribunal acquitted all nine accused for want of proof.", "ACCUSE"),
    ("The magistrate granted bail to the four accused on Monday.", "ACCUSE"),
    # a crowd greets a leader; it holds no talks with him (events v127)
    ("Thousands of well-wishers lined the streets of the old town to welcome the king.", "CONSULT"),
    # a crowd drawn to the scene of a calamity is no protest (events v131)
    ("A big crowd quickly gathered near the wreck of the bus on the ring road.", "PROTEST"),
    ("A large crowd gathered near the wreckage of the derailed train.", "PROTEST"),
    # a coup as a feat, a gale that topples lines: no power seized (events v134)
    ("The merger was a marketing coup for the brewer.", "COERCE"),
    ("The gale toppled power lines along the coast.", "COERCE"),
    ("Troops toppled the statue of the former president.", "COERCE"),
    # a plot foiled seized nothing; a coup in sport is a feat (events v134)
    ("Soldiers foiled a coup plot against the president.", "COERCE"),
    ("The Lakers pulled off a coup by signing the point guard.", "COERCE"),
    ("The opposition seized power in a landslide election victory.", "COERCE"),
    # a witness's word is impeached in court, not an office holder (events v134)
    ("The attorney tried to impeach the witness.", "ACCUSE"),
    # armed men who block a road hold it by force (events v135)
    ("Bandits blocked the highway near the forest on Monday.", "PROTEST"),
    # those forced to flee, told by a number, flee: the armed men who forced them do not retreat (events v135)
    ("Jihadists have forced more than 300,000 to flee their villages in the north.", "RETREAT"),
    # a state that protests to another complains to it; it holds no street protest (events v133)
    ("Seoul protested to Tokyo over the textbook.", "PROTEST"),
])
def test_other_senses_and_states_are_no_event(events_of, text, type_):
    assert type_ not in _types(events_of(text)), events_of(text).brief()


@pytest.mark.parametrize(("text", "type_"), [
    ("Gunmen ambushed a police patrol near the market on Tuesday.", "ASSAULT"),
    ("Soldiers left the border town on Monday.", "RETREAT"),
    ("Senators clashed over the pension bill in a stormy session on Tuesday.", "ACCUSE"),
    ("Rival lawmakers clashed with fists and chairs on the floor of the assembly.", "ASSAULT"),
    ("Opposition lawmakers clashed with police outside the assembly on Monday.", "ASSAULT"),
    ("Militiamen shot two guards at the depot and fled.", "ASSAULT"),
    ("Jets bombed the rebel stronghold overnight.", "ASSAULT"),
    ("Insurgents captured the district headquarters after a day of fighting.", "COERCE"),
    ("Gunmen attacked a crowded market in the provincial capital.", "ASSAULT"),
    ("The garrison pulled out of the hill town before dawn.", "RETREAT"),
    ("Soldiers evacuated the outpost as the insurgents advanced.", "RETREAT"),
    ("The prime minister welcomed the visiting Indonesian president at the airport.", "CONSULT"),
    ("Soldiers were sent to the flooded villages to help with the relief effort.", "AID"),
    # the event senses kept beside the rules of events v127: a blast that derails a train, a summit
    # while a toll climbs, troops sent to a stricken region to fight, diplomats pulled out with their
    # families, a mine captured, a real shooting of someone once famous
    ("A bomb blast derailed a goods train near the junction, killing the driver.", "ASSAULT"),
    ("The regional summit opened in the capital as the toll from the floods climbed to 60.", "CONSULT"),
    ("The army sent two brigades to the drought-hit north to help fight the insurgents.", "MOBILIZE"),
    ("Several embassies pulled out their staff and families from the besieged capital.", "RETREAT"),
    ("Rebel fighters captured the copper mine near the border town.", "COERCE"),
    ("Police shot dead a smuggler who rose to prominence in the 1990s.", "ASSAULT"),
    ("The government dispatched troops to the border town to quell the riots.", "MOBILIZE"),
    ("The rebels left Goma intact, witnesses said.", "RETREAT"),
    ("The two unions settled the dispute with the port authority on Friday.", "AGREE"),
    ("The rail union settled with the transport ministry after a week of talks.", "AGREE"),
    ("The opposition party backed the reform bill in parliament on Monday.", "SUPPORT"),
    ("The mayor asked the army for help after the floods.", "REQUEST"),
    ("Parliament rejected the budget on Thursday.", "REJECT"),
    ("The army imposed a curfew on the city after the riots.", "COERCE"),
    ("The opposition filed a complaint with the election commission.", "ACCUSE"),
    ("The rebels threatened to attack the capital.", "THREATEN"),
    ("The ruling party is opposed to the new border deal, its spokesman said on Monday.", "REJECT"),
    ("The minister is visiting the border districts this week.", "CONSULT"),
    ("The government finally gave in to the strikers' demands.", "CONCEDE"),
    ("Villagers were exposed to shelling for three days last week.", "ASSAULT"),
    ("Exiled officers formed the first armed group in the valley in 1982.", "COOPERATE"),
    ("Dockers began a weeklong strike at the port on Monday.", "PROTEST"),
    ("The two militias signed a ceasefire on Sunday, a week after the shelling began.", "AGREE"),
    # "beat" and "hack" harm anyone a victim count could name, not only the commonest person nouns
    ("Two hawkers were beaten by a gang outside the station.", "ASSAULT"),
    ("Raiders hacked three herdsmen with machetes at dawn.", "ASSAULT"),
    ("Insurgents detonated a truck bomb outside the ministry on Sunday.", "ASSAULT"),
    ("The governor sought help from the federal government to rebuild the bridges.", "REQUEST"),
    ("Striking lorry drivers blocked the highway to the coast for a second day.", "PROTEST"),
    ("Protesters gathered outside the embassy on Friday.", "PROTEST"),
    ("The curfew imposed on Monday stays in force across the northern districts.", "COERCE"),
    ("Students marched to the square in defiance of a ban on rallies.", "PROTEST"),
    ("Rioters looted shops along the main street overnight.", "COERCE"),
    # the object's own word decides a figure, not a word compounded on it (events v105)
    ("Gunmen killed two security guards at the depot on Sunday.", "ASSAULT"),
    ("Gunmen shot and killed a peace activist outside his home.", "ASSAULT"),
    ("Rioters looted state shops and a bank in the old town.", "COERCE"),
    ("The governor imposed a ban on rallies in the capital on Monday.", "COERCE"),
    ("Riot police broke up a protest by farmers outside the ministry.", "ASSAULT"),
    ("Riot police broke up a sit-in by nurses in Karachi on Wednesday.", "ASSAULT"),
    # people held hostage are taken, however the parser tags "hostage" (events v128)
    ("Striking villagers held three revenue officials hostage for a day.", "ASSAULT"),
    ("Two tax inspectors were held hostage by angry traders for a night.", "ASSAULT"),
    ("Parents gathered outside the college demanding the dean's resignation.", "PROTEST"),
    ("The guerrillas withdrew from the peace talks on Sunday.", "SANCTION"),
    # an embassy where a protest is held is its place, not a diplomatic protest (events v131)
    ("Exiled Tibetans protested in front of the Chinese embassy in Delhi.", "PROTEST"),
    ("Several hundred students protested outside the British embassy on Monday.", "PROTEST"),
    ("The foreign ministry protested to the Indian embassy over the border firing.", "ACCUSE"),
    ("Crowds gathered outside the hospital after the blast to demand answers from officials.", "PROTEST"),
    # armed men or soldiers who burn a village or homes attack it (events v132)
    ("Bandits burned a village near the forest on Saturday.", "ASSAULT"),
    ("Soldiers burned dozens of huts in the valley.", "ASSAULT"),
    ("Miners gathered outside the pit head after the collapse, chanting slogans against the owners.", "PROTEST"),
    # power seized by force coerces the government it removes; an impeachment charges (events v134)
    ("Renegade officers overthrew the president in a palace coup.", "COERCE"),
    ("Troops seized power in the capital overnight and suspended the constitution.", "COERCE"),
    ("Lawmakers voted to impeach the governor over the land scandal.", "ACCUSE"),
    ("Rebels toppled the government after a month-long offensive.", "COERCE"),
    ("Bandits blocked the highway near the forest on Monday.", "COERCE"),
    ("Seoul protested to Tokyo over the textbook.", "ACCUSE"),
])
def test_the_event_senses_still_code(events_of, text, type_):
    assert type_ in _types(events_of(text)), events_of(text).brief()


def test_lifting_a_ban_is_a_concession_not_a_ban(events_of):
    found = events_of("The government lifted the ban on opposition rallies on Monday.")
    assert "CONCEDE" in _types(found) and "COERCE" not in _types(found), found.brief()


@pytest.mark.parametrize(("text", "absent", "kept"), [
    ("If police detain the mayor, the opposition will call a general strike.", "COERCE", "THREATEN"),
    ("The union will call off its strike unless police arrest the attackers by Friday.", "COERCE", None),
    ("Should the marches go on, the governor could deploy the national guard.", None, "MOBILIZE"),
])
def test_a_condition_tells_of_no_event(events_of, text, absent, kept):
    found = events_of(text)
    if absent:
        assert absent not in _types(found), found.brief()
    if kept:
        assert kept in _types(found), found.brief()


def test_a_past_that_did_not_happen_is_no_event(events_of):
    found = events_of("Police seized a van that would have taken the explosives to the capital.")
    assert not [e for e in found if e.trigger.text == "explosives"], found.brief()
    blast = events_of("Officials said the blast at the depot would have killed dozens had the shift not ended.")
    assert [e.type for e in blast] == ["ASSAULT"], blast.brief()  # the blast, not a threat to kill


def test_the_back_matter_of_a_wiki_article_tells_of_no_event(events_of):
    text = ("Gunmen attacked a checkpoint outside the town on Monday, killing two guards. "
            "==See also== * 2009 checkpoint bombing * 2013 market shooting ==References== * Local news, 2015")
    found = events_of(text)
    assert not [e for e in found if e.trigger.text in ("bombing", "shooting")], found.brief()
    assert "ASSAULT" in _types(found)


@pytest.mark.parametrize(("text", "threat"), [
    ("Hydrologists warned that the drought would worsen through the summer.", False),
    ("The rebels warned that attacks on the pipeline would continue until the army withdrew.", True),
    ("Economists warned that exports would decline sharply next year.", False),
    ("The militia warned that it would shell the airport if the talks failed.", True),
])
def test_a_warning_of_a_course_of_things_threatens_no_one(events_of, text, threat):
    assert ("THREATEN" in {e.type for e in events_of(text)}) is threat, events_of(text).brief()


@pytest.mark.parametrize(("text", "trigger", "type_"), [
    ("Shelling damaged a school in Kherson on Friday.", "Shelling", "ASSAULT"),
    ("Shelling hit a grain depot near the port, regional officials said.", "Shelling", "ASSAULT"),
])
def test_a_gerund_parsed_as_an_auxiliary_names_its_act(pipeline, events_of, text, trigger, type_):
    """The parse hangs a sentence's opening -ing word on the next verb like the "is" of a passive;
    only "being" and "having" are auxiliaries in -ing, so the word is the noun of its act."""
    doc = pipeline.resources.nlp(text)
    assert (doc[0].pos_, doc[0].tag_) == ("AUX", "VBG")  # the misparse the rule is for
    assert [(e.type, e.trigger.text) for e in events_of(text)] == [(type_, trigger)]


def test_being_and_having_stay_auxiliaries(events_of):
    events = events_of("Both drivers are being held by the traffic police overnight.")
    assert [e.trigger.text for e in events] == ["held"]  # "being" itself is no trigger


@pytest.mark.parametrize(("text", "type_", "mode"), [
    ("Commandos stormed the broadcaster's headquarters shortly after midnight.", "COERCE", "seize"),  # a raid
    ("Soldiers stormed the hill town at dawn.", "ASSAULT", "firearms"),  # a place taken by force
    ("Hundreds of strikers stormed the port authority's offices.", "PROTEST", "riot"),  # a crowd
])
def test_who_storms_what_decides_the_act(events_of, text, type_, mode):
    events = [e for e in events_of(text) if e.trigger.text == "stormed"]
    assert [(e.type, e.mode) for e in events] == [(type_, mode)]


@pytest.mark.parametrize("text", [
    "The accused was brought before a magistrate and sent back to prison.",
    "Detectives took the accused to the scene of the robbery on Sunday.",
    # a modifier with its own article before it, which the parser takes for the head (events v128)
    "The absconding accused was traced to a lodge in Pune on Sunday.",
    "The inspector said his men would trace the remaining accused within a week.",
])
def test_the_accused_is_a_person_not_an_accusation(events_of, text):
    assert "ACCUSE" not in _types(events_of(text))


def test_an_accusation_made_still_codes(events_of):
    assert "ACCUSE" in _types(events_of("Farmers' unions accused the state of hoarding seed."))


@pytest.mark.parametrize(("text", "mode"), [
    # events v104 (condition near=@disrupt): the word of finding or defusing must be the weapon's
    # own clause's, not a word of another clause of the sentence
    ("A fighter jet dropped a bomb on the market at noon, a man who helped recover the bodies told reporters.", "aerial"),
    ("A roadside bomb killed three soldiers on Sunday, and police later found a second device nearby.", "explosives"),
])
def test_a_weapon_used_is_an_attack_whatever_another_clause_finds(events_of, text, mode):
    found = events_of(text)
    assert [(e.type, e.mode) for e in found if e.type in ("ASSAULT", "COERCE")] == [("ASSAULT", mode)], found.brief()


@pytest.mark.parametrize("text", [
    "Police found a bag holding a crude bomb near the bus stand.",
    "Soldiers recovered two grenades and a pistol from the hideout.",
    "An improvised explosive device was discovered outside the court and made safe.",
])
def test_a_weapon_found_or_defused_is_a_seizure(events_of, text):
    found = events_of(text)
    assert [(e.type, e.mode) for e in found] == [("COERCE", "seize")], found.brief()


@pytest.mark.parametrize("text", [  # events v105: a freedom or a deal killed is a figure
    "Editors said the new press code would kill free speech.",
    "Farm lobbies said the tariff would kill the trade deal.",
])
def test_a_thing_killed_is_no_attack(events_of, text):
    assert not [e for e in events_of(text) if e.trigger.text.lower() == "kill"], events_of(text).brief()


def test_burning_with_no_object_is_no_arson(events_of):
    """events v133: "the rebels burned with rage": a feeling, not a village burned."""
    events = events_of("The rebels burned with rage after their commander was killed.")
    assert not any(e.trigger.text == "burned" for e in events), events.brief()


def test_an_infinitive_to_read_as_a_preposition_is_no_complaint_to_anyone(events_of):
    """events v134: "to usher", parsed as a preposition with an adjective object, lodges nothing."""
    events = events_of("A lawmaker began a hunger strike to protest the cabinet's failure to usher in land reform.")
    assert "ACCUSE" not in {e.type for e in events} and events.find("PROTEST") is not None, events.brief()

