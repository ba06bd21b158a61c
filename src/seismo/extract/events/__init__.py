"""The events step: who did what to whom, where, when, how many — as ``Event`` records.

    coder.py        the step (``find_events``): sentence by sentence, triggers → events
    coding/         event typing: triggers.py the trigger table (``data/triggers.tsv``) matched on
                    lemmas and the parse, words.py the words around a trigger head it reads
                    (doers, arguments, modifiers); acled.py ACLED event and sub-event type from
                    ``data/acled_map.tsv``
    roles.py        actor and recipient tokens of a trigger, by voice and part of speech
    acts.py         what the sentence does with the event: prominence, speech acts
    actors.py       actor resolution for the coder, and what the sentence leaves implicit (state
                    actors, deployers, the event's country)
    attach.py       counts joined to the events of their sentence; actors inherited from a cause
    place.py        the place and date attached to a trigger
    calibration.py  raw score → calibrated confidence from ``data/calibration.tsv``
    merge.py        one report per happening: mentions of an article merged

Reads: the parse, the article, the ``entities``, ``places`` and ``dates`` already found, the
actor lexicon (``resources.actors``), and through :mod:`seismo.extract.lexicon` the tables
``triggers.tsv``, ``acled_map.tsv``, ``calibration.tsv``, ``word_classes.tsv`` and the modal
auxiliaries of ``modal_cues.tsv``.  Returns: ``tuple[Event, ...]`` in text order, each
with its trigger span, evidence, actor / recipient, counts, location, date, modality,
attribution, PLOVER and ACLED coding and confidence.
"""

from seismo.extract.events.coder import find_events

__all__ = ["find_events"]
