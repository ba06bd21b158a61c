"""the rules of reference of seismo.extract.events.merge and the demand rule of seismo.extract.events.acts: one happening
told again by a definite noun or framed in another is one report; what a request asks for is no
event.  Sentences written for these tests."""

from __future__ import annotations


def _of(events, type_: str) -> list:
    return [e for e in events if e.type == type_]


def test_a_definite_mention_joins_the_report_it_points_back_to(events_of) -> None:
    # the later mention's own sentence names another town: field by field, two rallies
    text = "Nurses held a rally in Nairobi on Monday. Because of flooding in Mombasa, the rally ended early."
    (rally,) = _of(events_of(text), "PROTEST")
    assert rally.location is not None and rally.location.place.name == "Nairobi" and len(rally.mentions) == 1


def test_a_definite_mention_naming_its_own_place_is_another_happening(events_of) -> None:
    text = ("Farmers held a rally in Lyon on Monday. "
            "The rally in Marseille drew fewer people, organisers said.")
    assert len(_of(events_of(text), "PROTEST")) == 2


def test_a_generic_definite_noun_joins_the_happening_just_told(events_of) -> None:
    text = ("In 2004 gunmen seized dozens of hostages at a school in the border town. "
            "Many died in the attacks.")
    second = text.index("Many")
    attacks = _of(events_of(text), "ASSAULT")
    assert attacks and all(e.trigger.start < second for e in attacks)  # "the attacks" is no report of its own
    assert any(m.start == second for e in attacks for m in e.mentions)


def test_an_event_framed_in_another_of_its_type_is_one_report(events_of) -> None:
    text = "At a meeting of ward leaders in the capital on Tuesday, the party discussed its list of candidates."
    (meeting,) = _of(events_of(text), "CONSULT")
    assert meeting.trigger.text == "meeting"


def test_what_a_request_asks_for_is_no_event(events_of) -> None:
    events = events_of("The bishops' council called for a nationwide ban on the militia on Sunday.")
    assert _of(events, "REQUEST") and not _of(events, "COERCE")


def test_a_known_happening_named_in_a_request_stays(events_of) -> None:
    text = "The union pressed for the agreements signed at the March summit to be carried out."
    assert _of(events_of(text), "AGREE")


def test_an_indefinite_event_noun_as_a_remedy_is_no_happening(events_of) -> None:
    events = events_of("Only a ban on the militia can restore calm in the province, the bishop said on Sunday.")
    assert not _of(events, "COERCE")
    events = events_of("A ban on the militia was not enough, the bishop said on Sunday.")
    assert not _of(events, "COERCE")


def test_a_definite_event_noun_under_a_modal_is_still_told(events_of) -> None:
    assert _of(events_of("The strike could end on Friday, union leaders said."), "PROTEST")


def test_a_happening_is_not_folded_into_one_that_may_come(events_of) -> None:
    text = "More villagers could die if the raiders kill again, said the chief of the village where the massacre took place on Monday."
    assert any(e.type == "ASSAULT" and e.modality == "asserted" for e in events_of(text))


def test_a_word_named_again_with_the_is_the_same_happening_whatever_its_noun_codes(events_of) -> None:
    """events v132: "bandits raided a village ... wounded in the raid": the raid is the bandits'
    attack (ASSAULT), not a police search (COERCE) of its own."""
    text = ("Bandits raided a village near Zaria on Sunday, residents said. "
            "Several villagers were wounded in the raid.")
    events = events_of(text)
    assert not _of(events, "COERCE"), events.brief()
    (raid,) = _of(events, "ASSAULT")
    assert raid.trigger.text == "raided" and raid.mentions, events.brief()


def test_whom_a_source_tells_is_not_who_they_are(pipeline) -> None:
    """events v132: "The farmers told the BBC ... 'They came at six'": the broadcaster spoken to
    is no antecedent of "they"."""
    from seismo.extract.events.actors import pronoun_antecedent

    doc = pipeline.resources.nlp('The farmers told the BBC about the raid. "They came at six," one of them said.')
    they = next(t for t in doc if t.text == "They")
    found = pronoun_antecedent(they)
    assert found is not None and found.text == "farmers"


def test_they_after_a_quantity_of_people_is_the_people(events_of) -> None:
    """events v132: "Hundreds of cotton farmers blocked ... They demanded": the farmers demand."""
    text = "Hundreds of cotton farmers blocked the highway to the port. They demanded higher prices for their crop."
    demand = events_of(text).find("REQUEST", "demanded")
    assert demand is not None and demand.actor is not None and demand.actor.sector == "AGR", events_of(text).brief()


def test_a_word_named_again_with_a_doer_of_its_own_is_another_act(events_of) -> None:
    """events v133: "the raid by soldiers" names its own doer: not the bandits' raid told before."""
    text = "Bandits raided a village near Zaria on Sunday. The raid by soldiers on a bandit camp came a week later."
    raids = [e for e in events_of(text) if e.type in ("ASSAULT", "COERCE")]
    assert len(raids) == 2, events_of(text).brief()

