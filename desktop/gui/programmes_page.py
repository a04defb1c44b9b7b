"""The Programmes page: every programme of the centre, for everyone to look at; admins also make,
change, archive, restore and delete them.

A centre has tens of programmes, not a million participants, so the table simply holds the rows
of one `list_programme_rows` call, read on the worker like every other call of this page.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QHeaderView, QPushButton, QWidget
from shiboken6 import isValid

from desktop.domain.errors import Conflict, PelitaError
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.dialogs import ask
from desktop.gui.forms.ui_programmes_page import Ui_ProgrammesPage
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.programme_dialog import ProgrammeDialog
from desktop.gui.row_list_model import RowListModel
from desktop.gui.table_selection import select_row
from desktop.services import programme_admin
from desktop.services.programme_admin import ProgrammeDetail, ProgrammeRow, ProgrammeSaved

Index = QModelIndex | QPersistentModelIndex
ARCHIVED_COLOUR = QColor("#52606d")  # the hint colour of the style sheet


class Column(IntEnum):
    CODE = 0
    NAME = 1
    SKILL_AREA = 2
    HOURS = 3
    COHORTS = 4
    STATUS = 5


class ProgrammesTableModel(RowListModel):
    def set_rows(self, rows: list[ProgrammeRow]) -> None:
        self.replace_rows(rows)

    def row_at(self, row: int) -> ProgrammeRow | None:
        programme: ProgrammeRow | None = self.item_at(row)
        return programme

    def titles(self) -> list[str]:
        return [self.tr("Code"), self.tr("Name"), self.tr("Skill area"), self.tr("Hours (JP)"),
                self.tr("Cohorts"), self.tr("Status")]  # fmt: skip

    def cell(self, item: ProgrammeRow, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, Column(column))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.HOURS, Column.COHORTS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not item.active:
            return ARCHIVED_COLOUR
        return None

    def _text(self, programme: ProgrammeRow, column: Column) -> str:
        if column == Column.CODE:
            return programme.code
        if column == Column.NAME:
            return programme.name
        if column == Column.SKILL_AREA:
            return programme.skill_area
        if column == Column.HOURS:
            return QLocale().toString(programme.hours_jp)
        if column == Column.COHORTS:
            return QLocale().toString(programme.cohorts)
        return self.tr("Active") if programme.active else self.tr("Archived")


class ProgrammesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ProgrammesPage()
        self.ui.setupUi(self)
        self.may_manage = context.actor.may(Permission.MANAGE_PROGRAMMES)
        self.model = ProgrammesTableModel(self)
        self.dialog: ProgrammeDialog | None = None  # the open form (tests reach it here)
        self.survey_dialog: QWidget | None = None
        self._setup_table()
        self._connect()
        ui = self.ui
        # The services refuse anyway; hiding the way in spares a clerk a pointless refusal.
        for button in (ui.newButton, ui.editButton, ui.surveyButton, ui.archiveButton,
                       ui.deleteButton):  # fmt: skip
            button.setVisible(self.may_manage)
        self._say("", "hint")
        self._update_buttons()
        self.refresh()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("ProgrammesPage", "Programmes")

    def _setup_table(self) -> None:
        table = self.ui.programmesTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        # Few rows: every column fits its text; the name takes the room that is left.
        for column in Column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)

    def _connect(self) -> None:
        ui = self.ui
        ui.archivedCheck.toggled.connect(lambda _checked: self.refresh())
        ui.programmesTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.programmesTable.activated.connect(lambda _index: self.edit_programme())
        ui.newButton.clicked.connect(self.new_programme)
        ui.editButton.clicked.connect(self.edit_programme)
        ui.surveyButton.clicked.connect(self.edit_survey)
        ui.archiveButton.clicked.connect(self._toggle_archived)
        ui.deleteButton.clicked.connect(self.delete_programme)
        if self.may_manage:
            # Only while this page is showing (Qt ignores shortcuts of hidden widgets).
            QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_programme)
            delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.programmesTable)
            delete.setContext(Qt.ShortcutContext.WidgetShortcut)
            delete.activated.connect(self.delete_programme)

    # --- the list -----------------------------------------------------------------------

    def refresh(self, select: int | None = None) -> None:
        """Read the list again (another desk may have changed it), keeping the selection."""
        ctx = self.context
        include = self.ui.archivedCheck.isChecked()
        current = self.selected()
        keep = select if select is not None else (current.id if current else None)

        def done(rows: list[ProgrammeRow]) -> None:
            if not isValid(self):
                return
            # Reset disables the row buttons for a moment, and Qt moves the focus off a disabled
            # button: a keyboard user must not find it on another control afterwards.
            focused = QApplication.focusWidget()
            self.model.set_rows(rows)
            self._show_count(len(rows))
            if keep is not None:
                self.select(keep)
            if isinstance(focused, QPushButton) and self.isAncestorOf(focused):
                target = focused if focused.isEnabled() else self.ui.programmesTable
                target.setFocus(Qt.FocusReason.OtherFocusReason)

        def failed(error: BaseException) -> None:
            if isValid(self):
                self.model.set_rows([])
                self._failed(error)

        ctx.runner.submit(
            lambda: programme_admin.list_programme_rows(
                ctx.db, ctx.actor, include_archived=include
            ),
            done,
            failed,
        )

    def selected(self) -> ProgrammeRow | None:
        rows = self.ui.programmesTable.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, programme_id: int) -> None:
        row = self.model.row_of(programme_id)
        if row is None:
            return
        select_row(self.ui.programmesTable, row, Column.NAME)

    def _update_buttons(self) -> None:
        ui, programme = self.ui, self.selected()
        for button in (ui.editButton, ui.surveyButton, ui.archiveButton, ui.deleteButton):
            button.setEnabled(programme is not None)
        archive = programme is None or programme.active
        ui.archiveButton.setText(self.tr("Arc&hive") if archive else self.tr("&Restore"))
        ui.archiveButton.setAccessibleName(
            self.tr("Archive programme") if archive else self.tr("Restore programme")
        )

    def _show_count(self, count: int) -> None:
        if count == 1:
            text = self.tr("1 programme")
        else:
            text = self.tr("%1 programmes").replace("%1", QLocale().toString(count))
        self.ui.countLabel.setText(text)

    # --- the form -----------------------------------------------------------------------

    def new_programme(self) -> None:
        if self.may_manage:
            self._open(ProgrammeDialog(self.context, None, self))

    def edit_programme(self) -> None:
        programme = self.selected()
        if not self.may_manage or programme is None:
            return
        ctx, pid = self.context, programme.id

        def loaded(detail: ProgrammeDetail) -> None:
            if isValid(self):
                self._open(ProgrammeDialog(ctx, detail, self))

        ctx.runner.submit(
            lambda: programme_admin.get_programme(ctx.db, ctx.actor, pid), loaded, self._failed
        )

    def _open(self, dialog: ProgrammeDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._saved(dialog))
        self.dialog = dialog
        # open(), not exec(): no nested event loop, and tests drive the real dialog with qtbot.
        dialog.open()

    def _saved(self, dialog: ProgrammeDialog) -> None:
        self.refresh(select=dialog.saved_id)
        self._say(self.tr("Saved the programme %1.").replace("%1", dialog.saved_name), "ok")

    # --- archive, restore, delete -------------------------------------------------------

    def edit_survey(self) -> None:
        """The feedback survey's questions of the selected programme."""
        from desktop.gui.survey_questions_dialog import open_survey_questions

        programme = self.selected()
        if programme is not None:
            self.survey_dialog = open_survey_questions(self, self.context, programme.id)

    def _toggle_archived(self) -> None:
        programme = self.selected()
        if not self.may_manage or programme is None:
            return
        ctx, pid = self.context, programme.id
        archive = programme.active

        def work() -> ProgrammeSaved:
            if archive:
                return programme_admin.archive_programme(ctx.db, ctx.actor, pid)
            return programme_admin.restore_programme(ctx.db, ctx.actor, pid)

        def done(_saved: ProgrammeSaved) -> None:
            if not isValid(self):
                return
            self.refresh(select=pid)
            if archive:
                text = self.tr(
                    "Archived the programme %1: it is no longer offered, and everything about it "
                    "is kept. Restore brings it back."
                )
            else:
                text = self.tr("Restored the programme %1: it is offered again.")
            self._say(text.replace("%1", programme.name), "ok")

        ctx.runner.submit(work, done, self._failed)

    def delete_programme(self) -> None:
        programme = self.selected()
        if not self.may_manage or programme is None:
            return
        if not ask(
            self,
            self.tr("Delete programme"),
            self.tr(
                "Delete the programme %1 (%2)? Deleting is for a programme made by mistake and "
                "cannot be undone. To stop offering a programme, archive it instead."
            )
            .replace("%1", programme.name)
            .replace("%2", programme.code),
            self.tr("&Delete"),
        ):
            return
        ctx, pid = self.context, programme.id

        def done(_none: None) -> None:
            if isValid(self):
                self.refresh()
                self._say(self.tr("Deleted the programme %1.").replace("%1", programme.name), "ok")

        ctx.runner.submit(
            lambda: programme_admin.delete_programme(ctx.db, ctx.actor, pid), done, self._failed
        )

    # --- messages -----------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, Conflict):
            # A refusal with a way out (archive instead): said calmly, the way out at hand.
            self._say(message(error), "hint")
            if self.ui.archiveButton.isVisible() and self.ui.archiveButton.isEnabled():
                self.ui.archiveButton.setFocus()
            self.refresh()
        elif isinstance(error, PelitaError):
            self.refresh()
            self._say(message(error), "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def _say(self, text: str, role: str) -> None:
        """A message under the buttons: "ok" (done), "error", or "hint" (a calm refusal)."""
        show_message(self.ui.statusLabel, text, role)
