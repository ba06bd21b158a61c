"""Modality of an event trigger: asserted / negated / hypothetical / future / historical."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.extract.dates import find_dates
from seismo.extract.modality import modal_cues, modality_of
from seismo.pipeline import make_article

PUBLISHED = dt.date(2022, 1, 7)

pytestmark = pytest.mark.model


def _modality(pipeline, nlp, text: str, trigger: str, *, published: dt.date | None = PUBLISHED) -> str:
    doc = nlp(text)
    dates = find_dates(doc, article=make_article(text, date=published), found={}, resources=pipeline.resources)
    token = next(t for t in doc if t.text == trigger)
    return modality_of(token, sent=token.sent, dates=dates, published=published)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # negated
        ("Police did not arrest anyone.", "arrest", "negated"),
        ("No one was detained after the protest.", "detained", "negated"),
        ("No arrests were made.", "arrests", "negated"),
        ("There were no reports of violence.", "violence", "negated"),
        ("The government denied attacking the protesters.", "attacking", "negated"),
        ("Rebels failed to capture the town.", "capture", "negated"),
        ("The army will not deploy troops.", "deploy", "negated"),
        ("Protesters marched without clashing with police.", "clashing", "negated"),
        ("Police never fired on the crowd.", "fired", "negated"),
        ("The guards refused to shoot at the crowd.", "shoot", "negated"),
        # hypothetical
        ("Moscow would have preferred to continue focusing on Ukraine.", "focusing", "hypothetical"),
        ("The opposition threatened to strike.", "strike", "hypothetical"),
        ("If police attack the camp, the rebels will retaliate.", "attack", "hypothetical"),
        ("The militia might attack the convoy.", "attack", "hypothetical"),
        ("Protesters demanded that the governor resign.", "resign", "hypothetical"),
        ("The union called for a general strike.", "strike", "hypothetical"),
        # future
        ("Troops will deploy to the border.", "deploy", "future"),
        ("Troops are expected to arrive on Friday.", "arrive", "future"),
        ("The party plans to hold a rally.", "hold", "future"),
        ("Protesters are going to march next week.", "march", "future"),
        ("The CSTO mission to Kazakhstan could take about a month, said the official.", "take", "future"),
        ("Elections are scheduled for next month.", "Elections", "future"),
        ("He said police will arrest the leaders.", "arrest", "future"),
        # historical
        ("The alliance was founded in 1992.", "founded", "historical"),
        ("It is the first time since the founding of the alliance, thirty years ago, that its clause has been invoked.",
         "founding", "historical"),
        ("It used this pretext with the annexation of Crimea and the war in the Donbass.", "annexation", "historical"),
        ("It used this pretext with the annexation of Crimea and the war in the Donbass.", "war", "historical"),
        ("The demonstrations of 2014 toppled the president.", "toppled", "historical"),
        # asserted
        ("It is the first time since the founding of the alliance, thirty years ago, that its clause has been invoked.",
         "invoked", "asserted"),
        ("Police arrested 40 protesters in Almaty on Tuesday.", "arrested", "asserted"),
        ("Police arrested 40 protesters in Almaty.", "arrested", "asserted"),
        ("The arrested would be almost 2,300, according to Ria Novosti.", "arrested", "asserted"),
        ("The airport was invaded by an angry mob.", "invaded", "asserted"),
        ("He will say that police arrested the leaders.", "arrested", "asserted"),
        ("Police clashed with the protesters in Almaty yesterday.", "clashed", "asserted"),
        ("The police responded with the arrest of 40 people.", "arrest", "asserted"),
        ("Protesters clashed with police during the demonstration in Almaty.", "demonstration", "asserted"),
    ],
)
def test_modality(pipeline, nlp, text: str, trigger: str, expected: str) -> None:
    assert _modality(pipeline, nlp, text, trigger) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # historical: decades, "since the X riots", anniversaries
        ("Unrest has not been this bad since the Soweto riots of the 1970s.", "riots", "historical"),
        ("Unrest has not been this bad since the Soweto riots.", "riots", "historical"),
        ("In the 1990s the protests toppled two governments.", "protests", "historical"),
        ("The protests in the 1990s toppled two governments.", "protests", "historical"),
        ("Thousands marked the anniversary of the massacre in Sharpeville.", "massacre", "historical"),
        ("On Tuesday, thousands marked the anniversary of the massacre.", "massacre", "historical"),
        ("Crowds gathered on the anniversary of the 1989 uprising.", "uprising", "historical"),
        # future: a strike or protest that is looming, planned, threatened, upcoming, called for
        ("Workers are preparing for a looming strike.", "strike", "future"),
        ("A general strike is looming.", "strike", "future"),
        ("The planned protest drew warnings from police.", "protest", "future"),
        ("The protest is planned for Friday.", "protest", "future"),
        ("The threatened strike would shut the ports.", "strike", "future"),
        ("Police braced for an upcoming rally in the capital.", "rally", "future"),
        ("A strike called for Monday could shut the mines.", "strike", "future"),
        ("The rally planned for Saturday was banned.", "rally", "future"),
        ("Unions called for a strike on Monday.", "strike", "hypothetical"),  # a call, not yet a plan: not asserted
        # still asserted
        ("The attack planned by militants killed 40 people.", "attack", "asserted"),
        ("The strike called by the union shut the ports.", "strike", "asserted"),
        ("Thousands joined a protest calling for the release of prisoners.", "protest", "asserted"),
        ("The protests planned by students went ahead on Tuesday.", "protests", "asserted"),
        ("Workers continued their strike for a third day.", "strike", "asserted"),
        ("Police dispersed the protest with tear gas.", "protest", "asserted"),
        ("Thousands of protesters marched in the capital on Tuesday.", "marched", "asserted"),
    ],
)
def test_event_noun_cues(pipeline, nlp, text: str, trigger: str, expected: str) -> None:
    assert _modality(pipeline, nlp, text, trigger) == expected


def test_without_publication_date_dates_cannot_make_history(pipeline, nlp) -> None:
    # "thirty years ago" cannot be anchored, but an absolute year still can
    assert _modality(pipeline, nlp, "Police arrested him thirty years ago.", "arrested", published=None) == "asserted"
    assert _modality(pipeline, nlp, "The alliance was founded in 1992.", "founded", published=None) == "asserted"


@pytest.mark.parametrize(("slot", "cue", "kind"), [("aux", "will", "future"), ("governor", "deny", "negated"), ("mark", "if", "hypothetical"),
     ("modifier", "looming", "future"), ("predicate", "loom", "future"), ("background", "anniversary", "historical")])
def test_cues_come_from_the_data_file(slot: str, cue: str, kind: str) -> None:
    assert modal_cues().get(slot, cue) == kind
