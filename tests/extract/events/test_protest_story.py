"""One protest told over an article (events v97): its crowd named later ("the protesters", "the
demonstrators") is no other doer than the group first named (:func:`seismo.extract.events.merge._crowd`),
a site placed at its town's point lies in that town, the report takes the furthest escalation its
mentions tell (ACLED's protest sub-types), and an act told with no date of its own in a sentence that
mentions a dated report takes that report's date (:func:`seismo.extract.events.dating.share_dates`).
Articles written for these tests."""

from __future__ import annotations

from dataclasses import replace

from seismo.extract.events.dating import share_dates
from seismo.model import Event, EventDate, Span

STORY = ("Thousands of nurses marched through Kampala on Tuesday to demand unpaid allowances.\n\n"
         "Police fired tear gas to disperse the protesters near the city hall. Several demonstrators were "
         "detained, a union official said.\n\n"
         "The protesters later regrouped outside the health ministry.")


def test_a_protest_told_again_by_its_crowd_is_one_report(events_of) -> None:
    events = events_of(STORY)
    protests = [e for e in events if e.type == "PROTEST"]
    assert len(protests) == 1, events.brief()
    assert protests[0].actor is not None and protests[0].actor.text == "nurses"
    assert len(protests[0].mentions) >= 2


def test_the_report_takes_the_force_a_later_mention_tells(events_of) -> None:
    (protest,) = [e for e in events_of(STORY) if e.type == "PROTEST"]
    assert protest.acled_sub_event_type == "Protest with intervention"


def test_the_tear_gas_and_the_detentions_take_the_marchs_day(events_of) -> None:
    events = events_of(STORY)
    dated = {e.type: e.date.value for e in events if e.date is not None}
    assert dated == {"PROTEST": "2022-01-04", "ASSAULT": "2022-01-04", "COERCE": "2022-01-04"}, events.brief()


def test_two_named_groups_protesting_stay_two_reports(events_of) -> None:
    text = ("Teachers marched through Kampala on Tuesday over unpaid allowances.\n\n"
            "Taxi drivers blocked roads in the west of the country on Thursday against a new fuel levy.")
    protests = [e for e in events_of(text) if e.type == "PROTEST"]
    assert len(protests) == 2


def test_one_crowds_acts_in_one_sentence_are_one_protest(events_of) -> None:
    # events v104: one subject, one day, one sentence: whatever the forms and the targets
    for text in ("Villagers blocked the main road and marched to the district office.",
                 "Dock workers walked off the job and rallied outside the port authority.",
                 "Students hurled bottles at the guards and torched the gate of the ministry on Tuesday."):
        protests = [e for e in events_of(text) if e.type == "PROTEST"]
        assert len(protests) == 1, events_of(text).brief()


def test_a_march_whose_crowd_turns_violent_is_one_riot(events_of) -> None:
    text = ("Thousands of pensioners marched through Sofia on Sunday. Later, the marchers threw eggs and "
            "stones at the parliament building.")
    (protest,) = [e for e in events_of(text) if e.type == "PROTEST"]
    assert (protest.mode, protest.acled_sub_event_type) == ("riot", "Violent demonstration")
    assert protest.actor is not None and protest.actor.text == "pensioners"
    assert len(protest.mentions) == 1


def test_a_rally_and_a_riot_in_two_towns_stay_two(events_of) -> None:
    text = "Farmers rallied peacefully in Lyon on Monday. In Nantes, protesters smashed bank windows."
    protests = sorted((e.location.place.name, e.acled_sub_event_type) for e in events_of(text)
                      if e.type == "PROTEST" and e.location is not None)
    assert protests == [("Lyon", "Peaceful protest"), ("Nantes", "Violent demonstration")]


def _dated(id_: str, sentence: int, *, source: str, value: str, mentions: tuple[int, ...] = ()) -> Event:
    span = lambda i: Span(i * 100, i * 100 + 90, "x" * 90)  # noqa: E731
    return Event(id=id_, type="PROTEST", mode="demo", acled_event_type=None, acled_sub_event_type=None, quad_class=3,
                 actor=None, recipient=None, location=None, date=EventDate(value, "day", source),  # type: ignore[arg-type]
                 counts=(), modality="asserted", attributed_to=None, hedged=False, evidence=span(sentence),
                 trigger=Span(sentence * 100, sentence * 100 + 4, "xxxx"), confidence=0.7,
                 mentions=tuple(span(i) for i in mentions))


def test_share_dates_reads_only_reports_mentioned_in_the_same_sentence() -> None:
    march = _dated("a", 0, source="text", value="2024-05-07", mentions=(1,))
    gas = replace(_dated("b", 1, source="published", value="2024-05-09"), type="ASSAULT")
    later = replace(_dated("c", 2, source="published", value="2024-05-09"), type="COERCE")
    own = replace(_dated("d", 1, source="text", value="2024-05-08"), type="COERCE")
    beside = replace(_dated("e", 0, source="published", value="2024-05-09"), type="COERCE")  # the march's own sentence
    out = {e.id: e.date.value for e in share_dates([march, gas, later, own, beside])}  # type: ignore[union-attr]
    assert out == {"a": "2024-05-07", "b": "2024-05-07", "c": "2024-05-09", "d": "2024-05-08", "e": "2024-05-09"}
