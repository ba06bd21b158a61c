"""A transcript's speaker labels (``seismo.nlp.speaker_labels``) name speakers, not places
(seismo.places.v20); a page's labels ("RELATED:", "WATCH:") are no speakers, and a line of page
furniture reports no quote (seismo.quotes.v30).  Texts written for these tests."""

from __future__ import annotations

import seismo
from seismo.nlp import speaker_labels

TRANSCRIPT = (
    "This is the evening news. I'm Dana Hill.\n\n"
    "HILL: Protesters clashed with police in the capital overnight. Our reporter joins us.\n\n"
    "MARTIN: Thanks, Dana. Police fired tear gas at thousands who marched on parliament.\n\n"
    "HILL: How many people were hurt?\n\n"
    "MARTIN: Hospital officials say at least 40 people were injured.\n"
)


def _labels(text: str) -> list[str]:
    return [text[a:b] for a, b in speaker_labels(text)]


def test_labels_that_open_lines_again_and_again_are_a_transcripts_speakers():
    assert _labels(TRANSCRIPT) == ["HILL", "MARTIN", "HILL", "MARTIN"]


def test_datelines_and_page_labels_are_no_speakers():
    digest = "PATNA: Police arrested six people on Monday.\n\nGAYA: A rally was held in the town.\n"
    assert _labels(digest) == []  # each place named once: a digest of datelines
    one_speaker = "UPDATE: Roads reopened.\n\nUPDATE: Schools closed.\n\nBEIRUT: Talks resumed.\n"
    assert _labels(one_speaker) == []  # only one label comes back: no conversation
    assert _labels("The mayor said: CLOSED: all roads.\nCLOSED: all schools.") == []


def test_a_transcripts_speaker_is_not_a_place_and_locates_no_event(pipeline):
    result = pipeline.run(seismo.make_article(TRANSCRIPT, date="2024-03-04"))
    assert not [p for p in result.places if p.text in {"HILL", "MARTIN"}]
    assert all(e.location is None or e.location.place.name not in {"Martin", "Hill"} for e in result.events)
    speakers = {q.speaker.text for q in result.quotes if q.kind == "direct" and q.speaker is not None}
    assert {"HILL", "MARTIN"} <= speakers


def test_a_pages_labels_are_no_transcript(pipeline):
    text = (
        "Police fired tear gas at protesters in the capital on Saturday.\n\n"
        "WATCH: Crowds fill the main square as night falls\n\n"
        "RELATED: Opposition leader arrested after rally\n"
    )
    result = pipeline.run(seismo.make_article(text, date="2024-03-04"))
    assert not [q for q in result.quotes if q.speaker is not None and q.speaker.text in {"WATCH", "RELATED"}]


def test_a_digest_of_datelines_is_no_transcript(pipeline):
    text = (
        "PATNA: Police arrested three men after a clash near the railway station on Monday.\n\n"
        "GAYA: A rally against the fare rise drew thousands to the town square.\n\n"
        "SUMMARY: Two districts saw unrest this week.\n"
    )
    result = pipeline.run(seismo.make_article(text, date="2024-03-04"))
    assert not [q for q in result.quotes if q.speaker is not None and q.speaker.text in {"PATNA", "GAYA", "SUMMARY"}]
    assert {"Patna", "Gaya"} <= {p.name for p in result.places}


def test_a_line_of_page_furniture_reports_no_quote(pipeline):
    text = (
        "Riot police cleared the square before dawn, residents said.\n\n"
        "RELATED: Finance minister promises relief for farmers after month of sit-ins\n\n"
        "Read more: 'We will stay until the tax goes,' says growers' leader\n\n"
        "The interior ministry said officers had acted within the law.\n"
    )
    result = pipeline.run(seismo.make_article(text, date="2024-03-04"))
    furniture = (text.index("RELATED"), text.index("The interior"))
    assert not [q for q in result.quotes if furniture[0] <= q.start < furniture[1]]
    assert {q.speaker.text for q in result.quotes if q.speaker is not None} == {"residents", "The interior ministry"}
