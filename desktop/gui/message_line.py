"""A page's message line: one label under the buttons saying what just happened, in the
style sheet's colour for its role."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def show_message(label: QLabel, text: str, role: str) -> None:
    """`role`: "ok" (done), "error", "hint" (a calm refusal, how things work) or "warning".
    An empty text hides the line."""
    label.setText(text)
    label.setVisible(bool(text))
    if label.property("role") != role:
        label.setProperty("role", role)
        # A dynamic property does not restyle by itself; re-polish so the colour changes now.
        label.style().unpolish(label)
        label.style().polish(label)
