"""The Inventory page's "Export…": the list with the page's search and filters, to a file, in
the background with progress and Cancel (desktop.gui.progress_job, as the participant list's
export). The export itself is desktop.services.inventory_export, imported only when used: the
page works without it, and hides the button then.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from desktop.domain.errors import PelitaError
from desktop.gui.app_context import AppContext
from desktop.gui.background_job import IsCancelled, Progress
from desktop.gui.formatting import language
from desktop.gui.i18n import message
from desktop.gui.progress_job import ProgressJob
from desktop.gui.save_file import ask_save_path
from desktop.services.inventory_list import ItemFilter

EXPORT_MODULE = "desktop.services.inventory_export"
EXPORT_NAMES = {"id": "inventaris.xlsx", "en": "inventory.xlsx"}


class InventoryExport(QObject):
    """Runs one export at a time for the page; says the outcome with `say(text, role)`."""

    def __init__(
        self,
        context: AppContext,
        page: QWidget,
        read_filter: Callable[[], ItemFilter],
        say: Callable[[str, str], None],
    ) -> None:
        super().__init__(page)
        self.context, self.page, self.read_filter, self.say = context, page, read_filter, say
        self.job: ProgressJob | None = None
        self.path: Path | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        """The progress window while an export runs (tests)."""
        return self.job.window if self.job is not None else None

    def start(self) -> None:
        if self.running:
            return
        name = EXPORT_NAMES.get(language(), EXPORT_NAMES["en"])
        kinds = ";;".join((self.tr("Excel workbooks (*.xlsx)"), self.tr("CSV files (*.csv)")))
        path = ask_save_path(self.page, self.tr("Export the inventory"), name, kinds)
        if path is not None and path.name.lower().endswith(".csv.xlsx"):
            path = path.with_name(path.name[: -len(".xlsx")])  # ask_save_path knows one suffix
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the page's current list to `path` in the background."""
        ctx, flt = self.context, self.read_filter()  # the filter as it is now, not later
        self.path = path

        def work(progress: Progress, cancelled: IsCancelled) -> object:
            export = importlib.import_module(EXPORT_MODULE)
            return export.export_inventory(ctx.db, ctx.actor, path, flt, progress, cancelled)

        self.job = ProgressJob(
            self,
            self.page,
            work,
            "pelita-inventory-export",
            title=self.tr("Export the inventory"),
            label=self.tr("Writing %1…").replace("%1", path.name),
            finished=self._exported,
            failed=self._failed,
            cancel=self.cancel,
        )
        self.say(self.tr("Exporting the inventory…"), "hint")
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.say(self.tr("Cancelling…"), "hint")

    def _end(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.end()

    def _exported(self, result: object) -> None:
        if not isValid(self):
            return
        self._end()
        where = str(self.path)
        if isinstance(result, int) and not isinstance(result, bool):
            text = self.tr("Exported 1 item to %2") if result == 1 else ""
            text = text or self.tr("Exported %1 items to %2")
            text = text.replace("%1", QLocale().toString(result))
        else:
            text = self.tr("Exported the inventory to %2")
        self.say(text.replace("%2", where), "ok")

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._end()
        if isinstance(error, PelitaError):
            # Cancelling is not a failure: the export says so in its own words.
            cancelled = type(error).__name__.endswith("Cancelled")
            self.say(message(error), "hint" if cancelled else "error")
        else:
            from desktop.gui.crash import report_exception

            report_exception(type(error), error, error.__traceback__)
