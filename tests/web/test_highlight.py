"""Highlighting (:mod:`seismo.web.highlight`): marks over a text, escaped, overlapping, linked,
anchored; marks out of range or of an unknown kind dropped."""

from __future__ import annotations

import pytest

from seismo.web.highlight import Mark, highlight


@pytest.mark.parametrize(
    ("text", "marks", "expected"),
    [
        ("plain", [], "plain"),
        ("a <b> c", [], "a &lt;b&gt; c"),
        ("in Almaty today", [Mark(3, 9, "place", "place: Almaty")],
         'in <span class="hl hl-place" data-kinds="place" title="place: Almaty">Almaty</span> today'),
        ("x<y", [Mark(0, 3, "quote")], '<span class="hl hl-quote" data-kinds="quote">x&lt;y</span>'),
        ('say "hi"', [Mark(4, 8, "quote", 'a "title" <b>')],
         'say <span class="hl hl-quote" data-kinds="quote" title="a &#34;title&#34; &lt;b&gt;">&#34;hi&#34;</span>'),
        ("abcd", [Mark(0, 3, "quote"), Mark(1, 4, "place")],
         '<span class="hl hl-quote" data-kinds="quote">a</span>'
         '<span class="hl hl-place hl-quote" data-kinds="place quote">bc</span>'
         '<span class="hl hl-place" data-kinds="place">d</span>'),
        ("ab", [Mark(0, 2, "trigger", href='/events/"x')],
         '<a class="hl hl-trigger" data-kinds="trigger" href="/events/&#34;x">ab</a>'),
        ("ab", [Mark(1, 5, "place"), Mark(-1, 1, "place"), Mark(0, 1, "unknown-kind")], "ab"),
        ("ab", [Mark(0, 1, "evidence", anchor="evidence-1")],
         '<span class="hl hl-evidence" data-kinds="evidence" id="evidence-1">a</span>b'),
    ],
)
def test_highlight(text: str, marks: list[Mark], expected: str) -> None:
    assert str(highlight(text, marks)) == expected
