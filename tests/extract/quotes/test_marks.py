"""Quote-mark pairing (:mod:`seismo.extract.quotes.marks`, no model): balanced, wrong-way,
multi-paragraph, unbalanced."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seismo.extract.quotes.marks import find_quote_segments, paragraphs


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_segments(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight and curly, balanced
        ('He said "we will win" today.', ["we will win"]),
        ("He said “we will win” today.", ["we will win"]),
        ("«Nous gagnerons», a-t-il dit.", ["Nous gagnerons"]),
        ("Er sagte „wir gewinnen“ heute.", ["wir gewinnen"]),
        ('"One," she said, "two."', ["One,", "two."]),
        ("“One,” she said. “Two.”", ["One,", "Two."]),
        # closing mark facing the wrong way, or after a space
        ("the national authorities “. Next sentence.", []),
        ("She said: “we lost the war “. Then she left.", ["we lost the war"]),
        ("“It was the Donbass) ”. Then more.", ["It was the Donbass)"]),
        ("“We saw the same in Belarus, ”adds Mikhelidze.", ["We saw the same in Belarus,"]),
        ("“They are struggling and feel marginalized ”.", ["They are struggling and feel marginalized"]),
        # quotation running over paragraphs: each paragraph is a segment
        ("“First part of it.\n\n“Second part,” she said.", ["First part of it.", "Second part,"]),
        ("“A.\n\n“B.\n\n“C,” he said.", ["A.", "B.", "C,"]),
        # unbalanced: never crosses a paragraph that does not open with a mark
        ("He said “this never closes.\n\nThe next paragraph is narration.", []),
        ("He said “this never closes. And “this one does” here.", ["this one does"]),
        ("A stray closer” sits here. Then “a real one” follows.", ["a real one"]),
        ('The 6\'2" player said "fine" later.', ["fine"]),
        # a transcript whose turns each open with a mark and close with none
        ('"HOST: Will you sign it? "MAYOR: Not yet. "HOST: When?"',
         ["HOST: Will you sign it?", "MAYOR: Not yet.", "HOST: When?"]),
        ('He said "we will see. "MAYOR: fine" later.', ["we will see."]),  # no label opened the first: no turn
        ("Nothing quoted at all here.", []),
        ("“", []),
        ("“”", []),
        # apostrophes are not quotes; curly single quotes pair within a paragraph
        ("Putin’s allies’ view is ‘strategic patience’ now.", ["strategic patience"]),
        ("It's the people's choice, isn't it?", []),
    ],
)
def test_segments(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_multi_paragraph_segments_share_a_group() -> None:
    text = "“First part.\n\n“Second part,” she said. Later “other” words."
    segs = find_quote_segments(text)
    assert [s.continued for s in segs] == [True, False, False]
    assert segs[0].group == segs[1].group != segs[2].group
    assert [s.paragraph for s in segs] == [0, 1, 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one\n\ntwo\n\n\nthree", ["one", "two", "three"]),
        ("one\ntwo", ["one", "two"]),
        ("one\ntwo\n\nthree", ["one\ntwo", "three"]),
        ("  padded  \n\n", ["padded"]),
    ],
)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[p.start : p.end] for p in paragraphs(text)] == expected


@given(st.text(alphabet=st.sampled_from(list('ab “”"„«»‘’.,\n')), max_size=80))
def test_offsets_hold_and_stay_inside_a_paragraph(text: str) -> None:
    paras = paragraphs(text)
    for seg in find_quote_segments(text):
        assert 0 <= seg.open < seg.start < seg.end <= seg.close <= len(text)
        para = paras[seg.paragraph]
        assert para.start <= seg.open and seg.close <= para.end
        assert text[seg.start : seg.end] == text[seg.start : seg.end].strip()
