"""The admin's audit log: who did what and when, with the values before and after.

Filters apply while the admin types (after a short pause) and at once when a list choice
changes. A date that cannot be read is explained next to its field and the rows shown so far
stay, so a half-typed date never empties the table.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QWidget

from desktop.domain.errors import PelitaError, PermissionDenied, ValidationError
from desktop.domain.formatting import parse_date
from desktop.gui.app_context import AppContext
from desktop.gui.audit_model import (
    AuditTableModel,
    Change,
    Column,
    changes,
    field_text,
    object_text,
    translated_action,
    value_text,
)
from desktop.gui.formatting import show_date_time
from desktop.gui.forms.ui_audit_page import Ui_AuditPage
from desktop.gui.i18n import message
from desktop.services import audit
from desktop.services.audit import AuditFilter, AuditRow

DEBOUNCE_MS = 250


class AuditPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.model = AuditTableModel(context.db, context.actor, self)
        self.model.fetch_failed.connect(self._show_failure)
        self.ui.auditTable.setModel(self.model)
        self._setup_table()
        # One entry per actionCombo item: the action patterns it filters by (see AuditFilter).
        self._action_choices: list[tuple[str, ...]] = []
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        for edit in (self.ui.searchEdit, self.ui.fromEdit, self.ui.toEdit):
            edit.textChanged.connect(self._debounce.start)
        self.ui.userCombo.currentIndexChanged.connect(self.apply_filters)
        self.ui.actionCombo.currentIndexChanged.connect(self.apply_filters)
        self.ui.clearButton.clicked.connect(self.clear_filters)
        selection = self.ui.auditTable.selectionModel()
        selection.currentRowChanged.connect(self._show_details)
        self._set_date_error(self.ui.fromEdit, self.ui.fromError, None)
        self._set_date_error(self.ui.toEdit, self.ui.toError, None)
        self.refresh()

    @staticmethod
    def nav_title() -> str:
        return QCoreApplication.translate("AuditPage", "Audit log")

    # -- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the lists of users and actions and run the current filter again."""
        try:
            self._fill_user_combo(audit.usernames(self.context.db, self.context.actor))
            self._fill_action_combo(audit.actions(self.context.db, self.context.actor))
        except PermissionDenied as error:
            self._deny(error)
            return
        self._set_usable(True)
        self.apply_filters()

    def apply_filters(self) -> None:
        self._debounce.stop()
        audit_filter = self._read_filter()
        if audit_filter is None:
            return  # the date errors are showing; the previous results stay
        selected = self._selected_id()
        try:
            self.model.set_filter(audit_filter)
        except PermissionDenied as error:
            self._deny(error)
            return
        self._show_count()
        self._reselect(selected)

    def clear_filters(self) -> None:
        widgets = (self.ui.userCombo, self.ui.actionCombo, self.ui.searchEdit,
                   self.ui.fromEdit, self.ui.toEdit)  # fmt: skip
        # One query for the whole reset, not one per widget.
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.ui.userCombo.setCurrentIndex(0)
            self.ui.actionCombo.setCurrentIndex(0)
            for edit in (self.ui.searchEdit, self.ui.fromEdit, self.ui.toEdit):
                edit.clear()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filters()

    def _read_filter(self) -> AuditFilter | None:
        # Both fields are read so that both show their message at once.
        from_ok, date_from = self._read_date(self.ui.fromEdit, self.ui.fromError, "date_from")
        to_ok, date_to = self._read_date(self.ui.toEdit, self.ui.toError, "date_to")
        if not (from_ok and to_ok):
            return None
        if date_from is not None and date_to is not None and date_to < date_from:
            self._set_date_error(self.ui.toEdit, self.ui.toError,
                                 self.tr("The end date is before the start date."))  # fmt: skip
            return None
        index = self.ui.actionCombo.currentIndex()
        actions = self._action_choices[index] if 0 <= index < len(self._action_choices) else ()
        return AuditFilter(
            username=self.ui.userCombo.currentData() or "",
            actions=actions,
            text=self.ui.searchEdit.text(),
            date_from=date_from,
            date_to=date_to,
        )

    def _read_date(
        self, edit: QLineEdit, error_label: QLabel, field: str
    ) -> tuple[bool, date | None]:
        """(readable, the date or None when empty); an unreadable date shows its message."""
        text = edit.text().strip()
        if not text:
            self._set_date_error(edit, error_label, None)
            return True, None
        try:
            value = parse_date(text, field)
        except ValidationError as error:
            self._set_date_error(edit, error_label, message(error))
            return False, None
        self._set_date_error(edit, error_label, None)
        return True, value

    @staticmethod
    def _set_date_error(edit: QLineEdit, label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        label.setVisible(bool(text))
        edit.setProperty("invalid", bool(text))
        # The stylesheet's red border follows the property only after a re-polish.
        edit.style().unpolish(edit)
        edit.style().polish(edit)

    # -- combos ------------------------------------------------------------------------------

    def _fill_user_combo(self, usernames: list[str]) -> None:
        combo = self.ui.userCombo
        current = combo.currentData() or ""
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("All users"), "")
            for name in usernames:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        finally:
            combo.blockSignals(False)

    def _fill_action_combo(self, actions: list[str]) -> None:
        combo = self.ui.actionCombo
        index = combo.currentIndex()
        current = self._action_choices[index] if 0 <= index < len(self._action_choices) else ()
        groups: list[tuple[str, tuple[str, ...]]] = [
            (self.tr("All actions"), ()),
            (self.tr("Logins"), ("login", "login.")),
            (self.tr("Users"), ("user.",)),
            (self.tr("Centre and settings"), ("centre.", "settings.")),
        ]
        singles = sorted(((translated_action(a), (a,)) for a in actions),
                         key=lambda item: item[0].casefold())  # fmt: skip
        combo.blockSignals(True)
        try:
            combo.clear()
            self._action_choices = []
            for text, patterns in groups:
                combo.addItem(text)
                self._action_choices.append(patterns)
            combo.insertSeparator(combo.count())
            self._action_choices.append(())  # the separator's place, never selectable
            for text, patterns in singles:
                combo.addItem(text)
                self._action_choices.append(patterns)
            found = self._action_choices.index(current) if current in self._action_choices else 0
            combo.setCurrentIndex(found)
        finally:
            combo.blockSignals(False)

    # -- table and details -------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.ui.auditTable
        metrics = table.fontMetrics()
        header = table.horizontalHeader()
        # Fixed widths from the font, never "resize to contents": that would read every row.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = {
            Column.TIME: metrics.horizontalAdvance("30 September 2026 23.59") + 24,
            Column.USER: metrics.horizontalAdvance("instruktur") + 24,
            Column.ACTION: metrics.horizontalAdvance("Centre profile changed") + 24,
            Column.OBJECT: metrics.horizontalAdvance("centre 99") + 24,
        }
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(metrics.height() + 10)

    def _selected_id(self) -> int | None:
        current = self.ui.auditTable.currentIndex()
        return self.model.entry_id(current.row()) if current.isValid() else None

    def _reselect(self, entry_id: int | None) -> None:
        row = self.model.row_of(entry_id) if entry_id is not None else None
        if row is None:
            self.ui.detailsView.setHtml(self._placeholder())
            # A new filter starts at its newest entries, not where the old list was scrolled.
            self.ui.auditTable.scrollToTop()
            return
        index = self.model.index(row, 0)
        self.ui.auditTable.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.auditTable.scrollTo(index)

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.ui.detailsView.setHtml(self._details_html(row) if row else self._placeholder())

    def _placeholder(self) -> str:
        text = html.escape(self.tr("Select an entry to see it in full."))
        return f"<p style='color:#52606d'>{text}</p>"

    def _details_html(self, row: AuditRow) -> str:
        e = html.escape
        facts = [
            (self.tr("Time"), show_date_time(row.at)),
            (self.tr("User"), row.username),
            (self.tr("Action"), translated_action(row.action)),
            (self.tr("Object"), object_text(row)),
        ]
        parts = [f"<h3>{e(translated_action(row.action))}</h3>", "<table cellpadding='2'>"]
        parts += [f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in facts]
        parts.append("</table>")
        all_changes = changes(row)
        changed = [c for c in all_changes if c.changed]
        unchanged = [c for c in all_changes if not c.changed]
        if changed:
            parts.append(self._changes_table(row, changed))
        else:
            # tr() outside the f-strings: lupdate does not look inside them.
            nothing = self.tr("No values were recorded.")
            parts.append(f"<p>{e(nothing)}</p>")
        if unchanged:
            kept = "; ".join(f"{field_text(c.field)}: {value_text(c.after)}" for c in unchanged)
            heading = self.tr("Unchanged:")
            parts.append(f"<p style='color:#52606d'>{e(heading)} {e(kept)}</p>")
        return "".join(parts)

    def _changes_table(self, row: AuditRow, changed: list[Change]) -> str:
        e = html.escape
        cell = "<th align='left'>{}</th>"
        # A creation has no "before" and a removal no "after": one value column, no arrow.
        if row.before is None or row.after is None:
            heading = self.tr("Value") if row.before is None else self.tr("Before")
            head = cell.format(e(self.tr("Field"))) + cell.format(e(heading))
            body = [
                f"<tr><td>{e(field_text(c.field))}</td>"
                f"<td>{e(value_text(c.after if row.before is None else c.before))}</td></tr>"
                for c in changed
            ]
        else:
            head = "".join(
                cell.format(e(text))
                for text in (self.tr("Field"), self.tr("Before"), "", self.tr("After"))
            )
            body = [
                f"<tr><td>{e(field_text(c.field))}</td><td>{e(value_text(c.before))}</td>"
                f"<td>→</td><td><b>{e(value_text(c.after))}</b></td></tr>"
                for c in changed
            ]
        return (
            "<table border='1' cellspacing='0' cellpadding='4'"
            " style='border-color:#cbd2d9; margin-top:8px'>"
            f"<tr style='background:#f0f4f8'>{head}</tr>{''.join(body)}</table>"
        )

    # -- status ------------------------------------------------------------------------------

    def _show_count(self) -> None:
        count = self.model.rowCount()
        # Bahasa Indonesia has one form; English needs "entry" for one.
        text = self.tr("1 entry") if count == 1 else self.tr("%n entries", "", count)
        self._set_status(text, error=False)

    def _deny(self, error: PelitaError) -> None:
        self.model.clear()
        self.ui.detailsView.clear()
        self._set_usable(False)
        self._set_status(message(error), error=True)

    def _show_failure(self, error: object) -> None:
        if isinstance(error, PelitaError):
            self._set_status(message(error), error=True)

    def _set_usable(self, usable: bool) -> None:
        # Someone without the right sees only the message, not an empty page to puzzle over.
        ui = self.ui
        for widget in (ui.userLabel, ui.userCombo, ui.actionLabel, ui.actionCombo,
                       ui.searchLabel, ui.searchEdit, ui.fromLabel, ui.fromEdit, ui.toLabel,
                       ui.toEdit, ui.clearButton, ui.splitter):  # fmt: skip
            widget.setVisible(usable)
        # Without the list, the message takes the spare room so the title stays at the top.
        layout = ui.pageLayout
        layout.setStretch(layout.indexOf(ui.countLabel), 0 if usable else 1)

    def _set_status(self, text: str, error: bool) -> None:
        label = self.ui.countLabel
        label.setText(text)
        label.setWordWrap(True)
        # At the top of the spare room when the list is hidden (see _set_usable).
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setProperty("role", "error" if error else "hint")
        label.style().unpolish(label)
        label.style().polish(label)
