"""A corpus of real-world nasty inputs, written for seismo: each is (file name, bytes).

Mixed encodings, byte-order marks, NUL bytes, a 1 MB single line, deeply nested HTML,
zero-width and right-to-left characters, unbalanced quotes, 10,000 numbers in a sentence,
broken JSON and CSV.  The fuzz tests read every one through every reader and the extract path.
"""

from __future__ import annotations

import codecs
import json

STORY = "Protesters gathered outside the regional parliament in Almaty on Tuesday, police said."


def _jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


def corpus() -> list[tuple[str, bytes]]:
    numbers = " ".join(str(i) for i in range(10_000))
    nested = "<div>" * 5_000 + STORY + "</div>" * 5_000
    return [
        ("latin1.txt", ("date 2022-01-07 " + STORY.replace("Almaty", "S\xe3o Paulo")).encode("latin-1")),
        ("cp1252.txt", "Police said \u201cnobody was hurt\u201d in Kyiv \u2013 officials.".encode("cp1252")),
        ("mixed.txt", STORY.encode() + "caf\xe9".encode("latin-1") + " na\u00efve \u2603".encode()),
        ("bom8.txt", codecs.BOM_UTF8 + STORY.encode()),
        ("bom16.txt", STORY.encode("utf-16")),
        ("bom32.txt", STORY.encode("utf-32")),
        ("false-bom32.txt", b"\xff\xfe\x00\x00garbage"),
        ("nul.txt", STORY.encode() + b"\x00\x00" + STORY.encode()),
        ("one-mb-line.txt", ("word " * 210_000).encode()),
        ("nested.html", f"<html><body>{nested}</body></html>".encode()),
        ("zero-width.txt", ("Pro\u200btesters\u200c gathered\u200d in\ufeff Al\u2060maty " + STORY).encode()),
        ("rtl.txt", ("\u202eProtesters gathered\u202c in \u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd and "
                     "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 on Friday. " + STORY).encode()),
        ("quotes.txt", ('"We will not leave," said one man. "Nor will we. ' + STORY + ' \u201cUnbalanced').encode()),
        ("numbers.txt", f"Police detained {numbers} people in Almaty on Tuesday.".encode()),
        ("only-space.txt", b" \n\t\r\n  "),
        ("control.txt", bytes(range(1, 32)) * 50),
        ("broken.jsonl", b'{"text": "ok one"}\n{"text": \n[1, 2]\n"just a string"\n{"text": null}\n{"text": "ok two"}\n'),
        ("deep.json", ("[" * 5_000 + "]" * 5_000).encode()),
        ("records.json", json.dumps([{"text": STORY, "date": "not a date"}, {"title": "no text"}]).encode()),
        ("ragged.csv", b'text,date\n"unclosed quote,2022-01-07\nplain,2022-01-08,extra\n' + STORY.encode() + b",\n"),
        ("tabs.tsv", b"text\tdate\n" + STORY.encode() + b"\t2022-13-45\n\t\n"),
        ("script.html", b"<script>alert(1)</script><p>" + STORY.encode() + b"<img src=x onerror=alert(2)>"),
        ("empty.html", b"<html></html>"),
        ("unknown.xyz", STORY.encode()),
        ("binary.xyz", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20),
        ("surrogates.jsonl", b'{"text": "lone \\ud800 surrogate in Almaty"}\n'),
        ("huge-number.jsonl", _jsonl({"text": "Police killed 1" + "0" * 400 + " protesters in Almaty."})),
        ("crlf.txt", ("date 2022-01-07\r\n" + STORY + "\r\n\r\n" + STORY).encode()),
    ]
