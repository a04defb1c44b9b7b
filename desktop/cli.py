"""`pelita`: with no command it opens the window; commands do headless work for admins and
scripts (the demo centre, upgrades, users, the audit log).

Only the standard library is imported at the top, so `pelita --help` and `--version` answer at
once; each command imports the database layer when it runs. The commands live in
`desktop.cli_database` (demo, upgrade), `desktop.cli_admin` (users, audit),
`desktop.cli_participants` (participants), `desktop.cli_training` (programmes, cohorts),
`desktop.cli_training_enrol` (enrol, waitlist), `desktop.cli_weights` (waitlist-weights),
`desktop.cli_attendance` (attendance; its reports and files in `desktop.cli_attendance_reports`),
`desktop.cli_certificates*` (certificates), `desktop.cli_export` and `desktop.cli_import`
(spreadsheets), `desktop.cli_inventory*`, `desktop.cli_stock_take`, `desktop.cli_cohort_materials`
(inventory, loans, stock takes, materials), `desktop.cli_sponsors` (sponsors and their impact
reports) and `desktop.cli_reports` (the government report). `--self-check` runs
`desktop.self_check`, the check of an installation (the frozen bundle's, too).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.config import load_config
from desktop.domain.errors import PelitaError, ValidationErrors
from desktop.paths import default_database_path, demo_database_path, sqlite_url

log = logging.getLogger(__name__)

ENV_DATABASE = "PELITA_DATABASE_URL"
EXIT_UNEXPECTED = 1
EXIT_ERROR = 2  # what argparse uses for usage errors, too


COMMANDS = frozenset(
    {
        "demo",
        "upgrade",
        "users",
        "audit",
        "participants",
        "programmes",
        "cohorts",
        "enrol",
        "waitlist",
        "waitlist-weights",
        "attendance",
        "certificates",
        "export",
        "import",
        "inventory",
        "sponsors",
        "reports",
        "loans",
        "stock-take",
        "materials",
        "assessments",
        "surveys",
        "follow-up",
        "dashboard",
        "backup",
        "archive",
        "privacy",
    }
)
WINDOW_OPTIONS = frozenset({"--demo", "--database", "-v", "--verbose"})
SELF_CHECK = "--self-check"


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        # A frozen Pelita (the installer's bundle) is its own worker process when a
        # certificate batch renders on every core; only there does this do anything.
        import multiprocessing

        multiprocessing.freeze_support()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if SELF_CHECK in arguments:
        return _self_check(arguments)
    if _opens_window(arguments):
        return _open_window_fast(arguments)
    from desktop.logs import setup_logging

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        # --help, --version and usage errors: return the code so in-process callers get it.
        return stop.code if isinstance(stop.code, int) else EXIT_ERROR
    log_file = setup_logging(verbose=args.verbose)
    try:
        return int(args.handler(args, database_url(args)))
    except ValidationErrors as errors:
        for error in errors.errors:
            print(f"pelita: error: {error.english()}", file=sys.stderr)
        return EXIT_ERROR
    except PelitaError as error:
        # A person can act on these: the message says what to do, a traceback would only hide it.
        print(f"pelita: error: {error.english()}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("pelita: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        # The command's name only: the arguments may hold a database password.
        log.exception("pelita: %s failed", args.handler.__name__)
        where = (
            f"the details are in {log_file}"
            if log_file.exists()
            else "the details were printed above"
        )
        # First line only: SQLAlchemy's messages go on with the whole statement.
        summary = (str(error).strip().splitlines() or [""])[0][:200]
        print(
            f"pelita: unexpected error ({type(error).__name__}: {summary}); {where}",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED


def _self_check(arguments: list[str]) -> int:
    """`pelita --self-check` (desktop.self_check): before any log file or settings, since it
    must not touch the desk's own."""
    if arguments != [SELF_CHECK]:
        print(f"pelita: error: {SELF_CHECK} takes no other arguments", file=sys.stderr)
        return EXIT_ERROR
    from desktop.self_check import run_self_check

    return run_self_check()


def _opens_window(arguments: list[str]) -> bool:
    """Plain `pelita [--demo] [--database URL] [-v]`: the everyday start of a desk."""
    options = [a.split("=", 1)[0] for a in arguments if a.startswith("-")]
    return set(options) <= WINDOW_OPTIONS and not COMMANDS.intersection(arguments)


def _open_window_fast(arguments: list[str]) -> int:
    """Start the window without building the commands' parser or setting up the log file
    first: every millisecond here is one the person waits for the login dialog (the window
    sets up logging right after it is painted)."""
    parser = argparse.ArgumentParser(prog="pelita", add_help=False)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--database", default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    args, rest = parser.parse_known_args(arguments)
    if rest:
        return _full_main(arguments)
    args.demo_database = False
    return open_window(args, database_url(args))


def _full_main(arguments: list[str]) -> int:
    # Not a plain window start after all: the full parser explains the mistake.
    parser = build_parser()
    try:
        parser.parse_args(arguments)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_ERROR
    return EXIT_ERROR


DATABASE_HELP = (
    "database URL, e.g. sqlite:///C:/Pelita/pelita.sqlite3 or "
    f"postgresql+psycopg://user:password@server/pelita (default: ${ENV_DATABASE}, then the "
    "desk's settings, then the standard file)"
)


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli_admin import add_admin_commands, at_least
    from desktop.cli_archive import add_archive_commands
    from desktop.cli_assessments import add_assessment_commands
    from desktop.cli_backup import add_backup_commands
    from desktop.cli_certificates import add_certificate_commands
    from desktop.cli_dashboard import add_dashboard_commands
    from desktop.cli_database import build_demo_centre, upgrade_database
    from desktop.cli_export import add_export_commands
    from desktop.cli_follow_up import add_follow_up_commands
    from desktop.cli_import import add_import_commands
    from desktop.cli_inventory import add_inventory_commands
    from desktop.cli_inventory_loans import add_loan_commands
    from desktop.cli_participants import add_participant_commands
    from desktop.cli_privacy import add_privacy_commands
    from desktop.cli_reports import add_report_commands
    from desktop.cli_sponsors import add_sponsor_commands
    from desktop.cli_surveys import add_survey_commands
    from desktop.cli_training import add_training_commands
    from desktop.cli_weights import add_weights_command

    parser = argparse.ArgumentParser(
        prog="pelita",
        description=(
            "Pelita, the registration desk of community skills-training centres. "
            "Without a command it opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"pelita {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use the demo centre's database instead of the real centre's (the window "
        "builds the demo if it is empty)",
    )
    parser.add_argument("--database", metavar="URL", default=None, help=DATABASE_HELP)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="write debugging details to the log file"
    )
    parser.add_argument(
        SELF_CHECK,
        action="store_true",
        help="check that this installation works (resources, modules, a new database, a "
        "certificate issued and verified, an xlsx written and read, Qt) in a temporary "
        "folder, leaving the desk's data alone; exits 0 when every step passed",
    )
    parser.set_defaults(handler=open_window, demo_database=False)

    # The options again on every command, so they may follow it (`pelita demo --database U`).
    # SUPPRESS: a command that does not repeat them keeps what was given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--database", metavar="URL", default=argparse.SUPPRESS, help=DATABASE_HELP)
    common.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        parents=[common],
        help="build the demo centre to try Pelita",
        description="Build the demo centre in the demo database (never the real centre's).",
    )
    demo.add_argument(
        "--participants",
        metavar="N",
        type=at_least(0),
        default=300,  # services.demo.DEMO_PEOPLE; not imported, so --help stays instant
        help="how many made-up participants to add (default: %(default)s)",
    )
    demo.add_argument(
        "--reset",
        action="store_true",
        help="delete the demo database file and build the demo again",
    )
    demo.set_defaults(handler=build_demo_centre, demo_database=True)

    upgrade = commands.add_parser(
        "upgrade",
        parents=[common],
        help="bring the database up to this version of Pelita",
        description="Upgrade the database schema; an SQLite file is backed up first.",
    )
    upgrade.set_defaults(handler=upgrade_database)

    add_admin_commands(commands, common)
    add_participant_commands(commands, common)
    add_training_commands(commands, common)
    add_weights_command(commands, common)
    add_certificate_commands(commands, common)
    add_export_commands(commands, common)
    add_import_commands(commands, common)
    add_inventory_commands(commands, common)
    add_sponsor_commands(commands, common)
    add_loan_commands(commands, common)
    add_report_commands(commands, common)
    add_assessment_commands(commands, common)
    add_survey_commands(commands, common)
    add_follow_up_commands(commands, common)
    add_dashboard_commands(commands, common)
    add_backup_commands(commands, common)
    add_archive_commands(commands, common)
    add_privacy_commands(commands, common)
    return parser


def database_url(args: argparse.Namespace) -> str:
    """Which database a command works on.

    The demo never falls back to the real centre's settings: a demo must not land in (or
    wipe) real people's data.
    """
    if args.database:
        return str(args.database)
    if args.demo or args.demo_database:
        return sqlite_url(demo_database_path())
    from_env = os.environ.get(ENV_DATABASE, "").strip()
    if from_env:
        return from_env
    configured = load_config().database_url
    if configured:
        return configured
    return sqlite_url(default_database_path())


def open_window(args: argparse.Namespace, url: str) -> int:
    # Imported here: Qt takes a while to load and is not needed by the other commands.
    from desktop.gui.app import run_gui

    return int(run_gui(url, demo=bool(args.demo), verbose=bool(args.verbose)))


if __name__ == "__main__":
    sys.exit(main())
