"""The sponsor's impact report, as the Sponsors page and a sponsor's window offer it.

The report's dialog is another module (desktop.gui.sponsor_report_action), imported only when
the button is pressed; where it is not installed the button is hidden.
"""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtWidgets import QWidget

from desktop.gui.app_context import AppContext

REPORT_MODULE = "desktop.gui.sponsor_report_action"


def report_available() -> bool:
    return importlib.util.find_spec(REPORT_MODULE) is not None


def open_report(parent: QWidget, context: AppContext, sponsor_id: int) -> None:
    """The impact report's own dialog for the sponsor, over `parent`."""
    module = importlib.import_module(REPORT_MODULE)
    module.open_impact_report(parent, context, sponsor_id)
