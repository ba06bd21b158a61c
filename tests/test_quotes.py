"""The quotes step on sentences written for these tests: speaker positions, continuation,
scare quotes, anaphora, profiles, indirect speech.  Needs the model (session fixture)."""

from __future__ import annotations

import pytest

from seismo.extract.quotes import find_quotes
from seismo.model import Quote
from seismo.pipeline import make_article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str) -> tuple[Quote, ...]:
        doc = nlp(text)
        return find_quotes(doc, article=make_article(text), found={}, resources=None)

    return run


def who(q: Quote) -> str | None:
    if q.speaker is None:
        return None
    return q.speaker.name or q.speaker.text


def directs(quotes: tuple[Quote, ...]) -> list[tuple[str, str | None]]:
    return [(q.text, who(q)) for q in quotes if q.kind == "direct"]


DIRECT = [
    # speaker after the quotation
    ("“We will not give up,” said Maria Lopez.", [("We will not give up,", "Maria Lopez")]),
    ("“We will not give up,” Maria Lopez said.", [("We will not give up,", "Maria Lopez")]),
    ('"Prices must fall," the minister said.', [("Prices must fall,", "the minister")]),
    ("“The talks failed”, comments Mikhelidze.", [("The talks failed", "Mikhelidze")]),
    ("“The talks failed” adds Mikhelidze.", [("The talks failed", "Mikhelidze")]),
    (
        "“The army will stay,” John Ortiz, a senior fellow at the Atlantic Council, told Reuters.",
        [("The army will stay,", "John Ortiz")],
    ),
    ("“It is over,” she said.", [("It is over,", "she")]),
    (
        "“Nobody expected this,” the spokesman for the ministry said on Monday.",
        [("Nobody expected this,", "the spokesman for the ministry")],
    ),
    ("“Stop the shooting,” police said in a statement.", [("Stop the shooting,", "police")]),
    ("“The vote was rigged,” according to Anna Berg.", [("The vote was rigged,", "Anna Berg")]),
    # speaker before the quotation
    ("Maria Lopez said: “We will not give up.”", [("We will not give up.", "Maria Lopez")]),
    ("Maria Lopez said, “We will not give up.”", [("We will not give up.", "Maria Lopez")]),
    (
        "The governor warned that the city would “run out of water within a week”.",
        [("run out of water within a week", "The governor")],
    ),
    (
        "For Erica Stone, “the decision is a turning point for the whole region”.",
        [("the decision is a turning point for the whole region", "Erica Stone")],
    ),
    (
        "According to the interior ministry, the attack was carried out by “foreign trained fighters”.",
        [("foreign trained fighters", "the interior ministry")],
    ),
    (
        "The mission could “last a year”, said the head of the defence committee, adding that troops would “restore order”.",
        [
            ("last a year", "the head of the defence committee"),
            ("restore order", "the head of the defence committee"),
        ],
    ),
    (
        "The activist invites us to look closer: “the movement is far from over and it keeps growing”.",
        [("the movement is far from over and it keeps growing", "The activist")],
    ),
    # a quotation split around its cue, and continuation in the next sentence
    (
        "“We are ready,” she said, “but we need more time.”",
        [("We are ready,", "she"), ("but we need more time.", "she")],
    ),
    (
        "“We are ready,” Omar Haddad said. “But we need more time.”",
        [("We are ready,", "Omar Haddad"), ("But we need more time.", "Omar Haddad")],
    ),
    (
        "“We are ready,” Omar Haddad said.\n\n“But we need more time and more money from the donors.”",
        [
            ("We are ready,", "Omar Haddad"),
            ("But we need more time and more money from the donors.", "Omar Haddad"),
        ],
    ),
    # a quotation running over two paragraphs, attributed at its end
    (
        "“The first paragraph of the statement.\n\n“The second paragraph,” said Lena Fischer.",
        [
            ("The first paragraph of the statement.", "Lena Fischer"),
            ("The second paragraph,", "Lena Fischer"),
        ],
    ),
    # wrong-way closing marks
    (
        "For Erica Stone, “the decision changes the balance of power in the region “.",
        [("the decision changes the balance of power in the region", "Erica Stone")],
    ),
    (
        "“We saw the same thing in Belarus, ”adds Mikhelidze.",
        [("We saw the same thing in Belarus,", "Mikhelidze")],
    ),
    # a relative clause hands the quotation to the noun it describes
    (
        "It was Omar Haddad, who said: “we are not leaving this country”.",
        [("we are not leaving this country", "Omar Haddad")],
    ),
    # the outer speaker, not the subject of a verb of thought inside the report
    (
        "Omar Haddad said most voters believe “the economy is getting worse every month”.",
        [("the economy is getting worse every month", "Omar Haddad")],
    ),
    # a transcript names its speaker inside the marks
    ("“PENCE: Well, the question is a fair one.”", [("PENCE: Well, the question is a fair one.", "PENCE")]),
    # scare quotes are not quotes
    ("There is no “external enemy” to defend against.", []),
    ("The arrival of the “peacekeepers” made things worse.", []),
    ("The so-called “reforms” were never passed by parliament.", []),
    # unbalanced marks: refused, never swallowing the next paragraph
    (
        "The leader said “we will win the election.\n\nVoters went to the polls on Sunday in large numbers.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT)
def test_direct_quotes_and_speakers(quotes_of, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert directs(quotes_of(text)) == expected


ANAPHORA = [
    (
        "“Prices will rise,” said Nona Kvara, an economist at the Tbilisi Institute. "
        "“Wages will not,” she added.",
        [("Prices will rise,", "Nona Kvara"), ("Wages will not,", "Nona Kvara")],
    ),
    (
        "“Prices will rise,” said Nona Kvara. The analyst sees a way out: “the government can still cut the fuel tax”.",
        [("Prices will rise,", "Nona Kvara"), ("the government can still cut the fuel tax", "Nona Kvara")],
    ),
    (
        "“It was a mistake,” said Ivan Petrov. “It will cost us,” said Olga Smirnova. “We must act,” she said.",
        [
            ("It was a mistake,", "Ivan Petrov"),
            ("It will cost us,", "Olga Smirnova"),
            ("We must act,", "Olga Smirnova"),
        ],
    ),
    (
        "Nona Kvara, head of research at the Tbilisi Institute, spoke on Monday. “Prices will rise,” Kvara said.",
        [("Prices will rise,", "Nona Kvara")],
    ),
    ("“It is over,” he said.", [("It is over,", "he")]),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORA)
def test_anaphora_resolves_to_last_named_speaker(quotes_of, text: str, expected) -> None:
    assert directs(quotes_of(text)) == expected


PROFILES = [
    (
        "“The war will go on,” said Nona Mikhelidze, head of the Eastern Europe program at the Institute for International Affairs.",
        (
            "Nona Mikhelidze",
            "head of the Eastern Europe program",
            "Institute for International Affairs",
            None,
        ),
    ),
    (
        "“It is unprecedented,” said Togzhan Kassenova, a Kazakh analyst at the Center for Policy Research at the University of Albany.",
        (
            "Togzhan Kassenova",
            "Kazakh analyst",
            "Center for Policy Research at the University of Albany",
            None,
        ),
    ),
    (
        "“We expected it,” John Ortiz, a senior fellow at the Atlantic Council, told HuffPost.",
        ("John Ortiz", "senior fellow", "Atlantic Council", "HuffPost"),
    ),
    (
        "“The troops will leave,” said the vice president of the Defense Commission of the Duma.",
        (None, "vice president", "Defense Commission of the Duma", None),
    ),
    (
        "“We will respond,” said Foreign Minister Sergei Lavrov.",
        ("Sergei Lavrov", "Foreign Minister", None, None),
    ),
    (
        "Ana Ruiz, a professor of history at the University of Lima, spoke first. “History repeats,” said Ruiz.",
        ("Ana Ruiz", "professor of history", "University of Lima", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROFILES)
def test_speaker_profiles(quotes_of, text: str, expected) -> None:
    (quote,) = [q for q in quotes_of(text) if q.kind == "direct"]
    s = quote.speaker
    assert s is not None
    assert (s.name, s.role, s.organization, s.outlet) == expected


INDIRECT = [
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


@pytest.mark.parametrize(("text", "expected"), INDIRECT)
def test_indirect_speech(quotes_of, text: str, expected: tuple[str, str]) -> None:
    found = [(q.text, who(q)) for q in quotes_of(text) if q.kind == "indirect"]
    assert expected in found


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
    found = [
        (q.text, who(q)) for q in quotes_of(text) if q.kind == "indirect" and q.cue and q.cue.text == ":"
    ]
    assert found == ([expected] if expected else [])


NOT_INDIRECT = [
    "No one knows how long the crisis will last.",
    "It is said that the war will end soon.",
    "“He thinks that the war is over and that we lost,” said Ivan Petrov.",
    "The price of fuel doubled in January.",
    "The trigger, as we know, was the increase in fuel prices.",
]


@pytest.mark.parametrize("text", NOT_INDIRECT)
def test_no_indirect_attribution(quotes_of, text: str) -> None:
    assert [q.text for q in quotes_of(text) if q.kind == "indirect"] == []


@pytest.mark.parametrize(
    "text",
    [
        "He said “this never closes.\n\nThe next paragraph is narration. “And a real quote,” she said.",
        "“" * 7 + "\n\n" + "”" * 3,
        "“ ” “ ” said he.",
        '"""',
        "",
    ],
)
def test_offsets_always_hold(quotes_of, text: str) -> None:
    for q in quotes_of(text):
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
