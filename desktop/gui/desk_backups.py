"""The desk's automatic backups while Pelita runs: a check at start and every hour (on the
worker), and one at exit. SQLite desks only; a failure is logged and never stops the desk."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.config import DeskConfig
    from desktop.gui.tasks import TaskRunner
    from desktop.services.backups import BackupPlace, BackupResult

log = logging.getLogger(__name__)
# How often a running desk asks whether today's backup is still to be made.
BACKUP_CHECK_MS = 60 * 60 * 1000


class DeskBackups(QObject):
    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.target: tuple[Path, BackupPlace] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(BACKUP_CHECK_MS)
        self.timer.timeout.connect(self.check_daily)

    def start(self, url: str, config: DeskConfig) -> None:
        """For the database at `url`, now open and set up; again whenever the settings change."""
        from desktop.services.desk_backups import backup_target

        self.target = backup_target(url, config)
        if self.target is None:
            self.timer.stop()
            return
        if not self.timer.isActive():
            self.timer.start()
        self.check_daily()

    def update_config(self, url: str, config: DeskConfig) -> None:
        from desktop.services.desk_backups import backup_target

        if self.target is not None:
            self.target = backup_target(url, config)

    def stop(self) -> None:
        self.timer.stop()
        self.target = None

    def check_daily(self) -> None:
        if self.target is None:
            return
        from desktop.services.desk_backups import daily_backup

        path, place = self.target
        self.runner.submit(lambda: daily_backup(path, place), self._daily_done, self._failed)

    def _daily_done(self, result: BackupResult | None) -> None:
        if result is not None and result.second_error:
            log.warning("daily backup: %s", result.second_error)

    def _failed(self, error: BaseException) -> None:
        # Never the crash dialog for a backup: the desk works on, and the log says why.
        log.warning("automatic backup failed: %s", error, exc_info=error)

    def at_exit(self) -> None:
        """The one backup that blocks: the window has closed and nothing else runs."""
        self.timer.stop()
        if self.target is None:
            return
        from desktop.services.desk_backups import exit_backup

        try:
            result = exit_backup(*self.target)
        except Exception as error:  # any failure: Pelita still closes, the log says why
            self._failed(error)
            return
        if result.second_error:
            log.warning("backup at exit: %s", result.second_error)
