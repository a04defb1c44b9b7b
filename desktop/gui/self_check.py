"""The self-check's Qt steps (desktop.self_check runs them): what a bundle can lack only Qt
notices, a platform plugin, the image plugins, QtPdf, the translation, a module a page
imports.

- qt: a QApplication on the check's platform (offscreen unless told), Pelita's Indonesian
  translation installed and used, an SVG icon drawn (Qt's SVG image and icon plugins).
- qt-pdf: the certificate the certificate step issued, opened and drawn by QtPdf, and its QR
  code read back from the drawing by zxing-cpp, as a scanner would read the paper.
- window: the login dialog and the main window as the admin, on the check's database, shown
  once with every page loaded, no error on the way.

The check prints English; Qt's own messages go to stderr as usual.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QMessageLogContext,
    QSize,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QWidget

from desktop.gui.tasks import TaskRunner
from desktop.paths import resource_path
from desktop.self_check_steps import CheckFailed, CheckState

# A text of the login dialog and its Indonesian translation (resources/translations).
LOGIN_TEXT = ("LoginDialog", "User name", "Nama pengguna")
ICON = "pelita"
QR_DPI = 150  # the certificate page drawn as a scanner would see it
SETTLE_S = 30.0  # the window's pages load on the worker; longer than this is a failure
# What the offscreen platform says on every window shown: not a problem, only noise.
_OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"


def application() -> QApplication:
    """The running QApplication, or a new one on the platform QT_QPA_PLATFORM names. Qt
    aborts the whole process when a platform plugin is missing, so that is looked for first."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # "name", "name:options" or a list to try in turn, "wayland;xcb".
    wanted = os.environ.get("QT_QPA_PLATFORM") or "offscreen"
    names = [part.split(":")[0] for part in wanted.split(";") if part.split(":")[0]]
    folders = [Path(folder) / "platforms" for folder in QCoreApplication.libraryPaths()]
    if not any(next(folder.glob(f"*q{name}*"), None) for folder in folders for name in names):
        where = ", ".join(str(folder) for folder in folders) or "no plugin folder"
        raise CheckFailed(f"Qt's {wanted} platform plugin is not in {where}")
    return QApplication([sys.argv[0] if sys.argv else "pelita"])


@contextmanager
def _offscreen_notes_dropped() -> Iterator[None]:
    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message != _OFFSCREEN_NOTE:
            print(f"Qt: {message}", file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def check_qt(state: CheckState) -> str:
    from desktop.gui.i18n import install_translator
    from desktop.gui.resources import icon_named

    app = application()
    context, source, expected = LOGIN_TEXT
    locale = QLocale()
    try:
        if not install_translator(app, "id"):
            path = resource_path("translations", "pelita_id.qm")
            raise CheckFailed(f"Qt cannot load the Indonesian translation {path}")
        translated = QCoreApplication.translate(context, source)
    finally:
        install_translator(app, "en")  # the check leaves no translation of its own behind
        QLocale.setDefault(locale)
    if translated != expected:
        raise CheckFailed(f"the Indonesian translation gives {translated!r} for {source!r}")
    formats = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise CheckFailed("Qt cannot read SVG images: the imageformats/qsvg plugin is missing")
    path = resource_path("icons", f"{ICON}.svg")
    if QImage(str(path)).isNull():
        raise CheckFailed(f"Qt cannot draw the icon {path}")
    if icon_named(ICON).pixmap(64, 64).isNull():
        raise CheckFailed(
            f"Qt draws {ICON}.svg as no icon: the iconengines/qsvgicon plugin is missing"
        )
    return (
        f"QApplication on {QGuiApplication.platformName()}; the Indonesian translation "
        f"loaded ({source!r} is {translated!r}); {ICON}.svg drawn as image and icon"
    )


def check_qt_pdf(state: CheckState) -> str:
    facts = state.certificate
    if facts is None:
        raise CheckFailed("no certificate to read")
    return read_certificate_pdf(facts.pdf, facts.code, facts.number, facts.pages)


def read_certificate_pdf(pdf: bytes, code: str, number: str, pages: int) -> str:
    """QtPdf opens `pdf` with `pages` pages and draws page 1, and zxing-cpp reads from the
    drawing the QR code `code` of certificate `number`."""
    import zxingcpp

    from desktop.domain.certificate import read_qr_code
    from desktop.gui.pdf_viewer import load_pdf

    application()
    document = load_pdf(pdf)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise CheckFailed(f"QtPdf cannot open the certificate's PDF ({document.error().name})")
    if document.pageCount() != pages:
        raise CheckFailed(f"QtPdf finds {document.pageCount()} pages, not {pages}")
    image = _page_on_white(document, 0, QR_DPI)
    found = [result.text for result in zxingcpp.read_barcodes(image)]
    if not found:
        raise CheckFailed(f"zxing-cpp finds no QR code on page 1 as QtPdf draws it ({QR_DPI} dpi)")
    if code not in found:
        raise CheckFailed("the QR code on page 1 is not the code the certificate's file carries")
    read = read_qr_code(code)
    if read is None or read.fields.number != number:
        raise CheckFailed(f"the QR code on page 1 is not that of certificate {number}")
    return (
        f"QtPdf drew page 1 of {pages} at {QR_DPI} dpi; zxing-cpp read its QR code: "
        f"certificate {number}"
    )


def _page_on_white(document: QPdfDocument, page: int, dpi: int) -> QImage:
    """QtPdf leaves a page's background transparent, which a reader takes for black."""
    points = document.pagePointSize(page)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    drawn = document.render(page, size)
    if drawn.isNull():
        raise CheckFailed(f"QtPdf cannot draw page {page + 1}")
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, drawn)
    painter.end()
    return image


def check_window(state: CheckState) -> str:
    """The login dialog, then the admin's main window with all its pages, shown once."""
    from desktop.config import DeskConfig
    from desktop.gui.app_context import AppContext
    from desktop.gui.crash import CrashDialog
    from desktop.gui.formatting import url_label
    from desktop.gui.login_dialog import LoginDialog
    from desktop.gui.main_window import MainWindow

    if state.db is None or state.admin is None:
        raise CheckFailed("no database with a centre to show")
    app = application()
    runner = TaskRunner()
    errors: list[str] = []
    shown: list[QWidget] = []
    hook = sys.excepthook

    def caught(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        errors.append(f"{kind.__name__}: {error}")

    sys.excepthook = caught  # where PySide sends an error raised in a slot or an event
    try:
        with _offscreen_notes_dropped():
            login = LoginDialog(runner, url_label(state.db.url), False)
            shown.append(login)
            login.show()
            context = AppContext(state.db, state.admin, runner, DeskConfig(), demo=True)
            window = MainWindow(context)
            shown.append(window)
            window.show()
            _settle(app, runner)
            crashed = [w for w in app.topLevelWidgets() if isinstance(w, CrashDialog)]
            shown.extend(crashed)
            for dialog in crashed:
                details = dialog.ui.detailsEdit.toPlainText().strip().splitlines()
                errors.append(details[-1] if details else "a crash dialog")
            pages = len(window.page_titles)
    finally:
        for widget in reversed(shown):
            widget.close()
        runner.wait()
        app.processEvents()
        for widget in reversed(shown):
            if shiboken6.isValid(widget):
                shiboken6.delete(widget)  # now, on this thread (see tests/gui/conftest.py)
        sys.excepthook = hook
    if errors:
        raise CheckFailed(f"showing the window: {errors[0]}")
    return f"login dialog and the admin's main window shown with its {pages} pages loaded"


def _settle(app: QApplication, runner: TaskRunner) -> None:
    """Let the pages load what they asked the worker for, and show it."""
    deadline = time.monotonic() + SETTLE_S
    while True:
        app.processEvents()
        if runner.idle:
            break
        if time.monotonic() > deadline:
            raise CheckFailed(f"the window's pages were still loading after {SETTLE_S:.0f} s")
        runner.wait(50)
    app.processEvents()
