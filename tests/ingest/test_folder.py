"""Folders (:mod:`seismo.ingest.folder`): read recursively in sorted order, hidden files and the
inputs' own docs skipped, unreadable entries named."""

from __future__ import annotations

import builtins
import os
from pathlib import Path

import pytest


def test_folder_is_recursive_sorted_and_skips_hidden_and_docs(read, ingest_data) -> None:
    articles, _ = read(ingest_data)
    origins = [a.origin.removeprefix(str(ingest_data) + os.sep).split(":")[0].split("#")[0] for a in articles]
    assert sorted(set(origins)) == ["article.txt", "list.json", "news.csv", "news.jsonl", "news.tsv",
                                    "page.html", os.path.join("sub", "protest.txt")]
    assert origins == sorted(origins)
    assert not any("hidden" in a.text or "documents the test inputs" in a.text for a in articles)


def test_unreadable_entries_in_a_folder(read, write, messages, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
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
