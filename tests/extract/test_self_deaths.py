"""A killer's death by his or her own hand is one more dead on the victims' count (seismo.extract.numbers.self_deaths)."""

from __future__ import annotations

import pytest

from seismo.extract.numbers.counts import find_counts, implied_counts
from seismo.extract.numbers.self_deaths import self_deaths, with_self_deaths

SELF_DEATHS = [
    # (sentence, the words naming who died by his or her own hand)
    ("The ferry pilot fatally shot himself aboard the barge.", ["himself"]),
    ("The locksmith killed his brother-in-law and then himself.", ["himself"]),
    ("A sniper opened fire on the crowd before turning the rifle on himself.", ["himself"]),
    ("The trapper took his own life in a cabin near the pass.", ["his"]),
    ("The clerk committed suicide in a storeroom.", ["clerk"]),
    ("The engineer died of a self-inflicted gunshot wound in his garage.", ["engineer"]),
    # no death: a threat or an attempt in the base form, a negation, a wound that is not the cause
    ("The welder threatened to kill himself during the standoff.", []),
    ("The welder tried to take his own life last winter.", []),
    ("The welder did not kill himself, his sister insists.", []),
    ("The welder shot himself in the foot while cleaning a rifle.", []),
    # a murder-suicide is the killing of others too: no death of one's own hand alone
    ("Detectives are treating the case as a murder-suicide.", []),
]


@pytest.mark.parametrize(("text", "who"), SELF_DEATHS)
def test_self_deaths(nlp, text: str, who: list[str]) -> None:
    doc = nlp(text)
    assert [victim.text for sent in doc.sents for _, victim in self_deaths(sent)] == who


def _killed(nlp, text: str) -> int:
    """The sentence's toll as a report reads it: its largest killed count."""
    doc = nlp(text)
    out = [0]
    for sent in doc.sents:
        numbered = find_counts(sent)
        numbered, implied = with_self_deaths(sent, numbered, implied_counts(sent, numbered=numbered))
        out += [c.best or 0 for c in (*numbered, *implied) if c.kind == "killed"]
    return max(out)


TOLLS = [
    # someone killed by the killer, and the killer's death: one more on their count
    ("A bookbinder shot his landlord dead and then killed himself.", 2),
    ("The drifter stabbed two campers to death and then himself.", 3),
    ("The deckhand fatally shot a cook before turning the pistol on himself.", 2),
    ("The courier killed four hikers, then committed suicide near the trailhead.", 5),
    ("A rancher was shot dead by a neighbour who later took his own life.", 2),
    # the object the parse hangs on "dead" in "shot dead X" is still the one killed
    ("A man shot dead his two tenants and then killed himself.", 3),
    ("Gunmen shot dead his two bodyguards.", 2),
    # the killer already in the victims' coordination is counted once
    ("The miner killed his cousin and himself in the shed.", 2),
    # a death told alone is one death, never two
    ("A tailor was found dead after he took his own life.", 1),
    ("The tailor is dead after taking his own life.", 1),
    ("The potter committed suicide in the kiln room.", 1),
    ("Rangers found a hiker dead after he took his own life.", 1),
    ("Rangers named a hiker who took his own life near the summit.", 1),
    # a weapon turned on oneself, told alone, may be an attempt: no death
    ("The deckhand wounded a cook before turning the pistol on himself.", 0),
    # a threat is no death: the victims' count stays as written
    ("The drifter stabbed two campers to death and threatened to kill himself.", 2),
]


@pytest.mark.parametrize(("text", "killed"), TOLLS)
def test_a_self_death_adds_one_to_the_victims(nlp, text: str, killed: int) -> None:
    assert _killed(nlp, text) == killed


def test_the_killer_s_death_reaches_the_attack(events_of) -> None:
    events = events_of("Deputies said the mechanic shot his business partner to death and then killed himself.")
    assert [c.best for e in events if e.type == "ASSAULT" for c in e.counts if c.kind == "killed"] == [2]


@pytest.mark.parametrize(("text", "killed"), [
    # the killer's death told in a sentence of its own: one more on the killing's toll
    ("A glazier shot dead his two lodgers in Tulsa on Sunday. He then committed suicide, police said.", [3]),
    ("A glazier shot and killed two tenants in Tulsa on Sunday. Police said the gunman later took his own life.", [3]),
    ("A farmer killed his business partner in Tulsa on Sunday. The farmer then killed himself in his van.", [2]),
    # already counted in the sentence of the killing, or in the toll ("including the gunman")
    ("A glazier killed his wife and then himself in Tulsa on Sunday. He took his own life in the garage.", [2]),
    ("Three people died in Tulsa on Sunday, including the gunman. The gunman took his own life.", [3]),
    # someone else's death by their own hand adds nobody to the toll
    ("A glazier killed his wife in Tulsa on Sunday. The victim's brother later took his own life.", [1]),
])
def test_a_killers_later_death_joins_the_killing(events_of, text: str, killed: list[int]) -> None:
    events = events_of(text)
    tolls = [max((c.best or 0 for c in e.counts if c.kind == "killed"), default=0) for e in events if e.type == "ASSAULT"]
    assert max(tolls) == killed[0]


@pytest.mark.parametrize(("title", "killed"), [
    ("Retired pilot kills sister, then himself", 2),
    ("Pharmacist kills business partner, self in Idaho store", 2),
    ("Gunman kills 4, himself at Nevada casino", 5),
    ("Retired pilot kills sister in Idaho", 1),
    # "X killed" in a headline is a reduced passive: someone killed them, and the killer died too
    ("Three hikers killed, ranger commits suicide", 4),
    ("Clerk killed, suspect takes own life in standoff", 2),
    ("Clerk killed, another hurt in Idaho store shooting", 1),
])
def test_a_headline_tells_the_killers_own_death_after_a_comma(pipeline, title: str, killed: int) -> None:
    """Headlines write "kills X, then himself" or "kills X, self": one more dead."""
    from seismo.extract.numbers.headline import parse_headline, title_counts

    counts = title_counts(parse_headline(title, pipeline.resources.nlp), persons=frozenset())
    assert max((c.best or 0 for c in counts if c.kind == "killed"), default=0) == killed
