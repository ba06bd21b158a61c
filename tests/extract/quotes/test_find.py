"""The quotes step (:mod:`seismo.extract.quotes.find`): pronouns and role words resolved to the
last named speaker, offsets that always hold, and the seed article's quotes against their
hand-checked expectations.  Sentences written for these tests."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from seismo.extract.quotes.find import find_quotes
from seismo.model import Quote
from seismo.pipeline import make_article

ANAPHORA = [
    (
        "“Prices will rise,” said Nona Kvara, an economist at the Tbilisi Institute. "
        "“Wages will not,” she added.",
        [("Prices will rise,", "Nona Kvara"), ("Wages will not,", "Nona Kvara")],
    ),
    (
        "“Prices will rise,” said Nona Kvara. The analyst sees a way out: “the government can still cut the fuel tax”.",
        [("Prices will rise,", "Nona Kvara"), ("the government can still cut the fuel tax", "Nona Kvara")],
    ),
    (
        "“It was a mistake,” said Ivan Petrov. “It will cost us,” said Olga Smirnova. “We must act,” she said.",
        [
            ("It was a mistake,", "Ivan Petrov"),
            ("It will cost us,", "Olga Smirnova"),
            ("We must act,", "Olga Smirnova"),
        ],
    ),
    (
        "Nona Kvara, head of research at the Tbilisi Institute, spoke on Monday. “Prices will rise,” Kvara said.",
        [("Prices will rise,", "Nona Kvara")],
    ),
    ("“It is over,” he said.", [("It is over,", "he")]),
]

@pytest.mark.parametrize(("text", "expected"), ANAPHORA)
def test_anaphora_resolves_to_last_named_speaker(quotes_of, text: str, expected) -> None:
    assert quotes_of(text).pairs("direct") == expected


@pytest.mark.parametrize(
    "text",
    [
        "He said “this never closes.\n\nThe next paragraph is narration. “And a real quote,” she said.",
        "“" * 7 + "\n\n" + "”" * 3,
        "“ ” “ ” said he.",
        '"""',
        "",
    ],
)
def test_offsets_always_hold(quotes_of, text: str) -> None:
    for q in quotes_of(text):
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker.start : q.speaker.end] == q.speaker.text
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text


# ------------------------------------------------------------------ the seed article

_SHARED = Path(os.environ.get("SEISMO_SHARED", Path(__file__).resolve().parents[4] / "shared"))  # beside the repository
_GOLD = _SHARED / "seed" / "kazakhstan-2022-01-07.gold.json"


def _gold_quotes() -> list[dict[str, Any]]:
    if not _GOLD.is_file():
        return []
    return json.loads(_GOLD.read_text("utf-8"))["quotes"]


GOLD = _gold_quotes()


@pytest.fixture(scope="module")
def seed_quotes(nlp, pipeline, seed_path) -> tuple[Quote, ...]:
    text = seed_path.read_text("utf-8")
    doc = nlp(text)
    article = make_article(text, date="2022-01-07")
    return find_quotes(doc, article=article, found={}, resources=pipeline.resources)


def _match(quotes: tuple[Quote, ...], starts: str) -> Quote:
    found = [q for q in quotes if q.text.startswith(starts)]
    assert found, f"no quote starts with {starts!r}"
    return found[0]


@pytest.mark.skipif(not GOLD, reason=f"seed expectations not found at {_GOLD}")
@pytest.mark.parametrize("item", GOLD, ids=[g["starts"][:30] for g in GOLD])
def test_seed_quote(seed_quotes, item: dict[str, Any]) -> None:
    quote = _match(seed_quotes, item["starts"])
    speaker = quote.speaker
    assert speaker is not None
    assert item["speaker"] in (speaker.name or "") or item["speaker"] in speaker.text
    if item.get("kind") == "indirect":
        assert quote.kind == "indirect"
    for key in ("role", "organization", "outlet"):
        if key in item:
            assert getattr(speaker, key) == item[key], key


@pytest.mark.skipif(not GOLD, reason=f"seed expectations not found at {_GOLD}")
@pytest.mark.parametrize(
    "item", [g for g in GOLD if "country" in g or "sector" in g], ids=lambda g: g["starts"][:30]
)
def test_seed_speaker_country_and_sector(seed_quotes, item: dict[str, Any]) -> None:
    speaker = _match(seed_quotes, item["starts"]).speaker
    assert speaker is not None
    assert (speaker.country, speaker.sector) == (item.get("country"), item.get("sector"))


@pytest.mark.parametrize("words", ["external enemy", "peacekeepers"])
def test_seed_scare_quotes_are_not_quotes(seed_quotes, words: str) -> None:
    assert not [q for q in seed_quotes if q.text.strip('“”" ') == words]


def test_seed_putin_is_not_the_speaker_of_what_is_said_about_him(seed_quotes) -> None:
    quote = _match(seed_quotes, "Putin is obsessed with revolts")
    assert quote.speaker is not None and quote.speaker.name == "Nona Mikhelidze"
    assert all("Putin" not in (q.speaker.name or q.speaker.text) for q in seed_quotes if q.speaker)


def test_seed_offsets(seed_quotes, seed_path) -> None:
    text = seed_path.read_text("utf-8")
    assert seed_quotes
    for q in seed_quotes:
        assert text[q.start : q.end] == q.text
