"""The bundled samples, extracted and stored: the January 2022 Kazakhstan articles (2–19 January:
the fuel protests, the storming of Almaty, the CSTO troops and their withdrawal, the tolls) are
one story, and the other countries' articles are not in it."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from seismo.store import Store
from seismo.store import schema as S


def test_the_kazakhstan_unrest_is_one_story(samples_db: Any, tmp_path) -> None:
    with Store.open(samples_db(tmp_path / "samples.db")) as store:
        a = S.articles.c
        with store.engine.connect() as conn:
            rows = conn.execute(sa.select(a.id, a.date, a.story_id, a.origin)).all()
        kazakh = {r.story_id for r in rows if r.origin and "2022-01-" in r.origin and "sample-" not in r.id}
        assert len([r for r in rows if r.origin and "2022-01-" in r.origin and "sample-" not in r.id]) == 16
        assert len(kazakh) == 1, kazakh
        (story,) = kazakh
        others = [r for r in rows if r.id.startswith("sample-")]
        assert others and all(r.story_id != story for r in others)
        found = store.story(story)
        assert found is not None and len(found.articles) == 16
        assert {e.head.event.location.place.country for e in found.events if e.head.event.location} >= {"KAZ"}
