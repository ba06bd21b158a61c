"""seismo.link.events: which event a report belongs to (each rule alone)."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.link.events import DISTANCE_KM, PUBLISHED_SLACK_DAYS, distance_km, match, report_key

#: invented places: name, GeoNames id, lat, lon, country, kind
PLACES = {
    "tamsk": ("Tamsk", 9100001, 50.0, 70.0, "KAZ", "city"),
    "borsk": ("Borsk", 9100003, 50.9, 70.0, "KAZ", "city"),  # 100 km north of Tamsk
    "tamsk district": ("Tamsk district", 9100011, 50.0, 70.0, "KAZ", "admin"),
    "borsk district": ("Borsk district", 9100013, 51.08, 70.0, "KAZ", "admin"),  # 120 km
    "velsk district": ("Velsk district", 9100014, 51.8, 70.0, "KAZ", "admin"),  # 200 km
    "kazakhstan": ("Kazakhstan", None, 48.0, 68.0, "KAZ", "country"),
    "kazakhstan2": ("Kazakhstan", 1522867, 48.0, 68.0, "KAZ", "country"),
    "across the border": ("Ozersk", 9200001, 50.05, 70.05, "KGZ", "city"),  # 7 km away, another country
}
#: each place's location precision
PRECISION = {"tamsk": 1, "borsk": 1, "across the border": 1, "kazakhstan": 3, "kazakhstan2": 3}


def key(make, id="r", *, story="s1", day="2023-03-14", place="tamsk", precision=None, date="2023-03-13", **kw):
    """A report key: an ASSAULT on 2023-03-13 in Tamsk, told in story s1 on 2023-03-14, unless said otherwise."""
    p = None
    if place is not None:
        name, gid, lat, lon, country, kind = PLACES[place]
        p = make.place(name, geonameid=gid, lat=lat, lon=lon, country=country, kind=kind)
    event = make.event(id, place=p, precision=precision or PRECISION.get(place, 2), date=date, **kw)
    return report_key(id, event, story_id=story, day=dt.date.fromisoformat(day) if day else None)


SAME = {}  # the defaults: one happening


@pytest.mark.parametrize(
    ("report", "event", "joins"),
    [
        (SAME, SAME, True),
        # type and mode
        ({"type": "PROTEST"}, SAME, False),
        ({"mode": "explosives"}, {"mode": "aerial"}, False),  # a bombing is no air strike
        ({"mode": "explosives"}, {"mode": None}, True),  # "a bomb ..." and "the attack ..."
        ({"mode": "firearms"}, {"mode": "explosives"}, True),  # a shooting named vaguely and one naming the weapon
        ({"mode": "suicide-attack"}, {"mode": "explosives"}, True),
        ({"mode": "beat"}, {"mode": "firearms"}, False),
        ({"mode": None}, {"mode": "firearms"}, True),  # "the boy died" in one story with "a boy was shot" ...
        ({"mode": "firearms"}, {"mode": None}, True),
        ({"mode": None, "place": None}, {"mode": "firearms"}, False),  # ... only at a named place
        ({"mode": None, "place": "kazakhstan"}, {"mode": "firearms"}, False),  # (a country is too vague)
        ({"mode": None, "story": "s2"}, {"mode": "firearms"}, False),  # ... and only in one story
        ({"mode": None, "story": "s2"}, {"mode": None}, True),
        ({"mode": "beat"}, {"mode": None}, False),  # a beating is no shooting, in any story
        # places
        ({"place": "borsk"}, SAME, False),  # two towns 100 km apart
        ({"place": "borsk district"}, {"place": "tamsk district"}, True),  # areas 120 km apart
        ({"place": "velsk district"}, {"place": "tamsk district"}, False),  # areas 200 km apart
        ({"place": "borsk", "precision": 2}, SAME, True),  # one says only "the Borsk area"
        ({"place": "across the border"}, SAME, False),
        ({"place": "kazakhstan"}, SAME, True),  # the country only: weak, enough in one story
        ({"place": None}, SAME, True),  # no place: weak, enough in one story
        # dates
        ({"date": "2023-03-14"}, SAME, True),  # a day apart: within the day slack
        ({"date": "2023-03-16"}, SAME, False),
        ({"date": "2023-03-01"}, SAME, False),
        ({"date": "2023-03", "date_precision": "month"}, SAME, True),  # a month holds the day
        ({"date": "2023-02", "date_precision": "month"}, SAME, False),
        ({"date": "2023-W11", "date_precision": "week"}, SAME, True),  # 13–19 March
        ({"date": None, "day": None}, SAME, True),  # undated, in one story
        # actors
        ({"actor": ("Hamas", "REB")}, {"actor": ("Fatah", "REB")}, False),  # two named actors of one sector
        ({"actor": ("police", "COP")}, {"actor": ("army", "MIL")}, True),  # they may act together
        ({"actor": ("Hamas", "REB")}, {"actor": ("Hamas", "REB")}, True),
        ({"actor": (None, "REB")}, {"actor": ("Hamas", "REB")}, True),
        ({"actor": ("Hamas", "REB")}, SAME, True),
    ],
)
def test_one_rule_at_a_time(make, report, event, joins):
    m = match(key(make, "r", **report), key(make, "e", **event))
    assert (m is not None) is joins, m


def test_a_match_says_why(make):
    m = match(key(make, "r"), key(make, "e"))
    assert m is not None and m.score == 1.0
    assert m.reasons == ("same type ASSAULT", "same place (GeoNames 9100001)", "dates overlap (2023-03-12…2023-03-14)",
                         "same story s1")


def test_distance_reason_and_score(make):
    m = match(key(make, "r", place="borsk district"), key(make, "e", place="tamsk district"))
    assert m is not None
    assert m.reasons[1] == f"places 120 km apart (≤ {DISTANCE_KM[2]:.0f})"
    assert m.score == 1.0  # strong place, narrow date, one story
    other = match(key(make, "r", story="s2"), key(make, "e"))
    assert other is not None and other.score == 0.9  # strong place, narrow date, another story


@pytest.mark.parametrize(
    ("days_before", "joins"),
    [(0, True), (3, True), (PUBLISHED_SLACK_DAYS, True), (PUBLISHED_SLACK_DAYS + 2, False), (30, False),
     (-3, False)],  # a happening dated after the article cannot be what it reports
)
def test_a_report_dated_by_its_article_looks_back_a_week(make, days_before, joins):
    published = dt.date(2023, 3, 14)
    report = key(make, "r", day=str(published), date=str(published), date_source="published")
    happened = published - dt.timedelta(days=days_before)
    event = key(make, "e", day="2023-04-20", date=str(happened))
    assert (match(report, event) is not None) is joins
    assert (report.earliest, report.latest) == (published - dt.timedelta(days=PUBLISHED_SLACK_DAYS), published)


def test_an_undated_report_is_dated_by_its_article(make):
    k = key(make, "r", day="2023-03-14", date=None)
    assert (k.earliest, k.latest) == (dt.date(2023, 3, 7), dt.date(2023, 3, 14))
    assert key(make, "r", day=None, date=None).earliest is None


@pytest.mark.parametrize(
    ("report", "event", "joins"),
    [
        (SAME, SAME, True),  # same town, a day's date: another article's report of the clash
        ({"place": "borsk district"}, {"place": "tamsk district"}, False),  # two areas 120 km apart: near, not one place
        ({"place": "tamsk district"}, {"place": "tamsk district"}, True),  # one area
        ({"place": None}, SAME, False),  # a report with no place joins only in its own story
        ({"place": "kazakhstan"}, SAME, False),  # a country is no strong place
        ({"place": "kazakhstan2"}, {"place": "kazakhstan2"}, False),  # not even the same country id
        ({"date": "2023-03", "date_precision": "month"}, SAME, False),  # a month is no narrow date
        ({"date": None, "day": None}, SAME, False),  # no date at all
        ({"date": None}, SAME, False),  # dated only by its article: any day of the week before it
        ({"date": "2023-W11", "date_precision": "week"}, SAME, False),  # a week is no day
        ({"date": "2023-03-14"}, SAME, True),  # a day apart: within the day slack
    ],
)
def test_other_stories_need_a_strong_place_and_a_narrow_date(make, report, event, joins):
    other = match(key(make, "r", story="s2", **report), key(make, "e", story="s1", **event))
    same = match(key(make, "r", story="s1", **report), key(make, "e", story="s1", **event))
    assert (other is not None) is joins
    assert same is not None  # each of these would join within one story
    if other is not None:
        assert "same story s1" not in other.reasons and other.score == pytest.approx(same.score - 0.1)


def test_report_key_reads_the_report(make):
    k = key(make, "r", actor=("Hamas", "REB"), mode="explosives", modality="future")
    assert (k.id, k.story_id, k.type, k.mode, k.asserted) == ("r", "s1", "ASSAULT", "explosives", False)
    assert (k.geonameid, k.lat, k.lon, k.country, k.precision) == (9100001, 50.0, 70.0, "KAZ", 1)
    assert (k.earliest, k.latest) == (dt.date(2023, 3, 12), dt.date(2023, 3, 14))
    assert k.actor == ("Hamas", "REB")
    assert key(make, "r").asserted and key(make, "r").actor is None
    bare = key(make, "r", place=None)
    assert (bare.geonameid, bare.country, bare.precision) == (None, None, None)


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        ((43.2220, 76.8512), (51.1694, 71.4491), 970),  # Almaty – Astana
        ((50.0, 70.0), (50.9, 70.0), 100),  # 0.9° of latitude
        ((50.0, 70.0), (50.0, 70.0), 0),
        ((0.0, 0.0), (0.0, 180.0), 20015),  # half the equator
    ],
)
def test_distance_km(a, b, km):
    assert distance_km(*a, *b) == pytest.approx(km, abs=20)
    assert distance_km(*b, *a) == pytest.approx(distance_km(*a, *b))
