"""Showing a service's error next to the field it is about, without touching what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from desktop.domain.errors import PelitaError, ValidationErrors
from desktop.gui.i18n import message


class FieldErrors:
    """Maps service field names to (input widget, error label). Errors for a field not on the
    form go to the form-wide label."""

    def __init__(self, general: QLabel, fields: dict[str, tuple[QWidget, QLabel]]) -> None:
        self.general = general
        self.fields = fields
        for label in self._labels():
            label.setProperty("role", "error")
            label.setWordWrap(True)
            # Wrapped labels otherwise get a narrow size hint in form layouts and break
            # a short message over several lines.
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.clear()

    def _labels(self) -> list[QLabel]:
        return [self.general, *(label for _widget, label in self.fields.values())]

    def clear(self) -> None:
        for label in self._labels():
            label.clear()
            label.hide()
        for widget, _label in self.fields.values():
            _mark(widget, False)

    def show(self, error: PelitaError) -> None:
        """Show one error, or every error of a ValidationErrors; focus the first field at fault."""
        self.clear()
        errors = error.errors if isinstance(error, ValidationErrors) else [error]
        first: QWidget | None = None
        for item in errors:
            target = self.fields.get(item.field or "")
            if target is None:
                self._put(self.general, message(item))
                continue
            widget, label = target
            self._put(label, message(item))
            _mark(widget, True)
            first = first or widget
        if first is not None:
            first.setFocus()

    @staticmethod
    def _put(label: QLabel, text: str) -> None:
        label.setText(f"{label.text()}\n{text}" if label.text() else text)
        label.show()


def _mark(widget: QWidget, invalid: bool) -> None:
    # Styled by the stylesheet (red border), and re-polished so the change shows at once.
    # Re-polishing is not free under a stylesheet: skip it when nothing changes.
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.updateGeometry()  # the thicker border changes the size the layout must give it
