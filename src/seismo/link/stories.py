"""Which story an article belongs to: the story of its nearest earlier neighbour, if near enough.

    choose(sketch, vector, neighbours, rule=Rule(), model=None) -> (story_id, score, matched, reasons)

An article joins the story of the most similar earlier article when the two are close enough
(:class:`Rule`); otherwise it starts a story of its own (``story_id`` = its article id).  The
neighbours are the articles sharing one of its heaviest keys (:func:`seismo.link.keys.lookup_keys`)
within :attr:`Rule.far_days`; similarity is the cosine of tf-idf vectors whose idf is the index's
own document frequency (:mod:`seismo.link.keys`).  A story is thus a happening and its
follow-ups: the articles published within a week that tell it, and later ones (arrests, trials,
funerals, revised tolls) that name the same people; and a **storyline**: political happenings
in one country, day after day, with the same actors or towns (an uprising, its crackdown, the
troops called in and withdrawn).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from seismo.link import keys as K
from seismo.link.index import Neighbour
from seismo.link.pairs import PairModel, Probe, features


@dataclass(frozen=True, slots=True)
class Rule:
    """When two articles tell one story.

    near: cosine enough for articles published within ``near_days`` of each other;
    near_town: the same when they also name the same town (GeoNames id);
    far: cosine enough up to ``far_days`` apart when they also name the same person in full;
    storyline_days: an article whose political reports happen in the same country as an earlier
        article's, and name the same actor, continues that article's storyline when the storyline's
        latest article is at most this many days older (``storyline_town_days`` when they share
        only a town), whatever their wording;
    max_postings: the most recent articles read per lookup key;
    max_neighbours: the most earlier articles compared with a new one: those sharing the most
        lookup-key weight with it (:class:`seismo.link.linker.Linker`), the newest first on a tie.
    """

    near: float = 0.20
    near_days: int = 7
    far: float = 0.30
    far_days: int = 730
    near_town: float = 0.15
    storyline_days: int = 7
    storyline_town_days: int = 3
    max_postings: int = 400
    max_neighbours: int = 50


#: the highest rank a storyline can have: -1 plus a cosine of at most 1 (and its rounding)
STORYLINE_MAX = 1e-9


def _days(n: int) -> str:
    return "1 day" if abs(n) == 1 else f"{n} days"


@dataclass(frozen=True, slots=True)
class _Line:
    """What the storyline rule reads of the new article, once per article: its countries, actors
    and towns (keys of kinds ``c``, ``a``, ``g``), sorted."""

    countries: tuple[str, ...]
    actors: tuple[str, ...]
    towns: tuple[str, ...]

    @classmethod
    def of(cls, sketch: K.Sketch) -> "_Line":
        return cls(*(tuple(sorted(sketch.of(kind))) for kind in ("c", "a", "g")))


def _storyline(sketch: K.Sketch, n: Neighbour, *, rule: Rule, line: _Line | None = None) -> tuple[str, str, int] | None:
    """(country, what they share, days since the storyline's latest article) when the article
    continues ``n``'s storyline (see :class:`Rule`); None otherwise."""
    latest = n.story_day or n.day
    if sketch.day is None or latest is None:
        return None
    gap = (sketch.day - latest).days
    if abs(gap) > max(rule.storyline_days, rule.storyline_town_days):
        return None  # the cheap test first: most neighbours are further from the storyline's latest article
    line = line or _Line.of(sketch)
    theirs = n.vector
    countries = [k[2:] for k in line.countries if k in theirs]
    if not countries:
        return None
    actors = [k for k in line.actors if k in theirs]
    if actors and -rule.storyline_days <= gap <= rule.storyline_days:
        return countries[0], ", ".join(k[2:] for k in actors[:3]), gap
    towns = [k for k in line.towns if k in theirs]
    if towns and -rule.storyline_town_days <= gap <= rule.storyline_town_days and n.day is not None \
            and abs((sketch.day - n.day).days) <= rule.storyline_town_days:
        return countries[0], "GeoNames " + ", ".join(k[2:] for k in towns[:3]), gap
    return None


def choose(sketch: K.Sketch, vector: Mapping[str, float], neighbours: Sequence[Neighbour], *,
           rule: Rule, model: PairModel | None = None, probe: Probe | None = None
           ) -> tuple[str, float, str | None, tuple[str, ...]]:
    """``(story_id, score, matched article, reasons)`` for a new article (see the module docstring).

    With a ``model`` (:mod:`seismo.link.pairs`) its probability replaces the hand-set text
    rules (``near`` / ``far``): a neighbour at most ``far_days`` away whose probability reaches
    the model's threshold may give its story; the storyline rule stays as it is.  ``probe``: the
    article's :class:`~seismo.link.pairs.Probe` when the caller made it already.
    """
    day = sketch.day
    names = sorted(sketch.names())
    towns = sketch.of("g")
    line = _Line.of(sketch)
    if model is not None and probe is None:
        probe = Probe.of(sketch, vector)
    far_days = rule.far_days
    countries = line.countries
    # (rank, article id, neighbour, score, how it is near, the model's probability or the storyline, days apart)
    best: tuple[float, str, Neighbour, float, str, Any, int] | None = None
    best_rank, best_id = 0.0, ""
    texts_found = False  # the best is a text match ranked above STORYLINE_MAX: no storyline can beat it
    for n in neighbours:
        aid = n.article_id
        if aid == sketch.article_id:
            continue
        theirs = n.vector
        gap = abs((day - n.day).days) if day and n.day else far_days  # undated: not near, names must tell
        found: Any = None
        if model is not None:
            f = features(probe, n)  # type: ignore[arg-type]
            score = f[0]
            found = rank = model.probability(f)
            how = "model" if found >= model.threshold and gap <= far_days else ""
        else:
            score = rank = K.cosine(vector, theirs)
            near = min(rule.near, rule.near_town) if any(k in theirs for k in towns) else rule.near
            if gap <= rule.near_days and score >= near:
                how, found = "near", near
            elif score >= rule.far and gap <= far_days and any(k in theirs for k in names):
                how = "far"
            else:
                how = ""
        if not how:
            if texts_found or theirs.keys().isdisjoint(countries):  # no country in common: no storyline
                continue
            found = _storyline(sketch, n, rule=rule, line=line)
            if found is None:
                continue
            how, rank = "storyline", -1.0 + score  # ranks below any text match
        # the highest (rank, article id), compared without building the pairs
        if best is None or rank > best_rank or (rank == best_rank and aid > best_id):
            best, best_rank, best_id = (rank, aid, n, score, how, found, gap), rank, aid
            texts_found = how != "storyline" and rank > STORYLINE_MAX
    if best is None:
        return sketch.article_id, 0.0, None, ("no earlier article close enough: a new story",)
    _, _, n, score, how, found, gap = best
    shared = ", ".join(k[2:] for k in names if k in n.vector)
    if how == "model":
        town = any(k in n.vector for k in towns)
        why = (f"pair model {found:.2f} ≥ {model.threshold}: text cosine {score:.2f}, {_days(gap)} apart"  # type: ignore[union-attr]
               + (f", both name {shared}" if shared else "") + (", same town" if town else ""))
    elif how == "near":
        why = f"text cosine {score:.2f} ≥ {found}, {_days(gap)} apart (≤ {rule.near_days})"
    elif how == "far":
        why = f"text cosine {score:.2f} ≥ {rule.far}, {_days(gap)} apart, both name {shared}"
    else:
        why = f"storyline: political reports in {found[0]}, {_days(found[2])} after the storyline's latest, both with {found[1]}"
    return n.story_id, round(score, 4), n.article_id, (why,)
