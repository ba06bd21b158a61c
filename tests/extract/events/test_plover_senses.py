"""Word senses and contexts that decide a PLOVER type (issue 10: type rules that hold on new
text), and the two check sets written before these rules (``src/seismo/data/check/plover_i.jsonl``,
``nonacled_written5.jsonl``):

* an aircraft's deaths where it crashed are a crash, no air strike; a blast after a fire an accident;
* aircraft or shells that struck something attacked it, as "hit" (not where a crash is told);
* people camped outside or in front of a seat of power protest (not fans at a concert hall);
* people seized by armed men are abducted (a base or a town seized stays a capture);
* a march for an occasion (a graduation, a festival) is no protest;
* money deposited in a central bank is aid; jets scrambled are mobilised.

Sentences written for these tests, in news style; the top event read as the PLOVER scorer reads
it (any modality)."""

from __future__ import annotations

from pathlib import Path

import pytest

import seismo
from seismo.eval.folds import read_written

CHECK = Path(__file__).resolve().parents[3] / "src/seismo/data/check"

ROWS = [
    ("Jets struck an arms factory on the outskirts of the city.", "ASSAULT"),
    ("A television advert from the union attacked the employers' federation.", "ACCUSE"),
    ("Militiamen attacked the market as traders packed up for the night.", "ASSAULT"),
    ("Artillery shells struck a school in the frontline village.", "ASSAULT"),
    ("Teachers camped outside the education ministry to press for back pay.", "PROTEST"),
    ("Armed bandits seized eleven farmers on a farm road.", "ASSAULT"),
    ("Students marched on the education ministry to demand lower fees.", "PROTEST"),
    ("Rebels shot down an army helicopter, which crashed, killing four soldiers.", "ASSAULT"),
    ("The emirate deposited $1 billion in the central bank of Sri Lanka to ease a currency crunch.", "AID"),
    # "scrambled" read as a participle before the jets still scrambles them
    ("Seoul scrambled fighter jets as Russian bombers neared its air zone.", "MOBILIZE"),
]


@pytest.mark.parametrize(("text", "type_"), ROWS)
def test_each_row_codes_its_plover_type(events_of, text, type_):
    found = events_of(text)
    assert found.top_type() == type_, found.brief()


NOT_OF_TYPE = [
    # a crash and a blast after a fire are accidents
    ("A navy surveillance plane crashed into the sea during an exercise, killing three crew members.", "ASSAULT"),
    ("A grain silo blew up after a fire in the dryer, injuring two workers.", "ASSAULT"),
    # fans queueing at a concert hall, students celebrating a graduation: no protest
    ("Fans camped outside the concert hall for two nights to buy tickets.", "PROTEST"),
    ("Hundreds of students marched through the campus to celebrate their graduation.", "PROTEST"),
    # savers' deposits are no aid
    ("Savers deposited more money in banks last year.", "AID"),
    # an attack in words: made by a speech, a tweet, an advert
    ("A television advert from the union attacked the employers' federation.", "ASSAULT"),
    ("The senator posted a long tweet attacking the chief of staff.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_OF_TYPE)
def test_other_senses_are_no_event_of_the_type(events_of, text, type_):
    found = events_of(text)
    assert not found.of_type(type_), found.brief()


def test_a_seized_headquarters_stays_a_capture(events_of):
    found = events_of("Insurgents seized the district police headquarters.")
    top = found.top(asserted_only=False)
    assert top is not None and top.type == "COERCE" and top.mode == "seize", found.brief()


# ----------------------------------------------------------------------------- plover_i.jsonl


def test_plover_i_is_well_formed():
    rows = read_written(CHECK / "plover_i.jsonl", key="text")
    assert len(rows) >= 60 and len({r["text"] for r in rows}) == len(rows)
    assert len({r["plover_type"] for r in rows}) == 16
    halves = {"A": read_written(CHECK / "plover_i.jsonl", half="A", key="text"),
              "B": read_written(CHECK / "plover_i.jsonl", half="B", key="text")}
    assert len(halves["A"]) == 31 and len(halves["B"]) == 34


def test_plover_i_half_a_keeps_the_figure_reached(pipeline):
    """Half A (the tuning half), scored as ``scripts/written_types.py`` scores it: 29/31 before
    (main 464efe9), 30/31 with the strike rows (the miss left: deposits placed with a central bank)."""
    right = 0
    rows = read_written(CHECK / "plover_i.jsonl", half="A", key="text")
    for row in rows:
        events = pipeline.run(seismo.make_article(row["text"], date="2024-03-01")).events
        top = max(events, key=lambda e: e.confidence, default=None)
        right += (top.type if top is not None else "NONE") == row["plover_type"]
    assert len(rows) == 31
    assert right >= 30


# ----------------------------------------------------------------------------- nonacled_written5.jsonl

NONACLED5 = CHECK / "nonacled_written5.jsonl"


def test_nonacled5_is_well_formed(written_script):
    script = written_script("written_scope")
    rows = script.read(NONACLED5)
    assert len(rows) == 62 and len({r["id"] for r in rows}) == len(rows)
    assert sum(not r["political"] for r in rows) == 50 and sum(r["political"] for r in rows) == 12
    assert all(r["political"] == r["id"].startswith("p5-") for r in rows)
    assert all(r.get("acled") for r in rows if r["political"])
    assert {script.half_of(r["id"]) for r in rows} == {"A", "B"}


def test_nonacled5_half_a_keeps_the_figures_reached(written_script, pipeline):
    """Half A: non-political texts whose top event is an ACLED one, the CASE way, 3 of 26 before
    (a helicopter crash, a depot blast after a fire, a graduation march), 0 after; recall of the
    ACLED texts kept at 4 of 7."""
    script = written_script("written_scope")
    figures, _ = script.score(script.read(NONACLED5, half="A"), pipeline)
    assert figures.nonpolitical == 26 and figures.political == 7
    assert figures.nonpolitical_top <= 0
    assert figures.political_coded >= 4
