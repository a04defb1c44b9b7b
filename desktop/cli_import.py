"""`pelita import …`: registering the people of a list without a window, through the same
services as the import wizard (so the intake rules, duplicates, roles and audit apply).

    pelita import participants FILE.xlsx|FILE.csv [--cohort CODE] [--dry-run] [--valid-only]
        --user NAME
    pelita import template FILE.xlsx [--language id|en]

Each row's verdict is printed (ok / warning / error, with the reasons), then a summary. The
columns are mapped as the wizard maps them: the mapping last remembered for these headings,
else the guess. Without --valid-only one error row stops the whole import. The exit status is
0 when people were imported (or, with --dry-run, when every row could be), else 2.

With --cohort the list is of people to enrol in that cohort (services.enrolment_import): a
row whose NIK is registered is that person ("Already registered as …"), the others are
registered, then everyone is enrolled; each person's outcome is printed (enrolled,
waitlisted, or refused with the reason). The exit status is then 0 when anyone was registered
or enrolled (waitlisted included), else 2. Only the standard library is imported at the top:
the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open
from desktop.cli_participants import _login, user_parser

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.services.enrolment_import import CohortImportResult
    from desktop.services.participant_import import ImportPreview
    from desktop.store.database import Database

EXIT_NOTHING_IMPORTED = 2


def add_import_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    user = user_parser()
    imports = commands.add_parser("import", help="register the people of an xlsx or CSV list")
    lists = imports.add_subparsers(title="lists", metavar="LIST", required=True)
    participants = lists.add_parser(
        "participants",
        parents=[common, user],
        help="register participants from a list",
        description="Check every row of the list by the intake form's rules and register "
        "the people in one go (all or nothing, or with --valid-only the rows without errors).",
    )
    participants.add_argument("file", metavar="FILE", type=Path, help="FILE.xlsx or FILE.csv")
    participants.add_argument(
        "--dry-run", action="store_true", help="check and print the verdicts, import nobody"
    )
    participants.add_argument(
        "--valid-only",
        action="store_true",
        help="import the rows without errors and skip the others (default: all or nothing)",
    )
    participants.add_argument(
        "--cohort",
        metavar="CODE",
        help="enrol everyone on the list in this cohort (e.g. MJH-2026-03), registering the "
        "people not registered yet",
    )
    participants.set_defaults(handler=import_participants)
    template = lists.add_parser(
        "template",
        parents=[common],
        help="write the blank participant list to fill in (xlsx)",
        description="An xlsx with the headings the import recognises, the NIK, KK and phone "
        "columns formatted as text, dropdowns for sex, education and marital status, and a "
        "sheet of instructions. Needs no login and no database.",
    )
    template.add_argument("file", metavar="FILE.xlsx", type=Path)
    template.add_argument(
        "--language", choices=("id", "en"), default="id", help="of the headings (default: id)"
    )
    template.set_defaults(handler=write_template)


def write_template(args: argparse.Namespace, url: str) -> int:
    from desktop.documents.import_template import write_import_template

    path: Path = args.file
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    try:
        write_import_template(path, args.language)
    except OSError as error:
        print(f"pelita: error: {path} cannot be written: {error.strerror or error}")
        return 1
    print(f"Wrote the participant list template to {path}")
    return 0


def import_participants(args: argparse.Namespace, url: str) -> int:
    from desktop.services.participant_import import commit_import, preview_import

    db = _open(url)
    try:
        actor = _login(db, args.user)
        if args.cohort:
            return _import_into_cohort(args, db, actor)
        preview = preview_import(db, actor, args.file)
        print_preview(preview)
        if preview.problems:
            return EXIT_NOTHING_IMPORTED
        importable = preview.ok + preview.warnings
        if args.dry_run:
            print(
                f"Dry run: nobody was imported; {importable} of {len(preview.rows)} rows could be."
            )
            return (
                0
                if importable and (args.valid_only or not preview.errors)
                else EXIT_NOTHING_IMPORTED
            )
        result = commit_import(db, actor, preview, valid_only=args.valid_only)
    finally:
        db.close()
    print(f"Imported {result.created} participants; skipped {result.skipped} rows with errors.")
    return 0 if result.created else EXIT_NOTHING_IMPORTED


def _import_into_cohort(args: argparse.Namespace, db: Database, actor: Actor) -> int:
    from desktop.services.enrolment_import import find_cohort, import_into_cohort
    from desktop.services.participant_import import preview_import

    cohort_id = find_cohort(db, actor, args.cohort)
    preview = preview_import(db, actor, args.file, existing_ok=True)
    print_preview(preview)
    if preview.problems:
        return EXIT_NOTHING_IMPORTED
    usable = [row for row in preview.rows if row.verdict != "error"]
    if args.dry_run:
        known = sum(row.existing_id is not None for row in usable)
        print(
            f"Dry run: nobody was registered or enrolled; {len(usable)} of {len(preview.rows)}"
            f" rows could be enrolled in {args.cohort} ({known} registered already)."
        )
        return 0 if usable and (args.valid_only or not preview.errors) else EXIT_NOTHING_IMPORTED
    result = import_into_cohort(db, actor, preview, cohort_id, valid_only=args.valid_only)
    print_enrolments(result)
    print(
        f"Registered {result.created} participants; in {args.cohort}: {result.enrolled} enrolled,"
        f" {result.waitlisted} waitlisted, {len(result.refused)} refused;"
        f" skipped {result.skipped} rows with errors."
    )
    return 0 if result.created or result.enrolled or result.waitlisted else EXIT_NOTHING_IMPORTED


def print_enrolments(result: CohortImportResult) -> None:
    refused = {row.row_number: row for row in result.refused}
    for line in result.lines:
        new = " (registered now)" if line.new else ""
        why = refused.get(line.row_number)
        reason = f": {why.english()}" if why else ""
        print(f"Row {line.row_number}: {line.full_name}{new}: {line.outcome}{reason}")
        for finding in why.findings if why else ():
            print(f"  {finding.strictness.value}: {finding.english()}")


def print_preview(preview: ImportPreview) -> None:
    from desktop.domain.errors import fill
    from desktop.domain.import_columns import FIELD_LABELS

    labels = {field.value: label for field, label in FIELD_LABELS.items()}
    for note in preview.notes:
        print(f"Note: {note}")
    for problem in preview.problems:
        print(f"Columns: {problem}")
    for row in preview.rows:
        print(f"Row {row.row_number}: {row.verdict}")
        for message in row.messages:
            label = labels.get(message.field, message.field)
            print(f"  {message.severity}: {label}: {fill(message.text, message.params, 'en')}")
    print(
        f"{len(preview.rows)} rows: {preview.ok} ok, {preview.warnings} with warnings,"
        f" {preview.errors} with errors."
    )
