"""`pelita attendance …`: taking attendance without a window, through the same services as the
roll call (so who may mark what, the lock on old marks and the audit log apply as at a desk).

    pelita attendance today [--day YYYY-MM-DD] --user NAME        sessions you may mark that day
    pelita attendance roll SHEET-CODE --user NAME                 a session's roll call
    pelita attendance mark SHEET-CODE PERSON H|T|I|S|A [--late MIN] [--note TEXT]
                           [--reason TEXT] --user NAME
    pelita attendance everyone SHEET-CODE [--reason TEXT] --user NAME   everyone present
    pelita attendance unmark SHEET-CODE PERSON [--reason TEXT] --user NAME
    pelita attendance lock-days [DAYS] --user NAME                the lock on old marks

A session is named by the code printed on its sheet (DH-12-K), a person by the reference of
their enrolment (E12, as in the exported spreadsheet) or by their name as on the roll
(desktop.cli_attendance_find). The grid, the numbers and the files are in
desktop.cli_attendance_reports. Typed values (codes, letters, minutes, dates) are checked
before the password is asked for, and a mistake is one line. Only the standard library is
imported at the top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, at_least, print_table
from desktop.cli_attendance_find import (
    find_session,
    mark_input,
    person_on_roll,
    session_of,
    sheet_of,
    who,
)
from desktop.cli_attendance_reports import add_report_commands
from desktop.cli_participants import _login
from desktop.cli_training_create import parse_day
from desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from desktop.services.attendance import RollCall, RollLine, SessionInfo


def add_attendance_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    attendance = commands.add_parser(
        "attendance", help="take attendance, see the grid and the numbers, print sheets"
    )
    actions = attendance.add_subparsers(title="actions", metavar="ACTION", required=True)

    today = actions.add_parser(
        "today", parents=parents, help="the sessions of a day you may mark, with their codes"
    )
    today.add_argument("--day", metavar="YYYY-MM-DD", help="default: today")
    today.set_defaults(handler=sessions_of_the_day)

    roll = actions.add_parser("roll", parents=parents, help="a session's roll call")
    roll.add_argument("code", metavar="SHEET-CODE", help="printed on the sheet, e.g. DH-12-K")
    roll.set_defaults(handler=show_roll)

    mark = actions.add_parser(
        "mark",
        parents=parents,
        help="give one person their mark",
        description="Give one person their mark for a session (replacing any earlier one): "
        "H present (hadir), T late (terlambat, with --late), I excused (izin), S sick "
        "(sakit), A absent (alpa).",
    )
    mark.add_argument("code", metavar="SHEET-CODE")
    mark.add_argument("person", metavar="PERSON", help="E12 (the reference) or the name")
    mark.add_argument("letter", metavar="H|T|I|S|A")
    mark.add_argument("--late", metavar="MIN", type=at_least(1), help="minutes late, with T")
    mark.add_argument("--note", metavar="TEXT", default="")
    _reason(mark)
    mark.set_defaults(handler=give_mark)

    everyone = actions.add_parser(
        "everyone",
        parents=parents,
        help="mark everyone without a mark present",
        description="Mark present everyone the session applies to who has no mark yet; "
        "marks already given stay. Then mark the exceptions.",
    )
    everyone.add_argument("code", metavar="SHEET-CODE")
    _reason(everyone)
    everyone.set_defaults(handler=everyone_present)

    unmark = actions.add_parser("unmark", parents=parents, help="take one person's mark back")
    unmark.add_argument("code", metavar="SHEET-CODE")
    unmark.add_argument("person", metavar="PERSON", help="E12 (the reference) or the name")
    _reason(unmark)
    unmark.set_defaults(handler=take_mark_back)

    add_report_commands(actions, parents)

    lock = actions.add_parser(
        "lock-days",
        parents=parents,
        help="show or set after how many days marks change only by an administrator",
    )
    lock.add_argument("days", metavar="DAYS", type=at_least(0), nargs="?")
    lock.set_defaults(handler=lock_days)


def _reason(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--reason",
        metavar="TEXT",
        default="",
        help="why: required of an administrator changing marks older than the lock days",
    )


# -- the commands --------------------------------------------------------------------------------


def sessions_of_the_day(args: argparse.Namespace, url: str) -> int:
    from desktop.services import attendance

    wanted = parse_day(args.day, "--day") if args.day else None
    db = _open(url)
    try:
        actor = _login(db, args.user)
        day = wanted or db.clock().astimezone().date()
        sessions = attendance.sessions_on(db, actor, day)
    finally:
        db.close()
    if not sessions:
        print(f"No sessions for you to mark on {day.isoformat()}.")
        return 0
    print_table(
        ("Time", "Cohort", "Room", "Sheet", "Note"),
        (
            (
                f"{s.starts:%H:%M}-{s.ends:%H:%M}",
                s.cohort_code,
                s.room,
                sheet_of(s.id),
                "cancelled" if s.cancelled else "",
            )
            for s in sessions
        ),
    )
    return 0


def show_roll(args: argparse.Namespace, url: str) -> int:
    from desktop.services import attendance

    session_id = session_of(args.code)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        find_session(db, actor, args.code)
        call = attendance.roll_call(db, actor, session_id)
    finally:
        db.close()
    print(_heading(call.session))
    print(_state(call))
    print()
    print_roll(call.lines)
    return 0


def give_mark(args: argparse.Namespace, url: str) -> int:
    from desktop.services import attendance

    session_id = session_of(args.code)
    data = mark_input(args.letter, args.late, args.note)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        find_session(db, actor, args.code)
        person = person_on_roll(attendance.roll_call(db, actor, session_id), args.person)
        line = attendance.mark(db, actor, session_id, person.enrolment_id, data, args.reason)
    finally:
        db.close()
    print(f"{who(line)} on {sheet_of(session_id)}: {_mark(line)}.")
    return 0


def everyone_present(args: argparse.Namespace, url: str) -> int:
    from desktop.services import attendance

    session_id = session_of(args.code)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        find_session(db, actor, args.code)
        lines = attendance.mark_everyone_present(db, actor, session_id, args.reason)
    finally:
        db.close()
    print(f"{sheet_of(session_id)}: everyone without a mark is present; mark the exceptions now.")
    print()
    print_roll(lines)
    return 0


def take_mark_back(args: argparse.Namespace, url: str) -> int:
    from desktop.services import attendance

    session_id = session_of(args.code)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        find_session(db, actor, args.code)
        person = person_on_roll(attendance.roll_call(db, actor, session_id), args.person)
        line = attendance.unmark(db, actor, session_id, person.enrolment_id, args.reason)
    finally:
        db.close()
    print(f"{who(line)} on {sheet_of(session_id)}: no mark now.")
    return 0


def lock_days(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.attendance import LOCK_DAYS_MAX
    from desktop.services import attendance

    if args.days is not None and args.days > LOCK_DAYS_MAX:
        raise ValidationError(
            "DAYS: choose between 0 and {max} days.", "lock_days", max=LOCK_DAYS_MAX
        )
    db = _open(url)
    try:
        actor = _login(db, args.user)
        before = attendance.get_lock_days(db, actor)
        if args.days is not None:
            attendance.set_lock_days(db, actor, args.days)
    finally:
        db.close()
    if args.days is None:
        print(f"Marks older than {before} days change only by an administrator, with a reason.")
    else:
        print(
            f"Marks older than {args.days} days now change only by an administrator "
            f"(it was {before})."
        )
    return 0


# -- printing ------------------------------------------------------------------------------------


def print_roll(lines: list[RollLine]) -> None:
    print_table(
        ("Ref", "Name", "Mark", "Minutes", "Note", "By"),
        (
            (
                f"E{line.enrolment_id}",
                line.full_name,
                _mark(line, minutes=False) if line.applicable else "n/a",
                str(line.late_minutes) if line.late_minutes else "",
                line.note,
                line.marked_by,
            )
            for line in lines
        ),
    )


def _heading(session: SessionInfo) -> str:
    from desktop.cli_training import DAY_NAMES

    return (
        f"{sheet_of(session.id)}  {session.cohort_code}  {DAY_NAMES[session.day.weekday()]} "
        f"{session.day.isoformat()} {session.starts:%H:%M}-{session.ends:%H:%M}  {session.room}"
    ).rstrip()


def _state(call: RollCall) -> str:
    if call.session.cancelled:
        return "Cancelled: nobody can be marked."
    if call.may_change:
        if call.locked:
            return "Older than the lock days: you may change it, with --reason."
        return "Open for marking."
    if call.locked:
        return "Older than the lock days: only an administrator changes it."
    return "Still to come: attendance is taken on the day or after."


def _mark(line: RollLine, *, minutes: bool = True) -> str:
    if line.mark is None:
        return "-"
    late = f", {line.late_minutes} min" if minutes and line.late_minutes else ""
    return f"{line.mark.key} {line.mark.label}{late}"
