"""Event triggers: the words that make an event, matched on lemmas and the dependency parse.

The trigger lexicon is the data file ``seismo/data/triggers.tsv`` (its header documents the format), read through
:mod:`seismo.extract.lexicon`.  A rule names a phrase of lemmas with one head word, a part of speech, the PLOVER type /
mode it codes, an ACLED hint, a specificity weight, and conditions on the parse that must (``require``) or must not
(``exclude``) hold — how "strike" the labour action is told from an air strike, or "set on fire" from a gun fired.
An ``@nominal`` row reads a verb's noun ("harassment") with the verb's one-word rows.

    table = TriggerTable.load()
    for match in find_triggers(sent, table=table):
        match.rule.type, match.rule.mode, match.tokens
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Literal, get_args

from seismo.extract import lexicon
from seismo.extract.events.coding.phrases import HYPHENS, phrase_tokens
from seismo.extract.events.coding.words import SUBJECT_DEPS, arguments, doers, has_claim, modifiers, reporter, site
from seismo.extract.mandate import bidden
from seismo.extract.syntax import PLACE_LABELS, in_class, passive_aux, prep_objects, sentence_words, with_conjuncts, words_of
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

POS_TAGS: dict[str, frozenset[str]] = {
    "V": frozenset({"VERB"}),
    "N": frozenset({"NOUN", "PROPN"}),
    "A": frozenset({"ADJ"}),
    "*": frozenset({"VERB", "NOUN", "PROPN", "ADJ", "ADV", "X", "INTJ", "AUX"}),
}
#: the conditions a rule may require or exclude (see the header of triggers.tsv)
ConditionKind = Literal["ctx", "mod", "arg", "subj", "lead", "gov", "plural", "claim", "transitive", "held", "ranked",
                        "complement", "comp", "describes", "prep", "passive", "reports", "obliges", "shared", "tocomp",
                        "content", "standing", "near", "obj", "agentless", "foretells", "conditional",
                        "deadline", "result", "lapses", "offsite", "site", "objplace", "told", "hit", "aimed", "term"]
CONDITION_KINDS = frozenset(get_args(ConditionKind))

#: named-entity labels of a party (a person, a body, a state, a people), never a thing foretold
PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: children that carry a verb's particle or preposition ("back *away*", "settle *with*")
PARTICLE_DEPS = frozenset({"prt", "prep", "advmod", "agent"})


@dataclass(frozen=True, slots=True)
class Condition:
    """One parse condition of a rule: ``kind`` (ctx, mod, arg, subj, lead, gov, held, plural, claim,
    transitive, content, ...) and the lemmas it looks for (empty for ``plural`` / ``claim``)."""

    kind: ConditionKind
    words: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One row of ``triggers.tsv``.

    words: the phrase's lemmas; head: the index of the head word in ``words``.
    pos: V / N / A / *; type / mode: PLOVER; hint: an ACLED coding hint (acled_map.tsv).
    weight: specificity in [0, 1]; line: the row's line number, for messages.
    """

    words: tuple[str, ...]
    head: int
    pos: str
    type: str
    mode: str | None
    hint: str | None
    weight: float
    require: tuple[Condition, ...]
    exclude: tuple[Condition, ...]
    line: int


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A rule matched in a sentence: the head token and every token of the phrase (doc indices)."""

    head: "Token"
    tokens: tuple[int, ...]
    rule: TriggerRule

    @property
    def start(self) -> int:
        return min(self.tokens)

    @property
    def end(self) -> int:
        return max(self.tokens) + 1


@dataclass(frozen=True, slots=True)
class TriggerTable:
    """The parsed lexicon: rules indexed by head lemma, and the named word classes (the
    ``@class`` rows; ``word_class`` raises on a name no row defines)."""

    rules: dict[str, tuple[TriggerRule, ...]]
    classes: lexicon.WordClasses

    @classmethod
    def load(cls, path: Path | None = None) -> "TriggerTable":
        """The bundled table (or the one at ``path``), parsed once per process."""
        return _load(str(path) if path else None)

    def word_class(self, name: str) -> frozenset[str]:
        return self.classes[name]


def _parse_condition(raw: str, classes: dict[str, tuple[str, ...]], row: lexicon.Row) -> Condition:
    kind, _, value = raw.partition("=")
    kind = kind.strip()
    if kind not in CONDITION_KINDS:
        raise row.error(f"unknown condition {raw!r}", f"use one of {sorted(CONDITION_KINDS)}")
    if not value:
        return Condition(kind)  # type: ignore[arg-type]
    # "arg=@freedoms", "arg=access|@freedoms": words and classes defined above, in any order
    words = lexicon.expand((v if v.startswith("@") else v.lower() for v in value.split("|")), defined=classes, row=row)
    return Condition(kind, frozenset(words))  # type: ignore[arg-type]


def _conditions(cell: str, classes: dict[str, tuple[str, ...]], row: lexicon.Row) -> tuple[Condition, ...]:
    if not cell or cell == "-":
        return ()
    return tuple(_parse_condition(c, classes, row) for c in cell.split(",") if c.strip())


def parse_table(text: str, *, origin: str = "triggers.tsv") -> TriggerTable:
    """Parse the TSV text of a trigger table; raises ModelError naming the bad line."""
    return _build(lexicon.parse(text, origin=origin))


def _build(table: lexicon.Table) -> TriggerTable:
    classes: dict[str, tuple[str, ...]] = {}
    rules: dict[str, list[TriggerRule]] = {}
    nominal: dict[str, tuple[str, lexicon.Row]] = {}
    for row in table:
        if row[0] == "@nominal":  # a verb's noun, read with the verb's rows ("harassment")
            nominal[row[1]] = (row[2], row)
            continue
        if row[0] == "@class":
            lexicon.define_class(row, defined=classes)
            continue
        if len(row) < 6 or len(row) > 8 or not row[5]:
            raise row.error(f"expected 6 to 8 tab-separated columns, got {len(row)}", "fix the line")
        phrase, pos, type_, mode, hint = row[:5]
        require, exclude = row.get(6), row.get(7)
        words = phrase.lower().split()
        marked = [i for i, w in enumerate(words) if w.startswith("^")]
        if marked:
            head = marked[0]
            words[head] = words[head][1:]
        else:
            head = len(words) - 1 if pos == "N" else 0
        if pos not in POS_TAGS:
            raise row.error(f"part of speech {pos!r} is not one of {sorted(POS_TAGS)}", "fix the line")
        rule = TriggerRule(
            words=tuple(words),
            head=head,
            pos=pos,
            type=type_,
            mode=None if mode in ("", "-") else mode,
            hint=None if hint in ("", "-") else hint,
            weight=row.number(5, what="weight"),
            require=_conditions(require, classes, row),
            exclude=_conditions(exclude, classes, row),
            line=row.line,
        )
        rules.setdefault(words[head], []).append(rule)
    ordered = {
        lemma: tuple(sorted(found, key=lambda r: (-len(r.words), -len(r.require), -r.weight)))
        for lemma, found in rules.items()
    }
    for noun, (verb, row) in nominal.items():  # the noun of a verb reads as the verb's one-word rows
        derived = tuple(replace(r, words=(noun,), pos="N") for r in ordered.get(verb, ()) if r.pos == "V" and len(r.words) == 1)
        if not derived:
            raise row.error(f"@nominal verb {verb!r} has no one-word verb row", "add the verb's row or drop the line")
        ordered.setdefault(noun, derived)
    return TriggerTable(rules=ordered, classes=lexicon.WordClasses(classes, origin=table.origin))


@lru_cache(maxsize=4)
def _load(path: str | None) -> TriggerTable:
    return _build(lexicon.read("triggers.tsv", path=path))


# ------------------------------------------------------------------ conditions on the parse


def _foretold(verb: "Token") -> bool:
    """Whether a clause tells what a thing will do ("the currency could weaken", "millions face
    famine"): an active clause whose subject is a common noun or number, not a pronoun ("it would
    retaliate"), a named party, armed men, nor, warned by armed men, their violence."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.dep_ == "nsubjpass" or subj.pos_ not in ("NOUN", "NUM") or subj.ent_type_ in PARTY_ENTITIES:
        return False  # "protesters would be arrested", "Israel would regret it": done to or by a party
    classes = TriggerTable.load().word_class
    parties = [classes("forces"), classes("armedgroup")]
    warner = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if warner is not None and any(in_class(warner, c) for c in parties):
        parties.append(classes("violence"))  # "the rebels warned that attacks would continue": their own
    return not any(in_class(subj, c) for c in parties)


def _party_subject(verb: "Token") -> bool:
    """Whether a clause's subject is a party: a pronoun, a named person, body, state or people, or
    a noun of people or armed men ("its members", "the soldiers")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON" or subj.ent_type_ in PARTY_ENTITIES:
        return True
    return in_class(subj, TriggerTable.load().word_class("partysubject"))


def _conditional_act(verb: "Token") -> bool:
    """Whether a reported clause tells what a party will do, or will have done to it, on a condition:
    a future or conditional auxiliary ("would", "will", "could") and a clause of condition ("if",
    "unless") or "otherwise" ("they would paralyse the country unless ...", "Iraq could lose its
    reserves if ..."), its subject a party (:func:`_party_subject`), not a thing ("the economy would grow if")."""
    from seismo.extract.framing.cues import modal_cues

    cues = modal_cues()
    future = cues.word_class("future_aux") | cues.word_class("possible_aux")
    if not any(c.dep_ == "aux" and c.lower_ in future for c in verb.children):
        return False
    if _universal_subject(verb):  # "any incursion would be met with force": whoever makes one
        return True
    if not _party_subject(verb):
        return False
    condition = lexicon.word_class("condition")
    return any((c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in condition for m in c.children))
               or (c.dep_ == "advmod" and c.lower_ in condition) for c in verb.children)


def _universal_subject(verb: "Token") -> bool:
    """Whether a passive clause's subject is any one who does a thing, or any act of a kind, told by
    a modifier of its own ("*any* attack *on the port* would be answered", "*anyone joining* the
    strike would be punished"): what the clause says befalls whoever does it, a retribution (class
    ``retribution``: met, answered, punished), for something the subject says is done ("any
    resident would be given a permit", "anyone who registers will be allowed to vote" are no
    threats; a bare "any incursion" names no deed, and is left to the trigger rows)."""
    universal = lexicon.word_class("universal_subject")
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subj is not None and verb.lemma_.lower() in lexicon.word_class("retribution") and (subj.lower_ in universal
                                 or any(c.dep_ == "det" and c.lower_ in universal for c in subj.children)) \
        and any(c.dep_ in ("acl", "relcl", "prep") for c in subj.children)


def _deadline(head: "Token") -> bool:
    """Whether ``head`` gives a stretch of time or a date to act in: a to-infinitive with "until" a
    time ("gave the strikers until Monday to return") or one on a number of time units ("gave the
    premier three days to resign", the infinitive often parsed as the noun's clause)."""
    from seismo.extract.timex.other import units

    # the stretch is the object, or an adverbial noun where the parser took the person for the object
    times = [c for c in head.children if c.dep_ in ("dobj", "obj", "npadvmod") and c.lower_ in units()]
    acts = [c for c in head.children if c.dep_ == "xcomp" and c.tag_ == "VB" or _infinitive(c)]
    acts += [c for t in times for c in t.children if c.dep_ in ("relcl", "acl") and c.tag_ == "VB"
             and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    until = any(c.dep_ == "prep" and c.lower_ in lexicon.word_class("deadline_prep") for c in head.children)
    return bool(acts) and (until or bool(times))


def _names_people(word: "Token", participle: "Token") -> bool:
    """The word a participle hangs on is only what picks out the people the participle names: a
    number ("all eleven accused"), or a modifier with its own article just before it ("the
    absconding accused", "the remaining accused"), which the parser took for the head."""
    return word.tag_ == "CD" or (word.i == participle.i - 1 and word.tag_ in ("VBG", "JJ", "NN")
                                 and any(c.dep_ == "det" for c in word.children))


def _has_object(prep: "Token") -> bool:
    """A preposition heads a phrase: it has an object that is no adjective (not "to [usher]" in
    "failure to usher in reforms", where the parse read the infinitive's "to" as a preposition)."""
    return any(c.dep_ == "pcomp" or c.dep_ == "pobj" and c.tag_ != "JJ" for c in prep.children)


def _holds(cond: Condition, head: "Token", sent: "Span") -> bool:
    kind, words = cond.kind, cond.words
    if kind == "plural":
        return head.tag_ in ("NNS", "NNPS")
    if kind == "describes":  # "groups [supporting] the senator", "a [US-backed] militia", "they are [opposed]"
        return head.dep_ in ("acl", "amod", "acomp") and head.tag_ in ("VBG", "VBN") and not any(
            c.dep_ in ("aux", "auxpass") for c in head.children)
    if kind == "standing":  # "[the accused] was remanded": a participle with its own article names people
        if head.tag_ == "VBN" and head.dep_ == "acl" and _names_people(head.head, head) and not any(
                c.dep_ in ("agent", "dobj") or (c.dep_ == "prep" and c.lower_ == "of") for c in head.children):
            return True  # "acquitted all eleven [accused]", "the absconding [accused]": people named by the participle
        return head.tag_ in ("VBN", "JJ") and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "ccomp") and any(
            c.dep_ == "det" or (c.dep_ == "amod" and c.i < head.i and any(d.dep_ == "det" for d in c.children))
            for c in head.children) and not any(c.dep_ in ("aux", "auxpass") for c in head.children)  # "the remaining [accused]"
    if kind == "passive":  # "he was [picked] up": a passive verb
        return passive_aux(head)
    if kind == "agentless":  # "services were [suspended]": a passive naming no doer
        return passive_aux(head) and not any(c.dep_ == "agent" for c in head.children)
    if kind == "obj":  # "[looted] the *treasury*": the object's own word, not its compounds ("a *security* guard")
        # but a name's title is the named one's own word ("[overthrew] *President* Roch Kabore")
        objects = with_conjuncts([c for c in head.children if c.dep_ in ("dobj", "nsubjpass")])
        return any(in_class(t, words) or t.pos_ == "PROPN" and any(
            c.dep_ == "compound" and c.i < t.i and in_class(c, words) for c in t.children) for t in objects)
    if kind == "told":  # "the [gunmen] who attacked the post": a clause of its own tells what it did
        return any(c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") for c in head.children)
    if kind == "aimed":  # "[launched] drones *at* Odesa", "[launched] a salvo of rockets *at* the base": fired at a target
        aims = lexicon.word_class("aim_prep")
        return any(in_class(t, words) or t.ent_type_ in PLACE_LABELS and t.pos_ == "PROPN"
                   for h in (head, *(c for c in head.children if c.dep_ == "dobj")) for t in prep_objects(h, aims))
    if kind == "hit":  # "an Israeli [strike] *on* Damascus airport": what a blow falls on, a place or a thing of class c
        return any(in_class(t, words) for t in with_conjuncts(prep_objects(head, frozenset({"on", "against"})))) or any(
            t.ent_type_ in PLACE_LABELS and t.pos_ == "PROPN" for t in with_conjuncts(prep_objects(head, frozenset({"on"}))))
    if kind == "objplace":  # "[seized] *Goma*", "[retook] *Bakhmut*": ground named by its name
        return any(t.ent_type_ in PLACE_LABELS and t.pos_ == "PROPN"
                   for t in with_conjuncts([c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]))
    if kind == "transitive":  # "demonstrated [poise]", "demonstrated [that ...]"
        return any(c.dep_ in ("dobj", "ccomp", "obj") for c in head.children)
    if kind == "claim":
        return has_claim(sent)
    if kind == "ctx":  # a person's name is not a context word ("George Worker struck ...")
        return not sentence_words(sent).isdisjoint(words) and any(
            in_class(t, words) for t in sent if t.i != head.i and t.ent_type_ != "PERSON")
    if kind == "offsite":  # "protested to the [embassy]", not "protested outside the embassy": a place is no party
        return any(in_class(t, words) for t in sent if t.i != head.i and t.ent_type_ != "PERSON" and not site(t))
    if kind == "site":  # "gathered at the scene of the [crash]", "near the [wreckage]": where the act is
        return any(in_class(t, words) for t in sent if t.i != head.i and site(t, through=True))
    if kind == "near":  # "police *found* a bag holding a [bomb]", not "a jet dropped a [bomb], a man who *recovered* ..."
        top = head
        while top.dep_ in ("compound", "amod", "nmod") and top.head.i != top.i:
            top = top.head  # "a [bomb] *disposal* squad": the words of its noun phrase
        return any(in_class(t, words) for t in (*top.subtree, *top.ancestors) if t.i != head.i)
    if kind == "mod":
        return any(in_class(t, words) for t in modifiers(head))
    if kind == "arg":
        return any(in_class(t, words) for t in arguments(head))
    if kind == "subj":  # "thousands of [teachers] marched": look through a quantity's of-phrase
        found = [reporter(t) or t for t in doers(head)]
        found += [g for t in found for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        arms = lexicon.word_class("service_arm")  # "the [air] force": a unit named by the arm it fights with
        found += [c for t in found if t.lemma_.lower() in arms for c in t.children if c.dep_ == "compound"]
        table = TriggerTable.load()
        return any(in_class(t, words) for t in found) or (
            table.word_class("armedgroup") <= words and any(_armed_bearer(t) for t in found)) or (
            table.word_class("statename") <= words and any(t.ent_type_ == "GPE" for t in doers(head)))  # "India protested"
    if kind == "lead":  # "lodged a [protest]", "a [protest] was lodged", "the lifting of the [curfew]"
        gov = head.head
        if head.dep_ == "pobj" and gov.lower_ == "of" and gov.head.i != gov.i and gov.head.pos_ == "NOUN":
            gov = gov.head  # the noun an of-phrase hangs on names the act, as its verb would
        return head.dep_ in ("dobj", "pobj", "attr", "nsubjpass") and in_class(gov, words)
    if kind == "gov":  # "the right to [strike]", "a [protest] vote": the word the head depends on
        # a conjunct of the same form shares its first conjunct's governor ("trying to trace and [arrest]";
        # "tried to stop the car and [arrested] the driver": the arrest is no attempt)
        while head.dep_ == "conj" and head.head.i != head.i and head.tag_ == head.head.tag_:
            head = head.head
        return head.head.i != head.i and in_class(head.head, words)
    if kind == "complement":  # "declined [the offer]", "declined [to attend]" — not "income declined"
        return any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in head.children)
    if kind == "reports":  # "they [protested] that the vote was rigged": a clause said, not a march
        return any(c.dep_ == "ccomp" for c in head.children) or _said_after(head)
    if kind == "foretells":  # "[warned] that the currency could weaken": what a thing will do, no one's act
        return not any(c.dep_ in ("dobj", "dative") for c in head.children) and any(
            c.dep_ == "ccomp" and _foretold(c) for c in head.children)
    if kind == "conditional":  # "[said] they would paralyse the country unless ...": a party's act on a condition
        # whose verb is no trigger of its own ("will not *accept* ... if": the refusal is the act, acts.py)
        return any(c.dep_ == "ccomp" and _conditional_act(c) and match_token(c, sent, table=TriggerTable.load()) is None
                   for c in head.children)
    if kind == "deadline":  # "[gave] the strikers until Monday to return", "three days to resign"
        return _deadline(head)
    if kind == "obliges":  # "[said] the army must leave": a clause putting a duty on another, named party
        return any(c.dep_ == "ccomp" and _obliges_other(c) for c in head.children)
    if kind == "comp":  # "refused to [comment]": the verb of the head's clausal complement
        return any((c.dep_ in ("xcomp", "ccomp") or _infinitive(c)) and in_class(c, words) for c in head.children)
    if kind == "result":  # "[leaving] dozens injured", "left thousands homeless": the state an act leaves its object in
        # (not a place left as it was: "left Kherson intact")
        return any(c.dep_ in ("dobj", "obj") and c.ent_type_ not in PLACE_LABELS for c in head.children) and any(
            c.dep_ in ("xcomp", "oprd", "acomp", "ccomp") and c.tag_ in ("JJ", "VBN") and c.i > head.i for c in head.children)
    if kind == "prep":  # "backed [away]", "settled [with] the rebels": a particle or preposition of the head
        return any(c.dep_ in PARTICLE_DEPS and c.lower_ in words and (c.dep_ != "prep" or _has_object(c)) for c in head.children)
    if kind == "term":  # "[jailed] for ten *years*", "for *life*": how long a sentence runs, not an arrest
        return any(p.dep_ == "prep" and p.lower_ == "for" and any(o.dep_ == "pobj" and o.lemma_.lower() in words
                                                                  for o in p.children) for p in head.children)
    if kind == "held":  # "remanded [in] custody", "remains [under] arrest" — not "placed under arrest"
        prep = head.head if head.dep_ == "pobj" else head.doc[head.left_edge.i - 1]  # "remains in [custody] pending"
        return ((head.dep_ == "pobj" or prep.dep_ == "prep" and prep.i == head.left_edge.i - 1 >= head.sent.start)
                and prep.lower_ in lexicon.word_class("held_prep") and not (prep.head.i != prep.i and in_class(prep.head, words)))
    if kind == "lapses":  # "the [custody] ended", "the [detention] expired": what ends, not what ends something
        verb = head.head
        return (head.dep_ == "nsubj" and head.tag_ != "NNS" and verb.i != head.i and in_class(verb, words)  # not "the arrests ended"
                and not any(c.dep_ in ("dobj", "prt", "xcomp") or c.dep_ == "npadvmod" and any(
                    d.dep_ == "det" for d in c.children) for c in verb.children))  # "ended [a decade] on the run": its object
    if kind == "tocomp":  # "ordered the minister [to appear]": a to-infinitive complement
        return any(c.dep_ == "xcomp" and c.tag_ == "VB" or _infinitive(c) for c in head.children)
    if kind == "shared":  # "Russian and Chinese ships held drills", "drills with Japan"
        return shared(head)
    if kind == "content":  # "the sheriff's warrant for the [arrest]": what the paper of a noun of class c orders
        prep = head.head  # or hung on the verb of the noun: "extended his protection from [arrest]"
        nouns = [prep.head] if prep.head.pos_ in ("NOUN", "PROPN") else \
            [c for c in prep.head.children if c.dep_ in ("dobj", "obj", "nsubjpass") and c.i < prep.i]  # "a warrant was issued for"
        return (head.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i != prep.i
                and any(in_class(n, words) for n in nouns))
    if kind == "ranked":  # "the Avars [form] the largest group": an object ranked by a superlative
        return any(c.dep_ in ("dobj", "obj", "attr") and any(m.tag_ in ("JJS", "RBS") for m in c.subtree if m.i < c.i)
                   for c in head.children)
    return False  # pragma: no cover - kinds are checked at load time


#: entity labels of a party a nationality word or name stands for ("*Russian* ships", "*Japan*")
PARTY_LABELS = frozenset({"NORP", "GPE", "ORG"})


def _said_after(head: "Token") -> bool:
    """A verb with its own subject, set off by a comma after the clause it reports ("the vote was
    rigged, the opposition [protested]"), which the parser hangs on that clause's verb (or reads
    as a relative clause of its subject, set in apposition to that clause's last noun)."""
    if (head.dep_ == "acl" and head.tag_ in ("VBD", "VBN") and head.head.dep_ == "appos"
            and not any(c.dep_ == "agent" for c in head.children)):
        head = head.head  # "..., the growers' federation [protested]": a finite verb read as a relative
        return head.left_edge.i > 0 and head.left_edge.nbor(-1).text == ","
    left = head.left_edge
    return (head.dep_ in ("advcl", "parataxis") and head.i > head.head.i
            and any(c.dep_ in SUBJECT_DEPS for c in head.children)
            and (left.text == "," or (left.i > 0 and left.nbor(-1).text == ",")))


def shared(head: "Token") -> bool:
    """Whether two parties do what ``head`` says together (condition ``shared``): two or more doers
    (of the verb whose object a noun ``head`` is), a doer named by two nationalities or a group
    noun counted as several ("two rival clans", "both sides"), or a with-phrase on the act or its verb."""
    noun = head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        noun = noun.head.head  # "began ten days *of* drills": the drills are what was begun
    acts = [head] + ([noun.head] if noun.dep_ in ("dobj", "obj") and noun.head.pos_ == "VERB" else [])
    if any(c.dep_ == "prep" and c.lower_ == "with" for a in acts for c in a.children):
        return True
    found = doers(acts[-1])
    parties = [m for d in found for m in d.children if m.dep_ in ("amod", "compound") and m.ent_type_ in PARTY_LABELS]
    many = lexicon.word_class("many_parties")  # "*two rival* clans", "*both* sides", not "two brothers"
    counted = any(m.dep_ in ("nummod", "det", "predet", "amod") and m.lower_ in many
                  for d in found if d.tag_ in ("NNS", "NNPS") and d.lemma_.lower() in lexicon.word_class("party_group")
                  for m in d.children)
    return len(found) >= 2 or len(with_conjuncts(parties)) >= 2 or counted


def _infinitive(tok: "Token") -> bool:
    """A to-infinitive the parser hung on its verb as an adjunct ("have sworn *to disrupt* the vote",
    parsed advcl): read as the verb's complement."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _obliges_other(verb: "Token") -> bool:
    """Whether the reported clause of ``verb`` puts a duty ("must", "should": class ``obligation_aux``
    of the modal table) on a party named by a noun, or on the one told through a pronoun (class
    ``addressee_pronoun``: "told the authorities that *they* must comply"), not on the speaker or no
    one ("we must", "it should be noted"); or bids a named party act (:func:`seismo.extract.mandate.bidden`)."""
    from seismo.extract.framing.cues import modal_cues

    duty = modal_cues().word_class("obligation_aux")
    if bidden(verb, named=True):  # "insisted that the company *pay*", "wants Lagos *to pay*"
        return True
    named = any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    if any(c.dep_ == "aux" and c.lower_ in duty for c in verb.children):
        # "told the authorities that *they* must comply": a pronoun standing for the one told
        return named or (any(c.dep_ == "nsubj" and c.lower_ in lexicon.word_class("addressee_pronoun") for c in verb.children)
                         and any(c.dep_ in ("dobj", "dative") for c in verb.head.children))
    return False


def _read_pos(head: "Token") -> str:
    """The part of speech a rule is matched on: the model's, but an -ing form the parse hung as
    an auxiliary, which only "being", "having" and the passive's "getting" can be (class
    ``ing_aux``), is a gerund that names its act, a noun ("*Shelling* hit a market", parsed as if
    "is hit")."""
    if head.pos_ == "AUX" and head.tag_ == "VBG" and head.lemma_.lower() not in lexicon.word_class("ing_aux"):
        return "NOUN"
    return head.pos_


def match_token(head: "Token", sent: "Span", *, table: TriggerTable) -> TriggerMatch | None:
    """The best rule whose head is ``head`` (longest phrase, most conditions, weight)."""
    lemma, lower = words_of(head)
    rules = table.rules.get(lemma, ()) + (table.rules.get(lower, ()) if lower != lemma else ())
    if not rules:
        return None
    pos = _read_pos(head)
    for rule in rules:
        if pos not in POS_TAGS[rule.pos]:
            continue
        tokens = phrase_tokens(rule, head, sent) if len(rule.words) > 1 else (head.i,)
        if tokens is None:
            continue
        if not all(_holds(c, head, sent) for c in rule.require):
            continue
        if any(_holds(c, head, sent) for c in rule.exclude):
            continue
        return TriggerMatch(head=head, tokens=tokens, rule=rule)
    return None


def _armed_bearer(token: "Token") -> bool:
    """Unnamed people told armed by a modifier ("*armed men*", "armed youths"): an armed group."""
    table = TriggerTable.load()
    return in_class(token, table.word_class("armedbearer")) and any(
        c.dep_ in ("amod", "compound") and in_class(c, table.word_class("armedmark")) for c in token.children)


def find_triggers(sent: "Span", *, table: TriggerTable) -> Iterator[TriggerMatch]:
    """Every trigger in a sentence; a longer phrase hides shorter matches inside it."""
    matches = [m for m in (match_token(tok, sent, table=table) for tok in sent) if m is not None]
    matches.sort(key=lambda m: (-len(m.tokens), -m.rule.weight, m.head.i))
    taken: set[int] = set()
    kept: list[TriggerMatch] = []
    for m in matches:
        if taken.intersection(m.tokens):
            continue
        taken.update(m.tokens)
        kept.append(m)
    yield from sorted(kept, key=lambda m: m.head.i)


# ------------------------------------------------------------------ matches that name no event

#: a wiki-style section heading ("==See also==", "== References ==")
_HEADING = re.compile(r"==+\s*([^=\n]{1,60}?)\s*==+")
_BACKMATTER = "seismo.backmatter"


def in_backmatter(sent: "Span") -> bool:
    """A sentence after a heading of the article's back matter (class ``backmatter``: "See also",
    "References", "External links") lists titles and sources, not what the article tells."""
    doc = sent.doc
    start = doc.user_data.get(_BACKMATTER)
    if start is None:
        names = lexicon.word_class("backmatter")
        text = doc_text(doc)
        start = doc.user_data[_BACKMATTER] = next(
            (m.start() for m in _HEADING.finditer(text) if m.group(1).strip().lower() in names), len(text))
    return sent.start_char >= start


#: entity labels of names: a trigger word inside one is part of the name
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "FAC", "LAW", "WORK_OF_ART", "NORP", "LOC", "PRODUCT"})

def in_name(match: TriggerMatch) -> bool:
    """A trigger word inside a name or a date ("Collective Security Treaty", "March 7")."""
    return match.head.ent_type_ in NAME_LABELS | {"DATE", "TIME"} and match.head.pos_ == "PROPN"


#: dependency labels of a word that describes a noun ("riot police", "US-backed forces")
MODIFIER_DEPS = frozenset({"compound", "amod"})


def describes_a_noun(match: TriggerMatch, table: "TriggerTable", heads: frozenset[int]) -> bool:
    """A one-word trigger that only describes another noun names no event: "riot police", "a
    bomb factory", "US-backed forces", "the arrest warrant" — unless that noun is an event
    itself (a trigger head of the sentence, ``heads``: "a grenade attack", "artillery shelling")
    or one that an event may be ("strike action", "a bombing campaign": class ``eventhead``) or the
    casing it is fired in ("teargas shells": class ``munition``).  A
    protest participle describing people ("striking miners", class ``crowd``) tells what they do."""
    head = match.head
    if match.end - match.start != 1 or head.dep_ not in MODIFIER_DEPS:
        return False
    if head.dep_ == "amod" and (head.tag_ == "VBD" or head.tag_ == "VBN" and in_class(head, table.word_class("reducedpassive"))):
        return False  # "the arrested workers": a reduced passive; a finite past (VBD) is the sentence's verb misparsed
    noun = head.head
    if match.rule.type == "PROTEST" and head.tag_ == "VBG" and in_class(noun, table.word_class("crowd")):
        return False  # "striking miners", "protesting residents": what the people are doing
    return (noun.i != head.i and noun.pos_ in ("NOUN", "PROPN") and noun.i not in heads
            and not in_class(noun, table.word_class("eventhead"))
            and not in_class(noun, table.word_class("munition")))


def phrase_head(head: "Token", table: "TriggerTable") -> "Token":
    """The noun whose frame tells whether a trigger used as its modifier happened: "threatened
    *strike action*", "to avert *protest action*" are read on "action" (class ``eventhead``);
    a hyphenated word is read on its last part, which the parser makes its head ("will stage a
    *sit-in*": "in", the object of "stage"); any other trigger is its own."""
    end = _hyphenated_end(head)
    if end.i != head.i and end.is_ancestor(head):
        head = end
    noun = head.head
    if head.dep_ == "compound" and noun.i != head.i and noun.pos_ == "NOUN" and in_class(noun, table.word_class("eventhead")):
        return noun
    return head


def _hyphenated_end(tok: "Token") -> "Token":
    """The last part of the hyphenated word ``tok`` opens ("sit" of "sit-in" → "in"), else ``tok``."""
    doc, i = tok.doc, tok.i
    while i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text in HYPHENS and not doc[i + 1].whitespace_:
        i += 2
    return doc[i]
