"""Export stored quotes: JSON lines (the extract contract's quote objects plus id and article)
or flat columns (CSV / Parquet), one row per quote."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from seismo.store.query import QuoteHit

#: the flat columns of a quote export, with what each holds
QUOTE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("quote_id", "seismo's id of the quote"),
    ("article_id", "the article it was found in"),
    ("article_date", "the article's publication date (YYYY-MM-DD)"),
    ("source", "the article's source (outlet), when known"),
    ("kind", "direct (inside quotation marks) or indirect (reported speech)"),
    ("text", "what was said, as written"),
    ("speaker", "the speaker's name, else the mention as written ('the minister')"),
    ("speaker_role", "role or title ('head of the Eastern Europe and Eurasia program')"),
    ("speaker_organization", "the organisation the speaker speaks for"),
    ("speaker_country", "ISO 3166-1 alpha-3 country of the speaker, when known"),
    ("speaker_sector", "PLOVER sector of the speaker (GOV, LEG, MIL, ...), when known"),
    ("outlet", "the medium spoken to ('told HuffPost')"),
    ("cue", "the words that introduce the quote ('said', 'According to')"),
    ("start", "offset of the quote in the article text"),
    ("end", "end offset of the quote in the article text"),
    ("confidence", "score in [0, 1]"),
)
QUOTE_COLUMN_NAMES = tuple(name for name, _ in QUOTE_COLUMNS)


def quote_row(hit: QuoteHit) -> dict[str, Any]:
    q, s = hit.quote, hit.quote.speaker
    return {
        "quote_id": hit.id,
        "article_id": hit.article.id,
        "article_date": hit.article.date.isoformat() if hit.article.date else None,
        "source": hit.article.source,
        "kind": q.kind,
        "text": q.text,
        "speaker": (s.name or s.text) if s else None,
        "speaker_role": s.role if s else None,
        "speaker_organization": s.organization if s else None,
        "speaker_country": s.country if s else None,
        "speaker_sector": s.sector if s else None,
        "outlet": s.outlet if s else None,
        "cue": q.cue.text if q.cue else None,
        "start": q.start,
        "end": q.end,
        "confidence": round(q.confidence, 3),
    }


def write_quotes(hits: Iterable[QuoteHit], *, fmt: str, out: IO[str] | None = None, path: str | Path | None = None) -> int:
    """Write quotes as ``jsonl`` / ``csv`` to ``out`` or as ``parquet`` to ``path``; returns how many."""
    if fmt == "jsonl":
        assert out is not None
        n = 0
        for hit in hits:
            out.write(json.dumps(hit.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n
    rows = (quote_row(hit) for hit in hits)
    if fmt == "csv":
        assert out is not None
        writer = csv.DictWriter(out, fieldnames=QUOTE_COLUMN_NAMES, lineterminator="\n")
        writer.writeheader()
        n = 0
        for row in rows:
            writer.writerow(row)
            n += 1
        return n
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"start": pa.int64(), "end": pa.int64(), "confidence": pa.float64()}
        schema = pa.schema([(name, types.get(name, pa.string())) for name in QUOTE_COLUMN_NAMES])
        table = pa.Table.from_pylist(list(rows), schema=schema)
        pq.write_table(table, str(path))
        return table.num_rows
    raise ValueError(f"unknown export format {fmt!r}; use jsonl, csv or parquet")
