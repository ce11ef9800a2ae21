"""The package reads as the data flow: no module imports one above it, and only ``show`` draws."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers.paths import ROOT

PACKAGE = ROOT / "helpers"
# the order of the data flow: a module may import from its own layer or the layers before it
LAYERS = {"paths": 0, "load": 1, "extract": 2, "framing": 3, "claims": 3, "engine": 4, "show": 4, "report": 5, "__init__": 6}
MODULES = sorted(p for p in PACKAGE.rglob("*.py"))


def _layer(module: str) -> str:
    """The layer of a dotted module name under ``helpers`` ("helpers.claims.facts" -> "claims")."""
    part = module.split(".")[1] if module.count(".") else "__init__"
    return part.removesuffix(".py")


def _name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1] if len(parts) > 2 else parts
    return ".".join(parts)


def _imports(path: Path) -> list[str]:
    """The ``helpers`` modules and the third-party top-level packages *path* imports (at any depth)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = _name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else _name(path)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - (node.level - 1)] if node.level > 1 else base
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            out.append(mod)
        elif isinstance(node, ast.Import):
            out.extend(a.name for a in node.names)
    return out


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_module_imports_one_above_it(path):
    here = _layer(_name(path))
    if here == "__init__" and path.parent != PACKAGE:  # a subpackage's __init__ belongs to its layer
        here = path.parent.name
    for mod in _imports(path):
        if not mod.startswith("helpers.") or _layer(mod) == "__init__":
            continue
        there = _layer(mod)
        assert LAYERS[there] <= LAYERS[here], f"{path.relative_to(ROOT)} ({here}) imports {mod} ({there})"
        assert {here, there} != {"framing", "claims"}, f"{path.relative_to(ROOT)}: framing and claims are independent"


@pytest.mark.parametrize("path", [p for p in MODULES if "show" not in p.relative_to(PACKAGE).parts
                                  and p.name not in ("__init__.py", "report.py")],
                         ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_only_show_draws(path):
    assert not [m for m in _imports(path) if m.split(".")[0] == "matplotlib"], f"{path.relative_to(ROOT)} imports matplotlib"


def test_no_import_cycles():
    graph = {_name(p): {m for m in _imports(p) if m.startswith("helpers.")} for p in MODULES}
    graph = {k: {m for m in v if m in graph and m != k and not m.endswith("__init__")} for k, v in graph.items()
             if not k == "helpers"}
    seen, stack = set(), []

    def visit(node):
        if node in stack:
            raise AssertionError("import cycle: " + " -> ".join(stack[stack.index(node):] + [node]))
        if node in seen:
            return
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt.count(".") >= 2:  # a module, not a subpackage's __init__
                visit(nxt)
        stack.pop()
        seen.add(node)

    for node in sorted(graph):
        visit(node)
