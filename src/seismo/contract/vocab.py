"""The closed vocabularies seismo codes with, in one place below every layer.

    PLOVER_TYPES           the 16 PLOVER event types (PROTEST, ASSAULT, ...)
    PLOVER_MODES           per PLOVER type, the modes seismo codes (PROTEST: demo, riot, ...)
    ACLED_EVENT_TYPES      ACLED's 6 event types, spelled as ACLED does
    ACLED_SUB_EVENT_TYPES  ACLED's 25 sub-event types
    MODALITIES             how a text presents an event (only ``asserted`` counts in statistics)
    COUNT_KINDS            what a count counts
    SECTORS                the PLOVER actor sector codes seismo uses
    STATE_BODY_SECTORS     the sectors of the state's own bodies (ACLED's state forces)
    MILITIA_SECTORS        armed groups that are not rebels (ACLED's militias, code 3)
    CIVILIAN_SECTORS       civilian-like sectors (ACLED's protesters, rioters, civilians)

The extractors, the store's filters, the API and the dashboard all take their values from
here; the data tables (``triggers.tsv``, ``acled_map.tsv``) use no type or mode outside them
(a test checks).  This module imports nothing of seismo.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

#: the PLOVER event types, by quad class (1 verbal cooperation, 2 material cooperation,
#: 3 verbal conflict, 4 material conflict; the classes themselves are in ``acled_map.tsv``)
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",
    "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
PLOVER_TYPES: tuple[str, ...] = get_args(PloverType)

#: the values of an event filter's scope (seismo.store.EventFilter.scope, --scope, ?scope=)
SCOPES: tuple[str, ...] = ("political", "incident", "all")

#: the PLOVER actor sector codes seismo uses (actor lexicons, scope.tsv)
SECTORS: frozenset[str] = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "REB", "OPP", "CVL", "JRN", "BUS", "EDU", "MED",
     "LAB", "REF", "SPY", "UAF", "CRM", "REL", "AGR", "ELI", "IGO"}
)

#: the sectors of the state's own bodies (government, legislature, courts, armed forces, police,
#: intelligence): ACLED's state forces in exports, a state office a generic title stands for
STATE_BODY_SECTORS: frozenset[str] = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
#: armed groups that are neither the state's nor rebels: ACLED's militias (interaction code 3)
MILITIA_SECTORS: frozenset[str] = frozenset({"UAF", "CRM"})
#: civilian-like sectors: ACLED's protesters in protests (6), rioters in riots (5), civilians else (7)
CIVILIAN_SECTORS: frozenset[str] = frozenset({"CVL", "OPP", "PTY", "LAB", "EDU", "MED", "BUS", "JRN", "REL", "REF"})

#: the PLOVER modes seismo codes, by type (a type not listed is coded without a mode)
PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "ACCUSE": ("allege", "disapprove", "investigate", "sue"),
    "REQUEST": ("assist",),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "MOBILIZE": ("troops",),
    "COERCE": ("arrest", "seize", "confiscate", "deport", "ban", "censor", "curfew", "martial-law",
               "restrict", "destroy"),
    "ASSAULT": ("firearms", "explosives", "aerial", "drone", "heavy-weapons", "cbrn", "suicide-attack",
                "beat", "abduct", "assassinate", "sexual", "crowd-control", "destroy"),
}

#: every mode of :data:`PLOVER_MODES`, once
MODES: frozenset[str] = frozenset(mode for modes in PLOVER_MODES.values() for mode in modes)

ACLED_EVENT_TYPES = frozenset(
    {
        "Battles",
        "Protests",
        "Riots",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Strategic developments",
    }
)
ACLED_SUB_EVENT_TYPES = frozenset(
    {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
        "Armed clash",
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Suicide bomb",
        "Chemical weapon",
        "Attack",
        "Abduction/forced disappearance",
        "Sexual violence",
        "Government regains territory",
        "Non-state actor overtakes territory",
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    }
)

#: the ACLED event type of each sub-event type (the codebook's hierarchy)
ACLED_EVENT_TYPE_OF: dict[str, str] = {
    **dict.fromkeys(("Peaceful protest", "Protest with intervention", "Excessive force against protesters"), "Protests"),
    **dict.fromkeys(("Violent demonstration", "Mob violence"), "Riots"),
    **dict.fromkeys(("Armed clash", "Government regains territory", "Non-state actor overtakes territory"), "Battles"),
    **dict.fromkeys(("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                     "Grenade", "Suicide bomb", "Chemical weapon"), "Explosions/Remote violence"),
    **dict.fromkeys(("Attack", "Abduction/forced disappearance", "Sexual violence"), "Violence against civilians"),
    **dict.fromkeys(("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                     "Headquarters or base established", "Looting/property destruction",
                     "Non-violent transfer of territory", "Other"), "Strategic developments"),
}
assert set(ACLED_EVENT_TYPE_OF) == ACLED_SUB_EVENT_TYPES and set(ACLED_EVENT_TYPE_OF.values()) == ACLED_EVENT_TYPES

#: sub-event types told apart only by who acts (the rules read it from the actor's sector; a
#: sentence model cannot): the learned type model never swaps one of a group for another
ACLED_ACTOR_DECIDED: tuple[frozenset[str], ...] = (
    frozenset({"Government regains territory", "Non-state actor overtakes territory"}),
)

#: sub-event types that name one kind of act, by its PLOVER modes: only an event of one of these
#: modes can have the sub-type (an arrest is an arrest; an attack told in a sentence about arrests
#: is not one), so the learned type model never gives it to an event of another mode
ACLED_MODE_DECIDED: dict[str, frozenset[str]] = {
    "Arrests": frozenset({"arrest", "detain"}),
}

#: sub-event types that only an event of some PLOVER types can have: a peaceful protest is a
#: protest with no violence, so an attack or an act of force told in a protest's sentence is never
#: one, whatever the learned type model reads in the sentence (where it corrects the rules' act,
#: "destroyed two explosive devices" as disrupted weapons use, it may still switch)
ACLED_PLOVER_DECIDED: dict[str, frozenset[str]] = {
    "Peaceful protest": frozenset({"PROTEST"}),
    # a base is established by moving forces in: an attack on one, or its capture, establishes none
    "Headquarters or base established": frozenset({"MOBILIZE"}),
    # an attack on civilians, sexual violence among them, is an assault: a protest against one is
    # none ("women chanted outside the police station", a vigil for the victims of a shooting)
    "Attack": frozenset({"ASSAULT"}),
    "Sexual violence": frozenset({"ASSAULT"}),
}

#: PLOVER types told apart only by who acts (a boycott or a walk-out by a people is a protest,
#: the same by a state a sanction; the rules read it from the actor's sector, a sentence model
#: cannot): the learned type model never swaps one of a group for another
PLOVER_ACTOR_DECIDED: tuple[frozenset[str], ...] = (
    frozenset({"PROTEST", "SANCTION"}),
)

#: how the text presents an event; only ``asserted`` events count in statistics and alerts
Modality = Literal["asserted", "negated", "hypothetical", "future", "historical"]
MODALITIES: tuple[str, ...] = get_args(Modality)

#: what a :class:`~seismo.model.Count` counts
CountKind = Literal["killed", "injured", "arrested", "participants"]
COUNT_KINDS: tuple[str, ...] = get_args(CountKind)


def label_key(text: str) -> str:
    """A label key that ignores case, spaces and punctuation: ``"Air/drone strike"`` → ``"airdronestrike"``
    (how a user's or a dataset's spelling of a type is matched to the vocabulary)."""
    return re.sub(r"[^a-z0-9]", "", text.lower())
