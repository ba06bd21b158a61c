"""Rows of events v54 (branch plover14): a measure thrown out or blocked is rejected, a decision or
restriction reversed is conceded, troops evacuated from a place retreat, a civic body dissolved
is coerced, a diplomat ordered to leave is expelled, a field hospital opened is aid; the other
senses stay what they were.  Sentences written for these tests, in news style; the top event read as the
PLOVER scorer reads it (any modality)."""

from __future__ import annotations

import pytest

ROWS = [
    # 12 reject: a measure or a joint text voted out or blocked
    ("The upper house threw out the amendment on the mining levy.", "REJECT"),
    ("Two member states blocked a joint statement on the election in Caracas.", "REJECT"),
    # 08 yield: a decision or restriction reversed
    ("The transport minister reversed the ban on motorbike taxis in the capital.", "CONCEDE"),
    ("After a week of outcry the cabinet reversed its decision to close rural clinics.", "CONCEDE"),
    # 087 de-escalate militarily: forces taken out of a place
    # 17 proscribe: a civic body dissolved; 1663 expel: a diplomat ordered out
    ("The military council dissolved the teachers' association in the capital.", "COERCE"),
    ("Oslo ordered a Chinese embassy attache to leave the country by Friday.", "SANCTION"),
    # 07 provide aid: a field hospital or shelter opened for those in need
    ("The Jordanian army opened a field hospital for displaced families in the south.", "AID"),
    ("The government evacuated its soldiers from the embassy compound in Khartoum.", "RETREAT"),
]


@pytest.mark.parametrize(("text", "type_"), ROWS)
def test_each_row_codes_its_plover_type(events_of, text, type_):
    found = events_of(text)
    top = found.top(asserted_only=False)
    assert (top.type if top is not None else "NONE") == type_, found.brief()


NOT_OF_TYPE = [
    # the wounded carried away from the front are cared for, not withdrawn
    ("Medics evacuated injured soldiers from the front line to a hospital in the city.", "RETREAT"),
    # a car blocking a lane is no political act
    # a hospital opened by a mayor is no aid, and opening a crossing is still ground given up
    ("The mayor opened a new children's hospital in the suburbs.", "AID"),
    ("The car blocked a lane of the motorway for an hour.", "REJECT"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_OF_TYPE)
def test_other_senses_are_no_event_of_the_type(events_of, text, type_):
    found = events_of(text)
    assert not found.of_type(type_), found.brief()
