"""The old home of the place-scanning helpers, kept so that imports of it still work; they live
in :mod:`seismo.resolve.places.cues`, :mod:`~seismo.resolve.places.names`,
:mod:`~seismo.resolve.places.mention` and :mod:`~seismo.resolve.places.backing` now."""

from seismo.resolve.places.backing import (
    JOINT_BONUS,
    JOINT_KM,
    JOINT_OTHERS,
    LENDING_NAMESAKES,
    MAX_NEAR_CANDIDATES,
    NAMED_COUNTRY_TOWN,
    NEAR_KM,
    add_joint_bonus,
    lending,
    qualifies,
    supported,
    top_kind,
)
from seismo.resolve.places.cues import (
    adjectival,
    county_cued,
    county_lists,
    cues,
    datelines,
    institution_cued,
    scan_table,
    site_names,
    state_form,
    subdivision_cued,
    suffix_named,
    water_candidates,
)
from seismo.resolve.places.mention import trimmed
from seismo.resolve.places.names import MISTAGGED, family_names, loose_names, repeated_names

__all__ = [
    "JOINT_BONUS", "JOINT_KM", "JOINT_OTHERS", "LENDING_NAMESAKES", "MAX_NEAR_CANDIDATES", "MISTAGGED",
    "NAMED_COUNTRY_TOWN", "NEAR_KM", "add_joint_bonus", "adjectival", "county_cued", "county_lists", "cues",
    "datelines", "family_names", "institution_cued", "lending", "loose_names", "qualifies", "repeated_names",
    "scan_table", "site_names", "state_form", "subdivision_cued", "suffix_named", "supported", "top_kind",
    "trimmed", "water_candidates",
]
