"""The event coder, sentence by sentence: types and modes, roles, ACLED, modality, counts, claims.

Every sentence here was written for these tests.  Each table is one concern; a case names the
event it expects by type (and trigger word where a sentence holds several events).
"""

from __future__ import annotations

import pytest

import seismo
from seismo.model import Event

pytestmark = pytest.mark.model


def _events(pipeline, text: str) -> tuple[Event, ...]:
    result = pipeline.run(seismo.make_article(text, date="2022-01-07"))
    assert not [w for w in result.warnings if w.startswith("events")], result.warnings
    return result.events


def _find(events: tuple[Event, ...], type_: str, trigger: str | None = None) -> Event | None:
    for e in events:
        if e.type == type_ and (trigger is None or trigger.lower() in e.trigger.text.lower()):
            return e
    return None


# ------------------------------------------------------------------ type and mode

TYPE_CASES = [
    # PROTEST
    ("Thousands of teachers marched through the capital demanding higher pay.", "PROTEST", "demo"),
    ("Students staged a protest outside the education ministry on Tuesday.", "PROTEST", "demo"),
    ("Farmers demonstrated against the new land law in front of parliament.", "PROTEST", "demo"),
    ("Hundreds of residents took to the streets after the election results were announced.", "PROTEST", "demo"),
    ("Opposition supporters held a rally in the central square.", "PROTEST", "demo"),
    ("Mine workers went on strike over unpaid wages.", "PROTEST", "strike"),
    ("The nurses' union called a general strike that shut hospitals across the province.", "PROTEST", "strike"),
    ("Two jailed activists began a hunger strike to protest their detention.", "PROTEST", "hunger"),
    ("Shoppers were urged to boycott goods made by the company.", "PROTEST", "boycott"),
    ("Truck drivers blocked the main highway with their vehicles.", "PROTEST", "obstruct"),
    ("Rioters smashed shop windows and looted stores in the old town.", "PROTEST", "riot"),
    ("Angry youths vandalised a police station overnight.", "PROTEST", "vandalize"),
    ("Riots broke out in several suburbs after the verdict.", "PROTEST", "riot"),
    ("Demonstrators stormed the parliament building.", "PROTEST", "riot"),
    ("Dozens of villagers staged a sit-in at the district office.", "PROTEST", "demo"),
    # ASSAULT
    ("Gunmen opened fire on a bus carrying pilgrims.", "ASSAULT", "firearms"),
    ("Soldiers fired live rounds at the crowd.", "ASSAULT", "firearms"),
    ("An air strike hit a market in the northern town.", "ASSAULT", "aerial"),
    ("Warplanes bombed rebel positions near the border.", "ASSAULT", "aerial"),
    ("A drone strike killed two commanders of the militia.", "ASSAULT", "drone"),
    ("Artillery shelling destroyed homes in the eastern district.", "ASSAULT", "heavy-weapons"),
    ("Government forces shelled the besieged town for a third day.", "ASSAULT", "heavy-weapons"),
    ("A roadside bomb exploded next to an army convoy.", "ASSAULT", "explosives"),
    ("Attackers threw a grenade into a crowded cafe.", "ASSAULT", "explosives"),
    ("A suicide bomber blew himself up at a checkpoint.", "ASSAULT", "suicide-attack"),
    ("Militants abducted twelve aid workers from their compound.", "ASSAULT", "abduct"),
    ("Armed men kidnapped a local journalist on his way home.", "ASSAULT", "abduct"),
    ("Police officers beat the detained students with batons.", "ASSAULT", "beat"),
    ("The opposition leader was assassinated outside his home.", "ASSAULT", "assassinate"),
    ("Soldiers raped women in the village, a rights group said.", "ASSAULT", "sexual"),
    ("Police used tear gas to disperse the crowd.", "ASSAULT", "crowd-control"),
    ("Security forces fired water cannon at the marchers.", "ASSAULT", "crowd-control"),
    # burning buildings is ASSAULT destroy (the issue), not the older PLOVER GSR COERCE
    ("Rebels set the town hall on fire.", "ASSAULT", "destroy"),
    ("The customs office was set ablaze during the night.", "ASSAULT", "destroy"),
    ("Government troops clashed with rebels near the airport.", "ASSAULT", None),
    ("Fighting between the two militias left the market in ruins.", "ASSAULT", None),
    ("Insurgents attacked an army base in the south.", "ASSAULT", None),
    ("Gunmen killed five villagers in an overnight raid.", "ASSAULT", None),
    ("Forces used chemical weapons against the rebel-held suburb.", "ASSAULT", "cbrn"),
    # COERCE
    ("Police arrested 40 protesters in the capital.", "COERCE", "arrest"),
    ("Security forces detained the opposition leader at dawn.", "COERCE", "arrest"),
    ("The journalist was taken into custody on Monday.", "COERCE", "arrest"),
    ("Authorities imposed a curfew on the city after the unrest.", "COERCE", "curfew"),
    ("The president declared martial law in three provinces.", "COERCE", "martial-law"),
    ("The government declared a state of emergency in the capital.", "COERCE", "martial-law"),
    ("The government blocked access to the internet nationwide.", "COERCE", "censor"),
    ("Authorities shut down mobile networks in the region.", "COERCE", "censor"),
    ("The ministry banned all public gatherings.", "COERCE", "ban"),
    ("The authorities suspended all flights to the capital.", "COERCE", "restrict"),
    ("The government closed the border with its neighbour.", "COERCE", "restrict"),
    ("Officials deported two hundred migrants last week.", "COERCE", "deport"),
    ("Rebels seized control of the provincial capital.", "COERCE", "seize"),
    ("Insurgents captured the town after heavy fighting.", "COERCE", "seize"),
    ("The army recaptured the city from the militants.", "COERCE", "seize"),
    ("Police confiscated a cache of weapons during the search.", "COERCE", "seize"),
    ("The regime censored newspapers that reported the protests.", "COERCE", "censor"),
    # MOBILIZE
    ("The government deployed troops to the restive province.", "MOBILIZE", "troops"),
    ("The alliance sent soldiers to the region.", "MOBILIZE", "troops"),
    ("The arrival of foreign troops was confirmed by the ministry.", "MOBILIZE", "troops"),
    ("Troops from the neighbouring country intervened to end the fighting.", "MOBILIZE", "troops"),
    ("The army mobilized reservists ahead of the vote.", "MOBILIZE", "troops"),
    # RETREAT
    ("The army withdrew from the border town.", "RETREAT", None),
    ("Rebels pulled out of the city after the deal.", "RETREAT", None),
    ("Hundreds of fighters surrendered to the army.", "RETREAT", None),
    # REQUEST
    ("The president asked the alliance for military assistance.", "REQUEST", "assist"),
    ("The United Nations called for an immediate ceasefire.", "REQUEST", None),
    ("The foreign minister urged both sides to show restraint.", "REQUEST", None),
    ("Protesters demanded the resignation of the governor.", "REQUEST", None),
    ("Troops arrived at the request of the prime minister.", "REQUEST", "assist"),
    # ACCUSE
    ("The government accused the opposition of plotting a coup.", "ACCUSE", "allege"),
    ("Rights groups condemned the killing of the activist.", "ACCUSE", "disapprove"),
    ("The minister blamed foreign agents for the unrest.", "ACCUSE", "allege"),
    ("The senator criticized the president's handling of the crisis.", "ACCUSE", "disapprove"),
    ("Prosecutors opened an investigation into the shooting.", "ACCUSE", "investigate"),
    # REJECT
    ("The rebels rejected the peace proposal.", "REJECT", None),
    ("The government refused to negotiate with the strikers.", "REJECT", None),
    ("The ministry denied reports that troops had entered the city.", "REJECT", None),
    ("Russia vetoed the resolution at the Security Council.", "REJECT", None),
    # THREATEN
    ("The militia threatened to attack the capital.", "THREATEN", None),
    ("The union issued an ultimatum to the employers.", "THREATEN", None),
    # SANCTION
    ("The European Union imposed sanctions on five officials.", "SANCTION", None),
    ("Washington announced an embargo on arms sales to the country.", "SANCTION", None),
    ("The country expelled two diplomats from the embassy.", "SANCTION", None),
    # AGREE
    ("The two sides agreed to a ceasefire on Sunday.", "AGREE", None),
    ("The rebels and the government signed a peace agreement.", "AGREE", None),
    ("The neighbours reached a deal on water sharing.", "AGREE", None),
    # CONSULT
    ("The foreign ministers met in Geneva to discuss the crisis.", "CONSULT", None),
    ("The president held talks with his counterpart.", "CONSULT", None),
    ("The envoy visited the capital on Monday.", "CONSULT", None),
    ("The parties negotiated for three days.", "CONSULT", None),
    # SUPPORT
    ("The prime minister praised the security forces.", "SUPPORT", None),
    ("Several countries endorsed the candidate.", "SUPPORT", None),
    # CONCEDE
    ("The governor resigned after weeks of protests.", "CONCEDE", None),
    ("The authorities released 30 detained protesters.", "CONCEDE", None),
    ("The government lifted the curfew on Friday.", "CONCEDE", None),
    ("The minister apologized for the violence.", "CONCEDE", None),
    # COOPERATE
    ("The two countries agreed to cooperate on border security.", "AGREE", None),
    ("The court extradited the suspect to Spain.", "COOPERATE", None),
    # AID
    ("Japan donated food to the flood victims.", "AID", None),
    ("The agency provided humanitarian aid to refugees.", "AID", None),
]


@pytest.mark.parametrize(("text", "type_", "mode"), TYPE_CASES)
def test_type_and_mode(pipeline, text: str, type_: str, mode: str | None) -> None:
    event = _find(_events(pipeline, text), type_)
    assert event is not None, f"no {type_} in {[(e.type, e.trigger.text) for e in _events(pipeline, text)]}"
    if mode is not None:
        modes = {e.mode for e in _events(pipeline, text) if e.type == type_}
        assert mode in modes


# ------------------------------------------------------------------ what is NOT an event of that type

NOT_CASES = [
    ("The Collective Security Treaty Organization held its annual meeting.", "AGREE"),
    ("There is talk of a reshuffle in the cabinet.", "CONSULT"),
    ("A fire broke out in a textile factory, killing four workers.", "ASSAULT"),
    ("Flooding killed twelve people in the northern valley.", "ASSAULT"),
    ("An earthquake struck the coast on Monday, and dozens died.", "ASSAULT"),
    ("The bus crashed into a ravine and six passengers died.", "ASSAULT"),
    ("The senator attacked the new budget in a fiery speech.", "ASSAULT"),
    ("Two men were shot dead during a robbery at a petrol station.", "ASSAULT"),
    ("The embassy lodged a formal protest with the foreign ministry.", "PROTEST"),
    ("The firm fired its chief executive last week.", "ASSAULT"),
    ("The price war between airlines continued.", "ASSAULT"),
    ("The storm destroyed hundreds of homes.", "ASSAULT"),
    ("Officials said the strike hit a weapons depot.", "PROTEST"),
    ("Employees went on a hunger strike.", "ASSAULT"),
    ("The company agreed to pay a dividend.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_CASES)
def test_not_coded(pipeline, text: str, type_: str) -> None:
    found = [(e.type, e.trigger.text) for e in _events(pipeline, text) if e.type == type_]
    assert not found


# ------------------------------------------------------------------ actor and recipient (voice, nominalisation)

ROLE_CASES = [
    ("Police arrested the opposition leader.", "COERCE", "Police", "leader"),
    ("The opposition leader was arrested by police.", "COERCE", "police", "leader"),
    ("Soldiers shot three protesters near the palace.", "ASSAULT", "Soldiers", "protesters"),
    ("Three protesters were shot by soldiers near the palace.", "ASSAULT", "soldiers", "protesters"),
    ("The city hall was set on fire by rioters.", "ASSAULT", "rioters", None),
    ("Rebels attacked an army convoy.", "ASSAULT", "Rebels", "convoy"),
    ("The army's shelling of the town continued.", "ASSAULT", "army", None),
    ("The arrival of the peacekeepers calmed the city.", "MOBILIZE", "peacekeepers", None),
    ("The arrest of the journalists drew criticism.", "COERCE", None, "journalists"),
    ("Police launched a crackdown on the protesters.", "ASSAULT", "Police", None),
    ("The government accused the rebels of breaking the truce.", "ACCUSE", "government", "rebels"),
    ("The minister condemned the attack.", "ACCUSE", "minister", None),
    ("Troops were deployed by the defence ministry.", "MOBILIZE", "ministry", None),
    ("The president urged the protesters to go home.", "REQUEST", "president", "protesters"),
    ("The army deployed troops and arrested the organisers.", "COERCE", "army", "organisers"),
    ("Students who marched on the ministry were detained.", "COERCE", None, "Students"),
    ("Police detained two men who had attacked a patrol.", "ASSAULT", "men", "patrol"),
    ("The militants kidnapped a local official.", "ASSAULT", "militants", "official"),
    ("Japan donated vaccines to Kenya.", "AID", "Japan", None),
    ("Troops arrived at the request of the president.", "REQUEST", "president", "Troops"),
]


@pytest.mark.parametrize(("text", "type_", "actor", "recipient"), ROLE_CASES)
def test_roles(pipeline, text: str, type_: str, actor: str | None, recipient: str | None) -> None:
    event = _find(_events(pipeline, text), type_)
    assert event is not None
    if actor is not None:
        assert event.actor is not None and actor.lower() in event.actor.text.lower()
    if recipient is not None:
        assert event.recipient is not None and recipient.lower() in event.recipient.text.lower()


# ------------------------------------------------------------------ ACLED coding

ACLED_CASES = [
    ("Protesters marched peacefully through the city centre.", "Protests", "Peaceful protest"),
    ("Police fired tear gas at protesters outside parliament.", "Protests", "Protest with intervention"),
    ("Rioters torched cars and clashed with police.", "Riots", "Violent demonstration"),
    ("An angry mob lynched a man accused of theft.", "Riots", "Mob violence"),
    ("Government troops clashed with rebels near the border.", "Battles", "Armed clash"),
    ("An air strike hit a rebel base in the north.", "Explosions/Remote violence", "Air/drone strike"),
    ("Rebels fired mortars at the army barracks.", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("A roadside bomb struck a police patrol.", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("A man threw a grenade at the police station.", "Explosions/Remote violence", "Grenade"),
    ("A suicide bomber struck a mosque during prayers.", "Explosions/Remote violence", "Suicide bomb"),
    ("The town was hit by a chemical attack.", "Explosions/Remote violence", "Chemical weapon"),
    ("Gunmen killed six farmers in their fields.", "Violence against civilians", "Attack"),
    ("Militants abducted three teachers from the school.", "Violence against civilians", "Abduction/forced disappearance"),
    ("Soldiers raped two women at a checkpoint.", "Violence against civilians", "Sexual violence"),
    ("The army recaptured the town from the militants.", "Battles", "Government regains territory"),
    ("Rebels seized control of the border town.", "Battles", "Non-state actor overtakes territory"),
    ("The warring parties agreed to a ceasefire.", "Strategic developments", "Agreement"),
    ("Police arrested twenty opposition activists.", "Strategic developments", "Arrests"),
    ("Police defused a bomb near the stadium.", "Strategic developments", "Disrupted weapons use"),
    ("Turkish forces set up a new military base in the province.", "Strategic developments", "Headquarters or base established"),
    ("Looters ransacked the warehouse.", "Strategic developments", "Looting/property destruction"),
    ("The army withdrew from the town without a fight.", "Strategic developments", "Non-violent transfer of territory"),
    ("The authorities imposed a curfew in the city.", "Strategic developments", "Other"),
]


@pytest.mark.parametrize(("text", "event_type", "sub_type"), ACLED_CASES)
def test_acled(pipeline, text: str, event_type: str, sub_type: str) -> None:
    events = _events(pipeline, text)
    coded = {(e.acled_event_type, e.acled_sub_event_type) for e in events}
    assert (event_type, sub_type) in coded, coded


NO_ACLED_CASES = [
    "The foreign ministers met in Vienna on Tuesday.",
    "The president praised the new trade agreement.",
    "Heavy floods killed twenty people in the delta.",
    "Prime minister criticised the opposition's budget plan.",
    "The two companies signed a supply contract.",
]


@pytest.mark.parametrize("text", NO_ACLED_CASES)
def test_no_acled_for_non_political(pipeline, text: str) -> None:
    coded = [(e.type, e.acled_sub_event_type) for e in _events(pipeline, text) if e.acled_event_type]
    assert not coded


QUAD_CASES = [
    ("The leaders agreed on a new trade deal.", "AGREE", 1),
    ("The agency provided humanitarian aid to refugees.", "AID", 2),
    ("The government accused the rebels of a massacre.", "ACCUSE", 3),
    ("Police arrested the organisers.", "COERCE", 4),
]


@pytest.mark.parametrize(("text", "type_", "quad"), QUAD_CASES)
def test_quad_class(pipeline, text: str, type_: str, quad: int) -> None:
    event = _find(_events(pipeline, text), type_)
    assert event is not None and event.quad_class == quad
