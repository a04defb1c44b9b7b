"""Where a file is saved: the suffix follows the name offered when the person leaves it off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.save_file import ask_save_path


@pytest.mark.parametrize(
    ("typed", "saved"),
    [("roster", "roster.pdf"), ("roster.PDF", "roster.PDF"), ("roster.pdf", "roster.pdf")],
)
def test_the_suffix_is_added_only_when_missing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, saved: str
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    offered: list[str] = []

    def choose(_parent: QWidget, _title: str, start: str, _kind: str) -> tuple[str, str]:
        offered.append(start)
        return str(tmp_path / typed), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    assert ask_save_path(parent, "Save", "roster.pdf", "PDF (*.pdf)") == tmp_path / saved
    assert offered == [str(Path.home() / "roster.pdf")]


def test_cancel_gives_nothing(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    assert ask_save_path(parent, "Save", "x.xlsx", "Excel (*.xlsx)") is None
