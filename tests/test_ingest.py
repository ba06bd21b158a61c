"""Ingest readers: every format, every kind of bad input, ids, dedupe, stdin and the samples."""

from __future__ import annotations

import builtins
import datetime as dt
import io
import json
import os
import socket
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seismo.errors import ConfigError, DateError, InputError
from seismo.ids import article_id
from seismo.ingest import IngestReport, read_inputs
from seismo.ingest.text import split_header
from seismo.model import Article

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "ingest"
SAMPLES = REPO / "samples"
D = dt.date


def read(*inputs: str | Path, **options) -> tuple[list[Article], IngestReport]:
    report = IngestReport()
    return list(read_inputs(list(inputs), report=report, **options)), report


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def messages(report: IngestReport) -> list[str]:
    return [str(error) for error in report.skipped]


# --- the text format ---------------------------------------------------------------------------

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
def test_text_header(tmp_path: Path, raw: str, text: str, date: D | None, title: str | None) -> None:
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


def test_seed_text_starts_after_the_header(seed_path: Path) -> None:
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


# --- every format ------------------------------------------------------------------------------

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
def test_formats(name: str, expected: list[tuple]) -> None:
    articles, _ = read(DATA / name)
    got = [(a.id, a.date, a.title, a.source) for a in articles]
    want = [(a.id if i is None else i, *rest) for a, (i, *rest) in zip(articles, expected)]
    assert got == want and len(got) == len(expected)
    for article in articles:
        assert article.origin and article.origin.startswith(str(DATA / name))


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
def test_bad_records_are_skipped_and_named(name: str, errors: list[str]) -> None:
    _, report = read(DATA / name)
    got = [m.removeprefix(str(DATA) + os.sep) for m in messages(report)]
    assert len(got) == len(errors)
    for message, start in zip(got, errors):
        assert message.startswith(start)


def test_origins_and_fields() -> None:
    articles, _ = read(DATA / "news.jsonl", DATA / "news.csv")
    by_id = {a.id: a for a in articles}
    assert by_id["wire-1"].url == "https://example.org/wire-1"
    assert by_id["wire-1"].origin.endswith("news.jsonl:1")
    assert by_id["csv-2"].origin.endswith("news.csv:3")  # a record spanning lines 3-4
    assert by_id["csv-2"].text == "Officials said 5,800 people had been detained.\nThe figure included foreign citizens."


def test_html_page(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args, **kwargs):
        raise AssertionError("ingest tried to open a network connection")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    (article,), _ = read(DATA / "page.html")
    assert "state of emergency" in article.text
    assert "Subscribe" not in article.text and "Sport" not in article.text
    assert article.url == "https://example.org/curfew"


def test_json_single_object_and_text_kept_verbatim(tmp_path: Path) -> None:
    text = "  Police fired tear gas.\r\n  "
    (article,), _ = read(write(tmp_path / "one.json", json.dumps({"text": text, "id": 7})))
    assert (article.id, article.text) == ("7", text)  # offsets from the source stay valid


def test_csv_without_text_column(tmp_path: Path) -> None:
    _, report = read(write(tmp_path / "x.csv", "id,body\n1,Police fired tear gas.\n"))
    assert messages(report) == [f"{tmp_path / 'x.csv'} line 1: no 'text' column (columns: id, body); "
                                "name the article text column 'text'"]


# --- bad input ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["empty.txt", "empty.jsonl", "empty.json", "empty.csv", "empty.html", "empty.xyz"])
def test_empty_file(tmp_path: Path, name: str) -> None:
    articles, report = read(write(tmp_path / name, b""))
    assert articles == []
    assert messages(report) == [f"{tmp_path / name}: empty file; nothing to read"]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("blank.txt", "  \n\n ", "no article text (only whitespace)"),
        ("header.txt", "date 2022-01-07\n\n", "no article text after the header"),
        ("blank.jsonl", "\n\n", "no JSON lines in the file (only blank lines)"),
        ("empty.json", "[]", "an empty list; nothing to read"),
    ],
)
def test_files_without_articles(tmp_path: Path, name: str, content: str, problem: str) -> None:
    _, report = read(write(tmp_path / name, content))
    assert messages(report) == [f"{tmp_path / name}: {problem}"]


@pytest.mark.parametrize("name", ["image.txt", "data.jsonl", "sheet.csv", "blob.bin", "page.html"])
def test_binary_file(tmp_path: Path, name: str) -> None:
    good = write(tmp_path / "good.txt", "Police fired tear gas.")
    articles, report = read(write(tmp_path / name, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10), good)
    assert [a.text for a in articles] == ["Police fired tear gas."]
    assert len(report.skipped) == 1
    assert messages(report)[0].startswith(f"{tmp_path / name}: binary file")


@pytest.mark.parametrize(
    ("name", "content", "where"),
    [
        ("latin.txt", "date 2022-01-07 Protesters gathered in S\xe3o Paulo.".encode("latin-1"), "latin.txt:"),
        ("latin.jsonl", b'{"text": "ok"}\n{"text": "S\xe3o Paulo"}\n', "latin.jsonl line 2:"),
        ("latin.csv", b"text\nS\xe3o Paulo\n", "latin.csv line 2:"),
    ],
)
def test_invalid_utf8_is_replaced_with_a_warning(tmp_path: Path, name: str, content: bytes, where: str) -> None:
    articles, report = read(write(tmp_path / name, content))
    assert any("S\ufffdo Paulo" in a.text for a in articles)
    assert not report.skipped
    assert len(report.warnings) == 1
    assert report.warnings[0].startswith(f"{tmp_path / where[:-1]}") and "not valid UTF-8" in report.warnings[0]


def test_utf16_and_bom_are_decoded(tmp_path: Path) -> None:
    articles, report = read(
        write(tmp_path / "a.txt", "date 2022-01-07 Police fired tear gas.".encode("utf-16")),
        write(tmp_path / "b.jsonl", b'\xef\xbb\xbf{"text": "Troops arrived."}\n'),
    )
    assert [a.text for a in articles] == ["Police fired tear gas.", "Troops arrived."]
    assert not report.skipped and not report.warnings


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
def test_bad_date(tmp_path: Path, name: str, content: str, where: str, value: str) -> None:
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


def test_missing_date_uses_the_default_silently(tmp_path: Path) -> None:
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
def test_article_over_max_chars(tmp_path: Path, name: str, content: str, where: str) -> None:
    articles, report = read(write(tmp_path / name, content), max_chars=100)
    assert all(len(a.text) <= 100 for a in articles)
    assert messages(report) == [f"{tmp_path / where}: article is 120 characters, over the limit of 100; "
                                "split it or raise max_article_chars"]


def test_huge_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "huge.txt", "w" * 10_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file known to be too big"))
    _, report = read(path, max_chars=100)
    assert messages(report)[0].startswith(f"{path}: file is 10,000 bytes, too big for one article")


def test_max_chars_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="max_chars"):
        read(DATA / "article.txt", max_chars=0)


def test_unreadable_entries_in_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "a.txt", "First article.")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")  # a broken link
    locked = write(tmp_path / "c.jsonl", '{"text": "Locked."}\n')
    write(tmp_path / "d.txt", "Last article.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "e.txt", "Never listed.")
    real_open, real_scandir = builtins.open, os.scandir

    def fake_open(file, *args, **kwargs):
        if Path(file) == locked:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    def fake_scandir(path):
        if Path(path) == tmp_path / "sub":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)
    articles, report = read(tmp_path)
    assert [a.text for a in articles] == ["First article.", "Last article."]
    assert sorted(messages(report)) == [
        f"{tmp_path / 'b.txt'}: cannot read: No such file or directory (a missing file or a broken link); "
        "check the path",
        f"{tmp_path / 'c.jsonl'}: cannot read: Permission denied; check the file's permissions",
        f"{tmp_path / 'sub'}: cannot read: Permission denied; check the file's permissions (folder)",
    ]


def test_missing_input(tmp_path: Path) -> None:
    articles, report = read(tmp_path / "nope.txt", DATA / "news.tsv")
    assert [a.id for a in articles] == ["tsv-1"]
    assert messages(report) == [f"{tmp_path / 'nope.txt'}: no such file or folder; check the path"]


@pytest.mark.parametrize(
    ("name", "content", "read_as_text"),
    [
        ("notes.log", b"date 2022-01-07 Police fired tear gas.", True),
        ("NOEXT", b"Police fired tear gas.", True),
        ("notes.dat", b"Police fired \xff\xfe gas.", False),
    ],
)
def test_unknown_extension(tmp_path: Path, name: str, content: bytes, read_as_text: bool) -> None:
    articles, report = read(write(tmp_path / name, content))
    assert bool(articles) is read_as_text
    if not read_as_text:
        assert messages(report)[0].startswith(f"{tmp_path / name}: unknown file type")
        assert "not UTF-8 text" in messages(report)[0]


# --- folders, ids, dedupe ----------------------------------------------------------------------

def test_folder_is_recursive_sorted_and_skips_hidden_and_docs() -> None:
    articles, _ = read(DATA)
    origins = [a.origin.removeprefix(str(DATA) + os.sep).split(":")[0].split("#")[0] for a in articles]
    assert sorted(set(origins)) == ["article.txt", "list.json", "news.csv", "news.jsonl", "news.tsv",
                                    "page.html", os.path.join("sub", "protest.txt")]
    assert origins == sorted(origins)
    assert not any("hidden" in a.text or "documents the test inputs" in a.text for a in articles)


def test_ids_are_stable_across_runs() -> None:
    first, report1 = read(DATA)
    second, report2 = read(DATA)
    assert [a.id for a in first] == [a.id for a in second]
    assert first == second
    assert report1.summary() == report2.summary()


def test_same_article_twice_is_yielded_once(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "date 2022-01-07 Police fired tear gas.")
    write(tmp_path / "b.jsonl", '{"text": "Police  fired tear gas.\\n"}\n{"id": "x", "text": "One."}\n'
                                '{"id": "x", "text": "Two."}\n')
    articles, report = read(tmp_path, tmp_path / "a.txt")
    assert [a.text for a in articles] == ["Police fired tear gas.", "One."]
    assert report.duplicates == 3
    assert len(report.warnings) == 1 and "id 'x' was already read" in report.warnings[0]
    assert report.summary() == "read 2 articles, skipped 0, 1 warning, 3 duplicates dropped"


def test_field_type_warnings_are_given_once_per_file(tmp_path: Path) -> None:
    lines = "".join(json.dumps({"text": f"Article {i}.", "source": ["a"]}) + "\n" for i in range(3))
    articles, report = read(write(tmp_path / "s.jsonl", lines))
    assert len(articles) == 3 and all(a.source is None for a in articles)
    assert len(report.warnings) == 1


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


def test_stdin_bad_lines_and_empty() -> None:
    report = IngestReport()
    articles = list(read_inputs("-", report=report, stdin=io.StringIO('{"text": "One."}\nnot json\n')))
    assert [a.text for a in articles] == ["One."]
    assert messages(report) == ["<stdin> line 2: not valid JSON (Expecting value at column 1); "
                                "each line must be one JSON object"]
    report = IngestReport()
    assert list(read_inputs("-", report=report, stdin=io.StringIO("  \n"))) == []
    assert messages(report) == ["<stdin>: empty input; pipe in text or JSON Lines"]


def test_stdin_default_reads_bytes_from_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    piped = io.TextIOWrapper(io.BytesIO(b"date 2022-01-07 Protesters gathered in S\xe3o Paulo."))
    monkeypatch.setattr(sys, "stdin", piped)
    (article,), report = read("-")
    assert (article.text, article.date) == ("Protesters gathered in S\ufffdo Paulo.", D(2022, 1, 7))
    assert report.warnings == ["<stdin>: not valid UTF-8 (first bad byte at offset 40); undecodable bytes "
                               "replaced with U+FFFD (convert the input to UTF-8)"]


# --- the report --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("read_", "skipped", "warnings", "line"),
    [
        (20, 2, 1, "read 20 articles, skipped 2 (see above), 1 warning"),
        (1, 0, 0, "read 1 article, skipped 0, 0 warnings"),
        (1234, 0, 3, "read 1,234 articles, skipped 0, 3 warnings"),
    ],
)
def test_summary(read_: int, skipped: int, warnings: int, line: str) -> None:
    report = IngestReport(read=read_, skipped=[InputError("x", "y")] * skipped, warnings=["w"] * warnings)
    assert report.summary() == line


# --- shared data and the bundled samples -------------------------------------------------------

def test_shared_jsonl_reads_every_record(shared_data: Path) -> None:
    path = shared_data / "events_case2021_dev.jsonl"
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    articles, report = read(path)
    assert [a.id for a in articles] == [r["id"] for r in records]
    assert [a.text for a in articles] == [r["text"] for r in records]
    assert not report.skipped


def test_samples() -> None:
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


def test_lone_surrogate_escapes_are_replaced_with_a_warning(tmp_path):
    from seismo.ingest import IngestReport, read_inputs

    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s1", "text": "Protest in \\ud800 Almaty."}\n')
    report = IngestReport()
    [article] = list(read_inputs([path], report=report))
    assert article.text == "Protest in \ufffd Almaty."
    assert any("surrogate" in w for w in report.warnings)
