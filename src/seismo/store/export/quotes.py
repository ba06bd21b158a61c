"""Export stored quotes: JSON lines (the extract contract's quote objects plus id, article and
speaker_entity) or flat columns (CSV / Parquet), one row per quote.

``speaker_entity`` is the canonical name of the person or organisation the speaker is, one
for all its names in the store ("Tokayev", "President Tokayev" -> "Kassym-Jomart Tokayev";
:mod:`seismo.resolve.identity`).  Pass the store's mapping (``Store.speaker_entities()``);
without it the names of the exported quotes themselves are grouped."""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from seismo.resolve import identity
from seismo.store.read.query import QuoteHit

#: the flat columns of a quote export, with what each holds
QUOTE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("quote_id", "seismo's id of the quote"),
    ("article_id", "the article it was found in"),
    ("article_date", "the article's publication date (YYYY-MM-DD)"),
    ("source", "the article's source (outlet), when known"),
    ("kind", "direct (inside quotation marks), indirect (reported speech) or paraphrase (a reporting verb's object)"),
    ("text", "what was said, as written"),
    ("speaker", "the speaker's name, else the mention as written ('the minister')"),
    ("speaker_entity", "the person or organisation the speaker is: one canonical name for all its names in "
                       "the store ('Tokayev', 'President Tokayev' -> 'Kassym-Jomart Tokayev')"),
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


def _who(hit: QuoteHit) -> str | None:
    s = hit.quote.speaker
    return (s.name or s.text) if s else None


def speaker_entities(hits: Iterable[QuoteHit]) -> dict[str, str]:
    """Each speaker name among ``hits`` -> the canonical name of its entity, grouped over the
    distinct names of ``hits`` alone (``Store.speaker_entities()`` groups the whole store's)."""
    names = Counter(name for hit in hits if (name := _who(hit)))
    found = identity.grouped(identity.NameCount(n, c) for n, c in names.items())
    return {form: e.name for e in found for form in e.forms}


def quote_row(hit: QuoteHit, *, entities: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The flat columns of one quote; ``entities`` maps speaker names to their entity's name
    (a name it lacks is its own entity)."""
    q, s = hit.quote, hit.quote.speaker
    who = _who(hit)
    return {
        "quote_id": hit.id,
        "article_id": hit.article.id,
        "article_date": hit.article.date.isoformat() if hit.article.date else None,
        "source": hit.article.source,
        "kind": q.kind,
        "text": q.text,
        "speaker": who,
        "speaker_entity": (entities or {}).get(who, who) if who else None,
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


def write_quotes(hits: Iterable[QuoteHit], *, fmt: str, out: IO[str] | None = None, path: str | Path | None = None,
                 entities: Mapping[str, str] | None = None) -> int:
    """Write quotes as ``jsonl`` / ``csv`` to ``out`` or as ``parquet`` to ``path``; returns how many.

    ``entities``: speaker name -> entity name for the ``speaker_entity`` field
    (``Store.speaker_entities()``); when None the quotes are read first and their own
    speaker names grouped."""
    if entities is None:
        hits = list(hits)
        entities = speaker_entities(hits)
    if fmt == "jsonl":
        assert out is not None
        n = 0
        for hit in hits:
            who = _who(hit)
            row = {**hit.to_dict(), "speaker_entity": entities.get(who, who) if who else None}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
        return n
    rows = (quote_row(hit, entities=entities) for hit in hits)
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
