"""The one loader of the data tables under ``seismo/data`` that extraction reads.

Every table is UTF-8 text, one record a line:

* blank lines and lines starting with ``#`` are comments (each table's opening comment says
  what its columns hold and who reads it);
* cells are separated by tabs and stripped of surrounding spaces; ``columns=(least, most)``
  bounds how many a row may have (``most=None``: no bound);
* ``header=True`` takes the first row as the names of the columns, ``header=("a", "b")``
  also checks them;
* ``sections=("speech", "thought")`` lets ``## name`` class headers put the rows below them
  in a class (:attr:`Row.section`); a header naming no such class is an error;
* in a word-class definition a word ``@name`` stands for every word of the class ``name``
  defined above it, and a cell ``ctx=@name`` refers to one (:func:`reference`); a name no row
  defines is an error when the table is read, never a class that silently matches nothing.

Every error is a :class:`~seismo.errors.ModelError` naming the file, the line and the fix::

    .../seismo/data/triggers.tsv:42: weight 'very' is not a number; write e.g. 0.8

Usage::

    table = read("count_terms.tsv", columns=(2, 3), header=("category", "term", "value"))
    for row in table:
        row[0], row.get(2), row.line, row.number(2, what="value")
    word_class("locative_prep")   # frozenset of one class of data/word_classes.tsv
    words("org_prep")             # the same words in file order, for first-match loops

``parse(text, origin=...)`` reads a table's text (parsers of one table take text in tests);
``define_class`` / ``reference`` / ``expand`` handle the ``@class`` rows and ``@name``
references of tables with classes of their own (``triggers.tsv``); ``WordClasses`` holds
named classes and raises on an unknown name.

Tables are read once per process (cached on every argument).  ``path=`` reads a file
instead of the bundled table and ``package=`` names where the bundled tables live: tests
use them to load broken copies.  This module imports nothing else from ``seismo.extract``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from seismo.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

DATA_PACKAGE = "seismo.data"
#: the table of word classes the extractors name in code (its header says what each class holds)
WORD_CLASSES = "word_classes.tsv"
_CLASS_NAME = re.compile(r"[a-z][a-z0-9_]*")


# --------------------------------------------------------------------------- rows and tables
@dataclass(frozen=True, slots=True)
class Row:
    """One record of a table.

    cells: the tab-separated cells, stripped of surrounding spaces.
    origin / line: the file and the 1-based line the row was written on, for messages.
    section: the ``## name`` class header above the row (``None`` without one).
    """

    cells: tuple[str, ...]
    origin: str
    line: int
    section: str | None = None

    def __getitem__(self, index: int) -> str:
        return self.cells[index]

    def __len__(self) -> int:
        return len(self.cells)

    def __iter__(self) -> Iterator[str]:
        return iter(self.cells)

    def get(self, index: int, default: str = "") -> str:
        """Cell ``index``, or ``default`` when the row is shorter."""
        return self.cells[index] if index < len(self.cells) else default

    @property
    def where(self) -> str:
        """``file:line`` of the row."""
        return f"{self.origin}:{self.line}"

    def error(self, problem: str, fix: str = "fix the line") -> ModelError:
        """An error naming this row: ``file:line: problem; fix``."""
        return ModelError(f"{self.where}: {problem}; {fix}")

    def number(self, index: int, *, what: str = "value") -> float:
        """Cell ``index`` as a number."""
        try:
            return float(self.get(index))
        except ValueError:
            raise self.error(f"{what} {self.get(index)!r} is not a number", "write e.g. 0.8") from None

    def integer(self, index: int, *, what: str = "value") -> int:
        """Cell ``index`` as a whole number."""
        try:
            return int(self.get(index))
        except ValueError:
            raise self.error(f"{what} {self.get(index)!r} is not a whole number", "write e.g. 12") from None

    def choice(self, index: int, allowed: Iterable[str], *, what: str = "value") -> str:
        """Cell ``index``, which must be one of ``allowed``."""
        value = self.get(index)
        options = tuple(allowed)
        if value not in options:
            raise self.error(f"{what} {value!r} is not one of {', '.join(options)}", "use one of them")
        return value


@dataclass(frozen=True, slots=True)
class Table:
    """The rows of one data file, in file order, and its header (empty when it has none)."""

    origin: str
    rows: tuple[Row, ...]
    header: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)


def parse(
    text: str,
    *,
    origin: str,
    columns: tuple[int, int | None] = (1, None),
    header: bool | Sequence[str] = False,
    sections: Sequence[str] | None = None,
) -> Table:
    """The rows of a table's text (see the module docstring); ``origin`` names it in errors."""
    least, most = columns
    rows: list[Row] = []
    head: tuple[str, ...] = ()
    section: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if sections is not None and stripped.startswith("##"):
            name = stripped.lstrip("#").strip()
            if name not in sections:
                allowed = " or ".join(f"'## {s}'" for s in sections)
                raise ModelError(f"{origin}:{number}: unknown class header {stripped!r}; use {allowed}")
            section = name
            continue
        if not stripped or stripped.startswith("#"):
            continue
        cells = tuple(cell.strip() for cell in line.split("\t"))
        if header is not False and not head:
            if header is not True and cells != tuple(header):
                want = "<TAB>".join(header)  # type: ignore[arg-type]
                raise ModelError(
                    f"{origin}:{number}: the header row must be '{want}', got {line!r}; fix the line"
                )
            head = cells
            continue
        if len(cells) < least or (most is not None and len(cells) > most):
            wanted = f"{least} or more" if most is None else f"{least} to {most}"
            if least == most:
                wanted = str(least)
            raise ModelError(
                f"{origin}:{number}: expected {wanted} tab-separated columns, got {len(cells)} in {line!r}; "
                "fix the line"
            )
        rows.append(Row(cells, origin, number, section))
    return Table(origin, tuple(rows), head)


def read(
    name: str,
    *,
    package: str = DATA_PACKAGE,
    path: str | Path | None = None,
    columns: tuple[int, int | None] = (1, None),
    header: bool | Sequence[str] = False,
    sections: Sequence[str] | None = None,
    optional: bool = False,
) -> Table:
    """The table ``name`` bundled in ``package`` (or the file at ``path``), read once per process.

    ``optional``: a bundled table that is absent reads as empty instead of raising.
    """
    return _read(
        name,
        package,
        None if path is None else str(path),
        (columns[0], columns[1]),
        header if isinstance(header, bool) else tuple(header),
        None if sections is None else tuple(sections),
        optional,
    )


@lru_cache(maxsize=None)
def _read(
    name: str,
    package: str,
    path: str | None,
    columns: tuple[int, int | None],
    header: bool | tuple[str, ...],
    sections: tuple[str, ...] | None,
    optional: bool,
) -> Table:
    origin, text = source(name, package=package, path=path, optional=optional)
    if text is None:
        return Table(origin, ())
    return parse(text, origin=origin, columns=columns, header=header, sections=sections)


def source(name: str, *, package: str = DATA_PACKAGE, path: str | Path | None = None,
           optional: bool = False) -> tuple[str, str | None]:
    """``(origin, text)`` of a table: the file at ``path``, else ``name`` in ``package``.
    The text is ``None`` only for an ``optional`` bundled table that is absent."""
    if path is not None:
        try:
            return str(path), Path(path).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ModelError(f"{path}: cannot be read ({exc}); pass an existing UTF-8 file") from exc
    try:
        ref = resources.files(package).joinpath(name)
    except ModuleNotFoundError as exc:
        raise ModelError(
            f"{package}/{name}: the package {package!r} is missing ({exc}); reinstall seismo"
        ) from exc
    try:
        return str(ref), ref.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        if optional and isinstance(exc, FileNotFoundError):
            return str(ref), None
        raise ModelError(
            f"{ref}: the bundled table cannot be read ({exc}); "
            "reinstall seismo (pip install -e .) so its data files are present"
        ) from exc


# --------------------------------------------------------------------------- word classes
class WordClasses:
    """Named classes of lower-case words, each kept in file order.

    ``classes["forces"]`` is a frozenset; ``classes.words("forces")`` the same words in file
    order.  A name no row defines raises :class:`~seismo.errors.ModelError` naming the table:
    a misspelt class is an error, never a class that matches nothing.
    """

    __slots__ = ("origin", "_ordered", "_sets")

    def __init__(self, ordered: Mapping[str, Sequence[str]], *, origin: str) -> None:
        self.origin = origin
        self._ordered = {name: tuple(words) for name, words in ordered.items()}
        self._sets = {name: frozenset(words) for name, words in self._ordered.items()}

    def __getitem__(self, name: str) -> frozenset[str]:
        try:
            return self._sets[name]
        except KeyError:
            raise self._unknown(name) from None

    def words(self, name: str) -> tuple[str, ...]:
        """The words of class ``name`` in the order the table lists them."""
        try:
            return self._ordered[name]
        except KeyError:
            raise self._unknown(name) from None

    def __contains__(self, name: object) -> bool:
        return name in self._sets

    def __iter__(self) -> Iterator[str]:
        return iter(self._ordered)

    def __len__(self) -> int:
        return len(self._ordered)

    def _unknown(self, name: str) -> ModelError:
        return ModelError(
            f"{self.origin}: no word class {name!r}; fix the name or define the class "
            f"(known: {', '.join(sorted(self._ordered))})"
        )


def expand(words: Iterable[str], *, defined: Mapping[str, Sequence[str]], row: Row) -> list[str]:
    """``words`` with each ``@name`` replaced by the words of the class ``name`` defined above ``row``."""
    out: list[str] = []
    for word in words:
        if word.startswith("@"):
            out.extend(_defined(word, defined, row))
        else:
            out.append(word)
    return out


def reference(value: str, *, defined: Mapping[str, Sequence[str]] | WordClasses, row: Row) -> frozenset[str]:
    """The words of the class named by ``value`` (``"@violence"``), defined above ``row``."""
    if not value.startswith("@"):
        raise row.error(f"{value!r} is not a class reference", "write @name")
    return frozenset(_defined(value, defined, row))


def _defined(value: str, defined: Mapping[str, Sequence[str]] | WordClasses, row: Row) -> Sequence[str]:
    name = value[1:]
    if name not in defined:
        raise row.error(f"{value!r} names no @class row", "define it above its first use or fix the name")
    return defined.words(name) if isinstance(defined, WordClasses) else defined[name]


def define_class(row: Row, *, defined: dict[str, tuple[str, ...]]) -> str:
    """Add a ``@class<TAB>name<TAB>word word @other ...`` row to ``defined``; returns the name.
    Words are lower-cased; ``@other`` brings in a class defined above."""
    if len(row) != 3:
        raise row.error(f"a @class row is '@class<TAB>name<TAB>words', got {len(row)} cells", "fix the line")
    name = row[1]
    _check_name(name, row)
    if name in defined:
        raise row.error(f"class {name!r} is defined twice (the later row would replace the first)", "rename one of them")
    defined[name] = tuple(dict.fromkeys(expand(row[2].lower().split(), defined=defined, row=row)))
    return name


def _check_name(name: str, row: Row) -> None:
    if not _CLASS_NAME.fullmatch(name):
        raise row.error(f"class name {name!r} is not a lower-case identifier", "write e.g. locative_prep")


@lru_cache(maxsize=None)
def table_classes(name: str) -> WordClasses:
    """The word classes (``@class`` rows) of the bundled table ``name``, for a step that needs
    a table's classes but not its rows: the quotes step reads triggers.tsv's armed forces and
    weapons so, without importing the events layer above it."""
    defined: dict[str, tuple[str, ...]] = {}
    for row in read(name):
        if row[0] == "@class":
            define_class(row, defined=defined)
    return WordClasses(defined, origin=name)


def parse_classes(table: Table) -> WordClasses:
    """The classes of a ``class<TAB>word`` table: one word a row, in file order; a word
    ``@name`` brings in every word of a class defined above it."""
    defined: dict[str, list[str]] = {}
    for row in table:
        name, word = row[0], row[1]
        _check_name(name, row)
        if word != word.lower():
            raise row.error(f"word {word!r} is not in lower case", "write it in lower case")
        if word == f"@{name}":
            raise row.error(f"class {name!r} refers to itself", "delete the line")
        found = defined.setdefault(name, [])
        for w in expand([word], defined=defined, row=row):
            if w in found:
                raise row.error(f"{w!r} is already in class {name!r}", "delete the line")
            found.append(w)
    return WordClasses(defined, origin=table.origin)


def word_classes(*, package: str = DATA_PACKAGE, path: str | Path | None = None) -> WordClasses:
    """The classes of ``word_classes.tsv`` (or the table at ``path``), read once per process."""
    return _word_classes(package, None if path is None else str(path))


@lru_cache(maxsize=None)
def _word_classes(package: str, path: str | None) -> WordClasses:
    table = read(WORD_CLASSES, package=package, path=path, columns=(2, 2), header=("class", "word"))
    return parse_classes(table)


@lru_cache(maxsize=None)
def word_class(name: str) -> frozenset[str]:
    """The words of class ``name`` in the bundled ``word_classes.tsv``; an unknown name raises.
    Read once per name (the table is read once per process): the coder asks for classes per token."""
    return word_classes()[name]


def words(name: str) -> tuple[str, ...]:
    """The words of class ``name`` in the bundled ``word_classes.tsv``, in file order."""
    return word_classes().words(name)


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    table = read("given_names.tsv", columns=(2, 2), header=("name", "sex"))
    out: dict[str, str] = {}
    for row in table:
        out[row[0].lower()] = row.choice(1, ("female", "male"), what="sex")
    return out


def given_name_sex(name: str) -> str | None:
    """The sex a given name conventionally shows ("Laura": "female", "Pavel": "male"), from
    ``given_names.tsv``; None for a name that shows none or is not listed (any case)."""
    return _given_names().get(name.lower())


@lru_cache(maxsize=1)
def titles_written_short() -> dict[str, str]:
    """The abbreviated titles and forms of address written before a name (the ``abbreviation`` and
    ``address`` rows of ``name_parts.tsv``: "gov", "lt", "dr"; lower case, no dot) -> the title each
    stands for ("governor", "lieutenant", "doctor"; "" where it stands for none: "mr")."""
    table = read("name_parts.tsv", columns=(2, 3), header=True)
    return {row[0]: (row[2] if len(row) > 2 else "") for row in table if row[1] in ("abbreviation", "address")}


def time_after_place() -> frozenset[str]:
    """Words of time the model may join into one date with a place before them ("Kyiv overnight"):
    class ``time_after_place``, read by the gazetteer ruler (``seismo.nlp.ruler``)."""
    return word_class("time_after_place")


def sex_of(word: str) -> str | None:
    """"female" for a word of class ``female_word`` ("she", "Ms.", "girl"), "male" for one of
    ``male_word`` ("he", "Mr.", "boy"), else None (``word``: one word, any case)."""
    word = word.lower()
    if word in word_class("female_word"):
        return "female"
    return "male" if word in word_class("male_word") else None


#: endings of words whose final "s" makes no plural ("gas", "bus", "crisis", "news", "mass")
_NO_PLURAL_S = re.compile(r"(?:ss|us|is|as|news)$")


def singular(word: str) -> str:
    """A rough English singular of a lower-case word, for look-ups of a plural the model left
    unlemmatised ("landslides" -> "landslide", "policemen" -> "policeman", "clashes" -> "clash",
    "casualties" -> "casualty"); a word that is no such plural ("paris", "news", "gas") as it is."""
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if len(word) < 4 or not word.endswith("s") or _NO_PLURAL_S.search(word):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


def gathering(tok: "Token") -> bool:
    """A noun of a body used for a gathering (class ``occasion_noun``: "party"), told with "a" or
    alone: after "at", or what is hosted, thrown or attended (class ``occasion_verb``) — "shot at a
    party", "hosted a party"; not "fired at the ruling party"."""
    if tok.lemma_.lower() not in word_class("occasion_noun") and tok.lower_ not in word_class("occasion_noun"):
        return False
    if any(c.dep_ in ("det", "poss", "amod", "compound") and c.lower_ not in ("a", "an") for c in tok.children):
        return False  # "fired at the ruling party", "at the party's office": the body
    gov = tok.head
    return (tok.dep_ == "pobj" and gov.lower_ == "at") or (
        tok.dep_ in ("dobj", "nsubjpass") and gov.lemma_.lower() in word_class("occasion_verb"))
