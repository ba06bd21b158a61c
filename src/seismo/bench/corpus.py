"""The fixed benchmark corpus: samples/ then the dev texts of the shared data, in a fixed order.

The order is fixed (samples/ sorted by name, then ``DATA_FILES`` in order, records in file
order) so two runs over the same ``words`` budget time the same texts.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from seismo.eval.data import parse_date, read_jsonl
from seismo.model import Article

#: dev files whose texts make up the corpus after samples/, in this order
DATA_FILES = (
    "events_case2021_dev.jsonl",
    "events_plover_gsr.jsonl",
    "protest_glocon_docs.jsonl",
    "police_events_dev.jsonl",
    "geo_lgl.jsonl",
    "geo_geovirus.jsonl",
    "quotes_polnear_dev.jsonl",
    "dates_tbaq.jsonl",
    "args_wikievents_dev.jsonl",
)


@dataclass(frozen=True, slots=True)
class Corpus:
    articles: tuple[Article, ...]
    words: int
    sources: tuple[tuple[str, int], ...]  # (source, articles taken)


def word_count(text: str) -> int:
    return len(text.split())


def _sample_articles(samples: Path) -> Iterator[Article]:
    if not samples.is_dir():
        return
    try:
        from seismo.ingest import IngestReport, read_inputs  # type: ignore[attr-defined]
    except ImportError:
        from seismo.pipeline import make_article

        for path in sorted(samples.glob("*.txt")):
            yield make_article(path.read_text(encoding="utf-8"), id=f"sample-{path.stem}")
        return
    yield from read_inputs([samples], report=IngestReport())


def _data_articles(data_dir: Path) -> Iterator[tuple[str, Article]]:
    for name in DATA_FILES:
        path = data_dir / name
        if not path.is_file():
            continue
        for r in read_jsonl(path):
            yield name, Article(id=f"{name}:{r['id']}", text=r["text"], date=parse_date(r.get("date") or r.get("dct")))


def build_corpus(*, samples: Path | None, data_dir: Path | None, words: int) -> Corpus:
    """Articles in the fixed order until at least ``words`` words (all there are if fewer)."""
    taken: list[Article] = []
    per_source: dict[str, int] = {}
    total = 0

    def stream() -> Iterator[tuple[str, Article]]:
        if samples is not None:
            for a in _sample_articles(samples):
                yield "samples/", a
        if data_dir is not None:
            yield from _data_articles(data_dir)

    for source, article in stream():
        if total >= words:
            break
        taken.append(article)
        per_source[source] = per_source.get(source, 0) + 1
        total += word_count(article.text)
    return Corpus(tuple(taken), total, tuple(per_source.items()))
