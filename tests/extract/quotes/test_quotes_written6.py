"""The sixth written quotes check set (``src/seismo/data/check/quotes_written6.jsonl``, scored by
``scripts/written_quotes.py``): its form, and the speaker figure its tuning half A reached."""

from __future__ import annotations

SET = "quotes_written6.jsonl"


def test_check_set_is_well_formed(written_script) -> None:
    script = written_script("written_quotes")
    rows = script.read(script.FILE.with_name(SET))
    assert len(rows) == 30 and len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        text = row["text"]
        assert row["quotes"], row["id"]
        for quote in row["quotes"]:
            assert text[quote["start"] - 1] == '"' and text[quote["end"]] == '"', row["id"]
            sp = quote["speaker"]
            assert text[sp["start"] : sp["end"]] == sp["text"] and sp["name"], row["id"]
    halves = [script.read(script.FILE.with_name(SET), half=h) for h in ("A", "B")]
    assert all(halves) and sum(map(len, halves)) == len(rows)


def test_half_a_keeps_the_speakers_reached(written_script, pipeline) -> None:
    """Half A (16 articles, 40 quotes): 31/40 speakers right before any change (quotes v22);
    38/40 after branch quotes18 (a quotation paragraph tagged with a pronoun takes the subject
    of the narrative paragraph before it; a title opening a name the model labelled otherwise
    makes it a person's; a bare "the group" stands for the organisation named as a subject)."""
    script = written_script("written_quotes")
    f, _ = script.score(script.read(script.FILE.with_name(SET), half="A"), pipeline)
    assert f.gold == 40 and f.found == 40
    assert f.right >= 38
