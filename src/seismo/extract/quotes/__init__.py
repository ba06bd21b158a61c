"""The quotes step: who said what, in what role, for which organisation — as ``Quote`` records.

    find.py         the step (``find_quotes``): direct quotes, then indirect speech
    marks.py        quote marks paired from the raw text, before any parse
    cues.py         speech verbs, role nouns and source nouns (``data/speech_verbs.txt``, ...), and
                    whether a token is a cue
    attribution.py  the cue and speaker of one direct quotation
    clauses.py      which clause the words before a quotation hand it to, a source's label at a colon
                    or dash, and quoted names that are no speech
    indirect.py     reported speech without quote marks ("X said that ...", "according to X")
    paraphrase.py   a reporting or stance verb's object ("accused X of ...", "called for ...")
    nouns.py        a reporting noun's complement ("Trump's claim that ...", "a call for ..."), a poll's finding ("In the poll, ...")
    speakers/       speaker mentions, the subject of a cue, profiles, pronouns and roles resolved to
                    a person, and the speaker of a quotation with no cue of its own

Reads: the raw text (quote marks), the parse, the ``entities`` already found, the actor
lexicon (``resources.actors``) for the speaker's country and sector, and through
:mod:`seismo.extract.lexicon` the cue lists (``speech_verbs.txt``, ``quote_paraphrase_cues.tsv``, ``quote_report_nouns.tsv``, ...) and ``word_classes.tsv``.  Returns:
``tuple[Quote, ...]`` in text order, each with its span, cue, speaker and profile.
"""

from seismo.extract.quotes.find import find_quotes

__all__ = ["find_quotes"]
