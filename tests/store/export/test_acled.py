"""ACLED export (:mod:`seismo.store.export.acled`, :mod:`~seismo.store.export.acled_tables`):
ACLED's columns, dtypes and conventions, checked against a hand-written ACLED-format file
(``data/acled_sample.csv``, invented rows) read by pandas with ACLED's dtypes."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pandas as pd
import pycountry
import pytest

from seismo.model import Actor, Event
from seismo.store import Store
from seismo.store.export import acled as A
from seismo.store.export import acled_tables as T
from seismo.store.export.stored import StoredEvents
from seismo.store.samples import sample_results

FIXTURE = Path(__file__).parent / "data" / "acled_sample.csv"
ALMATY, PARIS, KHARKIV, GENEVA = sample_results()
ACLED_REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa",
                 "Middle East", "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia", "Europe",
                 "North America", "Central America", "Caribbean", "South America", "Oceania", "Antarctica"}


def export_csv(store: Store) -> tuple[pd.DataFrame, A.Written]:
    out = io.StringIO()
    written = A.write(store.event_groups(_asserted()), stored=StoredEvents(store.engine), out=out)
    return pd.read_csv(io.StringIO(out.getvalue()), dtype=A.DTYPES), written


def _asserted():
    from seismo.store import EventFilter

    return EventFilter(modality="asserted", scope="political", limit=None)


@pytest.fixture(scope="module")
def exported(filled: Store) -> pd.DataFrame:
    frame, _ = export_csv(filled)
    return frame.set_index("event_type", drop=False)


def test_fixture_reads_with_acled_dtypes() -> None:
    frame = pd.read_csv(FIXTURE, dtype=A.DTYPES)
    assert tuple(frame.columns) == A.COLUMN_NAMES
    assert len(frame) == 5


def test_export_has_acleds_columns_and_dtypes(exported: pd.DataFrame) -> None:
    fixture = pd.read_csv(FIXTURE, dtype=A.DTYPES)
    assert list(exported.columns) == list(fixture.columns)
    assert exported.dtypes.to_dict() == fixture.dtypes.to_dict()
    assert len(exported) == 4  # the asserted ACLED events: protest, arrests, riot, shelling


def test_rows(exported: pd.DataFrame) -> None:
    protest, riot, shelling, arrests = (exported.loc[t] for t in ("Protests", "Riots", "Explosions/Remote violence",
                                                                   "Strategic developments"))
    assert (arrests.actor1, arrests.actor2, arrests.interaction) == ("Police Forces of Kazakhstan",
                                                                     "Civilians (Kazakhstan)", 17)
    assert pd.isna(arrests.civilian_targeting)  # not political violence
    assert (protest.actor1, protest.inter1, protest.inter2, protest.interaction) == ("Protesters (Kazakhstan)", 6, 0, 60)
    assert pd.isna(protest.actor2)  # a peaceful protest has no actor2
    assert (protest.country, protest.iso, protest.region) == ("Kazakhstan", 398, "Caucasus and Central Asia")
    assert (protest.disorder_type, protest.time_precision, protest.event_date) == ("Demonstrations", 1, "2022-01-05")
    assert protest.tags == "crowd size=2000"
    assert (riot.actor1, riot.inter1, riot.disorder_type, riot.country) == ("Rioters (France)", 5, "Demonstrations",
                                                                               "France")
    assert (shelling.actor1, shelling.inter1) == ("Military Forces of Russia", 8)  # state forces abroad
    assert (shelling.actor2, shelling.inter2, shelling.interaction) == ("Civilians (Ukraine)", 7, 78)
    assert shelling.civilian_targeting == "Civilian targeting"
    assert (shelling.fatalities, shelling.time_precision, shelling.event_date) == (9, 2, "2022-02-24")  # mid-week
    assert (shelling.region, shelling.iso) == ("Europe", 804)
    assert pd.isna(shelling.admin2) and pd.isna(shelling.source_scale)


def test_event_ids_are_country_and_number(exported: pd.DataFrame) -> None:
    assert all(re.fullmatch(r"[A-Z]{3}\d+", x) for x in exported.event_id_cnty)
    assert exported.event_id_cnty.is_unique


def test_notes_have_no_trailing_blank(exported: pd.DataFrame) -> None:
    assert all(n == n.strip() and "\n" not in n for n in exported.notes)


def test_timestamp_is_unix_time_of_storing(exported: pd.DataFrame) -> None:
    assert (exported.timestamp > 1_500_000_000).all()


def test_left_out_events_are_counted(filled: Store) -> None:
    from seismo.store import EventFilter

    out = io.StringIO()
    written = A.write(filled.event_groups(EventFilter(limit=None, scope="all")), stored=StoredEvents(filled.engine),
                      out=out)
    assert written.rows == 4
    assert written.left_out == {"no ACLED event type": 2}  # troops deployed (future), the annexation


def test_numbers_stay_when_the_store_grows(store: Store) -> None:
    store.write([ALMATY])
    before, _ = export_csv(store)
    store.write([KHARKIV, PARIS])
    after, _ = export_csv(store)
    kept = after[after.country == "Kazakhstan"]
    assert sorted(kept.event_id_cnty) == sorted(before.event_id_cnty)
    assert set(after.event_id_cnty) >= {"UKR1", "FRA1"}


def test_parquet_writes_null_never_empty(filled: Store, tmp_path: Path) -> None:
    path = tmp_path / "acled.parquet"
    written = A.write(filled.event_groups(_asserted()), stored=StoredEvents(filled.engine), path=path)
    frame = pd.read_parquet(path)
    assert written.rows == len(frame) == 4
    assert list(frame.columns) == list(A.COLUMN_NAMES)
    assert not (frame.select_dtypes(include=["object", "string"]) == "").any().any()
    assert frame.actor2.isna().sum() >= 1 and frame.admin3.isna().all()


# -- the tables ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("iso3", "name", "iso", "region"),
    [
        ("RUS", "Russia", 643, "Europe"),
        ("TUR", "Turkey", 792, "Middle East"),
        ("COD", "Democratic Republic of Congo", 180, "Middle Africa"),
        ("IRN", "Iran", 364, "Middle East"),
        ("SYR", "Syria", 760, "Middle East"),
        ("KAZ", "Kazakhstan", 398, "Caucasus and Central Asia"),
        ("CIV", "Ivory Coast", 384, "Western Africa"),
        ("MEX", "Mexico", 484, "Central America"),
        ("XKX", "Kosovo", 0, "Europe"),
    ],
)
def test_country_names(iso3: str, name: str, iso: int, region: str) -> None:
    assert T.country(iso3) == T.AcledCountry(iso3, iso, name, region)


def test_every_iso_country_has_an_acled_row() -> None:
    for c in pycountry.countries:
        found = T.country(c.alpha_3)
        assert found is not None and found.iso == int(c.numeric) and found.region in ACLED_REGIONS, c.alpha_3


@pytest.mark.parametrize(
    ("event_type", "sub_event_type", "disorder"),
    [
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Battles", "Armed clash", "Political violence"),
        ("Strategic developments", "Arrests", "Strategic developments"),
        (None, None, None),
    ],
)
def test_disorder(event_type: str | None, sub_event_type: str | None, disorder: str | None) -> None:
    assert T.disorder(event_type, sub_event_type) == disorder


def _event(acled: tuple[str, str], actor: Actor | None = None, recipient: Actor | None = None) -> Event:
    protest = ALMATY.events[0]  # in Almaty, Kazakhstan
    return dataclasses.replace(protest, acled_event_type=acled[0], acled_sub_event_type=acled[1], actor=actor,
                               recipient=recipient)


def _actor(text: str, kind: str, sector: str | None, country: str | None = "KAZ", name: str | None = None,
           start: int = 0) -> Actor:
    return Actor(start, start + len(text), text, name, country, sector, kind)


PROTEST = ("Protests", "Peaceful protest")
RIOT = ("Riots", "Mob violence")
VAC = ("Violence against civilians", "Attack")
BATTLE = ("Battles", "Armed clash")
ARREST = ("Strategic developments", "Arrests")


@pytest.mark.parametrize(
    ("who", "acled", "side", "expected"),
    [
        (_actor("demonstrators", "group", "CVL", None), PROTEST, 1, ("Protesters (Kazakhstan)", 6, None)),
        (_actor("oil workers", "group", "LAB"), PROTEST, 1, ("Protesters (Kazakhstan)", 6, "Labor Group (Kazakhstan)")),
        (_actor("a crowd of youths", "group", "CVL"), RIOT, 1, ("Rioters (Kazakhstan)", 5, None)),
        (_actor("a shopkeeper", "group", "CVL"), RIOT, 2, ("Civilians (Kazakhstan)", 7, None)),
        (_actor("two reporters", "group", "JRN"), VAC, 2, ("Civilians (Kazakhstan)", 7, "Journalists (Kazakhstan)")),
        (_actor("President Tokayev", "person", "GOV", name="Kassym-Jomart Tokayev"), ARREST, 1,
         ("Government of Kazakhstan", 1, None)),
        (_actor("riot police", "org", "COP"), ARREST, 1, ("Police Forces of Kazakhstan", 1, None)),
        (_actor("Russian paratroopers", "group", "MIL", "RUS"), BATTLE, 1, ("Military Forces of Russia", 8, None)),
        (_actor("Dinka ethnic militia", "group", "REB"), BATTLE, 1, ("Dinka Ethnic Militia (Kazakhstan)", 4, None)),
        (_actor("village vigilantes", "group", "-"), BATTLE, 2, ("Communal Militia (Kazakhstan)", 4, None)),
        (_actor("gunmen", "group", "UAF"), VAC, 1, ("Unidentified Armed Group (Kazakhstan)", 3, None)),
        (_actor("the rebels", "org", "REB", "YEM", name="Houthis"), BATTLE, 1, ("Houthis", 2, None)),
        (_actor("CSTO", "igo", None, None, name="Collective Security Treaty Organization"), ARREST, 1,
         ("Collective Security Treaty Organization", 8, None)),
        (None, PROTEST, 1, ("Protesters (Kazakhstan)", 6, None)),
        (None, VAC, 2, ("Civilians (Kazakhstan)", 7, None)),
        (None, VAC, 1, ("Unidentified Armed Group (Kazakhstan)", 3, None)),  # an unknown perpetrator
        (None, BATTLE, 1, None),
        (_actor("Almaty", "country", None, None, name="Almaty"), ARREST, 1, None),  # a place, no actor
        (_actor("analysts", "person", None, None), ARREST, 1, None),
        (_actor("unrest", "group", None, None), ARREST, 2, None),
    ],
)
def test_actor_names(who: Actor | None, acled: tuple[str, str], side: int, expected: tuple | None) -> None:
    event = _event(acled, **({"actor": who} if side == 1 else {"recipient": who}))
    found = T.actor(who, event=event, side=side, event_country="KAZ")
    assert (None if found is None else (found.name, found.inter, found.assoc)) == expected


def test_implicit_state_actor_is_the_government() -> None:
    event = _event(ARREST)
    implicit = Actor(event.trigger.start, event.trigger.end, event.trigger.text, None, "KAZ", "GOV", "country")
    found = T.actor(implicit, event=dataclasses.replace(event, actor=implicit), side=1, event_country="KAZ")
    assert found == T.AcledActor("Government of Kazakhstan", 1)
