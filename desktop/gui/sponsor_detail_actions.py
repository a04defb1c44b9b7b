"""The buttons of a sponsor's window: contacts and agreements added, edited and removed;
cash and things in kind recorded; a contribution's scanned document attached and opened; and
the impact report.

Each small dialog saves through the services itself and the window reads the sponsor again
when it closes with Save. `dialog` is the small dialog opened last and `viewer` the document
shown last (tests reach them there).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QTableView
from shiboken6 import isValid

from desktop.domain.errors import ValidationError
from desktop.gui.contribution_dialog import CashDialog
from desktop.gui.contribution_items_dialog import ItemsDialog
from desktop.gui.contribution_lines import load_item_choices
from desktop.gui.dialogs import ask
from desktop.gui.document_viewer import show_document
from desktop.gui.i18n import translate
from desktop.gui.sponsor_agreement_dialog import AgreementDialog
from desktop.gui.sponsor_contact_dialog import ContactDialog
from desktop.gui.sponsor_report_hook import open_report, report_available
from desktop.services import sponsor_details as details
from desktop.services.sponsor_details import SponsorDetail

if TYPE_CHECKING:
    from desktop.gui.sponsor_detail_dialog import SponsorDetailDialog


def selected_id(table: QTableView) -> int | None:
    rows = table.selectionModel().selectedRows()
    return int(rows[0].data(Qt.ItemDataRole.UserRole)) if rows else None


def select_id(table: QTableView, row_id: int | None) -> None:
    model = table.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data(Qt.ItemDataRole.UserRole) == row_id:
            table.selectRow(row)
            return


class SponsorDetailActions(QObject):
    def __init__(self, window: SponsorDetailDialog) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: QDialog | None = None
        self.viewer: QDialog | None = None
        ui = window.ui
        ui.addContactButton.clicked.connect(lambda: self.edit_contact(new=True))
        ui.editContactButton.clicked.connect(lambda: self.edit_contact(new=False))
        ui.contactsTable.activated.connect(lambda _index: self.edit_contact(new=False))
        ui.removeContactButton.clicked.connect(self.remove_contact)
        ui.addAgreementButton.clicked.connect(lambda: self.edit_agreement(new=True))
        ui.editAgreementButton.clicked.connect(lambda: self.edit_agreement(new=False))
        ui.agreementsTable.activated.connect(lambda _index: self.edit_agreement(new=False))
        ui.removeAgreementButton.clicked.connect(self.remove_agreement)
        ui.cashButton.clicked.connect(self.record_cash)
        ui.itemsButton.clicked.connect(self.record_items)
        ui.attachButton.clicked.connect(self.attach_document)
        ui.documentButton.clicked.connect(self.open_document)
        ui.contributionsTable.activated.connect(lambda _index: self.open_document())
        ui.reportButton.setVisible(report_available())
        ui.reportButton.clicked.connect(
            lambda: open_report(window, window.context, window.sponsor_id)
        )
        for table in (ui.contactsTable, ui.agreementsTable, ui.contributionsTable):
            table.selectionModel().selectionChanged.connect(self.update_buttons)

    def show_rows(self, detail: SponsorDetail) -> None:
        """The tables filled again, each keeping the row that was selected."""
        window, ui = self.window, self.window.ui
        for table, model, rows in (
            (ui.contactsTable, window.contacts, detail.contacts),
            (ui.agreementsTable, window.agreements, detail.agreements),
            (ui.contributionsTable, window.contributions, detail.contributions),
        ):
            keep = selected_id(table)
            model.replace_rows(list(rows))
            select_id(table, keep)
        self.update_buttons()

    def update_buttons(self) -> None:
        ui = self.window.ui
        contact, agreement = selected_id(ui.contactsTable), selected_id(ui.agreementsTable)
        ui.editContactButton.setEnabled(contact is not None)
        ui.removeContactButton.setEnabled(contact is not None)
        ui.editAgreementButton.setEnabled(agreement is not None)
        ui.removeAgreementButton.setEnabled(agreement is not None)
        rows = ui.contributionsTable.selectionModel().selectedRows()
        chosen = self.window.contributions.row_at(rows[0].row()) if rows else None
        ui.attachButton.setEnabled(chosen is not None)
        ui.documentButton.setEnabled(chosen is not None and chosen.has_document)

    # --- small dialogs --------------------------------------------------------------------

    def _open(self, dialog: QDialog, said: Callable[[], str]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(said()))
        self.dialog = dialog
        dialog.open()  # not exec(): no nested event loop, and tests drive the real dialog

    def _saved(self, text: str) -> None:
        if isValid(self.window):
            self.window.say(text, "ok")
            self.window.reload()

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def answer(result: Any) -> None:
            if isValid(self.window):
                done(result)

        self.window.context.runner.submit(work, answer, self.window.failed)

    def edit_contact(self, *, new: bool) -> None:
        window = self.window
        row = None if new else window.contacts.item_at(_current(window.ui.contactsTable))
        if not new and row is None:
            return
        dialog = ContactDialog(window.context, window.sponsor_id, row, window)
        self._open(
            dialog,
            lambda: translate("SponsorDetailDialog", "Saved the contact %1.").replace(
                "%1", dialog.saved_name
            ),
        )

    def remove_contact(self) -> None:
        window = self.window
        row = window.contacts.item_at(_current(window.ui.contactsTable))
        if row is None or not ask(
            window,
            translate("SponsorDetailDialog", "Remove contact"),
            translate("SponsorDetailDialog", "Remove %1 from the sponsor's contacts?").replace(
                "%1", row.name
            ),
            translate("SponsorDetailDialog", "&Remove"),
        ):
            return
        ctx = window.context
        self._run(
            lambda: details.remove_contact(ctx.db, ctx.actor, row.id),
            lambda _none: self._saved(
                translate("SponsorDetailDialog", "Removed the contact %1.").replace("%1", row.name)
            ),
        )

    def edit_agreement(self, *, new: bool) -> None:
        window = self.window
        row = None if new else window.agreements.item_at(_current(window.ui.agreementsTable))
        if not new and row is None:
            return
        dialog = AgreementDialog(window.context, window.sponsor_id, row, window)
        self._open(
            dialog,
            lambda: translate("SponsorDetailDialog", "Saved the agreement %1.").replace(
                "%1", dialog.saved_number
            ),
        )

    def remove_agreement(self) -> None:
        window = self.window
        row = window.agreements.item_at(_current(window.ui.agreementsTable))
        if row is None or not ask(
            window,
            translate("SponsorDetailDialog", "Remove agreement"),
            translate(
                "SponsorDetailDialog", "Remove the agreement %1? It is for one entered by mistake."
            ).replace("%1", row.number),
            translate("SponsorDetailDialog", "&Remove"),
        ):
            return
        ctx = window.context
        self._run(
            lambda: details.remove_agreement(ctx.db, ctx.actor, row.id),
            lambda _none: self._saved(
                translate("SponsorDetailDialog", "Removed the agreement %1.").replace(
                    "%1", row.number
                )
            ),
        )

    # --- contributions --------------------------------------------------------------------

    def record_cash(self) -> None:
        window, ctx = self.window, self.window.context
        sponsor_id = window.sponsor_id

        def opened(choices: details.EarmarkChoices) -> None:
            dialog = CashDialog(ctx, sponsor_id, choices, window)
            self._open(
                dialog, lambda: translate("SponsorDetailDialog", "Recorded the cash contribution.")
            )

        self._run(lambda: details.contribution_choices(ctx.db, ctx.actor, sponsor_id), opened)

    def record_items(self) -> None:
        window, ctx = self.window, self.window.context
        sponsor_id = window.sponsor_id

        def opened(choices: Any) -> None:
            dialog = ItemsDialog(ctx, sponsor_id, choices, window)
            self._open(
                dialog,
                lambda: translate(
                    "SponsorDetailDialog", "Recorded the items given and put them in stock."
                ),
            )

        self._run(lambda: load_item_choices(ctx, sponsor_id), opened)

    def _contribution(self) -> details.ContributionRow | None:
        ui = self.window.ui
        return self.window.contributions.row_at(_current(ui.contributionsTable))

    def attach_document(self) -> None:
        window, contribution = self.window, self._contribution()
        if contribution is None:
            return
        path, _filter = QFileDialog.getOpenFileName(
            window,
            translate("SponsorDetailDialog", "Attach the scanned letter or receipt"),
            str(Path.home()),
            translate(
                "SponsorDetailDialog", "PDF or image (*.pdf *.png *.jpg *.jpeg);;All files (*)"
            ),
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            window.failed(ValidationError(error.strerror or str(error), "document"))
            return
        ctx, name = window.context, Path(path).name
        self._run(
            lambda: details.attach_document(ctx.db, ctx.actor, contribution.id, name, data),
            lambda _none: self._saved(
                translate("SponsorDetailDialog", "Attached %1.").replace("%1", name)
            ),
        )

    def open_document(self) -> None:
        window, contribution = self.window, self._contribution()
        if contribution is None or not contribution.has_document:
            return
        ctx = window.context

        def shown(found: tuple[str, bytes]) -> None:
            name, data = found
            self.viewer = show_document(window, name, data)

        self._run(lambda: details.contribution_document(ctx.db, ctx.actor, contribution.id), shown)


def _current(table: QTableView) -> int:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else -1
