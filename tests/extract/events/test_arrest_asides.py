"""Arrests told only in passing: people named through those tied to them by a possessive
(framing/timing.py, freed_after: class ``tied_person``), a relative clause that tells both an
arrest and its release while the sentence tells of something else (``_episode_closed``), a gerund
clause whose subject is none ("no one being held": framing/modality.py, negated), an arrest in
an indirect question asked or wanted answered, one commanded, and one a court rules unlawful
(framing/arranged.py: ``asked_about``, ``commanded``, ``ruled_unlawful``), one a warrant allows
or a decision holds, one a threatened verb places someone in, one recalled, one there is "no
question of" (framing/modality.py); and the arrests that must stay told beside them."""

from __future__ import annotations

import pytest


def _arrest_labels(events_of, text) -> bool:
    """Whether the police-events rule reads an arrest in ``text`` (one sentence)."""
    from seismo.eval.tasks.events.police import predict_sentences

    return "ARREST" in predict_sentences(events_of(text), [(0, len(text))])[0]


@pytest.mark.parametrize("text", [
    # someone tied, through a possessive, to a person described as arrested
    "The detained cleric's son met the collector on Wednesday.",
    "The arrested trader's lawyer moved a plea in the sessions court.",
    # arrest and release in one relative clause, the sentence about a later doing
    "The priest, who was arrested at Agra on Sunday and released by evening, left for Mathura.",
    "The poet, who was detained on Monday and let off after an hour, read at the festival.",
    # a gerund clause whose subject is none
    "The collector said she knew of no shopkeeper being detained in the market area.",
    # an arrest in an indirect question asked or wanted answered
    "The tribunal asked the jail superintendent to report how many inmates were detained without trial.",
    "Legislators wanted to know how many youths had been arrested for the looting.",
    "The family wanted to know when the officer would be arrested.",
    # a command
    "Detain every trader hoarding kerosene, the minister told the collectors.",
    "If the crowd grows, arrest the ringleaders.",
    # a warrant's "to" infinitive; a placing verb under a threat
    "The crime branch has obtained warrants to arrest four contractors.",
    "The SP threatened to take the shopkeepers into custody if they hoarded sugar.",
    # a decision still to be carried out; an arrest recalled; "no question of"
    "The district board has decided to detain all known bootleggers before the festival.",
    "The veteran socialist recalled his own arrest at a small railway station.",
    "The minister said there was no question of detaining the priest.",
    # a court ruling an arrest unlawful
    "The bench held that the arrest of the two clerks was illegal.",
    "The tribunal declared the detention of the fishermen arbitrary.",
])
def test_no_arrest_told(events_of, text):
    assert not _arrest_labels(events_of, text), events_of(text).brief()


@pytest.mark.parametrize("text", [
    "Police arrested a shopkeeper whose nephew had thrown the first stone.",
    "The two boys, who were held on Tuesday, were released on bail on Wednesday.",
    "Thirty women were detained and later let off with a warning.",
    "The students, who were picked up on Friday, said they had been slapped at the station.",
    "The commissioner would not reveal how many youths had been rounded up overnight.",
    "Police held the cleric's son for questioning on Wednesday.",
    "Cops detain nine after clash in Gomtipur.",
    "Police took eleven hawkers into custody near the fort on Sunday.",
    "Police arrested the priest on Sunday, a decision the minister defended.",
    "The union said the detention of the three drivers on Sunday was illegal.",
    # a question that takes the arrest as given; a freeing of others under the arrest; an envoy recalled
    "Legislators demanded to know why the editor had been detained on Monday.",
    "The gunman, who was arrested on Monday after commandos stormed the bus and freed the hostages, appeared in court.",
    "The state recalled its envoy after the arrest of two of its diplomats on Tuesday.",
])
def test_arrests_stay_told(events_of, text):
    assert _arrest_labels(events_of, text), events_of(text).brief()
