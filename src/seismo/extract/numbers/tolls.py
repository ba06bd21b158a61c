"""An article's tolls: where the counts its sentences' events did not take go, and how one
sentence's attacks share one toll.

    later_deaths(drafts, orphans, doc)   deaths told after their attack
    settle_tolls(drafts, orphans)        -> drafts' counts changed in place

``drafts`` are the event coder's drafts of each sentence (each with a ``type`` and a mutable
``counts`` list); ``orphans``, per sentence, the counts with no number (:func:`implied_counts`
of :mod:`seismo.extract.numbers.victims`) that no draft of its sentence took.  The rules, in order:

1. a victim with no number its own sentence's events did not take is a victim of the attack
   told of nearest to it (:func:`later_counts`): injured ones before ``later_deaths`` runs (so
   a wounded man said later to have died is counted once), the dead after it;
2. the dead told of as a part of the people shot before ("Three men were shot.  [One of them]
   died") are among them (:func:`dead_of_the_hit`); in an article that counts a death, a victim
   counted injured only for having been hit ("[a man] was shot") is the one who died
   (:func:`dead_not_wounded`);
3. the attacks of one sentence ("a shootout killed one and wounded four") share its toll
   (:func:`pool_tolls`);
4. once the article's mentions of one attack are folded into one report, the people it says were
   shot ("Four people were shot.  ...  [The driver, who died] ...") include its dead, told in
   any sentence of it (:func:`dead_among_the_hit`).

Word classes (``hurt_verb``) are in ``seismo/data/word_classes.tsv``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from seismo.extract import lexicon
from seismo.extract.numbers.victims import IMPLIED_KINDS, refers_back
from seismo.model import Count, Event
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["dead_among_the_hit", "dead_not_wounded", "dead_of_the_hit", "later_counts", "later_deaths", "named_dead",
           "pool_tolls", "settle_tolls"]


def pool_tolls(drafts: Sequence[Any], *, types: frozenset[str] = frozenset({"ASSAULT"}),
               donors: frozenset[str] = frozenset({"PROTEST"})) -> None:
    """One sentence tells one toll: when its attacks split it ("a shootout [killed] one and
    [wounded] four": the killed count on one, the injured on the other), the attack that counts
    the most kinds (the first of them) takes the others' counts of the kinds it lacks, so that
    one report carries the whole toll.  A riot or protest (``donors``) that holds a part of the
    toll gives it up too ("[rioting] and police [firing] left three dead and nine hurt": the
    dead are the firing's as much as the wounded are), but never hosts it.  ``drafts``: the
    coder's drafts of one sentence (``type`` and a mutable ``counts`` list), changed in place; a
    count is moved, never copied."""
    def counting(d: Any) -> bool:
        return any(c.kind in IMPLIED_KINDS for c in d.counts)

    attacks = [d for d in drafts if d.type in types and counting(d)]
    givers = [d for d in drafts if d.type in donors and counting(d)]
    if not attacks or len(attacks) + len(givers) < 2:
        return
    host = max(attacks, key=lambda d: len({c.kind for c in d.counts if c.kind in IMPLIED_KINDS}))
    for d in attacks + givers:
        for c in [c for c in d.counts if d is not host and c.kind in IMPLIED_KINDS]:
            if all(h.kind != c.kind for h in host.counts):
                host.counts.append(c)
                d.counts.remove(c)


#: how many sentences back a victim its own sentence's events did not take looks for its attack
LATER_SENTENCES = 6


def later_counts(drafts: Sequence[Sequence[Any]], orphans: Sequence[Sequence[Count]], *, kinds: frozenset[str],
                 reach: int = LATER_SENTENCES, types: frozenset[str] = frozenset({"ASSAULT"})) -> None:
    """A victim told of with no number in a sentence whose events do not take it ("police
    responding to the shooting found [a man] suffering from a gunshot wound", "[the boy] is in
    stable condition") is a victim of the attack just told of: its count (of ``kinds``) goes to
    the latest attack of its own sentence, else of the ``LATER_SENTENCES`` before it, that counts
    no one of that kind yet.  ``drafts``: the coder's drafts of each sentence (``type`` and a
    mutable ``counts`` list); ``orphans``: per sentence, the counts with no number no draft of it
    took.  A count already given to an attack (by another rule) stays where it is."""
    placed = {id(c) for ds in drafts for d in ds for c in d.counts}
    for i, counts in enumerate(orphans):
        for count in counts:
            if id(count) in placed or count.kind not in kinds:
                continue
            back = range(i, max(-1, i - 1 - reach), -1)
            for j in [*back, *range(i + 1, min(len(drafts), i + 1 + reach))]:
                cands = [d for d in drafts[j] if d.type in types and all(c.kind != count.kind for c in d.counts)]
                if cands:
                    (cands[-1] if j <= i else cands[0]).counts.append(count)
                    placed.add(id(count))
                    break


def settle_tolls(drafts: Sequence[Sequence[Any]], orphans: Sequence[Sequence[Count]]) -> None:
    """The last steps of an article's tolls, once the deaths told later have found their attack
    (``later_deaths``): the dead with no number still unplaced go to an attack near them
    (:func:`later_counts`), a victim counted dead is not also counted wounded
    (:func:`dead_not_wounded`), and each sentence's attacks share its toll (:func:`pool_tolls`)."""
    later_counts(drafts, orphans, kinds=frozenset({"killed"}), reach=0)
    dead_of_the_hit(drafts)
    dead_not_wounded(drafts)
    for ds in drafts:
        pool_tolls(ds)


def dead_not_wounded(drafts: Sequence[Sequence[Any]]) -> None:
    """In an article that counts a death, one victim counted injured with no number only for
    having been hit ("[a man] was shot", "found [him] with a gunshot wound") is most often the
    one who died, told of before the death: that injured count goes.  A victim said to be
    wounded or hurt (a verb of class ``hurt_verb`` of word_classes.tsv: "[a woman] was
    wounded") or to be in a patient's condition ("[he] is in stable condition") stays."""
    if not any(c.kind == "killed" and (c.best or c.low) for ds in drafts for d in ds for c in d.counts):
        return
    doc = next(d.head.doc for ds in drafts for d in ds)
    for ds in drafts:
        for d in ds:
            d.counts[:] = [c for c in d.counts if not (c.kind == "injured" and c.best == 1 and _only_hit(c, doc))]


def _only_hit(count: Count, doc: Any) -> bool:
    """Whether an injured count with no number was read off no more than a hit ("[he] was shot")."""
    if count.victims is None or count.text != count.victims.text:
        return False
    span = doc.char_span(count.start, count.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    verb = span.root.head
    if any(v.lemma_.lower() in lexicon.word_class("hurt_verb") for v in (verb, *verb.conjuncts)):
        return False  # "[a guard] was shot and wounded"
    return not any(c.dep_ == "prep" and any(o.lemma_.lower() == "condition" for o in c.children)
                   for v in (verb, *verb.conjuncts) for c in v.children)  # "was shot and is in stable condition"


def dead_of_the_hit(drafts: Sequence[Sequence[Any]], *, reach: int = LATER_SENTENCES,
                    types: frozenset[str] = frozenset({"ASSAULT"})) -> None:
    """The dead told of after the people shot are among them, when told of as a part of them
    ("Three men were shot.  [One of the men] died at a hospital", "[two of them] later died") or
    given to that attack already ("Four people were shot.  [A man] died at the scene"): being
    shot (a verb of class ``hit_verb`` of word_classes.tsv, not "were wounded") says nothing of
    surviving.  A part goes to the latest attack of the ``reach`` sentences before that counts
    more people hit and no death yet (a count-only draft left with no count goes); then each
    attack's hit count is taken the dead off (none left: the count goes) when it is told in an
    earlier sentence than its killed count, or in the same one or a later one ("[one person] died
    after [seven] were shot", "left one dead ... [all four] had been shot") as the number it
    writes, not of people told apart from the dead (a word of class ``apart_word`` of
    word_classes.tsv: "three others were shot").  ``drafts``: the coder's drafts of each
    sentence, changed in place."""
    doc = next((d.head.doc for ds in drafts for d in ds), None)
    if doc is None:
        return
    for i, ds in enumerate(drafts):
        for d in list(ds):
            for dead in [c for c in d.counts if c.kind == "killed" and c.best and _a_part(c, doc)]:
                attack = _hit_before(drafts, i, dead, doc, reach=reach, types=types)
                if attack is not None:
                    attack.counts.append(dead)
                    d.counts.remove(dead)
            if not d.counts and getattr(d, "trigger_is_count", False):
                ds.remove(d)  # type: ignore[attr-defined]
    for d in (d for ds in drafts for d in ds if d.type in types):
        dead = next((c for c in d.counts if c.kind == "killed" and c.best), None)
        hit = next((c for c in d.counts if c.kind == "injured" and c.best and _only_hit_many(c, doc)), None)
        if dead is None or hit is None or hit.best < dead.best:  # type: ignore[operator]
            continue
        if not _later_sentence(dead, hit, doc) and not _whole_hit(hit, doc):
            continue
        n = hit.best - dead.best  # type: ignore[operator]
        d.counts.remove(hit)
        if n > 0:
            d.counts.append(replace(hit, low=n if hit.low == hit.best else hit.low, best=n,
                                    high=n if hit.high == hit.best else hit.high))


def dead_among_the_hit(events: Sequence[Event], doc: Any, *, types: frozenset[str] = frozenset({"ASSAULT"})) -> list[Event]:
    """``events`` (an article's reports, each mention of one attack folded into it) with the dead
    taken off the people hit: a report that counts people shot with a number as written, not
    told apart from others ("five people were shot", "[four] had been shot", "one of [five]
    people shot": :func:`_only_hit_many`, :func:`_whole_hit`), and its dead (a killed count,
    in the same sentence or another: "the driver, who died", "three died"), counts as injured
    only the hit who did not die; none are left when all of them died.  Being shot says nothing
    of surviving; the rules before join only the counts of one sentence or its attack."""
    out = []
    for e in events:
        dead = max((c.best for c in e.counts if c.kind == "killed" and c.best and c.part == "text"), default=0)
        hit = next((c for c in e.counts if c.kind == "injured" and c.best and c.part == "text"
                    and _only_hit_many(c, doc) and _whole_hit(c, doc)), None)
        if e.type not in types or not dead or hit is None or hit.best < dead:  # type: ignore[operator]
            out.append(e)
            continue
        n = hit.best - dead  # type: ignore[operator]
        counts = [c for c in e.counts if c is not hit]
        if n > 0:
            counts.insert(e.counts.index(hit), replace(hit, low=n if hit.low == hit.best else hit.low, best=n,
                                                       high=n if hit.high == hit.best else hit.high))
        out.append(replace(e, counts=tuple(counts)))
    return out


def named_dead(events: Sequence[Event], doc: Any, *,
               types: frozenset[str] = frozenset({"ASSAULT"})) -> list[Event]:
    """``events`` (an article's reports, each mention of one attack folded into it) where a report
    that counts its dead one by one by name ("[Ana Ruiz] was killed ...  [Tom Bell] also died")
    also counts them all: its killed counts of one victim each named by a person's name (one
    PERSON entity in the victim phrase) that name different people — neither name's words all
    among the other's ("Bell", "Mr. Bell", "Tom A. Bell" and "Tom Avery Bell" are "Tom Bell"; words of class
    ``name_extra`` aside) — add up to one more count of them all, unless a count of the report
    already gives as many.  A report's figure is its largest count (``seismo.link.reconcile``)."""
    out = []
    for e in events:
        people: list[tuple[Count, frozenset[str]]] = []
        for c in e.counts:
            words = _person_named(c, doc) if c.kind == "killed" and c.best == 1 and c.part == "text" else None
            if words and not any(words <= w or w <= words for _, w in people):
                people.append((c, words))
        most = max((c.best for c in e.counts if c.kind == "killed" and c.best is not None), default=0)
        if e.type not in types or len(people) < 2 or most >= len(people):
            out.append(e)
            continue
        start, end = min(c.start for c, _ in people), max(c.end for c, _ in people)
        n = len(people)
        total = replace(people[0][0], low=n, best=n, high=n, start=start, end=end,
                        text=doc_text(doc)[start:end], victims=None, confidence=min(c.confidence for c, _ in people))
        out.append(replace(e, counts=(*e.counts, total)))
    return out


def _person_named(count: Count, doc: Any) -> frozenset[str] | None:
    """The words of the one person's name a count's victim phrase holds, or puts beside its noun
    (lower case; initials and words of class ``name_extra`` such as "jr" and "mr" left out), or None."""
    if count.victims is None:
        return None
    span = doc.char_span(count.victims.start, count.victims.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root  # the phrase, or a name put beside its noun ("her neighbor [Tom Bell]")
    near = {t.i for t in span} | {t.i for c in root.children if c.dep_ in {"appos", "compound"}
                                  for t in c.subtree}
    names = [list(ent) for ent in doc.ents if ent.label_ == "PERSON" and all(t.i in near for t in ent)]
    if not names and root.pos_ == "PROPN" and root.ent_type_ not in {"GPE", "LOC", "FAC", "NORP"}:
        names = [[t for t in span if t.pos_ == "PROPN"]]  # a name the entity model missed or mislabelled
    if len(names) != 1:
        return None
    extra = lexicon.word_class("name_extra")
    words = frozenset(w for t in names[0] if (w := t.lower_.rstrip(".")).isalpha() and len(w) > 1 and w not in extra)
    return words or None


def _whole_hit(count: Count, doc: Any) -> bool:
    """Whether a hit count gives the number as written (no rule took a part off it yet) of people
    not told apart from others ("seven were shot", not "three others were shot")."""
    from seismo.extract.numbers.quantity import parse_quantity

    written = parse_quantity(count.text)
    if written is None or written.best != count.best:
        return False
    span = doc.char_span(count.start, count.end, alignment_mode="expand")
    if span is None:
        return False
    apart = lexicon.word_class("apart_word")
    phrase = doc[span.start:min(len(doc), span.end + 2)]  # the number and the words right after it ("three other men")
    return not any(t.lower_ in apart for t in phrase) and not (span.start and doc[span.start - 1].lower_ in apart)


def _later_sentence(later: Count, earlier: Count, doc: Any) -> bool:
    a = doc.char_span(later.start, later.end, alignment_mode="expand")
    b = doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
    return a is not None and b is not None and a.sent.start > b.sent.start


def _hit_before(drafts: Sequence[Sequence[Any]], i: int, dead: Count, doc: Any, *, reach: int,
                types: frozenset[str]) -> Any:
    """The latest attack of the ``reach`` sentences before sentence ``i`` that counts at least as
    many people hit as ``dead`` and no death yet, or None."""
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        for attack in reversed(drafts[j]):
            if attack.type in types and not any(c.kind == "killed" for c in attack.counts) and any(
                    c.kind == "injured" and c.best is not None and c.best >= dead.best  # type: ignore[operator]
                    and _only_hit_many(c, doc) for c in attack.counts):
                return attack
    return None


def _a_part(count: Count, doc: Any) -> bool:
    """Whether a count is of a part of a group: "[one of] the men", "[two of] them"."""
    span = doc.char_span(count.start, count.end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].lower_ == "of"


def _only_hit_many(count: Count, doc: Any) -> bool:
    """Whether a numbered injured count was read off a verb of hitting ("[three men] were shot",
    "[five people] shot", "found [two men] shot"), not one also of wounding ("shot and wounded")."""
    span = doc.char_span(count.start, count.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root.head if span.root.dep_ == "nummod" else span.root
    hit = lexicon.word_class("hit_verb")
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in hit for c in tok.children):
        return not _hurt_too(next(c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in hit))  # "[five people] shot"
    said = tok.dep_ in {"nsubjpass", "dobj"} or (tok.dep_ == "nsubj" and tok.head.tag_ == "VBN")  # "found [two men] shot"
    return said and tok.head.lemma_.lower() in hit and not _hurt_too(tok.head)


def _hurt_too(verb: Any) -> bool:
    """Whether a verb of hitting has a conjunct of class ``hurt_verb`` ("were shot and wounded")."""
    return any(v.lemma_.lower() in lexicon.word_class("hurt_verb") for v in verb.conjuncts)


# ------------------------------------------------------------------ a death told later

#: how many sentences back a later death ("He died in hospital") looks for the attack it ends
LATER_DEATH_SENTENCES = 2


def _definite(count: "Count", doc: "Doc") -> bool:
    """Whether a count's victim points back to someone named before: a pronoun ("he died"), a
    definite description ("the victim died", "the man died") or a person's name ("Jane Roe, 26,
    was pronounced dead")."""
    if refers_back(count):
        return True
    span = doc.char_span(count.victims.start, count.victims.end, alignment_mode="expand") if count.victims else None
    return span is not None and len(span) > 0 and (
        span.root.ent_type_ == "PERSON" or any(c.dep_ == "det" and c.lower_ == "the" for c in span.root.children))


def _one_of_the_hurt(count: "Count", attack: Any) -> bool:
    """Whether an indefinite victim ("a 20-year-old man was pronounced dead there") can be one of those the
    attack just told of hurt: the attack counts its wounded (or shot) with a number above one."""
    return count.victims is not None and any(c.kind == "injured" and (c.best or 0) > 1 for c in attack.counts)


def later_deaths(drafts: "list[list[Any]]", orphans: "list[list[Count]]", doc: "Doc") -> None:
    """A death told after its attack, with a pronoun, a definite description or a name for the
    victim ("A man was shot on Friday. *He died* in hospital", "*The victim died* on Saturday"),
    goes to the latest attack of the sentences just before that counts no death yet; so does an
    indefinite one ("Five people were shot. *A man died* at the scene") when that attack counted
    several hurt, of whom the dead is one.  ``drafts``: the coder's drafts of each sentence
    (``type`` and a mutable ``counts`` list); ``orphans``: per sentence, the counts with no
    number no draft of it took.  Further away, before or after it, a death told with a pronoun or
    a definite description goes to the article's lone victim (:func:`_lone_victim`): an article
    that tells of one person shot and of no death tells "the victim died" of that person."""
    for i, counts in enumerate(orphans):
        for count in counts:
            if count.kind != "killed":
                continue
            definite = _definite(count, doc)
            for j in range(i - 1, max(-1, i - 1 - LATER_DEATH_SENTENCES), -1):
                cands = [d for d in drafts[j] if d.type == "ASSAULT" and all(c.kind != "killed" for c in d.counts)
                         and (definite or _one_of_the_hurt(count, d))]
                if cands:
                    _died(cands[-1], count)
                    break
            else:
                if definite and (attack := _lone_victim(drafts, i)) is not None:
                    _died(attack, count)


def _died(attack: Any, count: "Count") -> None:
    """``attack`` counts ``count``'s death; the one who died is the one wounded, when that one was
    a single victim with no number."""
    attack.counts[:] = [c for c in attack.counts if not (c.kind == "injured" and c.best == 1
                                                          and c.victims is not None and c.text == c.victims.text)]
    attack.counts.append(count)


def _lone_victim(drafts: "list[list[Any]]", at: int) -> Any:
    """The attack of an article that tells of one victim hurt: every injured count of its attacks
    is one person (best 1) and none counts a death; of those that count the victim, the nearest
    before sentence ``at``, else the nearest after.  None in any other article."""
    attacks = [(j, d) for j, ds in enumerate(drafts) for d in ds if d.type == "ASSAULT"]
    counts = [c for _, d in attacks for c in d.counts if c.kind in {"killed", "injured"}]
    if not counts or any(c.kind == "killed" or c.best != 1 for c in counts):
        return None
    hurt = [(j, d) for j, d in attacks if any(c.kind == "injured" for c in d.counts)]
    return min(hurt, key=lambda jd: (jd[0] > at, abs(at - jd[0])))[1]
