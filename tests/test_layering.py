"""The arrows of DESIGN.md: gui -> services -> store -> domain, documents -> domain.

The core must run without Qt (tests, the CLI, a future server), and the GUI must reach the data
only through services. `desktop.store` may appear in the GUI under `if TYPE_CHECKING:` only, as a
type for annotations.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

import desktop

ROOT = Path(desktop.__file__).parent
QT = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Import:
    file: str
    line: int
    module: str  # absolute, with imported names appended for `from x import y`
    type_checking: bool


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _package_of(path: Path) -> list[str]:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    return parts if path.name == "__init__.py" else parts[:-1]


def imports_in(source: str, path: Path) -> list[Import]:
    """Every import in a module, resolved to absolute names, including `importlib` and
    `__import__` calls with a constant name."""
    found: list[Import] = []
    package = _package_of(path) if path.is_relative_to(ROOT.parent) else ["desktop"]

    def visit(node: ast.AST, guarded: bool) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.body:
                visit(child, True)
            for child in node.orelse:
                visit(child, guarded)
            return
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.append(Import(str(path), node.lineno, alias.name, guarded))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            for alias in node.names:
                found.append(Import(str(path), node.lineno, f"{module}.{alias.name}", guarded))
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
        ):
            found.append(Import(str(path), node.lineno, node.args[0].value, guarded))
        for child in ast.iter_child_nodes(node):
            visit(child, guarded)

    visit(ast.parse(source), False)
    return found


def _files(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


def _imports(layer: str) -> list[Import]:
    return [
        found
        for path in _files(layer)
        for found in imports_in(path.read_text(encoding="utf-8"), path)
    ]


def _hits(found: list[Import], prefixes: tuple[str, ...], allow_type_checking: bool) -> list[str]:
    return [
        f"{i.file}:{i.line} imports {i.module}"
        for i in found
        if any(i.module == p or i.module.startswith(p + ".") for p in prefixes)
        and not (allow_type_checking and i.type_checking)
    ]


# -- the rules ----------------------------------------------------------------------------


@pytest.mark.parametrize("layer", ["domain", "store", "services", "documents"])
def test_core_does_not_import_qt(layer: str) -> None:
    assert _hits(_imports(layer), QT, allow_type_checking=False) == []


def test_domain_is_pure() -> None:
    forbidden = ("sqlalchemy", "alembic", "desktop.store", "desktop.services", "desktop.gui",
                 "desktop.documents", "desktop.cli")  # fmt: skip
    assert _hits(_imports("domain"), forbidden, allow_type_checking=False) == []


def test_store_does_not_reach_up() -> None:
    forbidden = ("desktop.services", "desktop.gui", "desktop.documents", "desktop.cli")
    assert _hits(_imports("store"), forbidden, allow_type_checking=False) == []


def test_services_do_not_import_the_gui() -> None:
    assert _hits(_imports("services"), ("desktop.gui", "desktop.cli"), False) == []


def test_documents_do_not_import_services_or_gui() -> None:
    forbidden = ("desktop.services", "desktop.gui", "desktop.cli")
    assert _hits(_imports("documents"), forbidden, allow_type_checking=False) == []


def test_gui_talks_to_services_only() -> None:
    found = _imports("gui")
    assert _hits(found, ("sqlalchemy", "alembic"), allow_type_checking=False) == []
    assert _hits(found, ("desktop.store",), allow_type_checking=True) == []


def test_the_layers_exist() -> None:
    # A renamed folder must not make the rules above pass by finding nothing.
    for layer in ("domain", "store", "services", "gui"):
        assert _files(layer), layer
    assert len(_imports("services")) > 20


# -- the checker itself -------------------------------------------------------------------

GUI_FILE = ROOT / "gui" / "example.py"


@pytest.mark.parametrize(
    ("source", "prefixes", "allow", "caught"),
    [
        ("import PySide6.QtWidgets", QT, False, True),
        ("from PySide6.QtCore import Qt", QT, False, True),
        ("import shiboken6", QT, False, True),
        ("def f():\n    from PySide6 import QtGui", QT, False, True),
        ("import importlib\nimportlib.import_module('PySide6.QtCore')", QT, False, True),
        ("__import__('shiboken6')", QT, False, True),
        ("import PySide6x", QT, False, False),
        ("from sqlalchemy.orm import Session", ("sqlalchemy",), False, True),
        ("from sqlalchemy import select", ("sqlalchemy",), False, True),
        ("import sqlalchemy as sa", ("sqlalchemy",), False, True),
        ("from desktop.store.database import Database", ("desktop.store",), True, True),
        ("from desktop.store import models", ("desktop.store",), True, True),
        ("from desktop import store", ("desktop.store",), True, True),
        ("from ..store.models import User", ("desktop.store",), True, True),
        ("from .. import store", ("desktop.store",), True, True),
        ("from desktop.services import accounts", ("desktop.store",), True, False),
        (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from desktop.store.database import Database",
            ("desktop.store",),
            True,
            False,
        ),
        (
            "import typing\nif typing.TYPE_CHECKING:\n    from desktop.store import models",
            ("desktop.store",),
            True,
            False,
        ),
        (
            "if TYPE_CHECKING:\n    pass\nelse:\n    from desktop.store import models",
            ("desktop.store",),
            True,
            True,
        ),
        (
            "if TYPE_CHECKING:\n    from sqlalchemy.orm import Session",
            ("sqlalchemy",),
            False,
            True,
        ),
    ],
)
def test_checker_catches_violations(
    source: str, prefixes: tuple[str, ...], allow: bool, caught: bool
) -> None:
    hits = _hits(imports_in(source, GUI_FILE), prefixes, allow)
    assert bool(hits) is caught, hits
