"""`pelita archive`: the export-everything archive, written and imported.

    pelita archive export FILE.zip --user ADMIN
    pelita archive import FILE.zip [--database URL]

`export` writes every table (xlsx) and every certificate's PDF into one zip (administrators
only, audited). `import` loads such a zip into a new, empty database of either engine: a new
SQLite file is made when the URL names one that does not exist yet; a PostgreSQL database must
exist and be empty. Only the standard library is imported at the top: the parser is built for
`--help` too.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open
from desktop.cli_participants import _login, user_parser

if TYPE_CHECKING:
    from desktop.services.archive_format import ArchiveSummary


def add_archive_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    archive = commands.add_parser(
        "archive",
        help="export everything to one zip, or import such a zip into a new database",
    )
    actions = archive.add_subparsers(title="actions", metavar="ACTION", required=True)

    export = actions.add_parser(
        "export",
        parents=[common, user_parser()],
        help="every table as xlsx and every certificate PDF in one zip",
        description="Write everything the database holds to FILE (a zip): every table as an"
        " xlsx workbook and every certificate's PDF as issued, with a manifest of checksums."
        " Any Pelita imports it, on SQLite or PostgreSQL. Administrators only; recorded in"
        " the audit log. The zip holds every person's data: keep it as safely as the database.",
    )
    export.add_argument("file", metavar="FILE", type=Path, help="the zip to write")
    export.set_defaults(handler=export_archive)

    load = actions.add_parser(
        "import",
        parents=[common],
        help="load an archive into a new, empty database",
        description="Load the archive FILE into the database (--database, or the desk's"
        " setting): it must be new and empty. Everything is checked first (checksums, the"
        " schema version) and loaded in one transaction: on any problem nothing is loaded.",
    )
    load.add_argument("file", metavar="FILE", type=Path, help="the archive (a zip)")
    load.set_defaults(handler=import_into)


def export_archive(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_sponsors import target
    from desktop.services.archive_export import export_everything

    path = target(args.file, ".zip")
    db = _open(url)
    try:
        summary = export_everything(db, _login(db, args.user), path)
    finally:
        db.close()
    print(f"Exported {_contents(summary)} to {path}")
    return 0


def import_into(args: argparse.Namespace, url: str) -> int:
    from desktop.services.archive_import import import_archive
    from desktop.store.database import describe_url, open_database

    db = open_database(url)  # a new SQLite file is made: that is what an import is for
    try:
        summary = import_archive(db, args.file)
    finally:
        db.close()
    written = summary.exported_at.astimezone().strftime("%Y-%m-%d %H:%M")
    print(f"Imported {_contents(summary)} into {describe_url(url)}")
    print(
        f"The archive was written by Pelita {summary.pelita_version} (schema"
        f" {summary.schema_revision}) on {written} by {summary.exported_by or 'an administrator'}."
    )
    print("Log in with an account from the archive.")
    return 0


def _contents(summary: ArchiveSummary) -> str:
    tables = len(summary.tables)
    certificates = (
        "1 certificate" if summary.certificates == 1 else (f"{summary.certificates} certificates")
    )
    return f"{summary.rows} rows of {tables} tables and {certificates}"
