"""seismo.link.stories: the story of the nearest earlier neighbour, when near enough."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from seismo.link.index import Neighbour
from seismo.link.keys import Sketch
from seismo.link.stories import Rule, choose

DAY = dt.date(2023, 3, 14)
RULE = Rule()
NAME = "n:ruslan beketov"


def unit(**weights: float) -> dict[str, float]:
    """A normalised vector of ``w:`` keys (``name=`` adds the full name's key)."""
    v = {("n:ruslan beketov" if k == "name" else f"w:{k}"): x for k, x in weights.items()}
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {k: x / norm for k, x in v.items()}


def at_cosine(c: float, *, name: bool = False) -> tuple[dict[str, float], dict[str, float]]:
    """Two unit vectors with cosine ``c`` (sharing the name key when ``name``)."""
    s = math.sqrt(1 - c * c)
    if name:
        return {NAME: 1.0}, {NAME: c, "w:other": s}
    return {"w:depot": 1.0}, {"w:depot": c, "w:other": s}


def new_article(vector: dict[str, float], *, id: str = "new", day: dt.date | None = DAY) -> Sketch:
    return Sketch(id, day, {k: 1 for k in vector})


def neighbour(id: str, vector: dict[str, float], *, days_before: int = 1, story: str | None = None) -> Neighbour:
    return Neighbour(id, story or f"story-{id}", DAY - dt.timedelta(days=days_before), vector, None)


@pytest.mark.parametrize(
    ("cos", "days_before", "name", "joins"),
    [
        (RULE.near + 0.05, 1, False, True),  # near in time and text
        (RULE.near + 0.05, RULE.near_days, False, True),
        (RULE.near - 0.05, 1, False, False),  # near in time only
        (RULE.near + 0.05, RULE.near_days + 1, False, False),
        (RULE.near + 0.05, 30, False, False),  # a month apart, no shared name: another story
        (RULE.far + 0.05, 30, False, False),
        (RULE.far + 0.05, 300, True, True),  # a follow-up naming the same person
        (RULE.far - 0.05, 300, True, False),  # the name alone is not enough
        (RULE.far + 0.05, RULE.far_days + 1, True, False),  # beyond the far window
        (RULE.near + 0.05, -1, False, True),  # published a day later (a late-arriving earlier article)
    ],
)
def test_story_rule(cos, days_before, name, joins):
    mine, theirs = at_cosine(cos, name=name)
    story, score, matched, reasons = choose(new_article(mine), mine, [neighbour("old", theirs, days_before=days_before)],
                                            rule=RULE)
    if joins:
        assert (story, matched) == ("story-old", "old")
        assert score == pytest.approx(cos, abs=1e-4)
    else:
        assert (story, score, matched) == ("new", 0.0, None)
        assert reasons == ("no earlier article close enough: a new story",)


def test_near_reason_says_cosine_and_gap():
    mine, theirs = at_cosine(0.5)
    _, _, _, (why,) = choose(new_article(mine), mine, [neighbour("old", theirs, days_before=2)], rule=RULE)
    assert why == f"text cosine 0.50 ≥ {RULE.near}, 2 days apart (≤ {RULE.near_days})"


def test_far_follow_up_names_the_person_in_its_reason():
    mine, theirs = at_cosine(0.4, name=True)
    story, _, matched, (why,) = choose(new_article(mine), mine, [neighbour("trial", theirs, days_before=300)], rule=RULE)
    assert (story, matched) == ("story-trial", "trial")
    assert "300 days apart" in why and "ruslan beketov" in why


def test_a_name_in_the_neighbour_but_not_in_the_article_is_not_shared():
    theirs = unit(name=1.0, depot=1.0)
    mine = unit(depot=1.0, other=0.2)  # close enough (0.69), but names no one
    story, _, _, _ = choose(new_article(mine), mine, [neighbour("old", theirs, days_before=300)], rule=RULE)
    assert story == "new"


def test_best_neighbour_wins():
    mine = unit(depot=1.0, tamsk=1.0, shooting=1.0)
    close = neighbour("close", unit(depot=1.0, tamsk=1.0, shooting=0.8))
    far = neighbour("far", unit(depot=1.0, tamsk=0.2, market=1.0))
    for order in ([close, far], [far, close]):
        story, score, matched, _ = choose(new_article(mine), mine, order, rule=RULE)
        assert (story, matched) == ("story-close", "close") and score > 0.9


def test_a_tie_goes_to_the_larger_article_id():
    mine, theirs = at_cosine(0.6)
    story, _, _, _ = choose(new_article(mine), mine, [neighbour("a", theirs), neighbour("b", theirs)], rule=RULE)
    assert story == "story-b"


def test_the_article_never_matches_itself():
    mine = unit(depot=1.0, tamsk=1.0)
    story, score, matched, _ = choose(new_article(mine, id="same"), mine, [neighbour("same", mine, days_before=0)],
                                      rule=RULE)
    assert (story, score, matched) == ("same", 0.0, None)


def test_undated_articles_are_not_near():
    """With no date the gap is unknown: a close text alone does not join (a shared full name would)."""
    mine, theirs = at_cosine(RULE.near + 0.05)
    story, _, _, _ = choose(new_article(mine, day=None), mine, [neighbour("old", theirs, days_before=400)], rule=RULE)
    assert story == "new"


def test_a_stricter_rule():
    mine, theirs = at_cosine(0.5)
    strict = Rule(near=0.6)
    assert choose(new_article(mine), mine, [neighbour("old", theirs)], rule=strict)[0] == "new"
    assert choose(new_article(mine), mine, [neighbour("old", theirs)], rule=RULE)[0] == "story-old"


def test_no_storyline_is_read_once_a_text_match_leads(monkeypatch):
    """A storyline ranks below any text match (-1 plus a cosine of at most 1): once the best
    neighbour is a text match, the storyline rule is not read for the others, and the story is
    the text match's."""
    import seismo.link.stories as stories_module

    read = []
    real = stories_module._storyline
    monkeypatch.setattr(stories_module, "_storyline", lambda *a, **k: read.append(a[1].article_id) or real(*a, **k))
    mine = {"w:depot": 0.8, "c:KAZ": 0.6}
    text = neighbour("text", {"w:depot": 0.8, "c:KAZ": 0.6})
    line = neighbour("line", {"w:harbour": 0.99, "c:KAZ": 0.14})  # cosine 0.08: no text match
    story_id, _, matched, _ = choose(new_article(mine), mine, [text, line], rule=RULE)
    assert (story_id, matched) == ("story-text", "text")
    assert read == []
