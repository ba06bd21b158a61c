"""The quotes step's speakers on articles written for the project: a check of how the attribution
rules generalise beyond PolNeAR, whose tuning folds they were fitted on.

Reads ``src/seismo/data/check/quotes_written.jsonl`` (format in that folder's README.md: each line an
article ``id``, its ``text``, its direct ``quotes`` with each speaker's span and name, and
``not_quotes``, quoted terms that are no speech) and scores the ``direct`` quotes of
``seismo.extract``, reading only the documented quote fields (``start``, ``end``, ``kind``,
``speaker.start``, ``speaker.end``, ``speaker.name``, ``speaker.text``):

* found: gold quotes that some direct quote of ours overlaps;
* speaker right: among the found, those whose best-overlapping quote's speaker span overlaps
  the gold speaker span, or whose speaker's name ends with the same word as the gold name
  (``Beyer`` for ``Tomas Beyer``) — the rule ``seismo eval quotes`` applies to PolNeAR;
* strict: gold quotes found with the right speaker, over all gold quotes;
* terms taken for quotes: ``not_quotes`` a direct quote of ours overlaps.

The articles are split in two halves by ``sha256(id) mod 2``: A (0) to tune on and B (1) held
out.  B's misses are never printed: its figure stands in for text the rules never saw.

    python scripts/written_quotes.py --half A      # half A and its misses
    python scripts/written_quotes.py --half B      # half B: figures only

Only half A's misses are ever printed, and none of a file held out whole
(``quotes_written2.jsonl``: score it with ``--file ... --half all``, figures only).
``quotes_written3.jsonl`` (titles, tweets, letters, exchanges, speakers named after the quote) has
halves like the first set: ``--file src/seismo/data/check/quotes_written3.jsonl --half A``
(before any change for it 77/90 speakers right, A 50/56, B 27/34; quotes v20: 83/90, A 56/56, B 27/34).
``quotes_written4.jsonl`` (tagless paragraphs, "he/she said" after several people, titles, a Q/A,
partial quotes, colons) has halves too: ``--file src/seismo/data/check/quotes_written4.jsonl --half A``
(before any change for it, quotes v20: 63/77 speakers right, A 32/40, B 31/37; quotes v21: 67/77, A 36/40,
B 31/37).
``quotes_written5.jsonl`` (article-level families: a printed interview with quoted answers, a
transcript, quote chains over paragraphs, alternating speakers, speeches in fragments) has halves
too: ``--file src/seismo/data/check/quotes_written5.jsonl --half A`` (before any change for it,
quotes v21: 95/105 speakers right, A 60/62, B 35/43; quotes v22: 100/105, A 62/62, B 38/43).
``quotes_written6.jsonl`` (articles with several speakers: pronoun tags after a man and a woman were
named, tagless quotation paragraphs, speakers named after the quote, "said X, a spokesman for Y",
quotes inside quotes, a Q/A and a transcript) has halves too: ``--file
src/seismo/data/check/quotes_written6.jsonl --half A`` (before any change for it, quotes v22: A 31/40,
B 27/30; branch quotes18: A 38/40, B 27/30).  ``quotes_written7.jsonl`` (the speaker named in the sentence
after the quote, ages and titles in apposition, role nouns, "according to", partial quotes) has
halves too (before any change for it, main 7e13938: A 25/33, B 26/32).  ``read`` and ``score`` serve
the tests (``tests/extract/quotes/test_quotes_written.py``).
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

import seismo
from seismo.eval.folds import read_written, written_misses_shown

FILE = Path(__file__).resolve().parent.parent / "src/seismo/data/check/quotes_written.jsonl"



def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _last_word(name: str | None) -> str | None:
    words = re.findall(r"\w+", name or "")
    return words[-1].lower() if words else None


@dataclass(frozen=True)
class Figures:
    """The counts of one scoring: gold quotes, found, found with the right speaker, quoted terms
    taken for quotes and quoted terms listed."""

    gold: int
    found: int
    right: int
    terms: int
    term_n: int


def read(path: Path = FILE, *, half: str = "all") -> list[dict]:
    """The articles of a check file (one half of it: ``A``, ``B`` or ``all``)."""
    return read_written(Path(path), half=half)


def score(rows: list[dict], pipeline: seismo.Pipeline) -> tuple[Figures, list[str]]:
    """The figures of ``rows`` through ``pipeline`` and one line per miss (never print B's)."""
    gold_n = found_n = right_n = terms = term_n = 0
    misses = []
    for row in rows:
        text = row["text"]
        quotes = [q for q in pipeline.run(seismo.make_article(text)).quotes if q.kind == "direct"]
        for gold in row["quotes"]:
            span = (gold["start"], gold["end"])
            gold_n += 1
            best = max(quotes, key=lambda q: _overlap((q.start, q.end), span), default=None)
            if best is None or not _overlap((best.start, best.end), span):
                misses.append(f"{row['id']}: not found: {text[span[0]:span[1]][:60]!r}")
                continue
            found_n += 1
            sp, want = best.speaker, gold["speaker"]
            ok = sp is not None and (
                _overlap((sp.start, sp.end), (want["start"], want["end"])) > 0
                or (_last_word(sp.name) is not None and _last_word(sp.name) == _last_word(want["name"]))
            )
            right_n += ok
            if not ok:
                got = "-" if sp is None else f"{sp.name or '-'} ({sp.text!r})"
                misses.append(f"{row['id']}: speaker {want['name']} -> {got}: {text[span[0]:span[1]][:60]!r}")
        for term in row.get("not_quotes", ()):
            term_n += 1
            hit = any(_overlap((q.start, q.end), (term["start"], term["end"])) for q in quotes)
            terms += hit
            if hit:
                misses.append(f"{row['id']}: term taken for a quote: {text[term['start']:term['end']]!r}")
    return Figures(gold_n, found_n, right_n, terms, term_n), misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", default=str(FILE), help="the check file (default: quotes_written.jsonl)")
    parser.add_argument("--half", choices=("A", "B", "all"), default="A",
                        help="A: the tuning half (default), B: the held-out half (no misses listed), all")
    args = parser.parse_args()
    rows = read(Path(args.file), half=args.half)
    f, misses = score(rows, seismo.Pipeline())
    pct = lambda a, b: f"{100 * a / b:.1f}" if b else "-"  # noqa: E731
    which = "" if args.half == "all" else f" half {args.half}"
    print(f"written quotes{which}: {len(rows)} articles, {f.gold} quotes; found {f.found} ({pct(f.found, f.gold)}%), "
          f"speaker right {f.right}/{f.found} ({pct(f.right, f.found)}%), strict {pct(f.right, f.gold)}%, "
          f"terms taken for quotes {f.terms}/{f.term_n}")
    if written_misses_shown(Path(args.file).name, args.half):
        print("\n".join(misses))


if __name__ == "__main__":
    main()
