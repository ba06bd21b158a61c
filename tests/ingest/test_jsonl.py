"""JSON Lines and JSON (:mod:`seismo.ingest.jsonl`): one object kept verbatim, the shared data
read record for record."""

from __future__ import annotations

import json
from pathlib import Path


def test_json_single_object_and_text_kept_verbatim(read, write, tmp_path: Path) -> None:
    text = "  Police fired tear gas.\r\n  "
    (article,), _ = read(write(tmp_path / "one.json", json.dumps({"text": text, "id": 7})))
    assert (article.id, article.text) == ("7", text)  # offsets from the source stay valid


def test_shared_jsonl_reads_every_record(read, shared_data: Path) -> None:
    path = shared_data / "events_case2021_dev.jsonl"
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    articles, report = read(path)
    assert [a.id for a in articles] == [r["id"] for r in records]
    assert [a.text for a in articles] == [r["text"] for r in records]
    assert not report.skipped
