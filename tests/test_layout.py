"""The house's floors, read from the source with `ast`: each package stands above everything
it imports, no module imports its way back to itself, and no module is a drawer.

The layers, lowest first (ARCHITECTURE.md draws them):
    appliance (the core: tenancy, access, components, text, telemetry)
    ingestion                 documents: upload, parse, chunk, embed, index
    specialists               LoRA adapters per organization, routing, training
    rag                       retrieval, answering, conversations
    operations                middleware, metrics, health, backup
    webui, api                the pages; the API for other systems (one floor: neither imports the other)
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("appliance", "ingestion", "specialists", "rag", "operations", "webui", "api")
# webui and api stand on the same floor: both are faces over the same services.
FLOORS = (("appliance",), ("ingestion",), ("specialists",), ("rag",), ("operations",), ("webui", "api"))
LAYER = {name: rank for rank, floor in enumerate(FLOORS) for name in floor}
MAX_MODULE_LINES = 600
MAX_FUNCTION_LEVEL_IMPORTS = 5


@dataclass
class Module:
    name: str
    path: Path
    lines: int
    imports: set[str] = field(default_factory=set)  # project modules imported at load time
    function_imports: list[str] = field(default_factory=list)  # project modules imported inside a function


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def source_files() -> Iterator[Path]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement with whether it sits inside a function. Imports under
    `if TYPE_CHECKING:` never run, so they are no edge of the load-time graph."""

    def walk(node: ast.AST, in_function: bool) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                yield child, in_function
            yield from walk(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    yield from walk(tree, False)


def read_modules() -> dict[str, Module]:
    modules: dict[str, Module] = {}
    trees: dict[str, tuple[ast.AST, bool]] = {}
    for path in source_files():
        name = module_name(path)
        text = path.read_text(encoding="utf-8")
        modules[name] = Module(name=name, path=path, lines=len(text.splitlines()))
        trees[name] = (ast.parse(text, filename=str(path)), path.name == "__init__.py")
    for name, (tree, is_package) in trees.items():
        for node, in_function in _imports(tree):
            for target in _targets(node, importer=name, importer_is_package=is_package, known=modules):
                if in_function:
                    modules[name].function_imports.append(target)
                    continue
                # Importing a.b.c runs a/__init__.py and a/b/__init__.py first: those are edges
                # too (how `tasks -> services.processing` once ran `services/__init__ ->
                # submission -> tasks`). The importer's own packages are already running, so
                # they add nothing.
                for package in [*_ancestors(target), target]:
                    if package in modules and package != name and package not in _ancestors(name):
                        modules[name].imports.add(package)
    return modules


def _ancestors(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:end]) for end in range(1, len(parts))]


def _targets(node: ast.Import | ast.ImportFrom, *, importer: str, importer_is_package: bool, known: dict[str, Module]) -> Iterator[str]:
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] in PACKAGES:
                yield _nearest_module(alias.name, known)
        return
    if node.level:
        base = importer.split(".")
        if not importer_is_package:
            base = base[:-1]
        base = base[: len(base) - (node.level - 1)]
        module = ".".join([*base, *([node.module] if node.module else [])])
    else:
        module = node.module or ""
    if module.split(".")[0] not in PACKAGES:
        return
    for alias in node.names:
        submodule = f"{module}.{alias.name}"
        yield submodule if submodule in known else _nearest_module(module, known)


def _nearest_module(name: str, known: dict[str, Module]) -> str:
    while name not in known and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan), each sorted."""
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
        for successor in graph.get(node, ()):
            if successor not in graph:
                continue
            if successor not in index:
                connect(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
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

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def top(name: str) -> str:
    return name.split(".")[0]


@pytest.fixture(scope="module")
def modules() -> dict[str, Module]:
    return read_modules()


def test_the_reader_sees_every_package_and_their_imports(modules: dict[str, Module]) -> None:
    # Guards the test itself: a reader that found nothing would pass everything below.
    assert {top(name) for name in modules} == set(PACKAGES)
    assert "appliance.components.vectorstore" in modules["appliance.access"].imports
    assert "ingestion.models" in modules["rag.retrieval"].imports


def test_no_cycle_between_modules(modules: dict[str, Module]) -> None:
    graph = {name: module.imports for name, module in modules.items()}
    assert cycles(graph) == []


def test_no_cycle_between_top_level_packages(modules: dict[str, Module]) -> None:
    graph: dict[str, set[str]] = {package: set() for package in PACKAGES}
    for name, module in modules.items():
        graph[top(name)].update(top(target) for target in [*module.imports, *module.function_imports] if top(target) != top(name))
    assert cycles(graph) == []


def test_each_package_imports_only_the_floors_below_it(modules: dict[str, Module]) -> None:
    upward = sorted(
        f"{name} -> {target}"
        for name, module in modules.items()
        for target in [*module.imports, *module.function_imports]
        if LAYER[top(target)] > LAYER[top(name)]
    )
    assert upward == []


def test_packages_on_one_floor_import_nothing_of_each_other(modules: dict[str, Module]) -> None:
    sideways = sorted(
        f"{name} -> {target}"
        for name, module in modules.items()
        for target in [*module.imports, *module.function_imports]
        if top(target) != top(name) and LAYER[top(target)] == LAYER[top(name)]
    )
    assert sideways == []


def test_the_core_imports_no_app_that_stands_on_it(modules: dict[str, Module]) -> None:
    reaching_up = sorted(
        f"{name} -> {target}"
        for name, module in modules.items()
        if top(name) == "appliance"
        for target in [*module.imports, *module.function_imports]
        if top(target) in ("ingestion", "rag", "operations", "webui", "api")
    )
    assert reaching_up == []


def test_no_module_is_a_drawer(modules: dict[str, Module]) -> None:
    long = sorted(f"{module.path.relative_to(ROOT)}: {module.lines} lines" for module in modules.values() if module.lines > MAX_MODULE_LINES)
    assert long == []


def test_imports_hidden_in_functions_are_few(modules: dict[str, Module]) -> None:
    hidden = sorted(f"{name} -> {target}" for name, module in modules.items() for target in module.function_imports)
    assert len(hidden) <= MAX_FUNCTION_LEVEL_IMPORTS, "\n".join(hidden)


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
