"""One calm look for every window, and the large-text mode for people with low vision."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 10
LARGE_TEXT_FACTOR = 1.4

# Few colours, high contrast (WCAG AA on white), a visible focus ring for keyboard users.
STYLESHEET = """
QWidget { color: #1f2933; }
QMainWindow, QDialog, QWizard { background: #f7f8fa; }
QLabel[role="title"] { font-size: %(title)dpt; font-weight: 600; color: #123c5a; }
QLabel[role="hint"] { color: #52606d; }
QLabel[role="error"] { color: #b3261e; font-weight: 600; }
QLabel[role="ok"] { color: #1d6b3a; font-weight: 600; }
QLabel[role="warning"] { color: #7a4100; font-weight: 600; }
QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QDateEdit, QTimeEdit {
    background: white; border: 1px solid #9aa5b1; border-radius: 4px; padding: 4px 6px;
}
/* Thicker borders take their width from the padding, so a field never moves on focus. */
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus,
QTimeEdit:focus {
    border: 2px solid #1769aa; padding: 3px 5px;
}
QListWidget:focus, QTableView:focus { border: 2px solid #1769aa; }
*[invalid="true"], *[invalid="true"]:focus { border: 2px solid #b3261e; padding: 3px 5px; }
QPushButton {
    background: white; border: 1px solid #7b8794; border-radius: 4px; padding: 5px 14px;
}
QPushButton:focus { border: 2px solid #1769aa; }
QPushButton:default { background: #1769aa; color: white; border-color: #0f4c81; }
QPushButton:disabled { color: #9aa5b1; border-color: #cbd2d9; }
QListWidget#navList { background: #123c5a; color: white; border: none; font-size: %(nav)dpt; }
QListWidget#navList::item { padding: 10px 14px; color: white; }
QListWidget#navList::item:selected { background: #1769aa; }
QTableView { background: white; alternate-background-color: #f0f4f8;
             selection-background-color: #1769aa; selection-color: white; }
QGroupBox { font-weight: 600; border: 1px solid #cbd2d9; border-radius: 6px;
            margin-top: 12px; padding-top: 8px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
QWidget#lockOverlay { background: #123c5a; }
"""


def apply_style(app: QApplication, large_text: bool) -> None:
    size = round(BASE_POINT_SIZE * (LARGE_TEXT_FACTOR if large_text else 1))
    font = QFont(app.font())
    font.setPointSize(size)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET % {"title": round(size * 1.5), "nav": round(size * 1.1)})
