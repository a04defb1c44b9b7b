"""Asking where to save a file the desk makes (a PDF, a workbook, a report)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, title: str, name: str, kind: str) -> Path | None:
    """Where the person wants the file, starting in their home folder with `name` (None when
    they cancel); the suffix of `name` is added when they typed a name without it."""
    suffix = Path(name).suffix
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), kind)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() == suffix.lower():
        return target
    return target.with_name(target.name + suffix)
