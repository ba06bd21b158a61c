"""Extraction: a parsed spaCy ``Doc`` of one article → typed, span-carrying records.

Sub-packages and modules, each with one job (lowest first; a module imports only those above
it in this list, never a sibling package's internals from below):

    lexicon.py   the one loader of the word tables in ``seismo/data`` (errors name file and line)
    syntax.py    dependency helpers every extractor shares: subjects, objects, clause heads,
                 conjuncts, antecedents, "according to", owners of a noun
    timex/       one time expression's text → a value, precision, bounds, TimeML type and value
                 (values.py calendar and TimeML forms, words.py the tables, rules.py the date rules,
                 other.py durations, sets and vague references)
    dates/       the dates step: time expressions of an article → ``When`` records
                 (spans.py the rule spans, lean.py which way a clause leans, context.py times
                 read by the ones around them)
    numbers/     numbers of people → ``Count`` records (quantity.py a number phrase → low /
                 best / high and the count cue words; victims.py victims named with no number,
                 "a man was shot"; self_deaths.py deaths by one's own hand; counts.py number
                 phrases → killed, injured, arrested, ...; tolls.py an article's tolls, counts
                 placed across sentences; headline.py the headline's toll)
    framing/     how an event is told: modality (asserted, negated, future, ...) and claims
                 (who the text attributes it to, hedged or not)
    quotes/      the quotes step: direct quotations and indirect speech → ``Quote`` records
                 with their speakers' profiles
    events/      the events step: triggers, roles, place and date, implicit acts, ACLED
                 coding and confidence → ``Event`` records

Reads: the parse (tokens, dependencies, entities), the article, the results of earlier steps
(``found``) and shared resources (the actor lexicon) passed in by the pipeline; the word tables
under ``seismo/data``.  Returns: tuples of frozen records from :mod:`seismo.model`.
"""
