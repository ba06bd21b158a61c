"""How the mentions of one article back each other once ranked.

* :func:`qualifies`, :func:`top_kind` — what a qualifier ("Charleston, W.Va.") admits, and the
  kind of a list's items ("Mexico, China, Japan");
* :func:`add_joint_bonus` — two ambiguous names with namesakes close to each other ("Paris" and
  "Henry County", both in Tennessee) favour those namesakes;
* :func:`supported` — the weak mentions the article's strong places back, the others dropped;
* :func:`lending` — the second stage: weak mentions with few namesakes, one close to a namesake
  of a strong mention no other place backs yet ("Belchertown" for Amherst, Massachusetts),
  which count as context when the article is read again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from seismo.resolve.gazetteer import approx_km
from seismo.resolve.gazetteer_names import related_keys

if TYPE_CHECKING:  # pragma: no cover
    from seismo.resolve.gazetteer import GazetteerEntry
    from seismo.resolve.places.mention import Mention

NEAR_KM = 300.0
MAX_NEAR_CANDIDATES = 25
#: two ambiguous names with namesakes within JOINT_KM of each other (see add_joint_bonus)
JOINT_BONUS = 2.0
JOINT_KM = 100
JOINT_OTHERS = 25
#: a weak mention of a town this big, the only one of its name in a country the article names, is kept
NAMED_COUNTRY_TOWN = 10_000
#: a weak mention with at most this many namesakes may lend support to a strong one (see lending)
LENDING_NAMESAKES = 2


def qualifies(entry: "GazetteerEntry", candidates: Sequence[tuple["GazetteerEntry", bool]]) -> bool:
    """Whether ``entry`` lies in one of the places a qualifying mention's ``candidates`` may name
    ("Charleston" in West Virginia for "W.Va.")."""
    for q, _ in candidates:
        if entry.kind == "country" or entry.row == q.row:
            continue
        if q.kind == "country" and entry.country == q.country:
            return True
        if q.is_admin1 and entry.country == q.country and entry.admin1 == q.admin1:
            return True
    return False


def top_kind(candidates: Sequence[tuple["GazetteerEntry", bool]]) -> str | None:
    """"country" or "admin1" where a namesake of that kind has the name as its own ("China",
    "Oklahoma"), else None: items of one such kind in a comma list qualify none of the others."""
    own = [e for e, alt in candidates if not alt]
    if any(e.kind == "country" for e in own):
        return "country"
    return "admin1" if any(e.is_admin1 for e in own) else None



def _local_candidates(m: "Mention", prior: list[float], limit: int) -> list["GazetteerEntry"]:
    """The ``limit`` likeliest towns and districts a mention may name."""
    order = sorted(range(len(prior)), key=prior.__getitem__, reverse=True)
    return [m.candidates[j][0] for j in order if m.candidates[j][0].kind in ("city", "admin")][:limit]


def add_joint_bonus(mentions: list["Mention"], priors: list[list[float]]) -> None:
    """Two ambiguous names that each have a namesake close to the other's ("Paris" and "Henry
    County": Paris, Tennessee lies in Henry County, Tennessee) support those namesakes, whichever
    namesake the other currently prefers.  Added to the priors in place."""
    ambiguous = [
        (m.key, i) for i, m in enumerate(mentions)
        if len(m.candidates) > 1 and m.role == "literal"
        and not any(e.kind in ("country", "region", "feature") and not alt for e, alt in m.candidates)
    ]  # a country's or region's own name ("Mexico") is not pulled to a namesake province
    firsts: dict[str, int] = {}
    for key, i in ambiguous:
        firsts.setdefault(key, i)
    if len(firsts) < 2:
        return
    local = {key: _local_candidates(mentions[i], priors[i], JOINT_OTHERS) for key, i in firsts.items()}
    bonus: dict[str, dict[int, float]] = {}
    for key, i in firsts.items():
        m, prior = mentions[i], priors[i]
        # "North Richmond" lies next to some Richmond wherever it is: no support for either
        others = [e for k, es in local.items() if not related_keys(k, key) for e in es]
        top = sorted(range(len(prior)), key=prior.__getitem__, reverse=True)[:MAX_NEAR_CANDIDATES]
        found: dict[int, float] = {}
        for j in top:
            entry = m.candidates[j][0]
            if entry.kind not in ("city", "admin"):
                continue
            near = [approx_km(entry, o) for o in others if o.row != entry.row and abs(o.lat - entry.lat) < 1.5]
            if near:
                found[j] = JOINT_BONUS * max(0.0, 1.0 - min(near) / JOINT_KM)
        bonus[key] = found
    for i, m in enumerate(mentions):
        for j, extra in bonus.get(m.key, {}).items():
            if m.role == "literal" and j < len(priors[i]):
                priors[i][j] += extra


def supported(mentions: list["Mention"]) -> list["Mention"]:
    """Drop weak mentions no other place backs (same admin1; same country for a country or a lone
    namesake in a country named outright; near) nor a word after marks (``Mention.cued``)."""
    strong = [m.place for m in mentions if not m.weak or m.cued]
    named = {p.country for p in strong if p.kind == "country"}
    kept = []
    for m in mentions:
        if m.weak and not m.cued:
            p = m.place
            country = p.kind == "country"  # any place in it backs a country ("the Soviet Union for America")
            # a state or town, the only one of its name in a country the article names ("Calais", "France")
            big = p.is_admin1 or p.kind == "city" and p.population >= NAMED_COUNTRY_TOWN
            near = (big and p.country in named and sum(
                not alt and e.country == p.country for e, alt in m.candidates) == 1) or any(
                (s.country == p.country and (country or s.admin1 is not None and s.admin1 == p.admin1))
                or (s.kind in ("city", "admin") and approx_km(s, p) < NEAR_KM / 2)
                for s in strong
            )
            if not near:
                continue
        kept.append(m)
    return kept


def lending(mentions: list["Mention"]) -> list["Mention"]:
    """Weak mentions with few namesakes, one of them within JOINT_KM of a namesake that a strong,
    ambiguous mention does not yet prefer ("Belchertown", a town of one name, next to Amherst,
    Massachusetts, where "Amherst" alone reads as Amherst, New York): read again with these as
    context, the strong mention may settle on that namesake and then back the weak one."""
    settled = [m for m in mentions if (not m.weak or m.cued) and m.place.kind in ("city", "admin")]
    # only a strong mention no other strong one backs yet may be read again
    strong = [m for m in settled if m.role == "literal" and len(m.candidates) > 1 and not any(
        o.key != m.key and (_same_admin1(o.place, m.place) or approx_km(o.place, m.place) < NEAR_KM / 2)
        for o in settled)]
    backed = supported(mentions)
    out = []
    for m in mentions:
        if not m.weak or m.cued or m.role != "literal" or any(k is m for k in backed):
            continue
        if any(approx_km(e, o.place) < JOINT_KM for e, _alt in m.candidates for o in settled):
            continue  # a namesake fits the article as it reads ("DeSoto" by Mansfield, Louisiana)
        own = [e for e, alt in m.candidates if not alt and e.kind in ("city", "admin")]
        if not own or len(own) > LENDING_NAMESAKES:
            continue
        if any(
            j != s.best and e.kind in ("city", "admin") and any(approx_km(e, o) < JOINT_KM for o in own)
            for s in strong for j, (e, _alt) in enumerate(s.candidates[:MAX_NEAR_CANDIDATES])
        ):
            out.append(m)
    return out


def _same_admin1(a: "GazetteerEntry", b: "GazetteerEntry") -> bool:
    return a.admin1 is not None and (a.country, a.admin1) == (b.country, b.admin1)
