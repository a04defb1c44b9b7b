"""`pelita archive`: the export-everything archive, written and imported."""

from __future__ import annotations

import argparse
from typing import Any


def add_archive_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Filled in with the feature."""
