"""Event triggers: the words that make an event, matched on lemmas and the dependency parse.

The trigger lexicon is the data file ``seismo/data/triggers.tsv`` (its header documents the
format).  A rule names a phrase of lemmas with one head word, a part of speech, the PLOVER
type / mode it codes, an ACLED hint, a specificity weight, and conditions on the parse that
must (``require``) or must not (``exclude``) hold — that is how "strike" the labour action is
told from an air strike, or "set on fire" from a gun being fired.

    table = TriggerTable.load()
    for match in find_triggers(sent, table=table):
        match.rule.type, match.rule.mode, match.tokens
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING

from seismo.errors import ModelError
from seismo.extract.claims import attribution_cues

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

POS_TAGS: dict[str, frozenset[str]] = {
    "V": frozenset({"VERB"}),
    "N": frozenset({"NOUN", "PROPN"}),
    "A": frozenset({"ADJ"}),
    "*": frozenset({"VERB", "NOUN", "PROPN", "ADJ", "ADV", "X", "INTJ", "AUX"}),
}
CONDITION_KINDS = frozenset({"ctx", "mod", "arg", "subj", "lead", "gov", "plural", "claim", "transitive"})
#: how far (in tokens) the other words of a phrase may lie after / before its head
AFTER_WINDOW = 4
BEFORE_WINDOW = 3

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "compound", "dative", "obj"})
ARG_PREPS = frozenset({"of", "on", "against", "for", "to", "into", "at", "with", "over"})
MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "advmod", "nummod"})


@dataclass(frozen=True, slots=True)
class Condition:
    """One parse condition of a rule: ``kind`` (ctx, mod, arg, subj, lead, plural, claim)
    and the lemmas it looks for (empty for ``plural`` / ``claim``)."""

    kind: str
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
    """The parsed lexicon: rules indexed by head lemma, and the named word classes."""

    rules: dict[str, tuple[TriggerRule, ...]]
    classes: dict[str, frozenset[str]]

    @classmethod
    def load(cls, path: Path | None = None) -> "TriggerTable":
        """The bundled table (or the one at ``path``), parsed once per process."""
        return _load(str(path) if path else None)

    def word_class(self, name: str) -> frozenset[str]:
        return self.classes.get(name, frozenset())


def _data_text(path: str | None) -> tuple[str, str]:
    if path is not None:
        try:
            return path, Path(path).read_text("utf-8")
        except OSError as exc:
            raise ModelError(f"cannot read trigger table {path}: {exc}; pass an existing TSV file") from exc
    ref = importlib_resources.files("seismo") / "data" / "triggers.tsv"
    try:
        return str(ref), ref.read_text("utf-8")
    except OSError as exc:  # pragma: no cover - broken install
        raise ModelError(f"the bundled trigger table {ref} is missing; reinstall seismo") from exc


def _parse_condition(raw: str, classes: dict[str, frozenset[str]], where: str) -> Condition:
    kind, _, value = raw.partition("=")
    kind = kind.strip()
    if kind not in CONDITION_KINDS:
        raise ModelError(f"{where}: unknown condition {raw!r}; use one of {sorted(CONDITION_KINDS)}")
    if not value:
        return Condition(kind)
    if value.startswith("@"):
        if value[1:] not in classes:
            raise ModelError(f"{where}: condition {raw!r} names no @class row; define it above its use")
        return Condition(kind, classes[value[1:]])
    return Condition(kind, frozenset(v.lower() for v in value.split("|")))


def _conditions(cell: str, classes: dict[str, frozenset[str]], where: str) -> tuple[Condition, ...]:
    cell = cell.strip()
    if not cell or cell == "-":
        return ()
    return tuple(_parse_condition(c, classes, where) for c in cell.split(",") if c.strip())


def parse_table(text: str, *, origin: str = "triggers.tsv") -> TriggerTable:
    """Parse the TSV text of a trigger table; raises ModelError naming the bad line."""
    classes: dict[str, frozenset[str]] = {}
    rules: dict[str, list[TriggerRule]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        where = f"{origin}:{number}"
        if cells[0] == "@class":
            if len(cells) != 3:
                raise ModelError(f"{where}: a @class row is '@class<TAB>name<TAB>words', got {line!r}")
            classes[cells[1]] = frozenset(w.lower() for w in cells[2].split())
            continue
        cells += [""] * (8 - len(cells))
        if len(cells) > 8 or not cells[5]:
            raise ModelError(f"{where}: expected 6 to 8 tab-separated columns, got {line!r}")
        phrase, pos, type_, mode, hint, weight, require, exclude = cells
        words = phrase.lower().split()
        marked = [i for i, w in enumerate(words) if w.startswith("^")]
        if marked:
            head = marked[0]
            words[head] = words[head][1:]
        else:
            head = len(words) - 1 if pos == "N" else 0
        if pos not in POS_TAGS:
            raise ModelError(f"{where}: part of speech {pos!r} is not one of {sorted(POS_TAGS)}")
        try:
            value = float(weight)
        except ValueError:
            raise ModelError(f"{where}: weight {weight!r} is not a number; write e.g. 0.8") from None
        rule = TriggerRule(
            words=tuple(words),
            head=head,
            pos=pos,
            type=type_.strip(),
            mode=None if mode in ("", "-") else mode,
            hint=None if hint in ("", "-") else hint,
            weight=value,
            require=_conditions(require, classes, where),
            exclude=_conditions(exclude, classes, where),
            line=number,
        )
        rules.setdefault(words[head], []).append(rule)
    ordered = {
        lemma: tuple(sorted(found, key=lambda r: (-len(r.words), -len(r.require), -r.weight)))
        for lemma, found in rules.items()
    }
    return TriggerTable(rules=ordered, classes=classes)


@lru_cache(maxsize=4)
def _load(path: str | None) -> TriggerTable:
    origin, text = _data_text(path)
    return parse_table(text, origin=origin)


# ------------------------------------------------------------------ parse helpers


def words_of(token: "Token") -> tuple[str, str]:
    """The lower-cased lemma and text of a token (class look-ups try both)."""
    return token.lemma_.lower(), token.lower_


def in_class(token: "Token", words: frozenset[str]) -> bool:
    lemma, lower = words_of(token)
    return lemma in words or lower in words


def with_conjuncts(tokens: Iterable["Token"]) -> list["Token"]:
    out: list[Token] = []
    for tok in tokens:
        out.append(tok)
        out.extend(c for c in tok.conjuncts if c not in out)
    return out


def _subject_source(head: "Token") -> "Token":
    """The verb a subjectless xcomp / conjunct takes its subject from: for a conjunct, the
    nearest earlier conjunct with a subject of its own ("militants arrived, but guards posted
    there killed one": guards killed), else the first conjunct."""
    if head.dep_ == "conj":
        siblings = [c for c in head.head.children if c.dep_ == "conj" and c.i < head.i and c.pos_ in ("VERB", "AUX")]
        for sib in sorted(siblings, key=lambda t: -t.i):
            if any(c.dep_ in SUBJECT_DEPS for c in sib.children):
                return sib
    return head.head


def subjects(head: "Token") -> list["Token"]:
    """Who does what ``head`` says: its subject, by-agent or possessor, inherited from the
    governing verb for xcomp / conjoined verbs, resolved through relative pronouns."""
    found: list[Token] = []
    for child in head.children:
        if child.dep_ in SUBJECT_DEPS:
            found.append(child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by" and head.pos_ == "NOUN"):
            found.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "poss" and head.pos_ in ("NOUN", "PROPN"):
            found.append(child)
    if not found and head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        if not any(c.dep_ == "nsubjpass" for c in head.children):
            return subjects(_subject_source(head))
    if not found and head.dep_ == "relcl" and head.head.pos_ in ("NOUN", "PROPN"):
        return []
    resolved = []
    for tok in found:
        if tok.tag_ in ("WDT", "WP") and tok.head.dep_ == "relcl":
            resolved.append(tok.head.head)
        else:
            resolved.append(tok)
    return with_conjuncts(resolved)


def arguments(head: "Token") -> list["Token"]:
    """What ``head`` acts on: objects, passive subject, compounds, of/on/against-phrases."""
    found: list[Token] = []
    for child in head.children:
        if child.dep_ in OBJECT_DEPS:
            found.append(child)
        elif child.dep_ in ("prep", "agent") and child.lower_ in ARG_PREPS:
            found.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        elif child.dep_ == "xcomp" and child.pos_ == "NOUN":
            found.append(child)
    for obj in [t for t in found if t.dep_ == "dobj"]:  # "blocked access to the internet"
        found.extend(g for p in obj.children if p.dep_ == "prep" and p.lower_ in ("to", "of") for g in p.children if g.dep_ == "pobj")
    if head.dep_ == "relcl" and head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in head.children):
        found.append(head.head)
    if head.dep_ == "amod" and head.head.pos_ in ("NOUN", "PROPN"):
        found.append(head.head)
    return with_conjuncts(found)


def modifiers(head: "Token") -> list["Token"]:
    found = [c for c in head.children if c.dep_ in MOD_DEPS]
    if head.pos_ in ("NOUN", "PROPN"):  # "air strike", "air-strike", "hunger-strike"
        found.extend(head.doc[i] for i in range(max(head.sent.start, head.i - 2), head.i))
    return found


def has_claim(sent: "Span") -> bool:
    """Whether the sentence attributes what it says (according to X, X said, reports): the
    reporting words are the ``verb`` cues of ``attribution_cues.tsv``, as verbs or nouns."""
    for tok in sent:
        if tok.lemma_.lower() == "accord" and any(c.lower_ == "to" for c in tok.children):
            return True
        if tok.pos_ in ("VERB", "NOUN") and attribution_cues().get("verb", tok.lemma_) is not None:
            return True
    return False


def _holds(cond: Condition, head: "Token", sent: "Span") -> bool:
    kind, words = cond.kind, cond.words
    if kind == "plural":
        return head.tag_ in ("NNS", "NNPS")
    if kind == "transitive":  # "demonstrated [poise]", "demonstrated [that ...]"
        return any(c.dep_ in ("dobj", "ccomp", "obj") for c in head.children)
    if kind == "claim":
        return has_claim(sent)
    if kind == "ctx":  # a person's name is not a context word ("George Worker struck ...")
        return any(in_class(t, words) for t in sent if t.i != head.i and t.ent_type_ != "PERSON")
    if kind == "mod":
        return any(in_class(t, words) for t in modifiers(head))
    if kind == "arg":
        return any(in_class(t, words) for t in arguments(head))
    if kind == "subj":  # "thousands of [teachers] marched": look through a quantity's of-phrase
        found = subjects(head)
        found += [g for t in found for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        return any(in_class(t, words) for t in found)
    if kind == "lead":
        return head.dep_ in ("dobj", "pobj", "attr") and in_class(head.head, words)
    if kind == "gov":  # "the right to [strike]", "a [protest] vote": the word the head depends on
        return head.head.i != head.i and in_class(head.head, words)
    return False  # pragma: no cover - kinds are checked at load time


def _phrase_tokens(rule: TriggerRule, head: "Token", sent: "Span") -> tuple[int, ...] | None:
    """Doc indices of the phrase's words around ``head``, in order, or None if absent."""
    indices = [head.i]
    pos = head.i
    after = rule.words[rule.head :]
    for n, word in enumerate(after[1:], 1):
        limit = min(sent.end, head.i + AFTER_WINDOW + 1 + len(indices))
        if "-" in (word, after[n - 1]):  # a hyphenated word ("sit - in") is written in one piece
            limit = min(sent.end, pos + 2)
        nxt = next((i for i in range(pos + 1, limit) if word in words_of(sent.doc[i])), None)
        if nxt is None:
            return None
        indices.append(nxt)
        pos = nxt
    pos = head.i
    for word in reversed(rule.words[: rule.head]):
        limit = max(sent.start, head.i - BEFORE_WINDOW - len(indices)) - 1
        prv = next((i for i in range(pos - 1, limit, -1) if word in words_of(sent.doc[i])), None)
        if prv is None:
            return None
        indices.append(prv)
        pos = prv
    return tuple(sorted(indices))


def match_token(head: "Token", sent: "Span", *, table: TriggerTable) -> TriggerMatch | None:
    """The best rule whose head is ``head`` (longest phrase, most conditions, weight)."""
    lemma, lower = words_of(head)
    rules = table.rules.get(lemma, ()) + (table.rules.get(lower, ()) if lower != lemma else ())
    if not rules:
        return None
    for rule in rules:
        if head.pos_ not in POS_TAGS[rule.pos]:
            continue
        tokens = _phrase_tokens(rule, head, sent) if len(rule.words) > 1 else (head.i,)
        if tokens is None:
            continue
        if not all(_holds(c, head, sent) for c in rule.require):
            continue
        if any(_holds(c, head, sent) for c in rule.exclude):
            continue
        return TriggerMatch(head=head, tokens=tokens, rule=rule)
    return None


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
