"""Ranking each mention's namesakes in the light of the others, and the Place records
(see :mod:`seismo.resolve.places`)."""

from __future__ import annotations

import math
from collections.abc import Callable

from seismo.model import Place, PlaceKind
from seismo.resolve.gazetteer import Gazetteer, GazetteerEntry, approx_km
from seismo.resolve.gazetteer_names import name_key
from seismo.resolve.places.backing import (
    MAX_NEAR_CANDIDATES,
    NEAR_KM,
    add_joint_bonus,
    lending,
    qualifies,
    supported,
    top_kind,
)
from seismo.resolve.places.mention import STEP, Mention

KIND_PRIOR = {"country": 1.5, "region": 1.0, "feature": 1.0, "admin1": 0.5, "admin": -0.5, "city": 0.0, "site": 0.0}
ALTERNATE_PENALTY = 1.0
#: an alternate name loses more when another namesake carries the name as its own
SHADOWED_ALTERNATE_PENALTY = 3.0
#: a city of a million, this many times bigger than every namesake of that own name, keeps the plain
#: alternate penalty (see _shadowed)
EXONYM_RATIO = 100
EXONYM_CITY = 1_000_000
CAPITAL_PRIOR = 1.5
CITY_STATE_PENALTY = 1.5
CONTEXT_COUNTRY = 2.0
CONTEXT_ADMIN1 = 1.5
#: extra weight when the article names the first-level subdivision itself ("... Virginia")
CONTEXT_ADMIN1_NAMED = 1.5
#: extra weight for the country most of the article's other places lie in
CONTEXT_MAJORITY = 1.0
CONTEXT_NEIGHBOUR = 1.0
#: a town this small that shares a state's or country's name takes no context (see _rescore)
SMALL_TOWN = 2_000
NEAR_BONUS = 2.0
QUALIFIER_BONUS = 5.0
ROUNDS = 3


def _prior(entry: GazetteerEntry, alternate: bool, surface: str, *, shadowed: bool) -> float:
    kind = "admin1" if entry.is_admin1 else entry.kind
    score = math.log10(entry.population + 1) + KIND_PRIOR[kind]
    if entry.capital:
        score += CAPITAL_PRIOR
    if alternate:
        score -= SHADOWED_ALTERNATE_PENALTY if shadowed else ALTERNATE_PENALTY
    if surface == entry.name:
        score += 0.3
    return score


def _shadowed(entry: GazetteerEntry, own: list[int]) -> bool:
    """Whether another namesake carries as its own the name ``entry`` has as an alternate, and
    ``entry`` is not a city of a million (EXONYM_CITY) so much bigger than all of them
    (EXONYM_RATIO times) that the name is its English one ("Mecca" for Makkah beside Mecca,
    California; "Calcutta" for Kolkata)."""
    big = entry.kind == "city" and entry.population >= EXONYM_CITY
    return bool(own) and not (big and entry.population > EXONYM_RATIO * max(own))


def _city_state_penalty(cands: list[tuple[GazetteerEntry, bool]]) -> list[float]:
    """An admin1 that shares its name with a city inside it (Moscow, New York) yields to the city."""
    cities = {(e.admin1, name_key(e.name)) for e, alt in cands if e.kind == "city" and not alt}
    return [
        CITY_STATE_PENALTY if e.is_admin1 and (e.name, name_key(e.name)) in cities else 0.0 for e, _ in cands
    ]


def resolve_mentions(mentions: list[Mention], *, gazetteer: Gazetteer | None = None) -> tuple[Place, ...]:
    """Rank each mention's namesakes (see the module docstring) and build the Place records.

    ``gazetteer`` supplies country neighbours for context; without it only the countries
    themselves count.
    """
    neighbours = gazetteer.neighbours if gazetteer is not None else (lambda iso3: frozenset())
    sites = [m for m in mentions if m.site]
    mentions = [m for m in mentions if not m.site]
    priors = []
    for m in mentions:
        penalties = _city_state_penalty(m.candidates)
        own = [e.population for e, alt in m.candidates if not alt]
        pr = [_prior(e, alt, m.text, shadowed=_shadowed(e, own)) - p for (e, alt), p in zip(m.candidates, penalties)]
        priors.append(pr)
    add_joint_bonus(mentions, priors)
    for m, pr in zip(mentions, priors):
        m.scores = list(pr)
        m.best = max(range(len(pr)), key=pr.__getitem__)
    _rank(mentions, priors, neighbours=neighbours)
    lenders = lending(mentions)
    if lenders:  # second stage: the weak mentions that back a strong one's namesake count as context
        for m in lenders:
            m.weak = False
        _rank(mentions, priors, neighbours=neighbours)
        for m in lenders:
            m.weak = True
    kept = supported(mentions)
    _short_forms(kept)
    placed_at = _told_near(kept, mentions)
    places = [_place(m) if id(m) not in placed_at else _at_point(m, placed_at[id(m)], "site") for m in kept]
    places += [p for p in (_site_place(s, kept) for s in sites) if p is not None]
    return tuple(sorted(places, key=lambda p: p.start))


def _short_forms(mentions: list[Mention]) -> None:
    """One town under two forms of its name: a name cut short after the article gives it whole
    ("Avondale" after "Avondale Estates"), or a town's name with "City" after it ("Springfield
    City Schools" by "Springfield").  Where none of its namesakes lies near the town the other
    form names, the form takes that town."""
    literal = [m for m in mentions if m.role == "literal" and m.place.kind == "city"]
    # not "Springfield Township" read as Springfield
    towns = {m.text: m.place for m in literal if m.place.name.startswith(m.text.split()[0] + " ")}
    plain = {m.text: m.place for m in literal}
    for m in mentions:
        if m.role != "literal" or top_kind(m.candidates) is not None:
            continue
        whole = next((p for t, p in towns.items() if t.startswith(m.text + " ")), None)
        if whole is None and m.text.endswith(" City"):
            whole = plain.get(m.text.removesuffix(" City"))
        if whole is None or approx_km(m.place, whole) < NEAR_KM / 2:
            continue
        near = [j for j, (e, _) in enumerate(m.candidates) if approx_km(e, whole) < NEAR_KM / 2]
        if near:
            m.best = max(near, key=lambda j: m.scores[j] if j < len(m.scores) else 0.0)
        else:
            m.candidates.append((whole, True))
            m.scores.append(max(m.scores, default=0.0))
            m.best = len(m.candidates) - 1


def _told_near(kept: list[Mention], mentions: list[Mention]) -> dict[int, GazetteerEntry]:
    """A place told by where it lies from the next one ("Tora, a town north of El Fasher") is a
    namesake within reach of that one (:attr:`Mention.near_km`); where none is and the chosen
    namesake lies in another country than that one, the gazetteer lacks the town and it is placed
    at the other's point, as a site keeping its role (by ``id`` of the mention): a namesake in
    another country is another place.  A namesake farther but in the same country stays ("Mosul, a
    city north of Baghdad")."""
    at: dict[int, GazetteerEntry] = {}
    ids = {id(m) for m in kept}
    for m in kept:
        anchor = mentions[m.near] if m.near is not None else None
        if anchor is None or id(anchor) not in ids or approx_km(m.place, anchor.place) <= m.near_km:
            continue
        near = [j for j, (e, _) in enumerate(m.candidates) if approx_km(e, anchor.place) <= m.near_km]
        if near:
            m.best = max(near, key=lambda j: m.scores[j] if j < len(m.scores) else 0.0)
        elif m.place.country != anchor.place.country:
            at[id(m)] = anchor.place
    return at


def _rank(
    mentions: list[Mention], priors: list[list[float]], *, neighbours: Callable[[str], frozenset[str]]
) -> None:
    """Rescore every ambiguous mention in the light of the others until no choice changes."""
    for _ in range(ROUNDS):
        changed = False
        for i, m in enumerate(mentions):
            if len(m.candidates) == 1 and m.qualifier is None:
                continue
            scores = _rescore(m, priors[i], mentions, neighbours=neighbours)
            best = max(range(len(scores)), key=scores.__getitem__)
            changed |= best != m.best
            m.best, m.scores = best, scores
        if not changed:
            break


#: the most characters between a site and the town named right after it (", " or " in ")
SITE_TOWN_GAP = 4


def _site_place(site: Mention, mentions: list[Mention]) -> Place | None:
    """A street or park at the point of the town named right after it ("the Gare de Lyon in
    Paris", "Royal Street, Natchez"), else nearest before it, else after it; a lake, river or
    mountain (``Mention.feature``) at the town's or county's."""
    kinds = ("city", "admin") if site.feature else ("city",)
    towns = [m for m in mentions if m.role == "literal" and m.place.kind in kinds and not m.place.is_admin1]
    before = [m for m in towns if m.end <= site.start]
    after = next((m for m in towns if site.end <= m.start <= site.end + SITE_TOWN_GAP), None)
    town = after or (before[-1] if before else next((m for m in towns if m.start >= site.end), None))
    if town is None:
        return None
    return _at_point(site, town.place, "feature" if site.feature else "site")


def _at_point(mention: Mention, entry: GazetteerEntry, kind: PlaceKind) -> Place:
    """The mention as a place the gazetteer lacks, at the point of ``entry`` (its town)."""
    return Place(
        start=mention.start, end=mention.end, text=mention.text, name=mention.text, geonameid=None, lat=entry.lat,
        lon=entry.lon, country=entry.country, admin1=entry.admin1, kind=kind,
        confidence=round(0.5 * mention.weight, 3), step=STEP, role=mention.role,
    )


def _rescore(
    m: Mention, prior: list[float], mentions: list[Mention], *, neighbours: Callable[[str], frozenset[str]]
) -> list[float]:
    key = m.key
    others = [o for o in mentions if o.key != key and (not o.weak or o.cued)]
    countries = {o.place.country for o in others if o.place.country}
    nearby = {n for c in countries for n in neighbours(c)} - countries
    admins = {
        (o.place.country, o.place.admin1) for o in others if o.place.admin1 and o.place.kind != "country"
    }
    named = {(o.place.country, o.place.admin1) for o in others if o.place.is_admin1}
    majority = _majority_country(others)
    anchors = list({o.place.row: o.place for o in others if o.place.kind in ("city", "admin")}.values())
    near_ok = set(sorted(range(len(prior)), key=prior.__getitem__, reverse=True)[:MAX_NEAR_CANDIDATES])
    qualifier = mentions[m.qualifier] if m.qualifier is not None else None
    # a name that is itself a state's ("California") is not pulled to a town of that name elsewhere
    names_admin1 = any(e.is_admin1 and not alt for e, alt in m.candidates)
    # ... and a village that shares a country's or its own country's state's name ("Kansas",
    # Illinois) takes no context
    big = [e for e, alt in m.candidates if not alt and (e.kind == "country" or e.is_admin1)]
    scores = []
    for j, ((entry, _alt), score) in enumerate(zip(m.candidates, prior)):
        small = entry.kind == "city" and entry.population < SMALL_TOWN and qualifier is None
        if small and any(b.kind == "country" or b.country == entry.country for b in big):
            scores.append(score)
            continue
        if entry.country and entry.country in countries:
            score += CONTEXT_COUNTRY
        elif entry.country and entry.country in nearby:
            score += CONTEXT_NEIGHBOUR
        if entry.country is not None and entry.country == majority:
            score += CONTEXT_MAJORITY
        if entry.admin1 and (entry.country, entry.admin1) in admins:
            score += CONTEXT_ADMIN1
            if (entry.country, entry.admin1) in named and not entry.is_admin1 and not names_admin1:
                score += CONTEXT_ADMIN1_NAMED
        if anchors and j in near_ok and entry.kind in ("city", "admin"):
            # a place is no support for itself ("DeKalb" and "DeKalb County" read as one county)
            nearest = min((approx_km(entry, a) for a in anchors if a.row != entry.row), default=NEAR_KM)
            score += NEAR_BONUS * max(0.0, 1.0 - nearest / NEAR_KM)
        if qualifier is not None and qualifies(entry, qualifier.candidates):
            score += QUALIFIER_BONUS
        scores.append(score)
    return scores


def _majority_country(others: list[Mention]) -> str | None:
    """The country of more than half of the other mentions' places (each name counted once)."""
    by_key = {o.key: o.place.country for o in others}
    if len(by_key) < 2:
        return None
    counts: dict[str, int] = {}
    for country in by_key.values():
        if country:
            counts[country] = counts.get(country, 0) + 1
    best = max(counts, key=counts.__getitem__, default=None)
    return best if best is not None and counts[best] * 2 > len(by_key) else None


def _place(m: Mention) -> Place:
    entry, alternate = m.candidates[m.best]
    if len(m.scores) > 1:
        ordered = sorted(m.scores, reverse=True)
        confidence = 0.5 + 0.45 * (1 - math.exp(-(ordered[0] - ordered[1])))
    else:
        confidence = 0.9
    if alternate:
        confidence -= 0.1
    return Place(
        start=m.start,
        end=m.end,
        text=m.text,
        name=entry.name,
        geonameid=entry.geonameid,
        lat=entry.lat,
        lon=entry.lon,
        country=entry.country,
        admin1=None if entry.kind == "country" else entry.admin1,
        kind=entry.kind,
        confidence=round(max(0.05, min(0.99, confidence * m.weight)), 3),
        step=STEP,
        role=m.role,
    )
