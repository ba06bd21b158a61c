"""Third accuracy round of the event coder: territory (who takes it from whom), changes to a
group's activity, man-made disasters, and protest forms / generic protest mentions.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from seismo import make_article
from seismo.eval.data import top_event
from seismo.extract.triggers import parse_table


def _events(pipeline, text: str):
    return pipeline.run(make_article(text, date="2023-05-02")).events


def _top(pipeline, text: str):
    return top_event(_events(pipeline, text), asserted_only=True)


def _protest(events) -> bool:
    return any(
        e.modality == "asserted" and (e.type == "PROTEST" or (e.acled_event_type or "") in ("Protests", "Riots"))
        for e in events
    )


SUB_TYPE_CASES = [
    ("Rebel fighters recaptured the hill town of Marsa on Sunday after heavy fighting.", "Non-state actor overtakes territory"),
    ("Insurgents retook the district centre from the army overnight.", "Non-state actor overtakes territory"),
    ("Army troops recaptured the village of Kolo from the rebels on Tuesday.", "Government regains territory"),
    ("Government forces captured the port of Dalen on Monday.", "Government regains territory"),
    ("Soldiers wrested control of the airfield from the militia.", "Government regains territory"),
    ("The army deployed two battalions to the northern border on Friday.", "Change to group/activity"),
    ("Police reinforced their presence around the stadium ahead of the final.", "Change to group/activity"),
    ("Customs officers seized 40 kilograms of heroin at the port of Dalen.", None),
]


@pytest.mark.parametrize(("text", "sub_type"), SUB_TYPE_CASES)
def test_territory_and_group_sub_types(pipeline, text: str, sub_type: str) -> None:
    event = _top(pipeline, text)
    assert (event.acled_sub_event_type if event else None) == sub_type


DISASTER_CASES = [
    "Six workers were killed when a boiler exploded at a paper factory on Monday.",
    "A gas leak at the fertiliser plant killed ten people overnight.",
    "Two explosions tore through a fireworks warehouse, killing 15 people.",
    "A gas cylinder exploded in a restaurant kitchen, injuring four diners.",
]


@pytest.mark.parametrize("text", DISASTER_CASES)
def test_man_made_disasters_are_not_violence(pipeline, text: str) -> None:
    assert not any(e.type == "ASSAULT" for e in _events(pipeline, text))


ATTACK_CASES = [
    "Militants detonated a bomb at the factory gate, killing six guards.",
    "A suicide bomber blew himself up outside the refinery, killing four people.",
]


@pytest.mark.parametrize("text", ATTACK_CASES)
def test_attacks_on_industrial_sites_stay_violence(pipeline, text: str) -> None:
    assert any(e.type == "ASSAULT" for e in _events(pipeline, text))


PROTEST_CASES = [
    ("Hundreds of taxi drivers began a nationwide taxi strike on Wednesday morning.", True),
    ("This is the third wildcat strike at the mine this year.", True),
    ("Residents threw stones at police cars in Soweto on Tuesday.", True),
    ("Members of the union marched to the municipal offices in Durban on Monday.", True),
    ("Students staged a sit-in at the university on Friday.", True),
    ("Teachers said the right to strike must be protected.", False),
    ("The union opened a strike ballot that closes next month.", False),
    ("We welcome a sit-down between parties in the sector, the union said.", False),
    ("The car was occupied by three men.", False),
    ("The confidence our people have demonstrated in the movement humbles us.", False),
    ("Investors shrugged off financial market unrest.", False),
    ("He said poor communication was one of the causes of service delivery protests.", False),
    ("The law allows workers to attend political rallies.", False),
    ("George Worker struck two half-centuries in the series.", False),
]


@pytest.mark.parametrize(("text", "expected"), PROTEST_CASES)
def test_protest_reports(pipeline, text: str, expected: bool) -> None:
    assert _protest(_events(pipeline, text)) is expected


def test_hyphenated_phrase_is_written_in_one_piece() -> None:
    table = parse_table("sit - in\t*\tPROTEST\tdemo\t-\t0.9\n")
    (rule,) = table.rules["sit"]
    assert rule.words == ("sit", "-", "in")


def test_gov_condition_parses() -> None:
    table = parse_table("@class\tnotevent\tright ballot\nstrike\tN\tPROTEST\tstrike\t-\t0.9\t\tgov=@notevent\n")
    (rule,) = table.rules["strike"]
    assert rule.exclude[0].kind == "gov" and "ballot" in rule.exclude[0].words
