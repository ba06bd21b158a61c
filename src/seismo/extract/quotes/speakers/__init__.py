"""Who is speaking: speaker mentions, the subject of a cue, profiles, resolution and hand-over.

    mentions.py  the words that name a speaker at an attribution (``mention_at``), and what sort
                 of speaker they name (a person, an organisation, a pronoun, a bare role, ...)
    subjects.py  the subject of a cue verb (``subject_of``): who does the saying
    profiles.py  what the article says about each named person: titles, roles, organisation, sex
    resolve.py   mentions made into ``Speaker`` records: pronouns and bare roles resolved to a
                 named person, "it" / "they" to an organisation, country and sector from the actors
    handover.py  the speaker of a quotation with no cue of its own: a lead-in sentence, an echo
                 after it, reported speech or a quotation before it, the answer to a question

Unnamed speakers: a description that names no person keeps ``name=None`` and its words
(less the article) as ``role``.  This package imports nothing at import time; import its
modules by name.
"""
