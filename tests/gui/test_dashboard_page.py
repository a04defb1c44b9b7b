"""The dashboard page driven with qtbot over the known year of tests/services/dashboard_world.py
(the desk's clock on 15 September 2030): the cards and charts, each filter changing the
figures, an empty period, a refused period shown next to the dates, a stale count dropped,
the cards that lead to other pages, and a chart saved as a PNG. PELITA_SHOTS keeps a picture
of the page on a demo centre of 120 people."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.gui.app_context import AppContext
from desktop.gui.dashboard_filters import Preset, preset_period
from desktop.gui.dashboard_page import DashboardPage
from desktop.services.dashboard import Dashboard
from desktop.store.database import Database
from tests.services.dashboard_world import NOW, World, build_world


@pytest.fixture
def world(gui_db: Database) -> World:
    gui_db.clock = lambda: NOW
    return build_world(gui_db)


@pytest.fixture
def page(qtbot: QtBot, admin_context: AppContext, world: World) -> DashboardPage:
    shown = DashboardPage(admin_context)
    qtbot.addWidget(shown)
    shown.resize(1200, 900)
    shown.show()
    counted(qtbot, shown)
    return shown


def counted(qtbot: QtBot, page: DashboardPage) -> Dashboard:
    """Wait for the count of the filters as they are now."""
    wanted = page.filter_bar.filters()
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.filters == wanted)
    qtbot.waitUntil(lambda: not page.ui.statusLabel.isVisible())
    assert page.shown is not None
    return page.shown


def choose(combo: object, text: str) -> None:
    index = combo.findText(text)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_this_year_so_far(page: DashboardPage) -> None:
    assert page.filter_bar.preset() is Preset.THIS_YEAR
    found = page.shown
    assert found is not None
    assert (found.filters.start.isoformat(), found.filters.end.isoformat()) == (
        "2030-01-01",
        "2030-09-15",
    )
    cards = page.cards
    assert cards["registrations"].value_text() == "8"
    assert cards["cohorts"].value_text() == "3"
    assert cards["cohorts"].detail_text() == "Fill rate 15% (6 of 40 seats)"
    assert cards["completion"].value_text() == "66.7%"
    assert cards["certificates"].value_text() == "3"
    assert cards["outcomes"].value_text() == "75%"
    assert "3 of 4 reached" in cards["outcomes"].detail_text()
    assert "+Rp1.000.000" in cards["outcomes"].detail_text()
    assert page.links["attendance"].value_text() == "1"
    assert page.links["inventory"].value_text() == "0"
    assert all(panel.has_chart() for panel in page.charts.values())
    # Nine months, January to September.
    axis = page.charts["registrations"].view.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories()[:2] == ["Jan<br>2030", "Feb"] and len(axis.categories()) == 9


def test_the_filters_change_the_figures(qtbot: QtBot, page: DashboardPage, world: World) -> None:
    ui = page.ui
    choices = [ui.programmeCombo.itemText(i) for i in range(ui.programmeCombo.count())]
    assert choices[0] == "All" and "Menjahit Pakaian Dasar" in choices
    assert [ui.branchCombo.itemText(i) for i in range(ui.branchCombo.count())] == [
        "All",
        "Bandung",
        "Cianjur",
    ]
    choose(ui.programmeCombo, "Menjahit Pakaian Dasar")
    found = counted(qtbot, page)
    assert found.filters.programme_id == world.programmes["JHT"]
    assert page.cards["registrations"].value_text() == "6"
    assert page.cards["registrations"].detail_text() == "applications to these cohorts"
    assert page.cards["cohorts"].value_text() == "2"
    choose(ui.programmeCombo, "All")
    choose(ui.branchCombo, "Bandung")
    found = counted(qtbot, page)
    assert (found.filters.branch, found.certificates) == ("Bandung", 1)
    assert page.cards["certificates"].value_text() == "1"
    choose(ui.branchCombo, "All")
    choose(ui.sponsorCombo, "Sponsor S1")
    found = counted(qtbot, page)
    assert found.filters.sponsor_id == world.sponsors["S1"]
    assert page.cards["cohorts"].value_text() == "1"
    assert page.links["attendance"].value_text() == "0"


def test_period_presets(qtbot: QtBot, page: DashboardPage) -> None:
    ui = page.ui
    assert not ui.fromEdit.isEnabled()
    choose(ui.periodCombo, "This month")
    found = counted(qtbot, page)
    assert (found.filters.start, found.filters.end) == preset_period(Preset.THIS_MONTH, page.today)
    assert page.cards["registrations"].value_text() == "0"
    assert not page.charts["registrations"].has_chart()  # no one registered in September
    assert page.charts["registrations"].stack.currentWidget().text() == "No data for this period"
    choose(ui.periodCombo, "Last 12 months")
    found = counted(qtbot, page)
    assert found.filters.start.isoformat() == "2029-10-01"
    choose(ui.periodCombo, "From … to …")
    assert ui.fromEdit.isEnabled() and ui.toEdit.isEnabled()
    ui.fromEdit.setDate(QDate(2030, 5, 1))
    found = counted(qtbot, page)
    assert found.filters.start.isoformat() == "2030-05-01"
    assert page.cards["registrations"].value_text() == "3"  # Fajar in May, Gita and Hana


def test_an_empty_period(qtbot: QtBot, page: DashboardPage) -> None:
    from datetime import date

    page.filter_bar.set_period(date(2031, 3, 1), date(2031, 3, 31))
    counted(qtbot, page)
    assert not any(panel.has_chart() for panel in page.charts.values())
    assert not page.charts["regions"].save_button.isEnabled()
    assert page.cards["completion"].value_text() == "—"
    assert page.links["attendance"].value_text() == "1"  # now, whatever the period


def test_a_period_that_ends_before_it_starts(qtbot: QtBot, page: DashboardPage) -> None:
    ui = page.ui
    choose(ui.periodCombo, "From … to …")
    counted(qtbot, page)
    before = page.shown
    ui.toEdit.setDate(QDate(2029, 12, 31))
    qtbot.waitUntil(lambda: ui.periodError.isVisible())
    assert ui.periodError.text() == "The end of the period is before its start."
    assert ui.toEdit.property("invalid") is True
    assert ui.toEdit.date() == QDate(2029, 12, 31)  # what was typed stays
    assert page.shown is before and not ui.statusLabel.isVisible()
    ui.toEdit.setDate(QDate(2030, 6, 30))
    counted(qtbot, page)
    assert not ui.periodError.isVisible() and not ui.toEdit.property("invalid")


def test_a_count_overtaken_by_another_is_dropped(
    qtbot: QtBot, page: DashboardPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[object] = []
    original = page._show
    monkeypatch.setattr(page, "_show", lambda found: (shown.append(found.filters), original(found)))
    choose(page.ui.branchCombo, "Bandung")
    choose(page.ui.branchCombo, "Cianjur")  # asked before the first answer came back
    found = counted(qtbot, page)
    assert found.filters.branch == "Cianjur"
    assert [filters.branch for filters in shown] == ["Cianjur"]  # type: ignore[attr-defined]


def test_the_cards_that_lead_elsewhere(qtbot: QtBot, page: DashboardPage) -> None:
    for page_name in ("inventory", "loans", "attendance"):
        with qtbot.waitSignal(page.open_page) as opened:
            qtbot.mouseClick(page.links[page_name], Qt.MouseButton.LeftButton)
        assert opened.args == [page_name]
    page.links["attendance"].setFocus()
    with qtbot.waitSignal(page.open_page) as opened:
        qtbot.keyClick(page.links["attendance"], Qt.Key.Key_Space)
    assert opened.args == ["attendance"]


def test_save_a_chart_as_png(
    qtbot: QtBot, page: DashboardPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(_parent: object, _title: str, name: str, _kind: str) -> Path:
        asked.append(name)
        return tmp_path / name

    monkeypatch.setattr("desktop.gui.dashboard_charts.ask_save_path", ask)
    panel = page.charts["age"]
    ratio = panel.view.devicePixelRatioF()
    size = (round(panel.view.width() * ratio), round(panel.view.height() * ratio))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["participants-by-age.png"]
    image = QImage(str(tmp_path / "participants-by-age.png"))
    assert not image.isNull()
    assert (image.width(), image.height()) == size  # the chart as it was shown
    assert panel.note.text().startswith("Saved: ")
    # The same from the chart's context menu.
    regions = page.charts["regions"]
    regions.view.customContextMenuRequested.emit(QPoint(20, 20))
    menu = regions.menu
    assert isinstance(menu, QMenu) and menu.actions()[0].text() == "Save as PNG…"
    menu.close()
    shown = regions.view.grab().size()
    menu.actions()[0].trigger()
    assert QImage(str(tmp_path / "participants-by-region.png")).size() == shown


def test_a_cancelled_save_writes_nothing(
    qtbot: QtBot, page: DashboardPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.gui.dashboard_charts.ask_save_path", lambda *_args: None)
    page.charts["sex"].save_png()
    assert page.charts["sex"].saved is None and not page.charts["sex"].note.isVisible()


def test_a_clerk_is_told(qtbot: QtBot, clerk_context: AppContext, world: World) -> None:
    shown = DashboardPage(clerk_context)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.ui.periodError.isVisible())
    assert shown.ui.periodError.text() == "You are not allowed to do this. Ask an administrator."
    assert shown.shown is None


@pytest.mark.skipif(not os.environ.get("PELITA_SHOTS"), reason="screenshots only when asked")
def test_screenshot_on_a_demo_centre(qtbot: QtBot, sqlite_db: Database, runner: object) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.config import DeskConfig
    from desktop.gui.style import apply_style
    from desktop.services.accounts import authenticate
    from desktop.services.demo import build_demo

    build_demo(sqlite_db, 120, certificates=True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large_text=False)
    context = AppContext(
        db=sqlite_db,
        actor=authenticate(sqlite_db, "admin", "admin-demo"),
        runner=runner,  # type: ignore[arg-type]
        config=DeskConfig(),
        demo=True,
    )
    shown = DashboardPage(context)
    qtbot.addWidget(shown)
    shown.resize(1280, 2000)
    shown.show()
    choose(shown.ui.periodCombo, "Last 12 months")
    counted(qtbot, shown)
    folder = Path(os.environ["PELITA_SHOTS"])
    folder.mkdir(parents=True, exist_ok=True)
    shown.ui.content.grab().save(str(folder / "dashboard-page-content.png"))
    shown.resize(1280, 800)
    shown.grab().save(str(folder / "dashboard-page.png"))
    app.setFont(font)
    app.setStyleSheet(sheet)


def test_the_line_charts_labels_write_numbers_in_the_persons_language(qtbot: QtBot) -> None:
    """Qt Charts' "@yPoint%" always writes "95.8%"; the cards beside it say "93,3%"."""
    from PySide6.QtCharts import QXYSeries
    from PySide6.QtCore import QLocale

    from desktop.gui.dashboard_charts import ChartPanel

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    try:
        panel = ChartPanel("Attendance", "attendance")
        qtbot.addWidget(panel)
        panel.show_line(["Jan", "Feb", "Mar"], [95.84, None, 100.0])
        series = panel.view.chart().series()[0]
        assert isinstance(series, QXYSeries)
        labels = [
            series.pointConfiguration(index)[QXYSeries.PointConfiguration.LabelFormat]
            for index in range(series.count())
        ]
        assert labels == ["95,8%", "100%"]
    finally:
        QLocale.setDefault(before)
