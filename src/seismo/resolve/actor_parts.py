"""Reading the parts of an actor mention off the spaCy parse.

An actor mention ("the Belarusian leader Aleksandr Lukashenko", "troops of the CSTO", "Kazakh
demonstrators, who in recent days...") is a head noun with modifiers.  These helpers find its
*core* (the head and the modifiers that say who it is — not relative clauses, conjuncts or
participles), the title in it, the actor noun at its head, the country its modifiers name and
the body a title heads ("vice president of the Defense Commission of the Duma" → the Duma).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seismo.extract.lexicon import gathering, singular, words
from seismo.extract.noun_phrases import Side, noun_phrase
from seismo.extract.syntax import backer, entity_of
from seismo.model import Place
from seismo.nlp import doc_ents
from seismo.resolve.actor_lexicon import ActorLexicon, ActorNoun, Organisation, Title

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

#: dependents that do not say who the head is ("who died", "and its allies", "trained by...")
SKIP_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "parataxis", "mark", "aux", "auxpass", "neg", "case"})
#: prepositions whose object still describes the head ("troops of X", "police in Y", "analyst at Z")
KEPT_PREPS = frozenset({"of", "from", "in", "at", "for"})
#: entity labels that name things other than actors
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: a body's name as written: the noun with the compound and modifier words before it ("State Duma")
_MODIFIER_WORDS = Side(frozenset({"compound", "amod", "nmod"}), reach="all", words=True)


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A title found in a mention: the lexicon entry, the words as written and the head token."""

    title: Title
    text: str
    head: "Token"


@dataclass(frozen=True, slots=True)
class Body:
    """What a title heads or a noun belongs to: an organisation, a sector, a country."""

    organisation: Organisation | None
    sector: str | None
    country: str | None


def core_tokens(span: "Span") -> list["Token"]:
    """The tokens of ``span`` that describe its head: the head, its modifiers, appositions and
    descriptive prepositional phrases, without relative clauses, participles or conjuncts."""
    root = span.root
    out = []
    for tok in span:
        node, ok = tok, True
        while node.i != root.i:
            if node.head.i == node.i:  # the root of another sentence the span runs into: not the head's
                ok = False
                break
            if (
                node.dep_ in SKIP_DEPS
                or (node.dep_ == "conj" and node.head.i == root.i)
                or (node.dep_ == "prep" and node.lower_ not in KEPT_PREPS)
            ):
                ok = False
                break
            if not (span.start <= node.head.i < span.end):
                # a second top token (a mis-attached apposition, "agency Ria Novosti"): keep it
                ok = node.dep_ not in {"conj", "npadvmod", "advmod"}
                break
            node = node.head
        if ok:
            out.append(tok)
    return out


def depth(tok: "Token", root: "Token") -> int:
    """Edges from ``tok`` up to ``root`` (large when ``root`` is not an ancestor)."""
    steps, node = 0, tok
    while node.i != root.i:
        if node.head.i == node.i or steps > 50:
            return 99
        node, steps = node.head, steps + 1
    return steps


def entities_in(span: "Span", tokens: Sequence["Token"]) -> list["Span"]:
    """The doc's entities lying inside ``span`` and touching one of ``tokens``."""
    ids = {t.i for t in tokens}
    return [e for e in doc_ents(span.doc) if span.start <= e.start and e.end <= span.end and any(i in ids for i in range(e.start, e.end))]


def strip_possessive(text: str) -> str:
    text = text.replace("\u2019", "'")
    return text[:-2] if text.endswith("'s") else text.rstrip("'")


def _forms(tok: "Token") -> tuple[str, ...]:
    """The word, its lemma and a naive singular (the model leaves "Rebels" unlemmatised when it
    takes a capitalised plural for a proper noun)."""
    return tuple(dict.fromkeys((tok.lower_, tok.lemma_.lower(), singular(tok.lower_))))


def find_title(tokens: Sequence["Token"], root: "Token", lexicon: ActorLexicon, *, exclude: set[int]) -> TitleMatch | None:
    """The title among ``tokens`` nearest the head (then longest): "vice president", "leader"."""
    by_index = {t.i: t for t in tokens}
    best: tuple[int, int, TitleMatch] | None = None
    for tok in tokens:
        if tok.i in exclude:
            continue
        for size in range(lexicon.max_title_words, 0, -1):
            words = [by_index.get(tok.i + k) for k in range(size)]
            if any(w is None or w.i in exclude for w in words):
                continue
            for forms in _phrase_forms(words):  # type: ignore[arg-type]
                title = lexicon.title(forms)
                if title is None:
                    continue
                head = words[-1]
                key = (depth(head, root), -size)  # type: ignore[arg-type]
                match = TitleMatch(title, tok.doc[tok.i : tok.i + size].text, head)  # type: ignore[arg-type]
                if best is None or key < best[:2]:
                    best = (key[0], key[1], match)
                break
    return best[2] if best else None


def _phrase_forms(words: Sequence["Token"]) -> list[str]:
    """The phrase as written (lower case) and with its last word lemmatised ("ministers")."""
    head = words[-1]
    lead = " ".join(w.lower_ for w in words[:-1])
    return [f"{lead} {form}".strip() for form in _forms(head)]


#: endings of English agent nouns (a person who does something: "engineer", "operator",
#: "specialist", "technician", "trainee", "serviceman"): class agent_suffix of word_classes.tsv
AGENT_SUFFIXES = tuple(words("agent_suffix"))


def find_noun(root: "Token", lexicon: ActorLexicon) -> ActorNoun | None:
    """The actor noun at the head: "security forces", "riot police", "the sheriff's deputies" (a
    possessor read as the modifier), then the head alone, then
    an institution named by a compound before an agent noun the lexicon does not know ("army
    engineers", "police drivers": the institution's people)."""
    if root.pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"} and root.tag_ not in {"NNS", "NN"}:
        return None
    if gathering(root):
        return None
    left = [c for c in root.lefts if c.dep_ in {"compound", "amod", "nmod"} and c.i == root.i - 1]
    left = left or [c for c in root.lefts if c.dep_ == "poss" and c.i == root.i - 2 and c.nbor(1).tag_ == "POS"]  # "the sheriff's deputies"
    if left:
        for lead in _forms(left[0]):
            for form in _forms(root):
                found = lexicon.noun(f"{lead} {form}")
                if found:
                    return found
    for form in _forms(root):
        found = lexicon.noun(form)
        if found:
            return found
    if left and left[0].dep_ == "compound" and root.lemma_.lower().endswith(AGENT_SUFFIXES):
        # "army engineers", "police drivers": the institution's people (not "parliament proceedings")
        for lead in _forms(left[0]):
            found = lexicon.noun(lead)
            if found and found.kind == "org":
                return found
    return None


def countries_in(
    tokens: Sequence["Token"],
    span: "Span",
    lexicon: ActorLexicon,
    *,
    places: Sequence[Place] = (),
    exclude: frozenset[int] = frozenset(),
) -> list[str]:
    """ISO3 codes named by demonyms, country names, seats or resolved places among ``tokens``,
    in text order ("the Kazakh and Russian authorities" → KAZ, RUS)."""
    ids = {t.i for t in tokens} - {t.i for t in tokens if backer(t)} - exclude
    found: list[tuple[int, str]] = []
    seen: set[int] = set()
    for ent in entities_in(span, tokens):
        if any(i in exclude for i in range(ent.start, ent.end)) or backer(ent[-1]):
            continue
        if ent.label_ == "PERSON":
            seen.update(range(ent.start, ent.end))
            continue
        text = strip_possessive(ent.text)
        code = lexicon.country(text) or lexicon.demonym(text)
        if code is None and ent.label_ in PLACE_LABELS:
            code = lexicon.seat(text)
        if code:
            found.append((ent.start, code))
            seen.update(range(ent.start, ent.end))
    for tok in tokens:
        if tok.i in ids and tok.i not in seen:
            code = lexicon.demonym(tok.text) or (lexicon.country(tok.text) if tok.pos_ == "PROPN" else None)
            if code:
                found.append((tok.i, code))
    for place in places:
        if place.country:
            hit = next((t.i for t in tokens if t.i in ids and place.start <= t.idx < place.end), None)
            if hit is not None:
                found.append((hit, place.country))
    found.sort()
    return list(dict.fromkeys(code for _, code in found))


def body_of(tok: "Token", lexicon: ActorLexicon, *, limit: int = 3) -> Body | None:
    """The body a title or noun at ``tok`` belongs to, through "of / for / at" phrases:
    "president of the Defense Commission of the Duma" → the State Duma (LEG, RUS)."""
    for prep in tok.rights:
        if prep.dep_ != "prep" or prep.lower_ not in {"of", "for", "at", "in"}:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        body = _resolve_body(obj, lexicon)
        if (body is None or body.sector is None) and limit > 1:
            deeper = body_of(obj, lexicon, limit=limit - 1)
            if deeper is not None:
                body = Body(
                    deeper.organisation or (body.organisation if body else None),
                    deeper.sector,
                    (body.country if body else None) or deeper.country,
                )
        if body is not None:
            return body
    return None


def body_before(title: TitleMatch, lexicon: ActorLexicon) -> Body | None:
    """The body named before a title, as its possessor or a noun modifying it: "the *bank's*
    chairman", "the *company* director" (a title's own words, "union leader", are the title's)."""
    first = title.head.i - len(title.text.split()) + 1
    for mod in title.head.lefts:
        if mod.dep_ in ("poss", "compound") and mod.i < first and mod.pos_ in ("NOUN", "PROPN"):
            body = _resolve_body(mod, lexicon)
            if body is not None:
                return body
    return None


def _resolve_body(obj: "Token", lexicon: ActorLexicon) -> Body | None:
    ent = entity_of(obj)
    names = [ent.text] if ent is not None else []
    names.append(noun_phrase(obj, before=_MODIFIER_WORDS).text)
    for name in names:
        org = lexicon.organisation(strip_possessive(name))
        if org is not None:
            return Body(org, org.sector, org.country or org.led_by)
        code = lexicon.country(strip_possessive(name))
        if code:
            return Body(None, None, code)
    noun = find_noun(obj, lexicon)
    country = next((lexicon.demonym(c.text) for c in obj.lefts if lexicon.demonym(c.text)), None)
    if noun is not None:
        return Body(None, noun.sector, country)
    if country:
        return Body(None, None, country)
    return None
