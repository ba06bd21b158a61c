"""The lexicon layer: one loader for the data tables, and no word lists in extract/'s code.

* the loader's errors name the file, the line and the fix (tables written to ``tmp_path``);
* an unknown ``@class`` is an error when a table is read, and every class the code asks for
  is defined (and every class of ``word_classes.tsv`` is asked for);
* the literal-list rule: no list, tuple, set, frozenset, dict-keys literal or ``"a b c".split()``
  string under ``src/seismo/extract/`` holds five or more English words — they belong in
  ``src/seismo/data``.  Codes are not words: spaCy labels (``spacy.glossary.GLOSSARY``), the
  closed vocabularies of :mod:`seismo.contract.vocab` and ``typing.Literal`` types (of ``seismo.model``
  or of the module itself).
"""

from __future__ import annotations

import ast
import re
import typing
from pathlib import Path

import pytest
from spacy.glossary import GLOSSARY

from seismo import model
from seismo.contract import vocab
from seismo.errors import ModelError
from seismo.extract import lexicon
from seismo.extract.events.coding.acled import AcledTable
from seismo.extract.events.coding.acled import parse_table as parse_acled
from seismo.extract.events.coding.triggers import TriggerTable

EXTRACT = Path(lexicon.__file__).resolve().parent
#: how many English words a literal may hold
MAX_WORDS = 4
_WORD = re.compile(r"[a-z'’-]*[a-z][a-z'’-]*")


# --------------------------------------------------------------------------- the loader's errors
def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


BAD_TABLES = [
    # (table text, read() options, what the message says, bad line)
    ("# comment\na\tb\tc\nd\te\n", {"columns": (3, 3)}, "expected 3 tab-separated columns", 3),
    ("a\tb\n\na\tb\tc\td\n", {"columns": (2, 3)}, "expected 2 to 3 tab-separated columns", 3),
    ("# header next\nname\tvalue\n", {"header": ("word", "value")}, "header row must be 'word<TAB>value'", 2),
    ("## speech\nsay\n## feelings\nlove\n", {"sections": ("speech", "thought")}, "unknown class header", 3),
]


@pytest.mark.parametrize(("text", "options", "message", "line"), BAD_TABLES)
def test_table_errors_name_file_and_line(
    tmp_path: Path, text: str, options: dict, message: str, line: int
) -> None:
    path = _write(tmp_path, "bad.tsv", text)
    with pytest.raises(ModelError, match=message) as info:
        lexicon.read("bad.tsv", path=path, **options)
    assert f"{path}:{line}:" in str(info.value)
    assert "; " in str(info.value)  # ... and says what to do


def test_typed_cells_name_the_row(tmp_path: Path) -> None:
    table = lexicon.read("t.tsv", path=_write(tmp_path, "t.tsv", "# c\nx\tvery\tmaybe\n"))
    row = table.rows[0]
    assert (row.line, row.cells, row.get(5)) == (2, ("x", "very", "maybe"), "")
    for call, message in [
        (lambda: row.number(1, what="weight"), "weight 'very' is not a number; write e.g. 0.8"),
        (lambda: row.integer(1), "is not a whole number"),
        (lambda: row.choice(2, ("yes", "no"), what="flag"), "flag 'maybe' is not one of yes, no"),
    ]:
        with pytest.raises(ModelError, match=message) as info:
            call()
        assert str(info.value).startswith(f"{tmp_path / 't.tsv'}:2: ")


def test_header_sections_and_comments(tmp_path: Path) -> None:
    text = "# about\nword\tvalue\n\n## thought\n  # indented comment\nbelieve\t1\n"
    path = _write(tmp_path, "x.tsv", text)
    table = lexicon.read("x.tsv", path=path, header=True, sections=("speech", "thought"))
    assert table.header == ("word", "value")
    assert [(r.cells, r.line, r.section) for r in table] == [(("believe", "1"), 6, "thought")]


def test_missing_tables(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="nowhere.tsv: cannot be read .*pass an existing UTF-8 file"):
        lexicon.read("nowhere.tsv", path=tmp_path / "nowhere.tsv")
    with pytest.raises(ModelError, match="nowhere.tsv: the bundled table cannot be read .*reinstall seismo"):
        lexicon.read("nowhere.tsv")
    assert len(lexicon.read("nowhere.tsv", optional=True)) == 0  # e.g. a calibration not fitted yet
    with pytest.raises(ModelError, match="the package 'seismo.nowhere' is missing"):
        lexicon.read("triggers.tsv", package="seismo.nowhere")


def test_tables_are_read_once(tmp_path: Path) -> None:
    path = _write(tmp_path, "once.tsv", "a\n")
    first = lexicon.read("once.tsv", path=path)
    path.write_text("b\n", encoding="utf-8")
    assert lexicon.read("once.tsv", path=path) is first
    assert lexicon.word_classes() is lexicon.word_classes()


BAD_CLASSES = [
    ("class\tword\nprep\tin\nmore\t@prepz\n", "'@prepz' names no @class row", 3),
    ("class\tword\nprep\tin\nprep\tat\nprep\tin\n", "'in' is already in class 'prep'", 4),
    ("class\tword\nprep\tIn\n", "word 'In' is not in lower case", 2),
    ("class\tword\nPrep\tin\n", "class name 'Prep' is not a lower-case identifier", 2),
    ("class\tword\nprep\t@prep\n", "class 'prep' refers to itself", 2),
    ("class\tword\nprep\tin\tat\n", "expected 2 tab-separated columns", 2),
    ("word\tclass\nprep\tin\n", "header row must be 'class<TAB>word'", 1),
]


@pytest.mark.parametrize(("text", "message", "line"), BAD_CLASSES)
def test_word_class_errors(tmp_path: Path, text: str, message: str, line: int) -> None:
    path = _write(tmp_path, "word_classes.tsv", text)
    with pytest.raises(ModelError, match=message) as info:
        lexicon.word_classes(path=path)
    assert f"{path}:{line}:" in str(info.value)


def test_word_classes_compose_and_keep_order(tmp_path: Path) -> None:
    path = _write(tmp_path, "word_classes.tsv", "class\tword\nrel\twho\nrel\tthat\nstop\tand\nstop\t@rel\n")
    classes = lexicon.word_classes(path=path)
    assert classes.words("stop") == ("and", "who", "that")
    assert classes["stop"] == frozenset({"and", "who", "that"}) and "rel" in classes
    with pytest.raises(ModelError, match=r"word_classes.tsv: no word class 'stpo'; fix the name") as info:
        classes["stpo"]
    assert str(path) in str(info.value)


def test_an_unknown_class_in_code_is_an_error() -> None:
    """Asking for a class no table defines raises (it used to match nothing, silently)."""
    with pytest.raises(ModelError, match="no word class 'locative_preps'"):
        lexicon.word_class("locative_preps")
    with pytest.raises(ModelError, match="no word class 'forcez'"):
        TriggerTable.load().word_class("forcez")


def test_unknown_class_in_a_trigger_table_fails_at_load(tmp_path: Path) -> None:
    text = "# rules\n@class\tforces\tpolice army\n@class\tagents\t@forces @armedgroup\n"
    path = _write(tmp_path, "triggers.tsv", text)
    with pytest.raises(ModelError, match="'@armedgroup' names no @class row") as info:
        TriggerTable.load(path)
    assert f"{path}:3:" in str(info.value)
    text = "@class\tforces\tpolice army\nraid\tN\tASSAULT\t-\t-\t0.8\tsubj=@forcez\n"
    path = _write(tmp_path, "rules.tsv", text)
    with pytest.raises(ModelError, match=r"rules.tsv:2: '@forcez' names no @class row"):
        TriggerTable.load(path)


def test_unknown_class_in_the_acled_table_fails_at_load() -> None:
    classes = TriggerTable.load().classes
    row = "ASSAULT\t*\t*\tctx=@violense\tBattles\tArmed clash\n"
    with pytest.raises(ModelError, match=r"a.tsv:2: '@violense' names no @class row of triggers.tsv"):
        parse_acled("# rules\n" + row, origin="a.tsv", classes=classes)


def test_bundled_tables_load() -> None:
    classes = lexicon.word_classes()
    assert classes.words("org_prep")[0] == "at"  # the order of a first-match list is kept
    assert lexicon.word_class("apposition_stop") >= lexicon.word_class("relative_pronoun")
    table = TriggerTable.load()
    assert table.word_class("agent") >= table.word_class("forces") | table.word_class("mob")
    assert AcledTable.load().quad_class("ASSAULT") == 4


def test_the_loader_imports_no_other_extract_module() -> None:
    tree = ast.parse(Path(lexicon.__file__).read_text("utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m.startswith("seismo.extract")}, imported


# --------------------------------------------------------------------------- class names in code
def _class_names_asked(tree: ast.AST) -> list[tuple[int, str, str]]:
    """``(line, table, name)`` of every ``x.word_class("name")`` / ``lexicon.words("name")`` call:
    ``lexicon.*`` asks word_classes.tsv, any other receiver triggers.tsv or modal_cues.tsv."""
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant)):
            continue
        func = node.func
        if not isinstance(node.args[0].value, str):
            continue
        if isinstance(func, ast.Name) and func.id == "word_class":  # lexicon.py's own calls
            out.append((node.lineno, "word_classes", node.args[0].value))
            continue
        if not isinstance(func, ast.Attribute):
            continue
        from_lexicon = isinstance(func.value, ast.Name) and func.value.id == "lexicon"
        if func.attr == "word_class" or (func.attr == "words" and from_lexicon):
            out.append((node.lineno, "word_classes" if from_lexicon else "other", node.args[0].value))
    return out


def _sources() -> list[Path]:
    return sorted(EXTRACT.rglob("*.py"))


def _class_sources() -> list[Path]:
    """The extractors' modules, and the resolvers' that read the extractors' word classes."""
    return sorted([*_sources(), *(EXTRACT.parent / "resolve").rglob("*.py")])


def test_every_class_the_code_asks_for_is_defined() -> None:
    from seismo.extract.framing.cues import modal_cues

    defined = {"word_classes": set(lexicon.word_classes()), "other": set(TriggerTable.load().classes)}
    defined["other"] |= set(modal_cues().classes)
    asked = set()
    missing = []
    for path in _class_sources():
        for line, table, name in _class_names_asked(ast.parse(path.read_text("utf-8"))):
            asked.add(name)
            if name not in defined[table]:
                missing.append(f"{path}:{line}: {name!r}")
    assert not missing, "classes no table defines: " + "; ".join(missing)
    unused = set(lexicon.word_classes()) - asked - _referenced_in_word_classes()
    assert not unused, f"classes of word_classes.tsv no code asks for: {sorted(unused)}; use or delete them"


def _referenced_in_word_classes() -> set[str]:
    table = lexicon.read(lexicon.WORD_CLASSES, columns=(2, 2), header=("class", "word"))
    return {row[1][1:] for row in table if row[1].startswith("@")}


# --------------------------------------------------------------------------- the literal-list rule
def _vocab_codes() -> set[str]:
    """Every string of seismo.contract.vocab: its tuples, sets, dicts and Literal types."""
    codes: set[str] = set()

    def collect(value: object) -> None:
        if isinstance(value, str):
            codes.add(value)
        elif isinstance(value, dict):
            for k, v in value.items():
                collect(k)
                collect(v)
        elif isinstance(value, (tuple, list, set, frozenset)):
            for v in value:
                collect(v)
        elif typing.get_origin(value) is typing.Literal:
            collect(typing.get_args(value))

    for name in dir(vocab):
        if not name.startswith("_"):
            collect(getattr(vocab, name))
    return codes


def _strings(nodes: list[ast.expr | None]) -> list[str]:
    return [n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _literal_codes(tree: ast.AST) -> set[str]:
    """The strings of every ``Literal[...]`` type written in a module: declared codes."""
    codes = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and (
            isinstance(node.value, ast.Name) and node.value.id == "Literal"
            or isinstance(node.value, ast.Attribute) and node.value.attr == "Literal"
        ):
            codes.update(_strings(list(ast.walk(node.slice))))  # type: ignore[arg-type]
    return codes


#: strings that are codes, never English words: spaCy labels, seismo.contract.vocab, seismo.model's Literal types
CODES = (
    frozenset(GLOSSARY)
    | _vocab_codes()
    | _literal_codes(ast.parse(Path(model.__file__).read_text("utf-8")))
)


def is_english_word(value: object, codes: frozenset[str] | set[str] = CODES) -> bool:
    """A lower-case alphabetic string (with ' or -) that is no spaCy label and no declared code."""
    return isinstance(value, str) and bool(_WORD.fullmatch(value)) and value not in codes


def _is_all(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    parent = parents.get(node)
    targets = parent.targets if isinstance(parent, ast.Assign) else []
    return any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets)


def english_lists(source: str, *, max_words: int = MAX_WORDS) -> list[tuple[int, list[str]]]:
    """``(line, words)`` of every literal in ``source`` holding more than ``max_words`` English
    words: list / tuple / set displays (so ``frozenset({...})`` too), dict keys, and
    ``"a b c".split()``.  ``Literal[...]`` types and ``__all__`` are declarations, not lists."""
    tree = ast.parse(source)
    codes = CODES | _literal_codes(tree)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            if isinstance(parents.get(node), ast.Subscript) or _is_all(node, parents):
                continue
            strings = _strings(node.elts)
        elif isinstance(node, ast.Dict):
            strings = _strings(node.keys)
        elif (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)
        ):
            strings = node.func.value.value.split()
        else:
            continue
        words = [s for s in strings if is_english_word(s, codes)]
        if len(words) > max_words:
            found.append((node.lineno, words))
    return found


CHECKER_CASES = [
    ('PREPS = frozenset({"in", "at", "near", "across", "outside"})', 1),
    ('PREPS = ("in", "at", "near", "across", "outside")', 1),
    ('def f(tok):\n    return tok.lower_ in ["he", "she", "him", "her", "they"]', 1),
    ('ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4}', 1),
    ('WORDS = "who that which were was".split()', 1),
    ('AUX = {"could", "may", "might", "will", "\'ll", "shall"}', 1),
    ('NEG = {"n\'t", "never", "nobody", "no-one", "none"}', 1),
    ('PREPS = frozenset({"in", "at", "near", "across"})', 0),  # four: a small inline set is fine
    ('DEPS = frozenset({"nsubj", "dobj", "pobj", "amod", "compound", "relcl"})', 0),  # spaCy labels
    ('POS = ("VERB", "NOUN", "PROPN", "ADJ", "ADV")', 0),  # not lower case
    ('MODES = {"aerial", "drone", "heavy-weapons", "cbrn", "suicide-attack"}', 0),  # seismo.contract.vocab codes
    ('KINDS = ("killed", "injured", "arrested", "participants", "asserted")', 0),  # seismo.model codes
    ('How = Literal["after", "before", "frame", "colon", "label"]\n'
     'CONFIDENCE = {"after": 1, "before": 2, "frame": 3, "colon": 4, "label": 5}', 0),  # its module's codes
    ('__all__ = ["clean", "lexicon", "normalise", "resolve", "value"]', 0),
    ('MARKS = ("“", "”", "«", "»", "„", "--")', 0),
]


@pytest.mark.parametrize(("source", "expected"), CHECKER_CASES)
def test_the_checker_finds_word_lists(source: str, expected: int) -> None:
    assert len(english_lists(source)) == expected


def test_a_reintroduced_list_is_caught() -> None:
    """Put a real moved list back into a real module: the rule fails on it."""
    source = (EXTRACT / "events" / "place.py").read_text("utf-8")
    assert not english_lists(source)
    moved = source + '\nLOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "outside", "inside"})\n'
    [(line, words)] = english_lists(moved)
    assert line == moved.count("\n") and words[:3] == ["in", "at", "near"]


def test_no_word_lists_in_extract() -> None:
    found = [
        f"{path.relative_to(EXTRACT.parents[2])}:{line}: {len(words)} English words ({', '.join(words)})"
        for path in _sources()
        for line, words in english_lists(path.read_text("utf-8"))
    ]
    assert not found, (
        "word lists in code; move them to src/seismo/data (word_classes.tsv or the table of their job) "
        "and read them through seismo.extract.lexicon:\n" + "\n".join(found)
    )


def test_a_class_defined_twice_is_an_error_naming_the_line():
    defined: dict[str, tuple[str, ...]] = {}
    lexicon.define_class(lexicon.Row(("@class", "tools", "hammer saw"), "t.tsv", 3), defined=defined)
    with pytest.raises(ModelError, match=r"t\.tsv.*7|7.*t\.tsv") as err:
        lexicon.define_class(lexicon.Row(("@class", "tools", "drill"), "t.tsv", 7), defined=defined)
    assert "defined twice" in str(err.value) and defined["tools"] == ("hammer", "saw")


@pytest.mark.parametrize(("word", "sex"), [("she", "female"), ("Ms.", "female"), ("niece", "female"),
                                           ("HIM", "male"), ("Mr", "male"), ("boyfriend", "male"),
                                           ("mayor", None), ("they", None)])
def test_one_table_tells_the_sex_a_word_shows(word: str, sex: str | None) -> None:
    assert lexicon.sex_of(word) == sex


def test_a_tables_classes_read_alone_are_the_ones_its_reader_builds():
    """lexicon.table_classes gives a lower layer the @class rows of triggers.tsv, word for word
    as the trigger table's own reader has them."""
    from seismo.extract.events.coding.triggers import TriggerTable

    alone, full = lexicon.table_classes("triggers.tsv"), TriggerTable.load().classes
    for name in ("forces", "armedgroup", "mob", "weaponry", "stonelike"):
        assert alone[name] == full[name] and alone[name]
