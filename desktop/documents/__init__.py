"""Files people hold in their hands: ReportLab PDFs (intake forms, attendance sheets,
certificates, reports) and spreadsheet import and export. No Qt here (DESIGN.md).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file under resources/, in a checkout and inside the PyInstaller bundle alike.

    The same lookup as desktop.gui.resources, repeated because documents may not import the
    GUI: certificates are also made from the command line, where Qt is never loaded.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    root = (
        Path(bundle) / "resources" if bundle else Path(__file__).resolve().parents[2] / "resources"
    )
    return root.joinpath(*parts)
