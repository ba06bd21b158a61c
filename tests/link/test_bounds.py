"""What keeps the cost of one article flat: the few neighbours compared, the postings read newest
first within the window, the events looked up by day; and the signature hashing kept identical to
datasketch's own."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from seismo.bench.linkdata import SyntheticNews
from seismo.link import Linker, MemoryIndex, Rule
from seismo.link.dupes import NUM_PERM, shingles, signature
from seismo.link.events import NARROW_DAYS, ReportKey
from seismo.link.index import ArticleLinks, Neighbour

DAY = dt.date(2024, 5, 20)


def _save(index: MemoryIndex, aid: str, day: dt.date | None, lookup: list[str], events=()) -> None:
    links = ArticleLinks(aid, day, aid, 0.0, None, (), None, None, ())
    index.save(links, neighbour=Neighbour(aid, aid, day, {k: 1.0 for k in lookup}, None), lookup=lookup,
               keys=lookup, bands=[], new_events=list(events))


def _event(id: str, earliest: dt.date, latest: dt.date, *, type: str = "ASSAULT", country: str = "KAZ") -> ReportKey:
    return ReportKey(id, f"story-{id}", type, None, True, 1, 50.0, 70.0, country, 1, earliest, latest, None)


def test_postings_come_newest_first_within_the_window_and_up_to_the_limit():
    index = MemoryIndex()
    for n, days in enumerate([0, 3, 1, 10, 2, 2]):  # saved out of date order
        _save(index, f"a{n}", DAY + dt.timedelta(days=days), ["w:depot"])
    _save(index, "undated", None, ["w:depot"])
    _save(index, "undated-2", None, ["w:depot"])
    (got,) = index.postings(["w:depot"], since=DAY + dt.timedelta(days=1), until=DAY + dt.timedelta(days=3), limit=3)
    assert [aid for _, aid in got] == ["a1", "a5", "a4", "undated-2", "undated"]  # day, then id, newest first; then undated
    assert got[0][0] == (DAY + dt.timedelta(days=3)).toordinal() and got[-1][0] == 0
    (everything,) = index.postings(["w:depot"], since=None, until=None, limit=10)
    assert [aid for _, aid in everything] == ["a3", "a1", "a5", "a4", "a2", "a0", "undated-2", "undated"]
    assert index.postings(["w:nowhere"], since=None, until=None, limit=10) == [[]]


def test_events_near_are_the_narrow_ones_sharing_a_day():
    index = MemoryIndex()
    on_day = _event("on-day", DAY - dt.timedelta(days=1), DAY + dt.timedelta(days=1))
    week = _event("week", DAY - dt.timedelta(days=NARROW_DAYS), DAY)
    wide = _event("month", DAY - dt.timedelta(days=20), DAY + dt.timedelta(days=10))  # could be any day of a month
    before = _event("before", DAY - dt.timedelta(days=6), DAY - dt.timedelta(days=4))
    elsewhere = _event("elsewhere", DAY, DAY, country="KGZ")
    protest = _event("protest", DAY, DAY, type="PROTEST")
    _save(index, "old", DAY, ["w:x"], [on_day, week, wide, before, elsewhere, protest])
    near = index.events_near("ASSAULT", "KAZ", since=DAY - dt.timedelta(days=1), until=DAY + dt.timedelta(days=1),
                             limit=10)
    assert [e.id for e in near] == ["on-day", "week"]  # latest first
    assert [e.id for e in index.events_near("ASSAULT", "KAZ", since=DAY, until=DAY, limit=1)] == ["on-day"]


def test_a_linker_compares_at_most_max_neighbours_the_heaviest_first():
    seen: list[list[str]] = []
    rule = Rule(max_neighbours=3)
    linker = Linker(MemoryIndex(), rule=rule, trace=lambda s, v, ns: seen.append([n.article_id for n in ns]))
    for _, result in SyntheticNews(7).stream(300):
        linker.add(result)
    assert seen and max(map(len, seen)) == rule.max_neighbours  # however many articles share a key


def test_the_neighbours_kept_share_the_most_key_weight_and_the_newest_win_a_tie():
    index = MemoryIndex()
    _save(index, "both", DAY - dt.timedelta(days=5), ["n:ruslan beketov", "w:depot"])
    _save(index, "name", DAY - dt.timedelta(days=4), ["n:ruslan beketov"])
    _save(index, "word-old", DAY - dt.timedelta(days=3), ["w:depot"])
    _save(index, "word-new", DAY - dt.timedelta(days=2), ["w:depot"])
    linker = Linker(index, rule=Rule(max_neighbours=3))
    vector = {"n:ruslan beketov": 0.8, "w:depot": 0.6}
    kept = [n.article_id for n in linker._neighbours(DAY, vector, list(vector))]
    assert sorted(kept) == ["both", "name", "word-new"]


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_the_heaviest_neighbours_are_nlargests_by_weight_then_day_then_id(seed):
    import heapq

    from seismo.link.linker import _heaviest, _heaviest_items

    rng = random.Random(seed)
    # few distinct weights and days: many ties at the cut, broken by day and then id
    weight = {(rng.randrange(738_000, 738_004), f"a{i:03d}"): rng.choice([0.5, 0.25, 0.75, 1.0]) for i in range(300)}
    for cap in (1, 7, 50, 299, 300, 400):
        expected = heapq.nlargest(cap, weight.items(), key=_heaviest)
        got = _heaviest_items(weight, cap)
        assert sorted(got, key=_heaviest, reverse=True) == expected
        assert got == expected or len(weight) <= cap


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_signatures_are_datasketchs_default_minhash(seed):
    from datasketch import MinHash

    rng = random.Random(seed)
    text = " ".join(rng.choice(["depot", "market", "river", "tram", "ledger", "quarry"]) + str(rng.randrange(40))
                    for _ in range(120))
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch(list(shingles(text)))
    assert signature(text) == tuple(int(v) for v in m.hashvalues)


def test_the_permutations_are_datasketchs_and_datasketch_is_not_imported_to_sign():
    import subprocess
    import sys
    from importlib.metadata import version

    from datasketch import MinHash

    from seismo.link.dupes import DATASKETCH, _affine32

    assert version("datasketch") == DATASKETCH  # the release the permutations were drawn for
    a, b = _affine32()
    assert (a[0].tolist(), b[0].tolist()) == tuple(p.tolist() for p in MinHash(num_perm=NUM_PERM, seed=1).permutations)
    code = ("import sys; from seismo.link.dupes import signature; "
            "assert signature(' '.join(f'word{i}' for i in range(80))); print('datasketch' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_the_store_reads_postings_and_events_as_the_memory_index(tmp_path):
    """StoreIndex.postings / events_near against MemoryIndex on the same saved articles."""
    import sqlalchemy as sa

    from seismo.store import Store
    from seismo.store import schema as S
    from seismo.store.links import StoreIndex

    memory = MemoryIndex()
    saved = []
    for n, days in enumerate([0, 3, 1, 10, 2, 2, 2, None, None]):
        day = DAY + dt.timedelta(days=days) if days is not None else None
        if day is None:
            saved.append((f"a{n}", None, ["w:depot", f"w:only{n}"], []))
            continue
        ev = _event(f"e{n}", day - dt.timedelta(days=n % 3), day + dt.timedelta(days=n % 2))
        saved.append((f"a{n}", day, ["w:depot", f"w:only{n}"], [dataclasses.replace(ev, story_id=f"a{n}")]))
    for aid, day, lookup, events in saved:
        _save(memory, aid, day, lookup, events)
    with Store.open(tmp_path / "s.db") as store, store.engine.begin() as conn:
        index = StoreIndex(conn, now=dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc))
        for aid, day, lookup, events in saved:
            conn.execute(S.articles.insert(), [{"id": aid, "text": "x", "date": day, "title": None,
                                                "added_at": dt.datetime(2024, 6, 1)}])
            links = ArticleLinks(aid, day, aid, 0.0, None, (), None, None, ())
            index.save(links, neighbour=Neighbour(aid, aid, day, {k: 1.0 for k in lookup}, None), lookup=lookup,
                       keys=lookup, bands=[], new_events=events)
        windows = [(DAY, DAY + dt.timedelta(days=3), 2), (DAY + dt.timedelta(days=2), DAY + dt.timedelta(days=2), 5),
                   (None, None, 4)]
        for since, until, limit in windows:
            keys = ["w:depot", "w:only3", "w:none"]
            assert index.postings(keys, since=since, until=until, limit=limit) == \
                memory.postings(keys, since=since, until=until, limit=limit)
            if since is None:
                continue
            got = index.events_near("ASSAULT", "KAZ", since=since, until=until, limit=limit)
            assert [e.id for e in got] == [e.id for e in memory.events_near("ASSAULT", "KAZ", since=since, until=until,
                                                                            limit=limit)]
        assert conn.execute(sa.select(sa.func.count()).select_from(S.link_postings)).scalar_one() == 18
