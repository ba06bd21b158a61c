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


# ------------------------------------------------------------------ places that say who or what, not where
# (issue 10: each event gets the place its own sentence or clause names)

AGAINST_PLACE = """
0 Rebels     1 nsubj PROPN NNS rebel      O
1 fought     1 ROOT  VERB  VBD fight      O
2 against    1 prep  ADP   IN  against    O
3 Kazakhstan 2 pobj  PROPN NNP Kazakhstan B-GPE
4 .          1 punct PUNCT .   .          O
"""
GLUED_PLACE = """
0 Aktau    2 npadvmod PROPN NNP Aktau   B-GPE
1 -        2 punct    PUNCT HYPH -      O
2 based    3 amod     VERB  VBN base    O
3 militias 4 nsubj    NOUN  NNS militia O
4 attacked 4 ROOT     VERB  VBD attack  O
5 a        6 det      DET   DT  a       O
6 convoy   4 dobj     NOUN  NN  convoy  O
7 .        4 punct    PUNCT .   .       O
"""
OTHER_CLAUSE = """
0 Troops   1 nsubj PROPN NNS troop    O
1 captured 1 ROOT  VERB  VBD capture  O
2 the      3 det   DET   DT  the      O
3 bridge   1 dobj  NOUN  NN  bridge   O
4 ,        1 punct PUNCT ,   ,        O
5 but      1 cc    CCONJ CC  but      O
6 Aktau    7 nsubj PROPN NNP Aktau    B-GPE
7 remains  1 conj  VERB  VBZ remain   O
8 calm     7 acomp ADJ   JJ  calm     O
9 .        1 punct PUNCT .   .        O
"""


@pytest.mark.parametrize(
    ("table", "trigger", "word"),
    [
        (AGAINST_PLACE, "fought", "Kazakhstan"),  # a party to the fight
        (GLUED_PLACE, "attacked", "Aktau"),  # where the militia is based, not where it struck
        (OTHER_CLAUSE, "captured", "Aktau"),  # the subject of a clause coordinated with the capture
    ],
)
def test_a_place_that_names_no_scene_does_not_locate(hand_doc, table: str, trigger: str, word: str) -> None:
    doc = hand_doc(table)
    places = _places_of(doc, (word, "city", "KAZ"))
    assert _located(doc, trigger, places) is None
    assert _located(doc, trigger, places, main=MAIN) == ("Kazakhstan", 3)  # the fallback still applies


TOWNS_OF = """
0  Gunmen   1 nsubj PROPN NNS gunman  O
1  seized   1 ROOT  VERB  VBD seize   O
2  hostages 1 dobj  NOUN  NNS hostage O
3  in       2 prep  ADP   IN  in      O
4  the      5 det   DET   DT  the     O
5  towns    3 pobj  NOUN  NNS town    O
6  of       5 prep  ADP   IN  of      O
7  Aktau    6 pobj  PROPN NNP Aktau   B-GPE
8  and      7 cc    CCONJ CC  and     O
9  Atyrau   7 conj  PROPN NNP Atyrau  B-GPE
10 .        1 punct PUNCT .   .       O
11 Two      12 nummod NUM  CD  two     O
12 guards   13 nsubj NOUN  NNS guard   O
13 died     13 ROOT  VERB  VBD die     O
14 .        13 punct PUNCT .   .       O
"""
SOUTH_OF = """
0  Police   1 nsubj PROPN NNS police  O
1  found    1 ROOT  VERB  VBD find    O
2  arms     1 dobj  NOUN  NNS arm     O
3  ten      4 nummod NUM  CD  ten     O
4  miles    5 npadvmod NOUN NNS mile  O
5  south    1 advmod NOUN NN  south   O
6  of       5 prep  ADP   IN  of      O
7  Aktau    6 pobj  PROPN NNP Aktau   B-GPE
8  .        1 punct PUNCT .   .       O
9  Two      10 nummod NUM  CD  two     O
10 men      11 nsubjpass NOUN NNS man  O
11 fled     11 ROOT  VERB  VBD flee    O
12 .        11 punct PUNCT .   .       O
"""


def test_the_towns_of_a_place_set_the_scene(hand_doc) -> None:
    """"in the towns of Aktau and Atyrau" puts the next sentence's deaths in Aktau, the first
    town listed; "ten miles south of Aktau" is outside Aktau and sets no scene."""
    from seismo.extract.events.place import scene_before

    doc = hand_doc(TOWNS_OF)
    places = anchor(doc, _places_of(doc, ("Aktau", "city", "KAZ"), ("Atyrau", "city", "KAZ")))
    died = next(t for t in doc if t.text == "died")
    scene = scene_before(died.sent, places)
    assert scene is not None and scene.name == "Aktau"
    doc = hand_doc(SOUTH_OF)
    places = anchor(doc, _places_of(doc, ("Aktau", "city", "KAZ")))
    fled = next(t for t in doc if t.text == "fled")
    assert scene_before(fled.sent, places) is None


# ------------------------------------------------------------------ the article's main place


def _mention(
    name: str, kind: str, country: str | None, start: int = 100, *, admin1: str | None = None,
    at: tuple[float, float] = (0.0, 0.0),
) -> Place:
    end = start + len(name)
    lat, lon = at
    return Place(start, end, name, name, None, lat, lon, country, admin1, kind, 0.9)  # type: ignore[arg-type]


#: rough points: two Kazakh towns some 380 km apart, and a district next to the first
AKTAU, ATYRAU, MICRODISTRICT = (43.65, 51.16), (47.11, 51.92), (43.69, 51.20)


def _as_country(place: Place) -> Place:
    from dataclasses import replace

    return replace(place, name=f"country {place.country}", kind="country")


def test_the_most_mentioned_place_is_the_main_place() -> None:
    from seismo.extract.events.place import main_place

    places = [_mention("Aktau", "city", "KAZ", 10), *(_mention("Atyrau", "city", "KAZ", n) for n in (20, 30))]
    main = main_place(places, country=_as_country)
    assert main is not None and (main.name, main.start) == ("Atyrau", 20)  # its first mention


def test_a_town_named_as_often_as_its_country_is_the_main_place() -> None:
    from seismo.extract.events.place import main_place

    aktau = _mention("Aktau", "city", "KAZ", 40, admin1="Mangystau")
    places = [_mention("Kazakhstan", "country", "KAZ", 10), aktau]
    main = main_place(places, country=_as_country)
    assert main is not None and main.name == "Aktau"


def test_towns_named_equally_often_give_their_country() -> None:
    """An article naming two distant towns once each is about neither: the country, at
    precision 3; without a way to make a country's record, the first of them."""
    from seismo.extract.events.place import main_place

    places = [_mention("Aktau", "city", "KAZ", 10, at=AKTAU), _mention("Atyrau", "city", "KAZ", 40, at=ATYRAU)]
    main = main_place(places, country=_as_country)
    assert main is not None and (main.name, main.kind, main.country) == ("country KAZ", "country", "KAZ")
    named = [*places, _mention("Kazakhstan", "country", "KAZ", 80)]  # the article's own mention
    assert main_place([*named, named[-1]], country=_as_country) == named[-1]  # now most mentioned
    assert main_place([*places, named[-1]], country=_as_country) == named[-1]  # tied: its own record
    assert main_place(places) == places[0]


def test_neighbouring_places_named_equally_often_keep_the_first() -> None:
    """A town and a district next to it are one area: the article is about that town."""
    from seismo.extract.events.place import main_place

    district = _mention("Microdistrict", "site", "KAZ", 40, at=MICRODISTRICT)
    places = [_mention("Aktau", "city", "KAZ", 10, at=AKTAU), district]
    main = main_place(places, country=_as_country)
    assert main is not None and main.name == "Aktau"


def test_a_dateline_town_breaks_a_tie() -> None:
    from seismo.extract.events.place import main_place

    text = "AKTAU, Kazakhstan (AP) — Workers rallied. Others gathered in Atyrau."
    aktau = Place(0, 5, "AKTAU", "Aktau", None, 0.0, 0.0, "KAZ", None, "city", 0.9)
    at = text.index("Atyrau")
    atyrau = Place(at, at + 6, "Atyrau", "Atyrau", None, 0.0, 0.0, "UZB", None, "city", 0.9)
    main = main_place([atyrau, aktau], text=text, country=_as_country)
    assert main is not None and main.name == "Aktau"


def test_an_unplaced_event_in_an_article_of_two_distant_towns_gets_their_country(events_of) -> None:
    """No town is the article's own: an arrest its text does not place is put in the country."""
    text = ("Farm workers rallied in Aktau on Monday. Oil workers went on strike in Atyrau.\n\n"
            "Police arrested dozens of people.")
    event = events_of(text).find("COERCE")
    assert event is not None and event.location is not None
    place = event.location.place
    assert (place.kind, place.country, event.location.precision) == ("country", "KAZ", 3)
    assert place.lat is not None  # a country's own point, from the gazetteer


# ------------------------------------------------------------------ the main place: scenes, not parties


def test_a_country_that_speaks_is_not_the_articles_main_place(events_of) -> None:
    """France is named twice, both times as the one who speaks; Afghanistan once, as the place of
    the convoy: an attack the text places nowhere else happened in Afghanistan."""
    text = ("On Monday a suicide bomber detonated his vest beside a convoy near the village, killing four soldiers. "
            "The convoy was driving on a road in Afghanistan. France condemned the attack. "
            "France said its troops would stay.")
    event = events_of(text).find("ASSAULT")
    assert event is not None and event.location is not None
    assert event.location.place.country == "AFG"


def test_a_country_named_as_a_scene_still_is_the_main_place(events_of) -> None:
    """The other way: named as the scene more often than any other, France stays the main place."""
    text = ("On Monday a suicide bomber detonated his vest beside a convoy near the village, killing four soldiers. "
            "The convoy was driving on a road in France. Officials in France said the road was closed. "
            "Germany condemned the attack.")
    event = events_of(text).find("ASSAULT")
    assert event is not None and event.location is not None
    assert event.location.place.country == "FRA"


def test_a_country_modifying_a_title_does_not_place_the_event(events_of) -> None:
    """'U.S.' says whose the secretary is, not where the bombing he spoke of was."""
    text = ("A bomb exploded at a market in Kandahar on Monday, killing six people.\n\n"
            "U.S. Defense Secretary Jane Morrow spoke about the blast on Tuesday.")
    events = events_of(text)
    assaults = events.of_type("ASSAULT")
    assert assaults, events.brief()
    assert all(e.location is None or e.location.place.country != "USA" for e in assaults), events.brief()


def test_a_state_that_condemns_speaks_at_home(events_of) -> None:
    """A statement the text places nowhere is made where its speaker is: Moscow, not Kandahar."""
    text = ("A bomb exploded at a market in Kandahar on Monday, killing six people. "
            "Moscow condemned the bombing.")
    event = events_of(text).find("ACCUSE")
    assert event is not None and event.location is not None
    assert event.location.place.country == "RUS"


def test_two_attacks_in_two_towns_stay_apart_when_a_country_condemns_both(events_of) -> None:
    """Guard against over-merging: the speaker's country places neither attack."""
    text = ("A bomb exploded at a market in Kandahar on Monday, killing six people. "
            "Gunmen shot dead three police officers in Herat on Tuesday. "
            "The United States condemned the attacks.")
    events = events_of(text)
    places = {e.location.place.name[:3] for e in events.of_type("ASSAULT") if e.location is not None}
    assert places == {"Kan", "Her"}, events.brief()
