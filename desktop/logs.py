"""The desk's log file: what support asks for when something went wrong.

The log is sent to support and lies in a folder anyone at the PC can read, so it must never
hold people's NIK or KK numbers, phone numbers or passwords (UU PDP). Pelita does not log them
on purpose, but they reach the log by other ways: an exception's message, a database error that
quotes the row it refused, a warning from a library. So every handler set up here has
`PrivateDataFilter`, which blanks them out of each record whatever its source.

Standard library only, so it can be set up first thing at start-up.
"""

from __future__ import annotations

import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.paths import log_dir

FILE_NAME = "pelita.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

# A password in a URL's user part (it runs to the "@", as SQLAlchemy reads it).
_URL_PASSWORD = re.compile(r"(\b[a-zA-Z][\w+.-]*://[^:/@\s]*:)[^@\s]*@")
# "password=..." / "password: ..." / "'password': '...'" (reprs, query strings, libpq DSNs).
_PASSWORD_PAIR = re.compile(
    r"""(?ix)
    (\b(?:password|passwd|pwd|passphrase)\b['"]?\s*[=:]\s*)
    ("[^"]*"|'[^']*'|[^\s&;,)}\]]+)
    """
)
# NIK and KK numbers: 16 digits, also typed in groups ("3201 1234 5678 0001").
_SIXTEEN_DIGITS = re.compile(r"(?<![\d])\d(?:[ .-]?\d){15}(?!\d)")
# Indonesian phone numbers as people write them and as Pelita stores them (E.164):
# 0812-3456-7890, 0812 3456 7890, +62 812 3456 7890, +6281234567890, 6281234567890,
# (0274) 512345. A leading 0 or 62 and at least 7 more digits.
_PHONE = re.compile(r"(?<![\w+])(?:\+\s?62|62|\(?0)(?:[ .)-]{0,2}\d){7,13}(?!\d)")


def redact(text: str) -> str:
    """`text` with passwords, NIK/KK numbers and phone numbers blanked out."""
    text = _URL_PASSWORD.sub(r"\1***@", text)
    text = _PASSWORD_PAIR.sub(r"\1***", text)
    text = _SIXTEEN_DIGITS.sub("[NIK/KK]", text)
    return _PHONE.sub("[phone]", text)


class PrivateDataFilter(logging.Filter):
    """Blanks out personal data and passwords in every record a handler writes.

    The record is changed in place (the message is formatted here, once), so every handler
    that sees it afterwards gets the redacted text as well; that is wanted. The traceback is
    formatted here too, so a NIK in an exception's message is caught like one in the message.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a call whose arguments do not fit its format: keep what it said
            message = f"{record.msg} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


# Marks the handlers installed here, so a second call (tests, or the GUI after the CLI)
# replaces them instead of writing every line twice, and leaves other handlers alone.
_OURS = "_pelita_handler"


def setup_logging(verbose: bool = False) -> Path:
    """Send log records to `pelita.log` in the desk's log folder (1 MB, 5 old files kept).

    If the folder or file cannot be created (read-only profile, full disk) the records go to
    stderr instead: logging must never be the reason Pelita does not start. Returns the log
    file's path either way (check that it exists before pointing a person to it).
    """
    path = log_dir() / FILE_NAME
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(old)
        old.close()
    handler: logging.Handler
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Opened now rather than at the first record, so an unwritable file is found here
        # and not by every later log call.
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        handler = logging.StreamHandler(sys.stderr)
        failure: OSError | None = error
    else:
        failure = None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PrivateDataFilter())
    setattr(handler, _OURS, True)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # SQLAlchemy logs every statement and result row at INFO/DEBUG when its logger is enabled,
    # which would fill the log and copy participants' personal data (NIK, addresses) into it.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    # Alembic lists its autogenerate plugins at INFO on every upgrade; only noise for support.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    logging.captureWarnings(True)
    if failure is not None:
        logging.getLogger(__name__).warning(
            "cannot write the log file %s (%s); logging to the console", path, failure
        )
    return path
