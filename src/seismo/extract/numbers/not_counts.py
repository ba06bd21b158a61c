"""Numbers that count no one: ages, telephone numbers, a picture's place in a series, how many
times, years, money and measures.  :func:`~seismo.extract.numbers.counts.find_counts` drops a
number phrase these say is no head count before tying any to a kind.  The word lists are classes of
``seismo/data/word_classes.tsv`` (``emergency_number``, ``media_noun``, ``frequency_noun``,
``age_word``, ``age_comparative``, ``age_abbrev``, ``collective_noun``), read through
:mod:`seismo.extract.lexicon`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from seismo.extract import lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

    from seismo.extract.numbers.quantity import CountTerms, Quantity

__all__ = ["age_after_of", "not_a_head_count"]


def not_a_head_count(tokens: list["Token"], i: int, end: int, terms: "CountTerms") -> bool:
    """Whether the number phrase ``tokens[i:end]`` is no head count: "no" before it, a currency,
    a telephone number, an age, a picture's place in a series, how many times, a year, or a
    money, percentage, ordinal, time, date or measure entity."""
    phrase = tokens[i:end]
    if i > 0 and tokens[i - 1].lower_ == "no":
        return True  # "no one else was hurt": nobody
    if i > 0 and tokens[i - 1].lower_ in terms.currency:
        return True
    if _emergency_number(tokens, i, end):
        return True  # "a 911 call", "called 911": a telephone number
    if _age_abbreviation(tokens, end):
        return True  # "a 43 y/o man": an age
    if _place_in_a_series(tokens, i, end):
        return True  # "Image 4 of 17", "1 / 6": a picture's place among others
    if _an_age_or_times(tokens, i, end):
        return True  # "aged 19 and 20", "younger than 12", "shot three times"
    if re.fullmatch(r"(1[89]|20)\d\d", phrase[-1].text) and len(phrase) == 1:
        return not any(c.dep_ == "nummod" for c in [phrase[-1]]) or phrase[-1].ent_type_ == "DATE"
    for tok in phrase:
        if tok.ent_type_ in {"MONEY", "PERCENT", "ORDINAL", "TIME"}:
            return True
        if tok.ent_type_ in {"DATE", "QUANTITY"} and tok.dep_ != "nummod":
            return True
    return False


def age_after_of(phrase: Sequence["Token"], quantity: "Quantity", persons: frozenset[str]) -> bool:
    """Whether a lone number is the age of the one person named before its "of" ("a [boy] of 16",
    "a grandmother of 58"): a singular noun of ``persons`` that is no group of people (class
    ``collective_noun``: "a family of five" counts five), with no noun after the number."""
    tok = phrase[0]
    if len(phrase) != 1 or not 0 < (quantity.best or 0) <= 120 or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    noun = tok.head.head
    lemma = noun.lemma_.lower()
    return (noun.tag_ == "NN" and noun.i == tok.i - 2 and lemma in persons
            and lemma not in lexicon.word_class("collective_noun"))


def _emergency_number(tokens: list["Token"], i: int, end: int) -> bool:
    """Whether the number is an emergency service's telephone number (class ``emergency_number``:
    "a [911] call", "dialled [999]"): no plural noun follows it ("911 people" counts)."""
    if end - i != 1 or tokens[i].text not in lexicon.word_class("emergency_number"):
        return False
    return end == len(tokens) or tokens[end].tag_ not in {"NNS", "NNPS"}


def _place_in_a_series(tokens: list["Token"], i: int, end: int) -> bool:
    """Whether the number phrase ``tokens[i:end]`` numbers a picture among others, not people: it
    follows a word of class ``media_noun`` of word_classes.tsv ("Image [4] of 17", "Photo [2]"), or
    the number of one ("Image 4 of [17]"), or stands across a slash from another number ("[1] / 6")."""
    media = lexicon.word_class("media_noun")
    j = i - 1
    if j >= 1 and tokens[j].lower_ in {"of", "/"} and tokens[j - 1].like_num:
        j -= 2  # "Image 4 of [17]": the word before the first number
    if j >= 0 and tokens[j].lower_ in media:
        return True
    before = i >= 2 and tokens[i - 1].text == "/" and tokens[i - 2].like_num
    return before or (end + 1 < len(tokens) and tokens[end].text == "/" and tokens[end + 1].like_num)


def _an_age_or_times(tokens: list["Token"], i: int, end: int) -> bool:
    """Whether the number phrase ``tokens[i:end]`` gives an age or how many times, not a head count:
    it counts a noun of class ``frequency_noun`` of word_classes.tsv ("shot [three] times"), or it
    follows a word of class ``age_word`` ("aged [19] and 20", "between ages 12 and [16]": the first
    of the numbers it is joined to) or "than" after one of class ``age_comparative`` ("younger
    than [12]")."""
    top = tokens[end - 1]
    while top.dep_ == "conj" and top.head.like_num:
        top = top.head  # "ages 12 and [16]": the first number of the list
    if top.dep_ == "nummod" and top.head.lemma_.lower() in lexicon.word_class("frequency_noun"):
        return True
    ages = lexicon.word_class("age_word")
    if top.dep_ == "conj" and top.head.lower_ in ages:
        return True  # "ages 12 and [16]" parsed as joined to "ages"
    first = min(top.i - tokens[0].i, i)
    before = tokens[first - 1].lower_ if first > 0 else ""
    if before in ages:
        return True
    return before == "than" and first > 1 and tokens[first - 2].lower_ in lexicon.word_class("age_comparative")


def _age_abbreviation(tokens: list["Token"], end: int) -> bool:
    """Whether the number phrase ending before ``end`` is followed by an abbreviation of "years
    old" (class ``age_abbrev`` of word_classes.tsv: "43 y/o", "19 yo", "7-y.o."), written as one
    word that the tokenizer may split ("y", "/", "o")."""
    abbrevs = lexicon.word_class("age_abbrev")
    j = end + (end < len(tokens) and tokens[end].text == "-")
    word = ""
    for tok in tokens[j : j + 4]:
        word += tok.lower_
        if word in abbrevs:
            return True
        if tok.whitespace_:
            break
    return False
