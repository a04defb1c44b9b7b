"""`pelita privacy`: data-subject requests, anonymisation and retention."""

from __future__ import annotations

import argparse
from typing import Any


def add_privacy_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    """Filled in with the feature."""
