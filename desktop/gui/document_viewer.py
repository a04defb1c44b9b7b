"""Showing a scanned document kept in Pelita (a sponsor's letter or receipt): a PDF in the PDF
viewer, a photo or scan in a window of its own that fits it to the screen, with Save as… to
keep a copy. Which one is decided by the file's first bytes, as the service decided on upload.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.gui.dialogs import localise_buttons
from desktop.gui.pdf_viewer import PdfViewer
from desktop.gui.save_file import ask_save_path
from desktop.services.sponsor_documents import DocumentKind, document_kind

PREVIEW_WIDTH = 860


class ImageViewer(QDialog):
    """A photo or scan, scaled down to fit (never up), with Save as… and Close."""

    def __init__(self, data: bytes, title: str, file_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(920, 760)
        self._data = data
        self._file_name = file_name
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        if pixmap.width() > PREVIEW_WIDTH:
            pixmap = pixmap.scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation)
        self.picture = QLabel()
        self.picture.setPixmap(pixmap)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.picture.setAccessibleName(title)
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        localise_buttons(buttons)
        self.save_button = QPushButton(self.tr("&Save as…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save_copy)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)

    def save_copy(self) -> None:
        suffix = Path(self._file_name).suffix or ".png"
        target = ask_save_path(
            self,
            self.tr("Save a copy of the document"),
            self._file_name,
            self.tr("Images (*%1)").replace("%1", suffix),
        )
        if target is not None:
            target.write_bytes(self._data)


def show_document(parent: QWidget, file_name: str, data: bytes) -> QDialog:
    """The document opened (not exec'd) over `parent`, deleted when closed; returned so tests
    can reach it."""
    title = QCoreApplication.translate("ImageViewer", "Document: %1").replace("%1", file_name)
    viewer: QDialog
    if document_kind(data) is DocumentKind.PDF:
        viewer = PdfViewer(data, title, file_name, parent)
    else:
        viewer = ImageViewer(data, title, file_name, parent)
    viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    viewer.open()
    return viewer
