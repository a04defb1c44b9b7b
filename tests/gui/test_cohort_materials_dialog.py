"""Issuing a cohort its materials (desktop.gui.cohort_materials_dialog), opened from the cohort
view as an admin would: the plan (per participant × the participants holding a seat) against
the stock of the place it comes from, an item chosen for a material with no match, everything
issued in one step, and a shortfall refused with what is available; the Materials… button only
for admins; screenshots (PELITA_SHOTS=/some/folder keeps them)."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.domain.inventory import MILLI, Unit
from desktop.domain.programme import MaterialInput
from desktop.gui.app_context import AppContext
from desktop.gui.cohort_materials_dialog import (
    AVAILABLE,
    QUANTITY,
    SHORT,
    CohortMaterialsDialog,
    open_cohort_materials,
)
from desktop.gui.cohort_view import CohortView
from desktop.gui.enrol_cohort_list import needed_width
from desktop.gui.style import apply_style
from desktop.services import inventory_list, programme_admin
from tests.gui.stock_fixtures import Store, choose, click, consumable, settle, stocked, texts
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed
from tests.gui.test_cohort_view import open_view
from tests.gui.test_cohorts_page import Made, make_cohorts, programme_id

pytestmark = pytest.mark.usefixtures("windows_deleted_here")

SEWING = (
    MaterialInput("Kain katun", "meter", Decimal("1.5")),
    MaterialInput("Benang jahit", "rol", Decimal("0.4")),
    MaterialInput("Lem kayu", "botol", Decimal("1")),
)


@pytest.fixture
def made(gui_db: Any) -> Made:
    return make_cohorts(gui_db)  # ANY-2027-01: three people hold a seat


@pytest.fixture
def store(admin_context: AppContext) -> Store:
    return stocked(admin_context)  # 40 metres of Kain katun, 12 rolls of Benang jahit


def give_materials(context: AppContext, materials: tuple[MaterialInput, ...]) -> None:
    """The weaving programme (of the cohort made) uses `materials` per participant."""
    pid = programme_id(context.db, "ANY")
    detail = programme_admin.get_programme(context.db, context.actor, pid)
    data = detail.as_input()
    from dataclasses import replace

    programme_admin.update_programme(
        context.db, context.actor, pid, detail.version, replace(data, materials=materials)
    )


def open_dialog(qtbot: QtBot, context: AppContext, made: Made) -> CohortMaterialsDialog:
    view = open_view(qtbot, context, made.weaving)
    click(qtbot, view.ui.materialsButton)
    dialog = view.dialog
    assert isinstance(dialog, CohortMaterialsDialog)
    qtbot.waitExposed(dialog)
    settle(qtbot, context)
    return dialog


def cell(dialog: CohortMaterialsDialog, row: int, column: int) -> str:
    table: QTableWidget = dialog.ui.materialsTable
    found = table.item(row, column)
    return found.text() if found is not None else ""


def stock_of(context: AppContext, item_id: int) -> int:
    return inventory_list.item_detail(context.db, context.actor, item_id).item.stock_milli


def test_issues_every_material_in_one_step(
    qtbot: QtBot, admin_context: AppContext, made: Made, store: Store
) -> None:
    ctx = admin_context
    give_materials(ctx, SEWING)
    glue = consumable(ctx, store.sewing_room, "Lem kayu PVAc", Unit.PIECE, 5 * MILLI)
    dialog = open_dialog(qtbot, ctx, made)
    ui = dialog.ui
    assert not _unnamed(dialog) and not _labels_without_buddy(dialog)
    assert ui.cohortLabel.text() == (
        "ANY-2027-01 · Anyaman Bambu dan Pandan · 3 participants holding a seat"
    )
    # 1.5 m × 3 people; 0.4 roll × 3 = 1.2, rounded up to whole rolls; the glue has no match.
    assert [cell(dialog, row, QUANTITY) for row in range(3)] == ["4.5 metre", "2 roll", "3 botol"]
    assert dialog.item_combo(0).currentText() == "Kain katun (40 metre)"
    assert dialog.place_combo(0).currentText() == "Gudang — 40 metre"
    assert [cell(dialog, row, AVAILABLE) for row in range(2)] == ["40 metre", "12 roll"]
    assert dialog.item_combo(2).currentText() == "— choose the item —"
    assert ui.shortLabel.text() == "No item is chosen for: Lem kayu."
    # Issue all refuses until every material has its item; nothing is issued meanwhile.
    click(qtbot, dialog.issue_button)
    assert ui.formError.text() == "Nothing was issued: choose the item for Lem kayu."
    choose(dialog.item_combo(2), "Lem kayu PVAc")
    settle(qtbot, ctx)
    assert texts(dialog.place_combo(2)) == ["Ruang Jahit — 5 piece"]
    assert (cell(dialog, 2, QUANTITY), cell(dialog, 2, SHORT)) == ("3 piece", "—")
    assert ui.shortLabel.text() == "Everything needed is in stock."
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.issue_button)
    assert dialog.issued is not None and len(dialog.issued) == 3
    assert stock_of(ctx, store.fabric) == 35_500
    assert stock_of(ctx, store.thread) == 10 * MILLI
    assert stock_of(ctx, glue) == 2 * MILLI
    view = dialog.parent()
    assert isinstance(view, CohortView)
    settle(qtbot, ctx)
    assert view.ui.messageLabel.text() == "Issued 3 materials to ANY-2027-01."
    # The next plan remembers the glue's item and knows the cohort has it all.
    again = open_dialog(qtbot, ctx, made)
    assert again.item_combo(2).currentText().startswith("Lem kayu PVAc")
    assert again.ui.shortLabel.text() == "Nothing is left to issue: the cohort has it all."
    again.reject()


def test_issuing_when_short_is_refused_with_what_is_available(
    qtbot: QtBot, admin_context: AppContext, made: Made, store: Store
) -> None:
    ctx = admin_context
    give_materials(ctx, (MaterialInput("Kain katun", "meter", Decimal("15")),))
    dialog = open_dialog(qtbot, ctx, made)
    ui = dialog.ui
    assert cell(dialog, 0, QUANTITY) == "45 metre"
    assert cell(dialog, 0, SHORT) == "⚠ 5 metre"
    assert ui.shortLabel.text() == (
        "Not enough in stock: Kain katun is short by 5 metre (40 metre at Gudang). "
        "Receive or move more before issuing."
    )
    assert ui.shortLabel.property("role") == "warning"
    click(qtbot, dialog.issue_button)
    settle(qtbot, ctx)
    assert dialog.isVisible() and dialog.issued is None
    assert ui.formError.text() == (
        "Nothing was issued:\n• Kain katun: Only 40 metre of Kain katun is in stock at Gudang."
    )
    assert stock_of(ctx, store.fabric) == 40 * MILLI
    assert dialog.item_combo(0).currentText() == "Kain katun (40 metre)"  # choices kept
    dialog.reject()


def test_only_admins_see_the_materials_button(
    qtbot: QtBot, clerk_context: AppContext, made: Made
) -> None:
    view = open_view(qtbot, clerk_context, made.weaving)
    assert view.ui.materialsButton.isHidden()


def test_a_programme_without_materials_says_so(
    qtbot: QtBot, admin_context: AppContext, made: Made
) -> None:
    dialog = open_dialog(qtbot, admin_context, made)
    assert dialog.ui.materialsTable.rowCount() == 0
    assert dialog.ui.shortLabel.text() == "The programme lists no materials."
    click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not isValid(dialog))


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large-text"])
def test_screenshots(
    qtbot: QtBot,
    admin_context: AppContext,
    made: Made,
    store: Store,
    tmp_path: Path,
    large: bool,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, large)
    folder = Path(os.environ.get("PELITA_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    suffix = "-large" if large else ""
    try:
        give_materials(
            admin_context,
            (MaterialInput("Kain katun", "meter", Decimal("15")), *SEWING[1:]),
        )
        view = open_view(qtbot, admin_context, made.weaving)
        assert view.grab().save(str(folder / f"cohort-view-materials-button{suffix}.png"))
        dialog = open_cohort_materials(view, admin_context, made.weaving)
        qtbot.waitExposed(dialog)
        settle(qtbot, admin_context)
        # As wide as it asks on a 1366×768 desk (the test screen is smaller).
        dialog.resize(min(needed_width(dialog.ui.materialsTable), 1326), dialog.height())
        qtbot.wait(20)
        assert not dialog.ui.materialsTable.horizontalScrollBar().isVisible()
        assert dialog.grab().save(str(folder / f"cohort-materials{suffix}.png"))
        click(qtbot, dialog.issue_button)
        settle(qtbot, admin_context)
        assert dialog.grab().save(str(folder / f"cohort-materials-refused{suffix}.png"))
        dialog.reject()
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)
