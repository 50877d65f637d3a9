"""The integration's modules import each other without a circle.

Every import of a sibling module counts, also one inside a function: such a local import
only hides a circle from the interpreter (facts → runtime → watcher → facts once did).
Imports under `if TYPE_CHECKING:` do not run and are left out.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "custom_components" / "security_scorecard"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> list[ast.ImportFrom]:
    found: list[ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.level > 0:
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def sibling_imports(path: Path, modules: set[str]) -> set[str]:
    """The package's modules that `path` imports (relative imports resolved)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in _imports(ast.parse(path.read_text(encoding="utf-8"))):
        base = package.split(".") if package else []
        base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
        stem = ".".join([*base, *(node.module.split(".") if node.module else [])])
        # `from . import x` / `from .pkg import mod` name modules; `from .mod import name` the module.
        named = {f"{stem}.{alias.name}" if stem else alias.name for alias in node.names}
        hits = {m for m in named if m in modules}
        targets |= hits or ({stem} if stem in modules else set())
    targets.discard(name)
    return targets


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle as a path (first == last), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt):], nxt]
            if nxt not in state and (cycle := visit(nxt)) is not None:
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)) is not None:
            return cycle
    return None


def package_graph() -> dict[str, set[str]]:
    paths = [p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts]
    modules = {module_name(p) for p in paths}
    return {module_name(p): sibling_imports(p, modules) for p in paths}


def test_the_integration_has_no_import_circle() -> None:
    graph = package_graph()
    assert "facts" in graph and "watcher" in graph["runtime"]
    assert find_cycle(graph) is None, " → ".join(find_cycle(graph) or [])


def test_the_finder_sees_a_circle_hidden_in_a_function(tmp_path: Path) -> None:
    graph = {"facts": {"runtime"}, "runtime": {"watcher"}, "watcher": {"facts"}, "const": set()}
    assert find_cycle(graph) == ["facts", "runtime", "watcher", "facts"]
    source = "def f():\n    from .runtime import get_runtime\n"
    module = tmp_path / "facts.py"
    module.write_text(source)
    global PACKAGE  # noqa: PLW0603 - point the helpers at a stand-in package
    saved, PACKAGE = PACKAGE, tmp_path
    try:
        (tmp_path / "runtime.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .facts import x\n")
        assert sibling_imports(module, {"facts", "runtime"}) == {"runtime"}
        assert sibling_imports(tmp_path / "runtime.py", {"facts", "runtime"}) == set()
    finally:
        PACKAGE = saved
