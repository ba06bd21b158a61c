"""Reading bytes (:mod:`seismo.ingest.source`): empty, binary and oversized files, invalid UTF-8
replaced with a warning, UTF-16 and byte-order marks decoded."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.mark.parametrize("name", ["empty.txt", "empty.jsonl", "empty.json", "empty.csv", "empty.html", "empty.xyz"])
def test_empty_file(read, write, messages, tmp_path: Path, name: str) -> None:
    articles, report = read(write(tmp_path / name, b""))
    assert articles == []
    assert messages(report) == [f"{tmp_path / name}: empty file; nothing to read"]


@pytest.mark.parametrize("name", ["image.txt", "data.jsonl", "sheet.csv", "blob.bin", "page.html"])
def test_binary_file(read, write, messages, tmp_path: Path, name: str) -> None:
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
def test_invalid_utf8_is_replaced_with_a_warning(read, write, tmp_path: Path, name: str, content: bytes,
                                                 where: str) -> None:
    articles, report = read(write(tmp_path / name, content))
    assert any("S\ufffdo Paulo" in a.text for a in articles)
    assert not report.skipped
    assert len(report.warnings) == 1
    assert report.warnings[0].startswith(f"{tmp_path / where[:-1]}") and "not valid UTF-8" in report.warnings[0]


def test_utf16_and_bom_are_decoded(read, write, tmp_path: Path) -> None:
    articles, report = read(
        write(tmp_path / "a.txt", "date 2022-01-07 Police fired tear gas.".encode("utf-16")),
        write(tmp_path / "b.jsonl", b'\xef\xbb\xbf{"text": "Troops arrived."}\n'),
    )
    assert [a.text for a in articles] == ["Police fired tear gas.", "Troops arrived."]
    assert not report.skipped and not report.warnings


def test_huge_file_is_refused_before_reading(read, write, messages, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "huge.txt", "w" * 10_000)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file known to be too big"))
    _, report = read(path, max_chars=100)
    assert messages(report)[0].startswith(f"{path}: file is 10,000 bytes, too big for one article")


def test_utf32_is_decoded_and_a_false_mark_refused(read, write, messages, tmp_path: Path) -> None:
    good = write(tmp_path / "wide.txt", "Dockworkers struck in Durban.".encode("utf-32"))
    bad = write(tmp_path / "fake.txt", b"\xff\xfe\x00\x00garbage")
    lines = write(tmp_path / "wide.jsonl", '{"text": "Nurses rallied in Lagos."}\n'.encode("utf-32"))
    articles, report = read(good, bad, lines)
    assert [a.text for a in articles] == ["Dockworkers struck in Durban.", "Nurses rallied in Lagos."]
    assert messages(report) == [
        f"{bad}: starts with a UTF-32 byte-order mark but is not UTF-32 text (bad bytes at offset 4); "
        "convert it to UTF-8"
    ]


@pytest.mark.parametrize("name", ["noise.txt", "noise.xyz"])
def test_mostly_undecodable_bytes_are_refused_not_stored(read, write, messages, tmp_path: Path, name: str) -> None:
    good = write(tmp_path / "good.txt", "Police fired tear gas.")
    noise = write(tmp_path / name, b"ok " + b"\xfe\xfd\x81\x07" * 40)
    articles, report = read(noise, good)
    assert [a.text for a in articles] == ["Police fired tear gas."]
    assert len(report.skipped) == 1 and str(noise) in messages(report)[0]


def test_a_few_bad_bytes_in_real_text_are_only_replaced(read, write, tmp_path: Path) -> None:
    text = "Protesters gathered in the main square of the city on Friday evening. " * 3
    articles, report = read(write(tmp_path / "a.txt", text.encode() + b"\xe3"))
    assert len(articles) == 1 and articles[0].text.endswith("\ufffd")
    assert not report.skipped and len(report.warnings) == 1
