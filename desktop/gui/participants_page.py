"""The registry: everyone registered, found by typing and narrowed by filters.

The search runs while the clerk types (after a short pause, so a name typed quickly is one
query, not eight), and at once when a filter changes. Esc empties the box; the Down key moves
into the list, where Enter opens the profile. The list, its count and the region lists are
all read on the database worker: the desk never waits for the database to type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QWidget
from shiboken6 import isValid

from desktop.domain import choices as c
from desktop.domain import regions
from desktop.domain.errors import PelitaError
from desktop.domain.roles import Permission
from desktop.gui.app_context import AppContext
from desktop.gui.choice_widgets import choice_label
from desktop.gui.dialogs import inform
from desktop.gui.formatting import language
from desktop.gui.forms.ui_participants_page import Ui_ParticipantsPage
from desktop.gui.i18n import message
from desktop.gui.message_line import show_message
from desktop.gui.participant_export_action import ParticipantExportAction
from desktop.gui.participant_form import ParticipantForm
from desktop.gui.participant_profile import ParticipantProfile
from desktop.gui.participants_model import SORTABLE, Column, ParticipantsTableModel, sort_order
from desktop.gui.save_file import ask_save_path
from desktop.services.cohorts import CohortRow, list_cohorts
from desktop.services.programmes import list_programmes
from desktop.services.registry import RegistryQuery

C = TypeVar("C", bound=c.Choice)
DEBOUNCE_MS = 150
DISABILITY = {"yes": True, "no": False}
# The record-status filter's item data (text: see DISABILITY) and what it lists.
STATUSES = {None: c.ParticipantStatus.ACTIVE, "inactive": c.ParticipantStatus.INACTIVE, "": None}
BLANK_FORM_NAMES = {"id": "formulir-pendaftaran-kosong.pdf", "en": "blank-intake-form.pdf"}


def blank_form_pdf(context: AppContext) -> bytes:
    """On the worker: the empty intake form, with the centre's letterhead and programmes."""
    from desktop.documents.intake_form import render_intake_form
    from desktop.services import centre

    profile = centre.get_profile(context.db)
    assert profile is not None  # a desk is only reached once the centre is set up
    programmes = dict(list_programmes(context.db, context.actor))
    return render_intake_form(profile, None, language=language(), programmes=programmes)


def _member(combo: QComboBox, kind: type[C]) -> C | None:
    """The combo's choice as its enum (Qt hands item data back as plain text)."""
    value = combo.currentData()
    return None if value is None else kind(value)


class ParticipantsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_ParticipantsPage()
        self.ui.setupUi(self)
        actor = context.actor
        self.identity = actor.may(Permission.VIEW_IDENTITY_NUMBERS)
        self.may_register = actor.may(Permission.REGISTER_PARTICIPANTS)
        self.model = ParticipantsTableModel(context.db, actor, context.runner, self)
        self.model.counted.connect(self._show_count)
        self.model.fetch_failed.connect(self._show_failure)
        self.ui.participantsTable.setModel(self.model)
        self.profiles: dict[int, ParticipantProfile] = {}
        self.export_action = ParticipantExportAction(context, self, self.read_query, self._say)
        self._programmes: list[tuple[int, str]] | None = None
        self._focused_once = False
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self._setup_table()
        self._setup_filters()
        self._connect()
        self.ui.newButton.setVisible(self.may_register)
        self.ui.enrolSelectedButton.setVisible(actor.may(Permission.ENROL_PARTICIPANTS))
        self.bulk_dialog: QWidget | None = None
        self.ui.importButton.setVisible(self.may_register)
        self.import_dialog: QWidget | None = None  # the open "Import from a list…" (tests)
        if not self.identity:
            # Instructors cannot search by number (the registry finds nobody for digits).
            self.ui.searchEdit.setPlaceholderText(self.tr("Name or village…"))
            self.ui.searchEdit.setAccessibleDescription(
                self.tr("Finds a name or village while you type. Down arrow: to the list.")
            )
        self._say("", "hint")
        self.apply_filters()
        self._load_provinces()
        self._load_programmes()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("ParticipantsPage", "Participants")

    # -- building ----------------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.ui.participantsTable
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        # Widths from the font, never "resize to contents": that would read every row.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        samples = {
            Column.NAME: "Siti Nurhaliza Rahmawati Putri",
            Column.NIK: "3203014506880001",
            Column.PHONE: "0812-3456-7890",
            Column.SEX: "Perempuan",
            Column.AGE: "Umur",
            Column.VILLAGE: "Sukamaju Kaler",
            Column.DISTRICT: "Warungkondang",
        }
        for column, sample in samples.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 28)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 10)
        # Instructors work with names only; the service masks the numbers for them anyway.
        table.setColumnHidden(Column.NIK, not self.identity)
        table.setColumnHidden(Column.PHONE, not self.identity)
        # Disability and social assistance likewise (the service refuses those filters).
        sensitive = self.context.actor.may(Permission.VIEW_SENSITIVE_DATA)
        ui = self.ui
        for widget in (ui.disabilityLabel, ui.disabilityCombo, ui.dtsenLabel, ui.dtsenCombo,
                       ui.assistanceLabel, ui.assistanceCombo):  # fmt: skip
            widget.setVisible(sensitive)

    def _setup_filters(self) -> None:
        ui = self.ui
        self._fill(ui.sexCombo, self.tr("Everyone"), self._items(c.Sex))
        self._fill(ui.ageCombo, self.tr("All ages"), self._items(c.AgeBand))
        self._fill(
            ui.disabilityCombo,
            self.tr("Everyone"),
            # Text, not True/False: PySide miscounts references to bools kept as item data.
            [(self.tr("With a disability"), "yes"), (self.tr("Without a disability"), "no")],
        )
        self._fill(ui.dtsenCombo, self.tr("Everyone"), self._items(c.Dtsen))
        self._fill(ui.assistanceCombo, self.tr("Any or none"), self._items(c.Assistance))
        self._fill(ui.provinceCombo, self.tr("All provinces"), [])
        self._fill(ui.regencyCombo, self.tr("All regencies"), [])
        ui.regencyCombo.setEnabled(False)
        self._fill(ui.programmeCombo, self.tr("All programmes"), [])
        self._fill(ui.cohortCombo, self.tr("All cohorts"), [])
        ui.cohortCombo.setEnabled(False)
        statuses = [(self.tr("Active and inactive"), ""), (self.tr("Inactive"), "inactive")]
        self._fill(ui.recordStatusCombo, self.tr("Active"), statuses)
        for combo in self._combos():
            # Long names (a regency, an aid programme) show in full in the open list; closed,
            # the combo stays narrow enough for the filters to fit a 1366-pixel screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)

    def _combos(self) -> list[QComboBox]:
        ui = self.ui
        return [ui.sexCombo, ui.ageCombo, ui.disabilityCombo, ui.dtsenCombo,
                ui.assistanceCombo, ui.provinceCombo, ui.regencyCombo, ui.programmeCombo,
                ui.cohortCombo, ui.recordStatusCombo]  # fmt: skip

    @staticmethod
    def _items(kind: type[c.Choice]) -> list[tuple[str, Any]]:
        return [(choice_label(member), member.value) for member in kind]

    @staticmethod
    def _fill(combo: QComboBox, everyone: str, items: list[tuple[str, Any]]) -> None:
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(everyone, None)
            for text, value in items:
                combo.addItem(text, value)
        finally:
            combo.blockSignals(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._debounce.start)
        ui.searchEdit.returnPressed.connect(self.apply_filters)
        ui.searchEdit.installEventFilter(self)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        ui.provinceCombo.currentIndexChanged.connect(self._province_changed)
        ui.programmeCombo.currentIndexChanged.connect(self._programme_changed)
        ui.clearButton.clicked.connect(self.clear_filters)
        ui.participantsTable.horizontalHeader().sortIndicatorChanged.connect(self._sort)
        ui.participantsTable.activated.connect(self._activated)
        ui.newButton.clicked.connect(self.new_participant)
        ui.blankFormButton.clicked.connect(self.save_blank_form)
        ui.enrolSelectedButton.clicked.connect(self.enrol_selected)
        ui.importButton.clicked.connect(self.import_list)
        ui.exportButton.clicked.connect(self.export_action.start)
        # Only while this page is showing (Qt ignores shortcuts of hidden widgets).
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_participant)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:  # the desk's first move is to type a name
            self._focused_once = True
            QTimer.singleShot(0, self.ui.searchEdit.setFocus)

    # -- the query ---------------------------------------------------------------------------

    def read_query(self) -> RegistryQuery:
        ui, current = self.ui, self.model.query
        province = ui.provinceCombo.currentData() or ""
        programme = ui.programmeCombo.currentData()
        return replace(
            current,  # keeps the sort the header chose
            text=ui.searchEdit.text(),
            sex=_member(ui.sexCombo, c.Sex),
            age_band=_member(ui.ageCombo, c.AgeBand),
            has_disability=DISABILITY.get(ui.disabilityCombo.currentData()),
            assistance=_member(ui.assistanceCombo, c.Assistance),
            dtsen=_member(ui.dtsenCombo, c.Dtsen),
            province_code=province,
            regency_code=(ui.regencyCombo.currentData() or "") if province else "",
            programme_id=programme,
            cohort_id=ui.cohortCombo.currentData() if programme is not None else None,
            status=STATUSES[ui.recordStatusCombo.currentData()],
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        query = self.read_query()
        if query == self.model.query and self.model.rowCount() + int(self.model.loading):
            return  # a space typed, or the same filter chosen again: the list is right
        self.model.set_query(query)
        self.ui.participantsTable.scrollToTop()

    def clear_filters(self) -> None:
        widgets: list[QObject] = [*self._combos(), self.ui.searchEdit]
        for widget in widgets:  # one query for the whole reset, not one per control
            widget.blockSignals(True)
        try:
            for combo in self._combos():
                combo.setCurrentIndex(0)
            self.ui.searchEdit.clear()
            self.ui.regencyCombo.setEnabled(False)
            self.ui.cohortCombo.setEnabled(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filters()

    def reload(self) -> None:
        """Run the current query again (after a registration or a merge)."""
        self.model.reload()

    def _sort(self, section: int, order: Qt.SortOrder) -> None:
        if self.model.set_sort(section, order):
            self.ui.participantsTable.scrollToTop()
            return
        # No index to sort this column by: the arrow goes back to the order actually shown.
        header = self.ui.participantsTable.horizontalHeader()
        current = next(
            (col for col, (key, _r) in SORTABLE.items() if key is self.model.query.sort),
            Column.NAME,
        )
        header.blockSignals(True)
        header.setSortIndicator(current, sort_order(self.model.query))
        header.blockSignals(False)
        self._say(self.tr("The list can be sorted by name, NIK, phone, age or village."), "hint")

    # -- regions -----------------------------------------------------------------------------

    def _load_provinces(self) -> None:
        # On the worker: the first look-up loads the whole region list (~0.3 s).
        self._regions("", self.ui.provinceCombo, self.tr("All provinces"))

    def _province_changed(self) -> None:
        province = self.ui.provinceCombo.currentData()
        combo = self.ui.regencyCombo
        self._fill(combo, self.tr("All regencies"), [])
        combo.setEnabled(False)
        if province:
            self._regions(province, combo, self.tr("All regencies"))

    def _regions(self, parent_code: str, combo: QComboBox, everyone: str) -> None:
        def done(found: tuple[regions.Region, ...]) -> None:
            if not isValid(self):
                return
            if parent_code and self.ui.provinceCombo.currentData() != parent_code:
                return  # another province was chosen meanwhile
            self._fill(combo, everyone, [(region.name, region.code) for region in found])
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.setEnabled(True)

        self.context.runner.submit(lambda: regions.children(parent_code), done)

    # -- programmes and cohorts --------------------------------------------------------------

    def _load_programmes(self) -> None:
        context = self.context

        def done(found: list[tuple[int, str]]) -> None:
            if isValid(self):
                items = [(name, id_) for id_, name in found]
                self._fill(self.ui.programmeCombo, self.tr("All programmes"), items)

        # Archived programmes too: their past participants are still looked for.
        self.context.runner.submit(
            lambda: list_programmes(context.db, context.actor, include_inactive=True), done
        )

    def _programme_changed(self) -> None:
        programme = self.ui.programmeCombo.currentData()
        combo = self.ui.cohortCombo
        self._fill(combo, self.tr("All cohorts"), [])
        combo.setEnabled(False)
        if programme is None:
            return
        context = self.context

        def done(found: list[CohortRow]) -> None:
            if not isValid(self) or self.ui.programmeCombo.currentData() != programme:
                return  # another programme was chosen meanwhile
            self._fill(combo, self.tr("All cohorts"), [(row.code, row.id) for row in found])
            combo.setEnabled(True)

        self.context.runner.submit(
            lambda: list_cohorts(context.db, context.actor, programme_id=programme), done
        )

    # -- keys --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        edit: QLineEdit = self.ui.searchEdit
        if watched is edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and edit.text():
                edit.clear()
                self.apply_filters()
                return True
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self._enter_list()
                return True
        return super().eventFilter(watched, event)

    def _enter_list(self) -> None:
        table = self.ui.participantsTable
        if not table.currentIndex().isValid():
            table.setCurrentIndex(self.model.index(0, Column.NAME))
        table.selectRow(table.currentIndex().row())
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _activated(self, index: QModelIndex) -> None:
        participant_id = self.model.participant_id(index.row())
        if participant_id is not None:
            self.open_profile(participant_id)

    # -- opening things ----------------------------------------------------------------------

    def open_profile(self, participant_id: int) -> ParticipantProfile:
        """Show a participant's profile; one window per person, raised if already open."""
        # By what each shows now: a profile may have moved on to the record kept by a merge.
        existing = next(
            (
                p
                for p in self.profiles.values()
                if isValid(p) and p.participant_id == participant_id
            ),
            None,
        )
        if existing is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        profile = ParticipantProfile(self.context, participant_id, self)
        profile.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.profiles[participant_id] = profile
        profile.destroyed.connect(lambda: self._forget(profile))
        profile.changed.connect(lambda pid: self.model.refresh_rows([pid]))
        profile.merged.connect(lambda _kept: self.reload())
        profile.open_participant.connect(self.open_profile)
        profile.open()
        return profile

    def _forget(self, profile: ParticipantProfile) -> None:
        self.profiles = {k: v for k, v in self.profiles.items() if v is not profile}

    def new_participant(self) -> None:
        if not self.may_register:
            return
        self._with_programmes(self._open_new_form)

    def _open_new_form(self, programmes: list[tuple[int, str]]) -> None:
        form = ParticipantForm.new(self.context, programmes, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._registered)
        form.open_participant.connect(self.open_profile)
        self.new_form = form  # tests reach it here
        form.open()

    def _registered(self, participant_id: int) -> None:
        self.reload()
        # The next step at the desk: check the record and print it for signature.
        self.open_profile(participant_id)

    def _with_programmes(self, then: Callable[[list[tuple[int, str]]], None]) -> None:
        if self._programmes is not None:
            then(self._programmes)
            return
        ctx = self.context

        def done(found: list[tuple[int, str]]) -> None:
            if isValid(self):
                self._programmes = found
                then(found)

        ctx.runner.submit(lambda: list_programmes(ctx.db, ctx.actor), done, self._failed)

    def enrol_selected(self) -> None:
        """The people selected in the list, into one cohort, with a report (bulk_enrol_dialog)."""
        from desktop.gui.bulk_enrol_dialog import BulkEnrolDialog, selected_people

        people = selected_people(self.ui.participantsTable, self.model)
        if not people:
            hint = self.tr("Select the people to enrol first: Ctrl+click or Shift+click adds rows.")
            self._say(hint, "hint")
            return
        self.bulk_dialog = BulkEnrolDialog.start(self.context, people, self)

    def import_list(self) -> None:
        """A village office's or sponsor's list, checked row by row (import_dialog)."""
        from desktop.gui.import_dialog import ImportDialog

        if self.may_register:
            dialog = ImportDialog.start(self.context, self)
            dialog.imported.connect(lambda _count: self.reload())
            self.import_dialog = dialog

    def save_blank_form(self) -> None:
        name = BLANK_FORM_NAMES.get(language(), BLANK_FORM_NAMES["id"])
        target = ask_save_path(
            self, self.tr("Save the blank intake form"), name, self.tr("PDF documents (*.pdf)")
        )
        if target is None:
            return
        ctx = self.context

        def work() -> Path:
            target.write_bytes(blank_form_pdf(ctx))
            return target

        def done(saved: Path) -> None:
            if isValid(self):
                self._say(self.tr("Saved %1").replace("%1", str(saved)), "ok")

        ctx.runner.submit(work, done, self._failed)

    # -- messages ----------------------------------------------------------------------------

    def _show_count(self, count: int, capped: bool) -> None:
        number = QLocale().toString(count)
        if capped:
            text = self.tr("more than %1 participants").replace("%1", number)
        elif count == 1:
            text = self.tr("1 participant")
        else:
            text = self.tr("%1 participants").replace("%1", number)
        self.ui.countLabel.setText(text)

    def _show_failure(self, error: object) -> None:
        if isinstance(error, PelitaError):
            self._say(message(error), "error")

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        if isinstance(error, PelitaError):
            self._say(message(error), "error")
        elif isinstance(error, OSError):
            title = self.tr("Could not save the file")
            inform(self, title, error.strerror or str(error))
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def _say(self, text: str, role: str) -> None:
        """A message beside the count: "ok" (done), "error", or "hint" (how things work)."""
        show_message(self.ui.statusLabel, text, role)
