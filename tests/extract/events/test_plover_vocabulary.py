"""PLOVER vocabulary coverage: the general words an analyst lists for each PLOVER type (the CAMEO
verb families and their nominalisations and light-verb phrases) code that type as the sentence's
top event, and their everyday senses make no event.

The sentences are written for these tests, in news style, one or two per class of words added to
``triggers.tsv``; the top event is read as the PLOVER scorer reads it (any modality)."""

from __future__ import annotations

import pytest

COVERAGE = [
    # ACCUSE: words of disapproval (CAMEO 11), legal action, inquiry (CAMEO 09)
    ("The council censured the mayor for misuse of funds.", "ACCUSE"),
    ("The senator decried the cuts to health spending.", "ACCUSE"),
    ("The ambassador castigated the UN for its inaction.", "ACCUSE"),
    ("Critics lambasted the new media law.", "ACCUSE"),
    ("The premier chided the central bank for raising rates.", "ACCUSE"),
    ("The watchdog reprimanded the broadcaster for bias.", "ACCUSE"),
    ("Opposition leaders rounded on the finance minister over the budget.", "ACCUSE"),
    ("The government issued a strong denunciation of the bombing.", "ACCUSE"),
    ("The foreign ministry voiced its displeasure at the remarks.", "ACCUSE"),
    ("Parliament voted to impeach the president for abuse of power.", "ACCUSE"),
    ("The state prosecuted the former mayor for bribery.", "ACCUSE"),
    # a state named by its country or capital that protests speaks for it: a diplomatic protest
    ("Tehran protested the seizure of its tanker.", "ACCUSE"),
    ("France protested the detention of its citizen.", "ACCUSE"),
    ("Students in Tehran protested the rise in fuel prices.", "PROTEST"),
    # REJECT (CAMEO 12)
    ("The junta disavowed the statement made by its envoy.", "REJECT"),
    ("The rebels renounced the peace agreement.", "REJECT"),
    ("The government issued a flat denial of the reports.", "REJECT"),
    ("The government ignored repeated calls for an inquiry.", "REJECT"),
    ("The junta disregarded the court ruling.", "REJECT"),
    ("The minister brushed off the criticism.", "REJECT"),
    # REQUEST (CAMEO 02, 10)
    ("Human rights groups entreated the junta to spare the prisoners.", "REQUEST"),
    ("Opposition parties clamoured for early elections.", "REQUEST"),
    ("The opposition made a plea for international observers at the election.", "REQUEST"),
    ("Serbia applied for membership of the European Union.", "REQUEST"),
    # SUPPORT (CAMEO 051, 054, 018): a feeling or verdict conveyed, recognition
    ("The council gave its approval to the peace plan.", "SUPPORT"),
    ("The minister expressed his gratitude to the donor countries.", "SUPPORT"),
    ("The king sent condolences after the ferry sank.", "SUPPORT"),
    ("The United States championed the cause of the dissidents.", "SUPPORT"),
    ("Canada granted diplomatic recognition to the new state.", "SUPPORT"),
    # AGREE (CAMEO 03, agreements)
    ("The two countries ratified a defence pact.", "AGREE"),
    ("The foreign ministers initialled the pact in Vienna.", "AGREE"),
    ("The army guaranteed safe passage to the departing rebels.", "AGREE"),
    # CONSULT (CAMEO 04)
    ("The foreign ministers convened in Geneva on Monday.", "CONSULT"),
    ("The two sides resumed their dialogue in Oslo.", "CONSULT"),
    ("The two presidents exchanged views by telephone.", "CONSULT"),
    ("The king played host to the Saudi delegation.", "CONSULT"),
    # AID (CAMEO 07)
    ("India rushed medicines and doctors to Nepal after the earthquake.", "AID"),
    ("The EU handed out relief supplies to the refugees.", "AID"),
    ("The World Bank disbursed funds for the reconstruction.", "AID"),
    ("Iran armed the rebels in the south.", "AID"),
    ("Neighbouring countries sheltered thousands of refugees.", "AID"),
    # CONCEDE (CAMEO 08)
    ("The government made concessions to the striking miners.", "CONCEDE"),
    ("The king abdicated in favour of his son.", "CONCEDE"),
    ("The newspaper retracted its story about the minister.", "CONCEDE"),
    ("The rebels softened their stance on disarmament.", "CONCEDE"),
    ("The governor permitted the opposition to hold a rally.", "CONCEDE"),
    ("The government waived the visa requirement for pilgrims.", "CONCEDE"),
    # RETREAT (CAMEO 087)
    ("The rebel army capitulated after a month of siege.", "RETREAT"),
    ("The two armies began to disengage along the front line.", "RETREAT"),
    ("The militia decommissioned its weapons under international supervision.", "RETREAT"),
    ("The rebels relinquished control of the airport.", "RETREAT"),
    # SANCTION (CAMEO 162, 163): trade, arms sales, lending halted or frozen
    ("Washington halted arms sales to the kingdom.", "SANCTION"),
    ("The EU froze trade with the regime.", "SANCTION"),
    ("Japan curtailed its aid to the military government.", "SANCTION"),
    # THREATEN (CAMEO 13)
    ("The rebels menaced the capital with a new offensive.", "THREATEN"),
    ("The cartel tried to blackmail the judge.", "THREATEN"),
    # MOBILIZE (CAMEO 15)
    ("Soldiers patrolled the border villages after the coup.", "MOBILIZE"),
    ("Russia amassed tanks on the border.", "MOBILIZE"),
    ("The army positioned artillery on the hills above the town.", "MOBILIZE"),
    ("Satellite images showed a military buildup near the frontier.", "MOBILIZE"),
    # COERCE (CAMEO 17)
    ("Police impounded the opposition leader's car.", "COERCE"),
    ("The government expropriated foreign-owned farms.", "COERCE"),
    ("The regime exiled the dissident poet.", "COERCE"),
    ("The government proscribed the separatist movement.", "COERCE"),
    ("Troops sealed off the district.", "COERCE"),
    ("The regime incarcerated hundreds of dissidents.", "COERCE"),
    ("The junta muzzled the press.", "COERCE"),
    # support lent or given, praise spoken, blame laid (CAMEO 051, 112)
    ("The African Union lent its support to the transitional council.", "SUPPORT"),
    ("The churches gave firm support to the land reform.", "SUPPORT"),
    ("The opposition pointed the finger at the interior ministry.", "ACCUSE"),
    ("The government held the rebels responsible for the massacre.", "ACCUSE"),
    # a wanted person handed to another state (CAMEO 063); partners joining forces (CAMEO 06)
    ("Police handed the suspects over to Interpol.", "COOPERATE"),
    ("Kenya joined forces with Uganda to fight cattle raiders.", "COOPERATE"),
    # refuge given (CAMEO 075); talks walked away from (CAMEO 164); a law flouted (CAMEO 128)
    ("Jordan gave refuge to thousands of Syrians.", "AID"),
    ("The rebels walked away from the talks in protest.", "SANCTION"),
    ("The junta flouted the arms embargo.", "REJECT"),
    # a march authorised, captives set free, arms or ground given up (CAMEO 082, 0841, 0874)
    ("The authorities authorized the opposition march.", "CONCEDE"),
    ("The military set free the detained journalists.", "CONCEDE"),
    ("The guerrillas gave up their weapons at a ceremony.", "RETREAT"),
    # mass violence (CAMEO 20)
    ("Soldiers waged a campaign of genocide against the hill tribes.", "ASSAULT"),
]

#: a gerund used as a noun with an of-phrase tells the act of its verb ("the lifting of the curfew");
#: the nouns of acts tell the act ("the demolition of homes")
NOMINALS = [
    ("The lifting of the curfew was announced by the army.", "CONCEDE"),
    ("The easing of travel restrictions began at dawn.", "CONCEDE"),
    ("The severing of ties with Qatar surprised analysts.", "SANCTION"),
    ("The banning of the party came as no surprise.", "COERCE"),
    ("The demolition of Palestinian homes continued on Tuesday.", "COERCE"),
    ("The confiscation of farmland by the army drew protests from villagers.", "COERCE"),
    ("The mobilisation of reservists began overnight.", "MOBILIZE"),
    ("The recall of the ambassador was announced late on Monday.", "SANCTION"),
    ("The extradition of the banker to Italy was completed.", "COOPERATE"),
    ("The provision of weapons to the rebels continued.", "AID"),
]

#: the everyday senses of the new words make no event
EVERYDAY = [
    ("The school is funded by a local charity.", "NONE"),
    ("The tour of the old town lasts two hours.", "NONE"),
    ("She gave a speech about the history of the city.", "NONE"),
    ("He positioned himself as a reformer.", "NONE"),
    ("He gave up smoking last year.", "NONE"),
    ("The coach gave credit to his players.", "NONE"),
    ("The swearing in of the new cabinet took place on Monday.", "NONE"),
    ("The opening of the new library drew a large crowd.", "NONE"),
    ("The teacher allowed extra time for the test.", "NONE"),
]


@pytest.mark.parametrize(("text", "type_"), COVERAGE + NOMINALS + EVERYDAY)
def test_general_vocabulary_codes_its_plover_type(events_of, text, type_):
    found = events_of(text)
    top = found.top(asserted_only=False)
    assert (top.type if top is not None else "NONE") == type_, found.brief()
