"""Verify a certificate: type or scan its code, or open its PDF; the answer shows big and calm.

A USB scanner types the QR code's text like a keyboard and ends with Enter, so the code field
has the focus, Enter checks, and after each answer the field's text is selected: the next scan
replaces it. Every check runs on the worker; an answer to an older scan that arrives after a
newer one was sent is dropped.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from shiboken6 import isValid

from desktop.domain.certificate import Verdict
from desktop.domain.errors import PelitaError
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.certificates_model import (
    certificate_error,
    certificate_text,
    day_text,
    entry_html,
    facts_table,
    linked_numbers,
)
from desktop.gui.dialogs import localise_buttons
from desktop.gui.forms.ui_certificate_verify_dialog import Ui_CertificateVerifyDialog
from desktop.services import certificate_verify
from desktop.services.certificate_verify import Answer

PDF_MAX = 50 * 1024 * 1024  # a certificate is ~100 KB; a film picked by mistake is not read

# (text colour, background, symbol) by verdict: green in force, red refused, amber "look again".
GREEN, RED, AMBER = ("#1d6b3a", "#e6f4ea"), ("#b3261e", "#fce8e6"), ("#7a4100", "#fdf3e1")
LOOKS = {
    Verdict.VALID: (*GREEN, "✓"),
    Verdict.REVOKED: (*RED, "✗"),
    Verdict.FORGED: (*RED, "✗"),
    Verdict.SUPERSEDED: (*AMBER, "!"),
    Verdict.UNKNOWN: (*AMBER, "?"),
}


class FileTooLarge(Exception):
    pass


class Checked:
    """An answer with the numbers of the certificates its register entry is linked to."""

    def __init__(self, answer: Answer, numbers: dict[int, str]) -> None:
        self.answer = answer
        self.numbers = numbers


class CertificateVerifyDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_CertificateVerifyDialog()
        self.ui.setupUi(self)
        self.answer: Answer | None = None  # the last answer shown (tests read it)
        self._generation = 0
        ui = self.ui
        localise_buttons(ui.buttonBox)
        ui.buttonBox.rejected.connect(self.reject)
        ui.checkButton.clicked.connect(self.check)
        ui.openPdfButton.clicked.connect(self.open_pdf)
        self._set_fonts()
        ui.answerFrame.hide()
        ui.detailsView.hide()
        ui.codeEdit.setFocus()

    def _set_fonts(self) -> None:
        ui, size = self.ui, self.font().pointSizeF()
        big = QFont(self.font())
        big.setPointSizeF(size * 1.4)
        ui.codeEdit.setFont(big)
        verdict = QFont(self.font())
        verdict.setPointSizeF(size * 2)
        verdict.setBold(True)
        ui.verdictLabel.setFont(verdict)
        reason = QFont(self.font())
        reason.setPointSizeF(size * 1.2)
        ui.reasonLabel.setFont(reason)
        symbol = QFont(self.font())
        symbol.setPointSizeF(size * 2.6)
        symbol.setBold(True)
        ui.symbolLabel.setFont(symbol)
        side = ui.symbolLabel.fontMetrics().height() * 3 // 2
        ui.symbolLabel.setFixedSize(side, side)

    # -- checking ------------------------------------------------------------------------------

    def check(self) -> None:
        """Check what is in the code field (Enter, the Check button, a scanner's Enter)."""
        text = self.ui.codeEdit.text()
        if not text.strip():
            self.ui.codeEdit.setFocus()
            return
        ctx = self.context
        self._run(lambda: certificate_verify.verify(ctx.db, ctx.actor, text))

    def open_pdf(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Check a certificate's PDF"),
            str(Path.home()),
            self.tr("PDF files (*.pdf);;All files (*)"),
        )
        if not path:
            return
        ctx, chosen = self.context, Path(path)

        def work() -> Answer:
            with chosen.open("rb") as handle:
                data = handle.read(PDF_MAX + 1)
            if len(data) > PDF_MAX:
                raise FileTooLarge
            return certificate_verify.verify_pdf(ctx.db, ctx.actor, data)

        self._run(work, chosen)

    def _run(self, check: Callable[[], Answer], file: Path | None = None) -> None:
        self._generation += 1
        generation, ctx = self._generation, self.context
        may_look_up = ctx.actor.may(Permission.VIEW_CERTIFICATES)

        def work() -> Checked:
            answer = check()
            entry = answer.entry
            # The certificates it replaced or that replaced it, by number (register users).
            numbers = linked_numbers(ctx.db, ctx.actor, entry) if entry and may_look_up else {}
            return Checked(answer, numbers)

        def done(checked: Checked) -> None:
            if isValid(self) and generation == self._generation:
                self.show_answer(checked.answer, checked.numbers)

        def failed(error: BaseException) -> None:
            if not isValid(self) or generation != self._generation:
                return
            if isinstance(error, PelitaError):
                self._show_problem(certificate_error(error))
            elif isinstance(error, FileTooLarge):
                self._show_problem(self.tr("This file is too large to be a certificate."))
            elif isinstance(error, OSError) and file is not None:
                text = self.tr("Could not read %1: %2")
                self._show_problem(
                    text.replace("%1", str(file)).replace("%2", error.strerror or str(error))
                )
            else:
                from desktop.gui.crash import report_exception

                report_exception(type(error), error, error.__traceback__)

        ctx.runner.submit(work, done, failed)

    # -- the answer ----------------------------------------------------------------------------

    def show_answer(self, answer: Answer, numbers: dict[int, str] | None = None) -> None:
        self.answer = answer
        verdict = QCoreApplication.translate("certificates", answer.verdict.label)
        self._show(answer.verdict, verdict, certificate_text(answer.reason, answer.params))
        details = self._details_html(answer, numbers or {})
        self.ui.detailsView.setHtml(details)
        self.ui.detailsView.setVisible(bool(details))
        self._ready_for_next()

    def _show_problem(self, text: str) -> None:
        """A check that could not be made (a file not read, a refusal): said like an answer."""
        self.answer = None
        self._show(Verdict.UNKNOWN, self.tr("Not checked"), text)
        self.ui.detailsView.hide()
        self._ready_for_next()

    def _show(self, verdict: Verdict, title: str, reason: str) -> None:
        ui = self.ui
        colour, background, symbol = LOOKS[verdict]
        radius = ui.symbolLabel.width() // 2
        ui.answerFrame.setStyleSheet(
            f"QFrame#answerFrame {{ background: {background}; border: 2px solid {colour};"
            " border-radius: 8px; }"
            f" QLabel {{ background: transparent; color: {colour}; border: none; }}"
            f" QLabel#reasonLabel {{ color: #1f2933; }}"
            f" QLabel#symbolLabel {{ background: {colour}; color: white;"
            f" border-radius: {radius}px; }}"
        )
        ui.symbolLabel.setText(symbol)
        ui.verdictLabel.setText(title)
        ui.reasonLabel.setText(reason)
        ui.reasonLabel.setVisible(bool(reason))
        ui.answerFrame.setAccessibleDescription(f"{title}. {reason}")
        ui.answerFrame.show()

    def _ready_for_next(self) -> None:
        # The next scan replaces the last code instead of being typed after it.
        self.ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.codeEdit.selectAll()

    def _details_html(self, answer: Answer, numbers: dict[int, str]) -> str:
        e, parts = html.escape, []
        fields = answer.fields
        if fields is not None:
            centre = answer.centre_name or fields.centre_code
            if answer.centre_name and fields.centre_code:
                centre = f"{answer.centre_name} · {fields.centre_code}"
            facts = [
                (self.tr("Number"), fields.number),
                (self.tr("Name"), fields.name),
                (self.tr("Programme"), fields.programme),
                (self.tr("Training"), f"{day_text(fields.start)} – {day_text(fields.end)}"),
                (self.tr("Centre"), centre),
            ]
            if answer.verdict is Verdict.FORGED:
                heading = self.tr("What the code claims (its signature does not hold)")
            elif answer.verdict is Verdict.UNKNOWN:
                heading = self.tr("What the code says (its signature could not be checked)")
            else:
                heading = self.tr("What the signed code says")
            parts += [f"<h3>{e(heading)}</h3>", facts_table(facts)]
        if answer.entry is not None:
            heading = self.tr("In this centre's register")
            parts += [f"<h3>{e(heading)}</h3>", entry_html(answer.entry, numbers, heading=False)]
        return "".join(parts)
