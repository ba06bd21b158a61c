"""seismo.link.dupes: MinHash signatures and LSH bands for near-copies."""

from __future__ import annotations

import random
import re

import pytest

from seismo.link.dupes import BANDS, MIN_WORDS, NUM_PERM, THRESHOLD, bands, shingles, signature, similarity

WORDS = (
    "river market council harbour tram winter ledger orchard bridge lantern clerk miller engine quarry "
    "station garden velvet signal copper meadow parcel ferry tower valley furnace ribbon anchor pillar "
    "harvest candle basket marble saddle thunder willow barrel compass kettle shelter beacon cellar "
    "chimney cobble harness ladder mortar needle pebble quilt rafter sickle timber vessel wagon yarn "
    "almond badger cactus dolphin falcon gopher heron iguana jackal koala lemur marmot newt otter "
    "panther quail raven salmon tapir urchin viper walrus yak zebra acorn bramble clover daisy fern"
).split()


def prose(seed: int, n: int = 400) -> list[str]:
    """``n`` words of invented text, a sentence every twelve words."""
    rng = random.Random(seed)
    words = [rng.choice(WORDS) for _ in range(n)]
    return [w + ("." if i % 12 == 11 else "") for i, w in enumerate(words)]


def test_short_texts_have_no_signature():
    assert signature(" ".join(prose(1, MIN_WORDS - 1))) is None
    assert signature("") is None
    assert signature(" ".join(prose(1, MIN_WORDS))) is not None


def test_identical_texts():
    text = " ".join(prose(2))
    a, b = signature(text), signature(text)
    assert a is not None and len(a) == NUM_PERM
    assert similarity(a, b) == 1.0
    assert bands(a) == bands(b) and len(bands(a)) == BANDS


def test_case_and_punctuation_do_not_matter():
    words = prose(3)
    plain = " ".join(w.rstrip(".") for w in words)
    assert signature(plain) == signature(" ".join(words).upper())


def test_one_sentence_changed_is_still_a_copy():
    words = prose(4)
    changed = words[:120] + [w.upper() + "ish" for w in words[120:132]] + words[132:]  # one sentence rewritten
    a, b = signature(" ".join(words)), signature(" ".join(changed))
    assert a is not None and b is not None and a != b
    assert similarity(a, b) >= THRESHOLD
    assert set(bands(a)) & set(bands(b))


def test_unrelated_texts_share_no_band():
    a, b = signature(" ".join(prose(5))), signature(" ".join(prose(6)))
    assert a is not None and b is not None
    assert similarity(a, b) < 0.3
    assert not set(bands(a)) & set(bands(b))


def test_signature_is_deterministic():
    text = " ".join(prose(7))
    assert signature(text) == signature(text)
    assert bands(signature(text)) == bands(signature(text))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("one two three four five", {b"one two three four five"}),
        ("One, two; three four five six", {b"one two three four five", b"two three four five six"}),
        ("one two three four", set()),
    ],
)
def test_shingles(text, expected):
    assert shingles(text) == expected


@pytest.mark.parametrize("text", [
    "Crowds filled the square at noon; riot_police waited by 3 vans near the old bridge.",
    "Crowds filled the Plaza Mayor in Logroño at noon; police waited by 3 vans near the bridge.",
    "Städte und Dörfer: the ÉCOLE was shut as marchers passed the café on Tuesday morning.",
])
def test_shingles_are_the_same_with_or_without_other_letters(text):
    """An ASCII text takes a faster path (bytes): its shingles are those of the general rule, and
    a text with other letters keeps them (lower-cased, UTF-8)."""
    words = re.findall(r"\w+", text.lower())
    expected = {" ".join(run).encode("utf-8") for run in zip(*(words[i:] for i in range(5)))}
    assert shingles(text) == expected
    if not text.isascii():
        assert any(not g.isascii() for g in expected)


def test_bands_are_keyed_by_band_number():
    sig = signature(" ".join(prose(8)))
    keys = bands(sig)  # type: ignore[arg-type]
    assert [k.split(":")[0] for k in keys] == [f"b{i}" for i in range(BANDS)]
    other = list(sig)  # type: ignore[arg-type]
    other[0] += 1  # one hash value changed: only the first band differs
    assert [x == y for x, y in zip(keys, bands(other))] == [False] + [True] * (BANDS - 1)


def test_bands_hash_each_run_of_rows_apart():
    """Each band key hashes its own rows only: change one value and only its band's key changes."""
    sig = tuple(range(1000, 1000 + NUM_PERM))
    changed = (sig[0] + 1,) + sig[1:]
    before, after = bands(sig), bands(changed)
    assert len(before) == BANDS and before[0] != after[0] and before[1:] == after[1:]
    assert len(set(before)) == BANDS and all(b.startswith(f"b{i}:") for i, b in enumerate(before))
