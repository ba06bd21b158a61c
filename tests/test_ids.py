"""Deterministic ids (:mod:`seismo.contract.ids`): an article's id ignores whitespace and Unicode normal form."""

from __future__ import annotations

import pytest

from seismo.contract.ids import article_id, normalise_text


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police  arrested 40.", "Police arrested 40."),
        ("Police arrested 40.\n", "Police arrested 40."),
        ("Cafe\u0301 burned.", "Caf\u00e9 burned."),  # NFD vs NFC
    ],
)
def test_article_id_ignores_whitespace_and_normal_form(a, b):
    assert normalise_text(a) == normalise_text(b)
    assert article_id(a) == article_id(b)


def test_article_id_differs_for_different_text():
    assert article_id("Police arrested 40.") != article_id("Police arrested 41.")
