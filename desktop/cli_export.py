"""`pelita export …`: lists written to spreadsheet files without a window, through the same
services as the pages (so roles, masking and the audit log apply as at a desk).

    pelita export participants FILE.xlsx|FILE.csv [--search TEXT] [--sex L|P]
                               [--programme CODE] [--all] --user NAME

The xlsx keeps NIK, KK and phone numbers as text; a CSV opened in Excel turns a NIK into a
number and loses its last digit, so the xlsx is the safe choice for Excel. Only the standard
library is imported at the top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli_admin import _open
from desktop.cli_participants import _login, user_parser
from desktop.domain.errors import ValidationError

FORMATS = (".xlsx", ".csv")


def add_export_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    user = user_parser()
    export = commands.add_parser("export", help="write lists to xlsx or CSV files")
    lists = export.add_subparsers(title="lists", metavar="LIST", required=True)
    participants = lists.add_parser(
        "participants",
        parents=[common, user],
        help="the participant list, as the participants page filters it",
        description="Write the participants the search and filters find, sorted by name, to "
        "an xlsx or CSV file (by its ending). NIK, KK and phone are masked for roles that see "
        "them masked. Use the xlsx for Excel: it keeps NIK and phone numbers as text; Excel "
        "turns them into numbers when it opens a CSV.",
    )
    participants.add_argument("file", metavar="FILE", type=Path, help="FILE.xlsx or FILE.csv")
    participants.add_argument(
        "--search", metavar="TEXT", default="", help="as typed in the list's search box"
    )
    participants.add_argument(
        "--sex", type=str.upper, choices=("L", "P"), help="L: male, P: female"
    )
    participants.add_argument(
        "--programme", metavar="CODE", help="people enrolled (in any status) in this programme"
    )
    participants.add_argument(
        "--all", action="store_true", help="inactive records too (default: active ones)"
    )
    participants.add_argument("--language", choices=("id", "en"), help="of headers and labels")
    participants.set_defaults(handler=export_participants)


def export_participants(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_training_enrol import programme_by_code
    from desktop.domain.choices import ParticipantStatus, Sex
    from desktop.services import participant_export
    from desktop.services.registry import RegistryQuery

    path: Path = args.file
    if path.suffix.lower() not in FORMATS:
        raise ValidationError("FILE must end in .xlsx or .csv: {file}", "file", file=str(path))
    db = _open(url)
    try:
        actor = _login(db, args.user)
        programme_id = programme_by_code(db, actor, args.programme) if args.programme else None
        query = RegistryQuery(
            text=args.search,
            sex=Sex(args.sex) if args.sex else None,
            programme_id=programme_id,
            status=None if args.all else ParticipantStatus.ACTIVE,
        )
        count = participant_export.export_participants(
            db, actor, path, query, language=args.language
        )
    finally:
        db.close()
    print(f"Exported {count} participants to {path}")
    return 0
