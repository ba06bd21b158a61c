"""Actors: the lexicon data files, resolve_actor over parsed mentions, per-article memory."""

from __future__ import annotations

import json

import pytest

from seismo.model import Place
from seismo.resolve.actors import ActorLexicon, ActorMemory, resolve_actor


@pytest.fixture(scope="module")
def lexicon() -> ActorLexicon:
    return ActorLexicon.load()


def _mention(nlp, text: str, phrase: str):
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    assert span is not None, f"{phrase!r} does not align with tokens in {text!r}"
    return span


# ----------------------------------------------------------------------------- lexicon
ORG_LOOKUPS = [
    ("CSTO", "Collective Security Treaty Organization", "igo"),
    ("the Collective Security Treaty Organization", "Collective Security Treaty Organization", "igo"),
    ("NATO", "North Atlantic Treaty Organization", "igo"),
    ("U.N.", "United Nations", "igo"),
    ("Ria Novosti", "RIA Novosti", "media"),
    ("HuffPost", "HuffPost", "media"),
    ("the Duma", "State Duma", "state"),
    ("KNB", "National Security Committee", "state"),
    ("Islamic State", "Islamic State", "armed-group"),
    ("ISIS", "Islamic State", "armed-group"),
    ("al-Shabaab", "al-Shabaab", "armed-group"),
    ("Human Rights Watch", "Human Rights Watch", "ngo"),
    ("Wagner Group", "Wagner Group", "armed-group"),
]


@pytest.mark.parametrize(("name", "canonical", "kind"), ORG_LOOKUPS)
def test_organisation_lookup(lexicon: ActorLexicon, name: str, canonical: str, kind: str) -> None:
    org = lexicon.organisation(name)
    assert org is not None and (org.name, org.kind) == (canonical, kind)


@pytest.mark.parametrize("name", ["the airport", "ap", "Almaty", "fuel prices", ""])
def test_organisation_lookup_misses(lexicon: ActorLexicon, name: str) -> None:
    assert lexicon.organisation(name) is None


@pytest.mark.parametrize(("name", "canonical"), [("the Union", "European Union"), ("The union", None),
                                                ("the union", None), ("Labour", "Labour Party"), ("labour", None),
                                                ("the amnesty", None), ("Amnesty", "Amnesty International")])
def test_a_common_word_alias_names_the_organisation_only_with_a_capital(lexicon: ActorLexicon, name: str, canonical) -> None:
    org = lexicon.organisation(name)
    assert (org.name if org else None) == canonical


def test_csto_members_and_leader(lexicon: ActorLexicon) -> None:
    csto = lexicon.organisation("CSTO")
    assert csto is not None
    assert set(csto.members) == {"RUS", "KAZ", "ARM", "BLR", "TJK", "KGZ"}
    assert csto.led_by == "RUS" and csto.actor_kind == "igo" and csto.acronym == "CSTO"


def test_lexicon_size_and_codes(lexicon: ActorLexicon) -> None:
    assert len(lexicon.organisations) >= 150
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    for org in lexicon.organisations:
        assert org.country is None or org.country in codes, org
        assert all(m in codes for m in org.members), org
    assert set(lexicon.demonyms.values()) <= codes


@pytest.mark.parametrize(
    ("label", "pattern"),
    [("ORG", "CSTO"), ("ORG", "HuffPost"), ("ORG", "Ria Novosti"), ("ORG", "Collective Security Treaty Organization"),
     ("NORP", "Kazakh"), ("NORP", "Belarusian"), ("NORP", "Russian")],
)
def test_ruler_patterns_include(lexicon: ActorLexicon, label: str, pattern: str) -> None:
    assert {"label": label, "pattern": pattern} in lexicon.ruler_patterns()


@pytest.mark.parametrize("pattern", ["IS", "US", "Congress", "Memorial"])
def test_ruler_patterns_leave_out_ambiguous_names(lexicon: ActorLexicon, pattern: str) -> None:
    assert pattern not in {p["pattern"] for p in lexicon.ruler_patterns()}


@pytest.mark.parametrize(
    ("word", "iso3"),
    [("Kazakh", "KAZ"), ("Russians", "RUS"), ("Belarusian", "BLR"), ("Ukrainian", "UKR"), ("Kyrgyz", "KGZ"),
     ("Filipino", "PHL"), ("turkish", None), ("Soviet", None)],
)
def test_demonyms(lexicon: ActorLexicon, word: str, iso3: str | None) -> None:
    assert lexicon.demonym(word) == iso3


@pytest.mark.parametrize(
    ("name", "iso3"),
    [("Russia", "RUS"), ("the Russian Federation", "RUS"), ("Kazakhstan", "KAZ"), ("the United States", "USA"),
     ("Britain", "GBR"), ("Ivory Coast", "CIV"), ("Almaty", None)],
)
def test_country_names(lexicon: ActorLexicon, name: str, iso3: str | None) -> None:
    assert lexicon.country(name) == iso3


@pytest.mark.parametrize(
    ("text", "entity", "label"),
    [
        ("The CSTO sent troops to Kazakhstan.", "CSTO", "ORG"),
        ("He told HuffPost that the protests would go on.", "HuffPost", "ORG"),
        ("The Russian agency Ria Novosti reported the arrests.", "Ria Novosti", "ORG"),
        ("Kazakh demonstrators gathered in the square.", "Kazakh", "NORP"),
        # the model reads "Sri Lanka's" as a person; the possessive ending is no part of a name
        ("Sri Lanka's navy boarded the trawler.", "Sri Lanka", "GPE"),
    ],
)
def test_ruler_marks_entities(nlp, text: str, entity: str, label: str) -> None:
    assert (entity, label) in {(e.text, e.label_) for e in nlp(text).ents}


# ----------------------------------------------------------------------------- resolve_actor
# (sentence, mention, expected fields; None = not an actor)
ACTOR_CASES = [
    # organisations from the lexicon
    ("The troops of the Collective Security Treaty Organization (CSTO) intervened.",
     "The troops of the Collective Security Treaty Organization (CSTO)",
     {"kind": "igo", "name": "Collective Security Treaty Organization", "sector": "MIL", "country": None}),
    ("The CSTO mission could take a month.", "The CSTO",
     {"kind": "igo", "name": "Collective Security Treaty Organization", "sector": None}),
    ("CSTO troops patrolled the streets.", "CSTO troops", {"kind": "igo", "sector": "MIL"}),
    # a party's rank and file stand for the party, an organisation's troops for their arm (actors v20)
    ("Police detained forty ANC supporters outside the hall.", "forty ANC supporters", {"kind": "org", "sector": "PTY"}),
    ("Twelve Likud workers were questioned.", "Twelve Likud workers", {"kind": "org", "sector": "PTY"}),
    # state security bodies named by their acronym (actors v20)
    ("The CTD raided a house in Quetta.", "The CTD", {"kind": "org", "country": "PAK", "sector": "COP"}),
    ("SEDENA troops patrolled Culiacan.", "SEDENA troops", {"country": "MEX", "sector": "MIL"}),
    # a country's forces, when the model took the country's possessive for a person's name
    ("Sri Lanka's army shelled the border town.", "Sri Lanka's army", {"kind": "org", "country": "LKA", "sector": "MIL"}),
    ("He spoke to the Russian agency Ria Novosti yesterday.", "the Russian agency Ria Novosti",
     {"kind": "org", "name": "RIA Novosti", "country": "RUS", "sector": "JRN"}),
    ("Nona Mikhelidze told HuffPost about it.", "HuffPost", {"kind": "org", "country": "USA", "sector": "JRN"}),
    ("Taliban fighters seized the town.", "Taliban fighters", {"kind": "org", "country": "AFG", "sector": "REB"}),
    ("UN peacekeepers were attacked near the border.", "UN peacekeepers",
     {"kind": "igo", "name": "United Nations", "sector": "MIL"}),
    ("Amnesty International condemned the arrests.", "Amnesty International",
     {"kind": "org", "name": "Amnesty International"}),
    ("Hamas fired rockets overnight.", "Hamas", {"kind": "org", "country": "PSE", "sector": "REB"}),
    ("The Kremlin denied the report.", "The Kremlin", {"country": "RUS", "sector": "GOV"}),
    ("Boko Haram abducted dozens of girls.", "Boko Haram", {"kind": "org", "country": "NGA", "sector": "REB"}),
    ("The KNB detained the former chief.", "The KNB", {"country": "KAZ", "sector": "SPY"}),
    # people
    ("The soldiers arrived at the request of President Kassym Jomart Tokayev.", "President Kassym Jomart Tokayev",
     {"kind": "person", "name": "Kassym Jomart Tokayev", "country": "KAZ", "sector": "GOV", "role": "President"}),
    ("The Belarusian leader Aleksandr Lukashenko gloats.", "The Belarusian leader Aleksandr Lukashenko",
     {"kind": "person", "name": "Aleksandr Lukashenko", "country": "BLR", "sector": "GOV", "role": "leader"}),
    ("But President Putin fears few things.", "President Putin",
     {"kind": "person", "country": "RUS", "sector": "GOV", "role": "President"}),
    ("Erdogan criticised the plan.", "Erdogan", {"kind": "person", "country": "TUR", "sector": "GOV"}),
    ("Ukrainian President Volodymyr Zelensky spoke in parliament.", "Ukrainian President Volodymyr Zelensky",
     {"kind": "person", "country": "UKR", "sector": "GOV", "role": "President"}),
    ("French journalist Marie Dubois was detained.", "French journalist Marie Dubois",
     {"kind": "person", "country": "FRA", "sector": "JRN", "role": "journalist"}),
    ("Opposition leader Ahmed Karimi called for a strike.", "Opposition leader Ahmed Karimi",
     {"kind": "person", "sector": "OPP", "role": "Opposition leader"}),
    # an elected member of a town's council holds a local office of the state
    ("Gunmen shot dead a town councillor near the market.", "a town councillor", {"kind": "person", "sector": "GOV"}),
    # a leader of an organisation the lexicon does not know: its sector is unknown, not the state's
    ("Harbour Workers Alliance leader Paula Verhoeven called for a recount.",
     "Harbour Workers Alliance leader Paula Verhoeven",
     {"kind": "person", "name": "Paula Verhoeven", "sector": None, "role": "leader"}),
    # ... a body whose head noun says its kind gives its sector; a state body keeps the state office's
    ("Green Harbour Party president Paula Verhoeven called for a strike.", "Green Harbour Party president Paula Verhoeven",
     {"kind": "person", "name": "Paula Verhoeven", "sector": "PTY", "role": "president"}),
    ("Lakeland National Assembly president Paula Verhoeven opened the session.",
     "Lakeland National Assembly president Paula Verhoeven",
     {"kind": "person", "name": "Paula Verhoeven", "sector": "GOV", "role": "president"}),
    ("Judge Maria Santos dismissed the case.", "Judge Maria Santos",
     {"kind": "person", "sector": "JUD", "role": "Judge"}),
    ("General Omar Haddad ordered the advance.", "General Omar Haddad",
     {"kind": "person", "sector": "MIL", "role": "General"}),
    ("Erica Marat, professor at the National Defense University, said so.",
     "Erica Marat, professor at the National Defense University",
     {"kind": "person", "name": "Erica Marat", "sector": "EDU", "role": "professor"}),
    # titles without a name
    ("The mission could take a month, said the vice president of the Defense Commission of the Duma.",
     "the vice president of the Defense Commission of the Duma",
     {"kind": "person", "name": None, "country": "RUS", "sector": "LEG", "role": "vice president"}),
    # a member, a coordinator or an organiser is of the body named after them
    ("Police detained a member of the ruling party.", "a member of the ruling party",
     {"kind": "person", "name": None, "sector": "PTY", "role": "member"}),
    ("Agents detained a regional coordinator of the opposition coalition.",
     "a regional coordinator of the opposition coalition", {"kind": "person", "name": None, "sector": "OPP"}),
    ("The interior minister resigned on Friday.", "The interior minister",
     {"kind": "person", "sector": "GOV", "role": "interior minister", "country": None}),
    ("Russia's defence minister visited the front.", "Russia's defence minister",
     {"kind": "person", "country": "RUS", "sector": "GOV"}),
    ("The Kenyan prime minister met the protesters.", "The Kenyan prime minister",
     {"kind": "person", "country": "KEN", "sector": "GOV", "role": "prime minister"}),
    # countries and seats of power
    ("Russia sent troops.", "Russia", {"kind": "country", "country": "RUS", "sector": "GOV"}),
    ("Kazakhstan asked for help.", "Kazakhstan", {"kind": "country", "country": "KAZ", "sector": "GOV"}),
    ("Moscow and its allies deny it.", "Moscow and its allies", {"kind": "country", "country": "RUS", "sector": "GOV"}),
    ("Washington imposed new sanctions.", "Washington", {"kind": "country", "country": "USA", "sector": "GOV"}),
    # unnamed groups and institutions
    ("They quelled the anger of the Kazakh demonstrators, who protested.", "the Kazakh demonstrators, who protested",
     {"kind": "group", "country": "KAZ", "sector": "CVL"}),
    ("The airport was invaded by an angry mob.", "an angry mob", {"kind": "group", "sector": "CVL", "country": None}),
    ("The Kazakh and Russian authorities blamed foreigners.", "The Kazakh and Russian authorities",
     {"kind": "group", "country": "KAZ", "sector": "GOV"}),
    ("Police arrested ten people.", "Police", {"sector": "COP", "country": None}),
    ("Security forces fired on the crowd.", "Security forces", {"sector": "COP"}),
    ("Rebels attacked the convoy.", "Rebels", {"kind": "group", "sector": "REB"}),
    ("Islamist insurgents overran the base.", "Islamist insurgents", {"sector": "REB"}),
    ("Soldiers opened fire.", "Soldiers", {"kind": "group", "sector": "MIL"}),
    ("Russian troops crossed the border.", "Russian troops", {"country": "RUS", "sector": "MIL"}),
    ("The first foreign soldiers arrived.", "The first foreign soldiers", {"sector": "MIL", "country": None}),
    ("Journalists were beaten outside the court.", "Journalists", {"sector": "JRN"}),
    ("Students occupied the campus.", "Students", {"sector": "EDU"}),
    ("Striking miners blocked the road.", "Striking miners", {"sector": "LAB"}),
    ("The Kenyan government denied it.", "The Kenyan government", {"country": "KEN", "sector": "GOV"}),
    ("The interior ministry issued a statement.", "The interior ministry", {"sector": "GOV", "kind": "org"}),
    ("The parliament voted against the bill.", "The parliament", {"sector": "LEG"}),
    ("Armed formations trained abroad attacked.", "Armed formations trained abroad", {"sector": "UAF"}),
    ("Unidentified gunmen shot the guard.", "Unidentified gunmen", {"sector": "UAF"}),
    ("Refugees crossed into Turkey.", "Refugees", {"sector": "REF"}),
    # an institution's people named by a head noun the lexicon lacks
    ("Army engineers blew up the bridge.", "Army engineers", {"kind": "org", "sector": "MIL"}),
    ("Police drivers blocked the avenue.", "Police drivers", {"sector": "COP"}),
    ("The Kazakh Interior Ministry said 18 died.", "The Kazakh Interior Ministry", {"country": "KAZ", "sector": "GOV"}),
    ("The Russians, once inside, hardly go out.", "The Russians", {"kind": "group", "country": "RUS"}),
    # an acronym the model takes for a person's name is an organisation's ("the JDS workers")
    ("The JDS workers gathered outside the office.", "The JDS workers", {"kind": "group", "sector": "LAB", "name": None}),
    ("The RJD legislature party met on Sunday.", "The RJD legislature party", {"kind": "org", "sector": "PTY"}),
    # a title that takes its body's sector, the body named before it (actors v12)
    ("The bank's chairman stepped down on Friday.", "The bank's chairman", {"kind": "person", "sector": "BUS"}),
    ("The company director stepped down after the audit.", "The company director", {"kind": "person", "sector": "BUS"}),
    ("The ministry's director stepped down on Friday.", "The ministry's director", {"kind": "person", "sector": "GOV"}),
    # a post of the state's forces or a state office stands for them as a target (actor_nouns.tsv)
    ("Mortar rounds hit the army camp before dawn.", "the army camp", {"kind": "org", "sector": "MIL"}),
    ("Arsonists set fire to the police outpost.", "the police outpost", {"kind": "org", "sector": "COP"}),
    ("Arsonists set fire to the government office.", "the government office", {"kind": "org", "sector": "GOV"}),
    ("The electoral commission barred the candidate on Monday.", "The electoral commission", {"kind": "org", "sector": "GOV"}),
    # a word taken for a name before a noun of people does not make the phrase a person (actors v14)
    ("Riot police fired tear gas at the marchers.", "Riot police", {"kind": "org", "sector": "COP"}),
    ("Putin critics were detained in the square.", "Putin critics", {"kind": "group", "sector": "OPP"}),
    # the captain of a team is no officer (titles.tsv)
    ("The team captain was dropped for the final.", "The team captain", {"kind": "person", "sector": None}),
    # not actors
    ("The airport was invaded by an angry mob.", "The airport", None),
    ("The trigger was the increase in fuel prices.", "fuel prices", None),
    ("The roots of the anger are deeper.", "The roots of the anger", None),
    ("They said it was over.", "They", None),
    ("Almaty was the scene of a shooting.", "Almaty", None),
]


@pytest.mark.parametrize(("text", "phrase", "expected"), ACTOR_CASES)
def test_resolve_actor(nlp, lexicon: ActorLexicon, text: str, phrase: str, expected: dict | None) -> None:
    span = _mention(nlp, text, phrase)
    actor = resolve_actor(span, lexicon=lexicon, memory=ActorMemory(lexicon, year=2022))
    if expected is None:
        assert actor is None
        return
    assert actor is not None
    assert (actor.start, actor.end, actor.text) == (span.start_char, span.end_char, span.text)
    assert actor.step == "seismo.actors.v20" and 0 < actor.confidence <= 1
    got = {key: getattr(actor, key) for key in expected}
    assert got == expected


def test_places_give_the_country(nlp, lexicon: ActorLexicon) -> None:
    text = "Almaty police dispersed the crowd."
    span = _mention(nlp, text, "Almaty police")
    almaty = Place(0, 6, "Almaty", "Almaty", 1526384, 43.25, 76.92, "KAZ", "Almaty", "city", 0.9)
    actor = resolve_actor(span, lexicon=lexicon, places=[almaty])
    assert actor is not None and (actor.country, actor.sector) == ("KAZ", "COP")


# ----------------------------------------------------------------------------- memory
MEMORY_CASES = [
    ("President Kassym Jomart Tokayev asked for help. Later Tokayev spoke again.",
     "President Kassym Jomart Tokayev", "Tokayev",
     {"name": "Kassym Jomart Tokayev", "country": "KAZ", "sector": "GOV", "role": "President"}),
    ("Nona Mikhelidze, head of the program at the Institute, spoke. Mikhelidze added a warning.",
     "Nona Mikhelidze, head of the program at the Institute", "Mikhelidze",
     {"name": "Nona Mikhelidze", "role": "head"}),
    ("The Kenyan opposition leader Raila Odinga spoke. Odinga then left.",
     "The Kenyan opposition leader Raila Odinga", "Odinga",
     {"name": "Raila Odinga", "country": "KEN", "sector": "OPP"}),
]


@pytest.mark.parametrize(("text", "first", "later", "expected"), MEMORY_CASES)
def test_memory_carries_titles(nlp, lexicon: ActorLexicon, text: str, first: str, later: str, expected: dict) -> None:
    doc = nlp(text)
    memory = ActorMemory(lexicon, year=2022)
    start = text.index(first)
    assert resolve_actor(doc.char_span(start, start + len(first)), lexicon=lexicon, memory=memory) is not None
    start = text.rindex(later)
    actor = resolve_actor(doc.char_span(start, start + len(later)), lexicon=lexicon, memory=memory)
    assert actor is not None and actor.kind == "person"
    assert {key: getattr(actor, key) for key in expected} == expected


def test_memory_recall_by_surname(lexicon: ActorLexicon) -> None:
    from seismo.model import Actor

    memory = ActorMemory(lexicon)
    memory.remember(Actor(0, 10, "x", "Kassym Jomart Tokayev", "KAZ", "GOV", "person", role="President"))
    profile = memory.recall("Tokayev's")
    assert profile is not None and (profile.name, profile.role) == ("Kassym Jomart Tokayev", "President")
    assert memory.recall("Lukashenko") is None


def test_seed_actors(nlp, lexicon: ActorLexicon, seed_path) -> None:
    """The seed's hand-checked actors, read from the gold file by meaning."""
    text = seed_path.read_text("utf-8")
    gold = json.loads(seed_path.with_name("kazakhstan-2022-01-07.gold.json").read_text("utf-8"))
    doc = nlp(text)
    memory = ActorMemory(lexicon, year=2022)
    for item in gold["actors"]:
        start = text.index(item["text"])
        span = doc.char_span(start, start + len(item["text"]), alignment_mode="expand")
        actor = resolve_actor(span, lexicon=lexicon, memory=memory)
        assert actor is not None, item
        for key in ("country", "sector", "role"):
            if key in item:
                assert getattr(actor, key) == item[key], (item, actor)
        if item.get("kind") == "IGO":
            assert actor.kind == "igo"
            org = lexicon.organisation(item["alias"])
            assert org is not None and set(org.members) == set(item["members"])


def test_a_national_police_service_is_police_of_its_country(lexicon: ActorLexicon) -> None:
    saps = lexicon.organisation("SAPS")
    assert saps is not None and (saps.country, saps.sector) == ("ZAF", "COP")


def test_a_span_that_runs_into_another_sentence_keeps_its_own_words() -> None:
    """A span crossing a sentence boundary holds a second root (its own head): the walk up to
    the span's head stops there instead of looping on it."""
    import signal

    import spacy
    from spacy.tokens import Doc

    from seismo.resolve.actor_parts import core_tokens

    words = ["The", "chief", "spoke", "Officers", "arrived"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 4, 4],
              deps=["det", "nsubj", "ROOT", "nsubj", "ROOT"], sent_starts=[True, False, False, True, False])

    def stuck(*_: object) -> None:
        raise TimeoutError("core_tokens loops on a second root")

    old = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(5)
    try:
        kept = [t.text for t in core_tokens(doc[0:5])]
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    root = doc[0:5].root.text
    assert root in kept and len(kept) < len(words)

