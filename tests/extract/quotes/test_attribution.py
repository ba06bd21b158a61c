"""The cue and speaker of a direct quotation (:mod:`seismo.extract.quotes.attribution`) through the
quotes step: speaker after or before the marks, split and continued quotations, wrong-way marks,
scare quotes and unbalanced marks.  Sentences written for these tests."""

from __future__ import annotations

import pytest

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
    # "To X," gives whose view follows, as "For X," does; a people's view is no one's words
    (
        "To Daniel Okafor, “the strike was the only language the owners understood”.",
        [("the strike was the only language the owners understood", "Daniel Okafor")],
    ),
    ("To most farmers, “the subsidy arrived far too late to matter”.", [("the subsidy arrived far too late to matter", None)]),
    # the asker's words only when the quotation is a question, and only for the asking verb itself
    ("The minister was asked by reporters and said: “I will not resign.”", [("I will not resign.", "The minister")]),
    ("The mayor was asked by a reporter, “I have no plans to run again.”", [("I have no plans to run again.", "The mayor")]),
    # "To X's credit" owns a noun: no one's view
    ("To Ruiz's credit, “the budget balanced for the first time in a decade.”", [
        ("the budget balanced for the first time in a decade.", None)]),
    # a thing's verb that takes the second quotation as its argument: not the first speaker's
    ("Ruiz called the ad “racist” because the ad depicts migrants as “invaders.”", [("racist", "Ruiz")]),
    # the parse gave a role and the name after it as two subjects of the verb a participle hangs on
    (
        "The goalkeeper Ivo Kral announced his retirement on his website, writing “Time to hang up the "
        "gloves after twenty good years.”",
        [("Time to hang up the gloves after twenty good years.", "Ivo Kral")],
    ),
    # "in the words of X" cites X as "according to X" does
    (
        "In the words of the union's lawyer, “this ruling changes nothing for the workers on the night shift.”",
        [("this ruling changes nothing for the workers on the night shift.", "the union's lawyer")],
    ),
    # one asked by a named asker, with no question reported before the quotation: the asker's question
    (
        "The candidate was asked by host Maria Vance, a longtime critic of the plan, “Why should voters "
        "trust you with the budget after the last three years?”",
        [("Why should voters trust you with the budget after the last three years?", "Maria Vance")],
    ),
    # a reporting noun whose complement holds the quotation names its speaker, nearer than a
    # verb of feeling before it ("her" stands for Paula Evans, whose given name shows her sex)
    (
        "Growers are furious with Paula Evans over her claim that “the drought has been good for prices.”",
        [("the drought has been good for prices.", "Paula Evans")],
    ),
    # the adverb of a cue whose subject the parse lost stands between the name's comma and the cue
    (
        "At a forum on Sunday, Tom Reyes, the head of the teachers' union, bluntly told a parent who "
        "argued that some schools had failed that “closing a school never made a child learn faster.”",
        [("closing a school never made a child learn faster.", "Tom Reyes")],
    ),
    # a second quotation in the sentence of the first, past a clause whose subject is a thing
    (
        "A farm leader said growers would be “ruined” if the tariff stays because “no buyer abroad "
        "will pay the extra cost of our grain.”",
        [("ruined", "A farm leader"), ("no buyer abroad will pay the extra cost of our grain.", "A farm leader")],
    ),
    # a tag closing the sentence the quotation runs on into, with a longer verbless tail
    (
        "“The audit will cover every contract” signed since 2019, finance director Rosa Kim wrote "
        "in a letter to the city council.",
        [("The audit will cover every contract", "Rosa Kim")],
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
    assert quotes_of(text).pairs("direct") == expected
