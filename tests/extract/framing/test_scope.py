"""Scope of a report (:mod:`seismo.extract.framing.scope`): political or incident, from the
coding alone — each rule of ``data/scope.tsv`` on reports built by hand (no model), the
article context (a protest or an institution's statement lends it; a criminal and a person's
statement do not), the table's checks, and two invented articles through the real pipeline.
Sentences written for these tests."""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path

import pytest

import seismo
from seismo.errors import ModelError
from seismo.extract import lexicon
from seismo.extract.framing import scope as S
from seismo.model import Actor, Event, Span

#: the text every hand-made report points into (its spans are true slices of it)
TEXT = "Something happened somewhere on some day, someone said."


def _actor(kind: str, sector: str | None, name: str | None = None) -> Actor:
    return Actor(0, 9, TEXT[:9], name, "KEN", sector, kind)


def report(type_: str = "ASSAULT", mode: str | None = "firearms", *, quad: int | None = 4,
           actor: tuple[str, str | None] | None = None, recipient: tuple[str, str | None] | None = None,
           modality: str = "asserted", id: str = "r1", acled: str | None = None) -> Event:
    """A report of ``type_``; ``actor`` / ``recipient`` are (kind, sector); no actor: unnamed."""
    return Event(
        id=id, type=type_, mode=mode, acled_event_type=None, acled_sub_event_type=acled, quad_class=quad,
        actor=None if actor is None else _actor(*actor), recipient=None if recipient is None else _actor(*recipient),
        location=None, date=None, counts=(), modality=modality, attributed_to=None,  # type: ignore[arg-type]
        hedged=False, evidence=Span(0, len(TEXT), TEXT), trigger=Span(0, 9, TEXT[:9]), confidence=0.7,
        scope="incident",  # scoped() must set it either way
    )


def scopes(*events: Event) -> list[str]:
    return [e.scope for e in S.scoped(list(events))]


#: a shooting by an unnamed gunman: nothing political about it by itself
SHOOTING = report("ASSAULT", "firearms", id="shooting")
#: an asserted protest: makes its article political
PROTEST = report("PROTEST", "demo", quad=3, actor=("group", "CVL"), id="protest")


# ------------------------------------------------------------------ one rule at a time

@pytest.mark.parametrize(
    ("event", "expected"),
    [
        pytest.param(report("PROTEST", "demo", quad=3), "political", id="type PROTEST"),
        pytest.param(report("PROTEST", None, quad=3, actor=("group", "CVL")), "political", id="type PROTEST, civilians"),
        pytest.param(report("ASSAULT", "aerial"), "political", id="mode aerial"),
        pytest.param(report("ASSAULT", "drone"), "political", id="mode drone"),
        pytest.param(report("ASSAULT", "explosives"), "political", id="mode explosives"),
        pytest.param(report("COERCE", "crowd-control"), "political", id="mode crowd-control"),
        pytest.param(report("ASSAULT", "firearms", actor=("org", "GOV")), "political", id="actor sector GOV"),
        pytest.param(report("ASSAULT", "firearms", actor=("group", "MIL")), "political", id="actor sector MIL"),
        pytest.param(report("ASSAULT", "firearms", actor=("group", "REB")), "political", id="actor sector REB"),
        pytest.param(report("ASSAULT", "firearms", recipient=("group", "GOV")), "political", id="recipient sector GOV"),
        pytest.param(report("COERCE", "seize", recipient=("country", None)), "political", id="recipient kind country"),
        pytest.param(report("ACCUSE", "allege", quad=3, actor=("igo", None)), "political", id="actor kind igo"),
        pytest.param(report("ASSAULT", None, actor=("org", "COP"), recipient=("group", "CVL"), acled="Violent demonstration"),
                     "political", id="acled Violent demonstration"),
        pytest.param(report("ASSAULT", None, acled="Excessive force against protesters"), "political",
                     id="acled Excessive force against protesters"),
        pytest.param(report("ASSAULT", None, actor=("org", "COP"), recipient=("group", "CVL"), acled="Attack"),
                     "incident", id="acled Attack, police on civilians"),
        pytest.param(SHOOTING, "incident", id="shooting, unnamed actor"),
        pytest.param(report("ASSAULT", "firearms", actor=("group", "UAF"), recipient=("group", "CVL")), "incident",
                     id="gunmen on civilians"),
        pytest.param(report("ASSAULT", "firearms", actor=("group", "CRM")), "incident", id="criminals"),
        pytest.param(report("ASSAULT", None, quad=4, actor=("person", None)), "incident", id="a person, no sector"),
    ],
)
def test_single_report(event: Event, expected: str) -> None:
    assert scopes(event) == [expected]
    assert S.political(event) is (expected == "political")


def test_scoped_changes_nothing_but_scope() -> None:
    events = [SHOOTING, PROTEST]
    out = S.scoped(events)
    assert [e.id for e in out] == ["shooting", "protest"]
    for before, after in zip(events, out):
        assert after == replace(before, scope=after.scope)
    assert S.scoped([]) == []


# ------------------------------------------------------------------ the article's context

def test_shooting_alone_is_an_incident() -> None:
    assert scopes(SHOOTING) == ["incident"]


def test_shooting_in_an_article_with_a_protest_is_political() -> None:
    assert scopes(SHOOTING, PROTEST) == ["political", "political"]
    assert scopes(PROTEST, SHOOTING) == ["political", "political"]  # order does not matter


@pytest.mark.parametrize("modality", ["future", "hypothetical", "negated", "historical"])
def test_a_protest_not_asserted_lends_nothing(modality: str) -> None:
    planned = report("PROTEST", "demo", quad=3, modality=modality, id="planned")
    assert scopes(SHOOTING, planned) == ["incident", "political"]


def test_a_political_material_act_lends_its_scope() -> None:
    air_strike = report("ASSAULT", "aerial", id="strike")
    assert scopes(SHOOTING, air_strike) == ["political", "political"]


def test_a_criminal_stays_an_incident_in_a_political_article() -> None:
    robbery = report("ASSAULT", "firearms", actor=("group", "CRM"), id="robbery")
    assert scopes(robbery, PROTEST) == ["incident", "political"]


def test_a_persons_statement_is_political_only_itself() -> None:
    """A minister (a person, sector GOV) accusing someone: the statement is political by its own
    coding, but a person's words do not make the article's shooting political."""
    statement = report("ACCUSE", "allege", quad=3, actor=("person", "GOV"), id="statement")
    assert S.political(statement)
    assert scopes(SHOOTING, statement) == ["incident", "political"]


def test_an_institutions_statement_makes_the_article_political() -> None:
    """A party (an organisation, sector PTY) accusing someone: the article is political."""
    statement = report("ACCUSE", "allege", quad=3, actor=("org", "PTY"), id="statement")
    assert scopes(SHOOTING, statement) == ["political", "political"]


def test_an_institution_as_recipient_makes_the_article_political() -> None:
    statement = report("ACCUSE", "allege", quad=3, actor=("person", None), recipient=("country", None), id="st")
    assert scopes(SHOOTING, statement) == ["political", "political"]


def test_an_institutions_statement_not_asserted_lends_nothing() -> None:
    statement = report("THREATEN", None, quad=3, actor=("org", "PTY"), modality="hypothetical", id="st")
    assert scopes(SHOOTING, statement) == ["incident", "political"]


# ------------------------------------------------------------------ the table

def test_signals_of_the_bundled_table() -> None:
    s = S.signals()
    assert set(s) == {"type", "mode", "sector", "kind", "voice", "acled", "target", "armed", "private", "held", "victim"}
    assert {"CRM", "CVL"} <= s["private"]
    assert "JRN" in s["held"] and "JRN" not in s["sector"] and {"EDU", "LAB"} <= s["victim"]
    assert "COP" in s["target"] and "COP" not in s["sector"] and s["armed"] == {"UAF"}
    assert "Violent demonstration" in s["acled"] and "Armed clash" in s["acled"] and "Attack" not in s["acled"]
    assert "LAB" in s["voice"] and "LAB" not in s["sector"]
    assert "PROTEST" in s["type"] and "aerial" in s["mode"]
    assert {"GOV", "MIL", "PTY"} <= s["sector"] and "CRM" not in s["sector"]
    assert "country" in s["kind"] and "person" not in s["kind"]


@pytest.fixture
def table_at(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """``table_at(text)``: make :func:`scope.signals` read ``text`` instead of the bundled table
    (``signals`` takes no path, so ``lexicon.read`` is given one); the cache is cleared around it."""
    original = lexicon.read

    def use(text: str) -> None:
        path = tmp_path / "scope.tsv"
        path.write_text(text, "utf-8")
        monkeypatch.setattr(S.lexicon, "read", functools.partial(original, path=path))
        S.signals.cache_clear()

    yield use
    S.signals.cache_clear()


HEADER = "what\tvalue\twhy\n"


@pytest.mark.parametrize(
    ("row", "words"),
    [
        ("type\tRIOTING\ta made-up type", "unknown 'type' value 'RIOTING'"),
        ("mode\ttear-gas\tnot a PLOVER mode", "unknown 'mode' value 'tear-gas'"),
        ("kind\tmob\tnot an actor kind", "unknown 'kind' value 'mob'"),
        ("acled\tRiot\tnot an ACLED sub-event type", "unknown 'acled' value 'Riot'"),
        ("word\triot\twords are not allowed", "unknown 'word' value 'riot'"),
    ],
)
def test_signals_reject_a_bad_row(table_at, row: str, words: str) -> None:
    table_at("# a broken copy\n" + HEADER + "type\tPROTEST\tfine\n" + row + "\n")
    with pytest.raises(ModelError) as caught:
        S.signals()
    message = str(caught.value)
    assert words in message and "scope.tsv:4:" in message


def test_signals_reject_a_wrong_header_or_a_short_row(table_at) -> None:
    table_at("kind\tvalue\twhy\n")
    with pytest.raises(ModelError, match="header row"):
        S.signals()
    table_at(HEADER + "mode\taerial\n")
    with pytest.raises(ModelError, match="expected 3 tab-separated columns"):
        S.signals()


def test_signals_read_another_table(table_at) -> None:
    table_at(HEADER + "sector\tCRM\ta test table\n")
    s = S.signals()
    assert s["sector"] == {"CRM"} and not s["type"]
    assert scopes(report(actor=("group", "CRM"))) == ["political"]
    assert scopes(report("PROTEST", "demo", quad=3)) == ["incident"]


# ------------------------------------------------------------------ the real pipeline

ROBBERY = ("A man was shot dead during a robbery at a petrol station in Durban on Monday, police said. "
           "The gunman fled with cash from the till.")
TEAR_GAS = ("Police fired tear gas at thousands of marchers in Nairobi on Tuesday as they protested against "
            "new taxes. Several people were arrested, witnesses said.")


def test_a_robbery_murder_is_an_incident(pipeline) -> None:
    result = pipeline.run(seismo.make_article(ROBBERY, date="2023-05-02"))
    assert result.events, "the shooting was not found"
    assert [e.scope for e in result.events] == ["incident"] * len(result.events), \
        [(e.type, e.trigger.text, e.scope) for e in result.events]


def test_tear_gas_on_marchers_is_political(pipeline) -> None:
    result = pipeline.run(seismo.make_article(TEAR_GAS, date="2023-05-04"))
    assert result.events, "nothing was found"
    assert any(e.type == "PROTEST" or e.mode == "crowd-control" for e in result.events), \
        [(e.type, e.mode) for e in result.events]
    assert {e.scope for e in result.events} == {"political"}, \
        [(e.type, e.trigger.text, e.scope) for e in result.events]


@pytest.mark.parametrize("text", [
    "Shots were fired at the army base overnight.",
    "Gunmen set fire to a government office in the district.",
])
def test_an_attack_on_a_post_of_the_state_is_political(pipeline, text) -> None:
    """A base or an office of the state (actor_nouns.tsv) is the state as a target (actors v13)."""
    result = pipeline.run(seismo.make_article(text, date="2023-05-04"))
    attacks = [e for e in result.events if e.type == "ASSAULT"]
    assert attacks and all(e.scope == "political" for e in attacks), [(e.type, e.trigger.text, e.scope) for e in result.events]


@pytest.mark.parametrize(("text", "scope"), [
    ("Gunmen stormed a police station in the hills before dawn, killing two constables.", "political"),
    ("Unknown gunmen opened fire on a police checkpoint outside the town.", "political"),
    # a lone man is no armed group: his attack on an officer is a crime unless more is told
    ("A man stabbed a traffic policeman outside the station after an argument.", "incident"),
    ("A gunman killed two police officers in Memphis.", "incident"),
])
def test_an_armed_groups_attack_on_the_police_is_political(pipeline, text, scope) -> None:
    """An attack on the police (a ``target`` sector) by unidentified armed men (an ``armed``
    sector) is political violence, as ACLED codes it (scope.tsv)."""
    result = pipeline.run(seismo.make_article(text, date="2023-05-04"))
    attacks = [e for e in result.events if e.type == "ASSAULT"]
    assert attacks and {e.scope for e in attacks} == {scope}, [(e.type, e.trigger.text, e.scope) for e in result.events]


@pytest.mark.parametrize(("text", "scope"), [
    ("Heavy fighting broke out between two militias near the river crossing.", "political"),
    ("Soldiers clashed with rebels near the border.", "political"),
    # a side of a private sector (scope.tsv) keeps the fight a crime
    ("Police exchanged fire with armed robbers in Lagos on Sunday.", "incident"),
    ("Two rival gangs clashed in Kingston overnight.", "incident"),
    # civilians named only as the clash's victims are no side of it (events v136)
    ("Rival religious groups clashed over a procession route, leaving nine people injured.", "political"),
])
def test_an_armed_clash_is_political_unless_a_side_is_private(pipeline, text, scope) -> None:
    """An armed clash (ACLED Battles) is political, unless criminals or civilians fight (events v134)."""
    result = pipeline.run(seismo.make_article(text, date="2023-05-04"))
    clash = [e for e in result.events if e.acled_sub_event_type == "Armed clash"]
    assert clash and {e.scope for e in clash} == {scope}, [(e.type, e.trigger.text, e.scope) for e in result.events]


@pytest.mark.parametrize("text", [
    "A mob lynched a herder accused of stealing goats at the weekly market.",
    "An angry mob beat two men suspected of theft near the bus station.",
    # a clash of civilians, no armed side among them, is mob violence (acled_map.tsv, events v137)
    "Supporters of rival candidates clashed in the market after the results were announced.",
])
def test_mob_violence_is_political_disorder(pipeline, text) -> None:
    """A mob's violence outside a demonstration (ACLED Riots: mob violence) is political (events v136)."""
    result = pipeline.run(seismo.make_article(text, date="2023-05-04"))
    mob = [e for e in result.events if e.acled_sub_event_type == "Mob violence"]
    assert mob and {e.scope for e in mob} == {"political"}, [(e.type, e.trigger.text, e.acled_sub_event_type, e.scope) for e in result.events]


def test_police_clashing_with_protesters_is_political(pipeline) -> None:
    """A clash coded as a demonstration turned violent is political though police and
    "protesters" (sector CVL) name no political sector and the clash no political mode."""
    result = pipeline.run(seismo.make_article("Police clashed with protesters at the port.", date="2023-05-04"))
    clash = [e for e in result.events if e.trigger.text == "clashed"]
    assert clash and clash[0].acled_sub_event_type == "Violent demonstration", [(e.type, e.trigger.text) for e in result.events]
    assert clash[0].scope == "political"


@pytest.mark.xfail(strict=True, reason=(
    "triggers.tsv excludes 'shoot'/'kill'/'murder'/'shooting' in a sentence with a @crime word (robbery, "
    "theft, ...), so a robbery-murder sentence yields no report at all, while the scope module says "
    "incidents 'are extracted, linked and counted like any report' (only a later sentence without a "
    "crime word, 'The gunman fled ...', gives one); either drop the ctx=@crime excludes now that scope "
    "marks incidents, or document that crimes named as such are not extracted"))
def test_a_robbery_murder_sentence_gives_an_incident(pipeline) -> None:
    one_sentence = ROBBERY.split(". ")[0] + "."
    result = pipeline.run(seismo.make_article(one_sentence, date="2023-05-02"))
    assert [(e.type, e.scope) for e in result.events] == [("ASSAULT", "incident")]


# ------------------------------------------------------------------ statements outside a political forum

def test_a_statement_outside_a_forum_is_dropped_not_made_an_incident() -> None:
    meeting = report("CONSULT", None, quad=1, actor=("person", None), id="meeting")
    deal = report("AGREE", None, quad=1, actor=("org", "BUS"), id="deal")
    robbery = report("ASSAULT", "firearms", id="robbery")
    kept = S.scoped([meeting, deal, robbery], in_forum=False)
    assert [(e.id, e.scope) for e in kept] == [("robbery", "incident")]  # an incident stays
    assert [e.scope for e in S.scoped([meeting, deal], in_forum=True)] == ["incident", "incident"]
    # political by its own coding, or lent by the article: kept outside a forum too
    minister = report("CONSULT", None, quad=1, actor=("person", "GOV"), id="minister")
    assert [e.id for e in S.scoped([meeting, minister], in_forum=False)] == ["minister"]
    assert [e.id for e in S.scoped([meeting, PROTEST], in_forum=False)] == ["meeting", "protest"]


FIRMS = ("Two software makers, Orvane Systems and Teltrix, ended their long dispute over a storage patent on "
         "Thursday. Orvane agreed to pay a licence fee for the next five years, and Teltrix withdrew its claim "
         "for damages. The chief executive of Teltrix said the firms had met four times since spring before "
         "they reached the deal. Analysts said the settlement removed a cloud over both companies. Shares of "
         "Orvane rose three percent in late trading, while Teltrix shares were flat. The two makers will now "
         "work together on a new storage format, the companies said in a joint statement. Teltrix had sued Orvane "
         "in 2021, saying its drives copied a way of packing data that Teltrix engineers had designed.")
COUNCIL = FIRMS.replace("Analysts said", "The trade minister welcomed the deal, and analysts said")


def test_a_deal_between_firms_gives_no_event_but_a_minister_makes_it_public(pipeline) -> None:
    assert len(FIRMS.split()) > S.FORUM_MIN_TOKENS * 0.8  # long enough for its silence to count
    firms = pipeline.run(seismo.make_article(FIRMS, date="2024-03-08"))
    assert [e.type for e in firms.events if e.quad_class in S.VERBAL] == [], \
        [(e.type, e.trigger.text) for e in firms.events]
    council = pipeline.run(seismo.make_article(COUNCIL, date="2024-03-08"))
    assert any(e.quad_class in S.VERBAL for e in council.events), [(e.type, e.trigger.text) for e in council.events]


def test_a_capitalised_title_before_a_name_makes_a_forum(pipeline) -> None:
    """A title written before a person's name is capitalised and read as part of a name (PROPN):
    "Trade Minister Lena Ostrova" makes the article a political forum as "the trade minister" does;
    a word of a firm's name ("General") does not."""
    from seismo.extract.framing.scope import forum

    nlp, actors = pipeline.resources.nlp, pipeline.resources.actors
    titled = FIRMS.replace("Analysts said", "Trade Minister Lena Ostrova welcomed the deal, and analysts said")
    assert forum(nlp(titled), actors)
    assert not forum(nlp(FIRMS.replace("Analysts said", "General Dynamics welcomed the deal, and analysts said")), actors)


def test_a_lone_sentence_gets_the_benefit_of_the_doubt(pipeline) -> None:
    result = pipeline.run(seismo.make_article("Both envoys met on Friday and agreed to talk again.",
                                              date="2024-03-08"))
    assert {e.type for e in result.events} & {"CONSULT", "AGREE"}, [(e.type, e.trigger.text) for e in result.events]


# ------------------------------------------------------------------ crime news: places, parties, deputies (events v127)

@pytest.mark.parametrize("text", [
    # a town written before a noun says where, no state acts ("a Stockton shooting" is no country's deed)
    "A teenager and his cousin were hurt in a Springfield shooting late on Friday, police said. The gunman fled on foot.",
    "The killing was Riverton's third homicide of the year. Detectives have no suspect yet.",
    # a party hosted or attended is a gathering, no political party
    "Three people were shot at a house party on the east side early Sunday. Police said an argument had turned violent.",
    "A guest opened fire after he was asked to leave a birthday party. Two people were wounded.",
    # one former employee is no crowd
    "A former employee of the warehouse shot a supervisor near the loading dock. Officers arrested him an hour later.",
])
def test_crime_news_stays_an_incident(pipeline, text) -> None:
    result = pipeline.run(seismo.make_article(text, date="2024-06-08"))
    assert result.events, "nothing was found"
    assert {e.scope for e in result.events} == {"incident"}, [(e.type, e.trigger.text, e.scope) for e in result.events]


def test_a_party_at_a_gathering_makes_no_forum(pipeline) -> None:
    from seismo.extract.framing.scope import forum

    nlp, actors = pipeline.resources.nlp, pipeline.resources.actors
    partygoers = FIRMS.replace("Analysts said", "Dozens of guests at a garden party said")
    assert not forum(nlp(partygoers), actors)
    assert forum(nlp(FIRMS.replace("Analysts said", "The ruling party said")), actors)


def test_sheriffs_deputies_and_state_troopers_are_police(pipeline) -> None:
    # a deputy is a legislator's title elsewhere ("Russian deputies voted"), a sheriff's officer where one is named
    for text in ("Sheriff's deputies shot a man who pointed a rifle at them.",
                 "A state trooper arrested the driver after a chase on the interstate.",
                 "U.S. Marshals arrested the fugitive at a motel outside Dayton.",
                 "The county sheriff said the suspect was found in a barn. Deputies arrested him without a struggle."):
        result = pipeline.run(seismo.make_article(text, date="2024-06-08"))
        actors = [e.actor for e in result.events if e.actor is not None]
        assert actors and actors[0].sector == "COP", [(e.type, e.actor) for e in result.events]


def test_deputies_of_a_parliament_stay_legislators(pipeline) -> None:
    result = pipeline.run(seismo.make_article("Opposition deputies boycotted the budget vote on Tuesday.", date="2024-06-08"))
    actors = [e.actor for e in result.events if e.actor is not None]
    assert actors and actors[0].sector in ("LEG", "OPP"), [(e.type, e.actor) for e in result.events]


@pytest.mark.parametrize("text", [
    "Gunmen fired at the ruling party's regional office in the north, wounding two guards.",
    "Protesters hurled stones at the ruling party as its leaders arrived for the rally.",
])
def test_a_party_that_is_fired_at_is_the_political_party(pipeline, text) -> None:
    result = pipeline.run(seismo.make_article(text, date="2024-06-08"))
    assert any(e.scope == "political" for e in result.events), [(e.type, e.trigger.text, e.scope) for e in result.events]
