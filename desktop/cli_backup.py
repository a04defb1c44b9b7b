"""`pelita backup`: backups of the SQLite file (now, list, check, restore, settings).

    pelita backup now
    pelita backup list
    pelita backup check
    pelita backup restore FILE [--passphrase-file F] [--user U]
    pelita backup settings [--folder D | --standard-folder]
        [--second-folder D | --no-second-folder] [--encrypt | --no-encrypt] [--passphrase-file F]

The folders and the encryption key are this desk's settings (settings.json), like in the
window. A passphrase is typed when asked or read from the first line of a file, never taken
from the command line (it would stay in the shell's history and the process list).
Restoring over a healthy database needs an administrator (`--user`); a damaged or missing
one may be restored without logging in, as the window's recovery does.
Only the standard library is imported at the top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
import getpass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.services.backups import BackupPlace

EXIT_DAMAGED = 2
NO_PASSPHRASE = QT_TRANSLATE_NOOP(
    "messages", "No passphrase was given: type it when asked, or use --passphrase-file."
)
NEEDS_ADMIN = QT_TRANSLATE_NOOP(
    "messages",
    "The database is healthy and may be in use: log in as an administrator (--user) to "
    "replace it with a backup.",
)


def add_backup_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup",
        help="back the SQLite database up, list, check and restore backups",
        description="Backups of this desk's SQLite database file (a PostgreSQL database is "
        "backed up on its server with pg_dump).",
    )
    actions = backup.add_subparsers(title="actions", metavar="ACTION", required=True)

    now = actions.add_parser("now", parents=[common], help="take a backup now")
    now.set_defaults(handler=backup_now)

    listing = actions.add_parser("list", parents=[common], help="the backups, newest first")
    listing.set_defaults(handler=list_all)

    check = actions.add_parser(
        "check",
        parents=[common],
        help="check the database file for damage",
        description="Runs SQLite's quick check on the database file and names the newest good "
        "backup. Exit code 2 when the file is damaged.",
    )
    check.set_defaults(handler=check_database)

    restore = actions.add_parser(
        "restore",
        parents=[common],
        help="replace the database with a backup (the current file is kept)",
        description="Replace the database file by a backup. The current file is kept as a "
        "safety copy first. Close Pelita on this PC before restoring.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    restore.add_argument(
        "--passphrase-file", metavar="F", type=Path, help="read the passphrase from this file"
    )
    restore.add_argument(
        "--user", metavar="USER", help="an administrator (needed when the database is healthy)"
    )
    restore.set_defaults(handler=restore_file)

    settings = actions.add_parser(
        "settings",
        parents=[common],
        help="show or change where backups go and whether they are encrypted",
        description="Without options: the current settings. A lost passphrase means the "
        "encrypted backups are lost: nobody can open them.",
    )
    folder = settings.add_mutually_exclusive_group()
    folder.add_argument("--folder", metavar="D", help="the backup folder")
    folder.add_argument(
        "--standard-folder", action="store_true", help="the standard folder in the data folder"
    )
    second = settings.add_mutually_exclusive_group()
    second.add_argument("--second-folder", metavar="D", help="also copy each backup here (USB)")
    second.add_argument("--no-second-folder", action="store_true")
    encrypt = settings.add_mutually_exclusive_group()
    encrypt.add_argument(
        "--encrypt", action="store_true", help="encrypt new backups with a new passphrase"
    )
    encrypt.add_argument("--no-encrypt", action="store_true", help="stop encrypting backups")
    settings.add_argument(
        "--passphrase-file", metavar="F", type=Path, help="read the new passphrase from this file"
    )
    settings.set_defaults(handler=change_settings)


def _now() -> datetime:
    return datetime.now(UTC)


def _database_file(url: str) -> Path:
    from desktop.services.backup_errors import NOT_SQLITE, BackupError
    from desktop.store.engine import sqlite_path

    path = sqlite_path(url)
    if path is None:
        raise BackupError(NOT_SQLITE, "database_url")
    return path


def _place(path: Path) -> BackupPlace:
    from desktop.config import load_config
    from desktop.services.backups import backup_place

    return backup_place(load_config(), path)


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _size(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.0f} kB"


def _passphrase(file: Path | None, *, confirm: bool = False) -> str:
    from desktop.services.backup_errors import PASSPHRASES_DIFFER, BackupError

    if file is not None:
        try:
            return file.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, UnicodeError, IndexError):
            raise BackupError(NO_PASSPHRASE, "passphrase") from None
    try:
        first = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Type it again: ") != first:
            raise BackupError(PASSPHRASES_DIFFER, "passphrase")
    except EOFError:
        raise BackupError(NO_PASSPHRASE, "passphrase") from None
    return first


def backup_now(args: argparse.Namespace, url: str) -> int:
    from desktop.services.backups import take_backup

    path = _database_file(url)
    result = take_backup(path, _place(path), "manual", _now())
    print(f"Backed up to {result.backup.path} ({_size(result.backup.size)})")
    if result.second_copy is not None:
        print(f"Copied to {result.second_copy}")
    if result.second_problem is not None:
        print(f"Warning: {result.second_problem.english()}")
    for removed in result.removed:
        print(f"Removed the old backup {removed}")
    return 0


def list_all(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_admin import print_table
    from desktop.services.backups import list_backups

    place = _place(_database_file(url))
    found = list_backups(place)
    if not found:
        print(f"No backups in {place.folder}")
        return 0
    print_table(
        ("Taken", "Reason", "Encrypted", "Size", "File"),
        (
            (
                _when(b.taken_at),
                b.reason,
                "yes" if b.encrypted else "no",
                _size(b.size),
                b.path.name,
            )
            for b in found
        ),
    )
    print(f"in {place.folder}")
    return 0


def check_database(args: argparse.Namespace, url: str) -> int:
    from desktop.services.backups import check_integrity, newest_good_backup

    path = _database_file(url)
    report = check_integrity(path)
    if report.ok:
        print(f"{path}: ok")
    else:
        print(f"{path}: DAMAGED")
        for problem in report.problems[:20]:
            print(f"  {problem}")
    good = newest_good_backup(_place(path))
    if good is None:
        print("No good backup was found.")
    else:
        print(f"Newest good backup: {good.path} (taken {_when(good.taken_at)})")
    return 0 if report.ok else EXIT_DAMAGED


def restore_file(args: argparse.Namespace, url: str) -> int:
    from desktop.services.backup_crypto import is_encrypted
    from desktop.services.backup_errors import NOT_A_BACKUP, BackupError
    from desktop.services.backups import check_integrity, restore_backup

    path = _database_file(url)
    place = _place(path)
    try:
        sealed = is_encrypted(args.file)
    except OSError:
        raise BackupError(NOT_A_BACKUP, "backup", file=str(args.file)) from None
    passphrase = _passphrase(args.passphrase_file) if sealed else None
    try:
        healthy = path.exists() and check_integrity(path).ok
    except BackupError:
        healthy = False
    if healthy:
        if not args.user:
            raise BackupError(NEEDS_ADMIN, "user")
        safety = _restore_as_admin(url, args, passphrase, place)
    else:
        safety = restore_backup(args.file, path, passphrase, _now(), place)
    print(f"Restored {path} from {args.file}")
    if safety != path:
        print(f"The file it replaced is kept as {safety}")
    return 0


def _restore_as_admin(
    url: str, args: argparse.Namespace, passphrase: str | None, place: BackupPlace
) -> Path:
    from desktop.cli_admin import _open
    from desktop.cli_participants import _login
    from desktop.services.backup_restore import restore_from_settings

    db = _open(url)
    try:
        actor = _login(db, args.user)
        return restore_from_settings(db, actor, args.file, passphrase, _now(), place)
    finally:
        db.close()


def change_settings(args: argparse.Namespace, url: str) -> int:
    from desktop.config import load_config, save_config
    from desktop.services.backup_crypto import new_backup_key

    config = load_config()
    changes: dict[str, Any] = {}
    if args.folder:
        changes["backup_folder"] = str(Path(args.folder).expanduser().resolve())
    elif args.standard_folder:
        changes["backup_folder"] = None
    if args.second_folder:
        changes["backup_second_folder"] = str(Path(args.second_folder).expanduser().resolve())
    elif args.no_second_folder:
        changes["backup_second_folder"] = None
    if args.encrypt:
        changes["backup_key"] = new_backup_key(_passphrase(args.passphrase_file, confirm=True))
    elif args.no_encrypt:
        changes["backup_key"] = None
    if changes:
        config = config._replace(**changes)
        print(f"Saved to {save_config(config)}")
    from desktop.services.backups import backup_place
    from desktop.store.engine import sqlite_path

    place = backup_place(config, sqlite_path(url))
    print(f"Backup folder: {place.folder}")
    print(f"Second folder: {place.second_folder or 'none'}")
    print(f"Encrypted: {'yes' if place.encrypted else 'no'}")
    if args.encrypt:
        print("Keep the passphrase safe: without it nobody can open these backups.")
    return 0
