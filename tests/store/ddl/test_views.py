"""The views of :mod:`seismo.store.ddl.views`: ACLED's and PLOVER's column names over the
store, one row per event, figures reconciled as :func:`seismo.link.reconcile` does, and one
row per event x report in ``event_sources``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from seismo.contract.ids import article_id
from seismo.model import Article, EventDate, Result
from seismo.store import Store
from seismo.store.ddl.views import VIEWS, acled_events_sql, event_sources_sql, plover_events_sql
from seismo.store.read.clusters import event_group
from seismo.store.samples import _event, _Text, sample_results

SAMPLES = sample_results()
ALMATY, PARIS, KHARKIV, GENEVA = SAMPLES

#: ACLED's public columns, in ACLED's order
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
]


def follow_up() -> Result:
    """An invented later report of the Kharkiv shelling by another outlet, with a revised toll."""
    text = ("Russian forces shelled Kharkiv this week, killing 7 civilians, officials said. "
            "Residents sheltered in metro stations overnight.")
    t, aid = _Text(text), article_id(text)
    kharkiv = t.place("Kharkiv", "Kharkiv", "UKR", 49.98, 36.25, admin1="Kharkiv", geonameid=706483)
    event = _event(t, aid, "shelled", "ASSAULT", "heavy-weapons",
                   ("Explosions/Remote violence", "Shelling/artillery/missile attack"), 4,
                   actor=t.actor("Russian forces", country="RUS", sector="MIL"),
                   recipient=t.actor("civilians", country="UKR", sector="CVL"), place=kharkiv,
                   date=EventDate("2022-W08", "week", "text", t.span("this week")),
                   counts=(t.count("7", "killed", 7, 7, 7, victims="civilians"),), attributed="officials")
    return Result(Article(aid, text, dt.date(2022, 2, 27), "Kharkiv toll revised", "Second Wire", None),
                  places=(kharkiv,), events=(event,))


@pytest.fixture(scope="module")
def linked(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store.open(tmp_path_factory.mktemp("views") / "seismo.db")
    store.write([*SAMPLES, follow_up()])
    return store


def view(store: Store, name: str, where: str = "", params: tuple = ()) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.exec_driver_sql(f"SELECT * FROM {name} {where}", params).mappings()]


def test_acled_events_has_acleds_columns_in_order(linked: Store) -> None:
    with linked.engine.connect() as conn:
        columns = list(conn.exec_driver_sql("SELECT * FROM acled_events LIMIT 0").keys())
    assert columns[:len(ACLED_COLUMNS)] == ACLED_COLUMNS


def test_one_row_per_event_asserted_and_political_in_acled_events(linked: Store) -> None:
    rows = view(linked, "acled_events")
    events = [r["event_id"] for r in rows]
    assert len(events) == len(set(events))
    asserted = {e.id for r in SAMPLES for e in r.events if e.modality == "asserted"}
    assert set(events) == asserted  # the follow-up joined the shelling: no event of its own
    every = {r["id"] for r in view(linked, "plover_events")}
    assert every == {e.id for r in SAMPLES for e in r.events}  # plover_events keeps every modality


def test_the_shelling_in_acled_style(linked: Store) -> None:
    shelling = KHARKIV.events[0]
    [row] = view(linked, "acled_events", "WHERE event_id = ?", (shelling.id,))
    assert row["event_id_cnty"] == f"UKR-{shelling.id}"
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2022-02-21", 2022, 2)
    assert (row["disorder_type"], row["event_type"]) == ("Political violence", "Explosions/Remote violence")
    # state forces of another country than the event's: 8; civilians: 7; lower code first
    assert (row["inter1"], row["inter2"], row["interaction"]) == (8, 7, 78)
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["location"], row["admin1"], row["geo_precision"]) == ("Kharkiv", "Kharkiv", 1)
    assert row["source"] == "Other Daily; Second Wire"  # every outlet, oldest report first
    assert row["fatalities"] == 7  # the later day's toll supersedes the earlier one
    assert row["notes"] == shelling.evidence.text
    # ACLED's country name in brackets, unless the name already says it
    assert row["actor1"] == "Russian forces" and row["actor2"] == "Civilians (Ukraine)"
    assert (row["iso"], row["country"], row["region"]) == (804, "Ukraine", "Europe")
    assert row["admin2"] is None and row["assoc_actor_1"] is None  # documented: not coded


def test_the_protest_in_acled_style(linked: Store) -> None:
    protest = ALMATY.events[0]
    [row] = view(linked, "acled_events", "WHERE event_id = ?", (protest.id,))
    assert (row["disorder_type"], row["inter1"], row["interaction"]) == ("Demonstrations", 6, 60)
    assert row["tags"] == "crowd size=2000" and row["fatalities"] == 0
    assert row["civilian_targeting"] is None


@pytest.mark.parametrize(("column", "kind"), [
    ("size_dead", "killed"), ("size_injured", "injured"), ("size_arrested", "arrested"),
    ("size_participants", "participants")])
def test_figures_match_the_python_reconciliation(linked: Store, column: str, kind: str) -> None:
    for row in view(linked, "plover_events"):
        group = event_group(linked.engine, row["id"])
        figure = group.figures.get(kind)
        assert row[column] == (figure.best if figure else None), (row["id"], kind)


def test_plover_events_names(linked: Store) -> None:
    [row] = view(linked, "plover_events", "WHERE id = ?", (KHARKIV.events[0].id,))
    assert (row["date"], row["enddate"]) == ("2022-02-21", "2022-02-27")
    assert (row["event"], row["mode"], row["quad_code"]) == ("ASSAULT", "heavy-weapons", 4)
    assert (row["actor_code"], row["actor_sector"], row["actor_text"], row["actor_implicit"]) == (
        "RUS", "MIL", "Russian forces", 0)
    assert (row["recipient_code"], row["recipient_sector"]) == ("UKR", "CVL")
    place = (row["event_loc_name"], row["event_loc_cc3"], row["event_loc_geonameid"])
    assert place == ("Kharkiv", "UKR", 706483)
    assert row["event_loc_resolution"] == 2  # a town
    assert row["size_dead"] == 7 and row["n_reports"] == 2
    assert (row["cite_info_citation"], row["cite_info_publication"]) == (KHARKIV.article.id, "Other Daily")
    assert row["context"] is None and row["event_loc_country_code"] is None  # documented: left NULL
    [quiet] = view(linked, "plover_events", "WHERE id = ?", (KHARKIV.events[1].id,))
    assert quiet["actor_code"] is None and quiet["actor_implicit"] is None  # no actor: every column NULL


def test_event_sources_lists_every_report_and_its_counts(linked: Store) -> None:
    shelling = KHARKIV.events[0]
    rows = view(linked, "event_sources", "WHERE event_id = ? ORDER BY date", (shelling.id,))
    assert [(r["source"], r["date"], r["killed"], r["started_event"]) for r in rows] == [
        ("Other Daily", "2022-02-26", 9, 1), ("Second Wire", "2022-02-27", 7, 0)]
    assert all(r["attributed_to"] == "officials" for r in rows)
    paris = view(linked, "event_sources", "WHERE article_id = ?", (PARIS.article.id,))
    injured = [c.best for c in PARIS.events[0].counts if c.kind == "injured"]
    assert len(injured) == 2 and [r["injured"] for r in paris] == [max(injured)]  # two sources: the largest
    assert len(view(linked, "event_sources")) == sum(len(r.events) for r in SAMPLES) + 1


@pytest.mark.parametrize("build", [acled_events_sql, plover_events_sql, event_sources_sql])
def test_postgresql_sql_uses_no_sqlite_function(build) -> None:
    sql = build("postgresql").lower()
    assert "strftime" not in sql and "group_concat" not in sql and "date(" not in sql.replace("as date", "")


def test_views_are_listed(linked: Store) -> None:
    with linked.engine.connect() as conn:
        names = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'view'").scalars())
    assert names == set(VIEWS)


def test_postgresql_views_read_as_sqlites(linked: Store, pg_store: Store) -> None:
    """The same store on PostgreSQL (SEISMO_TEST_PG) gives the same rows in every view."""
    pg_store.write([*SAMPLES, follow_up()])

    def rows(store: Store, name: str) -> list[dict[str, Any]]:
        def plain(value: Any) -> Any:
            if isinstance(value, bool):
                return int(value)
            return value.isoformat() if isinstance(value, dt.date) else value

        skip = {"timestamp", "coded_date"}  # when each store was written
        found = ({k: plain(v) for k, v in r.items() if k not in skip} for r in view(store, name))
        return sorted(found, key=repr)

    for name in VIEWS:
        assert rows(pg_store, name) == rows(linked, name), name
