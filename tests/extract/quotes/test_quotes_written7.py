"""The seventh written quotes check set (``src/seismo/data/check/quotes_written7.jsonl``, scored by
``scripts/written_quotes.py``): its form, and the speaker figure its tuning half A reached."""

from __future__ import annotations

SET = "quotes_written7.jsonl"


def test_check_set_is_well_formed(written_script) -> None:
    script = written_script("written_quotes")
    rows = script.read(script.FILE.with_name(SET))
    assert len(rows) == 30 and len({r["id"] for r in rows}) == len(rows)
    assert sum(len(r["quotes"]) for r in rows) == 65
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
    """Half A (15 articles, 33 quotes): 25/33 speakers right before any change (main 7e13938);
    32/33 after branch speakers19 (a sentence after the quotation that points back at it, "The
    warning came from X." / "X said this ...", names its speaker; a name the model read as a place
    is a person's in apposition to a role noun or given an age)."""
    script = written_script("written_quotes")
    f, _ = script.score(script.read(script.FILE.with_name(SET), half="A"), pipeline)
    assert f.gold == 33 and f.found == 33
    assert f.right >= 32
