"""A speaker named with an abbreviated title ("Gov.", "Sen.", "Lt. Col.") is found again by the
title written out ("the governor"); a rank's dot ends no sentence; "according to" figures
gathered by someone cites whoever gathered them; a bare role ("the spokeswoman") takes up the
one last quoted under that role by description, not the last named person of her sex
(quotes v40).  Articles written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Gov. Marta Klein vetoed the spending bill on Friday. \"The state cannot afford it,\" the governor said.",
     "The state cannot afford it,", "Marta Klein"),
    ("Sen. Oren Baptiste opened the hearing. \"We want answers today,\" the senator said.",
     "We want answers today,", "Oren Baptiste"),
    ("Adm. Julia Pereira toured the dockyard. \"The fleet is ready,\" the admiral said.",
     "The fleet is ready,", "Julia Pereira"),
])
def test_a_role_written_out_finds_the_person_its_abbreviation_titled(quotes_of, text, content, speaker):
    assert (content, speaker) in quotes_of(text).pairs("direct"), quotes_of(text).pairs("direct")


@pytest.mark.parametrize("text", [
    "\"Our patrols will continue,\" Lt. Col. Henrik Dahl said.",
    "\"No shots were fired,\" army spokesman Maj. Gen. Henrik Dahl told reporters.",
])
def test_a_rank_written_short_keeps_the_quotation_whole_and_direct(quotes_of, text):
    pairs = quotes_of(text).pairs("direct")
    assert len(pairs) == 1 and pairs[0][1] == "Henrik Dahl", quotes_of(text)


def test_a_rank_written_short_is_one_token(nlp):
    assert [t.text for t in nlp("Capt. Ana Ruiz and Sgt. Leo Marsh")][:2] == ["Capt.", "Ana"]


@pytest.mark.parametrize(("text", "source"), [
    ("Attacks on clinics doubled this year, according to figures gathered by the monitoring group Frontline Watch.",
     "Frontline Watch"),
    ("Turnout in the east fell by a third, according to a tally by the watchdog Clearvote.", "Clearvote"),
])
def test_according_to_figures_gathered_by_someone_cites_the_gatherer(quotes_of, text, source):
    assert [who for _, who in quotes_of(text).pairs("indirect")] == [source], quotes_of(text)


def test_a_bare_role_takes_up_the_one_last_quoted_by_description(quotes_of):
    text = ("Sen. Hannah Ortiz attacked the budget on Monday. A spokeswoman for the treasury said the figures were "
            "sound. The spokeswoman added that the audit would be published in June.")
    found = [q for q in quotes_of(text) if q.text.startswith("the audit")]
    assert len(found) == 1 and found[0].speaker.name is None, found
    assert found[0].speaker.role == "spokeswoman for the treasury", found


def test_a_bare_role_takes_the_one_named_in_it_after_the_description(quotes_of):
    text = ("A spokesman for the port said the cranes were idle. Later spokesman Ivo Brandt met reporters. "
            "The spokesman said work would resume on Friday.")
    assert ("work would resume on Friday", "Ivo Brandt") in quotes_of(text).pairs("indirect"), quotes_of(text)


def test_the_speaker_is_the_person_the_phrase_heads_not_the_group_after_of(quotes_of):
    text = "\"Phones harm sleep,\" said Tomas Varga of the parents' group Safe Screens."
    assert quotes_of(text).pairs("direct") == [("Phones harm sleep,", "Tomas Varga")], quotes_of(text)


def test_a_surname_joined_by_a_hyphen_is_one_name(quotes_of):
    text = "Councillor Ada Mensah-Boateng chaired the meeting. Mensah-Boateng said the vote would be held in May."
    assert ("the vote would be held in May", "Ada Mensah-Boateng") in quotes_of(text).pairs("indirect"), quotes_of(text)


def test_a_rank_written_short_is_no_part_of_the_name(quotes_of):
    assert quotes_of("\"The bridge is secure,\" Capt. Odile Marchetti said.").pairs("direct") == [
        ("The bridge is secure,", "Odile Marchetti")]


def test_a_full_word_of_address_still_ends_its_sentence(nlp):
    doc = nlp("The choir gave thanks to the Lord. Soldiers then closed the square.")
    assert [s.text for s in doc.sents] == ["The choir gave thanks to the Lord.", "Soldiers then closed the square."]


def test_a_report_only_seen_by_an_agency_is_not_the_agency_s_words(quotes_of):
    text = "The ministry planned to cut school meals in half, according to a memo seen by the agency Vox Baltica."
    assert all(who != "Vox Baltica" for _, who in quotes_of(text).pairs("indirect")), quotes_of(text)
