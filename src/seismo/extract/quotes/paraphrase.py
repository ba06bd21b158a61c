"""Paraphrased attributions: a reporting or stance verb with a noun or clausal object and no quotation.

"The ministry denied reports that ...", "Ward accused the mayor of lying", "She blamed the
violence on extremists", "The senator called for an inquiry", "Activists warned of unrest",
"He cited rising costs": the content is the verb's object, complement and the prepositional
phrases that complete it (the words after the verb, less its subject, any adverbial clause
and a second use of the same verb: "called on X to ... and called on Y to ..." is two); the
source is the verb's active subject, the by-agent of a passive, or the subject a participle or
infinitive inherits ("..., accusing the mayor of ..." → the clause's subject).

The verbs are ``data/quote_paraphrase_cues.tsv``: general English verbs of saying, judging,
wanting and stance whose object is what the source says or thinks, and stance adjectives that
complete a verb ("the union was critical of the plan": the source is the verb's subject).  A verb
of force in its physical sense gives nothing ("rebels attacked an army base": :func:`struck`); a
verb with no source we can find gives nothing (we refuse to guess), as does a passive without a
by-agent ("X was accused of ...": the accuser is not named), a bare pronoun object ("scolded
him": no content of its own), the writer's own "we" and a relative
clause on a description ("the women who accused him of ...": a description more often than a
report; one on a name is a report: "Clinton, who has called for ...").  Contents
already reported as a direct or indirect quote are left to it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from seismo.extract import lexicon
from seismo.extract.quotes.cues import CueLexicon
from seismo.extract.quotes.indirect import Indirect
from seismo.extract.quotes.marks import CONTENT_CLOSERS, DOUBLE_OPENERS, STRAIGHT, WORD_SIGNS, trailing_mark
from seismo.extract.quotes.speakers.mentions import mention_at
from seismo.extract.quotes.speakers.subjects import CLIMB_DEPS, bare_participle, controlled_by_object, writers_aside
from seismo.extract.syntax import subject
from seismo.nlp import doc_text

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable, Mapping

    from spacy.tokens import Doc, Token

#: a paraphrase's content has at least this many words ("endorsed Trump": one)
MIN_CONTENT_WORDS = 1
#: a content cut short before a claim reported on its own keeps at least this many words
MIN_CLIPPED_WORDS = 2
#: the frames of ``quote_paraphrase_cues.tsv``: the dependency labels of each kind of content
FRAME_DEPS = {"obj": frozenset({"dobj"}), "clause": frozenset({"ccomp"}), "inf": frozenset({"xcomp"})}
#: frames of a verb whose table row names none
DEFAULT_FRAMES = frozenset({"obj", "clause", "inf"})
#: children that complete an object ("called him a liar", "blamed X for Y", "accused X of Y")
COMPLEMENT_DEPS = frozenset({"oprd", "dative", "attr", "acomp", "ccomp", "xcomp"})
#: a preposition that may hold the content ("called for"), or the parse's particle holding an
#: object ("called on officials to ...": "on" tagged ``prt`` with its own ``pobj``)
PREP_DEPS = frozenset({"prep", "prt"})
#: entity labels of a phrase that only dates the act
TIME_LABELS = frozenset({"DATE", "TIME"})
#: active subjects; a passive gives its by-agent only
ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})
CONFIDENCE = 0.6
#: the kinds of antecedent a relative pronoun may stand for as a source ("Clinton, who called for ...")
NAMED_KINDS = frozenset({"person", "org"})
#: opening quotation marks, double and single (a straight one opens when it stands right before the quotation)
_OPENERS = DOUBLE_OPENERS | {STRAIGHT, "‘", "'"}
#: a mark that breaks a sentence into clauses: a comma, semicolon or colon before a space, a dash
#: that joins no two figures ("2019–2020"), a bracket
_BREAK = re.compile(r"[,;:](?=\s)|--|(?<!\d)[—–](?!\d)|\s-\s|\(")
_EDGE = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "that", "whether", "if"})


@lru_cache(maxsize=1)
def paraphrase_verbs() -> dict[str, frozenset[str]]:
    """``{lemma: frames}`` from ``quote_paraphrase_cues.tsv``: ``obj``, ``clause``, ``inf`` and
    the prepositions that may introduce the content ("call for", "warn of")."""
    out: dict[str, frozenset[str]] = {}
    for row in lexicon.read("quote_paraphrase_cues.tsv", columns=(1, 2)):
        frames = frozenset(row.get(1).split()) if row.get(1) else DEFAULT_FRAMES
        out[row[0].lower()] = frames
    return out


def _is_time(prep: "Token") -> bool:
    """A prepositional phrase that only dates or times the act ("on Tuesday", "in March"), or says
    how or for whom it is said (class ``speech_setting``: "speaking on condition of anonymity",
    "on behalf of the union", "on state television", "on the sidelines of the summit")."""
    return any(c.dep_ == "pobj" and (c.ent_type_ in TIME_LABELS or c.lemma_.lower() in lexicon.word_class("speech_setting"))
               for c in prep.children)


def _content(verb: "Token", source: "Token | None") -> tuple[list["Token"], "Token"]:
    """The verb's object or complement as its frames allow and the phrases that complete it,
    and the last word of the cue (the verb, or its preposition: "called for", "warned of")."""
    frames = paraphrase_verbs().get(verb.lemma_.lower(), DEFAULT_FRAMES)
    deps = frozenset().union(*(FRAME_DEPS[f] for f in frames if f in FRAME_DEPS))
    rights = [c for c in verb.rights if not (c.is_punct or c.is_space)]
    heads = [
        c for c in rights
        if c.dep_ in deps or (c.dep_ in PREP_DEPS and c.lower_ in frames and not _is_time(c))
        or _marked_by(c, frames) is not None
    ]  # fmt: skip
    if not heads:
        return [], verb
    first = heads[0]
    mark = _marked_by(first, frames)
    if mark is not None:  # "called for the state to act": "for" opens the clause, the cue's own
        mine = {t.i for t in source.subtree} if source is not None else set()
        return [t for t in first.subtree if t.i != mark.i and t.i not in mine], mark
    keep = [first]
    for child in rights:
        if child.i <= first.i:
            continue
        completes = child.dep_ == "prep" and (child.lower_ in lexicon.word_class("complement_prep")
                                              or child.lower_ in frames)
        if child.dep_ in deps or child.dep_ in COMPLEMENT_DEPS or (completes and not _is_time(child)):
            keep.append(child)
        else:
            break
    tokens = [t for c in keep for t in c.subtree]
    again = [t for t in tokens if t.dep_ == "conj" and t.lemma_ == verb.lemma_ and t.pos_ == verb.pos_]
    if again:  # "called on X to ... and called on Y to ...": the second call is a paraphrase of its own
        cut = min(again, key=lambda t: t.i)
        drop = {t.i for t in cut.subtree} | {c.i for c in cut.head.children if c.dep_ == "cc" and c.i < cut.i}
        tokens = [t for t in tokens if t.i not in drop]
    if source is not None:
        mine = {t.i for t in source.subtree}
        tokens = [t for t in tokens if t.i not in mine]
    cue_end = verb
    between = verb.doc[verb.i + 1 : first.i]
    if first.dep_ in PREP_DEPS and all(t.dep_ in {"advmod", "prt"} for t in between):
        cue_end = first  # "called for an inquiry": the preposition belongs to the cue
        tokens = [t for t in tokens if t.i != first.i]
    return tokens, cue_end


def _marked_by(clause: "Token", frames: frozenset[str]) -> "Token | None":
    """The preposition of a frame that opens an infinitive clause the parse hung on the verb as an
    adverbial clause with its marker (``called for the state to act``: "for"), else None."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    first = min(clause.subtree, key=lambda t: t.i)
    return first if first.dep_ == "mark" and first.head.i == clause.i and first.lower_ in frames else None


def _trim(tokens: list["Token"], lo: int, hi: int) -> tuple[int, int] | None:
    tokens = sorted((t for t in tokens if lo <= t.i < hi), key=lambda t: t.i)
    while tokens and (tokens[0].is_space or tokens[0].lower_ in _EDGE or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and trailing_mark(tokens[-1]):
        tokens = tokens[:-1]
    if sum(1 for t in tokens if t.is_alpha) < MIN_CONTENT_WORDS or all(t.pos_ == "PRON" for t in tokens):
        return None  # too short, or a bare pronoun ("scolded him", "promote it"): no content of its own
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def source_of(verb: "Token", *, lo: int, hi: int) -> "Token | None":
    """The active subject or by-agent of ``verb``, or the one a participle or infinitive inherits."""
    if (any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or bare_participle(verb)) and not any(
        c.dep_ == "agent" for c in verb.children
    ):
        return None  # "X was asked about ...", "Asked about the plan, X said": the asker is not named
    controller = controlled_by_object(verb)
    if controller is not None:
        return controller if lo <= controller.i < hi else None  # "the ruling led the mayor to accuse ..."
    return subject(
        verb,
        deps=ACTIVE_SUBJECTS,
        agent=True,
        within=(lo, hi),
        relative="keep",
        pronouns=lexicon.word_class("relative_pronoun"),
        inherit=CLIMB_DEPS,
        inherit_steps=2,
        inherit_passive=False,
    )


def struck(verb: "Token", source: "Token") -> bool:
    """Whether a verb with a sense of physical force as well as a verbal one (class
    ``force_verb``: "attack", "blast") is used in the physical sense: its doer is an armed force,
    an armed group, a mob or a weapon (classes ``forces``, ``armedgroup``, ``mob``, ``weaponry``,
    ``stonelike`` of triggers.tsv: "rebels attacked the town", "the bomb blasted a hole"), or a
    with-phrase names a weapon, a missile or a blade or club (class ``hand_weapon``: "attacked
    the officers with stones", "with knives"); a town, a port or a paper is criticised as often
    as struck, so the object decides nothing."""
    if verb.lemma_.lower() not in lexicon.word_class("force_verb"):
        return False
    doers, arms = _force_words()
    if source.lemma_.lower() in doers:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_.lower() in arms
                                                                for o in c.children) for c in verb.children)


@lru_cache(maxsize=1)
def _force_words() -> tuple[frozenset[str], frozenset[str]]:
    """The doers whose attack is a blow (armed forces and groups, mobs, weapons) and the weapons
    a with-phrase may name."""
    classes = lexicon.table_classes("triggers.tsv")
    arms = classes["weaponry"] | classes["stonelike"] | lexicon.word_class("hand_weapon")
    return classes["forces"] | classes["armedgroup"] | classes["mob"] | arms, arms


def from_verb(verb: "Token", cues: CueLexicon, *, quoted: bool = False) -> Indirect | None:
    """The paraphrase ``verb`` introduces, or ``None``; ``quoted``: the verb stands inside a
    quotation, where a first person is its speaker, not the writer."""
    sent = verb.sent
    lo, hi = sent.start, sent.end
    # a stance adjective takes its source from the verb it completes ("she was critical of ...")
    source = source_of(verb.head if verb.pos_ == "ADJ" else verb, lo=lo, hi=hi)
    if source is None or (source.lower_ in lexicon.word_class("narrator") and not quoted):
        return None
    if writers_aside(verb.head if verb.pos_ == "ADJ" else verb, source):
        return None  # "it is tempting to fault the board": no one faults it
    if struck(verb, source):
        return None  # "rebels attacked an army base": a raid, not a rebuke
    tokens, cue_end = _content(verb, source)
    if not tokens or source.i in {t.i for t in tokens}:
        return None
    mention = mention_at(source, lo=lo, hi=hi, cues=cues)
    if mention is None or (mention.antecedent is not None and mention.antecedent.kind not in NAMED_KINDS):
        return None  # "the women who have accused him of ...": a description, seldom a report
    span = _trim(tokens, lo, hi)
    if span is None:
        return None
    return Indirect(span[0], span[1], (verb.idx, cue_end.idx + len(cue_end.text)), mention, CONFIDENCE,
                    kind="paraphrase")


@lru_cache(maxsize=1)
def _verb_ids() -> frozenset[int]:
    """The paraphrase cue lemmas as spaCy string ids (a hash of the string, the same in every vocab)."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in paraphrase_verbs())


def candidates(doc: "Doc") -> list[int]:
    """Indices of verbs whose lemma is a paraphrase cue, and of adjectives that complete a
    verb ("was critical of"), read from the attribute arrays."""
    from spacy.attrs import DEP, LEMMA, POS
    from spacy.symbols import ADJ, VERB, acomp

    if len(doc) == 0:
        return []
    wanted = _verb_ids()
    rows = doc.to_array([LEMMA, POS, DEP]).tolist()
    return [
        i
        for i, (lemma, pos, dep) in enumerate(rows)
        if lemma in wanted and (pos == VERB or (pos == ADJ and dep == acomp))
    ]


def find_paraphrases(doc: "Doc", *, taken: list[tuple[int, int]], cues: CueLexicon,
                     cued: "Mapping[int, int] | None" = None) -> list[Indirect]:
    """Paraphrased attributions in ``doc`` whose content overlaps none of the spans ``taken``
    (the quotes already found, and the direct quotations' own words); ``cued`` maps the start of
    a direct quotation's words to where its cue starts."""
    return claim_free((doc[i] for i in candidates(doc)), lambda verb: from_verb(verb, cues), taken=taken,
                      cued=cued)


def _clipped(text: str, found: Indirect, spans: list[tuple[int, int]], cued: "Mapping[int, int]",
             cue: "Token") -> Indirect | None:
    """``found`` ending before the first span of ``spans`` that starts inside its content: a
    content the parse ran on into a claim reported on its own ("called on X to act -- meddling
    the congressman said is ...") keeps its words before that claim (less the claim's opening
    mark), when any are left.  A content whose words run straight on into a quotation its own
    cue reports (``cued``: nothing but a space and the opening mark between them) has that
    quotation for its own words, which the direct quote reports: it keeps its words before the last
    clause break that leads into the quotation (:data:`_BREAK`: "called on members to end the
    strike -- a step it said was “...”": "members to end the strike"), else the cue's object
    ("accused the company of “...”": "the company"), else nothing ("warned that the plan would
    “cost jobs”": the direct quote says it all)."""
    inside = [a for a, _ in spans if found.start < a < found.end]
    if not inside:
        return found
    end = min(inside)
    gap = end
    while gap > found.start and (text[gap - 1] in _OPENERS or text[gap - 1].isspace()):
        gap -= 1
    least = MIN_CLIPPED_WORDS
    if gap > found.start and cued.get(end) == found.cue[0] and text[gap:end].strip() and text[gap - 1].isalnum():
        breaks = [m.start() for m in _BREAK.finditer(text, found.start, gap)]
        if not breaks:
            least = MIN_CONTENT_WORDS  # the object is a whole phrase, a word long or more ("urged *residents* to “...”")
        gap = breaks[-1] if breaks else _object_end(cue, found.start, gap)
        if gap <= found.start:
            return None
    end = gap
    while end > found.start and not (text[end - 1].isalnum() or text[end - 1] in CONTENT_CLOSERS | WORD_SIGNS):
        end -= 1
    if len(text[found.start : end].split()) < least:
        return None
    return replace(found, end=end)


def _object_end(cue: "Token", start: int, limit: int) -> int:
    """Where the cue's direct object ends before ``limit`` (less a preposition leading into the
    quotation: "accused [the striking drivers] of “...”"), when its head lies between ``start``
    and ``limit``; else ``start``."""
    for c in cue.children:
        if c.dep_ == "dobj" and start <= c.idx < limit:
            words = [t for t in c.subtree if t.idx + len(t.text) <= limit]
            while words and words[-1].i > c.i and (words[-1].dep_ in ("prep", "punct", "mark") or words[-1].is_space):
                words.pop()
            if words and words[0].idx >= start:
                return words[-1].idx + len(words[-1].text)
    return start


def claim_free(cues: "Iterable[Token]", read: "Callable[[Token], Indirect | None]", *,
               taken: list[tuple[int, int]], cued: "Mapping[int, int] | None" = None) -> list[Indirect]:
    """What ``read`` finds at each cue word in turn, kept when the cue, the content and the
    source mention overlap none of ``taken`` nor of what was kept before (a content running
    into one of them is cut short: :func:`_clipped`, with ``cued`` the cue of each direct
    quotation by where its words start)."""
    out: list[Indirect] = []
    spans = sorted(taken)
    for cue in cues:
        if any(a <= cue.idx < b for a, b in spans):
            continue
        found = read(cue)
        if found is not None:
            found = _clipped(doc_text(cue.doc), found, spans, cued or {}, cue)
        if found is None or any(found.start < b and a < found.end for a, b in spans):
            continue
        if any(a <= found.mention.start < b for a, b in spans):
            continue
        out.append(found)
        spans.append((found.start, found.end))
    return out
