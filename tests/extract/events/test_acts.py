"""What a sentence does with an event (:mod:`seismo.extract.events.acts`): an unrealised event in
a main clause is its source's speech act (promise, threat, demand, refusal), and the main
clause's event ranks first.  Sentences written for these tests."""

from __future__ import annotations

import pytest

TOP_TYPE_CASES = [
    ("Norway will support the plan to rebuild the port, its foreign minister said.", "AGREE"),
    ("The government offered to release the detained journalists.", "AGREE"),
    ("The union said it would boycott the talks unless wages rise.", "THREATEN"),
    ("The minister said the army must withdraw its troops from the border.", "REQUEST"),
    ("The opposition leader declined to resign.", "REJECT"),
    ("Canada halted development aid to the junta after the coup.", "SANCTION"),
    ("Settlers set fire to a school in the village overnight.", "ASSAULT"),
    # an event carried out is no longer what was planned or threatened of it
    ("The army on Sunday launched its long-planned offensive against the rebel stronghold.", "ASSAULT"),
    # "quoted as saying" reports its clause as "said" does: the offer is the sentence's act
    ("The senator was quoted as saying her party would be willing to join talks with the unions.", "AGREE"),
    ("Denmark said it was prepared to supply military material to the Estonian border guard.", "AGREE"),
]


@pytest.mark.parametrize(("text", "type_"), TOP_TYPE_CASES)
def test_top_event_type(events_of, text: str, type_: str) -> None:
    event = events_of(text).top(asserted_only=False)
    assert event is not None and event.type == type_


@pytest.mark.parametrize("text", [
    "The teachers' union postponed its march on the ministry because of the storm.",
    "Farmers decided to defer the tractor rally until after the harvest.",
    "The organisers have rescheduled the sit-in for next Thursday.",
    "The dockers' union put off its strike by a fortnight.",
])
def test_an_event_put_off_is_still_to_come_and_no_threat(events_of, text: str) -> None:
    event = events_of(text).top(asserted_only=False)
    assert event is not None and event.type == "PROTEST" and event.modality == "future"


@pytest.mark.parametrize(("text", "type_"), [
    ("The two foreign ministers are due to meet in Oslo on Thursday.", "CONSULT"),
    ("The transport minister is expected to visit flooded districts in the north next week.", "CONSULT"),
])
def test_an_event_on_the_calendar_is_still_to_come_and_no_promise(events_of, text: str, type_: str) -> None:
    """A meeting that is due, scheduled or expected is foreseen, not promised by those meeting (events v128)."""
    event = events_of(text).top(asserted_only=False)
    assert event is not None and (event.type, event.modality) == (type_, "future"), events_of(text).brief()


@pytest.mark.parametrize("text", [
    "The planned sit-in at the depot was cancelled after the rain.",
    "The tractor rally planned for Saturday was called off by the farmers' union.",
    "The organisers called off the march planned for next week.",
])
def test_a_planned_act_called_off_is_no_threat_and_did_not_happen(events_of, text) -> None:
    """events v128, v131: a planned act that is cancelled or called off is no threat, and it will
    not take place: negated, whether the verb has its particle ("called off") or not."""
    events = events_of(text)
    protests = [e for e in events if e.type == "PROTEST"]
    assert "THREATEN" not in {e.type for e in events} and protests, events.brief()
    assert {e.modality for e in protests} == {"negated"}, events.brief()


def test_what_one_will_face_otherwise_is_held_out_not_done(events_of) -> None:
    """events v128: "or face attack", however the parse reads "face", is the branch of a threat."""
    event = events_of("Quit the valley or face attack, the militia told the settlers.").find("ASSAULT", "attack")
    assert event is not None and event.modality == "hypothetical"


def test_a_past_verb_beside_a_said_clause_shares_none_of_its_modal(events_of) -> None:
    """events v128: "urged" after "said ... would hurt ... and" is the speaker's own act, not under
    "would": the strike it urges others to join is no threat of the speaker's."""
    events = events_of("The guild said the levy would ruin small traders and urged shopkeepers to join the strike.")
    assert "THREATEN" not in {e.type for e in events} and events.find("REQUEST", "urged") is not None, events.brief()
    # a verb spelled alike in both forms stays under the modal; cancelling is itself what is threatened
    for text in ("The minister said police would find the killers and put them behind bars.",
                 "The ministry said it would cancel its cooperation with the inspectors."):
        assert "THREATEN" in {e.type for e in events_of(text)}, events_of(text).brief()


def _event(id_: str, type_: str, *, sentence: int, quad: int, sub: str | None = None, mode: str | None = None,
           counts=()):
    from seismo.model import Event, Span

    span = Span(sentence * 100, sentence * 100 + 90, "x" * 90)
    return Event(id=id_, type=type_, mode=mode, acled_event_type=None, acled_sub_event_type=sub, quad_class=quad,
                 actor=None, recipient=None, location=None, date=None, counts=tuple(counts), modality="asserted",
                 attributed_to=None, hedged=False, evidence=span, trigger=Span(span.start, span.start + 4, "xxxx"),
                 confidence=0.8)


def test_words_about_force_rank_below_it_across_sentences_or_on_a_par() -> None:
    """A statement ACLED codes as no event ranks below an asserted use of force told in another
    sentence, or in its own as centrally (two main clauses); the parse of one sentence that puts
    the statement first ("Rome condemned the bombing") keeps it first; a concession keeps its rank."""
    from seismo.extract.events.acts import Drafted, words_about_force

    verbal = frozenset({1, 3})
    said, force = _event("s", "ACCUSE", sentence=0, quad=3), _event("f", "ASSAULT", sentence=1, quad=4)
    drafted = {"s": Drafted("ACCUSE", 1.0), "f": Drafted("ASSAULT", 0.6)}
    assert words_about_force([said, force], verbal=verbal, drafted=drafted) == {"s": frozenset({"f"})}
    same = _event("f", "ASSAULT", sentence=0, quad=4)
    assert words_about_force([said, same], verbal=verbal, drafted=drafted) == {}  # "condemned the bombing"
    on_a_par = {**drafted, "f": Drafted("ASSAULT", 1.0)}
    assert words_about_force([said, same], verbal=verbal, drafted=on_a_par) == {"s": frozenset({"f"})}
    offer = _event("s", "AGREE", sentence=0, quad=1)
    assert words_about_force([offer, force], verbal=verbal, drafted={**drafted, "s": Drafted("CONCEDE", 1.0)}) == {}
    coded = _event("s", "AGREE", sentence=0, quad=1, sub="Agreement")  # an agreement ACLED codes is an act
    assert words_about_force([coded, force], verbal=verbal, drafted=drafted) == {}


def test_arrests_rank_below_an_attack_with_dead_or_wounded() -> None:
    from seismo.extract.events.acts import Drafted, aftermath
    from seismo.model import Count

    killed = Count("killed", 4, 4, 4, 0, 1, "4")
    arrest = _event("a", "COERCE", sentence=1, quad=4, mode="arrest")
    attack = _event("k", "ASSAULT", sentence=0, quad=4, counts=[killed])
    drafted = {"a": Drafted("COERCE", 1.0), "k": Drafted("ASSAULT", 1.0)}
    assert aftermath([attack, arrest], drafted=drafted) == {"a": frozenset({"k"})}
    assert aftermath([_event("k", "ASSAULT", sentence=0, quad=4), arrest], drafted=drafted) == {}  # no bloodshed


def test_an_occasion_ranks_below_an_act_of_another_type_at_least_as_central() -> None:
    """ "Greece suspended flights *after* gunmen bombed ...": the suspension is the sentence's act;
    an occasion of the same type is the same happening told twice and keeps its rank."""
    from seismo.extract.events.acts import Drafted, backgrounded

    act, cause = _event("s", "COERCE", sentence=0, quad=4), _event("b", "ASSAULT", sentence=0, quad=4)
    drafted = {"s": Drafted("COERCE", 1.0), "b": Drafted("ASSAULT", 0.15, occasion=True)}
    assert backgrounded([act, cause], drafted=drafted) == {"b": frozenset({"s"})}
    assert backgrounded([act, _event("b", "ASSAULT", sentence=1, quad=4)], drafted=drafted) == {}  # other sentence
    hurt = _event("s", "ASSAULT", sentence=0, quad=4)
    assert backgrounded([hurt, cause], drafted={**drafted, "s": Drafted("ASSAULT", 1.0)}) == {}
    less = {**drafted, "s": Drafted("COERCE", 0.1)}
    assert backgrounded([act, cause], drafted=less) == {}


@pytest.mark.parametrize(("text", "word", "occasion"), [
    ("Greece suspended all flights on Friday, hours after gunmen bombed a police station.", "bombed", True),
    ("The army imposed a curfew following the shooting of two soldiers.", "shooting", True),
    ("Police arrested the men who bombed the station.", "bombed", False),
    ("The first convoy of aid trucks arrived in the city.", "convoy", False),
])
def test_told_as_occasion(nlp, text: str, word: str, occasion: bool) -> None:
    from seismo.extract.events.acts import told_as_occasion

    doc = nlp(text)
    assert told_as_occasion(next(t for t in doc if t.text == word)) is occasion


def test_an_event_told_aside_ranks_below_the_main_clause_of_its_sentence() -> None:
    """ "Rebels, who had *kidnapped* ..., reached a *deal*": the relative clause's event ranks below
    the main verb's object; one of the same type, one in another sentence or one under no main
    event keeps its rank."""
    from seismo.extract.events.acts import Drafted, main_clause_first

    deal, kidnap = _event("d", "AGREE", sentence=0, quad=1), _event("k", "ASSAULT", sentence=0, quad=4)
    drafted = {"d": Drafted("AGREE", 0.6), "k": Drafted("ASSAULT", 0.15, aside=True)}
    assert main_clause_first([deal, kidnap], drafted=drafted) == {"k": frozenset({"d"})}
    assert main_clause_first([deal, _event("k", "ASSAULT", sentence=1, quad=4)], drafted=drafted) == {}
    assert main_clause_first([deal, kidnap], drafted={**drafted, "d": Drafted("AGREE", 0.4)}) == {}
    in_of_phrase = {**drafted, "k": Drafted("ASSAULT", 0.15)}  # "the deployment of peacekeeping troops"
    assert main_clause_first([deal, kidnap], drafted=in_of_phrase) == {}
    same = _event("d", "ASSAULT", sentence=0, quad=4)
    assert main_clause_first([same, kidnap], drafted=drafted) == {}


@pytest.mark.parametrize(("text", "word", "aside"), [
    ("Rebels, who had kidnapped a mayor, signed a truce with the army.", "kidnapped", True),
    ("Nurses marched to the ministry to demand higher pay.", "demand", True),
    ("The ministry froze the funds after the group attacked a convoy.", "attacked", True),
    ("The first deployment of peacekeeping troops reached the town.", "peacekeeping", False),
    ("The cabinet imposed a curfew in the capital.", "curfew", False),
])
def test_told_aside(nlp, text: str, word: str, aside: bool) -> None:
    from seismo.extract.events.acts import told_aside

    doc = nlp(text)
    assert told_aside(next(t for t in doc if t.text == word)) is aside


@pytest.mark.parametrize(("text", "type_"), [
    ("Delegates of the two militias, which had kidnapped dozens of traders last spring, reached an accord in "
     "Niamey on Sunday to end their feud over grazing land.", "AGREE"),
])
def test_the_main_clause_outranks_a_relative_clause(events_of, text: str, type_: str) -> None:
    event = events_of(text).top(asserted_only=False)
    assert event is not None and event.type == type_
