"""Showing and printing a PDF inside Pelita (QtPdf): a certificate's preview, a frozen
certificate from the register. A desk may have no PDF viewer installed, so Pelita does not
depend on one; "Open in PDF viewer" is offered beside it for those that do.

Printing goes through the system print dialog: each page is rendered by QtPdf at the
printer's resolution and painted onto the printer's pages.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

PREVIEW_WIDTH = 900  # pixels of a page in the viewer


def load_pdf(data: bytes, parent: QWidget | None = None) -> QPdfDocument:
    """A QtPdf document over `data` (kept alive with the document)."""
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    return document


def print_pdf(parent: QWidget | None, data: bytes, title: str = "") -> bool:
    """Ask the system print dialog where and how to print, then print every page. False when
    the person cancelled or the PDF could not be read."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title or "Pelita")
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return paint_pages(printer, data)


def paint_pages(printer: QPrinter, data: bytes) -> bool:
    """Each page of `data` onto the printer, scaled to its page, keeping proportions."""
    document = load_pdf(data)
    if document.pageCount() == 0:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            target = painter.viewport()
            size_points = document.pagePointSize(index)
            scale = min(
                target.width() / size_points.width(), target.height() / size_points.height()
            )
            size = QSize(int(size_points.width() * scale), int(size_points.height() * scale))
            image = document.render(index, size)
            painter.drawImage((target.width() - size.width()) // 2, 0, image)
    finally:
        painter.end()
    return True


def open_in_viewer(data: bytes, name: str) -> bool:
    """Write `data` to a temporary file and open it with the system's PDF viewer."""
    folder = Path(tempfile.mkdtemp(prefix="pelita-pdf-"))
    path = folder / name
    path.write_bytes(data)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfViewer(QDialog):
    """The pages of a PDF one under another, with Print and Open in PDF viewer."""

    def __init__(
        self, data: bytes, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(980, 760)
        self._data = data
        self._title = title
        self._file_name = file_name
        self.document = load_pdf(data, self)
        pages = QWidget()
        column = QVBoxLayout(pages)
        self.page_labels: list[QLabel] = []
        for index in range(self.document.pageCount()):
            points = self.document.pagePointSize(index)
            height = int(PREVIEW_WIDTH * points.height() / max(points.width(), 1))
            label = QLabel()
            label.setPixmap(
                QPixmap.fromImage(self.document.render(index, QSize(PREVIEW_WIDTH, height)))
            )
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
            self.page_labels.append(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print…"))
        self.open_button = QPushButton(self.tr("Open in PDF viewer"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(lambda: print_pdf(self, self._data, self._title))
        self.open_button.clicked.connect(lambda: open_in_viewer(self._data, self._file_name))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
