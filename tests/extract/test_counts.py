"""Counts (:mod:`seismo.extract.numbers.counts`): the number-phrase parser (no model) and the
sentence-level count finder (the real parse)."""

from __future__ import annotations

import pytest

from seismo.extract.numbers.counts import Quantity, count_terms, find_counts, implied_counts, parse_quantity

Q = Quantity

PARSE_CASES = [
    # numerals
    ("18", Q(18, 18, 18)),
    ("2,300", Q(2300, 2300, 2300)),
    ("1.5 million", Q(1_500_000, 1_500_000, 1_500_000)),
    ("3 million", Q(3_000_000, 3_000_000, 3_000_000)),
    ("12,000", Q(12000, 12000, 12000)),
    ("0", Q(0, 0, 0)),
    # number words
    ("two", Q(2, 2, 2)),
    ("eleven", Q(11, 11, 11)),
    ("twenty-five", Q(25, 25, 25)),
    ("forty", Q(40, 40, 40)),
    ("a thousand", Q(1000, 1000, 1000)),
    ("a hundred", Q(100, 100, 100)),
    ("one hundred and twenty", Q(120, 120, 120)),
    ("three thousand", Q(3000, 3000, 3000)),
    ("a dozen", Q(12, 12, 12)),
    ("two dozen", Q(24, 24, 24)),
    ("half a million", Q(500_000, 500_000, 500_000)),
    ("a hundred thousand", Q(100_000, 100_000, 100_000)),
    # vague quantities
    ("dozens", Q(24, None, 99, "dozens")),
    ("hundreds", Q(200, None, 999, "hundreds")),
    ("thousands", Q(2000, None, 9999, "thousands")),
    ("tens of thousands", Q(20_000, None, 99_999, "tens of thousands")),
    ("hundreds of thousands", Q(200_000, None, 999_999, "hundreds of thousands")),
    ("scores", Q(40, None, 99, "scores")),
    ("a handful", Q(2, None, 5, "a handful")),
    ("several", Q(3, None, 9, "several")),
    ("several hundred", Q(300, None, 900, "several hundred")),
    ("a few thousand", Q(2000, None, 5000, "a few thousand")),
    ("several dozen", Q(36, None, 108, "several dozen")),
    # hedges
    ("almost 2,300", Q(None, 2300, 2300, "almost")),
    ("nearly 50", Q(None, 50, 50, "nearly")),
    ("at least 18", Q(18, 18, None, "at least")),
    ("no fewer than 7", Q(7, 7, None, "no fewer than")),
    ("more than a thousand", Q(1001, None, None, "more than")),
    ("over 200", Q(201, None, None, "over")),
    ("more than a dozen", Q(13, None, None, "more than")),
    ("up to 50", Q(None, None, 50, "up to")),
    ("as many as 300", Q(None, None, 300, "as many as")),
    ("fewer than 10", Q(None, None, 9, "fewer than")),
    ("about 100", Q(None, 100, None, "about")),
    ("some 100", Q(None, 100, None, "some")),
    ("an estimated 5,000", Q(None, 5000, None, "an estimated")),
    ("roughly two thousand", Q(None, 2000, None, "roughly")),
    ("at least dozens", Q(24, None, None, "at least dozens")),
    # ranges
    ("between 10 and 20", Q(10, None, 20, "between")),
    ("10 to 20", Q(10, None, 20)),
    ("10-20", Q(10, None, 20)),
    ("two or three", Q(2, None, 3)),
    ("about 30 to 40", Q(30, None, 40, "about")),
    # a number followed by its noun still parses
    ("two policemen", Q(2, 2, 2)),
    ("18 agents", Q(18, 18, 18)),
]

NOT_COUNTS = [
    "20%",
    "20 percent",
    "15 per cent",
    "$5 million",
    "€300",
    "25-year-old",
    "25 years",
    "18th",
    "2021",
    "first",
    "3 pm",
    "five days",
    "fuel prices",
    "",
    "a",
    "about",
    "1.5",
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_quantity(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("text", NOT_COUNTS)
def test_parse_quantity_refuses_non_counts(text: str) -> None:
    assert parse_quantity(text) is None


def test_count_terms_load_every_category() -> None:
    terms = count_terms()
    assert terms.qualifiers[("at", "least")] == "min"
    assert terms.vague[("dozens",)] == (24, 99)
    assert ("percent",) in terms.units
    assert ("killed", "verb") not in terms.cues  # cues are keyed by words, not kinds
    assert ("killed", "verb") in terms.cues[("kill",)]


# (sentence, [(kind, low, best, high, qualifier, victims text or None), ...] in text order)
SENTENCE_CASES = [
    ("Police arrested at least 25 people on Monday.", [("arrested", 25, 25, None, "at least", "people")]),
    ("Two policemen were wounded in the clashes.", [("injured", 2, 2, 2, None, "policemen")]),
    ("Police arrested 25 people and two policemen were wounded.",
     [("arrested", 25, 25, 25, None, "people"), ("injured", 2, 2, 2, None, "policemen")]),
    ("Thousands of protesters marched through the capital.",
     [("participants", 2000, None, 9999, "thousands", "protesters")]),
    ("A crowd of 5,000 gathered outside the parliament building.", [("participants", 5000, 5000, 5000, None, None)]),
    ("The death toll rose to 25 on Tuesday.", [("killed", 25, 25, 25, None, None)]),
    ("Five people were killed and 12 injured in the blast.",
     [("killed", 5, 5, 5, None, "people"), ("injured", 12, 12, 12, None, None)]),
    ("Gunmen killed 18 villagers in an overnight raid.", [("killed", 18, 18, 18, None, "villagers")]),
    ("Three gunmen killed four shopkeepers.", [("killed", 4, 4, 4, None, "shopkeepers")]),
    ("At least 40 people died when the roof collapsed.", [("killed", 40, 40, None, "at least", "people")]),
    ("Security forces detained more than a thousand demonstrators.",
     [("arrested", 1001, None, None, "more than", "demonstrators")]),
    ("The fighting left seven dead and dozens wounded.",
     [("killed", 7, 7, 7, None, None), ("injured", 24, None, 99, "dozens", None)]),
    ("Officials said 150 people had been detained since Friday.", [("arrested", 150, 150, 150, None, "people")]),
    ("The strike killed two soldiers and wounded five civilians.",
     [("killed", 2, 2, 2, None, "soldiers"), ("injured", 5, 5, 5, None, "civilians")]),
    ("About 10,000 people took part in the rally.", [("participants", None, 10000, None, "about", "people")]),
    ("Three protesters were shot dead by police.", [("killed", 3, 3, 3, None, "protesters")]),
    # "shot" alone: hit by gunfire, told apart from "shot dead", "shot and killed", "fatally shot"
    ("Four students were shot outside the library.", [("injured", 4, 4, 4, None, "students")]),
    ("Two guards were shot and killed at the depot.", [("killed", 2, 2, 2, None, "guards")]),
    ("Five miners were fatally shot near the pit.", [("killed", 5, 5, 5, None, "miners")]),
    ("Soldiers fatally shot two farmers at the market.", [("killed", 2, 2, 2, None, "farmers")]),
    ("Some 300 workers went on strike at the mine.", [("participants", None, 300, None, "some", "workers")]),
    ("The authorities reported 18 agents who died during the riots.", [("killed", 18, 18, 18, None, "agents")]),
    ("There were dozens of victims and hundreds of injured among the marchers.",
     [("killed", 24, None, 99, "dozens", "marchers"), ("injured", 200, None, 999, "hundreds", "marchers")]),
    ("The arrested would be almost 2,300, the agency said.", [("arrested", None, 2300, 2300, "almost", None)]),
    ("Rescuers recovered 14 bodies from the river.", [("killed", 14, 14, 14, None, None)]),
    ("The army said 32 militants were killed in the operation.", [("killed", 32, 32, 32, None, "militants")]),
    ("Up to 50 students were detained after the sit-in.", [("arrested", None, None, 50, "up to", "students")]),
    ("Nearly 200 people have been hurt since the unrest began.", [("injured", None, 200, 200, "nearly", "people")]),
    ("Tens of thousands of demonstrators rallied in the square.",
     [("participants", 20000, None, 99999, "tens of thousands", "demonstrators")]),
    ("The attack claimed 12 lives.", [("killed", 12, 12, 12, None, None)]),
    ("Police said they had arrested 40 suspected looters.", [("arrested", 40, 40, 40, None, "suspected looters")]),
    ("A bomb exploded, killing at least nine people.", [("killed", 9, 9, None, "at least", "people")]),
    ("The deaths of 12 miners sparked outrage.", [("killed", 12, 12, 12, None, "miners")]),
    ("More than 60 people were injured, 11 of them seriously.",
     [("injured", 61, None, None, "more than", "people")]),
    # conjoined counted nouns of one kind are one count, their sum
    ("Guards detained four students and two lecturers after the march.",
     [("arrested", 6, 6, 6, None, "students and two lecturers")]),
    # how many of the wounded died: taken out of the injured
    ("Six hikers were shot near the ridge, two fatally.",
     [("injured", 4, 4, 4, None, "hikers"), ("killed", 2, 2, 2, None, None)]),
    ("Nine porters were shot -- four of them fatally -- near the quay.",
     [("injured", 5, 5, 5, None, "porters"), ("killed", 4, 4, 4, None, None)]),
    # the hit ("shot") include the dead told of after them; the wounded and the dead told apart do not
    ("Seven ferrymen were shot on the pier, leaving three dead.",
     [("injured", 4, 4, 4, None, "ferrymen"), ("killed", 3, 3, 3, None, None)]),
    ("Three ferrymen were killed and seven were shot on the pier.",
     [("killed", 3, 3, 3, None, "ferrymen"), ("injured", 7, 7, 7, None, None)]),
    ("Seven ferrymen were wounded and three were killed on the pier.",
     [("injured", 7, 7, 7, None, "ferrymen"), ("killed", 3, 3, 3, None, None)]),
    # a wound or a patient's condition said of the counted: injured, not a "victims" death toll
    ("All five victims suffered minor injuries at the fair.", [("injured", 5, 5, 5, None, None)]),
    ("Two cyclists with gunshot wounds reached the clinic.", [("injured", 2, 2, 2, None, "cyclists")]),
    # a part of a group named by a pronoun counts when the sentence counts no more of its kind
    ("About 80 guests were at the wedding and three of them were stabbed.", [("injured", 3, 3, 3, None, None)]),
    ("Forty miners were trapped; six of them later died.", [("killed", 6, 6, 6, None, None)]),
    # a part said to have died is counted, and taken out of the hit told of before it
    ("Two of the porters died at the clinic.", [("killed", 2, 2, 2, None, "porters")]),
    ("Five deckhands were shot at the pier, and two of them died.",
     [("injured", 3, 3, 3, None, "deckhands"), ("killed", 2, 2, 2, None, None)]),
    # of a part, only a death is news: "one of the victims" is no toll of its own
    ("One of the victims was driven to a clinic.", []),
    # "victims" are the dead when told of as dead or set against the hurt; the hurt when told of as hit or hurt
    ("The four victims were struck near the ferry gate.", [("injured", 4, 4, 4, None, None)]),
    ("All three victims were taken to a clinic and are in stable condition.", [("injured", 3, 3, 3, None, None)]),
    # ... or as brought to a place of care, or expected to live
    ("The three victims were rushed to an infirmary after the brawl.", [("injured", 3, 3, 3, None, None)]),
    ("All four victims are expected to survive, the coroner's office said.", [("injured", 4, 4, 4, None, None)]),
    ("The two victims were flown to a hospital but died on arrival.", [("killed", 2, 2, 2, None, None)]),
    # brought to a place of care: hurt, when no death is told
    ("Two stewards were carried to a clinic after the stampede.", [("injured", 2, 2, 2, None, "stewards")]),
    ("Four dockers were taken to the station for questioning.", []),
    # hit by a bullet or a car
    ("Three pickets were struck by rubber bullets at the gate.", [("injured", 3, 3, 3, None, "pickets")]),
    # victims told neither dead nor hurt: the hit, dead or alive, no toll of either
    ("All six victims were men in their twenties.", []),
    ("Four victims died; the surgeons listed two more in a critical condition.",
     [("killed", 4, 4, 4, None, None), ("injured", 2, 2, 2, None, None)]),
    # "no one" is nobody
    ("No one else was hurt in the brawl.", []),
    # a fatal wound kills
    ("Two deckhands suffered fatal wounds on the pier.", [("killed", 2, 2, 2, None, "deckhands")]),
    # victims rescued, freed or found alive are no dead; "bodies" of an organisation are no corpses
    ("Coastguards rescued eleven victims of the capsized barge.", []),
    ("Nine victims were freed from the cellar by detectives.", []),
    ("Four victims were later found alive in the quarry.", []),
    ("Three governing bodies of the league will vote in June.", []),
    ("NATO's two key bodies will meet in Brussels next week.", []),
    ("Its five main bodies approved the budget.", []),
    ("NATO's two bodies will meet in Brussels next week.", []),
    ("Divers recovered six bodies from the lake.", [("killed", 6, 6, 6, None, None)]),
    # a count in an unrealised clause: a condition, a past that did not happen
    ("The device would have killed 30 commuters.", []),
    ("If troops detain 40 more students, the union will walk out.", []),
    # "lost their lives": the lemma of "lives" is "life"
    ("Six sailors lost their lives when the ferry capsized.", [("killed", 6, 6, 6, None, "sailors")]),
    # a cue of role "passive" counts its passive subject only
    ("Eight youths were picked up after the clashes.", [("arrested", 8, 8, 8, None, "youths")]),
    ("The candidate picked up two seats in the ward.", []),
    # a death said of the people outranks a noun of taking part
    ("The number of marchers killed by soldiers rose to 14.", [("killed", 14, 14, 14, None, None)]),
    # numbers that are not head counts
    ("The 25-year-old was arrested in 2021.", []),
    ("Detectives said the victim was 13 and lived nearby.", []),  # an age
    ("Fuel prices rose 20% and the government spent $5 million on subsidies.", []),
    ("The president served two terms before the 2019 election.", []),
    ("The first protest began at 3 pm on January 2.", []),
    ("Protesters burned 50 cars and looted three banks.", []),
    ("Neighbours called 911 when they heard shots.", []),
    ("The earthquake killed 911 people in the valley.", [("killed", 911, 911, 911, None, "people")]),
]


def _found(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    out = []
    for sent in doc.sents:
        for c in find_counts(sent):
            assert doc.text[c.start : c.end] == c.text
            if c.victims is not None:
                assert doc.text[c.victims.start : c.victims.end] == c.victims.text
            assert c.step == "seismo.counts.v42"
            out.append((c.kind, c.low, c.best, c.high, c.qualifier, c.victims.text if c.victims else None))
    return out


@pytest.mark.parametrize(("text", "expected"), SENTENCE_CASES)
def test_find_counts(nlp, text: str, expected: list[tuple]) -> None:
    assert _found(nlp, text) == expected


@pytest.mark.parametrize(("text", "kind", "best"), [
    ("Police said three men and a woman were shot outside the bar.", "injured", 4),
    ("A man and two teenagers were hurt by gunfire outside the arcade.", "injured", 3),
    ("Two guards and another man were killed at the depot.", "killed", 3),
    ("Two people and a dog were killed in the fire.", "killed", 2),  # a dog is no person
])
def test_a_single_person_in_a_numbered_coordination_counts(nlp, text: str, kind: str, best: int) -> None:
    doc = nlp(text)
    persons = frozenset({"man", "woman", "guard", "teenager", "person"})
    (count,) = [c for sent in doc.sents for c in find_counts(sent, persons=persons) if c.kind == kind]
    assert count.best == best and doc.text[count.start : count.end] == count.text


@pytest.mark.parametrize(("text", "best"), [
    ("Four cousins and two neighbours were taken to hospitals across the county.", 6),
    ("Two clerks and four customers were treated at a nearby clinic.", 6),
])
def test_coordinated_counts_share_their_first_conjunct_s_care(nlp, text: str, best: int) -> None:
    (count,) = [c for sent in nlp(text).sents for c in find_counts(sent) if c.kind == "injured"]
    assert count.best == best


@pytest.mark.parametrize(("text", "best"), [
    pytest.param("A senior officer said 30 of these deaths were caused by police firing.", 30,
                 marks=pytest.mark.xfail(strict=True, reason="a part of a count of deaths is not counted: it lowered "
                                         "dedup killed-exact on validation twice (test_police_actions.py)")),
    ("Police firing near the mill brought about the death of nine weavers.", 9),  # the harm, not the marching
])
def test_deaths_counted_through_the_death_noun(nlp, text: str, best: int) -> None:
    found = [(kind, b) for kind, _, b, *_ in _found(nlp, text)]
    assert ("killed", best) in found and not [k for k, _ in found if k == "participants"], found


def test_a_wounding_verb_with_to_death_kills(nlp) -> None:
    """"shot ... to death" around its object is a killing: "to death" on the verb makes it one."""
    assert _found(nlp, "Gunmen shot three villagers to death on Sunday.") == [("killed", 3, 3, 3, None, "villagers")]


@pytest.mark.parametrize(("text", "best", "victims"), [
    ("Rioters beat two shopkeepers to death near the bus depot.", 2, "shopkeepers"),
    ("Four herders were hacked to death in an overnight raid.", 4, "herders"),
    ("A crowd stoned two suspected thieves to death on Monday.", 2, "suspected thieves"),
])
def test_a_harm_verb_with_to_death_kills(nlp, text: str, best: int, victims: str) -> None:
    """A verb of bodily harm ("beat", "hack", "stone": count_terms.tsv harm) with "to death"
    kills its object or passive subject, though the verb alone counts no one."""
    [(kind, _, found, _, _, who)] = _found(nlp, text)
    assert (kind, found, who) == ("killed", best, victims)


def test_a_harm_verb_alone_counts_no_one(nlp) -> None:
    assert _found(nlp, "The visitors beat the home side by two goals.") == []


@pytest.mark.parametrize("text", [
    "The magistrate sent the four porters to jail for a fortnight.",
    "The court in Rawalpindi sent eleven rioters to jail till Monday.",
])
def test_a_cue_word_as_the_place_one_is_sent_to_is_no_predicate(nlp, text: str) -> None:
    """ "to jail" after a number phrase is where a court sends people (a remand), not an arrest verb."""
    assert [c for c in _found(nlp, text) if c[0] == "arrested"] == []


def test_seed_counts(nlp, seed_path) -> None:
    """The seed's three count items: arrests, agents killed, protester casualties."""
    text = seed_path.read_text("utf-8")
    doc = nlp(text)
    counts = [c for s in doc.sents for c in find_counts(s)]
    by_text = {(c.kind, c.text): c for c in counts}
    arrested = by_text[("arrested", "almost 2,300")]
    assert (arrested.best, arrested.high, arrested.qualifier) == (2300, 2300, "almost")
    agents = by_text[("killed", "18")]
    assert agents.best == 18 and agents.victims is not None and agents.victims.text == "agents"
    victims = by_text[("killed", "dozens")]
    assert (victims.low, victims.high) == (24, 99) and victims.victims.text == "protesters"
    injured = by_text[("injured", "hundreds")]
    assert (injured.low, injured.high) == (200, 999) and injured.victims.text == "protesters"
    assert all(c.text not in {"thirty", "20%", "60%"} for c in counts)


#: killed counts with no number: (sentence, [(low, best, high, victims)])
IMPLIED_CASES = [
    # a wounding verb: an injured count ("shot" alone is hit by gunfire; "shot dead" a death)
    ("A courier was shot in the arm near the station.", [("injured", 1, 1, 1, "courier")]),
    ("Rioters wounded a constable with stones.", [("injured", 1, 1, 1, "constable")]),
    # a death adjective or noun said of a person
    ("A watchmaker is dead after the blast on the quay.", [(1, 1, 1, "watchmaker")]),
    ("The raid left a young herder dead near the well.", [(1, 1, 1, "young herder")]),
    ("Villagers mourned the death of a ferry pilot.", [(1, 1, 1, "ferry pilot")]),
    ("The clerk was not dead when medics came.", []),
    ("The guards shot dead an intruder at the gate.", [(1, 1, 1, "intruder")]),
    ("Soldiers killed a shepherd and his son near the river.", [(2, 2, 2, "a shepherd and his son")]),
    ("Gunmen killed villagers in the night.", [(None, None, None, "villagers")]),
    ("A driver was gunned down outside the market.", [(1, 1, 1, "driver")]),
    ("An elderly farmer died in the stampede.", [(1, 1, 1, "elderly farmer")]),
    ("The porter succumbed to his wounds on Tuesday.", [(1, 1, 1, "porter")]),
    ("Nine miners perished in the flood.", []),  # numbered: find_counts has it
    ("No one died in the blast.", []),
    ("The army did not kill the hostages.", []),  # negated
    ("It died out last year.", []),  # no person
    ("\"They shot me in the leg,\" the neighbour said.", []),  # a speaker's words: no victim counted
    ("\"I was badly wounded,\" a porter told reporters.", []),
    # "fatally" makes a wounding verb a killing one
    ("A cashier was fatally shot during the hold-up.", [(1, 1, 1, "cashier")]),
    # "another" is one more person
    ("The gunman wounded two guards and killed another.", [(1, 1, 1, "another")]),
    # a victim told apart from the dead is someone else, even under a death verb or in a
    # sentence that tells of a death
    ("One cook died and another was wounded when shots hit the diner.", [("injured", 1, 1, 1, "another")]),
    ("A porter was killed at the gate and another porter was hurt.",
     [(1, 1, 1, "porter"), ("injured", 1, 1, 1, "another porter")]),
    ("One clerk is dead and another clerk was rushed to a clinic.", [("injured", 1, 1, 1, "another clerk")]),
    # one event said to be deadly: at least one killed, and no victim named
    ("Detectives are investigating a fatal stabbing near the pier.", [(1, 1, None, None)]),
    ("Deadly clashes broke out in the port.", []),  # plural: how many is not said
    ("Detectives are looking into a non-fatal stabbing near the marina.", []),  # "non-" negates it
    # a multiplying adjective on one killing: as many dead as it says
    ("Detectives are investigating a double murder on Elm Street.", [(2, 2, 2, None)]),
    ("The triple killing shocked the valley; three herders were shot dead.", []),  # numbered: find_counts has it
    ("Three people died in the deadly crash.", []),  # numbered: find_counts has it
    # a death adjective of a passive verb, or of a conjunct that shares the subject
    ("A porter was found dead behind the depot.", [(1, 1, 1, "porter")]),
    ("A cyclist was struck by a bullet and was pronounced dead at the clinic.", [(1, 1, 1, "cyclist")]),
    # an age used as a noun is one person
    ("A 19-year-old was fatally stabbed outside a kebab shop.", [(1, 1, 1, "19-year-old")]),
    ("Doctors said a 3-month-old was wounded by flying glass.", [("injured", 1, 1, 1, "3-month-old")]),
    # one brought to a place of care is hurt, unless the sentence tells of a death
    ("A jogger was struck by a stray round and taken to a clinic.", [("injured", 1, 1, 1, "jogger")]),
    ("Medics rushed the cashier to an infirmary.", [("injured", 1, 1, 1, "cashier")]),
    ("The guard was rushed to a clinic, where he died.", [(1, 1, 1, "he")]),  # dead, not hurt
    ("The band was taken to the venue by bus.", []),
    # a participle complement takes the object or passive subject of its verb
    ("A cab driver was found stabbed in his car.", [("injured", 1, 1, 1, "cab driver")]),
    # a death verb in a conjunct shares the subject; the dead are not counted injured too
    ("The night porter was stabbed twice and died in the ambulance.", [(1, 1, 1, "night porter")]),
    ("The hunter shot himself in the leg and later died of blood loss.", [(1, 1, 1, "hunter")]),
    # every victim of a list of three or more is counted, however the parse chains them
    ("The sniper killed a ranger, a porter and a cook near the lodge.", [(3, 3, 3, "a ranger, a porter and a cook")]),
    # a reduced passive, and a conjunct of one
    ("Police identified a man shot and killed outside a depot on Friday.", [(1, 1, 1, "man")]),
    # a relative clause counts the noun its pronoun stands for
    ("Neighbours said a grocer who was fatally shot last week had no enemies.", [(1, 1, 1, "grocer")]),
    ("The agency named a boy who was wounded by the bomb.", [("injured", 1, 1, 1, "boy")]),
    # "pronounced" and "declared" stand between a victim and "dead"
    ("A jogger was later declared dead by the clinic staff.", [(1, 1, 1, "jogger")]),
    # a wound or a patient's condition said of a person: injured
    ("Medics found a courier suffering from a stab wound behind the depot.", [("injured", 1, 1, 1, "courier")]),
    ("A lifeguard sustained minor injuries in the scuffle.", [("injured", 1, 1, 1, "lifeguard")]),
    ("Deputies found the locksmith with a gunshot wound to the hip.", [("injured", 1, 1, 1, "locksmith")]),
    ("The ferryman is in stable condition at the clinic.", [("injured", 1, 1, 1, "ferryman")]),
    ("No one suffered injuries in the scuffle.", []),
    ("The ferryman died of his wounds on Monday.", [(1, 1, 1, "ferryman")]),  # a death, not a wound
    # a participle complement of "leave"
    ("The volley left a locksmith badly wounded.", [("injured", 1, 1, 1, "locksmith")]),
    # a wounding verb under a death verb tells how the dead one died
    ("A 15-year-old died after she was stabbed near the canal.", [(1, 1, 1, "15-year-old")]),
    # "to death" on a wounding verb
    ("A trapper accidentally shot himself to death near the creek.", [(1, 1, 1, "trapper")]),
    # a death said of its owner, a life a shooting claimed, a death verb of two words
    ("Investigators called the locksmith's death a tragic accident.", [(1, 1, 1, "locksmith")]),
    ("The ambush claimed the life of a young ranger.", [(1, 1, 1, "young ranger")]),
    ("The jockey passed away at the clinic on Monday.", [(1, 1, 1, "jockey")]),
    ("Relatives spoke of the killing of a tram driver.", [(1, 1, 1, "tram driver")]),
    # "mortally" makes a wounding verb a killing one; a fatal wound kills, a non-fatal one hurts
    ("The robber fired twice, mortally wounding a cashier.", [(1, 1, 1, "cashier")]),
    ("Medics found a courier suffering from fatal stab wounds.", [(1, 1, 1, "courier")]),
    ("Medics found a courier suffering from non-fatal stab wounds.", [("injured", 1, 1, 1, "courier")]),
    ("The ranger took a walk in the park.", []),  # "life" only as a life_verb's object; no death here
    # a life_noun is a death only as a life_verb's object; "double" on it is no double killing
    ("The smuggler led a double life for a decade.", []),
    ("The reform changed the life of a farmer.", []),
    # a killing that did not happen, or only on a condition
    ("The blast would have killed a guard at the gate.", []),
    ("If the sniper shoots a hostage, the talks will end.", []),
]


@pytest.mark.parametrize(("text", "expected"), IMPLIED_CASES)
def test_implied_counts(nlp, text: str, expected: list[tuple]) -> None:
    doc = nlp(text)
    out = []
    for sent in doc.sents:
        for c in implied_counts(sent, numbered=find_counts(sent)):
            assert doc.text[c.start : c.end] == c.text
            out.append((c.low, c.best, c.high, c.victims.text if c.victims else None) if c.kind == "killed"
                       else (c.kind, c.low, c.best, c.high, c.victims.text if c.victims else None))
    assert out == expected


def test_a_deadly_word_parsed_after_its_noun_gives_no_count_and_no_crash(hand_doc) -> None:
    """The tagger may hang an adjective on a noun before it ("the attack deadly ..."): no event is
    said to be deadly there, and nothing breaks."""
    doc = hand_doc("""
        0 the    1 det   DET  DT  the
        1 attack 2 nsubj NOUN NN  attack
        2 was    2 ROOT  AUX  VBD be
        3 deadly 1 amod  ADJ  JJ  deadly
        4 .      2 punct PUNCT . .
    """)
    assert implied_counts(doc[0:5]) == ()


def test_a_headline_participle_tagged_as_a_past_on_its_noun_is_a_reduced_passive(hand_doc) -> None:
    """A headline drops the passive's auxiliary: "[farmhand] killed in mishap", the participle
    tagged as a past and hung on the noun, tells that the farmhand was killed; in body text such
    a past on a noun is left alone."""
    doc = hand_doc("""
        0 farmhand 0 ROOT  NOUN NN  farmhand
        1 killed   0 acl   VERB VBD kill
        2 in       1 prep  ADP  IN  in
        3 mishap   2 pobj  NOUN NN  mishap
    """)
    assert [(c.kind, c.best, c.text) for c in implied_counts(doc[0:4], headline=True)] == [("killed", 1, "farmhand")]
    assert implied_counts(doc[0:4]) == ()


def test_a_participle_with_a_subject_and_no_auxiliary_is_a_reduced_passive_anywhere(hand_doc) -> None:
    """The parse may read a noun and its reduced passive as a small clause: "deputies named [the
    courier] shot dead", the participle with the noun as its subject and no auxiliary, tells that
    the courier was killed, in body text too; with an auxiliary ("had shot") it is active."""
    doc = hand_doc("""
        0 deputies 1 nsubj NOUN NNS deputy
        1 named    1 ROOT  VERB VBD name
        2 the      3 det   DET  DT  the
        3 courier  4 nsubj NOUN NN  courier
        4 shot     1 ccomp VERB VBN shoot
        5 dead     4 oprd  ADJ  JJ  dead
    """)
    assert [(c.kind, c.best, c.text) for c in implied_counts(doc[0:6])] == [("killed", 1, "courier")]
    doc = hand_doc("""
        0 deputies 1 nsubj NOUN NNS deputy
        1 said     1 ROOT  VERB VBD say
        2 the      3 det   DET  DT  the
        3 courier  5 nsubj NOUN NN  courier
        4 had      5 aux   AUX  VBD have
        5 shot     1 ccomp VERB VBN shoot
        6 dead     5 oprd  ADJ  JJ  dead
    """)
    assert implied_counts(doc[0:7]) == ()


def test_a_past_that_is_itself_a_subject_is_a_reduced_passive(hand_doc) -> None:
    """"[The cyclist] shot in the arm was taken to a clinic": the parse makes "shot" the subject of
    "taken", with the cyclist as its own subject; the cyclist was hurt."""
    doc = hand_doc("""
        0 the     1 det       DET  DT  the
        1 cyclist 2 nsubj     NOUN NN  cyclist
        2 shot    7 nsubjpass VERB VBD shoot
        3 in      2 prep      ADP  IN  in
        4 the     5 det       DET  DT  the
        5 arm     3 pobj      NOUN NN  arm
        6 was     7 auxpass   AUX  VBD be
        7 taken   7 ROOT      VERB VBN take
    """)
    assert [(c.kind, c.best, c.text) for c in implied_counts(doc[0:8])] == [("injured", 1, "cyclist")]


def test_a_participle_hung_on_the_wrong_word_counts_the_noun_before_it(hand_doc) -> None:
    """"The council is suing the owner of [a dog] shot and killed by a ranger": the parse hangs
    "shot" on "suing" as a clause with no subject; the noun right before it (an adverb may come
    between) is its victim.  Not when the participle has an object of its own ("the driver shot a
    ranger") or the noun before it is its argument."""
    doc = hand_doc("""
        0 they     1 nsubj NOUN NNS they
        1 charged  1 ROOT  VERB VBD charge
        2 the      3 det   DET  DT  the
        3 owner    1 dobj  NOUN NN  owner
        4 of       3 prep  ADP  IN  of
        5 a        6 det   DET  DT  a
        6 courier  4 pobj  NOUN NN  courier
        7 fatally  8 advmod ADV RB  fatally
        8 shot     1 ccomp VERB VBD shoot
    """)
    assert [(c.kind, c.best, c.text) for c in implied_counts(doc[0:9])] == [("killed", 1, "courier")]
    doc = hand_doc("""
        0 they     1 nsubj NOUN NNS they
        1 charged  1 ROOT  VERB VBD charge
        2 the      3 det   DET  DT  the
        3 owner    1 dobj  NOUN NN  owner
        4 of       3 prep  ADP  IN  of
        5 a        6 det   DET  DT  a
        6 courier  4 pobj  NOUN NN  courier
        7 shot     1 ccomp VERB VBD shoot
        8 a        9 det   DET  DT  a
        9 ranger   7 dobj  NOUN NN  ranger
    """)
    assert [(c.kind, c.text) for c in implied_counts(doc[0:10])] == [("injured", "ranger")]


def test_a_headline_list_of_participles_shares_its_subject(hand_doc) -> None:
    """A headline drops the "and" of "[cashier] stabbed, killed": the participle after the comma
    has the subject of the one before it."""
    doc = hand_doc("""
        0 cashier 1 nsubj NOUN  NN  cashier
        1 stabbed 1 ROOT  VERB  VBD stab
        2 ,       1 punct PUNCT ,   ,
        3 killed  1 advcl VERB  VBN kill
        4 during  3 prep  ADP   IN  during
        5 robbery 4 pobj  NOUN  NN  robbery
    """)
    assert [(c.kind, c.best, c.text) for c in implied_counts(doc[0:6], headline=True)] == [("killed", 1, "cashier")]


@pytest.mark.parametrize("text", [
    "The gunman shot 20 rounds into the crowded hall.",
    "Officers shot 14 bullets at the fleeing car.",
])
def test_rounds_and_shots_are_no_victims(nlp, text: str) -> None:
    assert [c for sent in nlp(text).sents for c in find_counts(sent)] == []


@pytest.mark.parametrize("text", [
    "Police said a 31 y/o driver and his 52 y/o passenger died at a gas station.",
    "A 19 yo cyclist was hurt near the skate park.",
    "Officers said the 7-y/o boy was hurt when the car crashed.",
])
def test_an_age_written_short_is_no_head_count(nlp, text: str) -> None:
    """"43 y/o": an age abbreviated (class age_abbrev), not the number of people hit."""
    assert [c.best for sent in nlp(text).sents for c in find_counts(sent) if c.best not in (None, 1, 2)] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Then he shot two more times, wounding the cashier.", []),
    ("A girl younger than 9 was hurt by a stray round on Tuesday.", []),
    ("Three cousins between ages 14 and 17 were wounded near the rink.", [("injured", 3)]),
    ("Two brothers aged 22 and 25 were hurt outside the tavern.", [("injured", 2)]),
])
def test_an_age_or_a_number_of_times_is_no_head_count(nlp, text: str, expected: list[tuple]) -> None:
    """"shot three times" (class frequency_noun), "aged 19 and 20", "between ages 12 and 16" (class
    age_word), "younger than 12" (class age_comparative): no number of people."""
    assert [(c.kind, c.best) for sent in nlp(text).sents for c in find_counts(sent) if c.best != 1 or c.kind == "killed"] \
        == expected


@pytest.mark.parametrize("text", [
    "Photo 5 of 12 Two men were wounded near the depot on Friday.",
    "Crash on ring road leaves cyclist hurt 3 / 9 next slide",
])
def test_a_picture_s_place_in_a_series_is_no_head_count(nlp, text: str) -> None:
    """"Image 4 of 17", "1 / 6": a picture numbered among others (class media_noun), not people."""
    assert [c.best for sent in nlp(text).sents for c in find_counts(sent) if c.best not in (None, 1, 2)] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("One of the three later died in hospital.", [("killed", 1)]),
    ("Deputies said two of the seven guests died on Sunday.", [("killed", 2)]),
    ("All of the three hikers were killed.", [("killed", 3)]),  # all of them: the whole is the part
    ("She was one of eight who were wounded at the fair.", [("injured", 1), ("injured", 8)]),  # the whole's own verb
])
def test_the_whole_a_numbered_part_is_taken_from_is_not_counted(nlp, text: str, expected: list[tuple]) -> None:
    """"one of [the four] died": the verb tells of the one; the four are the group it belongs to."""
    assert [(c.kind, c.best) for sent in nlp(text).sents for c in find_counts(sent)] == expected


def test_how_many_of_the_wounded_died_whatever_the_parse_calls_the_number(hand_doc) -> None:
    """"Four men were shot, [one] fatally": the parse may hang the number on the verb as a bare
    dependent; it still says how many of the shot died."""
    doc = hand_doc("""
        0 four    1 nummod    NUM   CD  four
        1 men     3 nsubjpass NOUN  NNS man
        2 were    3 auxpass   AUX   VBD be
        3 shot    3 ROOT      VERB  VBN shoot
        4 ,       3 punct     PUNCT ,   ,
        5 one     3 dep       NUM   CD  one
        6 fatally 5 advmod    ADV   RB  fatally
        7 .       3 punct     PUNCT .   .
    """)
    assert sorted((c.kind, c.best) for c in find_counts(doc[0:8])) == [("injured", 3), ("killed", 1)]


def test_how_many_of_the_wounded_died_when_the_parse_hangs_the_number_on_the_comma(hand_doc) -> None:
    """"Six cooks were shot, [two of them] fatally, ...": the parse may hang the number on the
    comma before it; the nearest verb before the comma is the one it speaks of."""
    doc = hand_doc("""
        0 six     1 nummod    NUM   CD  six
        1 cooks   3 nsubjpass NOUN  NNS cook
        2 were    3 auxpass   AUX   VBD be
        3 shot    3 ROOT      VERB  VBN shoot
        4 ,       3 punct     PUNCT ,   ,
        5 two     4 prep      NUM   CD  two
        6 of      5 prep      ADP   IN  of
        7 them    6 pobj      PRON  PRP they
        8 fatally 5 advmod    ADV   RB  fatally
        9 .       3 punct     PUNCT .   .
    """)
    assert sorted((c.kind, c.best) for c in find_counts(doc[0:10])) == [("injured", 4), ("killed", 2)]


@pytest.mark.parametrize(("text", "expected"), [
    # a number of attacks is no number of people hit
    ("Four stabbings overnight left three porters dead.", [("killed", 3)]),
    ("Two blasts killed nine pilgrims near the shrine.", [("killed", 9)]),
    # nor is a number of protests a number of people taking part
    ("Market traders held four sit-ins outside the council offices last month.", []),
    ("Bus drivers staged two strikes over unpaid overtime.", []),
    ("Nurses took part in two rallies for safer staffing.", []),
])
def test_a_number_of_events_counts_no_one(nlp, text: str, expected: list[tuple[str, int]]) -> None:
    sent = next(nlp(text).sents)
    assert [(c.kind, c.best) for c in find_counts(sent)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a death told of a part of the victims: the part is dead, the rest hurt
    ("Deputies found three victims at the farm, one of whom died.", [("injured", 2), ("killed", 1)]),
    ("Nurses cared for six victims, two of whom later died.", [("injured", 4), ("killed", 2)]),
    ("Three victims died at the farm.", [("killed", 3)]),
])
def test_victims_of_whom_some_died(nlp, text: str, expected: list[tuple[str, int]]) -> None:
    sent = next(nlp(text).sents)
    assert sorted((c.kind, c.best) for c in find_counts(sent)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a lone number after "of" and one person's noun is that person's age, not a head count
    ("A boy of 14 was shot dead near the depot.", []),
    ("Deputies said a grandmother of 71 was wounded in the crossfire.", []),
    # a group's "of" counts its members
    ("A family of six was wounded when the van was fired on.", [("injured", 6)]),
    ("A crowd of 300 marched to the courthouse.", [("participants", 300)]),
])
def test_a_number_after_of_and_one_person_is_an_age(nlp, text: str, expected: list[tuple[str, int]]) -> None:
    sent = next(nlp(text).sents)
    persons = frozenset({"boy", "grandmother", "family", "crowd"})
    assert sorted((c.kind, c.best) for c in find_counts(sent, persons=persons) if c.best is not None) == expected


@pytest.mark.parametrize(("text", "best"), [
    # a single person named with "the" in a numbered coordination is one more
    ("Two tellers and the guard were wounded when robbers opened fire.", 3),
    ("Four passengers and the pilot were killed when militants fired on the plane.", 5),
])
def test_one_named_with_the_in_a_numbered_list_counts(events_of, text: str, best: int) -> None:
    assert max(c.best for e in events_of(text) for c in e.counts) == best


@pytest.mark.parametrize(("text", "kind", "best"), [
    ("Bandits shot dead a family of six on the highway near the border.", "killed", 6),
    ("The roadside bomb wounded a patrol crew of three.", "injured", 3),
    ("Police detained a gang of nine suspected smugglers at the port.", "arrested", 9),
])
def test_a_group_numbered_by_of_takes_its_verb(nlp, text: str, kind: str, best: int) -> None:
    """What is done to a group its "of" numbers (class ``collective_noun``: "a family of six")
    is done to that many: the number is tied through the group's verb."""
    assert (kind, best) in [(k, b) for k, _, b, *_ in _found(nlp, text)]


def test_a_person_of_an_age_is_no_group(nlp) -> None:
    """A person noun with "of" and a number gives an age, not a group: "a widow of 70" is not 70 killed."""
    assert _found(nlp, "Robbers killed a widow of 70 in her shop.") == []


@pytest.mark.parametrize("text", [
    "Deputies found five gunshot victims in the yard, and Luis Ortega and Dana Webb died there.",
    "Medics treated three victims; Carla Mendes later died in surgery.",
])
def test_victims_beside_named_dead_are_the_hit(nlp, text: str) -> None:
    """Victims counted beside deaths told of people by name are the hit, the named a part of them:
    the number counts no dead."""
    kinds = [k for k, *_ in _found(nlp, text)]
    assert "killed" not in kinds and "injured" in kinds, kinds


def test_victims_of_a_named_killer_are_the_dead(nlp) -> None:
    """A name that kills is no part of the victims: "[two] victims" of "Johnson shot and killed
    them" are the dead."""
    kinds = [k for k, *_ in _found(nlp, "Deputies found two victims in the barn after Ray Dunn shot and killed them.")]
    assert "injured" not in kinds, kinds
