"""One figure per event and kind of count, from every source's numbers, none thrown away.

    reconcile(counts) -> {kind: Figure}

The rule (documented in docs/output.md, "Counts of an event"):

0. **One number per report.**  A report folds an article's mentions of one happening and keeps
   every mention's counts, the figure first (:func:`seismo.extract.events.merge.merge_mentions`);
   it is read, per kind, for its largest count alone.  Its other counts are that figure told
   again, or a part of the toll ("nine were wounded ... seven of those went home that night"),
   kept as the evidence of their own sentences: they are no parts of a split (rule 7), no
   written number outranking a victim (rule 5), no victim counted dead (rule 6).
1. **One number per article and source.** An article that gives several counts of one kind
   for one event (a toll and the names of some victims) is read for its largest: a total
   covers its parts.
2. **Running tolls are updates.** Numbers published on a later day supersede earlier ones
   (the toll rises as the wounded die, officials revise it); the earlier ones are kept as
   ``superseded``, with their dates.
3. **Contested numbers stand side by side.** When the latest day's sources disagree, the
   figure is marked ``contested``; ``best`` is the lowest of their best numbers (ACLED's most
   conservative credible count), ``low`` / ``high`` the lowest and highest they give (UCDP's
   low / best / high).
4. **The wounded who die are dead, not wounded.** When the killed figure rose after the day of
   the latest injured count (a man reported shot, then reported dead), the rise is taken off the
   injured figure (not below 0), and the figure says how many (``died_since``): the injured
   count was read before they died.  Counts of one day are left as they are.
5. **Written numbers before victims counted one by one.**  Where some count of a kind writes
   its number ("four people were shot"), the counts read off a victim named with no number
   ("[a man] was shot", "[Jane Doe] was wounded": one of them) are left out of that kind's
   figure: they tell of a part of the toll, not all of it.
6. **A victim one source tells wounded and another dead is dead.**  A victim counted injured
   with no number ("[the boy] was shot") is left out when some report counts dead a victim
   who may be that one, named with no number either: by the same noun ("the boy died"; or by
   a noun of its class, ``teen_noun`` / ``child_noun`` of word_classes.tsv: "the teenager
   died" after "[a teen] was shot"); and a victim told wounded by a personal pronoun ("[he]
   was shot") when the same article counts dead a victim of the pronoun's sex ("the boy
   died": :func:`~seismo.extract.lexicon.sex_of`).  In another article a pronoun may stand
   for anyone.
7. **The people hit are the dead and the wounded together.**  A written injured count that is
   the sum of one article's and source's dead and wounded ("seven people were shot" against
   "one killed, six wounded") counts everyone hit and is left out; the split stands.
8. **A bound with no number is no figure.**  A count that tells only that some died, with no
   number written and no victim named ("a fatal shooting": at least one, no upper bound), is
   left out of its kind's figure when another count of that kind gives at least as many: "at
   least one" does not contest "two".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from seismo.extract import lexicon
from seismo.extract.numbers.victims import same_person


#: a reflexive pronoun's plain form, which ``person_pronoun`` / ``group_pronoun`` of word_classes.tsv hold
REFLEXIVES = {"himself": "him", "herself": "her", "themselves": "them"}


@dataclass(frozen=True, slots=True)
class SourcedCount:
    """One count of one report, with who gave it and when.

    kind/low/best/high: as :class:`seismo.model.Count`; report_id/article_id: where it was
    read; day: the article's date (None: undated); source: the attribution as written (None:
    the article itself); text: the count as written.
    """

    kind: str
    low: int | None
    best: int | None
    high: int | None
    report_id: str
    article_id: str
    day: dt.date | None
    source: str | None
    text: str

    @property
    def value(self) -> int | None:
        """The number to compare: best, else low, else high."""
        for v in (self.best, self.low, self.high):
            if v is not None:
                return v
        return None


@dataclass(frozen=True, slots=True)
class Figure:
    """An event's figure for one kind of count.

    low/best/high: the figure (see the module docstring); contested: the latest sources
    disagree; current: the counts the figure rests on; superseded: older counts it replaces.
    """

    kind: str
    low: int | None
    best: int | None
    high: int | None
    contested: bool
    current: tuple[SourcedCount, ...]
    superseded: tuple[SourcedCount, ...]
    died_since: int = 0  # injured: how many of them a later killed count has among the dead (rule 4)


def report_figures(counts: Iterable[SourcedCount]) -> list[SourcedCount]:
    """Rule 0 of the module docstring: per report and kind, the largest count (the first of
    equals)."""
    top: dict[tuple[str, str], SourcedCount] = {}
    for c in counts:
        key = (c.report_id, c.kind)
        if c.value is not None and (key not in top or c.value > top[key].value):  # type: ignore[operator]
            top[key] = c
    return list(top.values())


def _written(count: SourcedCount) -> bool:
    """Whether a count writes its number ("four", "at least 18"), not only names a victim ("a man")."""
    from seismo.extract.numbers.quantity import parse_quantity

    return parse_quantity(count.text) is not None


def _per_article(counts: Iterable[SourcedCount]) -> list[SourcedCount]:
    top: dict[tuple[str, str | None], SourcedCount] = {}
    for c in counts:
        if c.value is None:
            continue
        key = (c.article_id, c.source)
        if key not in top or c.value > top[key].value:  # type: ignore[operator]
            top[key] = c
    return list(top.values())


def _victim(count: SourcedCount) -> str | None:
    """The head word of the victim a count with no number names ("boy" of "old boy"; a pronoun
    as its plain form: "him" of "himself"), None for a count that writes its number."""
    if _written(count) or not count.text.split():
        return None
    if count.text.lower().split()[0] in lexicon.word_class("apart_word"):
        return None  # "another man": told apart from the dead, never one of them
    word = count.text.lower().split()[-1]
    word = REFLEXIVES.get(word, word)
    return same_person(word)  # "teen", "teenager": one victim


def _dead_not_hurt(counts: list[SourcedCount]) -> list[SourcedCount]:
    """Rule 6 of the module docstring."""
    pronouns = lexicon.word_class("person_pronoun") | lexicon.word_class("group_pronoun")
    dead = {v for c in counts if c.kind == "killed" and (v := _victim(c)) is not None}
    if not dead:
        return counts
    return [c for c in counts if not (c.kind == "injured" and (v := _victim(c)) is not None
                                      and (v in dead - pronouns or _told_again(c, v, counts)))]


def _told_again(hurt: SourcedCount, pronoun: str, counts: list[SourcedCount]) -> bool:
    """Whether a victim told wounded by a personal pronoun ("[he] was shot") is one the same
    article counts dead by a noun of the pronoun's sex ("the boy died";
    :func:`~seismo.extract.lexicon.sex_of`)."""
    sex = lexicon.sex_of(pronoun) if pronoun in lexicon.word_class("person_pronoun") else None
    return sex is not None and any(
        c.kind == "killed" and c.article_id == hurt.article_id and (v := _victim(c)) is not None
        and v not in lexicon.word_class("person_pronoun") and lexicon.sex_of(v) == sex for c in counts)


def reconcile(counts: Iterable[SourcedCount]) -> dict[str, Figure]:
    """The figure of each kind of count among ``counts`` (see the module docstring)."""
    by_kind: dict[str, list[SourcedCount]] = defaultdict(list)
    for c in _bounds_left_out(_split_wins(_dead_not_hurt(report_figures(counts)))):
        by_kind[c.kind].append(c)
    out: dict[str, Figure] = {}
    for kind, group in sorted(by_kind.items()):
        written = [c for c in group if c.value is not None and _written(c)]
        kept = _per_article(written or group)  # rule 5
        if not kept:
            continue
        latest = max((c.day for c in kept if c.day is not None), default=None)
        current = [c for c in kept if c.day is None or c.day == latest]
        superseded = [c for c in kept if c.day is not None and latest is not None and c.day < latest]
        bests = [c.value for c in current]
        lows = [c.low if c.low is not None else c.value for c in current]
        highs = [c.high if c.high is not None else c.value for c in current]
        out[kind] = Figure(
            kind=kind, low=min(lows), best=min(bests), high=max(highs),  # type: ignore[type-var]
            contested=len(set(bests)) > 1,
            current=tuple(sorted(current, key=lambda c: (c.article_id, c.report_id))),
            superseded=tuple(sorted(superseded, key=lambda c: (c.day, c.article_id, c.report_id))),  # type: ignore[arg-type, return-value]
        )
    return _wounded_who_died(out)


def _last_day(figure: Figure) -> dt.date | None:
    return max((c.day for c in figure.current if c.day is not None), default=None)


def _wounded_who_died(out: dict[str, Figure]) -> dict[str, Figure]:
    """Rule 4 of the module docstring."""
    killed, injured = out.get("killed"), out.get("injured")
    if killed is None or injured is None or killed.best is None or injured.best is None:
        return out
    killed_day, injured_day = _last_day(killed), _last_day(injured)
    if killed_day is None or injured_day is None or injured_day >= killed_day:
        return out
    then = [c.value for c in (*killed.current, *killed.superseded)
            if c.day is not None and c.day <= injured_day and c.value is not None]
    died = min(killed.best - max(then, default=0), injured.best)
    if died <= 0:
        return out

    def less(v: int | None) -> int | None:
        return None if v is None else max(0, v - died)

    return {**out, "injured": replace(injured, low=less(injured.low), best=less(injured.best), high=less(injured.high),
                                      died_since=died)}


def _bound_only(count: SourcedCount) -> bool:
    """A count with a low bound and no high one, its number not written ("a fatal shooting")."""
    return count.low is not None and count.high is None and not _written(count)


def _bounds_left_out(counts: list[SourcedCount]) -> list[SourcedCount]:
    """Rule 8 of the module docstring."""
    return [c for c in counts if not (_bound_only(c) and any(
        o.kind == c.kind and not _bound_only(o) and o.value is not None and o.value >= c.low  # type: ignore[operator]
        for o in counts))]


def _split_wins(counts: list[SourcedCount]) -> list[SourcedCount]:
    """Rule 7 of the module docstring."""
    written = [c for c in counts if c.value is not None and _written(c)]
    dead = {(c.article_id, c.source): c.value for c in _per_article(c for c in written if c.kind == "killed") if c.value}
    splits = [(dead[key] + c.value, c) for c in written  # type: ignore[operator]
              if c.kind == "injured" and (key := (c.article_id, c.source)) in dead]
    return [c for c in counts if not (c.kind == "injured" and c in written
                                      and any(total == c.value and part is not c for total, part in splits))]
