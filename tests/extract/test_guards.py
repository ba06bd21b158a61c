"""seismo.extract.guards: a branch led by its first characters finds the same matches, faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seismo.extract.dates.spans import _rule_pattern, rule_spans
from seismo.extract.guards import first_chars


@pytest.mark.parametrize(
    ("source", "guard"),
    [
        (r"(?i:early|mid|late)[- ]\d{4}", "(?=(?i:[elm]))"),
        (r"the\s+[A-Z]\w+", "(?=[t])"),
        (r"(?:(?i:last|this)\s+)?(?:Monday|Friday)", "(?=[FM]|(?i:[lt]))"),
        (r"(?:\d+|a few)\s+days", r"(?=[\da])"),
        (r"\b(?=\w)[0-9]{4}", "(?=[0-9])"),
        (r"x*", ""),  # may match nothing: no first character
        (r"(?:ab)?|c", ""),
        (r".bc", ""),  # any character: nothing to test
        (r"[^a]bc", ""),  # a negated class: not read
        (r"(a)?\1b", ""),  # a back reference: not read
    ],
)
def test_the_lookahead_names_the_first_characters(source, guard):
    assert first_chars(source) == guard


def test_every_branch_of_the_date_rules_is_guarded():
    assert _rule_pattern().pattern.count("(?=") > 30


#: branches in the manner of the date rules: word lists, optional leading words, case-insensitive parts
BRANCHES = [
    r"(?i:(?:the\s+)?(?:coming\s+weeks|recent\s+days|now))",
    r"(?:(?i:last|next)\s+)?(?:Sunday|Tuesday)",
    r"(?i:(?:\d+|two|three)\s+(?:days|weeks)\s+ago)",
    r"(?:Jan|Feb)\.?\s+\d{1,2}(?![\d,.]*\d)",
    r"Q[1-4](?![-\w])",
]
WORDS = ["the", "The", "coming", "weeks", "Recent", "days", "now", "NOW", "last", "Next", "Sunday", "tuesday",
         "3", "two", "ago", "Jan.", "Feb", "12", "Q3", "q3", "Kelvin", "\u212a", "\u017f", "ſunday", ",", "-"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.lists(st.sampled_from([" ", "  ", "\n", ""]), max_size=25))
def test_a_guarded_alternation_finds_what_the_plain_one_finds(words, gaps):
    text = "".join(w + (gaps[i] if i < len(gaps) else " ") for i, w in enumerate(words))
    plain = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{b})" for b in BRANCHES) + r")\b")
    guarded = re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{first_chars(b)}{b})" for b in BRANCHES) + r")\b")
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_date_rules_still_find_their_phrases():
    text = "Talks resumed in recent days and will go on next Tuesday, until Q3 at the latest."
    found = {text[s:e] for s, e in rule_spans(text)}
    assert {"recent days", "next Tuesday", "Q3"} <= found
