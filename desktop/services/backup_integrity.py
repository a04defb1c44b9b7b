"""The integrity check: SQLite's quick_check, and what counts as damage.

quick_check reads every page (milliseconds on a centre's file, 7 s on the benchmarks'
million-participant file); the full integrity_check also cross-checks every index against
its table and takes much longer, too long for every start of a desk.

So a desk need not check at start a file that was checked when it closed: the backup at
exit checks its copy, which is the file page for page, and records the file's size and
modification time beside it (".<name>.checked"). A file unchanged since, with no WAL or
journal left over (a desk that lost power leaves one), is the file that was checked. Any
write since, or a crash, and it is checked again.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop.services.backup_errors import CANNOT_READ, NO_DATABASE, BackupError, reason_of


def sqlite_uri(path: Path, mode: str) -> str:
    """A file: URI that opens `path` without creating it ("ro" or "rw")."""
    return f"{path.resolve().as_uri()}?mode={mode}"


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...]


def _quick_check(uri: str) -> list[str]:
    connection = sqlite3.connect(uri, uri=True, timeout=10)
    try:
        return [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
    finally:
        connection.close()


def check_integrity(db_path: Path, *, read_only: bool = False) -> IntegrityReport:
    """SQLite's quick_check of the file. BackupError("backup") when the file cannot be read
    at all, which says nothing about damage (missing, no permission, locked)."""
    if not db_path.is_file():
        raise BackupError(NO_DATABASE, "backup", path=str(db_path))
    try:
        rows = _quick_check(sqlite_uri(db_path, "ro" if read_only else "rw"))
    except sqlite3.OperationalError as error:
        if "malformed" in str(error) or "not a database" in str(error):
            return IntegrityReport(False, (reason_of(error),))
        raise BackupError(
            CANNOT_READ, "backup", path=str(db_path), reason=reason_of(error)
        ) from None
    except sqlite3.DatabaseError as error:  # "file is not a database", "malformed"
        return IntegrityReport(False, (reason_of(error),))
    if rows == ["ok"]:
        return IntegrityReport(True, ())
    return IntegrityReport(False, tuple(rows))


LEFT_OVER = ("-wal", "-journal")


def _marker(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.checked")


def file_state(db_path: Path) -> dict[str, int] | None:
    """Size and modification time of a file closed cleanly (no WAL or journal beside it);
    None when it is open or was not closed cleanly."""
    if any(Path(f"{db_path}{end}").exists() for end in LEFT_OVER):
        return None
    try:
        stat = db_path.stat()
    except OSError:
        return None
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def mark_checked(db_path: Path, state: dict[str, int]) -> None:
    """Record that the file in `state` passed its check, if it is still in that state."""
    if file_state(db_path) != state:
        return  # written meanwhile: that is not what was checked
    # Not written: the file is checked at the next start, as without the marker.
    with contextlib.suppress(OSError):
        _marker(db_path).write_text(json.dumps(state), encoding="utf-8")


def checked_since(db_path: Path) -> bool:
    """True when the file is exactly as it was when it last passed its check at exit."""
    state = file_state(db_path)
    if state is None:
        return False
    try:
        recorded = json.loads(_marker(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(recorded == state)
