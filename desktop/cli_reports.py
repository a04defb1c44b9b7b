"""`pelita reports …`: the reports a centre sends out, without a window, through the same
services as the window (so permissions and the audit log apply as at a desk).

    pelita reports government --from dd/mm/yyyy --to dd/mm/yyyy
                              (--pdf FILE | --xlsx FILE | --csv FILE)
                              [--programme CODE] [--language id|en] --user NAME
    pelita reports demand [--from dd/mm/yyyy] [--to dd/mm/yyyy] [--regency CODE]
                          [--district CODE] [--first-choice] [--xlsx FILE | --csv FILE]
                          [--language id|en] --user NAME
                          (desktop.cli_reports_demand: a table when no file is given)

A programme is named by its code (as in `pelita programmes list`) or its name (case does not
matter; a part of the name will do when only one programme has it). Typed values are checked
before the password is asked for. Only the standard library is imported at the top: the parser
is built for `--help` too.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open
from desktop.cli_participants import _login, user_parser
from desktop.cli_reports_demand import add_demand_command
from desktop.cli_sponsors import chosen_file, parse_day
from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.services.programme_admin import ProgrammeRow
    from desktop.store.database import Database


def add_report_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    reports = commands.add_parser("reports", help="write the reports a centre sends out")
    kinds = reports.add_subparsers(title="reports", metavar="REPORT", required=True)
    government = kinds.add_parser(
        "government",
        parents=[common, user_parser()],
        help="the period report for the local government office, as PDF, xlsx or CSV",
        description="Write the participants trained in the period per programme, by sex, age "
        "band and disability, with completions, drop-outs, the completion rate and "
        "certificates, a total, and the people by regency of residence: the report for the "
        "local government office (Dinas). Figures only: no participant's name, NIK, phone or "
        "address. Administrators only.",
    )
    government.add_argument("--from", dest="start", metavar="dd/mm/yyyy", required=True)
    government.add_argument("--to", dest="end", metavar="dd/mm/yyyy", required=True)
    formats = government.add_mutually_exclusive_group(required=True)
    formats.add_argument("--pdf", metavar="FILE", type=Path, help="the printable report")
    formats.add_argument("--xlsx", metavar="FILE", type=Path, help="the same figures in Excel")
    formats.add_argument(
        "--csv", metavar="FILE", type=Path, help="the same figures as CSV, for other programs"
    )
    government.add_argument(
        "--programme", metavar="CODE", help="only this programme (its code or name)"
    )
    government.add_argument(
        "--language", choices=("id", "en"), help="default: this desk's language setting"
    )
    government.set_defaults(handler=write_government)
    add_demand_command(kinds, common)


def write_government(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_certificates_register import period
    from desktop.services.government_report import write_government_report

    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    if end < start:
        raise ValidationError("--to is before --from.", "end")
    path = chosen_file(args)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        programme = find_programme(db, actor, args.programme) if args.programme else None
        report = write_government_report(
            db,
            actor,
            start,
            end,
            path,
            programme_id=programme.id if programme else None,
            language=args.language,
        )
    finally:
        db.close()
    scope = programme.name if programme else "all programmes"
    print(f"Written: {path} ({scope}, {period(start, end)})")
    if report.empty:
        print("No cohort ran in this period; the report says so.")
    else:
        total = report.total
        print(
            f"{total.participants} participants in {total.cohorts} cohorts of "
            f"{len(report.programmes)} programmes; {total.completed} completed, "
            f"{total.certificates} certificates."
        )
    return 0


def find_programme(db: Database, actor: Actor, text: str) -> ProgrammeRow:
    """The programme with this code, or this name, or the one whose name holds this text."""
    from desktop.services.programme_admin import list_programme_rows

    rows = list_programme_rows(db, actor)
    wanted = " ".join(text.split()).casefold()
    for row in rows:
        if wanted in (row.code.casefold(), " ".join(row.name.split()).casefold()):
            return row
    found = [row for row in rows if wanted and wanted in row.name.casefold()]
    if len(found) == 1:
        return found[0]
    if found:
        raise ValidationError(
            "{text} names {count} programmes: {names}. Give its code.",
            "programme",
            text=text,
            count=len(found),
            names=", ".join(f"{row.code} ({row.name})" for row in found),
        )
    raise NotFound(
        "There is no programme {text} (see: pelita programmes list).", "programme", text=text
    )
