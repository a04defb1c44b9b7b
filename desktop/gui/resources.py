"""Finding resources both in a checkout and inside the PyInstaller bundle (Vorta's get_asset)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def resource_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


def icon_named(name: str) -> QIcon:
    """An icon from resources/icons (SVG, drawn for Pelita; see the LICENSE.md there)."""
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path("icons", f"{name}.svg")))
