"""seismo.link: reports into events, articles into stories, copies onto their originals.

    from seismo.link import Linker, MemoryIndex
    links = Linker(MemoryIndex()).add(result)       -> ArticleLinks
    reconcile(counts)                                -> {kind: Figure}

The layer between extraction and the store: it reads one article's :class:`~seismo.model.Result`
and what earlier articles left in an index (the store's link tables, or a
:class:`MemoryIndex`), and decides, incrementally, which story the article belongs to, which
event each of its reports is, whether it copies an earlier article, and which event it is
mainly about.  Nothing is recomputed when an article arrives, and an article linked once is
never linked again.

    keys.py     an article's weighted keys (names, towns, words) and tf-idf vectors
    dupes.py    MinHash signatures and LSH bands (datasketch) for near-copies
    stories.py  the story rule: nearest earlier neighbour, near enough; storylines
    pairs.py    the learned story rule: features and the bundled pair model
    events.py   the event rule: same type, place, dates and actors
    counts.py   one figure per event and kind of count, every source kept
    index.py    the Index protocol, ArticleLinks / ReportLink records, MemoryIndex
    linker.py   Linker.add: the four decisions for one article
"""

from seismo.link.counts import Figure, SourcedCount, reconcile
from seismo.link.index import ArticleLinks, Index, MemoryIndex, ReportLink
from seismo.link.linker import STEP, Linker, salience
from seismo.link.stories import Rule

__all__ = ["STEP", "ArticleLinks", "Figure", "Index", "Linker", "MemoryIndex", "ReportLink", "Rule",
           "SourcedCount", "reconcile", "salience"]
