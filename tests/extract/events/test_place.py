"""Where and when an event happened (:mod:`seismo.extract.events.place`): on small Docs built by
hand (the parse fixed, no model), then through the events step.  Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import seismo
from seismo.extract.events.coder import find_events
from seismo.extract.events.place import anchor, locate
from seismo.model import Place

# ------------------------------------------------------------------ hand-built parses (no model)


def _places_of(doc, *words: tuple[str, str, str]) -> list[Place]:
    """Place records for (word, kind, country) at that word's offsets in ``doc``."""
    out = []
    for word, kind, country in words:
        tok = next(t for t in doc if t.text == word)
        start, end = tok.idx, tok.idx + len(tok)
        place = Place(start, end, word, word, None, 0.0, 0.0, country, None, kind, 0.9)  # type: ignore[arg-type]
        out.append(place)
    return out


def _located(doc, trigger: str, places: list[Place], **kwargs) -> tuple[str, int] | None:
    head = next(t for t in doc if t.text == trigger)
    found = locate(head, sent=head.sent, places=anchor(doc, places), **kwargs)
    return (found.place.name, found.precision) if found is not None else None


#: index  word  head  dep  pos  tag  lemma  [entity]
TWO_CLAUSES = """
0  Rebels   1 nsubj  NOUN  NNS rebel   O
1  gathered 1 ROOT   VERB  VBD gather  O
2  in       1 prep   ADP   IN  in      O
3  Aktau    2 pobj   PROPN NNP Aktau   B-GPE
4  and      1 cc     CCONJ CC  and     O
5  police   6 nsubj  NOUN  NNS police  O
6  arrested 1 conj   VERB  VBD arrest  O
7  forty    8 nummod NUM   CD  forty   O
8  students 6 dobj   NOUN  NNS student O
9  in       6 prep   ADP   IN  in      O
10 Almaty   9 pobj   PROPN NNP Almaty  B-GPE
11 .        1 punct  PUNCT .   .       O
"""


@pytest.mark.parametrize(("trigger", "expected"), [("arrested", "Almaty"), ("gathered", "Aktau")])
def test_the_place_in_the_triggers_phrase_wins(hand_doc, trigger: str, expected: str) -> None:
    """Aktau is nearer to "arrested" than Almaty, but only Almaty is in the arrest's own phrase."""
    doc = hand_doc(TWO_CLAUSES)
    places = _places_of(doc, ("Aktau", "city", "KAZ"), ("Almaty", "city", "KAZ"))
    assert _located(doc, trigger, places) == (expected, 1)


SUBJECT_PLACE = """
0 Kazakhstan 1 nsubj PROPN NNP Kazakhstan B-GPE
1 deployed   1 ROOT  VERB  VBD deploy     O
2 troops     1 dobj  NOUN  NNS troop      O
3 .          1 punct PUNCT .   .          O
"""
SUBJECT_AND_DESTINATION = """
0 Moscow 1 nsubj PROPN NNP Moscow B-GPE
1 sent   1 ROOT  VERB  VBD send   O
2 troops 1 dobj  NOUN  NNS troop  O
3 to     1 prep  ADP   IN  to     O
4 Almaty 3 pobj  PROPN NNP Almaty B-GPE
5 .      1 punct PUNCT .   .      O
"""
DESCRIBED_ACTOR = """
0 The        1 det   DET   DT  the        O
1 alliance   5 nsubj NOUN  NN  alliance   O
2 led        1 acl   VERB  VBN lead       O
3 by         2 agent ADP   IN  by         O
4 Moscow     3 pobj  PROPN NNP Moscow     B-GPE
5 intervened 5 ROOT  VERB  VBD intervene  O
6 .          5 punct PUNCT .   .          O
"""
MAIN = Place(0, 0, "", "Kazakhstan", None, 0.0, 0.0, "KAZ", None, "country", 0.9)


def test_a_subject_place_is_not_the_location(hand_doc) -> None:
    doc = hand_doc(SUBJECT_PLACE)
    places = _places_of(doc, ("Kazakhstan", "country", "KAZ"))
    assert _located(doc, "deployed", places) is None  # the actor, not where troops went
    assert _located(doc, "deployed", places, main=MAIN) == ("Kazakhstan", 3)  # the article's main place


def test_a_subject_place_gives_way_to_the_destination(hand_doc) -> None:
    doc = hand_doc(SUBJECT_AND_DESTINATION)
    places = _places_of(doc, ("Moscow", "city", "RUS"), ("Almaty", "city", "KAZ"))
    assert _located(doc, "sent", places) == ("Almaty", 1)


def test_a_place_describing_the_actor_is_not_the_location(hand_doc) -> None:
    doc = hand_doc(DESCRIBED_ACTOR)
    places = _places_of(doc, ("Moscow", "city", "RUS"))
    assert _located(doc, "intervened", places) is None


@pytest.mark.parametrize("role", ["associative", "metonym"])
def test_only_literal_places_locate_events(hand_doc, role: str) -> None:
    """A demonym or a seat standing for its government never becomes the event's place, not
    even as the article's main place."""
    from dataclasses import replace

    from seismo.extract.events.place import main_place

    doc = hand_doc(TWO_CLAUSES)
    aktau, almaty = _places_of(doc, ("Aktau", "city", "KAZ"), ("Almaty", "city", "KAZ"))
    other = replace(almaty, role=role)
    assert _located(doc, "arrested", [aktau, other]) == ("Aktau", 1)  # the literal one, further away
    assert _located(doc, "arrested", [other]) is None
    assert main_place([other, other]) is None
    assert _located(doc, "arrested", [other], main=other) is None


# ------------------------------------------------------------------ through the events step

def _place(text: str, word: str, *, kind: str, name: str, country: str) -> Place:
    start = text.index(word)
    return Place(start, start + len(word), word, name, None, 0.0, 0.0, country, None, kind, 0.9)  # type: ignore[arg-type]


PLACE_CASES = [
    ("Police arrested 40 protesters in Almaty.", "COERCE", "Almaty", "city", 1),
    ("The Almaty City Hall was set on fire.", "ASSAULT", "Almaty", "city", 1),
    ("Almaty's main square was the scene of a violent shooting.", "ASSAULT", "Almaty", "city", 1),
    ("Troops were deployed across Kazakhstan.", "MOBILIZE", "Kazakhstan", "country", 3),
    ("Rebels attacked a convoy near Idlib.", "ASSAULT", "Idlib", "admin", 2),
]


@pytest.mark.parametrize(("text", "type_", "word", "kind", "precision"), PLACE_CASES)
def test_location_attached(nlp, text: str, type_: str, word: str, kind: str, precision: int) -> None:
    place = _place(text, word, kind=kind, name=word, country="KAZ")
    article = seismo.make_article(text, date="2022-01-07")
    events = find_events(nlp(text), article=article, found={"places": (place,), "dates": ()}, resources=None)
    event = next((e for e in events if e.type == type_), None)
    assert event is not None and event.location is not None
    assert event.location.place == place and event.location.precision == precision


def test_location_falls_back_to_main_place(nlp) -> None:
    text = "Kazakhstan is tense. Kazakhstan has a new cabinet. Police arrested 40 protesters."
    places = (
        _place(text, "Kazakhstan", kind="country", name="Kazakhstan", country="KAZ"),
        Place(21, 31, "Kazakhstan", "Kazakhstan", None, 0.0, 0.0, "KAZ", None, "country", 0.9),
    )
    article = seismo.make_article(text, date="2022-01-07")
    events = find_events(nlp(text), article=article, found={"places": places, "dates": ()}, resources=None)
    event = next((e for e in events if e.type == "COERCE"), None)
    assert event is not None and event.location is not None and event.location.place.country == "KAZ"


ACTOR_DESCRIPTION_CASES = [
    # a place describing the actor ("led by Riyadh") is not where it happened
    ("Fighting went on in Yemen. Yemen's ports were closed. Troops of the coalition led by Riyadh intervened to quell "
     "the unrest.", "MOBILIZE", "YEM"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "type_", "country"), ACTOR_DESCRIPTION_CASES)
def test_actor_description_is_no_place(events_of, text: str, type_: str, country: str) -> None:
    event = events_of(text).find(type_)
    assert event is not None and event.location is not None
    assert event.location.place.country == country


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police arrested 40 protesters.", "published"),
        ("Police arrested 40 protesters on 5 January 2022.", "text"),
    ],
)
def test_event_date_source(events_of, text: str, source: str) -> None:
    event = events_of(text).find("COERCE")
    assert event is not None and event.date is not None
    assert event.date.source == source
    if source == "published":
        assert event.date.value == "2022-01-07"
