"""What the Certificates page does with one certificate or the whole register: show, print and
save the frozen PDF, revoke or re-issue it (with a reason), export the register to Excel or
CSV, and export or import the public keys that let other offices verify certificates offline.

Every service call and every file written runs on the worker; the page says the outcome on its
message line, the reason dialog next to the field at fault.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
)
from shiboken6 import isValid

from desktop.domain.certificate import file_name
from desktop.domain.errors import PelitaError
from desktop.gui.certificates_model import certificate_error
from desktop.gui.i18n import translate
from desktop.gui.pdf_viewer import PdfViewer, print_pdf
from desktop.gui.save_file import ask_save_path
from desktop.services import (
    certificate_keys,
    certificate_register,
    certificate_register_export,
)
from desktop.services.certificate_keys import KEY_FILE_SUFFIX, KnownKey
from desktop.services.certificate_register import RegisterEntry

if TYPE_CHECKING:
    from desktop.gui.certificates_page import CertificatesPage

KEY_READ_MAX = 64 * 1024  # a key file is a few hundred bytes; anything bigger is not one


def run(
    page: CertificatesPage,
    work: Callable[[], Any],
    done: Callable[[Any], None],
    target: Path | None = None,
    reading: bool = False,
) -> None:
    """`work` on the worker, then `done` while the page lives; a refusal or a file that could
    not be written is said on the page's message line."""

    def answered(result: Any) -> None:
        if isValid(page):
            done(result)

    def failed(error: BaseException) -> None:
        if not isValid(page):
            return
        if isinstance(error, PelitaError):
            page.say(certificate_error(error), "error")
        elif isinstance(error, OSError):  # a folder one may not write in, a full disk
            if reading:
                text = translate("CertificatesPage", "Could not read %1: %2")
            else:
                text = translate("CertificatesPage", "Could not save %1: %2")
            where = str(target or error.filename or "")
            page.say(text.replace("%1", where).replace("%2", error.strerror or str(error)), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    page.context.runner.submit(work, answered, failed)


def certificate_title(entry: RegisterEntry) -> str:
    text = translate("CertificatesPage", "Certificate %1 — %2")
    return text.replace("%1", entry.number).replace("%2", entry.full_name)


def _frozen_pdf(page: CertificatesPage, entry: RegisterEntry) -> Callable[[], bytes]:
    ctx, certificate_id = page.context, entry.id
    return lambda: certificate_register.pdf(ctx.db, ctx.actor, certificate_id)


# -- one certificate ---------------------------------------------------------------------------


def show_certificate(page: CertificatesPage) -> None:
    entry = page.selected()
    if entry is None:
        return

    def loaded(data: bytes) -> None:
        viewer = PdfViewer(
            data, certificate_title(entry), file_name(entry.number, entry.full_name), page
        )
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        page.viewer = viewer
        viewer.open()

    run(page, _frozen_pdf(page, entry), loaded)


def print_certificate(page: CertificatesPage) -> None:
    entry = page.selected()
    if entry is None:
        return

    def loaded(data: bytes) -> None:
        if print_pdf(page, data, certificate_title(entry)):
            text = translate("CertificatesPage", "Sent certificate %1 to the printer.")
            page.say(text.replace("%1", entry.number), "ok")

    run(page, _frozen_pdf(page, entry), loaded)


def save_certificate(page: CertificatesPage) -> None:
    entry = page.selected()
    if entry is None:
        return
    target = ask_save_path(
        page,
        translate("CertificatesPage", "Save the certificate as PDF"),
        file_name(entry.number, entry.full_name),
        translate("CertificatesPage", "PDF files (*.pdf)"),
    )
    if target is None:
        return
    read = _frozen_pdf(page, entry)

    def write() -> Path:
        target.write_bytes(read())
        return target

    def done(saved: Path) -> None:
        text = translate("CertificatesPage", "Saved certificate %1 as %2")
        page.say(text.replace("%1", entry.number).replace("%2", str(saved)), "ok")

    run(page, write, done, target)


# -- the register ------------------------------------------------------------------------------


def export_register(page: CertificatesPage) -> None:
    """The register as an Excel workbook, or a CSV file when the person chooses it."""
    kinds = ";;".join(
        (
            translate("CertificatesPage", "Excel workbooks (*.xlsx)"),
            translate("CertificatesPage", "CSV files (*.csv)"),
        )
    )
    target = ask_save_path(
        page,
        translate("CertificatesPage", "Export the register of certificates"),
        translate("CertificatesPage", "certificate-register.xlsx"),
        kinds,
    )
    if target is None:
        return
    if target.name.lower().endswith(".csv.xlsx"):  # ask_save_path knows only the offered suffix
        target = target.with_name(target.name[: -len(".xlsx")])
    ctx, text, status = page.context, page.ui.searchEdit.text(), page.status_filter()

    def write() -> int:
        # Every certificate the page's search and status find, not only the rows shown.
        return certificate_register_export.export_register(ctx.db, ctx.actor, target, text, status)

    def done(count: int) -> None:
        if count == 1:
            message = translate("CertificatesPage", "Exported 1 certificate to %2")
        else:
            message = translate("CertificatesPage", "Exported %1 certificates to %2")
        page.say(message.replace("%1", QLocale().toString(count)).replace("%2", str(target)), "ok")

    run(page, write, done, target)


def export_public_key(page: CertificatesPage) -> None:
    ctx = page.context

    def exported(text: str) -> None:
        _name, code, _key = certificate_keys.read_key_file(text)
        target = ask_save_path(
            page,
            translate("CertificatesPage", "Export this centre's public key"),
            f"{code or 'pelita'}{KEY_FILE_SUFFIX}",
            translate("CertificatesPage", "Pelita key files (*.pelitakey)"),
        )
        if target is None:
            return

        def write() -> Path:
            target.write_text(text, encoding="utf-8")
            return target

        def done(saved: Path) -> None:
            message = translate(
                "CertificatesPage",
                "Saved this centre's public key as %1. Give this file to other offices: with "
                "it, their Pelita verifies this centre's certificates without its database.",
            )
            page.say(message.replace("%1", str(saved)), "ok")

        run(page, write, done, target)

    run(page, lambda: certificate_keys.export_public_key(ctx.db, ctx.actor), exported)


def import_public_key(page: CertificatesPage) -> None:
    path, _filter = QFileDialog.getOpenFileName(
        page,
        translate("CertificatesPage", "Import another centre's public key"),
        str(Path.home()),
        translate("CertificatesPage", "Pelita key files (*.pelitakey);;All files (*)"),
    )
    if not path:
        return
    ctx, chosen = page.context, Path(path)

    def work() -> KnownKey:
        with chosen.open("rb") as handle:
            text = handle.read(KEY_READ_MAX).decode("utf-8", errors="replace")
        return certificate_keys.import_public_key(ctx.db, ctx.actor, text)

    def done(key: KnownKey) -> None:
        text = translate(
            "CertificatesPage",
            "Imported the public key of %1: certificates of that centre can be verified here now.",
        )
        page.say(text.replace("%1", key.centre_name or key.centre_code), "ok")

    run(page, work, done, chosen, reading=True)


# -- revoking and re-issuing -------------------------------------------------------------------
