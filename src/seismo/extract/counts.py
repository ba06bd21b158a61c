"""Counts: how many were killed, injured, arrested or took part, as low / best / high.

Two layers:

* :func:`parse_quantity` (:mod:`seismo.extract.quantity`) reads a number phrase — numerals ("18", "2,300", "1.5 million"),
  number words ("twenty-five", "a thousand"), vague quantities ("dozens" → 24–99,
  "several hundred" → 300–900) and hedges ("almost 2,300" → best = high = 2300; "at least 18"
  → low = best = 18; "more than a thousand" → low 1001; "up to 50" → high 50; "between 10 and
  20" → 10–20) — into a :class:`Quantity`.  Percentages, money, ages, times, ordinals and bare
  years are not head counts and give ``None``.
* :func:`find_counts` finds the number phrases of a sentence and ties each to a kind through
  the parse: the verb it is the object or subject of ("killed 18", "18 died", "two policemen
  were wounded"), a relative clause ("18 agents who died"), the noun it counts or depends on
  ("dozens of victims", "the arrest of 50", "a crowd of 5,000"), or the subject of a copula
  ("the arrested would be almost 2,300", "the death toll rose to 25").  Numbers tied to no
  kind are dropped.  The victims' noun ("agents", "protesters") comes with the count.

Every word list (hedges, vague quantities, units, cue words, currency, range, bridge and level
words) is in ``seismo/data/count_terms.tsv``; spelled-out numbers are in ``number_words.tsv``.
Both are read through :mod:`seismo.extract.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.quantity import CountTerms, Quantity, _parse, _starts, count_terms, may_start, parse_quantity
from seismo.extract.syntax import Side, clause_head, first_conjunct, noun_phrase, subject
from seismo.model import Count, CountKind, Span
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from seismo.resolve.actor_lexicon import ActorLexicon

STEP = "seismo.counts.v5"
__all__ = ["Quantity", "count_terms", "count_governor", "find_counts", "implied_counts", "parse_quantity"]


# --------------------------------------------------------------------------- tying to kinds
def find_counts(sent: "SpacySpan", *, lexicon: "ActorLexicon | None" = None) -> tuple[Count, ...]:
    """The killed / injured / arrested / participants counts in one sentence (a spaCy Span)."""
    terms = count_terms()
    tokens = list(sent)
    words = [t.lower_ for t in tokens]
    out: list[tuple[Count, "Token"]] = []  # each count with the word it counts (the number's top word)
    subsets: list[Count] = []  # "four of them were shot": kept when the sentence counts no more of that kind
    fatal: list[tuple[Count, "Token"]] = []  # "two were shot, [one] fatally": with the wounding verb
    i = 0
    while i < len(tokens):
        parsed = _parse(words, i, terms) if may_start(words[i], terms) else None
        if parsed is None:
            i += 1
            continue
        quantity, end = parsed
        phrase = tokens[i:end]
        if _not_a_head_count(tokens, i, end, terms):
            i = end
            continue
        count = tie_count(phrase, quantity, terms=terms, lexicon=lexicon)
        if count is not None:
            out.append((count, _argument(phrase)))
        elif (verb := _fatal_part(phrase, terms)) is not None:
            fatal.append((count_record("killed", quantity, phrase, victims=None, confidence=0.75), verb))
        elif (count := tie_count(phrase, quantity, terms=terms, lexicon=lexicon, of_them=True)) is not None:
            subsets.append(count)
        i = end
    counts = _less_the_dead(_hit_less_dead(_summed(out)), fatal)
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


def _hit_less_dead(found: list[tuple[Count, "Token"]]) -> list[tuple[Count, "Token"]]:
    """The hit include the dead told of after them: "[six] people were shot, leaving [two] dead"
    counts two killed and four injured (a verb of class ``hit_verb`` of word_classes.tsv: being
    shot says nothing of surviving; "six were wounded and two killed" counts six and two)."""
    dead = [c for c, _ in found if c.kind == "killed" and c.best is not None]
    out = []
    for c, arg in found:
        if c.kind == "injured" and c.best is not None and arg.dep_ in {"nsubjpass", "dobj"} \
                and arg.head.lemma_.lower() in lexicon.word_class("hit_verb"):
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
    if top.dep_ not in {"npadvmod", "appos", "advmod", "conj"} or verb.pos_ != "VERB" \
            or _token_cue(verb, terms, {"verb"}) != "injured":
        return None
    for adverb in top.children:
        if adverb.dep_ == "advmod" and ("killed", "verb") in terms.cues.get((adverb.lower_, verb.lemma_.lower()), ()):
            return verb
    return None


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


def _not_a_head_count(tokens: list["Token"], i: int, end: int, terms: CountTerms) -> bool:
    phrase = tokens[i:end]
    if i > 0 and tokens[i - 1].lower_ in terms.currency:
        return True
    if re.fullmatch(r"(1[89]|20)\d\d", phrase[-1].text) and len(phrase) == 1:
        return not any(c.dep_ == "nummod" for c in [phrase[-1]]) or phrase[-1].ent_type_ == "DATE"
    for tok in phrase:
        if tok.ent_type_ in {"MONEY", "PERCENT", "ORDINAL", "TIME"}:
            return True
        if tok.ent_type_ in {"DATE", "QUANTITY"} and tok.dep_ != "nummod":
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Tie:
    kind: CountKind
    how: str  # "predicate" | "noun" | "level": which rule tied it (sets the confidence)


def tie_count(phrase: Sequence["Token"], quantity: Quantity, *, terms: CountTerms,
              lexicon: "ActorLexicon | None" = None, of_them: bool = False) -> Count | None:
    """The count a number phrase reports, tied to its kind through the parse, or ``None``.
    A part of a group named by a pronoun ("11 of them") is counted only when ``of_them``."""
    counted, arg = _parts(phrase)
    if counted is not None and counted.ent_type_ in {"DATE", "TIME"}:
        return None  # "March 1": a date
    if (counted is not None and counted.pos_ == "PRON") != of_them:
        return None  # "11 of them": a part of a group, which the caller weighs against the other counts
    if counted is not None and counted.head.lower_ == "of" and any(
        c.dep_ in {"det", "poss"} and c.lower_ in terms.partitive for c in counted.children
    ):
        return None  # "one of the victims": part of a group counted elsewhere
    container = _container(arg)
    tie = (
        _linear(phrase, counted, terms)
        or _predicate(first_conjunct(arg) if arg.pos_ in {"NOUN", "PROPN"} else arg, terms)  # "two men and [three women]"
        or _modifiers(counted, terms)
        or _wound(arg, terms)
        or _noun(counted, container, terms)
        or _level(arg, terms)
    )
    if tie is None:
        return None
    victims = _victims(counted, arg, tie.kind, terms, lexicon)
    confidence = {"predicate": 0.85, "noun": 0.75, "level": 0.7}[tie.how]
    if quantity.best is None:
        confidence -= 0.1
    return count_record(tie.kind, quantity, phrase, victims=victims, confidence=confidence)


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


def _cue(tokens: Sequence["Token"], start: int, terms: CountTerms, roles: set[str]) -> tuple[CountKind, int] | None:
    """(kind, length) of the cue phrase starting at ``tokens[start]`` with one of ``roles``."""
    if start >= len(tokens):
        return None
    first, firsts = tokens[start], _starts(terms).cues
    if first.lemma_.lower() not in firsts and first.lower_ not in firsts:
        return None
    for size in range(min(terms.longest, len(tokens) - start), 0, -1):
        window = tokens[start : start + size]
        for words in {tuple(t.lemma_.lower() for t in window), tuple(t.lower_ for t in window)}:
            for kind, role in terms.cues.get(words, ()):
                if role in roles:
                    return kind, size
    return None


def _token_cue(tok: "Token", terms: CountTerms, roles: set[str]) -> CountKind | None:
    """The cue starting at ``tok``, or at the adverb just before it that modifies it ("fatally shot")."""
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.head.i == tok.i and before.dep_ == "advmod":
        found = _cue(doc, tok.i - 1, terms, roles)  # type: ignore[arg-type]
        if found is not None and found[1] > 1:
            return found[0]
    found = _cue(doc, tok.i, terms, roles)  # type: ignore[arg-type]
    if found and found[0] == "injured" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
            o.lemma_.lower() == "death" for o in c.children) for c in tok.children):
        return "killed"  # "shot [him] to death", "stabbed two men to death": the cue split by its object
    return found[0] if found else None


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
        found = _cue(doc, k, terms, roles)  # type: ignore[arg-type]
        if found is not None or doc[k].lower_ not in terms.bridge:
            break
        k += 1
    if found is None:
        return None
    cue = doc[k : k + found[1]]
    tok = next((t for t in cue if t.pos_ in {"VERB", "AUX"}), cue[0])  # the verb of "fatally shot", "shot dead"
    kind = found[0]
    if tok.pos_ in {"VERB", "AUX"} and any(c.dep_ == "dobj" for c in tok.children):
        return None  # an active transitive verb: "18 gunmen killed 3 people" counts the gunmen
    if kind == "participants" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
        return None
    return _Tie(kind, "predicate")


def _predicate(arg: "Token", terms: CountTerms) -> _Tie | None:
    """The verb the argument is the object / passive subject / subject of, or a clause on it."""
    head = arg.head
    if arg.dep_ in {"dobj", "nsubjpass", "oprd"} or (arg.dep_ == "pobj" and head.dep_ == "agent"):
        kind = _token_cue(head, terms, {"verb"})
        if kind and kind != "participants" or (kind == "participants" and arg.dep_ == "dobj"):
            return _Tie(kind, "predicate")  # type: ignore[arg-type]
    if arg.dep_ == "nsubj":
        kind = _token_cue(head, terms, {"intransitive"})
        if kind:
            return _Tie(kind, "predicate")
        for child in head.children:
            if child.dep_ in {"acomp", "attr", "oprd"}:
                kind = _token_cue(child, terms, {"adj", "verb"})
                if kind and kind != "participants":
                    return _Tie(kind, "predicate")
    for child in arg.children:
        if child.dep_ in {"relcl", "acl"}:
            kind = _token_cue(child, terms, {"verb", "intransitive", "adj"})
            if kind and not (child.dep_ == "relcl" and any(c.dep_ == "dobj" for c in child.children)):
                return _Tie(kind, "predicate")
    return None


def _modifiers(counted: "Token | None", terms: CountTerms) -> _Tie | None:
    """An adjective on the counted noun: "12 injured people", "five dead soldiers"."""
    if counted is None:
        return None
    for child in counted.lefts:
        if child.dep_ in {"amod", "compound"}:
            kind = _token_cue(child, terms, {"adj"})
            if kind:
                return _Tie(kind, "predicate")
    return None


def _wound(arg: "Token", terms: CountTerms) -> _Tie | None:
    """Injured: a wound or a patient's condition said of the counted ("four men suffered gunshot
    wounds", "two victims in stable condition"; :func:`_wounded_of`)."""
    found = any(t.pos_ == "NOUN" and (w := _wounded_of(t, terms)) is not None and w.i == arg.i for t in arg.sent)
    return _Tie("injured", "predicate") if found else None


def _noun(counted: "Token | None", container: "Token | None", terms: CountTerms) -> _Tie | None:
    """A cue noun counted or depended on: "dozens of victims", "18 deaths", "the arrest of 50"."""
    for tok in (counted, container):
        if tok is None:
            continue
        compound = [c for c in tok.lefts if c.dep_ == "compound"]
        kind = _cue(tok.doc, compound[0].i, terms, {"noun"}) if compound else None  # type: ignore[arg-type]
        kind_value = kind[0] if kind and compound[0].i + kind[1] - 1 == tok.i else _token_cue(tok, terms, {"noun"})
        if kind_value:
            return _Tie(kind_value, "noun")
    return None


def _level(arg: "Token", terms: CountTerms) -> _Tie | None:
    """The subject's size through a copula or level verb: "the arrested would be 2,300",
    "the death toll rose to 25", "the number of people detained stands at 300"."""
    node = arg
    if node.dep_ == "pobj" and node.head.lower_ in {"to", "at", "of"}:
        node = node.head
    if node.dep_ not in {"attr", "acomp", "dobj", "prep", "npadvmod", "oprd"}:
        return None
    verb = node.head
    if verb.lemma_.lower() not in terms.level:
        return None
    sized = subject(verb, deps=frozenset({"nsubj", "nsubjpass"}))
    if sized is None:
        return None
    for tok in sized.subtree:
        kind = _token_cue(tok, terms, {"noun", "adj", "verb"})
        if kind:
            return _Tie(kind, "level")
    return None


def _victims(counted: "Token | None", arg: "Token", kind: CountKind, terms: CountTerms,
             lexicon: "ActorLexicon | None") -> "SpacySpan | None":
    """Who was counted: the counted noun when it names people ("18 agents"), else the object of
    an "among" phrase on the number or its coordination ("... among the protesters")."""
    if counted is not None and counted.pos_ in {"NOUN", "PROPN"}:
        cue = _token_cue(counted, terms, {"noun", "adj"})
        if cue is None or cue == "participants":
            return noun_phrase(counted, before=_VICTIMS_BEFORE)
    top = first_conjunct(arg)
    for tok in top.subtree:
        if tok.dep_ == "prep" and tok.lower_ in {"among", "including"}:
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return noun_phrase(obj, before=_VICTIMS_BEFORE)
    return None


def _premodifier(tok: "Token") -> bool:
    return tok.dep_ in {"compound", "amod", "nmod"} and not tok.like_num


#: who was counted: the noun with the compound / adjective / demonym words just before it
#: ("Kazakh protesters"), not a number
_VICTIMS_BEFORE = Side(_premodifier, reach="run", words=True)


def count_record(kind: CountKind, quantity: Quantity, phrase: Sequence["Token"], *, victims: "SpacySpan | None",
                 confidence: float) -> Count:
    """A :class:`Count` for ``phrase`` (offsets into the document text)."""
    doc = phrase[0].doc
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    who = Span(victims.start_char, victims.end_char, victims.text) if victims is not None else None
    return Count(
        kind=kind, low=quantity.low, best=quantity.best, high=quantity.high, start=start, end=end,
        text=doc_text(doc)[start:end], qualifier=quantity.qualifier, victims=who, confidence=round(confidence, 2), step=STEP,
    )


# --------------------------------------------------------------------------- counts with no number
#: the kinds a verb may imply with no number: "a man was shot dead" (killed), "a boy was wounded" (injured)
IMPLIED_KINDS = frozenset({"killed", "injured"})
#: the roles a victim plays: the object / passive subject of a killing verb, the subject of a death verb
_IMPLIED_ROLES = {"verb": frozenset({"dobj", "nsubjpass"}), "intransitive": frozenset({"nsubj"})}


def implied_counts(sent: "SpacySpan", *, numbered: Sequence[Count] = ()) -> tuple[Count, ...]:
    """Killed and injured counts a sentence gives without a number: the people a killing or
    wounding verb takes as object or passive subject ("police shot dead [a man]", "troops killed
    [protesters]", "[a boy] was shot in the leg": injured; also in a reduced passive, "[a teen]
    shot in the leg"; "left [a cook] wounded") and the subject of a death verb ("[a youth] died in
    police firing") — the ``killed`` cue verbs of count_terms.tsv — the person a death adjective
    or noun is said of ("[a man] is dead", "left [a teenager] dead", "the death of [a boy]"), and
    the person a wound or a patient's condition is said of (injured: :func:`_wounded_of`); not
    the one a death verb above tells died ("[a teen] died after [he] was shot").  Singular victims
    are counted (best 1, or 2 for "a man and his son"); a plural victim gives a count with no
    number (low, best and high ``None``).  One event said to be deadly ("a fatal shooting") gives
    at least one killed (low and best 1, no high).  A victim a ``numbered`` count already covers,
    a victim "no one" and a negated verb give none."""
    terms = count_terms()
    out: list[Count] = []
    for tok in sent:
        if (count := _deadly_event(tok, terms, numbered)) is not None:
            out.append(count)
            continue
        if tok.pos_ in {"ADJ", "NOUN"} and (victim := _dead_of(tok, terms)) is not None:
            if (count := _implied(victim, numbered)) is not None:
                out.append(count)
            continue
        if tok.pos_ == "NOUN" and (victim := _wounded_of(tok, terms)) is not None:
            if (count := _implied(victim, numbered, kind="injured")) is not None:
                out.append(count)
            continue
        if tok.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in tok.children):
            continue
        for role, deps in _IMPLIED_ROLES.items():
            kind = _token_cue(tok, terms, {role})  # "was shot" (injured), "was fatally shot" (killed)
            if kind not in IMPLIED_KINDS:
                continue
            victim = next((c for c in tok.children if c.dep_ in deps), None)
            participle = first_conjunct(tok)  # "[the teen] shot and killed in a robbery": the conjunct shares it
            if victim is None and role == "verb" and participle.dep_ == "acl" and tok.tag_ == "VBN":
                victim = participle.head  # a reduced passive: "[a teen] shot in the leg", "[man] killed in crash"
            if victim is None and role == "verb" and tok.tag_ == "VBN" and (tok.dep_ in {"xcomp", "oprd"} or (
                    tok.dep_ == "advcl" and tok.head.lemma_.lower() in lexicon.word_class("result_verb"))):
                # a participle complement: "[a boy] was found shot", "they found [a man] stabbed"
                victim = next((c for c in tok.head.children if c.dep_ in {"dobj", "nsubjpass"}), None)
            if victim is None and role == "intransitive" and tok.dep_ == "conj":
                # a death verb sharing the subject of the first conjunct: "[he] was shot and died",
                # "[the man] shot himself and later died"
                victim = next((c for c in participle.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if victim is not None and victim.tag_ in {"WP", "WDT"} and tok.dep_ == "relcl":
                victim = tok.head  # "[a girl] who was fatally shot": the relative pronoun's noun
            dying = kind == "injured" and victim is not None and victim.pos_ == "PRON" and "Yes" not in victim.morph.get(
                "Reflex") and any(_token_cue(t, terms, {"intransitive", "verb"}) == "killed" for t in tok.ancestors)
            count = _implied(victim, numbered, kind=kind) if victim is not None and not dying else None
            if count is not None:
                out.append(count)
    return tuple(_once(out))


def _once(counts: list[Count]) -> list[Count]:
    """One count per kind and victim: "[a man] shot and killed" reads the victim twice; a victim
    counted killed is not also counted injured ("[he] was shot and died")."""
    seen: set[tuple[str, int, int]] = set()
    dead = {(c.victims.start, c.victims.end) for c in counts if c.kind == "killed" and c.victims is not None}
    out = []
    for c in counts:
        key = (c.kind, c.victims.start, c.victims.end) if c.victims is not None else (c.kind, c.start, c.end)
        if key in seen or (c.kind == "injured" and key[1:] in dead and c.victims is not None):
            continue
        seen.add(key)
        out.append(c)
    return out


def age_noun(tok: "Token") -> bool:
    """An age used as a noun: "a 17-year-old" (the adjective "old" heads it, its unit below)."""
    return tok.pos_ == "ADJ" and any(c.dep_ == "npadvmod" and c.lemma_.lower() in lexicon.word_class("age_unit")
                                     for c in tok.children)


def _reflexive_of(victim: "Token") -> "Token":
    """The subject a reflexive object stands for ("[the man] shot himself"); the victim otherwise."""
    if victim.pos_ == "PRON" and "Yes" in victim.morph.get("Reflex") and victim.dep_ == "dobj":
        return next((c for c in victim.head.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}), victim)
    return victim


def _deadly_event(tok: "Token", terms: CountTerms, numbered: Sequence[Count]) -> Count | None:
    """At least one killed for one event said to be deadly ("a fatal shooting", "the deadly
    attack"), when the sentence numbers no death; a plural ("deadly protests") gives none."""
    noun = tok.head
    if tok.pos_ != "ADJ" or tok.dep_ != "amod" or noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.i < tok.i:
        return None
    if _cue(tok.doc, tok.i, terms, {"event"}) is None or any(c.kind == "killed" for c in numbered):
        return None
    if not any(c.dep_ == "det" and c.lower_ in lexicon.word_class("determiner") for c in noun.children):
        return None
    phrase = tok.doc[tok.i : noun.i + 1]
    return count_record("killed", Quantity(1, 1, None), list(phrase), victims=None, confidence=0.6)


def _dead_of(tok: "Token", terms: CountTerms) -> "Token | None":
    """The person a death adjective or noun is said of: "[a man] is dead", "left [a man] dead",
    "found [a boy] dead", "[he] was pronounced dead", "the death of [a teenager]"; None otherwise
    (or when negated)."""
    if _cue(tok.doc, tok.i, terms, {"adj"} if tok.pos_ == "ADJ" else {"noun"}) is None:  # type: ignore[arg-type]
        return None
    head = tok.head
    if any(c.dep_ == "neg" for c in (*tok.children, *head.children)):
        return None
    if tok.pos_ == "ADJ" and tok.dep_ in {"acomp", "attr"}:
        # "[a man] is dead", "[a boy] was found dead"; "police shot dead [a student]" is the object's
        return next((c for want in ("dobj", "nsubj", "nsubjpass") for c in head.children if c.dep_ == want), None)
    if tok.pos_ == "ADJ" and tok.dep_ in {"oprd", "xcomp", "ccomp", "advcl"} and head.pos_ == "VERB":
        # "found [a boy] dead"; passive "[a boy] was found dead", "[he] was pronounced dead", also
        # as a conjunct that shares its subject ("[a man] was shot and was pronounced dead")
        return next((c for t in (head, first_conjunct(head)) for c in t.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.i > head.i and head.dep_ == "dobj":
        return head  # "left a man dead", "found the boy dead": said after the noun, of the object
    if tok.pos_ == "NOUN" and tok.lemma_.lower() == "death":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return None


def _wounded_of(tok: "Token", terms: CountTerms) -> "Token | None":
    """The person a wound or a patient's condition is said of: "[a man] with a gunshot wound",
    "found [her] suffering from a wound", "[he] suffered injuries", "[she] is in stable condition"
    (classes ``wound_noun``, ``wound_verb``, ``wound_prep``, ``patient_state`` of word_classes.tsv);
    None when negated or when the wound is what a death came of ("[he] died of his wounds")."""
    word = tok.lemma_.lower()
    if word not in lexicon.word_class("wound_noun") and not (word == "condition" and any(
            c.dep_ == "amod" and c.lower_ in lexicon.word_class("patient_state") for c in tok.children)):
        return None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon.word_class("wound_verb"):
        holder = tok.head  # "[he] suffered injuries"
    elif tok.dep_ == "pobj" and tok.head.lower_ in lexicon.word_class("wound_prep"):
        holder = tok.head.head  # "[a man] with a wound", "found [her] suffering from a wound"
    else:
        return None
    if holder.pos_ in {"NOUN", "PROPN"}:
        return holder
    if holder.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in holder.children) \
            or _token_cue(holder, terms, {"intransitive"}) == "killed":
        return None
    victim = next((c for want in ("dobj", "nsubjpass", "nsubj") for c in holder.children if c.dep_ == want and c.i != tok.i), None)
    if holder.dep_ in {"acl", "relcl"} and (victim is None or victim.tag_ in {"WP", "WDT"}):
        victim = holder.head  # "[a man] suffering from wounds", "[a boy] who suffered injuries"
    return victim


def _implied(victim: "Token", numbered: Sequence[Count], *, kind: CountKind = "killed") -> Count | None:
    """The count of one victim phrase, or ``None`` when it names no people or is counted already."""
    if victim.lower_ == "another" and not list(victim.children):  # "wounding four and killing another"
        return count_record(kind, Quantity(1, 1, 1), [victim], victims=victim.doc[victim.i : victim.i + 1], confidence=0.7)
    victim = _reflexive_of(victim)
    group = [victim, *(c for c in victim.children if c.dep_ == "conj")]
    if any((t.pos_ not in {"NOUN", "PROPN", "PRON"} and not age_noun(t)) or t.like_num for t in group):
        return None
    if any(t.pos_ == "PRON" and ("Neut" in t.morph.get("Gender") or "Prs" not in t.morph.get("PronType"))
           for t in group):
        return None  # "it was killed", "who died": no person named here
    span = noun_phrase(victim, before=_VICTIMS_BEFORE)
    if age_noun(victim):  # "a [17-year-old]": from the age's number
        span = victim.doc[min(c.left_edge.i for c in victim.children if c.dep_ == "npadvmod") : victim.i + 1]
    if len(group) > 1:  # "a man and his son": the whole coordination
        span = victim.doc[victim.left_edge.i : victim.right_edge.i + 1]
    if any(c.dep_ in {"nummod", "det"} and (c.like_num or c.lower_ == "no") for t in group for c in t.children):
        return None
    if any(span.start_char <= c.start < span.end_char for c in numbered):
        return None
    singular = all(t.tag_ in {"NN", "NNP"} or t.morph.get("Number") == ["Sing"] or age_noun(t) for t in group)
    n = len(group) if singular else None
    return count_record(kind, Quantity(n, n, n), list(span), victims=span, confidence=0.7 if singular else 0.6)


def count_governor(span: "SpacySpan") -> "Token":
    """The word a count hangs on: the nearest verb at most four links above its number
    phrase's root — "[killed]" in "two men were killed in police firing", "[left]" in "the
    firing left one dead" — else the word four links up (or the sentence root).  The event
    coder uses it to give a counted death the actor of the event that caused it."""
    return clause_head(span.root, steps=4)
