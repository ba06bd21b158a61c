"""The source cited by "according to X": the "to" of it and the X it names, for quotes and triggers.

    according_to(tok, ...)      the "to" of "according to"
    according_source(tok, ...)  the X of "according to X"

Reads spaCy tokens only, as :mod:`seismo.extract.syntax` does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from seismo.extract.syntax import words_owner

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token


def according_to(tok: "Token", *, as_written: bool = False, any_form: bool = False) -> "Token | None":
    """The "to" of "according to" when ``tok`` is "according", else ``None``.

    as_written: "to" must be the next word (else: a dependent "to", as parsed).
    any_form: ``tok`` may be any form of "accord" (its lemma), not only "according".
    """
    if not (tok.lemma_.lower() == "accord" if any_form else tok.lower_ == "according"):
        return None
    if as_written:
        after = tok.i + 1
        return tok.doc[after] if after < len(tok.doc) and tok.doc[after].lower_ == "to" else None
    return next((c for c in tok.children if c.lower_ == "to"), None)


@dataclass(frozen=True, slots=True)
class According:
    """One "according to X".

    to: the "to" token.
    source: the head of X, the source cited (``None`` when the text names none we can see).
    relative: X was written as a relative pronoun ("according to whom") and ``source`` is
        its antecedent.
    """

    to: "Token"
    source: "Token | None"
    relative: bool = False


def according_source(
    tok: "Token",
    *,
    pronouns: frozenset[str],
    resolve: Callable[["Token"], "Token | None"],
    roles: frozenset[str],
    owner_preps: frozenset[str],
    as_written: bool = False,
    default: "Token | None" = None,
) -> According | None:
    """The source of "according to X" when ``tok`` is "according" (``None`` when it is not):
    X is the object of "to" (``default`` when the parse gives it none); a relative pronoun
    in ``pronouns`` ("according to whom") is replaced by ``resolve(pronoun)``; "the account /
    figures of Y" by its owner Y (:func:`words_owner` with ``roles`` and ``owner_preps``).
    ``as_written``: "to" must be the next word."""
    to = according_to(tok, as_written=as_written)
    if to is None:
        return None
    noun = next((c for c in to.children if c.dep_ == "pobj"), default)
    if noun is None:
        return According(to, None)
    if noun.lower_ in pronouns:
        return According(to, resolve(noun), relative=True)
    owner = words_owner(noun, roles=roles, preps=owner_preps)
    return According(to, noun if owner is None else owner)
