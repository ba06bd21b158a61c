"""Rendering helpers (:mod:`seismo.web.render`): only safe URLs are linked, query strings keep
the filter."""

from __future__ import annotations

import pytest

from seismo.web.render import query_string, safe_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("javascript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<script>", None),
        ('https://x.org/"onmouseover=alert(1)', None),
        (None, None),
    ],
)
def test_safe_url(url: str | None, expected: str | None) -> None:
    assert safe_url(url) == expected


@pytest.mark.parametrize(
    ("params", "changes", "expected"),
    [
        ({}, {}, ""),
        ({"country": "KAZ"}, {"type": "PROTEST"}, "?country=KAZ&type=PROTEST"),
        ({"q": "a&b=c"}, {"cursor": None}, "?q=a%26b%3Dc"),
    ],
)
def test_query_string(params: dict[str, str], changes: dict[str, object], expected: str) -> None:
    assert query_string(params, **changes) == expected
