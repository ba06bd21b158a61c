"""Records to articles (:mod:`seismo.ingest.records`): bad and missing dates, the default date,
articles over the size limit, field type warnings, lone surrogates."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from seismo.errors import DateError

D = dt.date


@pytest.mark.parametrize(
    ("name", "content", "where", "value"),
    [
        ("d.jsonl", '{"text": "a"}\n{"text": "Police fired tear gas.", "date": "7 Jan"}\n', "d.jsonl line 2",
         "'7 Jan'"),
        ("d.csv", "text,date\nPolice fired tear gas.,2022-13-45\n", "d.csv line 2", "'2022-13-45'"),
        ("d.txt", "title Tear gas\ndate 2022-02-30 Police fired tear gas.", "d.txt line 2", "'2022-02-30'"),
        ("d.json", '[{"text": "Police fired tear gas.", "date": 20220107}]', "d.json item 1", "20220107"),
    ],
)
def test_bad_date(read, write, tmp_path: Path, name: str, content: str, where: str, value: str) -> None:
    path = write(tmp_path / name, content)
    articles, report = read(path)
    assert "Police fired tear gas." not in [a.text for a in articles]
    (error,) = report.skipped
    assert isinstance(error, DateError)
    assert str(error) == (f"{tmp_path / where}: 'date' must be YYYY-MM-DD, got {value}; "
                          "fix the line or pass --default-date")

    articles, report = read(path, default_date=D(2022, 1, 1))
    assert [a.date for a in articles if a.text == "Police fired tear gas."] == [D(2022, 1, 1)]
    assert not report.skipped
    assert report.warnings == [f"{tmp_path / where}: 'date' must be YYYY-MM-DD, got {value}; "
                               "used the default date 2022-01-01"]


def test_missing_date_uses_the_default_silently(read, write, tmp_path: Path) -> None:
    (article,), report = read(write(tmp_path / "a.txt", "Police fired tear gas."), default_date=D(2022, 1, 3))
    assert article.date == D(2022, 1, 3) and not report.warnings


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("big.jsonl", '{"text": "short one"}\n{"text": "%s"}\n{"text": "short two"}\n' % ("x" * 120), "big.jsonl line 2"),
        ("big.txt", "date 2022-01-07 " + "y" * 120, "big.txt"),
        ("big.csv", "text\nshort one\n" + "z" * 120 + "\nshort two\n", "big.csv line 3"),
    ],
)
def test_article_over_max_chars(read, write, messages, tmp_path: Path, name: str, content: str,
                                where: str) -> None:
    articles, report = read(write(tmp_path / name, content), max_chars=100)
    assert all(len(a.text) <= 100 for a in articles)
    assert messages(report) == [f"{tmp_path / where}: article is 120 characters, over the limit of 100; "
                                "split it or raise max_article_chars"]


def test_field_type_warnings_are_given_once_per_file(read, write, tmp_path: Path) -> None:
    lines = "".join(json.dumps({"text": f"Article {i}.", "source": ["a"]}) + "\n" for i in range(3))
    articles, report = read(write(tmp_path / "s.jsonl", lines))
    assert len(articles) == 3 and all(a.source is None for a in articles)
    assert len(report.warnings) == 1


def test_lone_surrogate_escapes_are_replaced_with_a_warning(tmp_path):
    from seismo.ingest import IngestReport, read_inputs

    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s1", "text": "Protest in \\ud800 Almaty."}\n')
    report = IngestReport()
    [article] = list(read_inputs([path], report=report))
    assert article.text == "Protest in \ufffd Almaty."
    assert any("surrogate" in w for w in report.warnings)


def test_nul_characters_are_removed_from_every_field_with_a_warning(tmp_path):
    from seismo.ingest import IngestReport, read_inputs

    path = tmp_path / "n.jsonl"
    path.write_text('{"id": "n1", "text": "Dockers\\u0000 struck in Durban.", "title": "Strike\\u0000"}\n'
                    '{"id": "n2", "text": "\\u0000\\u0000"}\n')
    report = IngestReport()
    [article] = list(read_inputs([path], report=report))
    assert article.text == "Dockers struck in Durban." and article.title == "Strike"
    assert sum("NUL characters" in w for w in report.warnings) == 3
    assert [str(e) for e in report.skipped] == [f"{path} line 2: no article text (it is empty or only whitespace)"]
