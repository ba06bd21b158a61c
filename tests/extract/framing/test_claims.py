"""Claims (:mod:`seismo.extract.framing.claims`): who the text attributes an event to, and whether
it is hedged — on the real parse of a trigger, and as the events step reports it."""

from __future__ import annotations

import pytest

from seismo.extract.framing.claims import Claim, attribution_cues, attribution_of

RIOTS = (
    "There is talk of dozens of victims and hundreds of injured among the protesters, while the arrested "
    "would be almost 2,300, according to the Russian agency Ria Novosti, which reports 18 agents who died "
    "during the riots."
)


def _attribution(nlp, text: str, trigger: str) -> Claim:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return attribution_of(token, sent=token.sent)


@pytest.mark.parametrize(
    ("text", "trigger", "source", "hedged", "cue"),
    [
        (RIOTS, "victims", None, True, "There is talk of"),
        (RIOTS, "injured", None, True, "There is talk of"),
        (RIOTS, "arrested", "Ria Novosti", True, "according to"),
        (RIOTS, "died", "Ria Novosti", False, "reports"),
        ("According to the narration of the Kazakh and Russian authorities, the revolt is an attempt to "
         "destabilize the state carried out by armed formations.", "revolt", "the Kazakh and Russian authorities", False,
         "According to"),
        ("Police reportedly arrested 40 people, officials said.", "arrested", "officials", True, "said"),
        ("Police reportedly arrested 40 people.", "arrested", None, True, "reportedly"),
        ("The rebels allegedly attacked the convoy.", "attacked", None, True, "allegedly"),
        ("The authorities said that troops had killed 26 armed criminals.", "killed", "The authorities", False, "said"),
        ("Nona Mikhelidze, head of the program at the Institute, told HuffPost that Putin fears revolts.", "fears",
         "Nona Mikhelidze", False, "told"),
        ("The CSTO mission to Kazakhstan could take about a month, said the vice president of the Defense "
         "Commission of the Duma.", "take", "the vice president of the Defense Commission of the Duma", False, "said"),
        ("The Belarusian leader Aleksandr Lukashenko, according to whom the unrest in Kazakhstan represents a "
         "lesson, gloats.", "unrest", "Aleksandr Lukashenko", False, "according to"),
        ("The opposition claimed that soldiers fired on the crowd.", "fired", "The opposition", True, "claimed"),
        ("It is said that troops fired on protesters.", "fired", None, True, "said"),
        ("Soldiers are believed to have killed ten people.", "killed", None, True, "believed"),
        ("Police arrested 12 people, according to a statement from the interior ministry.", "arrested",
         "the interior ministry", False, "according to"),
        ("Police arrested 12 people on Monday, Reuters reported.", "arrested", "Reuters", False, "reported"),
        ("The ministry reported that two soldiers were wounded in the clash.", "wounded", "The ministry", False,
         "reported"),
        ("Witnesses said security forces opened fire on the crowd.", "opened", "Witnesses", False, "said"),
        ("There are reports of looting in the capital.", "looting", None, True, "There are reports of"),
        ("Rumours of a coup spread quickly.", "coup", None, True, "Rumours of"),
        ("Activists accused the police of beating detainees.", "beating", "Activists", True, "accused"),
        ("Police arrested 40 protesters in Almaty on Tuesday.", "arrested", None, False, None),
        ("Troops fired on the crowd after the mayor said the square was closed.", "fired", None, False, None),
        ("The interior minister announced the arrest of 300 rioters.", "arrest", "The interior minister", False,
         "announced"),
        ("The rebels, according to local media, seized two villages.", "seized", "local media", False, "according to"),
        ("The mission could take a month, said the deputy, explaining that the troops will help secure the airport.",
         "secure", "the deputy", False, "explaining"),
        ("The minister spoke to reporters and said that police had detained 30 people.", "detained", "The minister", False,
         "said"),
        ("Troops killed 12 rebels on Monday, Interfax reported, citing military sources.", "killed", "Interfax", False,
         "reported"),
    ],
)
def test_attribution(nlp, text: str, trigger: str, source: str | None, hedged: bool, cue: str | None) -> None:
    found = _attribution(nlp, text, trigger)
    assert (found.source.text if found.source else None) == source
    assert found.hedged is hedged
    assert (found.cue.text if found.cue else None) == cue
    for span in (found.source, found.cue):
        if span is not None:
            assert text[span.start : span.end] == span.text


def test_the_trigger_is_not_its_own_source(nlp) -> None:
    found = _attribution(nlp, "The authorities said that troops had killed 26 armed criminals.", "said")
    assert found == Claim(source=None, hedged=False, cue=None)


@pytest.mark.parametrize(("kind", "cue", "hedged"), [("verb", "claim", True), ("verb", "say", False), ("adverb", "reportedly", True)])
def test_cues_come_from_the_data_file(kind: str, cue: str, hedged: bool) -> None:
    found = attribution_cues().get(kind, cue)
    assert found is not None and found[0] is hedged


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("According to the account of the interior ministry, police arrested 40 people.", "arrested", "the interior ministry"),
        ("According to the figures of the health ministry, troops killed 12 people.", "killed", "the health ministry"),
        ("According to the spokesman of the ministry, police arrested 40 people.", "arrested", "the spokesman"),
    ],
)
def test_according_to_the_n_of_x(nlp, text: str, trigger: str, source: str) -> None:
    """"according to the N of X" cites X for any non-person N; a role noun is the source itself."""
    found = _attribution(nlp, text, trigger)
    assert found.source is not None and found.source.text.startswith(source)


# ------------------------------------------------------------------ as the events step reports it

CLAIM_CASES = [
    ("Police arrested 30 people, according to the interior ministry.", "COERCE", "ministry", False),
    ("The army said rebels attacked a convoy.", "ASSAULT", "army", False),
    ("Rebels reportedly captured the town.", "COERCE", None, True),
    ("There is talk of dozens of protesters killed.", "ASSAULT", None, True),
    ("The detained would number almost 500, according to a local news agency.", "COERCE", "agency", True),
    ("Police arrested 30 people on Sunday.", "COERCE", None, False),
    ("Witnesses said soldiers opened fire on the crowd.", "ASSAULT", "Witnesses", False),
    ("Troops allegedly tortured detainees in the prison.", "ASSAULT", None, True),
]


@pytest.mark.parametrize(("text", "type_", "source", "hedged"), CLAIM_CASES)
def test_event_claims(events_of, text: str, type_: str, source: str | None, hedged: bool) -> None:
    event = events_of(text).find(type_)
    assert event is not None
    if source is None:
        assert event.attributed_to is None
    else:
        assert event.attributed_to is not None and source.lower() in event.attributed_to.text.lower()
    assert event.hedged is hedged
