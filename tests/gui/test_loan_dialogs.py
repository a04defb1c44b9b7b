"""Lending, handing over and returning (desktop.gui.loan_dialogs), driven from the Loans page
as an admin would over the demo centre with a store room: happy paths, and the bad input of
the issue — a machine already lent, a return of something never lent (it cannot be picked),
fractional pieces, more than the place holds — each said beside its field with nothing typed
lost."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from desktop.domain.inventory import MILLI, Condition, Unit
from desktop.domain.numbering import ROMAN
from desktop.gui.app_context import AppContext
from desktop.gui.loan_dialogs import HandOverDialog, LendDialog, ReturnDialog
from desktop.gui.loans_page import LoansPage
from desktop.gui.stock_texts import day_text
from desktop.services import inventory_list
from desktop.services.inventory_loans import LoanFilter, LoanKind, list_loans
from tests.gui.stock_fixtures import (
    Store,
    choose,
    click,
    consumable,
    handed,
    lent,
    people,
    pick_person,
    settle,
    stocked,
    texts,
    today,
)
from tests.gui.test_accessibility import _labels_without_buddy, _unnamed

pytestmark = pytest.mark.usefixtures("windows_deleted_here")


@pytest.fixture
def store(admin_context: AppContext) -> Store:
    return stocked(admin_context)


@pytest.fixture
def page(qtbot: QtBot, admin_context: AppContext, store: Store) -> LoansPage:
    page = LoansPage(admin_context)
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, admin_context)
    return page


def open_lend(qtbot: QtBot, page: LoansPage) -> LendDialog:
    click(qtbot, page.ui.lendButton)
    dialog = page.dialog
    assert isinstance(dialog, LendDialog)
    qtbot.waitExposed(dialog)
    settle(qtbot, page.context)
    return dialog


def open_hand_over(qtbot: QtBot, page: LoansPage) -> HandOverDialog:
    click(qtbot, page.ui.handOverButton)
    dialog = page.dialog
    assert isinstance(dialog, HandOverDialog)
    qtbot.waitExposed(dialog)
    settle(qtbot, page.context)
    return dialog


def stock_of(context: AppContext, item_id: int) -> int:
    detail = inventory_list.item_detail(context.db, context.actor, item_id)
    return detail.item.stock_milli


def loans(context: AppContext) -> list[LoanKind]:
    rows = list_loans(context.db, context.actor, LoanFilter(open_only=False), today(context))
    return [row.kind for row in rows]


# --- lending -------------------------------------------------------------------------------


def test_lends_a_machine_in_stock_to_a_participant(
    qtbot: QtBot, page: LoansPage, store: Store
) -> None:
    ctx = page.context
    dialog = open_lend(qtbot, page)
    ui = dialog.ui
    assert not _unnamed(dialog) and not _labels_without_buddy(dialog)
    # Only equipment, in stock: no fabric, no thread.
    assert texts(ui.itemCombo) == [
        "Mesin jahit Butterfly — INV-00001",
        "Mesin obras Typical — INV-00002",
    ]
    choose(ui.itemCombo, "Mesin obras")
    settle(qtbot, ctx)
    assert ui.placeCombo.currentText() == "Gudang — 1 piece"  # where it is, chosen for the clerk
    person = people(ctx)[0]
    pick_person(qtbot, ui.participantPicker, person)
    due = today(ctx) + timedelta(days=30)
    assert ui.dueEdit.date().toPython() == due
    ui.conditionCombo.setCurrentIndex(ui.conditionCombo.findData(Condition.FAIR.value))
    ui.notesEdit.setPlainText("Untuk usaha jahit di rumah")
    click(qtbot, dialog.save_button)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: not isValid(dialog))  # closed, and deleted
    open_loans = list_loans(ctx.db, ctx.actor, LoanFilter(), today(ctx))
    assert [(row.item_id, row.participant_id, row.due_on) for row in open_loans] == [
        (store.second_machine, person.id, due)
    ]
    assert open_loans[0].condition_out is Condition.FAIR
    assert stock_of(ctx, store.second_machine) == 0
    # The page reads its list again and says what was done.
    assert page.model.loans()[0].id == open_loans[0].id
    chosen = page.selected()
    assert chosen is not None and chosen.id == open_loans[0].id
    assert page.ui.messageLabel.text() == f"Lent Mesin obras Typical to {person.full_name}."


def test_a_machine_already_lent_is_not_offered_and_a_loan_meanwhile_is_refused(
    qtbot: QtBot, page: LoansPage, store: Store
) -> None:
    ctx = page.context
    first, second = people(ctx, 2)
    lent(ctx, store.machine, first, store.store)
    dialog = open_lend(qtbot, page)
    ui = dialog.ui
    assert texts(ui.itemCombo) == ["Mesin obras Typical — INV-00002"]  # the lent one is out
    pick_person(qtbot, ui.participantPicker, second)
    ui.notesEdit.setPlainText("Dipinjam untuk praktik")
    # Another desk lends the same machine while this form is open.
    lent(ctx, store.second_machine, first, store.store, days_ago=0)
    click(qtbot, dialog.save_button)
    settle(qtbot, ctx)
    assert dialog.isVisible()
    expected = (
        f"Mesin obras Typical is already lent to {first.full_name} since {day_text(today(ctx))}."
    )
    assert ui.itemError.text() == expected and ui.itemError.isVisible()
    assert ui.itemCombo.property("invalid") is True
    assert ui.notesEdit.toPlainText() == "Dipinjam untuk praktik"  # nothing typed is lost
    assert ui.participantPicker.participant_id() == second.id
    dialog.reject()


def test_lending_needs_a_participant_and_a_due_date_after_it_goes_out(
    qtbot: QtBot, page: LoansPage, store: Store
) -> None:
    ctx = page.context
    dialog = open_lend(qtbot, page)
    ui = dialog.ui
    click(qtbot, dialog.save_button)
    assert ui.participantError.text() == "Find the participant and choose them from the list."
    pick_person(qtbot, ui.participantPicker, people(ctx)[0])
    ui.dueEdit.setDate(ui.outEdit.date().addDays(-1))
    click(qtbot, dialog.save_button)
    settle(qtbot, ctx)
    assert ui.dueError.text() == "The due date cannot be before the day it goes out."
    assert ui.participantError.isHidden()
    assert loans(ctx) == []
    dialog.reject()


def test_no_equipment_to_lend_is_said_at_once(qtbot: QtBot, page: LoansPage, store: Store) -> None:
    ctx = page.context
    person = people(ctx)[0]
    lent(ctx, store.machine, person, store.store)
    lent(ctx, store.second_machine, person, store.store)
    dialog = open_lend(qtbot, page)
    assert dialog.ui.itemCombo.count() == 0
    assert dialog.ui.itemError.text() == "No equipment is in stock to lend: everything is out."
    dialog.reject()


# --- handing over --------------------------------------------------------------------------


def test_hands_over_fabric_in_metres_and_offers_the_numbered_record(
    qtbot: QtBot, page: LoansPage, store: Store
) -> None:
    ctx = page.context
    dialog = open_hand_over(qtbot, page)
    ui = dialog.ui
    assert not _unnamed(dialog) and not _labels_without_buddy(dialog)
    assert texts(ui.itemCombo) == [
        "Benang jahit — 12 roll",
        "Kain katun — 40 metre",
        "Mesin jahit Butterfly — INV-00001",
        "Mesin obras Typical — INV-00002",
    ]
    choose(ui.itemCombo, "Kain katun")
    settle(qtbot, ctx)
    assert ui.unitLabel.text() == "metre"
    assert ui.placeCombo.currentText() == "Gudang — 40 metre"
    assert ui.availableLabel.text() == "(40 there)"
    ui.quantityEdit.setText("2,5")
    person = people(ctx)[1]
    pick_person(qtbot, ui.participantPicker, person)
    click(qtbot, dialog.save_button)
    settle(qtbot, ctx)
    assert stock_of(ctx, store.fabric) == 37_500
    day = today(ctx)
    number = f"BAST/0001/{ROMAN[day.month - 1]}/{day.year}"
    assert dialog.saved is not None and dialog.saved.number == number
    # Still open: the record is offered for printing; nothing more can be typed.
    assert dialog.isVisible() and ui.printButton.isVisible()
    assert ui.savedLabel.text() == (
        f"Handed over. Handover record {number}: print it for both to sign."
    )
    assert not ui.quantityEdit.isEnabled() and dialog.save_button.isHidden()
    # The page heard at once, and shows the handover (a handover is never an open loan).
    assert page.ui.filterCombo.currentData() == "all"
    shown = page.selected()
    assert shown is not None and shown.number == number
    click(qtbot, ui.printButton)
    settle(qtbot, ctx)
    assert dialog.viewer is not None and dialog.viewer.document.pageCount() >= 1
    assert dialog.viewer.windowTitle() == f"Handover record {number} — {person.full_name}"
    dialog.viewer.close()
    assert dialog.cancel_button.text() == "Close"
    with qtbot.waitSignal(dialog.accepted):  # closing is the end of the save
        click(qtbot, dialog.cancel_button)


def test_a_machine_is_handed_over_whole(qtbot: QtBot, page: LoansPage, store: Store) -> None:
    ctx = page.context
    dialog = open_hand_over(qtbot, page)
    ui = dialog.ui
    choose(ui.itemCombo, "Mesin jahit")
    settle(qtbot, ctx)
    assert ui.quantityEdit.text() == "1" and ui.quantityEdit.isReadOnly()
    pick_person(qtbot, ui.participantPicker, people(ctx)[0])
    click(qtbot, dialog.save_button)
    settle(qtbot, ctx)
    assert dialog.saved is not None and dialog.saved.quantity_milli == MILLI
    assert stock_of(ctx, store.machine) == 0
    click(qtbot, dialog.cancel_button)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1,5", "Items counted by the roll take whole numbers only."),
        ("abc", "“abc” is not a quantity; type a number like 2,5."),
        ("0", "The quantity must be more than zero."),
        ("", "Enter a quantity."),
        ("13", "Only 12 roll of Benang jahit is in stock at Gudang."),
    ],
)
def test_bad_quantities_are_said_beside_the_quantity(
    qtbot: QtBot, page: LoansPage, store: Store, typed: str, message: str
) -> None:
    ctx = page.context
    dialog = open_hand_over(qtbot, page)
    ui = dialog.ui
    choose(ui.itemCombo, "Benang jahit")
    settle(qtbot, ctx)
    ui.quantityEdit.setText(typed)
    pick_person(qtbot, ui.participantPicker, people(ctx)[0])
    ui.notesEdit.setPlainText("Paket usaha")
    click(qtbot, dialog.save_button)
    settle(qtbot, ctx)
    shown = [(label.objectName(), label.text()) for label in dialog.findChildren(QLabel)]
    assert ui.quantityError.text() == message, shown
    assert ui.quantityEdit.property("invalid") is True
    assert dialog.isVisible() and dialog.saved is None
    assert (ui.quantityEdit.text(), ui.notesEdit.toPlainText()) == (typed, "Paket usaha")
    assert stock_of(ctx, store.thread) == 12 * MILLI
    dialog.reject()


def test_the_places_show_what_each_holds(qtbot: QtBot, page: LoansPage, store: Store) -> None:
    ctx = page.context
    consumable(ctx, store.sewing_room, "Kapur jahit", Unit.PIECE, 5 * MILLI)
    dialog = open_hand_over(qtbot, page)
    ui = dialog.ui
    choose(ui.itemCombo, "Kapur jahit")
    settle(qtbot, ctx)
    assert texts(ui.placeCombo) == ["Gudang — 0 piece", "Ruang Jahit — 5 piece"]
    assert ui.placeCombo.currentText() == "Ruang Jahit — 5 piece"  # the one holding it
    ui.quantityEdit.setText("0,5")  # half a piece of chalk
    click(qtbot, dialog.save_button)
    assert ui.quantityError.text() == "Items counted by the piece take whole numbers only."
    dialog.reject()


# --- returning -----------------------------------------------------------------------------


def test_returns_a_loan_to_where_it_left_from(qtbot: QtBot, page: LoansPage, store: Store) -> None:
    ctx = page.context
    person = people(ctx)[0]
    loan = lent(ctx, store.machine, person, store.store, days_ago=20, due_in=-3)
    page.refresh()
    settle(qtbot, ctx)
    page.select(loan.id)
    click(qtbot, page.ui.returnButton)
    dialog = page.dialog
    assert isinstance(dialog, ReturnDialog)
    settle(qtbot, ctx)
    ui = dialog.ui
    assert not _unnamed(dialog) and not _labels_without_buddy(dialog)
    assert ui.loanCombo.currentData() == loan.id
    assert ui.placeCombo.currentText() == "Gudang"
    assert ui.conditionCombo.currentData() == Condition.GOOD.value
    ui.conditionCombo.setCurrentIndex(ui.conditionCombo.findData(Condition.NEEDS_REPAIR.value))
    choose(ui.placeCombo, "Ruang Jahit")
    click(qtbot, dialog.save_button)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: not isValid(dialog))
    back = list_loans(ctx.db, ctx.actor, LoanFilter(open_only=False), today(ctx))[0]
    assert back.returned_on == today(ctx) and back.condition_back is Condition.NEEDS_REPAIR
    detail = inventory_list.item_detail(ctx.db, ctx.actor, store.machine)
    assert detail.stock_by_place == [("Ruang Jahit", MILLI)]
    assert page.ui.messageLabel.text() == f"Mesin jahit Butterfly is back from {person.full_name}."


def test_only_loans_still_out_can_be_picked_for_a_return(
    qtbot: QtBot, page: LoansPage, store: Store
) -> None:
    """A handover, a returned loan and anything never lent are not in the list at all."""
    ctx = page.context
    first, second = people(ctx, 2)
    out = lent(ctx, store.machine, first, store.store)
    back = lent(ctx, store.second_machine, second, store.store)
    from desktop.services.inventory_loans import return_loan

    return_loan(ctx.db, ctx.actor, back.id, today(ctx), Condition.GOOD, store.store)
    handed(ctx, store.fabric, second, store.store, 3 * MILLI)
    click(qtbot, page.ui.returnButton)
    dialog = page.dialog
    assert isinstance(dialog, ReturnDialog)
    settle(qtbot, ctx)
    combo = dialog.ui.loanCombo
    assert [combo.itemData(i) for i in range(combo.count())] == [out.id]
    assert combo.itemText(0).startswith(f"Mesin jahit Butterfly (INV-00001) — {first.full_name}")
    dialog.reject()


def test_nothing_out_on_loan_means_nothing_to_return(
    qtbot: QtBot, page: LoansPage, store: Store
) -> None:
    dialog = ReturnDialog(page.context, None, page)
    dialog.open()
    settle(qtbot, page.context)
    assert dialog.ui.loanCombo.count() == 0
    assert dialog.ui.loanError.text() == "Nothing is out on loan now."
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.ui.loanError.text() == "Choose the loan that comes back."
    dialog.reject()
