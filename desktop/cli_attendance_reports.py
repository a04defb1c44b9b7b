"""`pelita attendance …` for the grid, the numbers and the files, through the same services as
the window:

    pelita attendance grid COHORT --user NAME                     participants × sessions
    pelita attendance at-risk --user NAME                         who to call (with the phone)
    pelita attendance summary --by programme|instructor|month --from D --to D [--xlsx FILE]
                             [--language id|en] --user NAME
    pelita attendance sheet SHEET-CODE --pdf FILE [--language id|en] --user NAME
    pelita attendance matrix COHORT --from D --to D --pdf FILE [--language id|en] --user NAME
    pelita attendance export COHORT (--xlsx FILE | --csv FILE) [--language id|en] --user NAME
    pelita attendance import COHORT FILE [--reason TEXT] --user NAME

An import is all or nothing (attendance_files.import_xlsx): when the file has problems every
one is printed with its cell, the command exits 2, and no mark changed. Marking itself is in
desktop.cli_attendance.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, print_table
from desktop.cli_participants import _login
from desktop.cli_training_create import parse_day
from desktop.cli_training_enrol import EXIT_REFUSED, cohort_by_code
from desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from datetime import date

    from desktop.services.attendance_grid import Cell, Grid

GROUPS = ("programme", "instructor", "month")  # attendance_numbers.GroupBy
LANGUAGE_HELP = "default: this desk's language setting"


def add_report_commands(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    grid = actions.add_parser(
        "grid", parents=parents, help="a cohort's marks, rates and completion as a table"
    )
    grid.add_argument("cohort", metavar="COHORT-CODE")
    grid.set_defaults(handler=show_grid)

    at_risk = actions.add_parser(
        "at-risk", parents=parents, help="who is absent three times in a row or under the minimum"
    )
    at_risk.set_defaults(handler=show_at_risk)

    summary = actions.add_parser(
        "summary", parents=parents, help="attendance by programme, instructor or month"
    )
    summary.add_argument("--by", choices=GROUPS, required=True)
    _period(summary)
    summary.add_argument(
        "--xlsx", metavar="FILE", type=Path, help="also write the summary as an Excel workbook"
    )
    summary.add_argument("--language", choices=("id", "en"), help=LANGUAGE_HELP)
    summary.set_defaults(handler=show_summary)

    sheet = actions.add_parser(
        "sheet", parents=parents, help="write a session's daftar hadir (attendance sheet) as PDF"
    )
    sheet.add_argument("code", metavar="SHEET-CODE")
    sheet.add_argument("--pdf", metavar="FILE", type=Path, required=True)
    sheet.add_argument("--language", choices=("id", "en"), help=LANGUAGE_HELP)
    sheet.set_defaults(handler=write_session_sheet)

    matrix = actions.add_parser(
        "matrix", parents=parents, help="write a cohort's matrix of a week or a month as PDF"
    )
    matrix.add_argument("cohort", metavar="COHORT-CODE")
    _period(matrix)
    matrix.add_argument("--pdf", metavar="FILE", type=Path, required=True)
    matrix.add_argument("--language", choices=("id", "en"), help=LANGUAGE_HELP)
    matrix.set_defaults(handler=write_matrix)

    export = actions.add_parser(
        "export", parents=parents, help="write a cohort's attendance matrix as xlsx or CSV"
    )
    export.add_argument("cohort", metavar="COHORT-CODE")
    formats = export.add_mutually_exclusive_group(required=True)
    formats.add_argument(
        "--xlsx", metavar="FILE", type=Path, help="the workbook, whose marks can be imported back"
    )
    formats.add_argument(
        "--csv", metavar="FILE", type=Path, help="the same marks as CSV, for other programs"
    )
    export.add_argument("--language", choices=("id", "en"), help=LANGUAGE_HELP)
    export.set_defaults(handler=write_export)

    load = actions.add_parser(
        "import",
        parents=parents,
        help="read the marks of an edited export back, all or nothing",
        description="Apply the marks of an xlsx written by `pelita attendance export` and "
        "edited. Any problem is printed with its cell and nothing is changed.",
    )
    load.add_argument("cohort", metavar="COHORT-CODE")
    load.add_argument("file", metavar="FILE", type=Path)
    load.add_argument(
        "--reason",
        metavar="TEXT",
        default="",
        help="why: required of an administrator changing marks older than the lock days",
    )
    load.set_defaults(handler=read_xlsx)


def _period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD", required=True)
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", required=True)


def period(args: argparse.Namespace) -> tuple[date, date]:
    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    if end < start:
        raise ValidationError("--to is before --from.", "to")
    return start, end


# -- the grid and the numbers ---------------------------------------------------------------------


def show_grid(args: argparse.Namespace, url: str) -> int:
    from desktop.services.attendance_grid import grid

    db = _open(url)
    try:
        actor = _login(db, args.user)
        shown = grid(db, actor, cohort_by_code(db, actor, args.cohort).id)
    finally:
        db.close()
    print_grid(shown)
    return 0


def print_grid(shown: Grid) -> None:
    from desktop.domain.errors import fill

    days = [f"{s.day:%m-%d}" for s in shown.sessions]
    print_table(
        ("Ref", "Name", *days, "Rate", "Completion"),
        (
            (
                f"E{row.enrolment_id}",
                row.full_name,
                *(
                    _letter(cell, session.cancelled).center(len(day))
                    for cell, session, day in zip(row.cells, shown.sessions, days, strict=True)
                ),
                percent(row.rate.percent),
                "yes"
                if row.completion.eligible
                else fill(row.completion.reason, row.completion.params, "en"),
            )
            for row in shown.rows
        ),
    )
    print()
    print("H present, T late, I excused, S sick, A absent; . not marked, - not applicable,")
    print("x session cancelled.")
    print(
        f"{shown.cohort_code}: {percent(shown.cohort_rate)} present over the sessions marked; "
        f"the programme asks {shown.rule.min_attendance_pct}%."
    )


def _letter(cell: Cell, cancelled: bool) -> str:
    from desktop.domain.attendance import Mark

    if cancelled:
        return "x"
    if isinstance(cell, Mark):
        return cell.key
    return "." if cell is None else "-"


def percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}%"


def show_at_risk(args: argparse.Namespace, url: str) -> int:
    from desktop.services.attendance_numbers import at_risk_list

    db = _open(url)
    try:
        found = at_risk_list(db, _login(db, args.user))
    finally:
        db.close()
    if not found:
        print("Nobody in training is at risk.")
        return 0
    print_table(
        ("Ref", "Name", "Phone", "Cohort", "Why", "Absent in a row", "Rate"),
        (
            (
                f"E{item.enrolment_id}",
                item.full_name,
                item.phone,
                item.cohort_code,
                item.reason,  # the English source text, without placeholders
                str(item.absences_in_a_row),
                percent(item.rate.percent),
            )
            for item in found
        ),
    )
    return 0


def show_summary(args: argparse.Namespace, url: str) -> int:
    from desktop.services import attendance_files
    from desktop.services.attendance_numbers import GroupBy, summary

    start, end = period(args)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        rows = summary(db, actor, GroupBy(args.by), start, end)
        if args.xlsx is not None:
            content = attendance_files.export_summary_xlsx(
                db, actor, GroupBy(args.by), start, end, language=args.language
            )
            args.xlsx.write_bytes(content)
            print(f"Written: {args.xlsx}")
    finally:
        db.close()
    if not rows:
        print(f"No marks from {start.isoformat()} to {end.isoformat()}.")
        return 0
    print_table(
        (args.by.capitalize(), "Marks", "Present", "Rate"),
        (
            (row.label, str(row.rate.marked), str(row.rate.present), percent(row.rate.percent))
            for row in rows
        ),
    )
    return 0


# -- the files ------------------------------------------------------------------------------------


def write_session_sheet(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_attendance_find import find_session, session_of
    from desktop.services import attendance_files

    session_id = session_of(args.code)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        find_session(db, actor, args.code)
        pdf = attendance_files.session_sheet_pdf(db, actor, session_id, language=args.language)
    finally:
        db.close()
    args.pdf.write_bytes(pdf)
    print(f"Written: {args.pdf}")
    return 0


def write_matrix(args: argparse.Namespace, url: str) -> int:
    from desktop.services.attendance_files import matrix_pdf

    start, end = period(args)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        cohort = cohort_by_code(db, actor, args.cohort)
        pdf = matrix_pdf(db, actor, cohort.id, start, end, language=args.language)
    finally:
        db.close()
    args.pdf.write_bytes(pdf)
    print(f"Written: {args.pdf}")
    return 0


def write_export(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_sponsors import chosen_file
    from desktop.services.attendance_matrix_export import export_matrix

    path = chosen_file(args)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        cohort = cohort_by_code(db, actor, args.cohort)
        export_matrix(db, actor, cohort.id, path, language=args.language)
    finally:
        db.close()
    print(f"Written: {path}")
    return 0


def read_xlsx(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.errors import ValidationErrors
    from desktop.services.attendance_files import import_xlsx

    try:
        content = args.file.read_bytes()
    except OSError as error:
        raise ValidationError(
            "{file} cannot be read: {why}.", "file", file=str(args.file), why=error.strerror
        ) from None
    db = _open(url)
    try:
        actor = _login(db, args.user)
        cohort = cohort_by_code(db, actor, args.cohort)
        try:
            done = import_xlsx(db, actor, cohort.id, content, args.reason)
        except ValidationErrors as problems:
            for problem in problems.errors:
                print(f"pelita: error: {problem.field}: {problem.english()}", file=sys.stderr)
            count = len(problems.errors)
            print(
                f"pelita: error: nothing was imported ({count} problem{'s' * (count != 1)}); "
                "fix the file and import it again.",
                file=sys.stderr,
            )
            return EXIT_REFUSED
    finally:
        db.close()
    if done.changed:
        marks = f"{done.changed} mark{'s' * (done.changed != 1)}"
        print(f"{cohort.code}: {marks} given, changed or taken back.")
    else:
        print(f"{cohort.code}: the file holds the marks already given; nothing changed.")
    return 0
