"""Populations of second-level units where a metropolis's figure spreads over several of them
(read by :mod:`seismo.resolve.gazetteer_build`)."""

from __future__ import annotations

import math
from collections import defaultdict

#: a city this big whose towns around lie in several second-level units is a metropolis: its
#: figure counts the whole built-up area, so the unit its point falls in takes only a share
METRO_MIN_POP = 100_000
#: how far from a metropolis's point the towns that tell which units it spreads over may lie
METRO_KM = 10.0
#: the grid towns are bucketed in: cells of 0.1 degree, about 11 km of latitude
_CELL_DEG = 0.1
_CELL_KM = 111.2 * _CELL_DEG


def metro_shares(members2: dict[tuple[str, str, str], list[dict]]) -> dict[int, int]:
    """geonameid → the people a metropolis (METRO_MIN_POP or more) adds to the second-level unit
    its point lies in, for those whose towns within METRO_KM lie in several units: the city's
    figure split evenly among those units.

    A big city's figure counts its whole built-up area (Perth's 2.4 million), which spreads over
    many small districts; summed into the one district its point falls in (the Town of
    Cambridge, about 30,000 people), it made that district a namesake of millions.  A city alone
    in its county (Chicago in Cook County) keeps its whole figure there.
    """
    unit_of: dict[int, tuple[str, str, str]] = {}
    cells: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for unit, members in members2.items():
        for m in members:
            unit_of[m["geonameid"]] = unit
            cells[_cell(m["latitude"], m["longitude"])].append(m)
    out: dict[int, int] = {}
    for unit, members in members2.items():
        for m in members:
            if (m["population"] or 0) < METRO_MIN_POP:
                continue
            lat, lon = m["latitude"], m["longitude"]
            clat, clon = _cell(lat, lon)
            reach = math.ceil(METRO_KM / (_CELL_KM * max(math.cos(math.radians(lat)), 0.05)))
            units = {unit}
            for i in (clat - 1, clat, clat + 1):
                for j in range(clon - reach, clon + reach + 1):
                    for other in cells.get((i, j), ()):
                        if other["countrycode"] == m["countrycode"] and _km(lat, lon, other) <= METRO_KM:
                            units.add(unit_of[other["geonameid"]])
            if len(units) > 1:
                out[m["geonameid"]] = m["population"] // len(units)
    return out


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _CELL_DEG), math.floor(lon / _CELL_DEG)


def _km(lat: float, lon: float, town: dict) -> float:
    """Equirectangular kilometres from (lat, lon) to a town: close enough within a city."""
    x = math.radians(town["longitude"] - lon) * math.cos(math.radians((lat + town["latitude"]) / 2))
    return 6371.0 * math.hypot(x, math.radians(town["latitude"] - lat))
