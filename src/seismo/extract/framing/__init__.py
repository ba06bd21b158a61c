"""How an event is told: modality, claims and scope.

    modality.py  asserted / negated / hypothetical / future / historical, from the parse
                 around a trigger and the cue words in ``data/modal_cues.tsv``
    timing.py    the date attached to a trigger, a time "ago", past events named as
                 background ("since the riots"): read by modality.py
    claims.py    the source the text attributes an event to ("X said", "according to X")
                 and whether it is hedged, from ``data/attribution_cues.tsv``
    arranged.py  arrests told as arranged ("was to be arrested"), as a rule of the law
                 ("detention needs a board's approval"), asked about, commanded or ruled
                 unlawful by a court: no happening (happening.py calls it)
    accidents.py violent drafts an accident or a blaze explains are dropped (a gas leak,
                 "killed in a fire"), from word classes of ``data/triggers.tsv``
    scope.py     political or incident (an ordinary crime, an accident), from the coded
                 reports of the article and ``data/scope.tsv``

Reads: a trigger token and its sentence (plus the article's dates and publication date for
modality), and the cue tables through :mod:`seismo.extract.lexicon`; the parse through
:mod:`seismo.extract.syntax`.  Returns: a modality value and a :class:`~.claims.Claim`
(source, hedged, cue) for the events step.
"""
