"""Who did it, read off the sentence before anything else: the subject an infinitive of purpose
shares, the one who is ready for a deal, the party of a meeting, the organisation "the party"
stands for, and the name a body is given in its own phrase."""

from __future__ import annotations

import pytest


def _actor(events, type_: str, trigger: str) -> tuple[str | None, str | None, str | None] | None:
    event = events.find(type_, trigger)
    assert event is not None, events.brief()
    a = event.actor
    return None if a is None else (a.name, a.country, a.sector)


def test_an_infinitive_of_purpose_shares_its_verbs_subject(events_of) -> None:
    text = "William Ruto will travel to Kisumu next week to meet the elders and offer help to the flood victims."
    assert _actor(events_of(text), "AGREE", "offer")[0] == "William Ruto"


def test_the_one_moved_to_act_is_no_purpose_subject(events_of) -> None:
    # "asked the Red Cross to inspect": the Red Cross would inspect, not the union
    text = "The union decided to move the International Red Cross to investigate the deaths in custody."
    event = events_of(text).find("ACCUSE", "investigate")
    assert event is None or event.actor is None or event.actor.name != "union"


def test_a_participle_after_a_charge_goes_on_with_the_act_charged(events_of) -> None:
    """events v128: "accused the militia of torching homes, killing two": the militia kills, not the accuser."""
    text = "The mayor accused the militia of torching homes in the valley, killing two farmers."
    found = events_of(text)
    assert any(e.type == "ASSAULT" and e.actor is not None and e.actor.sector == "REB" and e.counts for e in found), found.brief()
    own = "The mayor accused the editor of spreading lies, demanding an apology."  # the accuser's own act
    assert _actor(events_of(own), "REQUEST", "demanding")[2] == "GOV"


def test_a_verb_after_an_aside_misread_as_a_participle_has_its_noun_for_subject(events_of) -> None:
    """events v128: "X, who fled in May, called on ...": the parse hangs "called" on X like a passive."""
    text = "Exiled opposition leader Ivan Petrov, who fled to Poland after the vote, called on Brussels to act."
    event = events_of(text).find("REQUEST", "called on")
    assert event is not None and event.actor is not None and "Petrov" in event.actor.text, events_of(text).brief()
    assert event.recipient is None or "Petrov" not in event.recipient.text, events_of(text).brief()


def test_an_adjective_of_a_meeting_names_its_kind_not_its_party(events_of) -> None:
    """events v130: "held military talks": the holders meet, not "the military"."""
    assert _actor(events_of("Kenya and Uganda held military talks in Kampala on Monday."), "CONSULT", "talks")[1] == "KEN"


def test_the_us_is_a_country_not_the_pronoun(events_of) -> None:
    """events v129: "US" written as a name is the United States, not "us" the speaker."""
    assert _actor(events_of("The US expelled two Russian diplomats on Friday."), "SANCTION", "expelled")[1] == "USA"


@pytest.mark.parametrize(("text", "type_", "trigger", "sector"), [
    ("A group of cotton farmers met the agriculture minister on Thursday.", "CONSULT", "met", "AGR"),
    ("A band of rebels attacked the garrison town at dawn.", "ASSAULT", "attacked", "REB"),
    ("A delegation of nurses met the health secretary to press their pay claim.", "CONSULT", "met", "MED"),
    # families stand for no one but themselves: the detained are others (class group_noun has no "family")
    ("Families of the detained policemen blocked the road to the barracks.", "PROTEST", "blocked", "CVL"),
])
def test_a_group_noun_stands_for_the_people_it_gathers(events_of, text, type_, trigger, sector) -> None:
    """events v131, v133: "a group / band / delegation of X" acts as X (class ``group_noun``)."""
    assert _actor(events_of(text), type_, trigger)[2] == sector


@pytest.mark.parametrize(("text", "type_", "trigger", "sector"), [
    ("Members of the Roma community marched through the old town on Sunday.", "PROTEST", "marched", "CVL"),
    ("Leaders of the business community met the finance minister.", "CONSULT", "met", "BUS"),
])
def test_a_community_is_a_collective_of_its_sector(events_of, text, type_, trigger, sector) -> None:
    """actors v15: a community (actor_nouns.tsv) gives its members and leaders its sector."""
    assert _actor(events_of(text), type_, trigger)[2] == sector


@pytest.mark.parametrize(("text", "type_", "trigger", "sector"), [
    ("The attack carried out by militants on Sunday killed five guards.", "ASSAULT", "attack", "REB"),
    ("The march led by students reached the parliament at noon.", "PROTEST", "march", "EDU"),
    ("The president apologised for the massacre committed by soldiers in 1985.", "ASSAULT", "massacre", "MIL"),
])
def test_who_carries_out_or_leads_an_act_told_by_a_participle_is_its_actor(events_of, text, type_, trigger, sector) -> None:
    """events v134: the by-agent of a participle of doing or leading (class ``agent_participle``)."""
    assert _actor(events_of(text), type_, trigger)[2] == sector


@pytest.mark.parametrize(("text", "sector"), [
    ("Gunmen ambushed a police convoy on the highway.", "COP"),
    ("Militants ambushed an army patrol near the border.", "MIL"),
    ("A roadside bomb struck a military vehicle outside the town.", "MIL"),
])
def test_a_convoy_or_patrol_of_the_forces_is_the_forces(events_of, text, sector) -> None:
    """actors v16, v17: a convoy, a patrol or a vehicle of the police or the army (actor_nouns.tsv) is theirs."""
    attack = next((e for e in events_of(text) if e.type == "ASSAULT"), None)
    assert attack is not None and attack.recipient is not None and attack.recipient.sector == sector, events_of(text).brief()


def test_bandits_are_an_armed_group(events_of) -> None:
    """actors v16: "bandits" (actor_nouns.tsv) are unidentified armed men, as ACLED codes them."""
    assert _actor(events_of("Bandits burned a village near the forest on Saturday."), "ASSAULT", "burned")[2] == "UAF"


def test_who_leads_talks_is_no_party_to_them(events_of) -> None:
    """events v134: "talks led by Qatar": the mediator leads; the sides hold the talks."""
    event = events_of("The talks led by Qatar between the two sides resumed on Monday.").find("CONSULT", "talks")
    assert event is not None and (event.actor is None or event.actor.country != "QAT")


def test_political_prisoners_are_no_criminals(events_of) -> None:
    """actors v16: "political prisoners" (actor_nouns.tsv) are the state's opponents, not criminals."""
    event = events_of("The junta freed 200 political prisoners on Monday.").find("CONCEDE", "freed")
    assert event is not None and event.recipient is not None and event.recipient.sector == "OPP"


def test_a_protest_verb_the_parse_hangs_on_its_people_has_them_for_subject(events_of) -> None:
    """events v131: "Several hundred students protested ...", parsed as a noun phrase with a
    participle: no one "protests students" (class ``unergative``), so the students protest."""
    text = "Several hundred students protested outside the British embassy on Monday."
    assert _actor(events_of(text), "PROTEST", "protested")[2] == "EDU"


def test_a_bare_verb_joined_to_a_past_tense_does_not_share_its_subject(events_of) -> None:
    """events v131: "stood and watched a mob lynch X and wound Y": the bare "wound" is the mob's
    act in a clause the parse broke, not the onlookers'."""
    text = "Soldiers stood and watched a mob lynch a shepherd and wound his nephew."
    wounded = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert wounded and all(e.actor is None or e.actor.sector != "MIL" for e in wounded), events_of(text).brief()


def test_a_relative_pronoun_stands_for_the_noun_its_clause_hangs_on(events_of) -> None:
    """events v131: the one "who was detained" is the noun "who" stands for; the noun a relative
    subject stands for does the act of its clause and is not also its object."""
    event = events_of("The reporter who was detained on Monday was released on bail.").find("COERCE", "detained")
    assert event is not None and event.recipient is not None and event.recipient.sector == "JRN"
    walked = events_of("The miners, who walked out last week, blocked the main road on Monday.").find("PROTEST", "walked")
    assert walked is not None and walked.actor is not None and walked.recipient is None


def test_who_is_ready_for_a_compromise_makes_it(events_of) -> None:
    text = "Ruto said that Raila Odinga was ready for a compromise."
    assert _actor(events_of(text), "CONCEDE", "compromise")[0] == "Raila Odinga"


@pytest.mark.parametrize(("text", "trigger", "name"), [
    # the by-phrase of the noun a meeting hangs on
    ("Police searched a farm hours before a resumption of talks by the Fianna Fail party.", "talks", "Fianna Fail"),
    # a meeting with someone: the subject of the verb it hangs on
    ("Gerry Adams returned to Belfast after meetings with Tony Blair in London.", "meetings", "Gerry Adams"),
])
def test_a_meeting_takes_the_party_of_the_phrase_it_hangs_on(events_of, text: str, trigger: str, name: str) -> None:
    assert _actor(events_of(text), "CONSULT", trigger)[0] == name


def test_a_meeting_during_a_deed_is_not_the_doers(events_of) -> None:
    text = "Soldiers shelled the town during talks in the capital."
    event = events_of(text).find("CONSULT", "talks")
    assert event is None or event.actor is None or event.actor.sector != "MIL"


def test_the_party_stands_for_the_organisation_named_before(events_of) -> None:
    # an announced sit-in is coded as the announcement (THREATEN), as "will stage a rally" is
    text = ("The Labour Party held a march through the town on Saturday. "
            "Next week the party will stage a sit-in outside the town hall.")
    actor = _actor(events_of(text), "THREATEN", "sit-in")
    assert actor is not None and actor[0] == "Labour Party", events_of(text).brief()


def test_a_bare_kind_with_no_organisation_before_stays_unnamed(events_of) -> None:
    text = "The ruling party will stage a sit-in outside the town hall."
    actor = _actor(events_of(text), "THREATEN", "sit-in")
    assert actor is not None and actor[0] is None and actor[2] == "PTY"


@pytest.mark.parametrize(("text", "trigger", "type_", "name"), [
    ("The Fianna Fail party held talks with the unions on Friday.", "talks", "CONSULT", "Fianna Fail"),
    ("Scotland's biggest party, the Scottish Nationalists, threatened to walk out of the talks.",
     "threatened", "THREATEN", "Scottish Nationalists"),
])
def test_a_body_takes_the_name_its_own_phrase_gives_it(events_of, text: str, trigger: str, type_: str, name: str) -> None:
    actor = _actor(events_of(text), type_, trigger)
    assert actor is not None and actor[0] == name and actor[2] == "PTY", events_of(text).brief()


@pytest.mark.parametrize(("text", "type_", "trigger"), [
    ("US-backed militias attacked an army base near Mosul on Sunday.", "ASSAULT", "attacked"),
    ("Iran-funded fighters attacked a convoy near Basra on Sunday.", "ASSAULT", "attacked"),
])
def test_a_backer_glued_to_a_participle_is_not_the_groups_country(events_of, text: str, type_: str, trigger: str) -> None:
    actor = _actor(events_of(text), type_, trigger)
    assert actor is not None and actor[1] is None, events_of(text).brief()


def test_a_country_written_before_its_forces_names_theirs(events_of) -> None:
    actor = _actor(events_of("US troops attacked a convoy near Basra on Sunday."), "ASSAULT", "attacked")
    assert actor is not None and actor[1] == "USA"


@pytest.mark.parametrize(("text", "trigger", "sector"), [
    ("Extra federal troops were deployed along the northern border on Monday.", "deployed", "MIL"),  # no one named deploys
    ("Soldiers were sent to the town by the government on Monday.", "sent", "GOV"),  # the by-agent deploys
])
def test_forces_deployed_by_no_one_named_are_the_actor(events_of, text: str, trigger: str, sector: str) -> None:
    actor = _actor(events_of(text), "MOBILIZE", trigger)
    assert actor is not None and actor[2] == sector, events_of(text).brief()


def test_a_religious_council_is_a_religious_body_and_the_council_stands_for_it(events_of) -> None:
    text = ("The Kenya Christian Council (KCC) called for an inquiry into the killings on Monday. "
            "The council also accused the police of torturing the detained pastors.")
    events = events_of(text)
    first = _actor(events, "REQUEST", "called for")
    assert first is not None and first[2] == "REL", events.brief()
    later = _actor(events, "ACCUSE", "accused")
    assert later is not None and later[0] == first[0] and later[2] == "REL", events.brief()


def test_a_by_phrase_of_a_date_is_a_deadline_not_an_agent(events_of) -> None:
    text = "More than 20,000 people signed a petition by Friday against the closure of the hospital."
    actor = _actor(events_of(text), "REQUEST", "petition")
    assert actor is not None and actor[2] == "CVL", events_of(text).brief()


@pytest.mark.parametrize(("text", "sector"), [
    ("Police raided the camp near Kisumu on Monday. Twelve men were arrested and taken away.", "COP"),
    ("Protesters blocked the road in Kisumu on Monday. Twelve men were arrested.", None),  # no forces named
])
def test_an_arrest_with_no_doer_was_made_by_the_forces_named_just_before(events_of, text: str, sector) -> None:
    actor = _actor(events_of(text), "COERCE", "arrested")
    assert (actor[2] if actor else None) == sector, events_of(text).brief()


def test_a_caption_s_actor_does_not_reach_back_into_the_page_furniture(events_of) -> None:
    text = "image copyright Reuters image caption Government troops were deployed to the border in 2009."
    event = events_of(text).find("MOBILIZE", "deployed")
    assert event is not None and event.actor is not None and event.actor.text == "Government troops"


def test_who_after_the_object_of_telling_asks_a_question(events_of) -> None:
    # the committee is told who accepted: it accepted nothing itself
    text = "The union will tell the committee who has accepted the pay offer."
    event = events_of(text).find("AGREE", "accepted")
    assert event is None or event.actor is None or "committee" not in event.actor.text.lower()


def test_who_after_an_object_with_its_own_complement_is_a_relative(events_of) -> None:
    # "told the officers who arrested the men to ...": the officers arrested them
    text = "The chief told the officers who arrested the men to stand down."
    event = events_of(text).find("COERCE", "arrested")
    assert event is not None and event.actor is not None and event.actor.text.lower().endswith("officers")


def test_who_after_the_object_of_reminding_is_a_relative(events_of) -> None:
    # only telling asks a question of its object: "reminded the officers who arrested ..." names them
    text = "The minister reminded the officers who arrested the students of the new rules."
    event = events_of(text).find("COERCE", "arrested")
    assert event is not None and event.actor is not None and event.actor.text.lower().endswith("officers")


def test_we_in_a_quotation_is_its_speakers_organisation(events_of) -> None:
    text = ('"We will block every road into the capital on Friday," said Mercy Wanjiru, '
            "a spokeswoman for the National Transporters Union.")
    assert _actor(events_of(text), "THREATEN", "block")[0] == "National Transporters Union"


def test_we_in_a_quotation_is_its_speaker_when_no_organisation_is_named(events_of) -> None:
    text = ('Senator Ann Ruiz spoke to reporters in Lima on Monday. '
            '"We will file a formal complaint with the electoral commission," she said.')
    assert _actor(events_of(text), "ACCUSE", "complaint")[0] == "Ann Ruiz"


def test_we_outside_a_quotation_is_no_one(events_of) -> None:
    # the writer's own "we" (an editorial) names no party to the event
    text = "We condemn the attack on the electoral commission in the strongest terms."
    event = events_of(text).find("ACCUSE", "condemn")
    assert event is None or event.actor is None


def test_the_meeting_that_acts_stands_for_the_body_that_met(events_of) -> None:
    text = ("The Farmers Federation of Ghana met in Tamale on Friday. "
            "The meeting condemned the arrest of two of its regional leaders.")
    event = events_of(text).find("ACCUSE", "condemned")
    assert event is not None and event.actor is not None and "Federation" in event.actor.text


def test_a_meeting_whose_phrase_says_whose_it_is_is_read_off_the_phrase(events_of) -> None:
    # "a meeting of the ward leaders" names who met; no body named before stands in
    text = ("The Farmers Federation of Ghana issued a statement. "
            "On Friday the meeting of the ward leaders condemned the arrests.")
    event = events_of(text).find("ACCUSE", "condemned")
    assert event is None or event.actor is None or "Federation" not in event.actor.text


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Governor Ama Boateng established a fundraising pact with the party in March.", "pact", "Ama Boateng"),
    ("The government of Chile reached a deal with the miners on Tuesday.", "deal", None),
])
def test_who_makes_an_agreement_is_its_party(events_of, text: str, trigger: str, name: str | None) -> None:
    event = events_of(text).find("AGREE", trigger)
    assert event is not None and event.actor is not None, events_of(text).brief()
    assert name is None or event.actor.name == name


@pytest.mark.parametrize(("text", "type_", "trigger", "name"), [
    # the name in apposition to a title says who holds it
    ("The governor of the central bank, Carlos Mendes, criticised the new budget on Monday.", "ACCUSE", "criticised",
     "Carlos Mendes"),
    # the parser hangs the name on the place of the title's of-phrase: it is still the title's
    ("The mayor of Lyon, Pierre Dumont, banned the march on Saturday.", "COERCE", "banned", "Pierre Dumont"),
])
def test_a_name_in_apposition_to_a_title_is_the_actor(events_of, text: str, type_: str, trigger: str, name: str) -> None:
    assert _actor(events_of(text), type_, trigger)[0] == name


def test_a_name_in_apposition_keeps_the_country_and_sector_of_its_title(events_of) -> None:
    text = "Kenya's foreign minister, Grace Wanjiru, condemned the raid on the embassy."
    assert _actor(events_of(text), "ACCUSE", "condemned") == ("Grace Wanjiru", "KEN", "GOV")


def test_a_place_in_apposition_is_no_actor(events_of) -> None:
    # "the capital, Nairobi": a place in apposition is not whom the phrase names
    text = "Police in the capital, Nairobi, arrested twelve students on Friday."
    actor = _actor(events_of(text), "COERCE", "arrested")
    assert actor is not None and actor[2] == "COP"


def test_a_pronoun_stands_for_whom_the_chain_of_pronouns_before_it_stands_for(events_of) -> None:
    # "he" three sentences after the name: the earlier "he" and "his" tell of the same man
    text = ("Senator Tom Walsh spoke for an hour at the town hall. He praised the farmers for their patience. "
            "He said his plan would cut their taxes. Then he condemned the new trade deal with Canada.")
    assert _actor(events_of(text), "ACCUSE", "condemned")[0] == "Tom Walsh"


def test_a_pronoun_chain_keeps_to_one_sex(events_of) -> None:
    # "she" is not the man the chain of "he" stands for
    text = ("Senator Tom Walsh spoke for an hour at the town hall. He praised the farmers for their patience. "
            "He said his plan would cut their taxes. Then she condemned the new trade deal with Canada.")
    event = events_of(text).find("ACCUSE", "condemned")
    assert event is not None
    assert event.actor is None or event.actor.name != "Tom Walsh"


@pytest.mark.parametrize("verb", ["attended", "postponed"])
def test_the_subject_of_a_verb_whose_object_is_a_meeting_with_someone_is_its_party(events_of, verb: str) -> None:
    text = f"Senator Ana Silva {verb} meetings with the farm groups in Cordoba."
    assert _actor(events_of(text), "CONSULT", "meetings")[0] == "Ana Silva"


@pytest.mark.parametrize(("text", "trigger"), [
    ("A rebel ambush on the supply road left four soldiers dead.", "ambush"),
    ("Two guards died in an insurgent raid on the prison.", "raid"),
])
def test_an_armed_group_word_before_an_attack_noun_is_its_actor(events_of, text: str, trigger: str) -> None:
    actor = _actor(events_of(text), "ASSAULT", trigger)
    assert actor is not None and actor[2] == "REB"


def test_the_wounded_in_an_armed_groups_attack_are_its_doing(events_of) -> None:
    event = events_of("Three villagers were wounded in a militant attack near the river.").find("ASSAULT", "wounded")
    assert event is not None and event.actor is not None and event.actor.sector == "REB"


@pytest.mark.parametrize(
    ("text", "type_", "trigger", "actor"),
    [  # the object of a verb does its gerund or, after a verb of blame, its act (events v94)
        ("The governor accused the militia of shelling two villages near the dam.", "ASSAULT", "shelling", "militia"),
        ("Farmers' unions blamed the coast guard for the attack on a trawler.", "ASSAULT", "attack", "coast guard"),
        ("Three guards were charged with beating an inmate at the northern prison.", "ASSAULT", "beating", "Three guards"),
    ],
)
def test_an_accused_party_does_the_act_it_is_accused_of(events_of, text, type_, trigger, actor) -> None:
    event = events_of(text).find(type_, trigger)
    assert event is not None, events_of(text).brief()
    assert event.actor is not None and event.actor.text.endswith(actor)


@pytest.mark.parametrize(
    ("text", "actor"),
    [  # nouns of civil society name an unnamed actor (actor_nouns.tsv, events v94)
        ("Human rights groups accused the junta of jailing reporters.", "Human rights groups"),
        ("Opposition groups condemned the new curfew in the capital.", "Opposition groups"),
        ("Aid agencies criticised the closure of the border crossing.", "Aid agencies"),
    ],
)
def test_rights_groups_and_aid_agencies_are_actors(events_of, text, actor) -> None:
    top = events_of(text).top(asserted_only=False)
    assert top is not None and top.actor is not None and top.actor.text == actor, events_of(text).brief()
    assert top.actor.sector in {"CVL", "OPP"}


def test_who_stages_a_hyphened_protest_holds_it(events_of) -> None:
    """events v94: "staged a sit-in" whose "sit" the parser hung on the next noun: the stager acts."""
    for text in ("Retired miners staged a sit-in outside the pension office on Monday.",
                 "Farmers staged a sit-in outside parliament on Tuesday."):
        event = events_of(text).find("PROTEST", "sit-in")
        assert event is not None and event.actor is not None, events_of(text).brief()
        assert event.actor.text == text.split(" staged")[0]


def test_one_who_names_an_attack_did_not_make_it(events_of) -> None:
    """events v94: "called the raid an act of terror" names the raid; the caller did not raid."""
    text = "The prime minister called the attack on the depot an act of terror and urged allies to send air defences."
    attack = events_of(text).find("ASSAULT", "attack")
    assert attack is None or attack.actor is None, events_of(text).brief()
    urged = events_of(text).find("REQUEST", "urged")
    assert urged is not None and urged.modality == "asserted" and urged.actor is not None


@pytest.mark.parametrize(("text", "actor"), [
    ("Firing by the police killed two youths near the market.", "police"),
    ("Shooting by soldiers killed three farmers at the checkpoint.", "soldiers"),
])
def test_a_gerunds_by_phrase_names_its_doer(events_of, text, actor):
    """A gerund the parse keeps a verb ("Firing by the police"): its by-phrase names the doer, as
    a noun's would ("an attack by rebels")."""
    (event,) = [e for e in events_of(text) if e.type == "ASSAULT"]
    assert event.actor is not None and event.actor.text == actor


def test_a_gerunds_by_phrase_of_a_place_names_no_one(events_of):
    (event,) = [e for e in events_of("Shooting by the river killed a fisherman.") if e.type == "ASSAULT"]
    assert event.actor is None


def test_a_pronoun_opening_its_sentence_stands_for_the_subject_before(events_of) -> None:
    """events v104: the subject of the sentence before, not a name in its relative clause."""
    text = ("The army, which has been fighting the Freedom Front (FF) since 2019, gave no comment on Friday. "
            "It has previously denied shelling villages.")
    (denial,) = [e for e in events_of(text) if e.type == "REJECT"]
    assert denial.actor is not None and denial.actor.text == "army", events_of(text).brief()


def test_a_subject_that_does_not_fit_the_pronoun_leaves_the_nearest_name(events_of) -> None:
    text = "Police arrested the party leader Ana Ruiz on Monday. She denied the charges."
    (denial,) = [e for e in events_of(text) if e.type == "REJECT"]
    assert denial.actor is not None and "Ana Ruiz" in denial.actor.text, events_of(text).brief()


def test_who_opens_an_inquiry_or_talks_does_them(events_of) -> None:
    """events v104: "open" is a light verb (class light of triggers.tsv): its subject does the act its object names."""
    for text, type_, actor in (("Prosecutors opened a criminal inquiry over the minister's finances on Monday.", "ACCUSE", "Prosecutors"),
                               ("The two governments opened talks on the border dispute in Geneva.", "CONSULT", "two governments")):
        event = events_of(text).find(type_)
        assert event is not None and event.actor is not None and event.actor.text == actor, events_of(text).brief()


def test_whose_request_it_is_asks(events_of) -> None:
    """events v104 (roles._request_roles): "at X's request", as "at the request of X"."""
    text = "The envoys met in Vienna at Norway's request."
    request = events_of(text).find("REQUEST")
    assert request is not None and request.actor is not None and request.actor.text == "Norway", events_of(text).brief()


@pytest.mark.parametrize(("text", "type_", "trigger", "sector"), [
    ("The insurgents broke the truce by attacking a border post.", "ASSAULT", "attacking", "REB"),
    ("Three students were detained after storming the dean's office.", "PROTEST", "storming", "EDU"),
])
def test_a_gerund_after_by_or_after_is_done_by_the_clauses_subject(events_of, text, type_, trigger, sector) -> None:
    # "X did A by/after doing B": X did B, whether the clause is active or passive (events v127)
    assert _actor(events_of(text), type_, trigger)[2] == sector


def test_a_gerund_of_time_on_a_verb_with_an_object_is_not_its_subjects(events_of) -> None:
    # "police dispersed the farmers after blocking the road": the farmers blocked it (events v127)
    found = events_of("Police dispersed the farmers after blocking the state highway for five hours.")
    event = next((e for e in found if e.trigger.text == "blocking"), None)
    assert event is None or event.actor is None or event.actor.sector != "COP", found.brief()
