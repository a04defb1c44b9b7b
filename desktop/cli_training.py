"""`pelita programmes …`, `pelita cohorts …`: programmes and cohorts without a window, through
the same services as the window (so permissions and the audit log apply as at a desk).

    pelita programmes list --user NAME
    pelita cohorts list [--programme CODE] [--status S] --user NAME
    pelita cohorts show CODE --user NAME
    pelita cohorts create --programme CODE --start YYYY-MM-DD --end YYYY-MM-DD
                          --slot mon,08:00,12:00 [--slot …] [--room R] [--branch B]
                          [--capacity N] --funding apbn|apbd|sponsor|self
                          [--instructor USER …] [--sponsor NAME …] --user NAME
    pelita cohorts status CODE open|running|finished|archived --user NAME
    pelita cohorts roster CODE (--pdf FILE | --xlsx FILE | --csv FILE) [--language id|en]
                          --user NAME

Creating a cohort is in desktop.cli_training_create, enrolment (`pelita enrol`, `pelita
waitlist`) and finding things by their codes in desktop.cli_training_enrol. Programmes
and cohorts are named by their codes (JHT, JHT-2026-01), as people know them. Typed values are
checked before the password is asked for, and a mistake is one line naming the option.
The roster as PDF is the printed class list (no NIK, no phone); as xlsx or CSV it is the
office's list, with NIK and phone masked for roles that see them masked, and audited.
Only the standard library is imported at the top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, print_table
from desktop.cli_attendance import add_attendance_commands
from desktop.cli_participants import _login, user_parser
from desktop.cli_training_create import add_create_command
from desktop.cli_training_enrol import (
    add_enrolment_commands,
    cohort_by_code,
    iso,
    programme_by_code,
)
from desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from desktop.domain.cohort import Slot
    from desktop.services.cohort_rows import CohortDetail, SessionRow

STATUSES = ("planned", "open", "running", "finished", "archived")
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def add_training_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    user = user_parser()
    both = [common, user]
    programmes = commands.add_parser("programmes", help="list the training programmes")
    actions = programmes.add_subparsers(title="actions", metavar="ACTION", required=True)
    actions.add_parser("list", parents=both, help="list the programmes").set_defaults(
        handler=list_programmes
    )

    cohorts = commands.add_parser("cohorts", help="list, show, create and print cohorts")
    actions = cohorts.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=both, help="list the cohorts, latest first")
    listing.add_argument("--programme", metavar="CODE", help="only this programme's cohorts")
    listing.add_argument("--status", choices=STATUSES, help="only cohorts with this status")
    listing.set_defaults(handler=list_cohorts)

    show = actions.add_parser("show", parents=both, help="one cohort with its sessions")
    show.add_argument("code", metavar="CODE")
    show.set_defaults(handler=show_cohort)

    add_create_command(actions, both)

    status = actions.add_parser(
        "status", parents=both, help="move a cohort on: planned → open → running → finished …"
    )
    status.add_argument("code", metavar="CODE")
    status.add_argument("target", metavar="STATUS", choices=STATUSES[1:])
    status.set_defaults(handler=change_status)

    roster = actions.add_parser(
        "roster", parents=both, help="write the cohort's roster as PDF, xlsx or CSV"
    )
    roster.add_argument("code", metavar="CODE")
    formats = roster.add_mutually_exclusive_group(required=True)
    formats.add_argument("--pdf", metavar="FILE", type=Path, help="the printable class list")
    formats.add_argument(
        "--xlsx", metavar="FILE", type=Path, help="a workbook with NIK, phone and attendance"
    )
    formats.add_argument("--csv", metavar="FILE", type=Path, help="the same as CSV (';')")
    roster.add_argument(
        "--language", choices=("id", "en"), help="default: this desk's language setting"
    )
    roster.set_defaults(handler=print_roster)

    add_enrolment_commands(commands, both)
    add_attendance_commands(commands, both)


# -- the commands --------------------------------------------------------------------------------


def list_programmes(args: argparse.Namespace, url: str) -> int:
    from desktop.services.programme_admin import list_programme_rows

    db = _open(url)
    try:
        rows = list_programme_rows(db, _login(db, args.user))
    finally:
        db.close()
    print_table(
        ("Code", "Name", "Skill area", "Hours (JP)", "Cohorts", "Status"),
        (
            (p.code, p.name, p.skill_area, str(p.hours_jp), str(p.cohorts), _active(p.active))
            for p in rows
        ),
    )
    return 0


def _active(active: bool) -> str:
    return "active" if active else "archived"


def list_cohorts(args: argparse.Namespace, url: str) -> int:
    from desktop.services import cohort_print, cohorts

    db = _open(url)
    try:
        actor = _login(db, args.user)
        programme_id = programme_by_code(db, actor, args.programme) if args.programme else None
        rows = cohorts.list_cohorts(db, actor, programme_id)
        waiting = cohort_print.waiting_counts(db, actor)
    finally:
        db.close()
    print_table(
        ("Code", "Programme", "Start", "End", "Status", "Seats", "Waiting"),
        (
            (
                row.code,
                row.programme_code,
                iso(row.start_date),
                iso(row.end_date),
                row.status.value,
                f"{row.seats_taken}/{row.capacity}",
                str(waiting.get(row.id, 0)),
            )
            for row in rows
            if args.status is None or row.status.value == args.status
        ),
    )
    return 0


def show_cohort(args: argparse.Namespace, url: str) -> int:
    from desktop.services import cohort_print, cohorts

    db = _open(url)
    try:
        actor = _login(db, args.user)
        detail = cohorts.get_cohort(db, actor, cohort_by_code(db, actor, args.code).id)
        waiting = cohort_print.waiting_counts(db, actor).get(detail.id, 0)
    finally:
        db.close()
    _print_detail(detail, waiting)
    print()
    print(f"Sessions ({len(detail.sessions)}):")
    print_table(("Date", "Day", "Time", "Room", "Kind", "Note"), map(_session, detail.sessions))
    return 0


def _print_detail(detail: CohortDetail, waiting: int) -> None:
    print_table(
        ("Cohort", detail.code),
        (
            ("Programme", f"{detail.programme_code} {detail.programme_name}"),
            ("Status", detail.status.value),
            ("Dates", f"{iso(detail.start_date)} to {iso(detail.end_date)}"),
            ("Schedule", ", ".join(_slot(slot) for slot in detail.slots)),
            ("Place", ", ".join(part for part in (detail.room, detail.branch) if part) or "-"),
            ("Seats", f"{detail.seats_taken} of {detail.capacity} taken, {waiting} waiting"),
            ("Funding", detail.funding.label),
            ("Sponsors", ", ".join(sponsor.name for sponsor in detail.sponsors) or "-"),
            ("Instructors", ", ".join(i.full_name for i in detail.instructors) or "-"),
        ),
    )


def _slot(slot: Slot) -> str:
    return f"{DAY_NAMES[slot.weekday]} {slot.starts:%H:%M}-{slot.ends:%H:%M}"


def _session(session: SessionRow) -> tuple[str, ...]:
    notes = []
    if session.cancelled:
        notes.append(f"cancelled: {session.reason}")
    elif session.moved_from is not None:
        notes.append(f"moved from {iso(session.moved_from)}: {session.reason}")
    elif session.reason:
        notes.append(session.reason)
    return (
        iso(session.day),
        DAY_NAMES[session.day.weekday()],
        f"{session.starts:%H:%M}-{session.ends:%H:%M}",
        session.room,
        session.kind.value,
        "; ".join(notes),
    )


def change_status(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.cohort import CohortStatus
    from desktop.services import cohorts

    db = _open(url)
    try:
        actor = _login(db, args.user)
        before = cohorts.get_cohort(db, actor, cohort_by_code(db, actor, args.code).id)
        after = cohorts.change_status(
            db, actor, before.id, before.version, CohortStatus(args.target)
        )
    finally:
        db.close()
    print(f"{after.code}: {before.status.value} -> {after.status.value}.")
    return 0


def print_roster(args: argparse.Namespace, url: str) -> int:
    from desktop.services.cohort_print import roster_pdf

    if args.pdf is None:
        return export_roster(args, url)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        pdf = roster_pdf(db, actor, cohort_by_code(db, actor, args.code).id, language=args.language)
    finally:
        db.close()
    args.pdf.write_bytes(pdf)
    print(f"Written: {args.pdf}")
    return 0


def export_roster(args: argparse.Namespace, url: str) -> int:
    from desktop.services.cohort_roster_export import export_roster as export

    path: Path = args.xlsx or args.csv
    wanted = ".xlsx" if args.xlsx else ".csv"
    if not path.suffix:
        path = path.with_name(path.name + wanted)  # --xlsx daftar writes daftar.xlsx
    elif path.suffix.lower() != wanted:
        raise ValidationError(
            "FILE for --{kind} must end in {suffix}: {file}",
            "file",
            kind=wanted[1:],
            suffix=wanted,
            file=str(path),
        )
    db = _open(url)
    try:
        actor = _login(db, args.user)
        cohort_id = cohort_by_code(db, actor, args.code).id
        count = export(db, actor, cohort_id, path, language=args.language)
    finally:
        db.close()
    print(f"Exported {count} people of {args.code} to {path}")
    return 0
