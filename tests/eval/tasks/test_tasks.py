"""Each task's pure scorer on hand-built records (no model, no shared data)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from seismo.eval.tasks import args, dates, geo, quotes, seed
from seismo.eval.tasks.events import case2021
from seismo.eval.tasks.events import glocon
from seismo.eval.tasks.events import plover
from seismo.eval.tasks.events import police
from seismo.eval.maps import NONE, case_labels, kairos_map
from seismo.eval.scorers import PRF
from seismo.model import Actor, Article, Count, Entity, Event, EventLocation, Place, Quote, Result, Span, Speaker, When


def actor(text="police", *, start=0, country=None, sector=None, name=None, kind="group") -> Actor:
    return Actor(start=start, end=start + len(text), text=text, name=name, country=country, sector=sector, kind=kind)


def place(text="Almaty", *, start=0, lat=43.25, lon=76.92, country="KAZ", kind="city") -> Place:
    return Place(start=start, end=start + len(text), text=text, name=text, geonameid=None, lat=lat, lon=lon,
                 country=country, admin1=None, kind=kind, confidence=0.9)


def event(
    type="PROTEST", *, mode=None, acled=(None, None), modality="asserted", confidence=0.8, evidence=(0, 50),
    trigger=(0, 5), text="x" * 200, actor_=None, recipient=None, counts=(), location=None, hedged=False, attributed=None,
) -> Event:
    return Event(
        id=f"e{evidence}{trigger}{type}", type=type, mode=mode, acled_event_type=acled[0], acled_sub_event_type=acled[1],
        quad_class=None, actor=actor_, recipient=recipient, location=location, date=None, counts=tuple(counts),
        modality=modality, attributed_to=attributed, hedged=hedged,
        evidence=Span(evidence[0], evidence[1], text[evidence[0]:evidence[1]]),
        trigger=Span(trigger[0], trigger[1], text[trigger[0]:trigger[1]]), confidence=confidence,
    )


def count(kind, best, *, victims=None) -> Count:
    return Count(kind=kind, low=best, best=best, high=best, start=0, end=2, text=str(best), victims=victims)


# -- events-case2021 -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("events", "label"),
    [
        ([], NONE),
        ([event(acled=("Riots", "Violent demonstration"))], "VIOL_DEMONSTR"),
        ([event(acled=("Protests", "Peaceful protest"), modality="future")], NONE),  # only asserted events
        ([event(acled=("Battles", "Armed clash"), confidence=0.5), event(acled=(None, "Air/drone strike"), confidence=0.9)], "AIR_STRIKE"),
        # a confidence tie goes to the earlier evidence
        ([event(acled=("Battles", "Armed clash"), evidence=(60, 90)), event(acled=(None, "Grenade"), evidence=(0, 50))], "GRENADE"),
        ([event(acled=("Riots", "Something new"))], NONE),
        ([event(acled=(None, None))], NONE),
    ],
)
def test_case2021_predict_label(events, label):
    assert case2021.predict_label(events) == label


def test_case_labels_cover_the_25_acled_types():
    labels = case_labels().acled_labels
    assert len(labels) == len(set(labels)) == 25
    assert not set(labels) & set(case2021.NON_ACLED)


def test_case2021_score():
    gold = ["ARMED_CLASH", "ARMED_CLASH", "ARREST", "DIPLO", "NATURAL_DISASTER"]
    pred = ["ARMED_CLASH", NONE, "ARREST", "AGREEMENT", NONE]
    r = case2021.score(gold, pred)
    # ARMED_CLASH: P1 R.5 F.667 (support 2); ARREST F1 1 (support 1) -> weighted (2*.667+1)/3
    assert r.metric("weighted F1 (25 ACLED types)").value == pytest.approx((2 * 2 / 3 + 1) / 3)
    assert r.metric("weighted F1 (25 ACLED types)").anchor == 83.9
    assert r.metric("non-ACLED texts wrongly coded as ACLED").value == pytest.approx(0.5)
    assert r.metric("ACLED texts coded NONE").value == pytest.approx(1 / 3)
    assert r.to_json()["metrics"]["ACLED-type accuracy"]["value"] == pytest.approx(2 / 3, abs=1e-4)


def test_case2021_political_events_only():
    """What the default ACLED export holds: an incident's coding is no political prediction."""
    from dataclasses import replace

    clash = event(acled=("Battles", "Armed clash"), confidence=0.9)
    strike = event(acled=(None, "Air/drone strike"), confidence=0.5)
    events = [replace(clash, scope="incident"), strike]
    assert case2021.predict_label(events) == "ARMED_CLASH"
    assert case2021.predict_label(events, political=True) == "AIR_STRIKE"
    assert case2021.predict_label([replace(clash, scope="incident")], political=True) == NONE
    gold = ["ARMED_CLASH", "ARREST", "DIPLO"]
    r = case2021.score(gold, ["ARMED_CLASH", "ARREST", NONE], political=["ARMED_CLASH", NONE, NONE])
    assert r.metric("ACLED texts with no political event").value == pytest.approx(0.5)
    # ARMED_CLASH F1 1 (support 1), ARREST F1 0 (support 1)
    assert r.metric("weighted F1, political events only (the default ACLED export)").value == pytest.approx(0.5)
    assert r.metric("weighted F1 (25 ACLED types)").value == pytest.approx(1.0)


def test_case2021_non_acled_coded_as_a_political_event():
    """Among non-ACLED texts, only a political event with an ACLED label counts: an incident's
    label counts for the headline share, not for this one."""
    gold = ["ARMED_CLASH", "DIPLO", "ORG_CRIME", "ATTRIB", "NATURAL_DISASTER"]
    pred = ["ARMED_CLASH", "ATTACK", "ARREST", NONE, NONE]
    political = ["ARMED_CLASH", "ATTACK", NONE, NONE, NONE]
    r = case2021.score(gold, pred, political=political)
    assert r.metric("non-ACLED texts wrongly coded as ACLED").value == pytest.approx(0.5)
    assert r.metric("non-ACLED texts coded as a political ACLED event").value == pytest.approx(0.25)
    assert not r.metric("non-ACLED texts coded as a political ACLED event").headline
    assert r.metric("non-ACLED texts coded as a political ACLED event").n == 4


def test_case2021_score_empty_predictions():
    r = case2021.score(["ARMED_CLASH", "DIPLO"], [NONE, NONE])
    assert r.metric("weighted F1 (25 ACLED types)").value == 0.0
    assert r.metric("non-ACLED texts wrongly coded as ACLED").value == 0.0


# -- events-plover --------------------------------------------------------------------------


def test_plover_predict_and_score():
    record = {"event": "PROTEST", "mode": "demo-org", "source": [{"text": "x", "code": "KAZ", "sector": "CVL"}], "target": []}
    gold = [plover.gold_coding(record), plover.gold_coding({**record, "event": "ASSAULT"})]
    pred = [
        plover.predict([event("PROTEST", mode="demo-org", actor_=actor(country="KAZ", sector="OPP"))]),
        plover.predict([]),
    ]
    assert pred[1].type == NONE
    r = plover.score(gold, pred)
    assert r.metric("event type accuracy").value == 0.5
    assert r.metric("mode accuracy (gold mode given)").value == 0.5
    assert r.metric("source country accuracy").value == 0.5
    assert r.metric("source sector accuracy").value == 0.0
    assert r.metric("target country accuracy").n == 0  # no gold target: not scored


@pytest.mark.parametrize(
    ("gold_type", "predicted", "mapped_right", "as_written_right"),
    [
        ("DEMAND", "REQUEST", True, False),
        ("FIGHT", "ASSAULT", True, False),
        ("DISAPPROVE", "ACCUSE", True, False),
        ("INVESTIGATE", "ACCUSE", True, False),
        ("PROTEST", "PROTEST", True, True),
        ("DEMAND", "THREATEN", False, False),
    ],
)
def test_plover_old_types_map_to_their_successors(gold_type, predicted, mapped_right, as_written_right):
    gold = [plover.gold_coding({"event": gold_type, "source": [], "target": []})]
    r = plover.score(gold, [plover.predict([event(predicted)])])
    assert r.metric("event type accuracy").value == (1.0 if mapped_right else 0.0)
    assert r.metric("event type accuracy, gold 0.5b1 labels as written").value == (1.0 if as_written_right else 0.0)


# -- protest-glocon ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("events", "protest"),
    [
        ([], False),
        ([event("PROTEST")], True),
        ([event("PROTEST", modality="future")], False),
        ([event("ASSAULT", acled=("Riots", "Mob violence"))], True),
        ([event("ASSAULT")], False),
    ],
)
def test_glocon_predict(events, protest):
    assert glocon.predict(events) is protest


def test_glocon_label_2_is_kept_apart():
    s = glocon.score_level([1, 0, 2, 2, 1], [True, True, True, False, False])
    assert s["protest"] == PRF(1, 1, 1)
    assert s["label2_n"] == 2 and s["label2_coded"] == 0.5
    assert s["with_label2"] == PRF(2, 1, 2)


# -- police-events ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ev", "labels"),
    [
        (event("ASSAULT", actor_=actor("police", sector="COP"), counts=[count("killed", 2)]), {"KILL", "FORCE"}),
        (event("ASSAULT", actor_=actor("police"), counts=[count("killed", 2)]), set()),  # the sector decides, not the text
        (event("ASSAULT", actor_=actor("the mob", sector="CVL"), counts=[count("killed", 2)]), set()),
        (event("COERCE", mode="arrest", actor_=actor("police", sector="COP")), {"ARREST"}),
        (event("COERCE", mode="arrest"), {"ARREST"}),
        (event("COERCE", counts=[count("arrested", 12)], actor_=actor("Guards", sector="MIL")), {"ARREST"}),
        (event("ASSAULT", actor_=actor("security forces", sector="COP")), {"FORCE"}),
        (event("ASSAULT", actor_=actor("police", sector="COP"), modality="hypothetical"), set()),
        (event("PROTEST", acled=("Protests", "Excessive force against protesters"), actor_=actor("officers", sector="COP")),
         {"FORCE"}),
    ],
)
def test_police_labels_for(ev, labels):
    assert police.labels_for(ev) == labels


def test_police_sentences_and_score():
    sentences = [(0, 40), (41, 100)]
    evs = [event("COERCE", mode="arrest", trigger=(50, 55), evidence=(41, 100))]
    pred = police.predict_sentences(evs, sentences)
    assert pred == [frozenset(), frozenset({"ARREST"})]
    gold = [frozenset({"KILL"}), frozenset({"ARREST"})]
    r = police.score(gold, pred, [frozenset({"KILL", "ARREST"})], [frozenset({"ARREST"})])
    assert r.metric("sentence ARREST F1").value == 1.0
    assert r.metric("sentence KILL recall").value == 0.0
    assert r.metric("sentence KILL precision").value == 0.0  # zero division


# -- geo --------------------------------------------------------------------------------------


def test_geo_score_docs():
    gold = [geo.Point(0, 6, 43.25, 76.92), geo.Point(10, 16, 55.75, 37.62), geo.Point(20, 25, 0.0, 0.0)]
    pred = [geo.Point(0, 6, 43.3, 76.9), geo.Point(9, 16, 43.25, 76.92), geo.Point(30, 35, 1.0, 1.0), geo.Point(20, 25, None, None)]
    s = geo.score_docs([(gold, pred), ([], [])])
    assert (s.gold, s.pred, s.found, s.resolved, s.within) == (3, 4, 3, 2, 1)
    assert s.acc161 == 0.5 and s.acc161_all == pytest.approx(1 / 3)
    assert s.median_km == pytest.approx((geo.haversine_km(43.25, 76.92, 43.3, 76.9) + 3106) / 2, rel=0.01)
    r = geo.score([("LGL", "geo_lgl.jsonl", 2, s)])
    assert r.metric("LGL acc@161").anchor == 82.7


def test_geo_by_role():
    gold = [geo.Point(0, 7, 55.75, 37.62), geo.Point(10, 16, 43.25, 76.92)]
    pred = [
        geo.Point(0, 7, 61.5, 105.3, "associative"),  # "Russian" at Russia's point: found, far from gold
        geo.Point(10, 16, 43.25, 76.92),  # literal, right
        geo.Point(20, 31, 38.9, -77.0, "metonym"),  # no gold toponym there
    ]
    s = geo.score_docs([(gold, pred)])
    counts = {rc.role: (rc.pred, rc.found, rc.within) for rc in s.by_role}
    assert counts == {"literal": (1, 1, 1), "associative": (1, 1, 0), "metonym": (1, 0, 0)}
    r = geo.score([("LGL", "geo_lgl.jsonl", 1, s)])
    assert r.metric("LGL associative places found").value == 1.0
    assert r.metric("LGL acc@161 (all gold)").value == 0.5  # the old names still work
    assert any(t.title == "by role" for t in r.tables)


def test_geo_empty():
    s = geo.score_docs([([geo.Point(0, 3, 1.0, 1.0)], [])])
    assert (s.found_share, s.acc161, s.median_km) == (0.0, 0.0, None)


# -- quotes -----------------------------------------------------------------------------------


def test_quotes_score_doc():
    gold = [
        quotes.Attribution(content=((10, 30),), source=((0, 5),), source_text="Smith", direct=True),
        quotes.Attribution(content=((40, 50), (60, 70)), source=((35, 38),), source_text="Jane Doe"),
        quotes.Attribution(content=((80, 90),)),
    ]
    pred = [
        quotes.Found((12, 28), (0, 5), "Smith"),
        quotes.Found((62, 68), (100, 103), "Doe"),  # discontinuous content; speaker by last name
        quotes.Found((200, 210), None, None),
    ]
    s = quotes.score_doc(gold, pred)
    assert (s.recalled, s.precise, s.with_source, s.speaker_right) == (2, 2, 2, 2)
    assert s.recall == pytest.approx(2 / 3) and s.precision == pytest.approx(2 / 3)
    assert s.direct_recall == 1.0
    r = quotes.score([("seismo", quotes.total([s, quotes.score_doc([], [])])), ("textacy", None)], docs=2)
    assert any("textacy not installed" in n for n in r.notes)


def test_quotes_report_carries_the_wider_files_headline_figures():
    gold = [quotes.Attribution(content=((10, 30),), source=((0, 5),), source_text="Smith")]
    dev = quotes.score([("seismo", quotes.score_doc(gold, [quotes.Found((12, 28), (0, 5), "Smith")]))], docs=1)
    wide = quotes.score([("seismo", quotes.score_doc(gold, [quotes.Found((12, 28), (40, 45), "Jones")]))], docs=3,
                        file=quotes.WIDER)
    r = quotes.with_wider(dev, wide)
    assert r.metric("seismo speaker accuracy").value == 1.0
    added = r.metric("train file: seismo speaker accuracy")
    assert added.value == 0.0 and added.headline
    assert [m.name for m in r.metrics if m.name.startswith("train file")] == [f"train file: {m}" for m in quotes.WIDER_METRICS]
    assert r.datasets == ((quotes.FILE, 1), (quotes.WIDER, 3))
    assert r.notes[-1] == dev.notes[-1] and any(quotes.WIDER in n for n in r.notes)


def test_quotes_found_from_records():
    q = Quote(start=5, end=20, text="x" * 15, kind="direct", speaker=Speaker(0, 3, "Doe", "Jane Doe"), cue=None, confidence=0.9)
    assert quotes.found_quotes([q]) == [quotes.Found((5, 20), (0, 3), "Jane Doe", "direct")]


def test_quotes_speaker_by_last_name_leaves_out_a_bracketed_tag():
    gold = quotes.Attribution(content=((10, 30),), source=((0, 20),), source_text="Ann Stroud (D-Ore.)")
    assert quotes.speaker_right(gold, quotes.Found((12, 28), (90, 96), "Ann Stroud"))
    assert not quotes.speaker_right(gold, quotes.Found((12, 28), (90, 96), "Ore"))


def test_quotes_by_kind():
    gold = [
        quotes.Attribution(content=((10, 30),), source=((0, 5),), source_text="Smith"),
        quotes.Attribution(content=((40, 50),), source=((35, 38),), source_text="Doe"),
        quotes.Attribution(content=((80, 90),)),
    ]
    pred = [
        quotes.Found((12, 28), (0, 5), "Smith", "direct"),
        quotes.Found((41, 49), (60, 62), "Roe", "paraphrase"),  # found, wrong speaker
        quotes.Found((82, 88), None, None, "paraphrase"),
        quotes.Found((200, 210), (190, 195), "Roe", "paraphrase"),  # on no gold content
    ]
    s = quotes.total([quotes.score_doc(gold, pred), quotes.score_doc([], [])])
    direct, indirect, paraphrase = s.kinds
    assert (direct.pred, direct.precise, direct.recalled, direct.with_source, direct.speaker_right) == (1, 1, 1, 1, 1)
    assert indirect == quotes.KindScore()
    assert (paraphrase.pred, paraphrase.precise, paraphrase.recalled) == (3, 2, 2)
    assert (paraphrase.with_source, paraphrase.speaker_right) == (1, 0)
    r = quotes.score([("seismo", s)], docs=1)
    assert r.metric("seismo recall through paraphrase quotes").value == pytest.approx(2 / 3)
    assert r.metric("seismo precision of paraphrase quotes").value == pytest.approx(2 / 3)
    assert r.metric("seismo speaker accuracy of direct quotes").value == 1.0
    names = [m.name for m in r.metrics]
    assert len(names) == len(set(names))  # "direct recall" (quotation marks) keeps its own name
    assert any(t.title == "seismo by kind" for t in r.tables)


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "pred", "right"),
    [("1998-08-07", "1998-08-07", True), ("1998-08", "1998-08-07", False), ("1998-08-07", "1998-08-01/1998-08-07", False),
     ("1998-Q3", "1998-Q3", True), ("P1D", "P1D", True), ("P1D", None, False), (None, None, False),
     ("1998-W6", "1998-W06", True), ("1998-W06", "1998-W6", True), ("1998-W6", "1998-W16", False), ("1998-W16", "1998-W06", False)],
)
def test_dates_same_value(gold, pred, right):
    assert dates.same_value(gold, pred) is right


def test_dates_score_docs():
    gold = [dates.Timex(0, 6, "1998-08-07", "DATE"), dates.Timex(10, 17, "P1W", "DURATION"), dates.Timex(20, 25, "1998", "DATE"),
            dates.Timex(30, 35, "1998-08-07TNI", "TIME")]
    pred = [dates.Timex(0, 6, "1998-08-07", "DATE"), dates.Timex(10, 17, "1998-W32", "DATE"), dates.Timex(40, 45, "1998", "DATE"),
            dates.Timex(30, 35, "1998-08-07TNI", "TIME")]
    s = dates.score_docs([(gold, pred)])
    assert s.detection == PRF(3, 1, 1)
    assert (s.dates_matched, s.values_right, s.dates_gold) == (1, 1, 2)
    assert s.value_accuracy_all == 0.5
    # DATE/TIME: 2 right of 2 matched, of 3 gold; the DURATION is matched with a wrong value and type
    assert (s.point_value_accuracy, s.point_value_accuracy_all) == (1.0, 2 / 3)
    assert s.other_value_accuracy == 0.0
    assert s.type_accuracy == 2 / 3


def test_dates_report_has_the_headline_metric():
    gold = [dates.Timex(0, 6, "1998-08-07", "DATE")]
    report = dates.score(dates.score_docs([(gold, [dates.Timex(0, 6, "1998-08-07", "DATE")])]), docs=1)
    metrics = {m.name: m for m in report.metrics}
    assert metrics["value accuracy (all gold DATE/TIME)"].value == 1.0 and metrics["value accuracy (all gold DATE/TIME)"].headline
    assert {"timex detection F1", "value accuracy (matched DATE)", "value accuracy (all gold DATE)"} <= set(metrics)


def test_dates_predicted_from_records():
    """The scorer reads the documented ``timeml`` and ``type`` fields, not ``value``."""
    w = When(start=0, end=6, text="Friday", value="1998-08-07", precision="day", earliest=None, latest=None, confidence=0.9,
             type="TIME", timeml="1998-08-07TNI")
    assert dates.predicted([w]) == [dates.Timex(0, 6, "1998-08-07TNI", "TIME")]


# -- args -------------------------------------------------------------------------------------


def test_kairos_map():
    k = kairos_map()
    assert k.plover_types("Conflict.Attack.DetonateExplode") == {"ASSAULT"}
    assert k.plover_types("Life.Die.Unspecified") == frozenset()
    assert k.plover_types("Unknown.Type") is None
    assert (k.role("Attacker"), k.role("Victim"), k.role("Place"), k.role("Vehicle")) == ("actor", "victim", "place", None)


def test_args_score_docs():
    record = {"events": [
        {"type": "Conflict.Attack.Unspecified", "trigger": {"start": 20, "end": 26},
         "arguments": [{"role": "Attacker", "start": 0, "end": 8}, {"role": "Place", "start": 40, "end": 46},
                       {"role": "Instrument", "start": 30, "end": 35}]},
        {"type": "Life.Die.Unspecified", "trigger": {"start": 50, "end": 54}, "arguments": []},
        {"type": "Weird.Type", "trigger": {"start": 60, "end": 64}, "arguments": []},
    ]}
    unmapped: Counter[str] = Counter()
    gold = args.gold_events(record, kmap=kairos_map(), unmapped=unmapped)
    assert len(gold) == 1 and unmapped == Counter({"Weird.Type": 1})
    pred = args.pred_events([
        event("ASSAULT", trigger=(21, 25), evidence=(0, 60), actor_=actor("rebels", start=0), location=EventLocation(place("Aleppo", start=70), 1)),
        event("SANCTION", trigger=(0, 3)),  # a type no KAIROS type maps to: not counted
    ])
    s = args.score_docs([(gold, pred)], scored_types=frozenset({"ASSAULT"}))
    assert s.events == PRF(1, 0, 0) and s.triggers == PRF(1, 0, 0)
    assert s.roles["actor"] == PRF(1, 0, 0)
    assert s.roles["place"] == PRF(0, 1, 1)


def test_args_empty_predictions():
    gold = [args.GoldEvent(frozenset({"ASSAULT"}), (0, 4), (("victim", (5, 9)),))]
    s = args.score_docs([(gold, [])], scored_types=frozenset({"ASSAULT"}))
    assert s.events == PRF(0, 0, 1) and s.args == PRF(0, 0, 1)


# -- seed -------------------------------------------------------------------------------------

TEXT = "Police arrested 40 protesters in Almaty. Putin is obsessed with revolts, said Nona Mikhelidze."


def seed_result(events=(), quotes_=(), places=(), entities=(), dates_=()) -> Result:
    return Result(article=Article(id="t", text=TEXT), events=tuple(events), quotes=tuple(quotes_), places=tuple(places),
                  entities=tuple(entities), dates=tuple(dates_))


GOLD_EVENT = {"key": "arrests", "type": ["COERCE"], "mode": ["arrest"], "counts": {"arrested": {"best": 40}},
              "actor": {"sector": ["COP"], "text_contains": "police"}, "modality": "asserted", "evidence_contains": "arrested 40"}


@pytest.mark.parametrize(
    ("events", "status", "wrong"),
    [
        ([], "missing", ()),
        ([event("COERCE", mode="arrest", evidence=(0, 40), text=TEXT, actor_=actor("Police", sector="COP"), counts=[count("arrested", 40)])], "found", ()),
        ([event("ASSAULT", mode="arrest", evidence=(0, 40), text=TEXT, actor_=actor("Police", sector="COP"), counts=[count("arrested", 4)])],
         "wrong", ("type", "counts.arrested.best")),
        ([event("COERCE", mode="arrest", evidence=(0, 40), text=TEXT)], "wrong", ("counts.arrested", "actor")),
        # of two candidates the closer one is reported
        ([event("ASSAULT", evidence=(0, 40), text=TEXT),
          event("COERCE", mode="arrest", evidence=(0, 40), text=TEXT, actor_=actor("Police", sector="COP"), counts=[count("arrested", 40)])], "found", ()),
    ],
)
def test_seed_events(events, status, wrong):
    (item,) = seed.score_events([GOLD_EVENT], events, TEXT)
    assert item.status == status
    assert sorted(item.wrong) == sorted(wrong)


def test_seed_quotes_places_actors_and_must_not():
    q = Quote(start=41, end=72, text=TEXT[41:72], kind="direct", speaker=Speaker(78, 93, "Nona Mikhelidze", "Nona Mikhelidze"), cue=None, confidence=0.9)
    putin = Quote(start=41, end=72, text=TEXT[41:72], kind="direct", speaker=Speaker(41, 46, "Putin", "Putin"), cue=None, confidence=0.9)
    result = seed_result(
        events=[event("COERCE", actor_=actor("Police", sector="COP", country="KAZ"), text=TEXT)],
        quotes_=[q], places=[place("Almaty", start=33)], entities=[Entity(33, 39, "Almaty", "PERSON")],
    )
    assert [i.status for i in seed.score_quotes([{"speaker": "Nona Mikhelidze", "starts": "Putin is obsessed"}], result.quotes)] == ["found"]
    assert [i.status for i in seed.score_quotes([{"speaker": "Erica Marat", "starts": "Putin is obsessed"}], result.quotes)] == ["wrong"]
    places = seed.score_places([{"text": "Almaty", "country": "KAZ", "lat": 43.25, "lon": 76.92}, {"text": "Moscow"}], result.places)
    assert [i.status for i in places] == ["found", "missing"]
    actors = seed.score_actors([{"text": "police", "country": "KAZ", "sector": "GOV"}], result.events)
    assert actors[0].status == "wrong" and actors[0].wrong == ("actor.sector",)
    checks = [[{"kind": "entity_label", "texts": ["Almaty"], "labels": ["PERSON"]}],
              [{"kind": "quote_speaker", "contains": "Putin is obsessed", "speaker": "Putin"}]]
    must = seed.score_must_not(["no person Almaty", "not Putin", "unchecked one"], result, checks)
    assert [i.status for i in must] == ["violated", "respected", "unchecked"]
    assert [i.status for i in seed.score_must_not(["x", "y"], seed_result(quotes_=[putin]), checks)] == ["respected", "violated"]


@pytest.mark.parametrize(
    ("gold", "ours", "same"),
    [("CSTO", "Collective Security Treaty Organization", True), ("Ria Novosti", "the Russian agency Ria Novosti", True),
     ("Erica Marat", "Nona Mikhelidze", False), ("x", None, False)],
)
def test_seed_loose_match(gold, ours, same):
    assert seed.loose_match(gold, ours) is same


def test_seed_checks_file_is_readable():
    checks = seed.load_checks()
    assert checks and all(c["kind"] for group in checks for c in group)


@pytest.mark.parametrize(
    ("trigger", "modality", "violated"),
    [((0, 6), "asserted", False), ((41, 46), "asserted", True), ((41, 46), "hypothetical", False)],
)
def test_seed_must_not_trigger_inside_a_clause(trigger, modality, violated):
    result = seed_result(events=[event("ASSAULT", trigger=trigger, text=TEXT, modality=modality)])
    check = {"kind": "asserted_trigger_in", "texts": ["putin is obsessed"]}  # found case-insensitively
    assert bool(seed.violations(check, result)) is violated


def test_seed_victim_sector_needs_a_recipient():
    gold = {"key": "k", "evidence_contains": "arrested", "victims": {"sector": ["COP"], "text_contains": "protesters"}}
    victims = Span(19, 29, "protesters")
    bare = event("ASSAULT", evidence=(0, 40), text=TEXT, counts=[count("killed", 2, victims=victims)])
    (item,) = seed.score_events([gold], [bare], TEXT)
    assert (item.status, item.unchecked) == ("found", ("victims.sector",))
    wrong = event("ASSAULT", evidence=(0, 40), text=TEXT, counts=[count("killed", 2, victims=victims)], recipient=actor("protesters", sector="CVL"))
    (item,) = seed.score_events([gold], [wrong], TEXT)
    assert item.wrong == ("victims.sector",)


def test_quotes_textacy_adapter(monkeypatch):
    import sys
    import types
    from collections import namedtuple

    Tok = namedtuple("Tok", "idx text")
    Content = namedtuple("Content", "start_char end_char")
    Triple = namedtuple("Triple", "speaker cue content")

    class Token(Tok):
        def __len__(self) -> int:
            return len(self.text)

    triples = types.ModuleType("textacy.extract.triples")
    triples.direct_quotations = lambda doc: [Triple([Token(0, "Jane"), Token(5, "Doe")], [Token(9, "said")], Content(15, 40))]
    monkeypatch.setitem(sys.modules, "textacy", types.ModuleType("textacy"))
    monkeypatch.setitem(sys.modules, "textacy.extract", types.ModuleType("textacy.extract"))
    monkeypatch.setitem(sys.modules, "textacy.extract.triples", triples)
    assert quotes.textacy_quotes(["doc"]) == [[quotes.Found((15, 40), (0, 8), "Jane Doe", "direct")]]


def test_quotes_textacy_absent(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "textacy.extract.triples", None)  # import fails
    assert quotes.textacy_quotes(["doc"]) is None


def test_case_reliability_table_bins_the_top_events():
    gold = ["ARMED_CLASH", "ARREST", "ARREST", "DIPLO", "PEACE_PROTEST"]
    pred = ["ARMED_CLASH", "ARREST", "ARMED_CLASH", "ARREST", NONE]
    r = case2021.score(gold, pred, confidences=[0.85, 0.95, 0.55, 0.82, None])
    table = next(t for t in r.tables if t.title.startswith("reliability"))
    by_bin = {row[0]: row[1:3] for row in table.rows}
    assert by_bin["0.8–0.9"] == (2, 1)  # the DIPLO text coded ARREST is wrong
    assert by_bin["0.9–1.0"] == (1, 1)
    assert by_bin["0.5–0.6"] == (1, 0)
    assert sum(row[1] for row in table.rows) == 4  # no event → not in the table
    assert r.metric("right among top events with confidence ≥ 0.8").value == 2 / 3


def test_quotes_unnamed_speaker_is_read_by_its_role():
    """An unnamed speaker is read by its description (``role``), as the record documents: a relative
    pronoun ("commentators who suggested") stands for the noun before it."""
    who = Speaker(40, 43, "who", None, role="some union leaders")
    q = Quote(start=50, end=90, text="x" * 40, kind="indirect", speaker=who, cue=None, confidence=0.8)
    (found,) = quotes.found_quotes([q])
    assert found.speaker_name == "some union leaders"
    gold = quotes.Attribution(content=((50, 90),), source=((20, 38),), source_text="the union leaders")
    assert quotes.speaker_right(gold, found)
    other = quotes.Attribution(content=((50, 90),), source=((20, 38),), source_text="the teachers")
    assert not quotes.speaker_right(other, found)


def test_quotes_best_match_takes_the_shorter_of_two_alike():
    """A claim reported inside a quotation is matched to the nested quote, not the whole quotation."""
    gold = quotes.Attribution(content=((20, 40),), source=((10, 11),), source_text="I")
    outer = quotes.Found((5, 60), (70, 80), "Ana Ruiz", "direct")
    inner = quotes.Found((20, 40), (10, 11), "Ana Ruiz", "indirect")
    assert quotes.best_match(gold, [outer, inner]) is inner
    assert quotes.best_match(gold, [inner, outer]) is inner
    partial = quotes.Found((30, 90), None, None, "direct")
    assert quotes.best_match(gold, [partial, outer]) is outer  # overlap first


def test_quotes_first_person_source_inside_a_direct_quotation_is_its_speaker():
    # "... I regret that vote ..." inside Ruiz's quotation: gold marks "I" (chars 20-21) as the source
    gold = quotes.Attribution(content=((24, 40),), source=((20, 21),), source_text="I")
    ours = quotes.Found((10, 60), (70, 74), "Ana Ruiz", "direct")
    assert quotes.speaker_right(gold, ours)
    assert not quotes.speaker_right(gold, ours, first_person=False)
    # not for a third person, not for a paraphrase, not for a pronoun outside the quotation, not without a speaker
    assert not quotes.speaker_right(replace(gold, source_text="she"), ours)
    assert not quotes.speaker_right(gold, replace(ours, kind="paraphrase"))
    assert not quotes.speaker_right(replace(gold, source=((5, 6),)), ours)
    assert not quotes.speaker_right(gold, quotes.Found((10, 60), None, None, "direct"))
    s = quotes.score_doc([gold], [ours])
    assert (s.with_source, s.speaker_right, s.strict_right) == (1, 1, 0)
    r = quotes.score([("seismo", s)], docs=1)
    assert r.metric("seismo speaker accuracy").value == 1.0
    assert r.metric("seismo speaker accuracy, strict").value == 0.0
