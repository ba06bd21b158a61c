"""Indirect speech (:mod:`seismo.extract.quotes.indirect`) through the quotes step: "X said that
...", "according to X", parenthetical cues, headline claims, and what is not reported speech.
Sentences written for these tests."""

from __future__ import annotations

import pytest

INDIRECT = [
    (  # "make" with an adjective of class made_clear reports the clause after it (seismo.quotes.v30)
        "The dockworkers' union made it clear that its members would strike on Monday.",
        ("its members would strike on Monday", "The dockworkers' union"),
    ),
    ("The governor made known that she would veto the budget.", ("she would veto the budget", "The governor")),
    (
        "The minister said that the border would reopen next week.",
        ("the border would reopen next week", "The minister"),
    ),
    (
        "Maria Lopez warned that the protests could spread to other cities.",
        ("the protests could spread to other cities", "Maria Lopez"),
    ),
    ("The border will reopen next week, officials said.", ("The border will reopen next week", "officials")),
    (
        "According to the ministry, the death toll has risen to 40.",
        ("the death toll has risen to 40", "the ministry"),
    ),
    (
        "The death toll has risen to 40, according to local officials.",
        ("The death toll has risen to 40", "local officials"),
    ),
    (
        "The winner is the Belarusian leader Aleksandr Lukashenko, according to whom the unrest is a lesson for everyone.",
        ("the unrest is a lesson for everyone", "Aleksandr Lukashenko"),
    ),
    (
        "According to the account of the local authorities, the riot was planned by outsiders.",
        ("the riot was planned by outsiders", "the local authorities"),
    ),
    (
        "Police told reporters that three people had been arrested.",
        ("three people had been arrested", "Police"),
    ),
    (
        "The opposition claims the election was stolen by the ruling party.",
        ("the election was stolen by the ruling party", "The opposition"),
    ),
    # a parenthetical cue: the content is given first-to-last, around the cue (as PolNeAR does)
    (
        "The curfew, officials said, will be lifted on Friday.",
        ("The curfew, officials said, will be lifted on Friday", "officials"),
    ),
    (
        "The arrested number almost 2,300, according to the Russian agency Ria Novosti.",
        ("The arrested number almost 2,300", "Ria Novosti"),
    ),
]


INDIRECT += [  # seismo.quotes.v31
    (  # a bare number as the subject counts a group whose noun is left out
        "Of the 60 growers polled, 41 said the new levy would drive them out of business.",
        ("the new levy would drive them out of business", "41"),
    ),
    (  # the subject of a copula speaks through its adjective's infinitive
        "Younger drivers were far more likely to tell pollsters that the toll road was worth the price.",
        ("the toll road was worth the price", "Younger drivers"),
    ),
    (  # "remember" after a quotation tags it like "recall"; before a clause, it reports the clause
        "The old ferryman remembered that the river had frozen solid twice in his youth.",
        ("the river had frozen solid twice in his youth", "The old ferryman"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_indirect_speech(quotes_of, text: str, expected: tuple[str, str]) -> None:
    assert expected in quotes_of(text).pairs("indirect")


HEADLINES = [
    (
        "Pence: Flowers Will Not Be at the Debate\n\nThe story follows.",
        ("Flowers Will Not Be at the Debate", "Pence"),
    ),
    (
        "Pat Caddell: Voters Are Worried About the Economy\n\nText.",
        ("Voters Are Worried About the Economy", "Pat Caddell"),
    ),
    ("Update: the road is closed\n\nText.", None),
    ("The story follows.\n\nPence: Flowers Will Not Be at the Debate", None),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_claims(quotes_of, text: str, expected) -> None:
    assert quotes_of(text).pairs("indirect", cue=":") == ([expected] if expected else [])


NOT_INDIRECT = [
    "The new bridge made the crossing clear of traffic within a week.",
    "The flood made it clear that the levees were too low.",  # a thing makes nothing known
    "The governor never made plain whether she would sign the levy.",
    "The minister made it clear why the talks had stalled.",
    "No one knows how long the crisis will last.",
    "It is said that the war will end soon.",
    "“He thinks that the war is over and that we lost,” said Ivan Petrov.",
    "The price of fuel doubled in January.",
    "The trigger, as we know, was the increase in fuel prices.",
    "It is fair to say that the harvest came in late this year.",  # the writer's aside (seismo.quotes.v31)
    "In 2019 the mill closed after the river flooded twice.",
]


@pytest.mark.parametrize("text", NOT_INDIRECT)
def test_no_indirect_attribution(quotes_of, text: str) -> None:
    assert [q.text for q in quotes_of(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("LUCKNOW: Police detained four men after a clash at the market on Sunday.", None),  # a town's dateline
        ("HEZBOLLAH: Our fighters will stay in the south.", "HEZBOLLAH"),  # a body's claim in capitals
        ("SERBIA: The border will stay open to trucks.", "SERBIA"),  # a country may claim
    ],
)
def test_a_towns_colon_dateline_claims_nothing(pipeline, text, speaker) -> None:
    from seismo.model import Article

    claims = [q for q in pipeline.run(Article(id="h", text=text)).quotes if q.cue is not None and q.cue.text == ":"]
    assert [q.speaker.text if q.speaker else None for q in claims] == ([speaker] if speaker else [])


def test_assuring_and_confessing_report_speech(quotes_of):
    """"assure", "confess" and thinking verbs like "realize" introduce reported speech and thought
    (seismo.quotes.v37)."""
    (q,) = quotes_of("The coach assured fans that the team would stay in the city.")
    assert q.kind == "indirect" and q.speaker.text == "The coach" and q.text == "the team would stay in the city"
    quotes = quotes_of("Asked again on Monday, the mayor confessed that she had not decided.")
    assert [(q.speaker.text, q.text) for q in quotes] == [("the mayor", "she had not decided")]
    (q,) = quotes_of("Most voters now realize the race will be close.")
    assert q.speaker.text == "Most voters" and q.text == "the race will be close"


def test_the_object_that_an_infinitive_hangs_on_does_the_saying(quotes_of):
    """"the delay led the farmers to say ...": the farmers say it, not the delay (the object
    controls the infinitive; seismo.quotes.v37)."""
    (q,) = quotes_of("The long delay led the farmers to say that the ministry had forgotten them.")
    assert q.speaker.text == "the farmers" and q.text == "the ministry had forgotten them"
    (q,) = quotes_of("The flooding prompted the mayor to accuse the water board of neglect.")
    assert q.speaker.text == "the mayor" and q.text == "the water board of neglect"


def test_the_object_of_a_verb_of_means_does_not_speak(quotes_of):
    """"X used her address to press for ...": the address is a means, X presses for it."""
    (q,) = quotes_of("Senator Ruiz used her address to call for a new inquiry into the port contracts.")
    assert q.speaker.name == "Ruiz" and q.text == "a new inquiry into the port contracts"


def test_a_promise_keeps_its_infinitive_with_the_subject(quotes_of):
    """"X promised voters to oppose ...": the one who promised opposes, not the voters (a verb
    outside classes compelling and leading_on hands nothing to its object)."""
    (q,) = quotes_of("Ruiz promised voters to oppose the new tax on fuel.")
    assert q.speaker.text == "Ruiz"


@pytest.mark.parametrize(("text", "content"), [
    ("Exports fell 7%, the customs office said.", "Exports fell 7%"),
    ("Inflation eased to 2.9% in May, the statistics agency said on Tuesday.", "Inflation eased to 2.9% in May"),
    ("Support for the bill stands at 41%, according to a poll by the university.", "Support for the bill stands at 41%"),
])
def test_a_percent_sign_is_a_word_of_the_content(quotes_of, text: str, content: str) -> None:
    """quotes v38: "%" reads as the word "percent", which the tokenizer counts as punctuation: it
    ends no content and counts as one of its words."""
    assert content in [q.text for q in quotes_of(text) if q.kind == "indirect"], quotes_of(text)
