"""Unexpected errors: logged with their traceback and shown in a dialog whose details can be
copied. The dialog never closes other windows, so an open form keeps what was typed."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop import __version__

log = logging.getLogger("pelita.crash")
_open_dialogs: list[CrashDialog] = []


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        # Imported here, not at the top: this module loads before the login dialog shows.
        from desktop.gui.forms.ui_crash_dialog import Ui_CrashDialog

        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.setText(
            self.tr(
                "Pelita ran into an unexpected problem. Your open forms are still there: close "
                "this message and carry on, or save your work. The problem was written to the "
                "log; the details below help whoever looks after Pelita."
            )
        )
        self.ui.detailsEdit.setPlainText(details)
        self.ui.copiedLabel.hide()
        self.ui.copyButton.clicked.connect(self.copy_details)
        self.ui.closeButton.clicked.connect(self.accept)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.ui.detailsEdit.toPlainText())
        self.ui.copiedLabel.setText(self.tr("Copied. Paste it into a message or a document."))
        self.ui.copiedLabel.show()


def format_details(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> str:
    lines = traceback.format_exception(kind, error, tb)
    return f"Pelita {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(lines)


def report_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> CrashDialog | None:
    details = format_details(kind, error, tb)
    log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        return None
    parent = QApplication.activeWindow()
    dialog = CrashDialog(details, parent)
    # Shown without exec(): no nested event loop, and the windows behind it stay as they are.
    dialog.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _result: _open_dialogs.remove(dialog))
    dialog.show()
    dialog.raise_()
    return dialog


def install_excepthook() -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        report_exception(kind, error, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            log.error(
                "unexpected error in thread %s",
                args.thread,
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )

    sys.excepthook = hook
    threading.excepthook = thread_hook
