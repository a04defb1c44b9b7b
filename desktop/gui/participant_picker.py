"""Finding one participant by name or NIK inside a form (lending a machine, handing over a
starter kit): a search line and a short list under it, searched as one types on the worker, as
the enrol dialog finds people (its PeopleModel shows them). Down arrow in the search line goes
to the list; Enter searches at once instead of pressing the form's Save button.

Placed in Designer as a promoted widget (parent only); the form gives it its context with
`set_context` before anyone types.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget
from shiboken6 import isValid

from desktop.gui.app_context import AppContext
from desktop.gui.enrol_dialog import PeopleModel
from desktop.gui.signals import emit
from desktop.services import registry
from desktop.services.registry import RegistryQuery, RegistryRow

SEARCH_DELAY_MS = 250
PEOPLE_SHOWN = 8  # a short list: one types more to narrow it


class ParticipantPicker(QWidget):
    chosen = Signal()  # the chosen participant changed (or none is chosen any more)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context: AppContext | None = None
        self.people = PeopleModel(self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("participantSearch")
        self.search_edit.setAccessibleName(self.tr("Find the participant"))
        self.search_edit.setAccessibleDescription(
            self.tr("Finds a name or NIK while you type. Down arrow: to the list.")
        )
        self.search_edit.setPlaceholderText(self.tr("Name or NIK…"))
        self.search_edit.setClearButtonEnabled(True)
        self.table = QTableView(self)
        self.table.setObjectName("participantTable")
        self.table.setAccessibleName(self.tr("Participants found"))
        self.table.setModel(self.people)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.search_edit)
        self._search = QTimer(self)
        self._search.setSingleShot(True)
        self._search.setInterval(SEARCH_DELAY_MS)
        self._search.timeout.connect(self.search_now)
        self.search_edit.textChanged.connect(self._search.start)
        self.search_edit.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(lambda: emit(self.chosen))
        self.people.modelReset.connect(lambda: emit(self.chosen))

    def set_context(self, context: AppContext) -> None:
        self.context = context

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.people.rowCount():
                self.table.selectRow(0)
                self.table.setFocus()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.search_now()  # searching now, not pressing the form's Save button
                return True
        return super().eventFilter(watched, event)

    def search_now(self) -> None:
        """Search with what is typed now (on the worker); an answer to older typing is dropped."""
        self._search.stop()
        text, ctx = self.search_edit.text().strip(), self.context
        if not text or ctx is None:
            self.people.replace_rows([])
            return

        def done(page: registry.Page) -> None:
            if isValid(self) and self.search_edit.text().strip() == text:
                self.people.replace_rows(page.rows)
                if len(page.rows) == 1:  # one match: chosen, as a clerk would
                    self.table.selectRow(0)

        def failed(_error: BaseException) -> None:
            if isValid(self):
                self.people.replace_rows([])

        query = RegistryQuery(text=text)
        ctx.runner.submit(
            lambda: registry.page(ctx.db, ctx.actor, query, limit=PEOPLE_SHOWN), done, failed
        )

    def participant(self) -> RegistryRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people.row_at(rows[0].row()) if rows else None

    def participant_id(self) -> int | None:
        person = self.participant()
        return person.id if person is not None else None
