"""`pelita backup`: backups of the SQLite file (now, list, restore, check, settings)."""

from __future__ import annotations

import argparse
from typing import Any


def add_backup_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Filled in with the feature."""
