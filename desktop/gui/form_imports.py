"""Trimming what a compiled Designer form imports to what it uses (part of the build step).

pyside6-uic writes the same long import lists into every form: `Qt` and a dozen QtGui classes
(QConicalGradient, QRadialGradient, ...) whether the form uses them or not. PySide6 creates each
imported class on first import, and `Qt` is the costly one: its first import builds the whole
namespace, every enum, 17-27 ms on the desks. For the login dialog that is a quarter of what it
may cost over a bare window at start-up (issue 2). So after uic the build drops the names a form
never uses; nothing else in the generated file changes, and nothing is edited by hand.
"""

from __future__ import annotations

import ast
from pathlib import Path


def trim_unused_imports(path: Path) -> None:
    """Rewrite the `from PySide6.* import (...)` statements of the generated form at `path`
    to import only the names its code uses."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    used = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    lines = source.splitlines(keepends=True)
    imports = [
        node
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")
    ]
    for node in reversed(imports):  # from the bottom, so earlier line numbers stay right
        kept = [alias.name for alias in node.names if (alias.asname or alias.name) in used]
        text = f"from {node.module} import {', '.join(kept)}\n" if kept else ""
        assert node.end_lineno is not None
        lines[node.lineno - 1 : node.end_lineno] = [text]
    path.write_text("".join(lines), encoding="utf-8")
