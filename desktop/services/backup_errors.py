"""What can go wrong with a backup, in words a person can act on.

`BackupError.field` says where the person can fix it: "passphrase" (wrong or missing),
"backup" (the backup file, or the database being backed up, is damaged or unreadable),
"folder" (the backup folder cannot be written or read), "second_folder" (the USB drive),
"database_url" (not an SQLite database). Re-exported by desktop.services.backups.
"""

from __future__ import annotations

from desktop.domain.errors import PelitaError
from desktop.domain.i18n import QT_TRANSLATE_NOOP


class BackupError(PelitaError):
    """A backup could not be taken, read or restored; nothing was changed."""


PASSPHRASE_TOO_SHORT = QT_TRANSLATE_NOOP(
    "messages", "The passphrase must be at least {minimum} characters long."
)
PASSPHRASES_DIFFER = QT_TRANSLATE_NOOP(
    "messages", "The two passphrases differ; nothing was changed."
)
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "messages", "The passphrase is wrong: this backup cannot be opened with it."
)
PASSPHRASE_NEEDED = QT_TRANSLATE_NOOP(
    "messages", "This backup is encrypted: type its passphrase to restore it."
)
KEY_DAMAGED = QT_TRANSLATE_NOOP(
    "messages",
    "The backup encryption settings of this desk are damaged. Set the passphrase again.",
)
BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "messages", "The backup {file} is damaged or incomplete and cannot be restored: {reason}"
)
NOT_A_BACKUP = QT_TRANSLATE_NOOP("messages", "The file {file} is not a Pelita backup.")
BACKUP_TOO_NEW = QT_TRANSLATE_NOOP(
    "messages",
    "The backup {file} was made by a newer version of Pelita. "
    "Install the newer Pelita to restore it; nothing was changed.",
)
SOURCE_DAMAGED = QT_TRANSLATE_NOOP(
    "messages", "The database {path} is damaged, so it cannot be backed up: {reason}"
)
RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "messages",
    "The backup could not be written into {path}: {reason}. The database was not changed.",
)
NO_DATABASE = QT_TRANSLATE_NOOP("messages", "There is no database file at {path}.")
CANNOT_READ = QT_TRANSLATE_NOOP("messages", "Cannot read the file {path}: {reason}")
FOLDER_UNWRITABLE = QT_TRANSLATE_NOOP(
    "messages", "Cannot write the backup to the folder {folder}: {reason}"
)
FOLDER_UNREADABLE = QT_TRANSLATE_NOOP(
    "messages", "Cannot read the backup folder {folder}: {reason}"
)
SECOND_FOLDER_FAILED = QT_TRANSLATE_NOOP(
    "messages",
    "The backup was saved, but copying it to the second folder {folder} failed: {reason}",
)
NOT_SQLITE = QT_TRANSLATE_NOOP(
    "messages",
    "Pelita backs up only an SQLite database file. A PostgreSQL database is backed up "
    "on its server with pg_dump (see docs/postgresql-backup.md).",
)
DAMAGED_WITH_BACKUP = QT_TRANSLATE_NOOP(
    "messages",
    "The database file {path} is damaged ({reason}). "
    "Restore the newest good backup, taken on {taken}.",
)
DAMAGED_WITHOUT_BACKUP = QT_TRANSLATE_NOOP(
    "messages",
    "The database file {path} is damaged ({reason}) and no good backup of it was found.",
)


def reason_of(error: BaseException) -> str:
    """An OSError's or sqlite3 error's own words, first line only."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
