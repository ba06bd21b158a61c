"""``read_inputs`` (:mod:`seismo.ingest`): every format by extension, bad records skipped and named,
files without articles, missing inputs, the size limit, stable ids, dedupe, stdin, the samples."""

from __future__ import annotations

import datetime as dt
import io
import os
import sys
from pathlib import Path

import pytest

from seismo.errors import ConfigError
from seismo.contract.ids import article_id
from seismo.ingest import IngestReport, read_inputs

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
D = dt.date


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("article.txt", [("4416b99a9666e586", D(2021, 7, 12), "Looting spreads in Durban", "Test Wire")]),
        ("news.jsonl", [("wire-1", D(2022, 1, 5), "Government resigns", "Test Wire"),
                        ("wire-2", D(2022, 1, 6), None, None),
                        (article_id("Police detained dozens of people in Aktau, officials said."),
                         D(2022, 1, 4), None, None)]),
        ("list.json", [("json-1", D(2022, 1, 13), None, None), ("json-2", D(2022, 1, 19), None, None)]),
        ("news.csv", [("csv-1", D(2022, 1, 8), "Arrest", None), ("csv-2", D(2022, 1, 9), None, None)]),
        ("news.tsv", [("tsv-1", D(2022, 1, 11), None, None)]),
        ("page.html", [(None, D(2022, 1, 5), "Curfew imposed after night of unrest", "Test Wire")]),
    ],
)
def test_formats(read, ingest_data, name: str, expected: list[tuple]) -> None:
    articles, _ = read(ingest_data / name)
    got = [(a.id, a.date, a.title, a.source) for a in articles]
    want = [(a.id if i is None else i, *rest) for a, (i, *rest) in zip(articles, expected)]
    assert got == want and len(got) == len(expected)
    for article in articles:
        assert article.origin and article.origin.startswith(str(ingest_data / name))


@pytest.mark.parametrize(
    ("name", "errors"),
    [
        ("news.jsonl", ["news.jsonl line 4: not valid JSON", "news.jsonl line 5: no 'text' field",
                        "news.jsonl line 6: expected a JSON object"]),
        ("list.json", ["list.json item 3: expected a JSON object"]),
        ("news.csv", ["news.csv line 5: no article text"]),
        ("article.txt", []),
    ],
)
def test_bad_records_are_skipped_and_named(read, messages, ingest_data, name: str, errors: list[str]) -> None:
    _, report = read(ingest_data / name)
    got = [m.removeprefix(str(ingest_data) + os.sep) for m in messages(report)]
    assert len(got) == len(errors)
    for message, start in zip(got, errors):
        assert message.startswith(start)


def test_origins_and_fields(read, ingest_data) -> None:
    articles, _ = read(ingest_data / "news.jsonl", ingest_data / "news.csv")
    by_id = {a.id: a for a in articles}
    assert by_id["wire-1"].url == "https://example.org/wire-1"
    assert by_id["wire-1"].origin.endswith("news.jsonl:1")
    assert by_id["csv-2"].origin.endswith("news.csv:3")  # a record spanning lines 3-4
    assert by_id["csv-2"].text == "Officials said 5,800 people had been detained.\nThe figure included foreign citizens."


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("blank.txt", "  \n\n ", "no article text (only whitespace)"),
        ("header.txt", "date 2022-01-07\n\n", "no article text after the header"),
        ("blank.jsonl", "\n\n", "no JSON lines in the file (only blank lines)"),
        ("empty.json", "[]", "an empty list; nothing to read"),
    ],
)
def test_files_without_articles(read, write, messages, tmp_path: Path, name: str, content: str,
                                problem: str) -> None:
    _, report = read(write(tmp_path / name, content))
    assert messages(report) == [f"{tmp_path / name}: {problem}"]


def test_missing_input(read, messages, ingest_data, tmp_path: Path) -> None:
    articles, report = read(tmp_path / "nope.txt", ingest_data / "news.tsv")
    assert [a.id for a in articles] == ["tsv-1"]
    assert messages(report) == [f"{tmp_path / 'nope.txt'}: no such file or folder; check the path"]


def test_max_chars_must_be_positive(read, ingest_data) -> None:
    with pytest.raises(ConfigError, match="max_chars"):
        read(ingest_data / "article.txt", max_chars=0)


def test_ids_are_stable_across_runs(read, ingest_data) -> None:
    first, report1 = read(ingest_data)
    second, report2 = read(ingest_data)
    assert [a.id for a in first] == [a.id for a in second]
    assert first == second
    assert report1.summary() == report2.summary()


def test_same_article_twice_is_yielded_once(read, write, tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "date 2022-01-07 Police fired tear gas.")
    write(tmp_path / "b.jsonl", '{"text": "Police  fired tear gas.\\n"}\n{"id": "x", "text": "One."}\n'
                                '{"id": "x", "text": "Two."}\n')
    articles, report = read(tmp_path, tmp_path / "a.txt")
    assert [a.text for a in articles] == ["Police fired tear gas.", "One."]
    assert report.duplicates == 3
    assert len(report.warnings) == 1 and "id 'x' was already read" in report.warnings[0]
    assert report.summary() == "read 2 articles, skipped 0, 1 warning, 3 duplicates dropped"


# --- stdin -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("piped", "expected"),
    [
        ("date 2022-01-07 Police fired tear gas.\n", [(None, "Police fired tear gas.", D(2022, 1, 7))]),
        ('{"id": "s1", "text": "One.", "date": "2022-01-02"}\n\n{"id": "s2", "text": "Two."}\n',
         [("s1", "One.", D(2022, 1, 2)), ("s2", "Two.", None)]),
        ('[{"id": "s3", "text": "Three."}]', [("s3", "Three.", None)]),
        ("[Updated] Police fired tear gas.", [(None, "[Updated] Police fired tear gas.", None)]),
    ],
)
def test_stdin(piped: str, expected: list[tuple]) -> None:
    report = IngestReport()
    articles = list(read_inputs(["-"], report=report, stdin=io.StringIO(piped)))
    assert [(i or article_id(t), t, d) for i, t, d in expected] == [(a.id, a.text, a.date) for a in articles]
    assert all(a.origin.startswith("<stdin>") for a in articles)


def test_stdin_bad_lines_and_empty(messages) -> None:
    report = IngestReport()
    articles = list(read_inputs("-", report=report, stdin=io.StringIO('{"text": "One."}\nnot json\n')))
    assert [a.text for a in articles] == ["One."]
    assert messages(report) == ["<stdin> line 2: not valid JSON (Expecting value at column 1); "
                                "each line must be one JSON object"]
    report = IngestReport()
    assert list(read_inputs("-", report=report, stdin=io.StringIO("  \n"))) == []
    assert messages(report) == ["<stdin>: empty input; pipe in text or JSON Lines"]


def test_stdin_default_reads_bytes_from_sys_stdin(read, monkeypatch: pytest.MonkeyPatch) -> None:
    piped = io.TextIOWrapper(io.BytesIO(b"date 2022-01-07 Protesters gathered in S\xe3o Paulo."))
    monkeypatch.setattr(sys, "stdin", piped)
    (article,), report = read("-")
    assert (article.text, article.date) == ("Protesters gathered in S\ufffdo Paulo.", D(2022, 1, 7))
    assert report.warnings == ["<stdin>: not valid UTF-8 (first bad byte at offset 40); undecodable bytes "
                               "replaced with U+FFFD (convert the input to UTF-8)"]


# --- the bundled samples -----------------------------------------------------------------------


def test_samples(read) -> None:
    articles, report = read(SAMPLES)
    assert not report.skipped and not report.warnings, report.skipped + report.warnings
    assert 18 <= len(articles) <= 24
    for article in articles:
        words = len(article.text.split())
        assert 150 <= words <= 350, (article.origin, words)
        assert article.date is not None and D(2021, 1, 1) <= article.date <= D(2022, 12, 31), article.origin
        assert not article.text.startswith("date ")
    kazakhstan = [a for a in articles if D(2022, 1, 2) <= a.date <= D(2022, 1, 20) and "Kazakh" in a.text]
    assert len(kazakhstan) >= 14
    assert len({a.date for a in kazakhstan}) >= 9
