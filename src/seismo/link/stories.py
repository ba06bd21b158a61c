"""Which story an article belongs to: the story of its nearest earlier neighbour, if near enough.

    choose(sketch, vector, neighbours, rule=Rule()) -> (story_id, score, matched, reasons)

An article joins the story of the most similar earlier article when the two are close enough
(:class:`Rule`); otherwise it starts a story of its own (``story_id`` = its article id).  The
neighbours are the articles sharing one of its heaviest keys (:func:`seismo.link.keys.lookup_keys`)
within :attr:`Rule.far_days`; similarity is the cosine of tf-idf vectors whose idf is the index's
own document frequency (:mod:`seismo.link.keys`).  A story is thus a happening and its
follow-ups: the articles published within a week that tell it, and later ones (arrests, trials,
funerals, revised tolls) that name the same people.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from seismo.link import keys as K
from seismo.link.index import Neighbour


@dataclass(frozen=True, slots=True)
class Rule:
    """When two articles tell one story.

    near: cosine enough for articles published within ``near_days`` of each other;
    far: cosine enough up to ``far_days`` apart when they also name the same person in full;
    max_postings: the most recent articles read per lookup key.
    """

    near: float = 0.20
    near_days: int = 7
    far: float = 0.30
    far_days: int = 730
    max_postings: int = 400


def choose(sketch: K.Sketch, vector: Mapping[str, float], neighbours: Sequence[Neighbour], *,
           rule: Rule) -> tuple[str, float, str | None, tuple[str, ...]]:
    """``(story_id, score, matched article, reasons)`` for a new article (see the module docstring)."""
    day = sketch.day
    names = sketch.names()
    best: tuple[float, str, Neighbour, tuple[str, ...]] | None = None
    for n in neighbours:
        if n.article_id == sketch.article_id:
            continue
        score = K.cosine(vector, n.vector)
        gap = abs((day - n.day).days) if day and n.day else 0
        shared = sorted(k[2:] for k in names if k in n.vector)
        near = rule.near
        if gap <= rule.near_days and score >= near:
            why = f"text cosine {score:.2f} ≥ {near}, {gap} days apart (≤ {rule.near_days})"
        elif shared and score >= rule.far and gap <= rule.far_days:
            why = f"text cosine {score:.2f} ≥ {rule.far}, {gap} days apart, both name {', '.join(shared)}"
        else:
            continue
        if best is None or (score, n.article_id) > (best[0], best[1]):
            best = (score, n.article_id, n, (why,))
    if best is None:
        return sketch.article_id, 0.0, None, ("no earlier article close enough: a new story",)
    score, _, n, why = best
    return n.story_id, round(score, 4), n.article_id, why
