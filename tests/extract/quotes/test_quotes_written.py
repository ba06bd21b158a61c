"""The written quotes check sets of ``src/seismo/data/check/`` (scored by
``scripts/written_quotes.py``): their form, and the speaker figure each tuning half A reached.

quotes_written6 half A (16 articles, 40 quotes): 31/40 speakers right before any change (quotes
v22); 38/40 after branch quotes18 (a quotation paragraph tagged with a pronoun takes the subject of
the narrative paragraph before it; a title opening a name the model labelled otherwise makes it a
person's; a bare "the group" stands for the organisation named as a subject).

quotes_written7 half A (15 articles, 33 quotes): 25/33 before any change (main 7e13938); 32/33
after branch speakers19 (a sentence after the quotation that points back at it, "The warning came
from X." / "X said this ...", names its speaker; a name the model read as a place is a person's in
apposition to a role noun or given an age).

quotes_written9 half A (13 articles, 32 quotes; relative clauses on the speaker, "as X put it", an
organisation's "it" / "they", a quotation about someone other than its speaker, quote chains):
21/32 before any change (main df9b119), 22/32 after branch speakers21 (a name inside the quotation
is no subject a pronoun tag refers back to; "as X put it" names X)."""

from __future__ import annotations

import pytest

#: set -> (articles, quotes or None when not fixed, half A's gold quotes, speakers right it reached,
#: whether a quotation may run over paragraphs: then it ends at a closing mark or at its paragraph's
#: end before a paragraph that opens with a mark)
SETS = {
    "quotes_written6.jsonl": (30, None, 40, 38, False),
    "quotes_written7.jsonl": (30, 65, 33, 32, False),
    "quotes_written9.jsonl": (26, 61, 32, 22, True),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_check_set_is_well_formed(written_script, name: str) -> None:
    articles, quotes, _, _, paragraphs = SETS[name]
    script = written_script("written_quotes")
    rows = script.read(script.FILE.with_name(name))
    assert len(rows) == articles and len({r["id"] for r in rows}) == len(rows)
    assert quotes is None or sum(len(r["quotes"]) for r in rows) == quotes
    for row in rows:
        text = row["text"]
        assert row["quotes"], row["id"]
        for quote in row["quotes"]:
            end = quote["end"]
            assert text[quote["start"] - 1] == '"', row["id"]
            assert text[end] == '"' or (paragraphs and text[end : end + 2] == '\n"'), row["id"]
            sp = quote["speaker"]
            assert text[sp["start"] : sp["end"]] == sp["text"] and sp["name"], row["id"]
    halves = [script.read(script.FILE.with_name(name), half=h) for h in ("A", "B")]
    assert all(halves) and sum(map(len, halves)) == len(rows)


@pytest.mark.parametrize("name", sorted(SETS))
def test_half_a_keeps_the_speakers_reached(written_script, pipeline, name: str) -> None:
    _, _, gold, right, _ = SETS[name]
    script = written_script("written_quotes")
    f, _ = script.score(script.read(script.FILE.with_name(name), half="A"), pipeline)
    assert f.gold == gold and f.found == gold
    assert f.right >= right


#: quotes_written8 (whole-document formats): its quotations running over several paragraphs leave
#: each paragraph but the last unclosed, so a quote ends at a closing mark or at its paragraph's end
#: before a paragraph that opens with a mark.  Half A: 34/47 before any change (main b78184c), 44/47
#: after branch speakers20 (a "who" clause makes a name a person's, a semicolon ends a tag window, a
#: body "issued the following statement:", a name with an apostrophe, the interviewer).
WRITTEN8 = ("quotes_written8.jsonl", 25, 74, 47, 44)


def test_written8_is_well_formed_and_half_a_keeps_the_speakers_reached(written_script, pipeline) -> None:
    name, articles, quotes, gold, right = WRITTEN8
    script = written_script("written_quotes")
    rows = script.read(script.FILE.with_name(name))
    assert len(rows) == articles and len({r["id"] for r in rows}) == len(rows)
    assert sum(len(r["quotes"]) for r in rows) == quotes
    for row in rows:
        text = row["text"]
        for quote in row["quotes"]:
            end = quote["end"]
            assert text[quote["start"] - 1] == '"', row["id"]
            assert text[end] == '"' or text[end : end + 2] == '\n"', row["id"]
            sp = quote["speaker"]
            assert text[sp["start"] : sp["end"]] == sp["text"] and sp["name"], row["id"]
    f, _ = script.score(script.read(script.FILE.with_name(name), half="A"), pipeline)
    assert f.gold == gold and f.found == gold
    assert f.right >= right
