"""Acting on a person's request from the Privacy page, as its kind asks:

- access: everything about the person written into a folder they choose, as JSON and a
  readable PDF (on the worker); the page then offers to open the PDF;
- deletion: a confirmation naming the person and saying what is erased and what is kept, with
  "I understand" to tick, then anonymising;
- withdrawal of consent: a short confirmation, then the person leaves the call lists at once.

(A correction opens the person's profile: the page asks the main window for it.) What was done
is remembered on the page and offered as the outcome when the request is closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from shiboken6 import isValid

from desktop.gui.formatting import language
from desktop.gui.i18n import translate
from desktop.gui.privacy_confirm import ConfirmDialog
from desktop.gui.privacy_texts import erased_and_kept, kind_text
from desktop.services import anonymise, data_requests
from desktop.services.data_requests import DataRequestRow

if TYPE_CHECKING:
    from desktop.gui.privacy_page import PrivacyPage


def export_data(page: PrivacyPage, request: DataRequestRow, folder: Path | None) -> None:
    """Write the copy of the person's data into `folder` (asked for when None)."""
    if folder is None:
        chosen = QFileDialog.getExistingDirectory(
            page,
            translate("PrivacyPage", "Folder for the copy of %1's data").replace(
                "%1", request.participant_name
            ),
            str(Path.home()),
        )
        if not chosen:
            return
        folder = Path(chosen)
    ctx, person, target = page.context, request.participant_id, folder
    page.say(
        translate("PrivacyPage", "Writing the copy of %1's data…").replace(
            "%1", request.participant_name
        ),
        "hint",
    )

    def done(paths: tuple[Path, Path]) -> None:
        if not isValid(page):
            return
        json_file, pdf_file = paths
        page.written_pdf = pdf_file
        page.done_for[request.id] = (
            translate("PrivacyPage", "A copy of the data was given as %1 and %2.")
            .replace("%1", json_file.name)
            .replace("%2", pdf_file.name)
        )
        text = translate(
            "PrivacyPage", "Wrote the copy of %1's data into %2: %3 (to read and print) and %4."
        )
        page.say(
            text.replace("%1", request.participant_name)
            .replace("%2", str(pdf_file.parent))
            .replace("%3", pdf_file.name)
            .replace("%4", json_file.name),
            "ok",
        )
        page.refresh(select=request.id)
        page.ui.openPdfButton.show()
        page.ui.openPdfButton.setFocus(Qt.FocusReason.OtherFocusReason)

    ctx.runner.submit(
        lambda: data_requests.export_person(ctx.db, ctx.actor, person, target, language()),
        done,
        page.failed,
    )


def _ask(page: PrivacyPage, dialog: ConfirmDialog, then: Callable[[], object]) -> None:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(then)
    page.confirm = dialog
    dialog.open()


def confirm_anonymise(page: PrivacyPage, request: DataRequestRow) -> None:
    name = request.participant_name
    dialog = ConfirmDialog(
        page,
        translate("PrivacyPage", "Delete a person's data"),
        translate("PrivacyPage", "Anonymise %1? This cannot be undone.").replace("%1", name),
        erased_and_kept(),
        translate("PrivacyPage", "&Anonymise %1").replace("%1", name),
        cannot_undo=True,
    )
    _ask(page, dialog, lambda: _anonymise(page, request))


def _anonymise(page: PrivacyPage, request: DataRequestRow) -> None:
    ctx, person, request_id = page.context, request.participant_id, request.id
    reason = request.details.strip() if request.details else kind_text(request.kind)

    def done(_none: None) -> None:
        if not isValid(page):
            return
        text = translate("PrivacyPage", "Anonymised %1; the request is closed as done.")
        page.say(text.replace("%1", request.participant_name), "ok")
        page.refresh(select=request_id)
        if page.retention is not None:
            page.retention.refresh()  # they are no longer anyone to review

    ctx.runner.submit(
        lambda: anonymise.anonymise(ctx.db, ctx.actor, person, reason, request_id=request_id),
        done,
        page.failed,
    )


def confirm_withdrawal(page: PrivacyPage, request: DataRequestRow) -> None:
    name = request.participant_name
    dialog = ConfirmDialog(
        page,
        translate("PrivacyPage", "Withdraw consent"),
        translate("PrivacyPage", "Withdraw the consent of %1?").replace("%1", name),
        translate(
            "PrivacyPage",
            "They leave the follow-up call lists at once and are not contacted again. Their "
            "records stay as they are.",
        ),
        translate("PrivacyPage", "&Withdraw consent"),
        cannot_undo=False,
    )
    _ask(page, dialog, lambda: _withdraw(page, request))


def _withdraw(page: PrivacyPage, request: DataRequestRow) -> None:
    """An administrator's withdrawal closes the request as done; a clerk's holds at once and
    leaves the request for an administrator to close."""
    ctx, person = page.context, request.participant_id
    closing = request.id if page.may_handle else None

    def done(_none: None) -> None:
        if not isValid(page):
            return
        if closing is not None:
            text = translate(
                "PrivacyPage", "Withdrew the consent of %1; the request is closed as done."
            )
        else:
            page.done_for[request.id] = translate(
                "PrivacyPage", "Consent withdrawn: no more follow-up calls."
            )
            text = translate(
                "PrivacyPage",
                "Withdrew the consent of %1: no more follow-up calls. An administrator closes "
                "the request.",
            )
        page.say(text.replace("%1", request.participant_name), "ok")
        page.refresh(select=request.id)

    ctx.runner.submit(
        lambda: data_requests.withdraw_consent(ctx.db, ctx.actor, person, request_id=closing),
        done,
        page.failed,
    )
