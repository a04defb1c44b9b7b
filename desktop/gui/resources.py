"""Icons for the window; the files are found by desktop.paths.resource_path."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.paths import resource_path

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def icon_named(name: str) -> QIcon:
    """An icon from resources/icons (SVG, drawn for Pelita; see the LICENSE.md there)."""
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path("icons", f"{name}.svg")))
