"""No political event from a text about a known event or a disaster (issue 10): who answers for
an attack, a group boasting of it, an accident cause that rules an attack out, a
fire or a quake that razed homes, a wild animal's attack; and the written check set made before
these rules (``src/seismo/data/check/nonacled_written6.jsonl``, scored by ``scripts/written_scope.py``).

Sentences written for these tests, in news style."""

from __future__ import annotations

from pathlib import Path

import pytest

CHECK = Path(__file__).resolve().parents[3] / "src/seismo/data/check"
NONACLED6 = CHECK / "nonacled_written6.jsonl"
NONACLED7 = CHECK / "nonacled_written7.jsonl"
NONACLED8 = CHECK / "nonacled_written8.jsonl"


def _event(events, trigger: str):
    found = [e for e in events if trigger.lower() in e.trigger.text.lower()]
    assert found, (trigger, events.brief())
    return found[0]


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    # a group boasting of a known deed
    ("The faction boasted of the ambush on the convoy in a video posted online.", "ambush", "historical"),
    # the doer of a known attack, named as the one behind it
    ("Detectives now believe a lone gunman was behind last month's shooting at the depot.", "gunman", "historical"),
    # a participle describing people shares the time of the clause they are in
    ("Thirty years ago, soldiers fired on striking workers at the mine gates.", "striking", "historical"),
    # still the news
    ("Police fired tear gas at striking nurses outside the ministry on Monday.", "striking", "asserted"),
    ("A gunman opened fire at a bus stop on Tuesday, wounding four people.", "gunman", "asserted"),
    ("Militants linked to the rebel movement ambushed a patrol on Monday.", "ambushed", "asserted"),
    # a new killing told through those it left, or through an accusation, is still the news
    ("Crowds in the port mourned the nine fishermen killed in a naval shelling on Tuesday.", "killed", "asserted"),
    ("Villagers accused the troops of killing eleven herders near the wells on Monday.", "killing", "asserted"),
    # a proceeding names the act it is over: the act is known, the proceeding is the news
    ("A grand jury indicted three men over the shooting at the fuel depot.", "shooting", "historical"),
    ("Eleven dockers were charged over the riot at the port gates last month.", "riot", "historical"),
    ("Two brothers were found guilty of the bombing of a ferry terminal in the delta.", "bombing", "historical"),
    ("A military court convicted two officers of the killing of a trader in the market.", "killing", "historical"),
    ("The former mayor was jailed for organising the assault on the radio station.", "assault", "historical"),
    ("A magistrate freed the lorry driver held as a suspect in last year's toll-gate bombing.", "bombing", "historical"),
    # a verdict names a known act, whatever its article or form; so does a charge a definite one, and
    # an act that only gives the known one's time is known too
    ("A court convicted three men of an attack on a police post in the delta.", "attack", "historical"),
    ("A judge sentenced two brothers to ten years for bombing a bus depot in the north.", "bombing", "historical"),
    ("Five soldiers went on trial on Monday for the massacre of villagers during an offensive in 2021.",
     "massacre", "historical"),
    ("The appeals court upheld the conviction of a captain for the killing of a student during a protest in March.",
     "protest", "historical"),
    ("Prosecutors charged the men over the killing of a trader during a protest last week.", "protest", "historical"),
    ("A judge sentenced two brothers to death for killing a guard at the border post.", "killing", "historical"),
    ("A court indicted forty supporters of the party for storming a general's house during the riots.",
     "riots", "historical"),
    ("Police identified the men who ambushed a fuel convoy near the border last week.", "ambushed", "historical"),
    ("The court convicted eight men of rioting during last year's protests.", "protests", "historical"),
    ("Militants carried out Thursday's ambush on an army truck, the police chief said.", "ambush", "historical"),
    ("Prosecutors linked the murder of a council candidate two weeks ago to a local gang.", "murder", "historical"),
    ("The clashes were linked to a land dispute, police said.", "clashes", "asserted"),
    ("The government tied the lifting of the curfew to an end to the riots.", "lifting", "asserted"),
    # still the news: what a verdict or charge is timed against, a fresh event, an accusation, new
    # attacks claimed, the doers' act told on, a participle misread as the main verb
    ("A court sentenced the opposition leader to two years in prison amid protests by his supporters.",
     "protests", "asserted"),
    ("Police charged forty people over the looting during fresh clashes in the port town late on Tuesday.",
     "clashes", "asserted"),
    ("Police said the youths were guilty of setting fire to a bus outside the depot.", "setting fire", "asserted"),
    ("The military blamed the rebels for carrying out raids on five villages overnight.", "raids", "asserted"),
    ("Police blamed the insurgents for having carried out an attack on a checkpoint on Monday.", "attack", "asserted"),
    ("The gunmen who raided the village on Monday are members of a bandit group and kidnapped forty people.",
     "kidnapped", "asserted"),
    ("Gunmen linked to a drug cartel shot dead four police officers in the provincial capital on Tuesday.",
     "gunmen", "asserted"),
    ("Police have identified the attacker who stabbed a shopkeeper in the old town, and have charged the man with murder.",
     "stabbed", "historical"),
    # still the news: doers no one has named yet, a march staged on its day, a loose "part of"
    ("Detectives are still hoping to identify the gunmen who shot dead six men at a cafe late on Friday.",
     "gunmen", "asserted"),
    ("The men who attacked a police station in the district have not been identified.",
     "attacked", "asserted"),
    ("Tens of thousands staged Sunday's march through the capital to demand fresh elections.", "march", "asserted"),
    ("The youths who looted the depot were part of a crowd of several hundred.", "looted", "asserted"),
    # still the news: a bare act charged, an event that gives the time of the news
    ("Police charged twenty protesters with rioting during a march on Monday.", "march", "asserted"),
    ("Police arrested forty people during the riots on Friday.", "riots", "asserted"),
    # who answers for a known act
    ("The governor said an armed faction was responsible for the raid on the army post.", "raid", "historical"),
    # a commemoration names a known act, whatever participle tells that it happened
    ("Survivors marked the anniversary of the revolt put down by the garrison in 1956.", "revolt", "historical"),
    # still the news: an indefinite act, an act done in the same breath as the arrest
    ("The minister said a separatist cell was responsible for an ambush on a patrol on Sunday.", "ambush", "asserted"),
    ("Police detained forty students for marching on the ministry on Thursday.", "marching", "asserted"),
    ("A number of demonstrators were held by police outside the court on Friday.", "demonstrators", "asserted"),
    # a bare noun under a proceeding may be the news itself
    ("Police held eighty youths on Sunday and charged them with rioting.", "rioting", "asserted"),
    # the verb told against an event by "during" neither plans nor denies it
    ("Youths set fire to a bus during Friday's riots at the port.", "riots", "asserted"),
    ("The police chief denied beating students during the sit-in at the campus.", "sit-in", "asserted"),
    # the main clause says who the doers of an act told in a relative clause are: the act is known
    ("Officials said the militants who ambushed an army patrol near the border in March belonged to a splinter faction.",
     "ambushed", "historical"),
    ("The government tied the fighters who seized the town last month to an armed group based abroad.", "seized", "historical"),
    ("The men who raided the village were members of a banned militia, the army said.", "raided", "historical"),
    ("Investigators identified the gunmen who attacked a police post on Saturday as members of a local gang.",
     "gunmen", "historical"),
    # still the news: the doers hunted, the doers doing more, an event noun linked to a cause
    ("Police are hunting the gunmen who attacked a police post on Saturday.", "gunmen", "asserted"),
    ("The rebels who overran the garrison on Monday executed six soldiers, survivors said.", "executed", "asserted"),
    ("Two people died in clashes linked to the disputed vote.", "clashes", "asserted"),
    # a verb that takes the event as its object still does
    ("The police chief denied that officers had beaten students at the campus.", "beaten", "negated"),
])
def test_known_events_are_not_news(events_of, text: str, trigger: str, expected: str) -> None:
    assert _event(events_of(text), trigger).modality == expected


def test_a_vow_to_hold_attackers_accountable_keeps_the_attack(events_of) -> None:
    """"Accountable" is said of new attacks as often as of known ones: no answer-for-it reading."""
    events = events_of("Gunmen killed twelve farmers on Tuesday, and the governor vowed to hold the attackers accountable.")
    assert any(e.acled_event_type == "Violence against civilians" for e in events), events.brief()


@pytest.mark.parametrize("text", [
    "The wildfires razed hundreds of homes in the hills above the resort town.",
    "The earthquake demolished the old cathedral and much of the market square.",
])
def test_a_disaster_that_razed_homes_is_no_destruction(events_of, text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "COERCE"], events_of(text).brief()


def test_people_who_razed_homes_still_destroyed_them(events_of) -> None:
    events = events_of("Militiamen razed the homes of the displaced families on Friday.")
    assert any(e.type == "COERCE" and e.mode == "destroy" for e in events), events.brief()


@pytest.mark.parametrize(("text", "expected"), [
    # an event made from a count of people an event noun is "of" is framed by that noun
    ("The rebel group said it was behind the deaths of three border guards last week.", {"historical"}),
    # a denial of a part in deaths leaves them known, not news (base: asserted)
    ("The militia denied involvement in the deaths of eleven miners near the pit.", {"historical", "negated"}),
    ("Saturday's shelling of the market ended with the deaths of five traders.", {"asserted"}),
])
def test_a_count_born_event_is_framed_by_its_death_noun(events_of, text: str, expected: set[str]) -> None:
    deaths = [e for e in events_of(text) if e.type == "ASSAULT" and any(c.kind == "killed" for c in e.counts)]
    assert deaths and deaths[0].modality in expected, events_of(text).brief()


@pytest.mark.parametrize("text", [
    "The inquiry found the blast at the grain silo was caused by negligence and not by an attack.",
    "Officials said the explosion at the paint factory was caused by a gas leak, not a bomb.",
    "Firefighters said the explosion at the chemical plant was not caused by a bomb.",
])
def test_an_attack_ruled_out_leaves_the_accident(events_of, text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "ASSAULT" and e.modality == "asserted"], events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Police said a gas leak may have caused the explosion at the depot, though a bomb has not been ruled out.",
    "Firefighters said the explosion at the chemical plant was caused by a bomb.",
    "Investigators said the blast at the bus depot was caused by a bomb, not a gas leak.",
])
def test_an_attack_not_ruled_out_keeps_the_blast(events_of, text: str) -> None:
    assert [e for e in events_of(text) if e.type == "ASSAULT" and e.modality != "negated"], events_of(text).brief()


@pytest.mark.parametrize("text", [
    "A tiger killed a woman gathering firewood at the edge of the reserve.",
    "A leopard attack left a herdsman with deep wounds to his arms.",
    "A crocodile attacked a boy fetching water from the river on Saturday.",
])
def test_a_wild_animal_attack_is_no_violence(events_of, text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "ASSAULT" and e.modality == "asserted"], events_of(text).brief()


def test_an_attack_near_wildlife_still_codes(events_of) -> None:
    events = events_of("Gunmen attacked a ranger post near the tiger reserve, killing two guards.")
    assert [e for e in events if e.type == "ASSAULT" and e.modality == "asserted"], events.brief()


# ----------------------------------------------------------------------------- nonacled_written6 and 7

@pytest.mark.parametrize(("path", "size", "political", "prefix"), [
    (NONACLED6, 60, 12, "p6-"), (NONACLED7, 160, 40, "p7-"), (NONACLED8, 160, 40, "p8-")])
def test_nonacled_sets_are_well_formed(written_script, path: Path, size: int, political: int, prefix: str):
    script = written_script("written_scope")
    rows = script.read(path)
    assert len(rows) == size and len({r["id"] for r in rows}) == len(rows)
    assert sum(not r["political"] for r in rows) == size - political and sum(r["political"] for r in rows) == political
    assert all(r["political"] == r["id"].startswith(prefix) for r in rows)
    assert all(r.get("acled") for r in rows if r["political"])
    assert {script.half_of(r["id"]) for r in rows} == {"A", "B"}


@pytest.mark.parametrize(("path", "nonpolitical", "political", "top", "coded", "recall"), [
    # nonacled_written6: 1 of 26 top events an ACLED one before and after (a count of protests in a report)
    (NONACLED6, 26, 7, 1, 1, 5),
    # nonacled_written7 (written blind, its misses read after the first scoring): 13 of 59 before
    # branch given20, 12 after, 10 after branch doers21 (session 19)
    (NONACLED7, 59, 16, 10, 8, 11),
    # nonacled_written8 (written blind in session 19): 11 of 66 before branch doers21, 6 after
    (NONACLED8, 66, 21, 6, 6, 17),
])
def test_nonacled_half_a_keeps_the_figures_reached(written_script, pipeline, path: Path, nonpolitical: int,
                                                   political: int, top: int, coded: int, recall: int):
    """Half A: non-political texts whose top event is an ACLED one, the CASE way (``top``) and
    those coded political (``coded``), at most; ACLED texts coded (``recall``), at least."""
    script = written_script("written_scope")
    figures, _ = script.score(script.read(path, half="A"), pipeline)
    assert figures.nonpolitical == nonpolitical and figures.political == political
    assert figures.nonpolitical_top <= top
    assert figures.nonpolitical_coded <= coded
    assert figures.political_coded >= recall
