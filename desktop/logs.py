"""The desk's log file: what support asks for when something went wrong.

Standard library only, so it can be set up first thing at start-up.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.paths import log_dir

FILE_NAME = "pelita.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

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
