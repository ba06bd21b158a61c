"""The event coder on whole articles: the seed article's hand-checked events and must_not
readings, and how an article's dates and scenes reach its events (split out of ``test_coder.py``).

Every sentence here was written for these tests.
"""

from __future__ import annotations

import json

import pytest

import seismo

from seismo.ingest import IngestReport, read_inputs
from seismo.model import Event

# ------------------------------------------------------------------ the seed article


@pytest.fixture(scope="module")
def seed_events(pipeline, seed_path):
    [article] = list(read_inputs([seed_path], report=IngestReport()))  # the header is stripped here
    return article.text, pipeline.run(article).events


@pytest.fixture(scope="module")
def seed_gold(seed_path):
    return json.loads(seed_path.with_suffix(".gold.json").read_text("utf-8"))


SEED_KEYS = [
    "protests", "csto-deployment", "tokayev-request", "city-hall-fire", "airport-seized",
    "communications-cut", "arrests", "agents-killed", "protester-casualties", "entry-suspended",
    "square-shooting", "external-plot-claim", "mission-duration", "crimea-annexation", "donbass-war",
]  # fmt: skip
SEED_XFAIL: dict[str, str] = {}


def _matches(event: Event, item: dict) -> list[str]:
    """What is wrong with ``event`` as the gold ``item`` (empty: right)."""
    wrong = []
    if "type" in item and event.type not in item["type"]:
        wrong.append(f"type {event.type}")
    if "modality" in item:
        allowed = item["modality"] if isinstance(item["modality"], list) else [item["modality"]]
        if event.modality not in allowed:
            wrong.append(f"modality {event.modality}")
    if "acled" in item and f"{event.acled_event_type}/{event.acled_sub_event_type}" not in item["acled"]:
        wrong.append(f"acled {event.acled_sub_event_type}")
    if "counts" in item:
        kinds = {c.kind for c in event.counts}
        wrong.extend(f"no {k} count" for k in item["counts"] if k not in kinds)
    for role in ("actor", "recipient"):
        gold = item.get(role, {})
        if "country" in gold:
            allowed = gold["country"] if isinstance(gold["country"], list) else [gold["country"]]
            found = getattr(event, role)
            if found is None or found.country not in allowed:
                wrong.append(f"{role} country {found.country if found else None}")
    if "country" in item.get("location", {}):
        country = event.location.place.country if event.location is not None else None
        if country != item["location"]["country"]:
            wrong.append(f"location country {country}")
    return wrong


@pytest.mark.parametrize("key", SEED_KEYS)
def test_seed_gold_event(seed_events, seed_gold, key: str) -> None:
    if key in SEED_XFAIL:
        pytest.xfail(SEED_XFAIL[key])
    text, events = seed_events
    item = next(i for i in seed_gold["events"] if i["key"] == key)
    here = [e for e in events if any(item["evidence_contains"] in s.text for s in (e.evidence, *e.mentions))]
    assert here, f"no event in the sentence with {item['evidence_contains']!r}"
    problems = {e.trigger.text: _matches(e, item) for e in here}
    assert any(not p for p in problems.values()), f"coded, but not as gold: {problems}"


def test_seed_must_not(seed_events) -> None:
    text, events = seed_events
    founding = [e for e in events if any("founding of the alliance" in s.text for s in (e.evidence, *e.mentions)) and e.modality == "asserted"
                and "founding" in e.trigger.text]
    preferred = [e for e in events if any("would have preferred" in s.text for s in (e.evidence, *e.mentions)) and e.modality == "asserted"
                 and e.trigger.text in ("continue", "focusing", "negotiating")]
    assert not founding and not preferred


def test_an_undated_article_reads_tense_against_the_latest_day_it_names(pipeline) -> None:
    """No publication date: the article was written no earlier than the latest day it names, so
    an event dated years before that is background."""
    from seismo.model import Article

    text = ("In 2009 rebels shelled the border town of Kamari. "
            "On 4 May 2021 the army retook the town after a week of fighting.")
    events = pipeline.run(Article(id="undated", text=text, date=None)).events
    shelled = [e for e in events if e.trigger.text == "shelled"]
    retook = [e for e in events if e.trigger.text == "retook"]
    assert shelled and shelled[0].modality == "historical"
    assert retook and retook[0].modality == "asserted"


def test_a_year_named_later_does_not_push_an_undated_article_to_its_end(pipeline) -> None:
    """The article may have been written on the first day of the latest year it names, so an
    event days before that year began is no background."""
    from seismo.model import Article

    text = ("On 28 December 2018 gunmen attacked a bus near the border town of Kamari. "
            "Similar attacks were reported in 2019.")
    events = pipeline.run(Article(id="undated-year", text=text, date=None)).events
    # the attack of the first sentence ("gunmen attacked": one report, however its trigger reads)
    attacked = [e for e in events if e.type == "ASSAULT" and e.evidence.start == 0]
    assert attacked and attacked[0].modality == "asserted", [(e.trigger.text, e.modality) for e in events]


def test_an_event_with_no_place_of_its_own_takes_the_scene_before_not_the_dateline(pipeline) -> None:
    text = ("LAGOS: Traders in Lagos closed their shops on Monday. "
            "Soldiers stormed a market in Kaduna on Tuesday. Three traders were killed.")
    events = pipeline.run(seismo.make_article(text, date="2021-06-02")).events
    deaths = [e for e in events if e.evidence.text.startswith("Three traders") or
              any(m.text.startswith("Three traders") for m in e.mentions)]
    assert deaths and all(e.location is not None and e.location.place.name == "Kaduna" for e in deaths)
