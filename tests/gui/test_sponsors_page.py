"""The Sponsors page driven as an admin would: the list with what each sponsor gave, search as
typed, a new sponsor, deactivating, deleting (refused calmly for a sponsor with a history),
the impact report's hook, a clerk refused; every call on the worker and the tests waiting for
it, never for a fixed time."""

from __future__ import annotations

import importlib.machinery
import os
import sys
import types
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.domain.sponsor import SponsorKind
from desktop.gui.app_context import AppContext
from desktop.gui.sponsor_detail_dialog import SponsorDetailDialog
from desktop.gui.sponsor_dialog import NewSponsorDialog
from desktop.gui.sponsors_model import Column
from desktop.gui.sponsors_page import SponsorsPage
from desktop.gui.style import apply_style
from desktop.services import sponsor_details, sponsors
from desktop.services.sponsor_details import CashInput, SponsorSummary
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

NOW = datetime(2026, 6, 15, 2, 0, tzinfo=UTC)
SANDANG = "PT Sandang Nusantara"
YAYASAN = "Yayasan Perempuan Mandiri"
DINAS = "Dinas Tenaga Kerja Kabupaten Cianjur"


@pytest.fixture
def desk(admin_context: AppContext) -> AppContext:
    """Three sponsors; PT Sandang gave cash twice."""
    ctx = admin_context
    ctx.db.clock = lambda: NOW
    on_record = [
        (SANDANG, SponsorKind.COMPANY),
        (YAYASAN, SponsorKind.NGO),
        (DINAS, SponsorKind.GOVERNMENT),
    ]
    ids = {
        name: sponsors.create_sponsor(ctx.db, ctx.actor, name, kind).id for name, kind in on_record
    }
    for amount in (15_000_000, 2_500_000):
        sponsor_details.record_cash(
            ctx.db, ctx.actor, ids[SANDANG], CashInput(date(2026, 3, 2), amount)
        )
    return ctx


def settle(qtbot: QtBot, context: AppContext) -> None:
    qtbot.waitUntil(lambda: context.runner.idle)


def open_page(qtbot: QtBot, context: AppContext) -> SponsorsPage:
    page = SponsorsPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, context)
    return page


@pytest.fixture
def page(qtbot: QtBot, desk: AppContext) -> SponsorsPage:
    return open_page(qtbot, desk)


def rows(page: SponsorsPage) -> list[SponsorSummary]:
    found = [page.model.row_at(i) for i in range(page.model.rowCount())]
    return [row for row in found if row is not None]


def names(page: SponsorsPage) -> list[str]:
    return [row.name for row in rows(page)]


def cell(page: SponsorsPage, name: str, column: Column) -> str:
    return str(page.model.index(names(page).index(name), column).data())


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def select(qtbot: QtBot, page: SponsorsPage, name: str) -> SponsorSummary:
    table = page.ui.sponsorsTable
    rect = table.visualRect(page.model.index(names(page).index(name), Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = page.selected()
    assert chosen is not None and chosen.name == name
    return chosen


def open_detail(qtbot: QtBot, page: SponsorsPage, name: str) -> SponsorDetailDialog:
    select(qtbot, page, name)
    click(qtbot, page.ui.openButton)
    dialog = page.dialog
    assert isinstance(dialog, SponsorDetailDialog)
    qtbot.waitExposed(dialog)
    settle(qtbot, page.context)
    return dialog


# --- the list --------------------------------------------------------------------------------


def test_lists_each_sponsor_with_its_kind_what_it_gave_and_its_status(page: SponsorsPage) -> None:
    assert names(page) == [DINAS, SANDANG, YAYASAN]
    assert cell(page, SANDANG, Column.KIND) == "Company (CSR)"
    assert cell(page, SANDANG, Column.CASH) == "Rp17.500.000"
    assert cell(page, SANDANG, Column.IN_KIND) == ""
    assert cell(page, DINAS, Column.CASH) == ""
    assert cell(page, YAYASAN, Column.STATUS) == "Active"
    assert page.ui.countLabel.text() == "3 sponsors"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Name", "Type", "Cash given", "In kind given (value)", "Status"]


def test_search_as_typed_finds_sponsors_by_part_of_the_name(
    qtbot: QtBot, page: SponsorsPage
) -> None:
    page.ui.searchEdit.setFocus()
    qtbot.keyClicks(page.ui.searchEdit, "SANDANG")
    settle(qtbot, page.context)
    assert names(page) == [SANDANG]
    assert page.ui.countLabel.text() == "1 sponsor"
    page.ui.searchEdit.clear()
    settle(qtbot, page.context)
    assert len(names(page)) == 3


def test_buttons_follow_the_selection(qtbot: QtBot, page: SponsorsPage) -> None:
    ui = page.ui
    assert ui.newButton.isEnabled()
    assert not ui.openButton.isEnabled() and not ui.deleteButton.isEnabled()
    select(qtbot, page, YAYASAN)
    assert ui.openButton.isEnabled() and ui.activeButton.text() == "Deac&tivate"


def test_a_new_sponsor_is_added_and_selected(qtbot: QtBot, page: SponsorsPage) -> None:
    click(qtbot, page.ui.newButton)
    dialog = page.dialog
    assert isinstance(dialog, NewSponsorDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Bank Desa Sejahtera")
    click(qtbot, dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    settle(qtbot, page.context)
    selected = page.selected()
    assert selected is not None and selected.name == "Bank Desa Sejahtera"
    assert "Added the sponsor Bank Desa Sejahtera" in page.ui.statusLabel.text()


def test_deactivating_keeps_the_sponsor_and_reactivating_brings_it_back(
    qtbot: QtBot, page: SponsorsPage
) -> None:
    select(qtbot, page, YAYASAN)
    click(qtbot, page.ui.activeButton)
    settle(qtbot, page.context)
    assert cell(page, YAYASAN, Column.STATUS) == "Deactivated"
    assert page.ui.activeButton.text() == "Reac&tivate"
    assert "no longer offered for new cohorts" in page.ui.statusLabel.text()
    ctx = page.context
    assert YAYASAN not in [s.name for s in sponsors.list_sponsors(ctx.db, ctx.actor)]
    page.ui.inactiveCheck.setChecked(False)
    settle(qtbot, ctx)
    assert YAYASAN not in names(page)
    page.ui.inactiveCheck.setChecked(True)
    settle(qtbot, ctx)
    select(qtbot, page, YAYASAN)
    click(qtbot, page.ui.activeButton)
    settle(qtbot, ctx)
    assert cell(page, YAYASAN, Column.STATUS) == "Active"


def test_deleting_a_sponsor_with_contributions_is_refused_calmly_with_the_way_out(
    qtbot: QtBot, page: SponsorsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.gui.sponsors_page.ask", lambda *args: True)
    select(qtbot, page, SANDANG)
    click(qtbot, page.ui.deleteButton)
    settle(qtbot, page.context)
    status = page.ui.statusLabel
    assert status.property("role") == "hint"
    assert "contributions (2)" in status.text() and "Deactivate it instead" in status.text()
    assert SANDANG in names(page)
    assert QApplication.focusWidget() is page.ui.activeButton


def test_deleting_a_sponsor_entered_by_mistake(
    qtbot: QtBot, page: SponsorsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr("desktop.gui.sponsors_page.ask", lambda *args: asked.append(args[2]))
    select(qtbot, page, DINAS)
    click(qtbot, page.ui.deleteButton)  # the question answered No: nothing happens
    settle(qtbot, page.context)
    assert DINAS in names(page) and DINAS in asked[0]
    monkeypatch.setattr("desktop.gui.sponsors_page.ask", lambda *args: True)
    click(qtbot, page.ui.deleteButton)
    settle(qtbot, page.context)
    assert DINAS not in names(page)
    assert page.ui.statusLabel.text() == f"Deleted the sponsor {DINAS}."


def test_the_impact_report_button_waits_for_its_module(
    qtbot: QtBot, desk: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.gui.sponsors_page.report_available", lambda: False)
    assert open_page(qtbot, desk).ui.reportButton.isHidden()
    called: list[tuple[QWidget, AppContext, int]] = []
    fake = types.ModuleType("desktop.gui.sponsor_report_action")
    fake.__spec__ = importlib.machinery.ModuleSpec(fake.__name__, None)
    fake.open_impact_report = lambda *args: called.append(args)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, fake.__name__, fake)
    monkeypatch.setattr("desktop.gui.sponsors_page.report_available", lambda: True)
    page = open_page(qtbot, desk)
    assert page.ui.reportButton.isVisible()
    chosen = select(qtbot, page, SANDANG)
    click(qtbot, page.ui.reportButton)
    assert called == [(page, desk, chosen.id)]


def test_a_clerk_is_told_the_sponsors_are_for_admins(
    qtbot: QtBot, desk: AppContext, clerk_context: AppContext
) -> None:
    page = open_page(qtbot, clerk_context)
    assert names(page) == []
    assert page.ui.statusLabel.text() == "You are not allowed to do this. Ask an administrator."


def test_every_control_is_named_and_labelled(qtbot: QtBot, page: SponsorsPage) -> None:
    assert _unnamed(page) == []
    assert _labels_without_buddy(page) == []
    assert SponsorsPage.nav_title() == "Sponsors"


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshot(
    qtbot: QtBot,
    desk: AppContext,
    tmp_path: Path,
    large: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The page as a desk shows it (PELITA_SHOTS=/some/folder keeps it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if large else ""
    try:
        monkeypatch.setattr("desktop.gui.sponsors_page.report_available", lambda: True)
        monkeypatch.setattr("desktop.gui.sponsors_page.ask", lambda *args: True)
        page = open_page(qtbot, desk)
        page.resize(1100, 560)
        select(qtbot, page, SANDANG)
        click(qtbot, page.ui.deleteButton)
        settle(qtbot, desk)
        assert page.minimumSizeHint().width() <= 1366 - 220
        assert page.grab().save(str(folder / f"sponsors-page{suffix}.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
