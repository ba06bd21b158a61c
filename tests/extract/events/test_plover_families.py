"""PLOVER verb families: the common English verbs and nominalisations of each PLOVER type (the CAMEO
verb families it absorbs) code that type as the sentence's top event, the act of its main clause.

The sentences are written for these tests, in news style; the top event is read as the PLOVER
scorer reads it (any modality: a threat or a demand is itself asserted)."""

from __future__ import annotations

import pytest

FAMILIES = [
    # REQUEST
    # a bare verb after "insisted that" (a mandative subjunctive) puts a duty on the company
    ('The council insisted that the company pay for the cleanup.', 'REQUEST'),
    # the act in such a subjunctive clause is what is demanded, not done
    ('The opposition insisted that the president step down.', 'REQUEST'),
    ('Officials insist that the army withdraw within a week.', 'REQUEST'),
    ('The rebels insisted that they had withdrawn from the town.', 'RETREAT'),
    ('Residents petitioned the governor to reopen the clinic.', 'REQUEST'),
    ('Rights groups pressed the government to free the detained reporters.', 'REQUEST'),
    ('The opposition renewed its call for early elections on Tuesday.', 'REQUEST'),
    ('The minister implored rich nations to cancel the debt.', 'REQUEST'),
    ('A judge ordered the former minister to appear in court next month.', 'REQUEST'),
    # telling, begging or instructing someone to do something asks it of them; the act asked is not done
    ('The president told the militias to hand in their guns.', 'REQUEST'),
    ('The families begged the kidnappers to release the children.', 'REQUEST'),
    ('The general instructed his troops to withdraw from the town.', 'REQUEST'),
    ('The mothers begged for the release of their sons.', 'REQUEST'),
    # "told" reporting what happened is no request
    ('The witness told the court that soldiers fired on the crowd.', 'ASSAULT'),
    # details released about people free nobody; a grant of bail is no aid
    ('Details were released on the two patients.', 'NONE'),
    ("The union's call for a general strike went unheeded.", 'REQUEST'),
    # seeking talks, a truce, a release or an extradition asks it of someone
    ('The rebels sought talks with the government.', 'REQUEST'),
    ('The family is seeking the release of the jailed blogger.', 'REQUEST'),
    ('Washington will seek the extradition of the suspect.', 'REQUEST'),
    ('The UN is seeking a ceasefire in the region.', 'REQUEST'),
    # REJECT
    ("The governor's refusal to meet the strikers angered the unions.", 'REJECT'),
    ("The court threw out the opposition's appeal on Friday.", 'REJECT'),
    ('Tehran ruled out any talks with the rebels.', 'REJECT'),
    ("Parliament voted down the government's budget on Thursday.", 'REJECT'),
    ("The rebels have spurned the government's offer of talks.", 'REJECT'),
    ("The union balked at the company's latest offer.", 'REJECT'),
    ('China blocked a draft resolution condemning the coup.', 'REJECT'),
    ('The government objected to the presence of foreign observers.', 'REJECT'),
    ('The rebels repudiated the peace deal signed by their former leader.', 'REJECT'),
    ("The cabinet resisted calls for the minister's dismissal.", 'REJECT'),
    ('The president snubbed the summit in protest.', 'REJECT'),
    ('The junta brushed aside international criticism.', 'REJECT'),
    # THREATEN
    ('Rebel leaders vowed to fight on until the regime falls.', 'THREATEN'),
    # a to-infinitive the parser hangs on the verb as an adjunct is still its complement
    ('Separatists have sworn to disrupt the election.', 'THREATEN'),
    ('The army vowed to crush the rebellion.', 'THREATEN'),
    ('The union issued a strike notice.', 'THREATEN'),
    ('Dockers served strike notice on the port authority.', 'THREATEN'),
    # what is threatened is not done: the threat outranks it, however strong its own trigger
    ('Workers threatened to go on strike next week.', 'THREATEN'),
    # revenge vowed or promised is a threat, not a pledge
    ('The militants vowed revenge for the death of their commander.', 'THREATEN'),
    ('The army promised swift retaliation for the ambush.', 'THREATEN'),
    # CONSULT
    ('The ministers conferred on the crisis by video link.', 'CONSULT'),
    ('The king received the visiting French foreign minister at his palace.', 'CONSULT'),
    ('The two leaders spoke by telephone on Friday.', 'CONSULT'),
    ('The king gave a warm welcome to the visiting Chinese premier.', 'CONSULT'),
    # AGREE
    ('The government and unions struck a deal on wages.', 'AGREE'),
    ('The president committed his country to holding elections next year.', 'AGREE'),
    ('The rebels signalled their readiness to negotiate.', 'AGREE'),
    ('The parties signed up to a code of conduct for the election.', 'AGREE'),
    # SUPPORT
    ('The senator expressed support for the embattled president.', 'SUPPORT'),
    ('The foreign minister voiced support for the peace plan.', 'SUPPORT'),
    ('The prime minister lauded the security forces for their bravery.', 'SUPPORT'),
    ('Several governments expressed solidarity with the flood victims.', 'SUPPORT'),
    ('The opposition leader saluted the courage of the striking miners.', 'SUPPORT'),
    ('The endorsement of the plan by the Arab League came on Friday.', 'SUPPORT'),
    ('The pope forgave the man who tried to kill him.', 'SUPPORT'),
    ('Party leaders rallied behind the embattled president.', 'SUPPORT'),
    ('The United States reaffirmed its support for the government.', 'SUPPORT'),
    ('Diplomatic relations were restored after a decade.', 'SUPPORT'),
    ('The party threw its weight behind the reform bill.', 'SUPPORT'),
    ('The prime minister paid tribute to the fallen soldiers.', 'SUPPORT'),
    ('The army voiced its backing for the new president.', 'SUPPORT'),
    ('The church leaders approved of the peace plan.', 'SUPPORT'),
    # COOPERATE
    ('Police in both countries worked together to dismantle the smuggling ring.', 'COOPERATE'),
    ('The two armies launched joint patrols along the border.', 'COOPERATE'),
    ('Russian and Chinese warships began war games in the Pacific.', 'COOPERATE'),
    # drills held by two named parties are military cooperation (condition shared); by one, a show of force
    ('Indian and Thai ships on Tuesday began five days of naval drills in the Andaman Sea.', 'COOPERATE'),
    ('The navy held drills with Japanese warships off Okinawa.', 'COOPERATE'),
    ('Police from the two countries carried out a joint operation against smugglers.', 'COOPERATE'),
    ('The police forces of the two countries exchanged intelligence on the gang.', 'COOPERATE'),
    ('The two armies conducted joint operations against the militants.', 'COOPERATE'),
    # AID
    ('Britain provided military training to the Kenyan army.', 'AID'),
    ('The Red Cross distributed food to displaced families.', 'AID'),
    ('Turkey has taken in two million refugees.', 'AID'),
    ('Aircraft airlifted supplies to the stranded villagers.', 'AID'),
    ('The EU allocated 30 million euros in humanitarian relief.', 'AID'),
    ('An airlift of food to the besieged town began on Sunday.', 'AID'),
    ('A $50 million aid package for the region was approved on Monday.', 'AID'),
    ('The World Food Programme airdropped food to the besieged villages.', 'AID'),
    ('France sent military advisers to train the army.', 'AID'),
    ('Asylum was granted to the dissident.', 'AID'),
    ('The UN agency delivered tents and blankets to the refugees.', 'AID'),
    # a loan or credit extended or granted is economic aid
    ('Japan extended a $500 million loan to Indonesia.', 'AID'),
    # an amount given "in" aid names what is given
    ('The EU provided 20 million euros in humanitarian assistance.', 'AID'),
    ('Norway provided $8 million in emergency aid to the flood victims.', 'AID'),
    # intelligence supplied to a party is military aid (shared between two, it is cooperation)
    ('The US supplied intelligence to the Ukrainian army.', 'AID'),
    ('Britain is providing satellite images and military intelligence to Kenya, which is fighting the militants.', 'AID'),
    ('The bank granted the government a new credit line.', 'AID'),
    # CONCEDE
    ('The rebels returned the seized land to its owners.', 'CONCEDE'),
    ("The government agreed to the strikers' demands after two weeks.", 'CONCEDE'),
    ('The rebels handed back the bodies of the soldiers.', 'CONCEDE'),
    ('The parliament legalised the opposition party.', 'CONCEDE'),
    ('The ministry reinstated the dismissed teachers.', 'CONCEDE'),
    ('The government dropped the charges against the activists.', 'CONCEDE'),
    ('The president commuted the death sentences of the rebels.', 'CONCEDE'),
    # a restriction ended or repealed is eased; an office quit is resigned
    ('The government ended the state of emergency on Friday.', 'CONCEDE'),
    ('Parliament repealed the ban on opposition parties.', 'CONCEDE'),
    ('Army ends curfew in capital', 'CONCEDE'),
    ('The interior minister quit on Monday after the riots.', 'CONCEDE'),
    ('Minister quits over corruption charges', 'CONCEDE'),
    # anyone held may be released or freed, whatever their trade
    ('The rebels freed the hostages on Sunday.', 'CONCEDE'),
    ('The rebels released the kidnapped engineers.', 'CONCEDE'),
    ('A spokesman said the militia had released the captured soldiers.', 'CONCEDE'),
    ('The release of the abducted nurses was announced on Tuesday.', 'CONCEDE'),
    # RETREAT
    ('The government began to demobilise 10,000 fighters.', 'RETREAT'),
    ('Thousands of militia fighters laid down their arms.', 'RETREAT'),
    ('The militia disbanded after the peace agreement.', 'RETREAT'),
    ('Government forces abandoned their positions on the hill.', 'RETREAT'),
    ('The rebels handed over their weapons to the peacekeepers.', 'RETREAT'),
    ('Rebel fighters fled the town as government troops advanced.', 'RETREAT'),
    ('The army handed control of the province to the police.', 'RETREAT'),
    # a ceasefire announced, or kept by one side alone, is de-escalation; agreed by two, an agreement
    ('The rebel group announced a unilateral ceasefire.', 'RETREAT'),
    ('The rebels announced a ceasefire on Sunday.', 'RETREAT'),
    ('The two sides agreed a ceasefire on Friday.', 'AGREE'),
    # power handed over is given up, like control
    ('The junta handed power to a civilian government on Monday.', 'RETREAT'),
    ('The king relinquished power after weeks of protests.', 'RETREAT'),
    # SANCTION
    ('Peacekeepers were pulled out of the region last month.', 'SANCTION'),
    ('Nigeria closed its embassy in Tehran.', 'SANCTION'),
    ('The IMF halted payments to the government after the coup.', 'SANCTION'),
    ('The ministry blacklisted five foreign companies.', 'SANCTION'),
    ('Washington denied visas to members of the junta.', 'SANCTION'),
    ('Saudi Arabia banned imports of poultry from the country.', 'SANCTION'),
    ('Britain withdrew its ambassador from Tehran.', 'SANCTION'),
    # a sanction decided is imposed, not threatened (an announced one stays a threat)
    ("The European Union decided to impose sanctions on the junta's leaders.", 'SANCTION'),
    ('The junta kicked the UN refugee agency out of the country.', 'SANCTION'),
    ('The expulsion of the diplomats was announced on Monday.', 'SANCTION'),
    ('Five Iranian diplomats were ordered to leave the country within 48 hours.', 'SANCTION'),
    ('The government ordered the US ambassador to leave the country.', 'SANCTION'),
    ('The UN withdrew its observers from the border region on Friday.', 'SANCTION'),
    ('The opposition walked out of the talks on Tuesday.', 'SANCTION'),
    ('The rebels pulled out of the peace negotiations.', 'SANCTION'),
    ('The rebels quit the peace talks.', 'SANCTION'),
    ('The United States imposed a travel ban on the general.', 'SANCTION'),
    ('The government declared the ambassador persona non grata.', 'SANCTION'),
    ('Britain scaled back its military aid to the regime.', 'SANCTION'),
    # COERCE
    ('The government revoked the citizenship of two dissidents.', 'COERCE'),
    ('The authorities blocked access to social media sites.', 'COERCE'),
    ('The interior ministry dissolved the largest opposition party.', 'COERCE'),
    ('The cabinet decided to ban the opposition party.', 'COERCE'),
    ('The government kicked out 40 foreign workers.', 'COERCE'),
    ('Security forces cordoned off the university campus.', 'COERCE'),
    # MOBILIZE
    ('Thousands of troops massed near the frontier.', 'MOBILIZE'),
    ('The navy held war games in the gulf.', 'MOBILIZE'),
    ('The defence ministry called up 50,000 reservists.', 'MOBILIZE'),
    ('The air force staged military exercises near the disputed islands.', 'MOBILIZE'),
    ('The navy dispatched two warships to the strait.', 'MOBILIZE'),
    ('Tanks and troops moved toward the border.', 'MOBILIZE'),
    ('The army staged a show of force in the disputed region.', 'MOBILIZE'),
    ('Police beefed up security around the parliament.', 'MOBILIZE'),
    ('North Korea test-fired two ballistic missiles on Sunday.', 'MOBILIZE'),
    ('The army moved tanks into the capital.', 'MOBILIZE'),
    ('Security was tightened around the capital ahead of the vote.', 'MOBILIZE'),
    ('Airport security was tightened on Sunday.', 'MOBILIZE'),
    # ACCUSE
    ('Prosecutors charged the former minister with corruption.', 'ACCUSE'),
    ('Police questioned the mayor over the missing funds.', 'ACCUSE'),
    ('Prosecutors charged six soldiers with murder.', 'ACCUSE'),
    ('The African Union sent a team of experts to investigate the killings.', 'ACCUSE'),
    ('The minister lashed out at the foreign press.', 'ACCUSE'),
    ('The ambassador was summoned to explain the remarks.', 'ACCUSE'),
    ('The prosecutor opened a criminal case against the former president.', 'ACCUSE'),
    ('The minister faces charges of corruption.', 'ACCUSE'),
    # a noun coded by the verb it is the object of is coded the same as that verb's passive subject
    ('Charges were filed against the former mayor.', 'ACCUSE'),
    # calling or branding something a wrong disapproves of it, and outranks the (non-violent) thing named
    ('The opposition called the referendum a sham.', 'ACCUSE'),
    ('Critics branded the amnesty a betrayal of the victims.', 'ACCUSE'),
    ('Beijing called the summit a provocation.', 'ACCUSE'),
]


#: a hostile act decided is that act; one announced is a threat
DECIDED = [
    # aid to come is a pledge, not aid given (the amount's "in" phrase names it)
    ("Canada will provide $12 million in emergency aid.", "AGREE"),
    ("The junta said it would hand power to a civilian government.", "AGREE"),
    ("Parliament voted to expel the two foreign envoys.", "SANCTION"),
    # a hostile act one is said to be ready to take on a condition is held out as a threat; a
    # possibility is not (nor one nobody is said to state: test_modality's "could attack ... if")
    ("The bloc may suspend the country's membership if the junta delays the vote, its chairman said.", "THREATEN"),
    ("Police could arrest the organisers if the march goes ahead, the interior minister warned.", "THREATEN"),
    ("The army may have shelled the village, witnesses said.", "ASSAULT"),
    ("The governor said he would impose a curfew on the port.", "THREATEN"),
]
#: object classes of the material families (issue 10: recall on sentences written from the PLOVER
#: definitions): goods of aid, craft and holdings seized, joint operations, forces moved
MATERIAL = [
    ("The charity shipped blankets and tents to the flooded valley.", "AID"),
    ("Japan delivered 8,000 tonnes of rice to the famine-hit province.", "AID"),
    ("The donor supplied the clinics with vaccines and syringes.", "AID"),
    ("The development bank disbursed a second tranche to the treasury.", "AID"),
    ("Coastguard officers seized a cargo vessel carrying undeclared goods.", "COERCE"),
    ("The regime seized the estates of exiled dissidents.", "COERCE"),
    ("The authorities switched off mobile internet in three provinces.", "COERCE"),
    ("The court ordered the dissolution of the ruling party.", "COERCE"),
    ("Navies of the two states began joint patrols in the gulf.", "COOPERATE"),
    ("Customs officers of both countries ran a coordinated inspection of the trucks.", "COOPERATE"),
    ("The general staff announced a mobilisation of the reserves.", "MOBILIZE"),
    ("The rebels massed gunmen beyond the northern ridge.", "MOBILIZE"),
    ("The army positioned two battalions along the river.", "MOBILIZE"),
    ("The capital's embassy recalled its envoy after the row.", "SANCTION"),
    ("The assembly gave the premier a vote of confidence on Friday.", "SUPPORT"),
    ("The farmers' union came out in favour of the new tariff.", "SUPPORT"),
    # a plea for aid is no aid; a joint statement is no joint operation
    ("The mayor pleaded for fuel and grain for the besieged town.", "REQUEST"),
]
#: an act done jointly is cooperation unless a more specific trigger names it; help sent to rebuild
#: is aid; retaliation said of the future or on a condition is a threat, tariffs in return a sanction;
#: penalties a state imposes are sanctions, goods given by the tonne are aid, relaxed sanctions eased,
#: a protest said after the clause it reports a complaint, a rally permitted a concession
JOINT_HELP_RETALIATION = [
    ("Firms from the two countries jointly built a new bridge over the river.", "COOPERATE"),
    ("The two presidents jointly condemned the killing of the envoy.", "ACCUSE"),
    ("The neighbouring state sent engineers to help rebuild the bombed bridges.", "AID"),
    ("The rebels said they would retaliate if the army entered the valley.", "THREATEN"),
    ("Beijing retaliated with new tariffs on imported wine.", "SANCTION"),
    # penalties a state imposes are sanctions; a footballer's penalties or a law's are not
    ("Washington imposed penalties on three shipping firms.", "SANCTION"),
    ("The striker missed two penalties in the final.", "NONE"),
    ("Tougher penalties for drink-driving came into force on Monday.", "NONE"),
    # goods given by the tonne or the dose are aid
    ("The neighbouring state gave the flooded province 500 tonnes of maize.", "AID"),
    # a restriction named with the participle that ends it is eased, however the participle is tagged
    ("Washington relaxed sanctions on two state banks, a Treasury notice said.", "CONCEDE"),
    ("The UN imposed sanctions on the junta.", "SANCTION"),
    # "protest" said after the clause it reports is a complaint, however the parser hangs it
    ("Ballots in three districts were tampered with, the opposition alliance protested on Monday.", "ACCUSE"),
    ("The new tax falls hardest on farmers, the growers' federation protested.", "ACCUSE"),
    ("Prices rose sharply, and students protested in the capital.", "PROTEST"),
    # a rally permitted eases dissent; one refused is a rejection; one held is a protest
    ("Police permitted the march to go ahead after talks with organisers.", "CONCEDE"),
    ("Police did not allow the rally to go ahead.", "REJECT"),
    ("Thousands of people joined a rally in the capital.", "PROTEST"),
    # monitors or peacekeepers shipped out are withdrawn (CAMEO 1661-1662)
    ("The observer mission shipped out after the election was cancelled.", "SANCTION"),
    # humanitarian access granted or improved lets aid in (CAMEO 0863); demanded, it is a request
    ("The junta restored humanitarian access to the flooded delta.", "RETREAT"),
    ("The UN demanded humanitarian access to the besieged city.", "REQUEST"),
]
#: welcoming a visitor hosts a visit; welcoming an outcome praises it
WELCOMES = [
    ("The king welcomed the Chinese premier at the airport.", "CONSULT"),
    ("The president welcomed his Kenyan counterpart to the capital on Monday.", "CONSULT"),
    ("The EU welcomed the new president's election.", "SUPPORT"),
    ("The opposition leader welcomed the release of the prisoners.", "SUPPORT"),
]


@pytest.mark.parametrize(("text", "type_"), FAMILIES + DECIDED + MATERIAL + JOINT_HELP_RETALIATION + WELCOMES)
def test_each_family_codes_its_plover_type(events_of, text, type_):
    found = events_of(text)
    assert found.top_type() == type_, found.brief()
