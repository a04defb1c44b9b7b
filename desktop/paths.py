"""Where a desk keeps its database, demo database, logs and local settings.

PELITA_HOME moves all of them under one folder (tests, portable installs); otherwise the
platform's user folders are used (platformdirs), as Windows and Linux users expect.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "Pelita"


def _home() -> Path | None:
    value = os.environ.get("PELITA_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    if home:
        return home / "data"
    from platformdirs import user_data_path

    return user_data_path(APP, appauthor=False)


def log_dir() -> Path:
    home = _home()
    if home:
        return home / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP, appauthor=False)


def config_dir() -> Path:
    home = _home()
    if home:
        return home / "config"
    from platformdirs import user_config_path

    return user_config_path(APP, appauthor=False)


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of an SQLite file; here so that start-up needs no database import."""
    return f"sqlite:///{path}"


def default_database_path() -> Path:
    return data_dir() / "pelita.sqlite3"


def demo_database_path() -> Path:
    # Apart from the real centre's file, so a demo can never mix with real people's data.
    return data_dir() / "pelita-demo.sqlite3"


def resource_path(*parts: str) -> Path:
    """A file under resources/ (icons, fonts, translations), in a checkout and inside the
    PyInstaller bundle alike (Vorta's get_asset): the one lookup the GUI and documents share."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = (
        Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[1] / "resources"
    )
    return root.joinpath(*parts)
