"""The text format (:mod:`seismo.ingest.text`): the header (date, title, source, url, id) and the
text after it, the seed article, files of unknown type read as text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seismo.contract.ids import article_id
from seismo.ingest.text import split_header

D = dt.date


@pytest.mark.parametrize(
    ("raw", "text", "date", "title"),
    [
        (" date 2022-01-07 The troops arrived.", "The troops arrived.", D(2022, 1, 7), None),
        ("date 2022-01-07\nThe troops arrived.", "The troops arrived.", D(2022, 1, 7), None),
        ("date: 2022-01-07\n\nThe troops arrived.\n", "The troops arrived.", D(2022, 1, 7), None),
        ("title Troops arrive\ndate 2022-01-07 The troops arrived.", "The troops arrived.", D(2022, 1, 7),
         "Troops arrive"),
        ("The troops arrived.", "The troops arrived.", None, None),
        ("date palms were burned.", "date palms were burned.", None, None),
        ("Title Troops arrive\nThe troops arrived.", "Title Troops arrive\nThe troops arrived.", None, None),
        ("date 2022-01-07 The troops\r\narrived.\r\n", "The troops\narrived.", D(2022, 1, 7), None),
    ],
)
def test_text_header(read, write, tmp_path: Path, raw: str, text: str, date: D | None,
                     title: str | None) -> None:
    (article,), report = read(write(tmp_path / "a.txt", raw))
    assert (article.text, article.date, article.title) == (text, date, title)
    assert article.id == article_id(text)
    assert not report.skipped and not report.warnings


@pytest.mark.parametrize(
    ("raw", "meta"),
    [
        ("source Test Wire\nurl https://example.org/x\nid a-1\nBody.", {"source": "Test Wire",
                                                                      "url": "https://example.org/x", "id": "a-1"}),
        ("url https://example.org/x and more words\nBody.", {}),
        ("title\nBody.", {}),
    ],
)
def test_text_header_fields(raw: str, meta: dict[str, str]) -> None:
    found, _ = split_header(raw)
    assert {key: value for key, (value, _line) in found.items()} == meta


def test_seed_text_starts_after_the_header(read, seed_path: Path) -> None:
    (article,), report = read(seed_path)
    assert article.text.startswith("The troops")
    assert article.date == D(2022, 1, 7)
    assert article.title is None
    assert report.summary() == "read 1 article, skipped 0, 0 warnings"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1).filter(
    lambda s: s.strip() and not s.lstrip().lower().startswith(("date", "title", "source", "url", "id"))))
def test_date_prefix_never_leaks_into_the_text(body: str) -> None:
    meta, rest = split_header(f"date 2022-01-07 {body}")
    assert meta["date"][0] == "2022-01-07"
    assert rest.strip() == body.strip()


@pytest.mark.parametrize(
    ("name", "content", "read_as_text"),
    [
        ("notes.log", b"date 2022-01-07 Police fired tear gas.", True),
        ("NOEXT", b"Police fired tear gas.", True),
        ("notes.dat", b"Police fired \xff\xfe gas.", False),
    ],
)
def test_unknown_extension(read, write, messages, tmp_path: Path, name: str, content: bytes,
                           read_as_text: bool) -> None:
    articles, report = read(write(tmp_path / name, content))
    assert bool(articles) is read_as_text
    if not read_as_text:
        assert messages(report)[0].startswith(f"{tmp_path / name}: unknown file type")
        assert "not UTF-8 text" in messages(report)[0]
