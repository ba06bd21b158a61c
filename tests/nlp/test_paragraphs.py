"""seismo.nlp.paragraph_starts: a blank line ends a sentence; the parser places the others."""

from __future__ import annotations

from seismo.nlp import PARAGRAPHS


def test_a_blank_line_starts_a_sentence(pipeline):
    doc = pipeline.resources.nlp("Cyclist hurt on Elm Avenue\n\nA van hit a teenage cyclist late on Monday.")
    starts = [s[0].text for s in doc.sents if not s[0].is_space]
    assert starts == ["Cyclist", "A"]


def test_one_line_break_is_left_to_the_parser(pipeline):
    doc = pipeline.resources.nlp("The march went on\nfor three more hours in the rain.")
    assert len(list(doc.sents)) == 1
    assert PARAGRAPHS in pipeline.resources.nlp.pipe_names


# --------------------------------------------------------------------------- news datelines
import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from seismo.model import Article  # noqa: E402
from seismo.nlp import dateline_ends  # noqa: E402


@pytest.mark.parametrize(
    ("text", "story"),
    [
        ("MOMBASA, Kenya (AP) — Dock workers walked out on Friday.", "Dock workers"),
        ("Headline over it\n\nPORTO, Portugal, May 3 (Reuters) - Farmers drove tractors into the square.", "Farmers drove"),
        ("Ferry strike spreads By ANA LIMA LISBON (AP) _ Ferry crews stayed home.", "Ferry crews"),
        ("OSLO — The council met late.", "The council"),
        ("SPRINGFIELD, Ill. — In the spring the mill closed.", "In the spring"),
        ("KOCHI: Police detained six fishermen.", "Police detained"),
        ("GOMA, Congo (AP) — 14 villagers were found dead.", "14 villagers"),
        ("MÁLAGA, Spain — Firefighters contained the blaze.", "Firefighters"),
        ("HAMBURG (dpa) - Dock workers struck.", "Dock workers"),
        ("MYSURU, May 2 (PTI) Farmers blocked the road.", "Farmers blocked"),
        # places v22: a spaced hyphen after a date or a region, the line opening with the place
        ("QUITO, May 9 - Transport workers blocked the ring road.", "Transport workers"),
        ("Strike spreads\n\nCUSCO, Peru - Miners marched on the town hall.", "Miners marched"),
    ],
)
def test_the_story_after_a_dateline_starts_a_sentence(pipeline, text, story):
    (offset,) = dateline_ends(text)
    assert text[offset:].startswith(story)
    doc = pipeline.resources.nlp(text)
    assert any(s.start_char == offset for s in doc.sents)


@pytest.mark.parametrize(
    "text",
    [
        "UK - France talks resumed in the afternoon.",  # a single hyphen after a bare capital word is no dateline
        "Talks went on. EU, US - China talks resumed later.",  # a hyphen only where the line opens
        "Fighters of the Popular Front (PF) — who hold the hills — fired first.",  # lower case after the dash
        "The NATO summit — Held every year — drew crowds.",  # no capitals opening the line
        "Leaders of the Forward Alliance (FA) - The bloc walked out.",  # a party's initials, not a dateline's agency
        "The vote closed at noon (EST) - Officials then counted.",  # a time zone after a time
        "Delegates cited the WTO (World Trade) Rules in full.",  # no dash, not opening a line
    ],
)
def test_no_dateline_no_break(text):
    assert dateline_ends(text) == ()


def test_a_dateline_under_a_headline_is_no_part_of_the_headline(pipeline):
    text = "Port strike spreads\nDURBAN, South Africa (AP) — Dock workers walked out on Friday."
    doc = pipeline.resources.nlp(text)
    assert [s.text.strip() for s in doc.sents][:3] == ["Port strike spreads", "DURBAN, South Africa (AP) —",
                                                        "Dock workers walked out on Friday."]


def test_the_doer_after_a_dateline_is_not_its_town(pipeline):
    text = "MOSUL, Iraq, June 4 (AP) — Gunmen ambushed an army patrol south of the city, killing three soldiers."
    result = pipeline.run(Article(id="d", text=text, date=dt.date(2025, 6, 5)))
    (event,) = [e for e in result.events if e.trigger.text == "ambushed"]
    assert event.actor is not None and event.actor.text == "Gunmen"
    # the lead takes the dateline's date, not the publication's
    assert (event.date.value, event.date.source) == ("2025-06-04", "text")
    # but a lead that dates itself keeps its own date in every clause
    text = "MOSUL, Iraq, June 4 (AP) — Gunmen ambushed an army patrol on Monday, killing three soldiers."
    result = pipeline.run(Article(id="d", text=text, date=dt.date(2025, 6, 5)))
    assert {e.date.value for e in result.events} == {"2025-06-02"}


def test_a_quote_after_a_dateline_leaves_the_dateline_out(pipeline):
    text = "LIMA, Peru (Reuters) — Teachers will strike next week over unpaid wages, their union said on Monday."
    result = pipeline.run(Article(id="q", text=text, date=dt.date(2025, 6, 5)))
    (quote,) = result.quotes
    assert quote.text.startswith("Teachers will strike")
    assert quote.speaker is not None and quote.speaker.text == "their union"
