"""Page furniture (:mod:`seismo.extract.furniture`): lines that point at other stories are their
own sentences, and the event coder reads no toll in them."""

from __future__ import annotations

import pytest

from seismo.extract.furniture import link_lines

TEXT = ("A woman was wounded on her porch on Friday, police said.\n"
        "RELATED: Four killed in a string of weekend shootings\n"
        "More from our newsroom: Two teens hurt near the fairground\n"
        "Officers said the car had no plates.\n"
        "Police said: the gunman fled.")


def test_link_lines_are_the_labelled_lines() -> None:
    lines = [TEXT[a:b] for a, b in link_lines(TEXT)]
    assert lines == ["RELATED: Four killed in a string of weekend shootings",
                     "More from our newsroom: Two teens hurt near the fairground"]


@pytest.mark.parametrize("text", [
    "Police said: the gunman fled.",  # a colon after words that are no label
    "Update on the related shootings: two more died.",  # the label must open the line
])
def test_other_lines_are_no_link_lines(text: str) -> None:
    assert link_lines(text) == ()


def test_a_link_line_is_its_own_sentence(nlp) -> None:
    doc = nlp(TEXT)
    starts = [s.text.strip() for s in doc.sents]
    assert "RELATED: Four killed in a string of weekend shootings" in starts
    assert "Officers said the car had no plates." in starts


def test_no_toll_is_read_in_a_link_line(pipeline) -> None:
    from seismo import make_article

    events = pipeline.run(make_article(TEXT, date="2024-05-03")).events
    tolls = [(c.kind, c.best) for e in events for c in e.counts]
    assert ("killed", 4) not in tolls and ("injured", 2) not in tolls


def test_a_title_opening_with_a_label_word_before_a_quotation_is_a_story_sentence():
    # "Watch" and "Photo" open labels of furniture, but a title that begins with them, a name and a
    # speech verb before a colon and a quotation is a sentence of the story (seismo.quotes.v30)
    text = (
        "Watch commander Ana Ruiz said: “We had six officers for three thousand people.”\n"
        "Photo editor Lee Min said: “We will not print pictures of the dead.”\n"
        "Photo: “Our children are hungry,” a placard reads outside the ministry\n"
        "Watch: Crowds fill the square as night falls\n"
    )
    starts = [text[a:b].split(":")[0] for a, b in link_lines(text)]
    assert starts == ["Photo", "Watch"]
