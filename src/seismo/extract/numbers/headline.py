"""The toll an article's headline gives: "3 killed, 2 hurt in party shooting".

    headline = parse_headline(title, nlp)      -> the headline parsed once (None without a title)
    counts = title_counts(headline)            -> killed / injured Counts whose offsets index the title
    events = with_title_counts(events, counts) -> the article's lead attack given the headline's toll

News headlines often state the whole toll that the body only tells victim by victim, or in a
form the sentence rules miss.  The headline (the page title up to the outlet's name,
:func:`headline_of`, less a source it opens with before a colon, "Police: ...",
:func:`without_source`) is parsed as its own text (:func:`sentence_case` first, for headline
case: "Man Dies After Being Shot" reads as "man dies after being shot", the same characters
but for their case), and its counts are found by the sentence rules
(:func:`~seismo.extract.numbers.counts.find_counts`; of :func:`~seismo.extract.numbers.counts.implied_counts`,
the dead only), plus the one ellipsis of headline English they cannot parse: a number and its cue word with the
auxiliary dropped, one of a list ("3 killed, [2 hurt]").  Every count found keeps its evidence:
``part == "title"``, and ``start`` / ``end`` index :attr:`seismo.model.Article.title`
(``article.title[start:end] == count.text``), the headline's characters as written.

The headline's toll goes to the article's lead attack (:func:`lead_attack`): for each kind, a
count the headline gives with a number replaces that event's count when it is larger (a total
covers the parts the body names), or stands where the event has none; a victim the headline
names dead with no number ("Man shot dead") only where the event has no count of that kind, or
counts only the doer's own death beside others hurt (a murder-suicide: :func:`_only_the_doer_dead`).
A headline over several attacks ("weekend shootings") gives none (:func:`several_attacks`); the
event coder reads the same sign in a body sentence (:func:`tally_of_attacks`: "8 were killed in
weekend shootings" is no one attack's toll).

An article whose body tells of no attack (page furniture, a caption, a body cut short) while its
headline tells a death by violence ("Teen shot dead outside store") gets that attack from the
headline alone (:func:`headline_attack`): an event whose evidence and trigger index the title
(``Event.part == "title"``), its toll the headline's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.numbers.counts import count_terms, find_counts, implied_counts
from seismo.extract.numbers.self_deaths import with_self_deaths
from seismo.extract.numbers.victims import age_noun, apart
from seismo.extract.numbers.quantity import STEP, Quantity, token_cue, count_record, cue_at, number_phrases, parse_quantity
from seismo.model import Count, Event, Span
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["Headline", "headline_attack", "headline_of", "lead_attack", "parse_headline", "sentence_case",
           "killed_by_person", "several_attacks", "tally_of_attacks", "title_counts", "with_title_counts", "without_source"]

#: the kinds a headline's toll gives, and the event types that take them
TOLL_KINDS = frozenset({"killed", "injured"})
ATTACK_TYPES = frozenset({"ASSAULT"})
#: a headline is in headline case when at least this share of its words begin with a capital
HEADLINE_SHARE = 0.6
#: ... and it has at least this many words
HEADLINE_WORDS = 3
#: the words a count's number may stand apart from its cue in an elliptic headline ("2 teens hurt")
ELLIPSIS_GAP = 2
#: the cue roles an elliptic headline's participle or adjective plays ("3 killed", "2 dead")
ELLIPSIS_ROLES = {"verb", "passive", "adj"}

#: the arcs by which the parse hangs a list's first noun on the verb of the next ("Man, woman found shot")
LIST_SIBLING_DEPS = frozenset({"npadvmod", "dep", "nmod"})
#: the most words of a source a headline opens with before a colon ("Police: ...", "Sheriff's office: ...")
SOURCE_WORDS = 3
#: what separates a page title's headline from the outlet's name after it
SEPARATORS = (" - ", " | ", " – ", " — ")

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def sentence_case(title: str) -> str:
    """``title`` with its capitalised words lower-cased when it is in headline case ("Man Dies
    After Being Shot" → "man dies after being shot"); words all in capitals ("FBI") keep them.
    The same characters but for their case, so offsets hold.  Other titles come back as they are."""
    words = list(_WORD.finditer(title))
    if len(words) < HEADLINE_WORDS or sum(w.group()[0].isupper() for w in words) < HEADLINE_SHARE * len(words):
        return title
    chars = list(title)
    for w in words:
        text = w.group()
        if text[0].isupper() and not text.isupper():
            lower = text.lower()
            if len(lower) == len(text):
                chars[w.start():w.end()] = lower
    return "".join(chars)


def _elliptic(tokens: Sequence["Token"], found: Sequence[Count]) -> list[Count]:
    """The counts of "3 killed, [2 hurt]": a number phrase whose cue (a participle or adjective of
    count_terms.tsv) follows it within :data:`ELLIPSIS_GAP` nouns or adjectives, the auxiliary
    dropped, where the parse tied that number to nothing."""
    terms = count_terms()
    taken = [(c.start, c.end) for c in found]
    words = [t.lower_ for t in tokens]
    out: list[Count] = []
    for i, end, quantity in number_phrases(words, terms):
        phrase = tokens[i:end]
        start_char = phrase[0].idx
        if any(a <= start_char < b for a, b in taken) or any(t.like_num and t.ent_type_ in {"DATE", "TIME", "MONEY"}
                                                              for t in phrase):
            continue
        j = end
        while j < len(tokens) and j - end < ELLIPSIS_GAP and tokens[j].pos_ in {"NOUN", "ADJ", "PROPN"} \
                and cue_at(tokens, j, terms, ELLIPSIS_ROLES) is None:
            j += 1
        cue = cue_at(tokens, j, terms, ELLIPSIS_ROLES)
        if cue is None or cue[0] not in TOLL_KINDS:
            continue
        victims = tokens[0].doc[tokens[end].i:tokens[j - 1].i + 1] if j > end else None  # "2 [teens] hurt"
        out.append(count_record(cue[0], quantity, phrase, victims=victims, confidence=0.7))
    return out


def headline_of(title: str) -> str:
    """``title`` without the outlet's name a page title often ends with, after the first
    separator (" - ", " | ", " – ", " — "): "2 hurt in crash - Channel 9 News" → "2 hurt in crash"."""
    cut = min((i for i in (title.find(s) for s in SEPARATORS) if i > 0), default=len(title))
    return title[:cut]


def without_source(headline: str) -> str:
    """``headline`` with the source it opens with blanked out: "Police: teen dies after ..." →
    "        teen dies after ...", a name of at most :data:`SOURCE_WORDS` words before a colon (the
    headline's "police say"), blanked with spaces so that offsets hold; other headlines as they are."""
    head, colon, rest = headline.partition(": ")
    if not colon or not rest.strip() or len(head.split()) > SOURCE_WORDS:
        return headline
    return " " * (len(head) + len(colon)) + rest


def several_attacks(doc: "Doc") -> bool:
    """Whether a headline tells of several attacks ("4 killed in weekend shootings"): a plural
    noun of the ``attack_noun`` class of word_classes.tsv; its toll is no one event's."""
    nouns = lexicon.word_class("attack_noun")
    return any(t.tag_ == "NNS" and t.lemma_.lower() in nouns for t in doc)


def tally_of_attacks(sent: "Span | Doc") -> bool:
    """Whether a sentence's dead and hurt are a sum over several attacks, not one attack's toll:
    a plural ``attack_noun`` with no definite determiner (``definite_det``: "the shootings" may be
    one spree named before) that is the object of a preposition of class ``tally_prep`` ("8 were
    killed and 12 wounded [in shootings] across the city", "hurt [in weekend shootings]"; not a
    cause, "died in police firing, not due to fresh killings"), or of a noun of a series (class
    ``series_noun``: "dead after [a series of] overnight shootings", "[a wave of] stabbings"), or is
    itself counted ("there were [eight murders] this week", "[five shootings] in four days")."""
    nouns, definite = lexicon.word_class("attack_noun"), lexicon.word_class("definite_det")
    preps, series = lexicon.word_class("tally_prep"), lexicon.word_class("series_noun")
    return any(t.tag_ == "NNS" and t.lemma_.lower() in nouns
               and not any(c.dep_ in ("det", "poss") and c.lower_ in definite for c in t.children)
               and ((t.dep_ == "pobj" and (t.head.lower_ in preps or (t.head.lower_ == "of" and t.head.head.lemma_.lower() in series)))
                    or any(c.dep_ == "nummod" and _cardinal(c) for c in t.children)
                    or (t.i > sent[0].i and _cardinal(t.doc[t.i - 1])))  # "counted [eleven] homicides", hung elsewhere
               for t in sent)


def _cardinal(tok: "Token") -> bool:
    """Whether ``tok`` is a number that counts, not a year or an ordinal ("in [2019] shootings rose")."""
    return tok.like_num and tok.tag_ == "CD" and tok.ent_type_ not in {"DATE", "ORDINAL"}


@dataclass(frozen=True)
class Headline:
    """A page title's headline, parsed once for every reading of it: ``doc`` parses the headline
    (:func:`headline_of`, less its source, :func:`without_source`) in sentence case
    (:func:`sentence_case`); those keep every character's place, so ``doc``'s offsets index
    ``title``."""

    title: str
    doc: "Doc"

    @property
    def text(self) -> str:
        """The headline, less outlet and source (blanked), as written."""
        return without_source(headline_of(self.title))


def parse_headline(title: str | None, nlp: "Language") -> Headline | None:
    """``title``'s headline parsed by ``nlp``; None for no title or a blank one."""
    if not title or not title.strip():
        return None
    return Headline(title, nlp(sentence_case(without_source(headline_of(title)))))


def title_counts(headline: Headline | None, *, persons: frozenset[str] = frozenset()) -> tuple[Count, ...]:
    """The killed and injured counts a headline gives, in title order, each with ``part ==
    "title"`` and offsets into its title (``persons``: as for :func:`find_counts`): every count
    with a number, and the dead it names with none ("Man killed in ..."; a victim named hit or
    hurt with no number is too often the one who died, or no victim: "shooting death").  None
    from a headline over several attacks (:func:`several_attacks`)."""
    if headline is None:
        return ()
    doc = headline.doc
    if several_attacks(doc):
        return ()
    out: list[Count] = []
    for sent in doc.sents:
        numbered = find_counts(sent, persons=persons)
        numbered = (*numbered, *_elliptic(list(sent), numbered))
        numbered, implied = with_self_deaths(sent, numbered, implied_counts(sent, numbered=numbered, headline=True),
                                             headline=True)
        numbered, implied = _with_dead_killer(sent, numbered, implied)
        out.extend(c for c in numbered if c.kind in TOLL_KINDS)
        # "Teen killed, [another] hurt": one told apart is not the one who died
        out.extend(c for c in implied if c.kind == "killed" or (c.kind in TOLL_KINDS and apart(c)))
    out = [_listed(c, doc, persons) for c in out]
    return tuple(sorted((_as_title(c, headline.title) for c in _hit_less_dead(out, doc)), key=lambda c: c.start))


def _killer_dead(tok: "Token") -> bool:
    """Whether a noun of class ``killer_noun`` is told dead right after it, as headlines write it:
    "[gunman] dead", "[suspect] killed by police", "[robber] shot dead"."""
    doc, terms = tok.doc, count_terms()
    after = [t.lower_ for t in doc[tok.i + 1:tok.i + 3]]
    if not after or tok.tag_ in {"NNS", "NNPS"} or tok.lower_ not in lexicon.word_class("killer_noun"):
        return False
    verb = doc[tok.i + 1]
    active = any(c.dep_ == "dobj" for c in verb.children) or (
        verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ in {"NUM", "NOUN", "PROPN", "PRON", "DET"})  # "gunman killed two"
    return after[0] == "dead" or after[1:] == ["dead"] or (
        verb.tag_ in {"VBN", "VBD"} and not active and token_cue(verb, terms, {"verb"}) == "killed")


def _with_dead_killer(sent: "Span", numbered: Sequence[Count], implied: Sequence[Count]) -> tuple[
        tuple[Count, ...], tuple[Count, ...]]:
    """A headline that tells the killer dead as well as his victims ("Two killed, [gunman] dead",
    "Woman killed, [shooter] dead") counts him on top of them: the first killed count that does
    not read him one more; alone ("Clerk hurt, [robber] dead") he is one killed.  Unchanged when
    no killer is told dead, or a count already reads him."""
    killer = next((t for t in sent if _killer_dead(t)), None)
    if killer is None or any(c.start <= killer.idx < c.end for c in (*numbered, *implied)):
        return tuple(numbered), tuple(implied)
    host = next((c for c in (*numbered, *implied) if c.kind == "killed" and c.best is not None), None)
    if host is None:
        alone = count_record("killed", Quantity(1, 1, 1), [killer], victims=sent.doc[killer.i:killer.i + 1],
                             confidence=0.6)
        return tuple(numbered), (*implied, alone)

    def more(v: int | None) -> int | None:
        return None if v is None else v + 1

    grown = replace(host, low=more(host.low), best=more(host.best), high=more(host.high),
                    confidence=min(host.confidence, 0.6))
    return tuple(grown if c is host else c for c in numbered), tuple(grown if c is host else c for c in implied)


def _listed(count: Count, doc: "Doc", persons: frozenset[str]) -> Count:
    """A headline's list drops its "and": "Farmer, 4 sons hurt" is 5, "2 adults, 3
    children hurt" is 5, "2 guards, gunman dead" is 3.  A count whose noun stands after a comma in apposition to an earlier
    noun, only a comma between them (the parse of such a list), adds that noun's people: its
    number, or one for a singular noun of ``persons`` with no number; not when a predicate stands
    between ("Teen killed, 3 hurt": the teen is not among the hurt), nor after a noun for people at
    large (class ``whole_people``: "20 people, 8 children" counts the children among the 20).
    The parse may hang the earlier noun on the same verb instead (:func:`_earlier_in_list`), or
    a list of two people with no number the other way round, the later in apposition to the
    counted one ("Mother, daughter found dead": :func:`_later_in_list`)."""
    if count.best is None or count.kind not in TOLL_KINDS:
        return count
    number = next((t for t in doc if t.idx == count.start), None)
    noun = number.head if number is not None and number.dep_ == "nummod" else None
    if noun is None and number is not None and number.pos_ in {"NOUN", "PROPN"} and count.best == 1:
        noun = number  # one named with no number closes the list: "2 guards, [shooter] dead" is 3
    first = _earlier_in_list(noun) if noun is not None else None
    if first is None:
        later = _later_in_list(noun, persons) if noun is not None and noun is number and count.best == 1 else None
        if later is None:
            return count
        end = later.idx + len(later.text)  # "[Mother, daughter] found shot": two
        return replace(count, low=2 if count.low is not None else None, best=2, high=2 if count.high is not None else None,
                       end=end, text=doc_text(doc)[count.start:end])
    if first.lemma_.lower() in lexicon.word_class("whole_people") or first.lower_ in lexicon.word_class("whole_people"):
        return count  # "20 people, 8 children": the children are among the people
    between = doc[first.i + 1 : number.i]  # type: ignore[union-attr]
    if not any(t.text == "," for t in between) or any(t.pos_ != "PUNCT" for t in between):
        return count  # no list, or the earlier noun has its own predicate ("Teen killed, 3 hurt")
    numbers = [c for c in first.children if c.dep_ == "nummod" and c.like_num]
    if numbers:
        quantity = parse_quantity(numbers[0].text)
        n = quantity.best if quantity is not None else None
    else:
        n = 1 if first.tag_ in {"NN", "NNP"} and first.lemma_.lower() in persons else None
    if not n:
        return count
    start = min(first.left_edge.idx, count.start)
    if parse_quantity(doc_text(doc)[start:count.end]) is None:
        start = count.start  # the text still begins with a number ("2 adults, 3"), never a noun ("Mother, 2")
    return replace(count, low=count.low + n if count.low is not None else None, best=count.best + n,
                   high=count.high + n if count.high is not None else None, start=start,
                   text=doc_text(doc)[start:count.end])


def _later_in_list(noun: "Token", persons: frozenset[str]) -> "Token | None":
    """The one other person a headline's list of two names after ``noun`` in apposition, a comma
    only between them: both singular nouns of ``persons`` with no number, the later one bare
    ("Mother, [daughter] found dead"); not a description of the same person ("Officer, [father] of
    three, killed").  None when there is none."""
    def person(t: "Token") -> bool:
        return t.tag_ in {"NN", "NNP"} and t.lemma_.lower() in persons

    later = next((c for c in noun.children if c.dep_ == "appos" and c.i == noun.i + 2), None)
    if later is None or noun.doc[noun.i + 1].text != "," or not (person(noun) and person(later)):
        return None
    return later if not any(later.children) else None


def _earlier_in_list(noun: "Token") -> "Token | None":
    """The noun a headline's list names before ``noun``, a comma between them: the head of
    ``noun`` in apposition ("2 guards, [gunman]"), or a noun the parse hung beside it on the same
    verb ("Man, [woman] found shot": "man" read as an adverbial of "found"); None when there is none."""
    if noun.dep_ == "appos":
        first = noun.head
        return first if first.i < noun.i and first.pos_ in {"NOUN", "PROPN"} else None
    i = noun.left_edge.i
    if noun.dep_ not in {"nsubj", "nsubjpass"} or i < 2 or noun.doc[i - 1].text != ",":
        return None
    first = noun.doc[i - 2]
    return first if first.pos_ in {"NOUN", "PROPN"} and first.head.i == noun.head.i and first.dep_ in LIST_SIBLING_DEPS else None


def _hit_less_dead(counts: Sequence[Count], doc: "Doc") -> list[Count]:
    """The hit of a headline include its dead: "3 shot, 1 dead" is 1 killed and 2 injured (a
    number said hit by the participle of a verb of class ``hit_verb`` of word_classes.tsv that
    follows it, its nouns between, and larger than the dead counted)."""
    dead = max((c.best for c in counts if c.kind == "killed" and c.best is not None), default=None)
    if not dead:
        return list(counts)
    hit = lexicon.word_class("hit_verb")
    out = []
    for c in counts:
        cue = next((t for t in doc if t.idx >= c.end and t.pos_ not in {"NOUN", "PROPN", "NUM"}), None)
        if c.kind == "injured" and c.best is not None and c.best > dead and cue is not None \
                and cue.tag_ in {"VBN", "VBD", "JJ"} and (cue.lemma_.lower() in hit or cue.lower_ == "shot"):
            n = c.best - dead
            c = replace(c, low=n if c.low == c.best else c.low, best=n, high=n if c.high == c.best else c.high)
        out.append(c)
    return out


def _as_title(count: Count, title: str) -> Count:
    """``count`` (read off the headline's parse) quoting the headline as written."""
    victims = count.victims
    if victims is not None:
        victims = Span(victims.start, victims.end, title[victims.start:victims.end])
    return replace(count, text=title[count.start:count.end], victims=victims, part="title", step=STEP)


def lead_attack(events: Sequence[Event]) -> int | None:
    """The index of the article's lead attack: the first asserted attack that counts a toll,
    else the first asserted attack; None when the article tells of none."""
    attacks = [i for i, e in enumerate(events) if e.type in ATTACK_TYPES and e.modality == "asserted"]
    tolled = [i for i in attacks if any(c.kind in TOLL_KINDS for c in events[i].counts)]
    return (tolled or attacks or [None])[0]


def _value(count: Count) -> int | None:
    return count.best if count.best is not None else count.low


def with_title_counts(events: Sequence[Event], counts: Sequence[Count]) -> tuple[Event, ...]:
    """``events`` with the headline's toll given to the lead attack (see the module docstring)."""
    lead = lead_attack(events)
    if lead is None or not counts:
        return tuple(events)
    event = events[lead]
    kept = list(event.counts)
    for kind in sorted({c.kind for c in counts}):
        written = [c for c in counts if c.kind == kind and parse_quantity(c.text) is not None and _value(c) is not None]
        own = next((k for k, c in enumerate(kept) if c.kind == kind), None)
        if written:
            top = max(written, key=lambda c: _value(c))  # type: ignore[arg-type, return-value]
            if own is None:
                kept.append(top)
            elif (_value(kept[own]) or 0) < _value(top):  # type: ignore[operator]
                kept[own] = top
        elif own is None or (kind == "killed" and _only_the_doer_dead(kept)):
            kept.append(next(c for c in counts if c.kind == kind))
    if kept == list(event.counts):
        return tuple(events)
    return (*events[:lead], replace(event, counts=tuple(kept)), *events[lead + 1:])


def _reflexive(count: Count) -> bool:
    """Whether a count's victim is a reflexive pronoun ("killed [himself]")."""
    return count.victims is not None and count.victims.text.lower() in lexicon.word_class("reflexive_pronoun")


def _only_the_doer_dead(counts: Sequence[Count]) -> bool:
    """Whether an attack's counts give only the doer's own death ("then killed [himself]") beside
    others hurt ("shot [the mother]"): a murder-suicide whose victim the headline names dead
    ("Girl, 7, dies after shooting") is one more death.  Not when no one else is counted: the
    headline's dead may then be the doer ("Man dies after shooting himself")."""
    dead = [c for c in counts if c.kind == "killed"]
    return bool(dead) and all(_reflexive(c) for c in dead) and any(
        c.kind == "injured" and c.victims is not None and not _reflexive(c) for c in counts)


@functools.cache
def attack_causes(causes: frozenset[str]) -> frozenset[str]:
    """``causes`` and the word classes ``hit_verb``, ``attack_noun`` and ``firearm_pastime`` of
    word_classes.tsv: the words that make a headline's death one by violence."""
    return causes | lexicon.word_class("hit_verb") | lexicon.word_class("attack_noun") \
        | lexicon.word_class("firearm_pastime")


def headline_attack(headline: Headline | None, counts: Sequence[Count], *, causes: frozenset[str],
                    people: frozenset[str] = frozenset(), mishaps: frozenset[str] = frozenset()) -> tuple[Span, Span] | None:
    """``(evidence, trigger)`` of the attack a headline tells with its dead, offsets into its
    title: the headline (less outlet and source) and its first word of a violent cause
    (:func:`attack_causes` of ``causes``, lemmas or words: "shot", "shooting", a gun; "killed in
    hunting accident"), else the verb by which a person killed them (:func:`killed_by_person`,
    ``people`` the nouns for people; none in a headline naming one of ``mishaps``, a crash or a
    vehicle).  None when ``counts`` (the headline's, :func:`title_counts`) count no dead, or the
    headline names no such cause ("Man killed in crash", "Woman found dead", "Crash kills two")."""
    if headline is None or not any(c.kind == "killed" for c in counts):
        return None
    words = attack_causes(causes)
    cause = next((t for t in headline.doc if t.lower_ in words or t.lemma_.lower() in words), None)
    if cause is None and not any(t.lower_ in mishaps or t.lemma_.lower() in mishaps for t in headline.doc):
        cause = killed_by_person(headline, counts, people)
    if cause is None:
        return None
    text, title = headline.text, headline.title
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return (Span(start, end, title[start:end]),
            Span(cause.idx, cause.idx + len(cause.text), title[cause.idx:cause.idx + len(cause.text)]))


def killed_by_person(headline: Headline, counts: Sequence[Count], people: frozenset[str]) -> "Token | None":
    """The verb by which a person killed the dead a headline counts, the victims its object and
    a person its subject ("[Teen] kills brother during argument", "Woman kills husband, self"): a
    person who kills someone attacks them, where a crash or a storm that kills does not.  The
    subject is a person by a noun of ``people``, an age used as a noun, or a person's name; None
    when no count of the dead is such an object."""
    for count in counts:
        if count.kind != "killed" or count.victims is None:
            continue
        victims = headline.doc.char_span(count.victims.start, count.victims.end, alignment_mode="expand")
        if victims is None or not len(victims) or victims.root.dep_ != "dobj" or victims.root.head.pos_ != "VERB":
            continue
        verb = victims.root.head
        subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
        if subject is not None and (subject.lower_ in people or subject.lemma_.lower() in people
                                    or subject.ent_type_ == "PERSON" or age_noun(subject)):
            return verb
    return None
