"""`pelita sponsors …`: the sponsors and their impact reports without a window, through the
same services as the window (so permissions and the audit log apply as at a desk).

    pelita sponsors list --user NAME
    pelita sponsors report SPONSOR --from dd/mm/yyyy --to dd/mm/yyyy
                           (--pdf FILE | --xlsx FILE | --csv FILE) [--language id|en] --user NAME

A sponsor is named by its number in `pelita sponsors list` or by its name (case and spaces as
typed do not matter; a part of the name will do when only one sponsor has it). Typed values
are checked before the password is asked for. Only the standard library is imported at the
top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, print_table
from desktop.cli_participants import _login, user_parser
from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.services.sponsors import SponsorRow
    from desktop.store.database import Database


def add_sponsor_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    both = [common, user_parser()]
    sponsors = commands.add_parser("sponsors", help="list sponsors and write their impact reports")
    actions = sponsors.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", parents=both, help="list the sponsors, active or not")
    listing.set_defaults(handler=list_sponsors)

    report = actions.add_parser(
        "report",
        parents=both,
        help="write a sponsor's impact report as PDF, xlsx or CSV",
        description="Write what the sponsor gave in the period and what it did: money and "
        "items, the cohorts, loans and materials, the participants reached by sex, age, "
        "disability and social assistance, completion and certificates. Figures only: no "
        "participant's name, NIK, phone or address. Administrators only.",
    )
    report.add_argument("sponsor", metavar="SPONSOR", help="its number or name")
    report.add_argument("--from", dest="start", metavar="dd/mm/yyyy", required=True)
    report.add_argument("--to", dest="end", metavar="dd/mm/yyyy", required=True)
    formats = report.add_mutually_exclusive_group(required=True)
    formats.add_argument("--pdf", metavar="FILE", type=Path, help="the printable report")
    formats.add_argument("--xlsx", metavar="FILE", type=Path, help="the same figures in Excel")
    formats.add_argument(
        "--csv", metavar="FILE", type=Path, help="the same figures as CSV, for other programs"
    )
    report.add_argument(
        "--language", choices=("id", "en"), help="default: this desk's language setting"
    )
    report.set_defaults(handler=write_report)


# -- the commands --------------------------------------------------------------------------------


def list_sponsors(args: argparse.Namespace, url: str) -> int:
    from desktop.services.sponsors import list_sponsors as listed

    db = _open(url)
    try:
        rows = listed(db, _login(db, args.user), include_inactive=True)
    finally:
        db.close()
    if not rows:
        print("No sponsors are on record yet.")
        return 0
    print_table(
        ("No", "Name", "Kind", "Active"),
        ((str(row.id), row.name, row.kind.value, "yes" if row.active else "no") for row in rows),
    )
    return 0


def write_report(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_certificates_register import long_date
    from desktop.services.sponsor_impact import write_impact_report

    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    if end < start:
        raise ValidationError("--to is before --from.", "end")
    path = chosen_file(args)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        sponsor = find_sponsor(db, actor, args.sponsor)
        report = write_impact_report(
            db, actor, sponsor.id, start, end, path, language=args.language
        )
    finally:
        db.close()
    print(f"Written: {path} ({sponsor.name}, {long_date(start)} to {long_date(end)})")
    if report.empty:
        print("Nothing was recorded for this sponsor in this period; the report says so.")
    return 0


# -- reading what was typed ----------------------------------------------------------------------


def parse_day(text: str, option: str) -> date:
    """dd/mm/yyyy as people type it; YYYY-MM-DD too, as other commands take dates."""
    from desktop.domain.formatting import parse_date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    try:
        return parse_date(text, option.lstrip("-"))
    except ValidationError:
        raise ValidationError(
            "{option} {text} is not a date: write it as dd/mm/yyyy, e.g. 23/11/2026.",
            "start" if option == "--from" else "end",
            option=option,
            text=text,
        ) from None


def chosen_file(args: argparse.Namespace) -> Path:
    """The file of the one of --pdf, --xlsx and --csv given (argparse asks for one), with its
    suffix; the reports' and the attendance export's too."""
    for suffix in (".pdf", ".xlsx", ".csv"):
        path = getattr(args, suffix[1:], None)
        if path is not None:
            return target(path, suffix)
    raise ValidationError("Give the file to write with --pdf, --xlsx or --csv.", "file")


def target(path: Path, suffix: str) -> Path:
    """`path` with `suffix` added when it has none; refused when it has another."""
    if not path.suffix:
        return path.with_name(path.name + suffix)
    if path.suffix.lower() != suffix:
        raise ValidationError(
            "FILE for --{kind} must end in {suffix}: {file}",
            "file",
            kind=suffix[1:],
            suffix=suffix,
            file=str(path),
        )
    return path


def find_sponsor(db: Database, actor: Actor, text: str) -> SponsorRow:
    """The sponsor with this number, or this name, or the one whose name holds this text."""
    from desktop.domain.sponsor import sponsor_name_key
    from desktop.services.sponsors import list_sponsors as listed

    rows = listed(db, actor, include_inactive=True)
    wanted = sponsor_name_key(text)
    for row in rows:
        if (wanted.isdigit() and row.id == int(wanted)) or sponsor_name_key(row.name) == wanted:
            return row
    found = [row for row in rows if wanted and wanted in sponsor_name_key(row.name)]
    if len(found) == 1:
        return found[0]
    if found:
        raise ValidationError(
            "{text} names {count} sponsors: {names}. Give more of the name or its number.",
            "sponsor",
            text=text,
            count=len(found),
            names=", ".join(row.name for row in found),
        )
    raise NotFound("There is no sponsor {text} (see: pelita sponsors list).", "sponsor", text=text)
