"""A PDF the desk just made (a handover record, a count sheet), shown inside Pelita with Print,
Open in PDF viewer and Save PDF…: the viewer of desktop.gui.pdf_viewer with a Save button and a
line that says where the file went. The file is written on the worker.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QScrollArea, QWidget
from shiboken6 import isValid

from desktop.gui.message_line import show_message
from desktop.gui.pdf_viewer import PdfViewer
from desktop.gui.save_file import ask_save_path
from desktop.gui.tasks import TaskRunner


class SavablePdfViewer(PdfViewer):
    def __init__(
        self,
        data: bytes,
        title: str,
        file_name: str,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(data, title, file_name, parent)
        self.runner = runner
        self.saved_to: Path | None = None
        self.save_button = QPushButton(self.tr("&Save PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save the PDF"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.open_button.setAccessibleName(self.tr("Open in PDF viewer"))
        box = self.findChild(QDialogButtonBox)
        assert box is not None
        box.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        pages = self.findChild(QScrollArea)
        if pages is not None:
            pages.setAccessibleName(self.tr("The pages"))
        close = box.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result of the last action"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.message)
        show_message(self.message, "", "hint")
        self.save_button.clicked.connect(self.save)

    def save(self) -> None:
        target = ask_save_path(
            self, self.tr("Save the PDF"), self._file_name, self.tr("PDF documents (*.pdf)")
        )
        if target is not None:
            self.save_to(target)

    def save_to(self, target: Path) -> None:
        """Write the PDF to `target` on the worker and say where it went (or why not)."""
        data = self._data

        def write() -> Path:
            target.write_bytes(data)
            return target

        def done(saved: Path) -> None:
            if isValid(self):
                self.saved_to = saved
                show_message(self.message, self.tr("Saved as %1").replace("%1", str(saved)), "ok")

        def failed(error: BaseException) -> None:
            if not isValid(self):
                return
            if isinstance(error, OSError):  # a folder one may not write in, a full disk
                text = self.tr("Could not save %1: %2").replace("%1", str(target))
                text = text.replace("%2", error.strerror or str(error))
                show_message(self.message, text, "error")
            else:
                from desktop.gui.crash import report_exception

                report_exception(type(error), error, error.__traceback__)

        self.runner.submit(write, done, failed)


def show_pdf(
    parent: QWidget, runner: TaskRunner, data: bytes, title: str, file_name: str
) -> SavablePdfViewer:
    """Open the viewer over `data` (deleted when closed) and give it back for the caller to
    keep (tests reach it there)."""
    viewer = SavablePdfViewer(data, title, file_name, runner, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.open()
    return viewer
