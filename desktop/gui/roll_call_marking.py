"""Saving the marks of a roll call as they are given, and taking them back (Ctrl+Z).

Each mark goes to the worker at once; the row shows it straight away and then shows what the
service saved, or goes back to what the database holds with the refusal next to it. The worker
runs one call after another, so quick keys are saved in the order they were pressed.

Undo keeps, per step, what the rows held before: one person for a mark or a note, everyone it
marked for "Everyone present". Undoing gives those marks back (or takes the mark away when
there was none) through the same services, so the undo is audited like any mark.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from shiboken6 import isValid

from desktop.domain.attendance import MarkInput
from desktop.domain.errors import PelitaError
from desktop.gui.i18n import message
from desktop.gui.roll_call_row import RollCallRow, mark_text
from desktop.services import attendance
from desktop.services.attendance import RollLine

if TYPE_CHECKING:
    from desktop.gui.roll_call_dialog import RollCallDialog

Step = list[RollLine]  # what the rows held before one action


def _same(line: RollLine, data: MarkInput) -> bool:
    note = " ".join(data.note.split())
    return (line.mark, line.late_minutes, line.note) == (data.mark, data.late_minutes, note)


def _same_input(one: MarkInput, other: MarkInput) -> bool:
    def key(data: MarkInput) -> tuple[object, ...]:
        return data.mark, data.late_minutes, " ".join(data.note.split())

    return key(one) == key(other)


class RollCallMarking(QObject):
    def __init__(self, dialog: RollCallDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.steps: list[Step] = []
        # The mark on its way per person: a field that hands its text over twice (Enter, then
        # leaving it) must not save it twice, nor leave two undo steps.
        self.sending: dict[int, MarkInput] = {}

    def _row_of(self, enrolment_id: int) -> RollCallRow | None:
        return next((r for r in self.dialog.rows if r.line.enrolment_id == enrolment_id), None)

    # --- giving marks -----------------------------------------------------------------------

    def save(self, row: RollCallRow, data: MarkInput) -> None:
        """Give `row` the mark `data` (shown at once, saved on the worker)."""
        ctx, dialog = self.dialog.context, self.dialog
        session_id, enrolment_id, reason = dialog.session_id, row.line.enrolment_id, dialog.reason
        on_its_way = self.sending.get(enrolment_id)
        if on_its_way is not None and _same_input(on_its_way, data):
            return
        if not row.markable or (on_its_way is None and _same(row.line, data)):
            row.show_mark(row.line.mark)
            return
        self.sending[enrolment_id] = data
        step: Step = [row.line]
        self.steps.append(step)
        row.show_mark(data.mark)
        row.say("", "hint")

        def sent() -> None:
            if self.sending.get(enrolment_id) is data:
                del self.sending[enrolment_id]

        def done(line: RollLine) -> None:
            sent()
            if not isValid(dialog) or not isValid(row):
                return
            row.show_line(line)
            row.say(self.tr("Saved"), "ok")
            dialog.say(
                self.tr("Saved: %1, %2.")
                .replace("%1", line.full_name)
                .replace("%2", mark_text(data.mark)),
                "ok",
            )

        def failed(error: BaseException) -> None:
            sent()
            self.steps = [each for each in self.steps if each is not step]
            if not isValid(dialog) or not isValid(row):
                return
            row.show_mark(row.line.mark)  # what the database holds; the typing stays
            if isinstance(error, PelitaError):
                if getattr(error, "field", "") == "late_minutes":
                    row.show_mark(data.mark)
                    row.show_minutes_error(message(error))
                    row.ask_minutes()
                else:
                    row.say(message(error), "error")
                dialog.say("", "hint")
            else:
                dialog.failed(error)

        ctx.runner.submit(
            lambda: attendance.mark(ctx.db, ctx.actor, session_id, enrolment_id, data, reason),
            done,
            failed,
        )

    def save_note(self, row: RollCallRow) -> None:
        """A note typed for someone already marked is saved with their mark; before a mark it
        waits in its field and goes with the mark."""
        if row.line.mark is not None and row.shown is row.line.mark:
            self.save(row, row.data(row.line.mark))

    def everyone_present(self) -> None:
        dialog = self.dialog
        if not dialog.may_mark:
            return
        ctx, session_id, reason = dialog.context, dialog.session_id, dialog.reason
        before = {row.line.enrolment_id: row.line for row in dialog.rows}

        def done(lines: list[RollLine]) -> None:
            if not isValid(dialog):
                return
            step = [
                before[line.enrolment_id]
                for line in lines
                if line.enrolment_id in before
                and before[line.enrolment_id].mark is None
                and line.mark is not None
            ]
            if step:
                self.steps.append(step)
            self._show(lines, "")  # the line below says it once, not every row
            dialog.say(
                self.tr("Marked %1 people present; now mark the exceptions.").replace(
                    "%1", str(len(step))
                ),
                "ok",
            )

        ctx.runner.submit(
            lambda: attendance.mark_everyone_present(ctx.db, ctx.actor, session_id, reason),
            done,
            dialog.failed,
        )

    # --- taking them back -------------------------------------------------------------------

    def undo(self) -> None:
        dialog = self.dialog
        if not self.steps or not dialog.may_mark:
            return
        step = self.steps.pop()
        ctx, session_id, reason = dialog.context, dialog.session_id, dialog.reason
        for line in step:
            row = self._row_of(line.enrolment_id)
            if row is not None:
                row.show_mark(line.mark)

        def work() -> list[RollLine]:
            restored = []
            for line in step:
                if line.mark is None:
                    restored.append(
                        attendance.unmark(ctx.db, ctx.actor, session_id, line.enrolment_id, reason)
                    )
                else:
                    data = MarkInput(line.mark, line.late_minutes, line.note)
                    restored.append(
                        attendance.mark(
                            ctx.db, ctx.actor, session_id, line.enrolment_id, data, reason
                        )
                    )
            return restored

        def done(lines: list[RollLine]) -> None:
            if not isValid(dialog):
                return
            self._show(lines, self.tr("Undone"))
            if len(lines) == 1:
                row = self._row_of(lines[0].enrolment_id)
                if row is not None:
                    dialog.set_current(dialog.rows.index(row))
            dialog.say(self.tr("Undone."), "ok")

        def failed(error: BaseException) -> None:
            if isValid(dialog):
                dialog.failed(error)
                dialog.load()  # show what the database holds after all

        ctx.runner.submit(work, done, failed)

    def _show(self, lines: list[RollLine], said: str) -> None:
        for line in lines:
            row = self._row_of(line.enrolment_id)
            if row is None:
                continue
            changed = row.line != line
            row.show_line(line)
            if changed and said:
                row.say(said, "ok")
