"""The import graph of ``src/seismo`` has no cycle and goes only down the layers of docs/architecture.md.

Every ``import`` / ``from ... import`` in every module counts, at module level or inside a
function, absolute or relative.  ``from a import b`` is an import of the module ``a.b`` when
there is one, else of ``a``.  Imports inside an ``if TYPE_CHECKING:`` block are type-only:
they never run, so they are exempt from both rules.  Imports by name at run time (pipeline
steps given as ``"module:function"``, the CLI's lazy command table) are not seen.

The layer order is written once, in the "## Layers" section of ``docs/architecture.md``:
one layer per line, lowest first; a module may import its own layer and the layers listed
before it.  The "## Layers inside extract" section orders the extractors the same way.  Also:
no module over 600 lines, no package over 10 modules.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PACKAGE = SRC / "seismo"
ARCHITECTURE = ROOT / "docs" / "architecture.md"
MAX_LINES = 600
MAX_MODULES = 10


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    line: int

    def __str__(self) -> str:
        return f"{self.source} → {self.target} (line {self.line})"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@lru_cache(maxsize=1)
def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The seismo module ``name`` denotes (or its closest existing parent), None outside seismo."""
    if name != "seismo" and not name.startswith("seismo."):
        return None
    while name not in known and "." in name:
        name = name.rsplit(".", 1)[0]
    return name if name in known else None


def runtime_imports(module: str, *, source: str | None = None) -> list[Edge]:
    """Every import of a seismo module that ``module`` (or ``source`` read as it) runs,
    TYPE_CHECKING blocks left out."""
    known = modules()
    path = known[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    edges: list[Edge] = []

    def add(target: str | None, line: int) -> None:
        edge = Edge(module, target or "", line)
        if target is not None and target != module and edge not in edges:
            edges.append(edge)

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(_resolve(alias.name, known), node.lineno)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            for alias in node.names:
                submodule = f"{origin}.{alias.name}"
                add(_resolve(submodule if submodule in known else origin, known), node.lineno)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text("utf-8") if source is None else source, filename=str(path)))
    return edges


@lru_cache(maxsize=1)
def graph() -> dict[str, list[Edge]]:
    """Every module's runtime imports, parsed once for the three rules that read them (read only)."""
    return {m: runtime_imports(m) for m in modules()}


@lru_cache(maxsize=None)
def layers(section: str = "Layers") -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(layer name, module names)`` lowest first, from the "## {section}" section of the docs."""
    text = ARCHITECTURE.read_text("utf-8")
    section = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    found = []
    for line in section.splitlines():
        if match := re.fullmatch(r"- (\w[\w-]*): (.+)", line.strip()):
            names = tuple(n.strip().strip("`") for n in match.group(2).split(","))
            found.append((match.group(1), names))
    return tuple(found)


def layer_of(module: str, *, section: str = "Layers") -> int | None:
    """The index of the layer naming ``module`` or its closest listed parent (``seismo`` itself
    stands for the package's ``__init__`` only)."""
    best: tuple[int, int] | None = None
    for index, (_, names) in enumerate(layers(section)):
        for name in names:
            if module == name or (name != "seismo" and module.startswith(name + ".")):
                if best is None or len(name) > best[1]:
                    best = (index, len(name))
    return None if best is None else best[0]


def find_cycles(edges: dict[str, list[Edge]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def connect(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for edge in edges.get(node, ()):
            if edge.target not in index:
                connect(edge.target)
                low[node] = min(low[node], low[edge.target])
            elif edge.target in on_stack:
                low[node] = min(low[node], index[edge.target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            connect(node)
    return found


def _cycle_edges(component: list[str], edges: dict[str, list[Edge]]) -> list[str]:
    members = set(component)
    return [str(e) for m in component for e in edges[m] if e.target in members]


# ----------------------------------------------------------------------------- the rules


def test_the_layers_are_written_down() -> None:
    names = [name for name, _ in layers()]
    assert names[0] == "base" and names[-1] == "top", names
    listed = [m for _, ms in layers() for m in ms]
    assert len(listed) == len(set(listed)), "a module is listed in two layers"
    for name in listed:
        assert name in modules(), f"docs/architecture.md lists {name}, which is not a module of src/seismo"


def test_every_module_has_a_layer() -> None:
    missing = [m for m in modules() if layer_of(m) is None]
    assert not missing, f"add these modules to a layer in docs/architecture.md: {missing}"


def test_no_import_cycle() -> None:
    edges = graph()
    cycles = find_cycles(edges)
    assert not cycles, "import cycles:\n" + "\n".join(
        f"{' ↔ '.join(c)}:\n    " + "\n    ".join(_cycle_edges(c, edges)) for c in cycles)


def upward(edges: dict[str, list[Edge]], *, section: str = "Layers") -> list[str]:
    """The imports of a layer listed after the importing module's (modules the section does
    not list are not checked by it)."""
    names = [name for name, _ in layers(section)]
    found = []
    for module, module_edges in edges.items():
        here = layer_of(module, section=section)
        for edge in module_edges:
            there = layer_of(edge.target, section=section)
            if here is not None and there is not None and there > here:
                found.append(f"{edge} goes up from {names[here]} to {names[there]}")
    return found


def test_imports_go_down_the_layers() -> None:
    found = upward(graph())
    assert not found, "imports up the layer order:\n" + "\n".join(found)


EXTRACT = "Layers inside extract"


def test_every_extractor_has_a_layer_inside_extract() -> None:
    listed = [m for _, ms in layers(EXTRACT) for m in ms]
    assert all(m in modules() and m.startswith("seismo.extract.") for m in listed), listed
    missing = [m for m in modules() if m.startswith("seismo.extract.") and layer_of(m, section=EXTRACT) is None]
    assert not missing, f"add these modules to a layer of '## {EXTRACT}' in docs/architecture.md: {missing}"


def test_extractors_import_down_their_layers() -> None:
    found = upward(graph(), section=EXTRACT)
    assert not found, "imports up the extract layer order:\n" + "\n".join(found)


def packages() -> dict[str, list[str]]:
    """Each package of src/seismo and its modules (the ``.py`` files directly in it)."""
    out: dict[str, list[str]] = {}
    for name, path in modules().items():
        if path.name != "__init__.py":
            out.setdefault(name.rpartition(".")[0], []).append(name)
    return out


#: the root package too: its output contract moved to ``seismo.contract`` to keep it within the rule
@pytest.mark.parametrize("package", sorted(packages()))
def test_package_has_at_most_10_modules(package: str) -> None:
    found = packages()[package]
    assert len(found) <= MAX_MODULES, f"{package} has {len(found)} modules; split it by job: {sorted(found)}"


@pytest.mark.parametrize("module", sorted(modules()))
def test_module_is_at_most_600_lines(module: str) -> None:
    lines = len(modules()[module].read_text("utf-8").splitlines())
    assert lines <= MAX_LINES, f"{module} has {lines} lines; split it (see docs/architecture.md)"


# ----------------------------------------------------------------------------- the checker itself


def test_type_checking_imports_are_exempt_and_relative_ones_resolved() -> None:
    code = (
        "from typing import TYPE_CHECKING\n"
        "from . import model\n"
        "from .store import schema\n"
        "if TYPE_CHECKING:\n"
        "    from seismo.api import app\n"
        "else:\n"
        "    import seismo.contract.ids\n"
        "def f():\n"
        "    from seismo.web.deps import get_store\n"
    )
    assert {e.target for e in runtime_imports("seismo.pipeline", source=code)} == {
        "seismo.model", "seismo.store.schema", "seismo.contract.ids", "seismo.web.deps"}


def test_upward_imports_are_found() -> None:
    edges = {"seismo.web.pages": [Edge("seismo.web.pages", "seismo.api.deps", 3)],
             "seismo.api.app": [Edge("seismo.api.app", "seismo.web.pages", 9)],
             "seismo.store.read.query": [Edge("seismo.store.read.query", "seismo.contract.vocab", 2)],
             "seismo.model": [Edge("seismo.model", "seismo", 1)]}
    assert upward(edges) == ["seismo.web.pages → seismo.api.deps (line 3) goes up from service to api",
                             "seismo.model → seismo (line 1) goes up from base to top"]


def test_cycles_are_found() -> None:
    edges = {"a": [Edge("a", "b", 1)], "b": [Edge("b", "c", 1)], "c": [Edge("c", "a", 3)], "d": [Edge("d", "a", 1)]}
    assert find_cycles(edges) == [["a", "b", "c"]]
