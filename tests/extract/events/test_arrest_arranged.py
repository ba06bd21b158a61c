"""Arrests told as arranged or as a rule of the law (framing/arranged.py), as the people of a later
step of their case (framing/timing.py, freed_after: slot ``freeing``, class ``tied_person``), or as
ended (the ``undoing`` rows of triggers.tsv): no arrest made in the news; and the arrests that must
stay told made beside them."""

from __future__ import annotations

import pytest


def _asserted_arrests(events) -> list:
    return [e for e in events if e.mode == "arrest" and e.modality == "asserted"]


def _arrest_labels(events_of, text) -> bool:
    """Whether the police-events rule reads an arrest in ``text`` (one sentence)."""
    from seismo.eval.tasks.events.police import predict_sentences

    return "ARREST" in predict_sentences(events_of(text), [(0, len(text))])[0]


@pytest.mark.parametrize("text", [
    # "be to": an arrangement or a duty, still to come
    "The two legislators were to be arrested at the toll gate, an officer said.",
    "The suspects are to be taken into custody once the hearing ends.",
    # the people of a later step of their case, only described as held before
    "The magistrate freed fourteen students who had been detained for defying the ban.",
    "The detained traders were granted bail by a sessions judge.",
    "The arrested councillor was shifted to the central jail.",
    "Parents of the detained boys waited outside the court all day.",
    "Counsel for the arrested workers argued that the charges were vague.",
    "A court acquitted four men arrested in 1999 for the temple theft.",
    # a rule of the law, of a kind of act
    "Preventive detention under that law needs the nod of an advisory board.",
    # someone's known arrest dating the news (sequel_prep with a possessive)
    "Days after his arrest, the trader's partner left for Muscat.",
    # a ratio of a kind of event, a statistic (class trend)
    "The proportion of curfew arrests that reach a court in the county is below one in ten.",
    # a detention or house arrest ended
    "The high court quashed the detention of the student leader.",
    "The house arrest of the two union leaders was lifted at noon.",
])
def test_no_arrest_made_in_the_news(events_of, text):
    assert not _asserted_arrests(events_of(text)), events_of(text).brief()
    assert not _arrest_labels(events_of, text)


@pytest.mark.parametrize("text", [
    "Those detained on Saturday include a ward councillor and two shopkeepers.",
    "The police arrested fifteen men and later freed nine of them.",
    "Thirty people were rounded up and produced before a magistrate.",
    "The 40 people arrested for Sunday's arson have been charged with rioting.",
    "The arrest of the trust's secretary sparked a protest outside the station.",
    "Police put the MLA under house arrest on Monday.",
    "Police have so far arrested nearly 900 people across the district.",
    "After the arrest of two youths, a crowd gathered outside the police post.",
])
def test_arrests_made_stay_told(events_of, text):
    assert _arrest_labels(events_of, text), events_of(text).brief()
