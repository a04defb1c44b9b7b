"""An unexpected error: logged, shown with copyable details, nothing else closed."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.gui.crash import report_exception


def test_unexpected_error_is_logged_and_shown_with_copyable_details(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    form = QLineEdit()
    qtbot.addWidget(form)
    form.show()
    form.setText("Nama yang sedang diketik")
    try:
        raise RuntimeError("disk on fire")
    except RuntimeError:
        kind, error, tb = sys.exc_info()
        assert kind is not None and error is not None
        with caplog.at_level(logging.ERROR, logger="pelita.crash"):
            dialog = report_exception(kind, error, tb)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    details = dialog.ui.detailsEdit.toPlainText()
    assert "RuntimeError: disk on fire" in details and "Traceback" in details
    assert "disk on fire" in caplog.text
    dialog.ui.copyButton.click()
    assert QApplication.clipboard().text() == details
    assert dialog.ui.copiedLabel.isVisible()
    dialog.ui.closeButton.click()
    assert form.isVisible() and form.text() == "Nama yang sedang diketik"
