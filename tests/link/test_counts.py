"""seismo.link.counts: one figure per event and kind of count, every source kept."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.link.counts import Figure, SourcedCount, reconcile


def sc(best: int | None, *, kind: str = "killed", article: str = "a1", report: str | None = None, day: int | None = 14,
       source: str | None = None, low: int | None = None, high: int | None = None) -> SourcedCount:
    """A count of ``best`` read in ``article`` published on ``day`` March 2023 (None: undated)."""
    return SourcedCount(kind=kind, low=low, best=best, high=high, report_id=report or f"{article}-r{best}",
                        article_id=article, day=None if day is None else dt.date(2023, 3, day), source=source,
                        text=str(best))


def test_no_counts_no_figures():
    assert reconcile([]) == {}
    assert reconcile([sc(None)]) == {}  # a count with no number at all


def test_an_article_is_read_for_its_largest_number():
    three, five = sc(3), sc(5)
    fig = reconcile([three, five])["killed"]
    assert (fig.low, fig.best, fig.high, fig.contested) == (5, 5, 5, False)
    assert fig.current == (five,) and fig.superseded == ()


def test_a_later_day_supersedes_an_earlier_one():
    first, second, third = sc(3, article="a1", day=13), sc(4, article="a2", day=14), sc(7, article="a3", day=16)
    fig = reconcile([third, first, second])["killed"]
    assert (fig.best, fig.contested) == (7, False)
    assert fig.current == (third,)
    assert fig.superseded == (first, second)  # kept, oldest first


def test_a_revised_lower_toll_still_supersedes():
    fig = reconcile([sc(9, article="a1", day=13), sc(6, article="a2", day=15)])["killed"]
    assert fig.best == 6 and [c.value for c in fig.superseded] == [9]


def test_sources_of_one_day_that_disagree_are_contested():
    police, hospital = sc(4, article="a1", source="police"), sc(9, article="a2", source="hospital", low=8, high=11)
    fig = reconcile([hospital, police])["killed"]
    assert fig.contested
    assert (fig.low, fig.best, fig.high) == (4, 4, 11)  # the most conservative best; the widest range
    assert fig.current == (police, hospital)  # by article
    assert fig.superseded == ()


def test_two_sources_in_one_article_stand_side_by_side():
    police, medics = sc(4, source="police", report="r1"), sc(6, source="medics", report="r2")
    fig = reconcile([police, medics])["killed"]
    assert fig.contested and (fig.low, fig.best, fig.high) == (4, 4, 6)


def test_sources_that_agree_are_not_contested():
    fig = reconcile([sc(5, article="a1"), sc(5, article="a2")])["killed"]
    assert not fig.contested and fig.best == 5 and len(fig.current) == 2


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (10, 20, (10, 10, 20)),  # "between 10 and 20": best is the low bound
        (10, None, (10, 10, 10)),  # "at least 10"
        (None, 20, (20, 20, 20)),  # "up to 20"
    ],
)
def test_a_count_with_only_bounds(low, high, expected):
    fig = reconcile([sc(None, low=low, high=high)])["killed"]
    assert (fig.low, fig.best, fig.high) == expected


def test_kinds_are_kept_apart():
    figures = reconcile([sc(3, kind="killed"), sc(12, kind="injured", report="i"), sc(40, kind="arrested", article="a2")])
    assert sorted(figures) == ["arrested", "injured", "killed"]
    assert {k: f.best for k, f in figures.items()} == {"arrested": 40, "injured": 12, "killed": 3}
    assert all(isinstance(f, Figure) and f.kind == k and not f.contested for k, f in figures.items())


def test_undated_counts_stay_current():
    undated, dated = sc(2, article="a1", day=None), sc(5, article="a2", day=14)
    fig = reconcile([undated, dated])["killed"]
    assert fig.current == (undated, dated) and fig.superseded == ()
    assert fig.contested and fig.best == 2


@pytest.mark.parametrize(
    ("low", "best", "high", "value"),
    [(1, 2, 3, 2), (1, None, 3, 1), (None, None, 3, 3), (None, None, None, None)],
)
def test_value(low, best, high, value):
    assert sc(best, low=low, high=high).value == value


def test_the_wounded_who_die_later_are_taken_off_the_injured():
    shot = sc(1, kind="injured", article="a1", day=13)  # "a man was shot"
    died = sc(1, kind="killed", article="a2", day=15)  # "the man has died"
    figures = reconcile([shot, died])
    assert figures["killed"].best == 1
    assert (figures["injured"].best, figures["injured"].died_since) == (0, 1)
    assert figures["injured"].current == (shot,)  # the count itself is kept


def test_only_the_rise_in_the_dead_is_taken_off():
    first = [sc(2, kind="killed", article="a1", day=13), sc(5, kind="injured", article="a1", report="i", day=13)]
    later = sc(3, kind="killed", article="a2", day=14)  # one of the five wounded died
    figures = reconcile([*first, later])
    assert (figures["killed"].best, figures["injured"].best, figures["injured"].died_since) == (3, 4, 1)


def test_counts_of_one_day_are_left_alone():
    figures = reconcile([sc(1, kind="killed", day=14), sc(2, kind="injured", report="i", day=14)])
    assert (figures["injured"].best, figures["injured"].died_since) == (2, 0)


def test_written_numbers_outrank_victims_counted_one_by_one():
    """"Four people were shot" (day 14), then a later article names one victim ("a man was shot"):
    the named victim belongs to the four, not a revised toll (rule 5)."""
    from dataclasses import replace

    four = sc(4, kind="injured", article="a1", day=14)
    named = replace(sc(1, kind="injured", article="a2", day=15), text="man")
    fig = reconcile([four, named])["injured"]
    assert fig.best == 4 and fig.current == (four,)
    alone = reconcile([named])["injured"]  # with no written number, the named victim is the figure
    assert alone.best == 1


def _named(kind: str, victim: str, article: str) -> SourcedCount:
    from dataclasses import replace

    return replace(sc(1, kind=kind, article=article, report=f"{article}-{kind}"), text=victim)


def test_a_victim_told_wounded_in_one_article_and_dead_in_another_is_dead():
    """Rule 6: "[the courier] was shot" in one article, "[the courier] died" in another."""
    figures = reconcile([_named("injured", "courier", "a1"), _named("killed", "young courier", "a2")])
    assert figures["killed"].best == 1 and "injured" not in figures


@pytest.mark.parametrize(("hurt", "dead"), [
    ("wounded teen", "teenager"),  # one word for another of the same kind of person
    ("kid", "little child"),
])
def test_a_victim_named_by_a_word_of_one_class_is_one_victim(hurt, dead):
    figures = reconcile([_named("injured", hurt, "a1"), _named("killed", dead, "a2")])
    assert figures["killed"].best == 1 and "injured" not in figures


@pytest.mark.parametrize(("hurt", "dead", "same_article", "injured"), [
    ("he", "old boy", True, None),  # the boy told shot, then dead, in one story
    ("she", "little girl", True, None),
    ("him", "father", True, None),
    ("she", "old boy", True, 1),  # another sex: another victim
    ("he", "old boy", False, 1),  # in another article the pronoun may stand for anyone
    ("they", "man", True, 1),
])
def test_a_pronoun_wounded_is_the_dead_of_its_sex_in_one_article(hurt, dead, same_article, injured):
    figures = reconcile([_named("injured", hurt, "a1"), _named("killed", dead, "a1" if same_article else "a2")])
    assert figures["killed"].best == 1
    assert (figures["injured"].best if "injured" in figures else None) == injured


@pytest.mark.parametrize(("hurt", "dead"), [
    ("teen", "child"),  # two classes: two people
    ("cyclist", "courier"),  # two people: one hurt, one dead
    ("he", "courier"),  # a pronoun says nothing of who
    ("courier", "him"),
    ("another courier", "courier"),  # told apart from the dead one
])
def test_other_victims_stay_wounded(hurt, dead):
    figures = reconcile([_named("injured", hurt, "a1"), _named("killed", dead, "a2")])
    assert figures["injured"].best == 1 and figures["killed"].best == 1


def test_a_written_wounded_count_stays():
    figures = reconcile([sc(2, kind="injured", article="a1"), _named("killed", "courier", "a2"),
                         _named("injured", "courier", "a3")])
    assert figures["injured"].best == 2


def test_the_people_hit_are_the_dead_and_the_wounded_together():
    # "a pair of men died and a trio were hurt" (day 14), then "five people were shot" (day 15)
    split = [sc(2, kind="killed", article="a1"), sc(3, kind="injured", article="a1")]
    hit = sc(5, kind="injured", article="a2", day=15)
    figures = reconcile([*split, hit])
    assert (figures["killed"].best, figures["injured"].best) == (2, 3)


def test_the_people_hit_in_the_splitting_article_are_left_out_too():
    # "one man died, three more were wounded ... the four went to hospital"
    figures = reconcile([sc(1, kind="killed"), sc(3, kind="injured"), sc(4, kind="injured", report="a1-r4b")])
    assert figures["injured"].best == 3


def test_a_wounded_count_that_is_no_sum_of_a_split_stands():
    figures = reconcile([sc(1, kind="killed", article="a1"), sc(3, kind="injured", article="a1"),
                         sc(6, kind="injured", article="a2", day=15)])
    assert figures["injured"].best == 6


def test_a_report_gives_its_figure_not_a_part_told_after_it():
    # one report: "a guard lost his life and a trio of clerks got hurt ... a pair of those clerks
    # stay in hospital": the report is read for its three alone; the two told after it are no
    # part of a split (rule 7)
    told = [sc(1, report="r"), sc(3, kind="injured", report="r"), sc(2, kind="injured", report="r")]
    figures = reconcile(told)
    assert (figures["killed"].best, figures["injured"].best) == (1, 3)



def _said(count: SourcedCount, text: str) -> SourcedCount:
    from dataclasses import replace

    return replace(count, text=text)


def test_a_deadly_event_with_no_number_does_not_contest_a_larger_toll():
    bound = _said(sc(1, article="a1", low=1), "fatal stabbing")  # "a fatal stabbing": at least one
    named = _said(sc(2, article="a2", low=2, high=2), "the cook and his nephew")
    fig = reconcile([bound, named])["killed"]
    assert (fig.best, fig.contested) == (2, False)
    assert fig.current == (named,)


def test_a_deadly_event_alone_is_still_its_figure():
    bound = _said(sc(1, article="a1", low=1), "fatal stabbing")
    assert reconcile([bound])["killed"].best == 1


def test_a_written_lower_bound_still_contests():
    written = _said(sc(3, article="a1", low=3), "at least three")
    other = sc(5, article="a2", low=5, high=5)
    assert reconcile([written, other])["killed"].best == 3
