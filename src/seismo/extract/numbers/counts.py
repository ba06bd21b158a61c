"""Counts: how many were killed, injured, arrested or took part, as low / best / high.

Two layers:

* :func:`parse_quantity` (:mod:`seismo.extract.numbers.quantity`) reads a number phrase — numerals ("18", "2,300", "1.5 million"),
  number words ("twenty-five", "a thousand"), vague quantities ("dozens" → 24–99,
  "several hundred" → 300–900) and hedges ("almost 2,300" → best = high = 2300; "at least 18"
  → low = best = 18; "more than a thousand" → low 1001; "up to 50" → high 50; "between 10 and
  20" → 10–20) — into a :class:`Quantity`.  Percentages, money, ages, times, ordinals and bare
  years are not head counts and give ``None``.
* :func:`find_counts` finds the number phrases of a sentence and ties each to a kind through
  the parse: the verb it is the object or subject of ("killed 18", "18 died", "two policemen
  were wounded"), a relative clause ("18 agents who died"), the noun it counts or depends on
  ("dozens of victims", "the arrest of 50", "a crowd of 5,000"; the verb of a group it numbers: "killed a
  family of four"), or the subject of a copula
  ("the arrested would be almost 2,300", "the death toll rose to 25").  Numbers tied to no
  kind are dropped.  The victims' noun ("agents", "protesters") comes with the count.

Every word list (hedges, vague quantities, units, cue words, currency, range, bridge and level
words) is in ``seismo/data/count_terms.tsv``; spelled-out numbers are in ``number_words.tsv``.
Both are read through :mod:`seismo.extract.lexicon`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from seismo.extract import lexicon, noun_phrases
from seismo.extract.framing.modality import unrealised
from seismo.extract.numbers.not_counts import age_after_of, not_a_head_count
from seismo.extract.numbers.quantity import (STEP, VICTIMS_BEFORE, CountTerms, Quantity, token_cue, count_record, count_terms,
                                     cue_at, number_phrases, parse_quantity)
from seismo.extract.syntax import clause_head, first_conjunct, passive_aux, result_object, subject
from seismo.extract.numbers.victims import (IMPLIED_KINDS, age_noun, cared_for, death_told, implied_counts, not_dead,
                                    struck, wounded_of)
from seismo.model import Count, CountKind, Span
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["Quantity", "count_terms", "count_governor", "find_counts", "implied_counts", "parse_quantity"]


# --------------------------------------------------------------------------- tying to kinds
def find_counts(sent: "SpacySpan", *, persons: frozenset[str] = frozenset()) -> tuple[Count, ...]:
    """The killed / injured / arrested / participants counts in one sentence (a spaCy Span).
    ``persons``: lemmas of nouns naming a person (the trigger table's ``victim`` class), so
    that a single one in a numbered coordination is counted ("three men and a woman": 4)."""
    terms = count_terms()
    tokens = list(sent)
    words = [t.lower_.replace("’", "'") for t in tokens]  # one apostrophe: "o’clock" is "o'clock"
    out: list[tuple[Count, "Token"]] = []  # each count with the word it counts (the number's top word)
    subsets: list[Count] = []  # "four of them were shot": kept when the sentence counts no more of that kind
    fatal: list[tuple[Count, "Token"]] = []  # "two were shot, [one] fatally": with the wounding verb
    for i, end, quantity in number_phrases(words, terms):
        phrase = tokens[i:end]
        if (not_a_head_count(tokens, i, end, terms) or _whole_of_a_part(phrase)
                or age_after_of(phrase, quantity, persons)):
            continue
        count = tie_count(phrase, quantity, terms=terms)
        if count is not None:
            out.append((count, _argument(phrase)))
        elif (verb := _fatal_part(phrase, terms)) is not None:
            fatal.append((count_record("killed", quantity, phrase, victims=None, confidence=0.75), verb))
        elif (count := tie_count(phrase, quantity, terms=terms, of_them=True)) is not None:
            subsets.append(count)
    summed = _with_singles(_summed(out), numbered={a.i for _, a in out}, persons=persons)
    counts = _less_the_dead(_hit_less_dead(summed, parts=[c for c in subsets if c.kind == "killed"]), fatal)
    kinds = {c.kind for c in counts}  # "30 were killed, 11 of them children": a part of a count given
    return tuple(sorted([*counts, *(c for c in subsets if c.kind not in kinds)], key=lambda c: c.start))


def _parts(phrase: Sequence["Token"]) -> tuple["Token | None", "Token"]:
    """(counted, argument) of a number phrase: the noun it counts ("18 [agents]", "dozens of
    [victims]"), and the word it fills a role with — that noun when the number modifies it,
    else the phrase's top word."""
    ids = {t.i for t in phrase}
    top = next((t for t in reversed(phrase) if t.head.i not in ids or t.head.i == t.i), phrase[-1])
    counted = _counted(top, ids)
    return counted, counted if counted is not None and top.dep_ in {"nummod", "quantmod", "amod", "compound", "nmod"} else top


def _argument(phrase: Sequence["Token"]) -> "Token":
    return _parts(phrase)[1]


def _summed(found: list[tuple[Count, "Token"]]) -> list[tuple[Count, "Token"]]:
    """Counts of one kind whose nouns are conjuncts are one count, their sum: "police arrested
    [two men and three women]" (5), "[four adults and three teenagers] were shot" (7)."""
    out: list[tuple[Count, "Token"]] = []
    for count, arg in found:
        first = first_conjunct(arg)
        prev = next((k for k, (c, a) in enumerate(out) if c.kind == count.kind and a.i == first.i), None) \
            if first.i != arg.i else None
        if prev is None:
            out.append((count, arg))
            continue
        c, a = out[prev]
        doc = arg.doc
        victims = None
        if c.victims is not None and count.victims is not None:
            victims = Span(c.victims.start, count.victims.end, doc_text(doc)[c.victims.start:count.victims.end])
        out[prev] = (replace(c, low=_plus(c.low, count.low), best=_plus(c.best, count.best), high=_plus(c.high, count.high),
                             end=count.end, text=doc_text(doc)[c.start:count.end], qualifier=c.qualifier or count.qualifier,
                             victims=victims, confidence=min(c.confidence, count.confidence)), a)
    return out


def _with_singles(found: list[tuple[Count, "Token"]], *, numbered: set[int],
                  persons: frozenset[str]) -> list[tuple[Count, "Token"]]:
    """A numbered count whose coordination also names single people with no number counts them
    too: "three men and [a woman] were shot" (4), "two guards and [the gunman] died" (3); a
    single person is a singular noun of ``persons`` with "a", "an", "another" or "the"."""
    out: list[tuple[Count, "Token"]] = []
    for count, arg in found:
        first = first_conjunct(arg)
        chain = [first, *(t for t in first.subtree if t.dep_ == "conj" and first_conjunct(t).i == first.i)]
        extra = [t for t in chain if t.i not in numbered and t.tag_ == "NN" and t.lemma_.lower() in persons
                 and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "the") for c in t.children)]
        if extra and count.best is not None:
            doc, n = arg.doc, len(extra)
            start = min(count.start, *(t.left_edge.idx for t in extra))
            end = max(count.end, *(t.idx + len(t.text) for t in extra))
            count = replace(count, low=_plus(count.low, n), best=count.best + n, high=_plus(count.high, n),
                            start=start, end=end, text=doc_text(doc)[start:end])
        out.append((count, arg))
    return out


def _hit_less_dead(found: list[tuple[Count, "Token"]], *, parts: Sequence[Count] = ()) -> list[tuple[Count, "Token"]]:
    """The hit include the dead told of after them: "[six] people were shot, leaving [two] dead"
    counts two killed and four injured (a verb of class ``hit_verb`` of word_classes.tsv: being
    shot says nothing of surviving; "six were wounded and two killed" counts six and two); so do
    the dead told of as a part of them (``parts``): "[two] were shot and [one of them] died",
    and so do victims, who are the hit: "found [two] victims, [one of whom] died"."""
    dead = [c for c, _ in found if c.kind == "killed" and c.best is not None] \
        or [c for c in parts if c.best is not None]
    out = []
    for c, arg in found:
        if c.kind == "injured" and c.best is not None and (arg.lemma_.lower() in lexicon.word_class("victim_noun") or (
                arg.dep_ in {"nsubjpass", "dobj"} and arg.head.lemma_.lower() in lexicon.word_class("hit_verb"))):
            later = next((k for k in dead if k.start > c.end and k.best < c.best), None)  # type: ignore[operator]
            if later is not None:
                n = c.best - later.best  # type: ignore[operator]
                c = replace(c, low=n if c.low == c.best else c.low, best=n, high=n if c.high == c.best else c.high)
        out.append((c, arg))
    return out


def _plus(a: int | None, b: int | None) -> int | None:
    return None if a is None or b is None else a + b


def _fatal_part(phrase: Sequence["Token"], terms: CountTerms) -> "Token | None":
    """The wounding verb of which the number phrase says how many died: "two were shot, [one]
    fatally", "five were hurt, [two of them] fatally" — an adverb that makes the verb a killing
    one (a "killed" cue of count_terms.tsv such as "fatally shoot") on a number that modifies
    the verb; None otherwise."""
    top = _argument(phrase)
    verb = top.head
    if top.dep_ == "appos" and verb.dep_ in {"nsubjpass", "dobj"}:
        verb = verb.head  # "five men were shot -- [three of them] fatally": said of the victims
    verb = _verb_before(top) if verb.is_punct or top.dep_ == "prep" else verb  # "shot, [two of them] fatally"
    if verb is None or top.dep_ not in {"npadvmod", "appos", "advmod", "conj", "dep", "prep"} \
            or verb.pos_ != "VERB" or token_cue(verb, terms, {"verb"}) != "injured":
        return None
    for adverb in top.children:
        if adverb.dep_ == "advmod" and ("killed", "verb") in terms.cues.get((adverb.lower_, verb.lemma_.lower()), ()):
            return verb
    return None


def _verb_before(top: "Token") -> "Token | None":
    """The nearest verb of the sentence before the comma right before a number, or None."""
    before = top.doc[top.sent.start:top.i - 1] if top.i > top.sent.start and top.nbor(-1).is_punct else []
    return next((t for t in reversed(before) if t.pos_ == "VERB"), None)


def _less_the_dead(found: list[tuple[Count, "Token"]], fatal: list[tuple[Count, "Token"]]) -> list[Count]:
    """The killed of "[two] were shot, [one] fatally" are taken out of the wounded the same verb
    counts: one killed, one injured (the injured count's text then spans both numbers)."""
    out = [c for c, _ in found]
    for dead, verb in fatal:
        k = next((k for k, (c, arg) in enumerate(found) if c.kind == "injured" and arg.head.i == verb.i
                  and c.start < dead.start and c.best is not None and dead.best is not None and c.best > dead.best), None)
        if k is None:
            continue
        c = out[k]
        out[k] = replace(c, low=c.best - dead.best if c.low == c.best else None, best=c.best - dead.best,
                         high=c.best - dead.best if c.high == c.best else None, end=dead.end,
                         text=doc_text(verb.doc)[c.start:dead.end])
        out.append(dead)
    return out


def _whole_of_a_part(phrase: Sequence["Token"]) -> bool:
    """Whether the number phrase counts the whole a numbered part is taken from ("one of [the
    four]", "two of [the six] victims"): the verb tells of the part, not of them all.  A whole
    told with a verb of its own is counted by it ("one of [eight] hikers shot", "one of [six] who
    were wounded")."""
    arg = _argument(phrase)
    return (arg.dep_ == "pobj" and arg.head.lower_ == "of" and arg.head.head.like_num
            and not any(c.dep_ in {"acl", "relcl"} for c in (*arg.children, *arg.head.head.children)))


@dataclass(frozen=True, slots=True)
class _Tie:
    kind: CountKind
    how: str  # "predicate" | "noun" | "level": which rule tied it (sets the confidence)


def tie_count(phrase: Sequence["Token"], quantity: Quantity, *, terms: CountTerms,
              of_them: bool = False) -> Count | None:
    """The count a number phrase reports, tied to its kind through the parse, or ``None``.
    A part of a group named by a pronoun ("11 of them") is counted only when ``of_them``; so is
    the part of a group said to have died ("one of the victims died")."""
    counted, arg = _parts(phrase)
    if counted is not None and counted.ent_type_ in {"DATE", "TIME"}:
        return None  # "March 1": a date
    if counted is not None and _events_counted(counted):
        return None  # "three shootings left two dead", "shot down 25 drones": not people
    # "one of the victims": part of a group counted elsewhere
    part = counted is not None and counted.head.lower_ == "of" and any(
        c.dep_ in {"det", "poss"} and c.lower_ in terms.partitive for c in counted.children)
    if (counted is not None and counted.pos_ == "PRON" or part) != of_them:
        return None  # "11 of them": a part of a group, which the caller weighs against the other counts
    container = _container(arg)
    tie = (
        _linear(phrase, counted, terms)
        or _predicate(first_conjunct(arg) if arg.pos_ in {"NOUN", "PROPN"} else arg, terms)  # "two men and [three women]"
        # a group its "of" numbers (class collective_noun): "killed [a family] of four" kills four
        or (_predicate(container, terms) if container is not None and container.lemma_.lower() in lexicon.word_class("collective_noun") else None)
        or _modifiers(counted, terms)
        or _wound(arg, terms)
        or (_Tie("injured", "predicate") if struck(arg) else None)  # "gunfire hit four people"
        or _care(arg, terms)
        or _noun(counted, container, terms)
        or _level(arg, terms)
    )
    if tie is None or (part and (tie.kind != "killed" or tie.how != "predicate")):
        return None  # of a part of a group, only its dead are news: "[one of the victims] died"
    if unrealised(clause_head(arg, steps=4)):
        return None  # a count in a condition or a past that did not happen: "would have killed dozens"
    victims = _victims(counted, arg, tie.kind, terms)
    confidence = {"predicate": 0.85, "noun": 0.75, "level": 0.7}[tie.how]
    if quantity.best is None:
        confidence -= 0.1
    return count_record(tie.kind, quantity, phrase, victims=victims, confidence=confidence)


def _events_counted(noun: "Token") -> bool:
    """Whether a number's noun names events (violent ones, protests) or arms and craft (``materiel``), not people."""
    events = lexicon.word_class("event_noun") | lexicon.word_class("protest_count_noun")
    return noun.lemma_.lower() in events | lexicon.table_classes("triggers.tsv")["materiel"]


def _counted(top: "Token", ids: set[int]) -> "Token | None":
    """The noun the number counts: "18 [agents]", "dozens of [victims]", "hundreds of [injured]"."""
    if top.dep_ in {"nummod", "quantmod", "amod", "compound", "nmod"} and top.head.i not in ids:
        if top.head.pos_ in {"NOUN", "PROPN", "ADJ", "VERB"} or top.head.tag_.startswith("NN"):
            return top.head
    for tok in [top, *top.children]:
        for prep in tok.children if tok.i != top.i else top.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.i in ids | {top.i}:
                obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"} and c.i not in ids), None)
                if obj is not None:
                    return obj
    return None


def _container(arg: "Token") -> "Token | None":
    """The noun an argument depends on through "of": "the arrest of [50]", "a crowd of [5,000]"."""
    if arg.dep_ == "pobj" and arg.head.lower_ == "of" and arg.head.head.pos_ in {"NOUN", "PROPN"}:
        return arg.head.head
    return None


def _linear(phrase: Sequence["Token"], counted: "Token | None", terms: CountTerms) -> _Tie | None:
    """A predicate right after the number phrase: "two policemen were wounded", "18 dead"."""
    doc = phrase[0].doc
    k = max(phrase[-1].i, counted.i if counted is not None and counted.i > phrase[-1].i else -1) + 1
    if counted is not None and counted.i > phrase[-1].i + 3:
        return None
    sent_end = phrase[0].sent.end
    roles = {"verb", "intransitive", "adj"}
    found = None
    while k < sent_end:  # a cue may begin with a bridge word ("fatally shot"): try each one first
        found = cue_at(doc, k, terms, roles | ({"passive"} if _passive(doc[k]) else set()))  # type: ignore[arg-type]
        if found is not None or doc[k].lower_ not in terms.bridge:
            break
        k += 1
    if found is None:
        return None
    cue = doc[k : k + found[1]]
    tok = next((t for t in cue if t.pos_ in {"VERB", "AUX"}), cue[0])  # the verb of "fatally shot", "shot dead"
    kind = found[0]
    if tok.dep_ == "pobj":
        return None  # a place one is sent to, not a predicate: "sent three youths to jail" (a court's remand)
    if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "dobj" for c in tok.children):
        return None  # an active transitive verb: "18 gunmen killed 3 people" counts the gunmen
    if kind == "participants" and _passive(tok):
        return None
    return _Tie(kind, "predicate")


def _passive(tok: "Token") -> bool:
    """A passive participle ("were [picked] up"), which a cue of role ``passive`` needs."""
    return tok.tag_ == "VBN" and passive_aux(tok)


def _predicate(arg: "Token", terms: CountTerms) -> _Tie | None:
    """The verb the argument is the object / passive subject / subject of, or a clause on it."""
    head = arg.head
    if arg.dep_ == "dobj" and head.i != head.head.i and getattr(result_object(head.head), "i", None) == arg.i:
        head = head.head  # "shot dead [his two sons]": the parse hung the object on the result adjective
    if arg.dep_ in {"dobj", "nsubjpass", "oprd"} or (arg.dep_ == "pobj" and head.dep_ == "agent"):
        roles = {"verb", "passive"} if arg.dep_ == "nsubjpass" else {"verb"}
        if arg.lemma_.lower() in lexicon.word_class("armed_noun"):
            roles.add("armed")  # "neutralised 15 bandits": a word of army statements that kills armed men only
        kind = token_cue(head, terms, roles)
        if kind and kind != "participants" or (kind == "participants" and arg.dep_ == "dobj"):
            return _Tie(kind, "predicate")  # type: ignore[arg-type]
    if arg.dep_ == "nsubj":
        kind = token_cue(head, terms, {"intransitive"})
        if kind:
            return _Tie(kind, "predicate")
        for child in head.children:
            if child.dep_ in {"acomp", "attr", "oprd"}:
                kind = token_cue(child, terms, {"adj", "verb"})
                if kind and kind != "participants":
                    return _Tie(kind, "predicate")
    for child in arg.children:
        if child.dep_ in {"relcl", "acl"}:
            kind = token_cue(child, terms, {"verb", "intransitive", "adj"})
            if kind and not (child.dep_ == "relcl" and any(c.dep_ == "dobj" or _partitive(c) for c in child.children)):
                return _Tie(kind, "predicate")  # not "victims, [one of whom] died": said of a part
    return None


def _partitive(subject: "Token") -> bool:
    """Whether ``subject`` is a number of a group a pronoun names, "[one of whom]", "[two of them]"."""
    return subject.dep_ == "nsubj" and subject.like_num and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PRON" for o in p.children)
        for p in subject.children)


def _modifiers(counted: "Token | None", terms: CountTerms) -> _Tie | None:
    """An adjective on the counted noun: "12 injured people", "five dead soldiers"."""
    if counted is None:
        return None
    for child in counted.lefts:
        if child.dep_ in {"amod", "compound"}:
            kind = token_cue(child, terms, {"adj"})
            if kind:
                return _Tie(kind, "predicate")
    return None


def _wound(arg: "Token", terms: CountTerms) -> _Tie | None:
    """Injured: a wound or a patient's condition said of the counted ("four men suffered gunshot
    wounds", "two victims in stable condition"; :func:`~seismo.extract.numbers.victims.wounded_of`);
    killed when the wound is a fatal one ("two men suffered fatal wounds")."""
    for t in arg.sent:
        found = wounded_of(t, terms) if t.pos_ == "NOUN" else None
        if found is not None and found[0].i == arg.i:
            return _Tie(found[1], "predicate")
    return None


def _care(arg: "Token", terms: CountTerms) -> _Tie | None:
    """Injured: the counted brought to or kept in a place of care, in a sentence that tells of no
    death ("two others were rushed to a hospital": :func:`~seismo.extract.numbers.victims.cared_for`); a
    conjunct shares its first conjunct's care ("four cousins and [two neighbours] were taken to hospitals")."""
    first = first_conjunct(arg) if arg.pos_ in {"NOUN", "PROPN"} else arg
    for t in arg.sent:
        if t.pos_ == "VERB" and (victim := cared_for(t)) is not None and victim.i in {arg.i, first.i}:
            return None if death_told(arg.sent, terms) else _Tie("injured", "predicate")
    return None


#: the kinds of count that tell what was done to people (not that they took part)
HARM_KINDS = frozenset({"killed", "injured", "arrested"})


def _noun(counted: "Token | None", container: "Token | None", terms: CountTerms) -> _Tie | None:
    """A cue noun counted or depended on: "dozens of victims", "18 deaths", "the arrest of 50";
    a harm the counted people suffered outranks what they are ("the death of [three protesters]":
    three dead, not three taking part)."""
    harm = container is not None and token_cue(container, terms, {"noun"}) in HARM_KINDS
    for tok in (container, counted) if harm else (counted, container):
        if tok is None:
            continue
        compound = [c for c in tok.lefts if c.dep_ == "compound"]
        kind = cue_at(tok.doc, compound[0].i, terms, {"noun"}) if compound else None  # type: ignore[arg-type]
        kind_value = kind[0] if kind and compound[0].i + kind[1] - 1 == tok.i else token_cue(tok, terms, {"noun"})
        if kind_value == "killed" and not_dead(tok):
            return None  # "rescued twelve victims", "the governing bodies": no dead
        if kind_value == "killed" and tok.lemma_.lower() in lexicon.word_class("victim_noun"):
            return _victims_tie(tok, terms)
        if kind_value:
            return _Tie(kind_value, "noun")
    return None


def _victims_tie(victims: "Token", terms: CountTerms) -> _Tie | None:
    """What a number of victims (a ``victim_noun``) counts: the dead when the sentence tells of a
    death ("four victims died") or sets them against the hurt ("dozens of victims and hundreds of
    injured"); the hurt when it tells of them as hit, hurt or cared for (:func:`_alive`); else
    nothing, for victims are the hit, dead or alive ("the three victims were all adults")."""
    if _alive(victims, terms) or _death_of_a_part(victims.sent, terms):
        return _Tie("injured", "noun")
    sent = victims.sent
    if death_told(sent, terms) or any(token_cue(t, terms, {"noun", "adj"}) == "injured" for t in sent):
        return _Tie("killed", "noun")
    return None


def _death_of_a_part(sent: "SpacySpan", terms: CountTerms) -> bool:
    """Whether the only deaths a sentence tells are of a part of a group named before, a number
    with "of whom" or "of them" the subject of a death verb ("found two victims, [one of whom]
    died"), or people named by name ("found four victims, and [Ann Cole and Ben Reyes] died"):
    the group is the hit, the part the dead."""
    dying = [t for t in sent if token_cue(t, terms, {"verb", "intransitive", "adj"}) == "killed"]
    return bool(dying) and all(any(_partitive(c) or _named_dying(c, terms) for c in (*t.children, *t.head.children))
                               for t in dying)


def _named_dying(subject: "Token", terms: CountTerms) -> bool:
    """Whether ``subject`` is a name said to die ("[Ann Cole] died", "[Ben Reyes] was dead"), not
    a killer ("[Johnson] shot and killed them": a death verb with an object)."""
    verb = subject.head
    return subject.dep_ == "nsubj" and subject.pos_ == "PROPN" and not any(c.dep_ == "dobj" for c in verb.children) \
        and (token_cue(verb, terms, {"intransitive", "adj"}) == "killed"
             or any(token_cue(c, terms, {"adj"}) == "killed" for c in verb.children if c.dep_ == "acomp"))


def _alive(victims: "Token", terms: CountTerms) -> bool:
    """Whether the victims a number counts are told of as hit or hurt, not dead: "four victims
    were struck" (a verb of class ``hit_verb``), "all three victims are in stable condition" (a
    wound or a patient's condition in the sentence), "the four victims were taken to a hospital",
    "both victims are expected to survive" (a ``care_noun`` or ``survive_verb``), with no death
    told in it."""
    sent = victims.sent
    if death_told(sent, terms):
        return False
    if victims.dep_ in {"nsubjpass", "dobj"} and victims.head.lemma_.lower() in lexicon.word_class("hit_verb"):
        return True
    cared = lexicon.word_class("wound_noun") | lexicon.word_class("care_noun") | lexicon.word_class("survive_verb")
    return any(t.lemma_.lower() in cared or (t.lemma_.lower() == "condition" and any(
        c.dep_ == "amod" and c.lower_ in lexicon.word_class("patient_state") for c in t.children)) for t in sent)


def _level(arg: "Token", terms: CountTerms) -> _Tie | None:
    """The subject's size through a copula or level verb: "the arrested would be 2,300",
    "the death toll rose to 25", "the number of people detained stands at 300" (a death, wound or
    arrest said of the people outranks a noun of taking part: "the number of protesters killed")."""
    node = arg
    if node.dep_ == "pobj" and node.head.lower_ in {"to", "at", "of"}:
        node = node.head
    if node.dep_ not in {"attr", "acomp", "dobj", "prep", "npadvmod", "oprd"}:
        return None
    verb = node.head
    if verb.lemma_.lower() not in terms.level:
        return None
    sized = subject(verb, deps=frozenset({"nsubj", "nsubjpass"}))
    if sized is None or _one_person(sized):
        return None  # "the victim was 13": an age
    kinds = [k for tok in sized.subtree if (k := token_cue(tok, terms, {"noun", "adj", "verb"}))]
    # what befell the people outranks who they are: "the number of protesters [killed] rose to 25"
    kind = next((k for k in kinds if k != "participants"), kinds[0] if kinds else None)
    return _Tie(kind, "level") if kind else None


def _one_person(tok: "Token") -> bool:
    """One person, whose number through a copula is an age, not a count: a singular victim noun
    ("the victim was 13"), a personal pronoun or a person's name ("he was 13")."""
    if tok.tag_ in {"NNS", "NNPS"} or tok.morph.get("Number") == ["Plur"]:
        return False
    return tok.lemma_.lower() in lexicon.word_class("victim_noun") or tok.ent_type_ == "PERSON" or (
        tok.pos_ == "PRON" and tok.lower_ in lexicon.word_class("person_pronoun"))


def _victims(counted: "Token | None", arg: "Token", kind: CountKind, terms: CountTerms) -> "SpacySpan | None":
    """Who was counted: the counted noun when it names people ("18 agents"), else the object of
    an "among" phrase on the number or its coordination ("... among the protesters")."""
    if counted is not None and counted.pos_ in {"NOUN", "PROPN"}:
        cue = token_cue(counted, terms, {"noun", "adj"})
        if cue is None or cue == "participants":
            return noun_phrases.noun_phrase(counted, before=VICTIMS_BEFORE)
    top = first_conjunct(arg)
    for tok in top.subtree:
        if tok.dep_ == "prep" and tok.lower_ in {"among", "including"}:
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return noun_phrases.noun_phrase(obj, before=VICTIMS_BEFORE)
    return None


def count_governor(span: "SpacySpan") -> "Token":
    """The word a count hangs on: the nearest verb at most four links above its number
    phrase's root — "[killed]" in "two men were killed in police firing", "[left]" in "the
    firing left one dead" — else the word four links up (or the sentence root).  The event
    coder uses it to give a counted death the actor of the event that caused it."""
    return clause_head(span.root, steps=4)
