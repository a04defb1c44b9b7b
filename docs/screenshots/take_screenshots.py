"""Screenshots of Pelita's main screens for the README, taken from the real windows.

    .venv/bin/python docs/screenshots/take_screenshots.py [OUTDIR]   (default: docs/screenshots)

Builds the demo centre in a temporary folder (the desk's own database, settings and logs are
never touched), opens the real login dialog and main window offscreen in Bahasa Indonesia on
a 1366×768 screen (the desks'), as a clerk and as an administrator see them, and saves one
PNG per screen. A dialog is pasted onto the window it opens over, as on a desk. The PNGs are
reduced to a 256-colour palette (crisp for flat colours and text) so the set stays small
enough to commit.

The desk's clock starts at a fixed Tuesday morning in Jakarta: the demo's dates follow the
desk's today, so a fixed one gives the same cohorts, sessions and pictures on every run.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from PIL import Image, ImageQt
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFontDatabase, QImage, QLinearGradient, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from desktop.config import DeskConfig
from desktop.domain.attendance import Mark, MarkInput
from desktop.domain.choices import Education, Employment, Goal, Sex
from desktop.domain.cohort import CohortStatus
from desktop.domain.participant import ParticipantInput
from desktop.gui.app_context import AppContext
from desktop.gui.attendance_today import AttendanceTodayPage
from desktop.gui.certificates_page import CertificatesPage
from desktop.gui.cohorts_page import CohortsPage
from desktop.gui.dashboard_page import DashboardPage
from desktop.gui.i18n import install_translator
from desktop.gui.inventory_page import InventoryPage
from desktop.gui.login_dialog import LoginDialog
from desktop.gui.main_window import MainWindow
from desktop.gui.participants_page import ParticipantsPage
from desktop.gui.style import apply_style
from desktop.gui.tasks import TaskRunner
from desktop.paths import resource_path
from desktop.services import centre
from desktop.services.accounts import authenticate
from desktop.services.backups import take_backup
from desktop.services.cohorts import list_cohorts
from desktop.services.demo import build_demo
from desktop.services.desk_backups import backup_target
from desktop.services.startup import refresh
from desktop.store.database import open_database

PageT = TypeVar("PageT", bound=QWidget)

WIDTH, HEIGHT = 1366, 768  # the desks' screens
# A Tuesday: the running cohort (Tuesdays and Thursdays 08:00–11:00) is in session.
DESK_START = datetime(2026, 10, 13, 1, 30, tzinfo=UTC)  # 08:30 in Jakarta
PARTICIPANTS = 300  # as many as `pelita --demo`
PALETTE = 256


def prepare_environment(scratch: Path) -> None:
    """Before Qt starts: an offscreen screen the size of a desk's, Jakarta time, and every
    Pelita folder (settings, logs, backups) inside the scratch folder."""
    screen = {"screens": [{"name": "desk", "x": 0, "y": 0, "width": WIDTH, "height": HEIGHT}]}
    config = scratch / "offscreen.json"
    config.write_text(json.dumps(screen), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["TZ"] = "Asia/Jakarta"
    time.tzset()
    os.environ["PELITA_HOME"] = str(scratch / "home")


def load_fonts() -> None:
    """Offscreen Qt draws boxes for text without fonts: add the ones Pelita ships (DejaVu,
    also the certificates' font) in case the machine has none."""
    for font in sorted(resource_path("fonts").glob("DejaVuSans*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    if not QFontDatabase.families():
        raise SystemExit("no fonts: install fonts-dejavu-core (Debian) or fontconfig")


def desk_clock() -> Callable[[], datetime]:
    """Starts at DESK_START and runs at the real pace, so what is saved keeps its order."""
    began = datetime.now(UTC)
    return lambda: DESK_START + (datetime.now(UTC) - began)


def save_png(image: QImage | QPixmap, path: Path) -> None:
    if isinstance(image, QPixmap):
        image = image.toImage()
    picture = ImageQt.fromqimage(image).convert("RGB")
    small = picture.quantize(PALETTE, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)
    print(f"{path}  {picture.width}×{picture.height}  {path.stat().st_size // 1024} KB")


def backdrop() -> QImage:
    """What is behind the login dialog: a plain desktop."""
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 0, HEIGHT)
    gradient.setColorAt(0, QColor("#35607f"))
    gradient.setColorAt(1, QColor("#1d3a50"))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    return image


def over(background: QImage | QPixmap, dialog: QWidget, dim: bool = True) -> QImage:
    """`dialog` centred on `background` with a thin frame and shadow, the window behind it
    dimmed a little, as a modal dialog looks on a desk."""
    image = background.toImage() if isinstance(background, QPixmap) else background.copy()
    picture = dialog.grab()
    painter = QPainter(image)
    if dim:
        painter.fillRect(image.rect(), QColor(0, 0, 0, 60))
    place = QRect(QPoint(0, 0), picture.size())
    place.moveCenter(image.rect().center())
    for spread, alpha in ((8, 20), (5, 30), (2, 50)):
        painter.fillRect(
            place.adjusted(-spread, -spread, spread, spread + 2), QColor(0, 0, 0, alpha)
        )
    painter.drawPixmap(place.topLeft(), picture)
    painter.setPen(QColor("#8a8f96"))
    painter.drawRect(place.adjusted(-1, -1, 0, 0))
    painter.end()
    return image


class Shooter:
    """One demo centre, the windows on it, and a PNG per screen."""

    def __init__(self, app: QApplication, scratch: Path, out: Path) -> None:
        self.app, self.out = app, out
        self.url = f"sqlite:///{scratch / 'pelita-demo.sqlite3'}"
        self.db = open_database(self.url, clock=desk_clock())
        build_demo(self.db, PARTICIPANTS, certificates=True)
        self.runner = TaskRunner()
        self.config = DeskConfig(language="id", backup_folder=str(scratch / "backups"))

    def settle(self) -> None:
        """Until the worker has nothing left and the answers are painted."""
        for _ in range(1500):
            self.app.processEvents()
            if self.runner.idle:
                for _ in range(40):
                    self.app.processEvents()
                    time.sleep(0.005)
                if self.runner.idle:
                    return
            time.sleep(0.01)
        raise RuntimeError("the worker is still busy after 15 s")

    def save(self, image: QImage | QPixmap, name: str) -> None:
        save_png(image, self.out / f"{name}.png")

    def window(self, username: str, password: str) -> MainWindow:
        actor = authenticate(self.db, username, password)
        profile = centre.get_profile(self.db)
        context = AppContext(
            db=self.db,
            actor=actor,
            runner=self.runner,
            config=self.config,
            demo=True,
            centre_name=profile.name if profile else "",
        )
        window = MainWindow(context)
        window.resize(WIDTH, HEIGHT)
        window.show()
        self.settle()
        return window

    def turn_to(self, window: MainWindow, kind: type[PageT]) -> PageT:
        page = window.page(kind)
        assert page is not None, f"{kind.__name__} is not on this person's window"
        window.ui.navList.setCurrentRow(window.ui.pages.indexOf(page))
        self.settle()
        return page

    # -- the screens -------------------------------------------------------------------------

    def login(self) -> None:
        # Where the demo database lives on a clerk's Linux desk, not the scratch folder.
        shown_path = "/home/dewi/.local/share/Pelita/pelita-demo.sqlite3"
        dialog = LoginDialog(self.runner, shown_path, demo=True)
        dialog.show()
        dialog.finish_setup()
        dialog.set_ready(refresh(self.db))
        dialog.ui.usernameEdit.setText("petugas")
        dialog.ui.passwordEdit.setText("petugas-demo")
        self.settle()
        self.save(over(backdrop(), dialog, dim=False), "login")
        dialog.close()

    def clerk_screens(self) -> None:
        window = self.window("petugas", "petugas-demo")
        people = self.turn_to(window, ParticipantsPage)
        people.ui.participantsTable.selectRow(2)
        self.settle()
        self.save(window.grab(), "participants")
        self.intake(window, people)

        # Today's roll first, so that the cohort's grid has today's column filled in.
        attendance = self.turn_to(window, AttendanceTodayPage)
        self.roll_call(window, attendance)
        cohorts = self.turn_to(window, CohortsPage)
        cohorts.open_cohort(self.running_cohort())
        self.settle()
        view = cohorts.view
        assert view.attendance_view is not None
        view.ui.tabs.setCurrentWidget(view.attendance_view)
        self.settle()
        self.save(window.grab(), "cohort")

    def intake(self, window: MainWindow, people: ParticipantsPage) -> None:
        people.new_participant()
        self.settle()
        form = people.new_form
        assert form is not None
        form.load(
            ParticipantInput(
                full_name="Siti Nurhaliza",
                nik="3203225205900001",
                birth_place="Cianjur",
                birth_date=date(1990, 5, 12),
                sex=Sex.FEMALE,
                phone="0812-3456-7890",
                street="Kp. Sukamaju",
                rt="003",
                rw="005",
                village_code="32.03.22.2005",
                postal_code="43276",
                education=Education.SMP,
                employment=Employment.HOMEMAKER,
                goal=Goal.OWN_BUSINESS,
            ),
            None,
        )
        self.settle()
        self.save(over(window.grab(), form), "intake")
        form.discard()
        self.settle()

    def roll_call(self, window: MainWindow, page: AttendanceTodayPage) -> None:
        page.select_row(0)
        page.open_selected()
        self.settle()
        dialog = page.dialog
        assert dialog is not None
        dialog.resize(1080, 640)
        dialog.marking.everyone_present()
        self.settle()
        # Then the exceptions, as the instructor calls them out.
        rows = dialog.rows
        dialog.marking.save(rows[1], MarkInput(Mark.LATE, 15))
        self.settle()
        rows[3].note.setText("Demam")
        dialog.give(Mark.SICK, rows[3])
        self.settle()
        dialog.give(Mark.EXCUSED, rows[5])
        self.settle()
        dialog.ui.rowsArea.verticalScrollBar().setValue(0)
        self.settle()
        self.save(over(window.grab(), dialog), "attendance")
        dialog.accept()
        self.settle()

    def admin_screens(self) -> None:
        self.back_up()  # else the admins' line says no backup was ever made
        window = self.window("admin", "admin-demo")
        self.turn_to(window, DashboardPage)
        self.save(window.grab(), "dashboard")
        certificates = self.turn_to(window, CertificatesPage)
        certificates.ui.certificatesTable.selectRow(0)
        self.settle()
        self.save(window.grab(), "certificates")
        # The list as it opens: no item chosen (the chosen item's panel has English
        # headings until their strings reach the translation file).
        self.turn_to(window, InventoryPage)
        self.save(window.grab(), "inventory")

    def back_up(self) -> None:
        target = backup_target(self.url, self.config)
        assert target is not None
        take_backup(*target, "daily", datetime.now(UTC))

    def running_cohort(self) -> int:
        rows = list_cohorts(self.db, authenticate(self.db, "admin", "admin-demo"))
        return next(row.id for row in rows if row.status is CohortStatus.RUNNING)


def main(argv: list[str]) -> None:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pelita-shots-") as scratch:
        prepare_environment(Path(scratch))
        app = QApplication(argv[:1])
        load_fonts()
        install_translator(app, "id")
        apply_style(app, large_text=False)
        shooter = Shooter(app, Path(scratch), out)
        shooter.login()
        shooter.clerk_screens()
        shooter.admin_screens()
        shooter.db.close()
    # Straight out: windows and the worker thread need no orderly Qt teardown here.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv)
