"""An article's tolls (seismo.extract.numbers.tolls): counts placed across sentences and shared in one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from seismo.extract.numbers.counts import find_counts, implied_counts
from seismo.extract.numbers.tolls import dead_not_wounded, dead_of_the_hit, later_counts, pool_tolls, settle_tolls
from seismo.model import Count


@dataclass
class Draft:
    """What the toll rules read of a coder draft: its type, its head word and its counts."""

    type: str
    head: Any
    counts: list[Count] = field(default_factory=list)


def _count(kind: str, best: int | None, start: int = 0) -> Count:
    return Count(kind=kind, low=best, best=best, high=best, start=start, end=start + 1, text="x")


@pytest.fixture
def head(nlp):
    return nlp("The shooting happened downtown.")[1]


def test_one_sentence_attacks_share_its_toll(head) -> None:
    """"A shootout killed one and wounded four": one report carries the whole toll, no count twice."""
    killed, wounded = _count("killed", 1), _count("injured", 4)
    drafts = [Draft("ASSAULT", head, [killed]), Draft("ASSAULT", head, [wounded]), Draft("ASSAULT", head),
              Draft("PROTEST", head, [_count("participants", 300)])]
    pool_tolls(drafts)
    assert [d.counts for d in drafts[:3]] == [[killed, wounded], [], []]
    assert [c.kind for c in drafts[3].counts] == ["participants"]  # a protest is no attack


def test_a_riot_gives_up_its_part_of_the_toll_to_the_attack(head) -> None:
    """"Rioting and police firing left three dead and nine hurt": the dead read off the riot
    are the firing's too; a riot never hosts the toll, and keeps it when no attack counts any."""
    dead, hurt = _count("killed", 2), _count("injured", 5)
    drafts = [Draft("PROTEST", head, [dead]), Draft("ASSAULT", head, [hurt])]
    pool_tolls(drafts)
    assert [d.counts for d in drafts] == [[], [hurt, dead]]
    alone = [Draft("PROTEST", head, [dead]), Draft("ASSAULT", head)]
    pool_tolls(alone)
    assert [d.counts for d in alone] == [[dead], []]


def test_the_host_keeps_its_own_count_of_a_kind(head) -> None:
    drafts = [Draft("ASSAULT", head, [_count("killed", 2)]),
              Draft("ASSAULT", head, [_count("killed", 5), _count("injured", 3)])]
    pool_tolls(drafts)  # the second counts more kinds: it hosts; the first's other figure of its kind stays
    assert [[(c.kind, c.best) for c in d.counts] for d in drafts] == [[("killed", 2)], [("killed", 5), ("injured", 3)]]


def test_a_victim_no_event_took_goes_to_the_nearest_attack(head) -> None:
    hurt = _count("injured", 1)
    drafts: list[list[Any]] = [[Draft("ASSAULT", head)], [], [Draft("ASSAULT", head, [_count("injured", 2)])]]
    later_counts(drafts, [[], [hurt], []], kinds=frozenset({"injured"}))
    assert drafts[0][0].counts == [hurt]  # the attack before it; the one after already counts its wounded
    later_counts(drafts, [[], [_count("killed", 1)], []], kinds=frozenset({"injured"}))
    assert drafts[0][0].counts == [hurt]  # a kind not asked for is left


def test_an_orphan_count_looks_ahead_when_no_attack_came_before(head) -> None:
    dead = _count("killed", 1)
    drafts: list[list[Any]] = [[], [Draft("COERCE", head)], [Draft("ASSAULT", head)]]
    later_counts(drafts, [[dead], [], []], kinds=frozenset({"killed"}))
    assert drafts[2][0].counts == [dead] and drafts[1][0].counts == []


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # only hit ("shot"), in an article that counts a death: the one who died
        ("A clerk was shot on Monday. The clerk died in hospital.", []),
        # said to be wounded, or alive in a patient's condition: injured besides the dead
        ("A guard was killed. A clerk was wounded in the leg.", [1]),
        ("A guard was killed. A clerk was shot and is in stable condition.", [1]),
        # no death counted: the hit are injured
        ("A clerk was shot on Monday.", [1]),
    ],
)
def test_the_hit_are_the_dead_in_an_article_that_counts_a_death(nlp, text: str, injured: list[int]) -> None:
    doc = nlp(text)
    drafts: list[list[Any]] = []
    for sent in doc.sents:
        counts = [*find_counts(sent)]
        counts += implied_counts(sent, numbered=counts)
        drafts.append([Draft("ASSAULT", sent.root, [c]) for c in counts])
    dead_not_wounded(drafts)
    assert [c.best for ds in drafts for d in ds for c in d.counts if c.kind == "injured"] == injured


def test_an_indefinite_death_in_a_later_sentence_is_no_victim_of_the_attack(nlp) -> None:
    sents = list(nlp("Gunmen fired on a bus. A man died on Friday.").sents)
    attack = Draft("ASSAULT", sents[0].root)
    settle_tolls([[attack], []], [[], list(implied_counts(sents[1]))])
    assert attack.counts == []  # the dead of a later sentence go only to an attack of their own sentence


def test_settle_tolls_runs_on_an_article_with_no_attack() -> None:
    settle_tolls([[], []], [[], []])  # nothing to place, nothing breaks


def test_the_dead_told_of_as_a_part_of_the_hit_are_among_them(nlp) -> None:
    """"Four were shot.  One of them died": one killed and three hurt on the attack; the
    count-only draft of the death, left with no count, goes.  Not so for the wounded ("were
    wounded" tells they lived)."""
    doc = nlp("Four deckhands were shot on the pier on Sunday. One of the deckhands died at a clinic.")
    first, second = list(doc.sents)
    attack, death = Draft("ASSAULT", first.root, list(find_counts(first))), Draft("ASSAULT", second.root, list(find_counts(second)))
    death.trigger_is_count = True  # type: ignore[attr-defined]
    drafts = [[attack], [death]]
    dead_of_the_hit(drafts)
    assert sorted((c.kind, c.best) for c in attack.counts) == [("injured", 3), ("killed", 1)]
    assert drafts[1] == []
    doc = nlp("Four deckhands were wounded on the pier on Sunday. One of the deckhands died at a clinic.")
    first, second = list(doc.sents)
    attack, death = Draft("ASSAULT", first.root, list(find_counts(first))), Draft("ASSAULT", second.root, list(find_counts(second)))
    dead_of_the_hit([[attack], [death]])
    assert [(c.kind, c.best) for c in attack.counts] == [("injured", 4)]
    assert [(c.kind, c.best) for c in death.counts] == [("killed", 1)]


def test_a_death_told_after_the_hit_on_its_attack_is_one_of_them(nlp) -> None:
    """"Five were shot" then, on the same attack, "a man died": one killed, four hurt."""
    doc = nlp("Five anglers were shot near the lock. Police said a man died at the scene.")
    first, second = list(doc.sents)
    dead = implied_counts(second)
    attack = Draft("ASSAULT", first.root, [*find_counts(first), *dead])
    dead_of_the_hit([[attack], []])
    assert sorted((c.kind, c.best) for c in attack.counts) == [("injured", 4), ("killed", 1)]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the dead told of before the hit, in the same sentence: among them
        ("One porter died after six were shot at the ferry landing.", [("injured", 5), ("killed", 1)]),
        # the hit told of in a later sentence than the dead: among them all the same
        ("A gunman killed one porter at the ferry landing. Police said six porters were shot.", [("injured", 5), ("killed", 1)]),
        # the hit told apart from the dead: not among them
        ("One porter died and six other porters were shot at the ferry landing.", [("injured", 6), ("killed", 1)]),
    ],
)
def test_the_dead_are_among_the_hit_told_after_them(nlp, text, toll) -> None:
    sents = list(nlp(text).sents)
    attack = Draft("ASSAULT", sents[0].root, [c for s in sents for c in (*find_counts(s), *implied_counts(s))])
    dead_of_the_hit([[attack]] + [[] for _ in sents[1:]])
    assert sorted((c.kind, c.best) for c in attack.counts) == toll


# ------------------------------------------------------------ the dead among the people shot

DEAD_AMONG_THE_HIT = [
    # the people shot, then their dead in a sentence of their own: the hit count held them
    ("Gunfire outside a tavern on Elm Avenue left five people shot early Sunday. One of them, a cook, was killed. "
     "Four were treated at St. Luke's.", 1, 4),
    # all of the people found shot are dead: no one is left wounded
    ("On Friday deputies found two brothers shot in a parked van. The two brothers died before medics arrived.", 2, 0),
    # wounded, not only shot: they are others than the dead
    ("Late on Monday two hunters were killed near the lake. Three campers were shot and wounded.", 2, 3),
    # one told apart from the dead ("another") is someone else: hurt, not dead
    ("A porter was killed at the gate and another porter was hurt.", 1, 1),
]


@pytest.mark.parametrize(("text", "killed", "injured"), DEAD_AMONG_THE_HIT)
def test_the_dead_are_among_the_people_shot(events_of, text: str, killed: int, injured: int) -> None:
    counts = {c.kind: c.best for e in events_of(text) if e.type == "ASSAULT" for c in e.counts}
    assert (counts.get("killed"), counts.get("injured", 0)) == (killed, injured), counts


# ------------------------------------------------------------ hit by a missile, or wounded alone

@pytest.mark.parametrize(("text", "injured"), [
    # a missile as the subject or agent of "hit" / "strike" wounds the one hit
    ("A stray bullet struck a man behind the counter of his shop on Tuesday.", 1),
    ("Gunfire from a passing sedan hit three teenagers near the arcade.", 3),
    ("A woman was struck by a stray round while crossing the park.", 1),
    # so does being hit in a part of the body
    ("Deputies said a boy was hit in the knee when gunmen opened fire by the depot.", 1),
    # a wound alone, in a sentence that names a weapon, is the attack itself
    ("A hunter suffered a gunshot wound in his calf on the ridge trail.", 1),
])
def test_the_one_a_missile_hits_is_injured(events_of, text: str, injured: int) -> None:
    counts = [c.best for e in events_of(text) if e.type == "ASSAULT" for c in e.counts if c.kind == "injured"]
    assert counts and max(counts) == injured, counts


@pytest.mark.parametrize("text", [
    "The storm hit the coastal town hard on Sunday.",
    "A cyclist was hit by a delivery van on the bridge.",
    "Prices struck a record high in the spring.",
])
def test_a_hit_with_no_missile_or_body_part_wounds_no_one(events_of, text: str) -> None:
    assert not [c for e in events_of(text) for c in e.counts if c.kind == "injured"]


@pytest.mark.parametrize(("text", "killed"), [
    # two people named dead in two sentences of one attack: both count
    ("Ana Ruiz, 31, was shot dead outside her home on Pine Street on Friday. Her neighbor Tom Bell was also "
     "killed when he ran out to help.", 2),
    # one person under a full name, a surname and a form of address: one
    ("Marcus Lane was killed in the shooting on Friday. Lane, 22, died at the scene. Mr. Lane was a cook.", 1),
    # a middle initial, then the middle name written out: one
    ("Rosa M. Diaz was shot in her car on Friday and died. Rosa Maria Diaz, 19, was a student.", 1),
])
def test_the_dead_named_one_by_one_add_up(events_of, text: str, killed: int) -> None:
    counts = [c.best for e in events_of(text) if e.type == "ASSAULT" for c in e.counts if c.kind == "killed"]
    assert max(counts) == killed, counts


# ------------------------------------------------------------ a sum over several attacks, a clock time

@pytest.mark.parametrize("text", [
    # the dead and hurt of several attacks, told together: a tally, no one attack's toll
    "Six people died and 19 were hurt in overnight shootings on the city's east side, officials said.",
    "By Monday morning, four men had been killed in separate stabbings near the river.",
    "Police counted eleven homicides this month, up from seven in the same month a year ago.",
    "Since the start of March, the coroner has recorded nine deaths from shootings in the county.",
    # ... or of a series: "a spate of", "a wave of" attacks
    "Three teenagers were dead by dawn after a spate of late-night shootings across the south side.",
    "Five people have been wounded since Friday in a wave of stabbings in the old town.",
])
def test_a_tally_over_several_attacks_is_no_toll(events_of, text: str) -> None:
    assert not [c for e in events_of(text) for c in e.counts if c.kind in ("killed", "injured")]


@pytest.mark.parametrize(("text", "killed"), [
    # one spree named with "the": its toll stays
    ("Three people were killed in the shootings at the mall and the bus depot, police said.", 3),
    # one attack among others: its own toll stays
    ("A driver was shot dead on Sunday in the second shooting on the avenue in a week.", 1),
])
def test_one_attack_told_beside_others_keeps_its_toll(events_of, text: str, killed: int) -> None:
    counts = [c.best for e in events_of(text) for c in e.counts if c.kind == "killed"]
    assert counts and max(counts) == killed, counts


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_clock_time_is_no_count(events_of, apostrophe: str) -> None:
    text = f"Deputies reached the farm soon after 5 o{apostrophe}clock to find two brothers dead by the barn."
    assert [c.best for e in events_of(text) for c in e.counts if c.kind == "killed"] == [2]


def test_attacks_named_as_a_cause_leave_the_toll(events_of) -> None:
    """A plural attack noun after "due to" gives a cause, not the attacks the toll is inside."""
    text = "Police firing killed 40 people, and the rise in the toll is not due to fresh stabbings, officials said."
    assert [c.best for e in events_of(text) for c in e.counts if c.kind == "killed"] == [40]


@pytest.mark.parametrize(("text", "killed"), [
    # "homicide" names a killing as "murder" does, and a multiplying adjective counts its dead
    ("Detectives are investigating a triple homicide at a farmhouse outside town.", 3),
    ("A double homicide on Elm Street left neighbors shaken on Saturday.", 2),
])
def test_a_homicide_is_a_killing(events_of, text: str, killed: int) -> None:
    counts = [c.best for e in events_of(text) if e.type == "ASSAULT" for c in e.counts if c.kind == "killed"]
    assert counts and max(counts) == killed, counts


def test_a_homicide_rate_is_no_killing(events_of) -> None:
    assert not [e for e in events_of("The county's homicide rate fell by a tenth over the decade.") if e.type == "ASSAULT"]
