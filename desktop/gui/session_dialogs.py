"""Changing one session of a cohort: moving it (day, times, room), cancelling it with a reason,
or adding a make-up session.

Each dialog calls its service on the worker and stays open while the service refuses, the
message next to the field at fault and nothing typed cleared. When the change is saved with
something to check (a public holiday, a day outside the cohort's dates, an instructor or room
booked twice) the dialog says so before it closes and keeps it in `warnings`; otherwise it
closes at once. Either way the page that opened it hears `accepted`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from desktop.domain.calendar_id import holiday_name
from desktop.domain.errors import FieldWarning, PelitaError
from desktop.domain.formatting import format_date
from desktop.gui.app_context import AppContext
from desktop.gui.cohort_dialog_fields import from_qdate, to_qdate
from desktop.gui.cohort_schedule_editor import DEFAULT_HOURS, from_qtime, to_qtime
from desktop.gui.dialogs import localise_buttons
from desktop.gui.field_errors import FieldErrors
from desktop.gui.form_calls import FormCalls
from desktop.gui.formatting import language
from desktop.gui.forms.ui_session_dialog import Ui_SessionDialog
from desktop.gui.i18n import warning_text
from desktop.gui.programme_fields import localised
from desktop.gui.scrolling_form import add_save_shortcuts, enter_moves_on
from desktop.services import cohorts
from desktop.services.cohort_rows import CohortDetail, SessionRow, SessionSaved

# Until the application's style names it (as in the cohort form).


def describe(session: SessionRow) -> str:
    """ "Monday, 3 August 2026, 08:00–12:00, Ruang Jahit 1", as the person reads it."""
    weekday = QLocale().dayName(session.day.isoweekday(), QLocale.FormatType.LongFormat)
    times = f"{session.starts:%H:%M}–{session.ends:%H:%M}"
    parts = [f"{weekday}, {format_date(session.day, language())}", times]
    return ", ".join([*parts, session.room] if session.room else parts)


class SessionDialog(QDialog):
    """What the three dialogs share: the form, the call, its errors and its warnings."""

    def __init__(self, context: AppContext, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.context = context
        self.saved_session: SessionRow | None = None
        self.warnings: list[FieldWarning] = []
        self.shrink_to_fit = False
        self._fitted = False
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        ui = self.ui
        localise_buttons(ui.buttonBox)
        self.errors = FieldErrors(
            ui.formError,
            {
                "day": (ui.dayEdit, ui.dayError),
                "starts": (ui.startsEdit, ui.timeError),
                "ends": (ui.endsEdit, ui.timeError),
                "room": (ui.roomEdit, ui.roomError),
                "reason": (ui.reasonEdit, ui.reasonError),
            },
        )
        self.calls = FormCalls(self, ui.buttonBox, context.runner, self._failed)
        ui.warningsLabel.hide()
        ui.dayHint.hide()
        ui.dayEdit.dateChanged.connect(self._show_holiday)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        add_save_shortcuts(self, self.save)
        order = [ui.dayEdit, ui.startsEdit, ui.endsEdit, ui.roomEdit, ui.reasonEdit]
        for first, second in itertools.pairwise([*order, *ui.buttonBox.buttons()]):
            QWidget.setTabOrder(first, second)

    @property
    def save_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        return button

    @property
    def close_button(self) -> QPushButton:
        button: QPushButton = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        return button

    def put(self, day: date, starts: time, ends: time, room: str) -> None:
        ui = self.ui
        ui.dayEdit.setDate(to_qdate(day))
        ui.startsEdit.setTime(to_qtime(starts))
        ui.endsEdit.setTime(to_qtime(ends))
        ui.roomEdit.setText(room)

    def _show_holiday(self) -> None:
        """Said while the day is chosen, not only after saving."""
        name = holiday_name(from_qdate(self.ui.dayEdit.date()), language())
        self.ui.dayHint.setText(
            QCoreApplication.translate("SessionDialog", "A public holiday: %1").replace("%1", name)
            if name
            else ""
        )
        self.ui.dayHint.setVisible(bool(name))

    def typed(self) -> tuple[date, time, time, str, str]:
        """Day, start, end, room and reason as typed, unchecked."""
        ui = self.ui
        return (
            from_qdate(ui.dayEdit.date()),
            from_qtime(ui.startsEdit.time()),
            from_qtime(ui.endsEdit.time()),
            ui.roomEdit.text(),
            ui.reasonEdit.text(),
        )

    def call(self) -> Callable[[], SessionSaved | SessionRow]:
        """The service call this dialog makes with what was typed (on the worker)."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:  # sizes are known only once shown (style, large text)
            self._fitted = True
            self.fit_height(shrink=self.shrink_to_fit)

    def fit_height(self, shrink: bool = False) -> None:
        """Tall enough for every line of the wrapped texts at this width (a message shown
        after opening adds lines, large text more), lower only when asked."""
        needed = self.ui.dialogLayout.totalHeightForWidth(self.width())
        if needed > self.height() or shrink:
            self.resize(self.width(), needed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_moves_on(self, event, self.save):
            super().keyPressEvent(event)

    def save(self) -> None:
        if self.calls.busy or self.saved_session is not None:
            return
        self.calls.run(self.call(), self._saved)

    def _saved(self, result: SessionSaved | SessionRow) -> None:
        saved = result if isinstance(result, SessionSaved) else SessionSaved(result)
        self.saved_session, self.warnings = saved.session, list(saved.warnings)
        self.errors.clear()
        if not self.warnings:
            self.accept()
            return
        # Saved, with something to check: said here before the dialog closes.
        ui = self.ui
        lines = [QCoreApplication.translate("SessionDialog", "Saved. Please check:")]
        lines += [f"• {warning_text(w)}" for w in self.warnings]
        ui.warningsLabel.setText("\n".join(lines))
        ui.warningsLabel.show()
        self.fit_height()
        for field in (ui.dayEdit, ui.startsEdit, ui.endsEdit, ui.roomEdit, ui.reasonEdit):
            field.setEnabled(False)  # saved as shown: nothing more to type here
        self.save_button.hide()
        self.close_button.setText(QCoreApplication.translate("SessionDialog", "Close"))
        self.close_button.setFocus()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PelitaError):
            self.errors.show(localised(error))
            self.fit_height()
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)

    def reject(self) -> None:
        """Once saved, closing is the end of the save (the page hears `accepted`)."""
        if self.calls.busy:
            return
        if self.saved_session is not None:
            self.accept()
        else:
            super().reject()


class MoveSessionDialog(SessionDialog):
    """Another day, time or room for one session; the day first planned is kept."""

    def __init__(
        self, context: AppContext, session: SessionRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context, parent, QCoreApplication.translate("SessionDialog", "Move a session")
        )
        self.session = session
        ui = self.ui
        summary = QCoreApplication.translate("SessionDialog", "Moving the session of %1.").replace(
            "%1", describe(session)
        )
        if session.moved_from is not None:
            summary += " " + QCoreApplication.translate(
                "SessionDialog", "It was first planned for %1."
            ).replace("%1", format_date(session.moved_from, language()))
        ui.summaryLabel.setText(summary)
        self.put(session.day, session.starts, session.ends, session.room)
        ui.reasonEdit.setPlaceholderText(
            QCoreApplication.translate("SessionDialog", "Optional; kept with the session")
        )
        self.save_button.setText(QCoreApplication.translate("SessionDialog", "Move"))
        ui.dayEdit.setFocus()

    def call(self) -> Callable[[], SessionSaved]:
        ctx, session_id = self.context, self.session.id
        day, starts, ends, room, reason = self.typed()
        return lambda: cohorts.move_session(
            ctx.db, ctx.actor, session_id, day, starts, ends, reason, room
        )


class CancelSessionDialog(SessionDialog):
    """Cancel one session; the reason is required and kept."""

    def __init__(
        self, context: AppContext, session: SessionRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context, parent, QCoreApplication.translate("SessionDialog", "Cancel a session")
        )
        self.session = session
        ui = self.ui
        ui.summaryLabel.setText(
            QCoreApplication.translate("SessionDialog", "Cancelling the session of %1.").replace(
                "%1", describe(session)
            )
        )
        for widget in (ui.dayLabel, ui.dayEdit, ui.dayHint, ui.timeLabel, ui.startsEdit,
                       ui.toLabel, ui.endsEdit, ui.roomLabel, ui.roomEdit):  # fmt: skip
            widget.hide()
        ui.reasonEdit.setPlaceholderText(
            QCoreApplication.translate("SessionDialog", "Required: why it does not take place")
        )
        self.save_button.setText(QCoreApplication.translate("SessionDialog", "Cancel the session"))
        self.close_button.setText(QCoreApplication.translate("SessionDialog", "Keep it"))
        self.shrink_to_fit = True  # one field: no empty space below it
        ui.reasonEdit.setFocus()

    def call(self) -> Callable[[], SessionRow]:
        ctx, session_id, reason = self.context, self.session.id, self.ui.reasonEdit.text()
        return lambda: cohorts.cancel_session(ctx.db, ctx.actor, session_id, reason)


class MakeupSessionDialog(SessionDialog):
    """An extra session for the cohort, to make up for a cancelled one."""

    def __init__(
        self, context: AppContext, cohort: CohortDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context, parent, QCoreApplication.translate("SessionDialog", "Add a make-up session")
        )
        self.cohort = cohort
        ui = self.ui
        ui.summaryLabel.setText(
            QCoreApplication.translate(
                "SessionDialog", "A make-up session for cohort %1 (%2 to %3)."
            )
            .replace("%1", cohort.code)
            .replace("%2", format_date(cohort.start_date, language()))
            .replace("%3", format_date(cohort.end_date, language()))
        )
        starts, ends = (
            (cohort.slots[0].starts, cohort.slots[0].ends) if cohort.slots else DEFAULT_HOURS
        )
        self.put(self._first_free_day(), starts, ends, cohort.room)
        ui.reasonEdit.setPlaceholderText(
            QCoreApplication.translate(
                "SessionDialog", "Optional, such as the session it makes up for"
            )
        )
        self.save_button.setText(QCoreApplication.translate("SessionDialog", "Add"))
        ui.dayEdit.setFocus()

    def _first_free_day(self) -> date:
        """A day to start from: the first weekday after the last session, within the dates
        if it fits (the person changes it anyway)."""
        days = [s.day for s in self.cohort.sessions if not s.cancelled]
        day = (max(days) if days else from_qdate(QDate.currentDate())) + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return day

    def call(self) -> Callable[[], SessionSaved]:
        ctx, cohort_id = self.context, self.cohort.id
        day, starts, ends, room, reason = self.typed()
        return lambda: cohorts.add_makeup_session(
            ctx.db, ctx.actor, cohort_id, day, starts, ends, reason, room
        )


__all__ = [
    "CancelSessionDialog",
    "MakeupSessionDialog",
    "MoveSessionDialog",
    "SessionDialog",
    "describe",
]
