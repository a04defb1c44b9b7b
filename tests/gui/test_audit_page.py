"""The audit log page over the real demo database, driven as an admin would."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.domain.errors import AuthenticationFailed, PermissionDenied
from desktop.domain.roles import Role
from desktop.gui import audit_model
from desktop.gui.app_context import AppContext
from desktop.gui.audit_model import PAGE_SIZE, Column
from desktop.gui.audit_page import DEBOUNCE_MS, AuditPage
from desktop.gui.style import apply_style
from desktop.services import accounts, audit
from desktop.services.audit import AuditFilter, AuditRow
from desktop.services.context import Actor, acting
from desktop.store.database import Database


def _page(qtbot: QtBot, context: AppContext) -> AuditPage:
    page = AuditPage(context)
    qtbot.addWidget(page)
    return page


def _cells(page: AuditPage, column: Column) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _rows(page: AuditPage) -> list[AuditRow]:
    rows = [page.model.row_at(row) for row in range(page.model.rowCount())]
    assert all(rows)
    return [row for row in rows if row is not None]


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not in the list"
    combo.setCurrentIndex(index)


def _type(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def _settle(qtbot: QtBot, page: AuditPage) -> None:
    """Wait out the debounce so the filter typed last has been applied."""
    qtbot.waitUntil(lambda: not page._debounce.isActive(), timeout=DEBOUNCE_MS * 8)


def _user_id(db: Database, admin: Actor, username: str) -> int:
    return next(u.id for u in accounts.list_users(db, admin) if u.username == username)


def _make_role_change(context: AppContext) -> None:
    clerk_id = _user_id(context.db, context.actor, "petugas")
    accounts.change_role(context.db, context.actor, clerk_id, Role.ADMIN)


def test_lists_the_demo_entries_newest_first(qtbot: QtBot, admin_context: AppContext) -> None:
    page = _page(qtbot, admin_context)
    expected = audit.search_ids(admin_context.db, admin_context.actor, AuditFilter())
    assert len(expected) >= 5  # centre, users, demo, admin's login

    rows = _rows(page)
    assert [row.id for row in rows] == expected
    assert [row.at for row in rows] == sorted((row.at for row in rows), reverse=True)
    # The fixture's login is the newest thing that happened.
    assert (rows[0].action, rows[0].username) == ("login", "admin")
    assert _cells(page, Column.ACTION)[0] == "Logged in"
    assert "Demo data created" in _cells(page, Column.ACTION)
    assert page.ui.countLabel.text() == f"{len(expected)} entries"


def test_filter_by_user(qtbot: QtBot, admin_context: AppContext) -> None:
    accounts.authenticate(admin_context.db, "petugas", "petugas-demo")
    page = _page(qtbot, admin_context)
    everything = page.model.rowCount()

    _choose(page.ui.userCombo, "petugas")

    assert _cells(page, Column.USER) == ["petugas"]
    assert page.ui.countLabel.text() == "1 entry"
    _choose(page.ui.userCombo, "All users")
    assert page.model.rowCount() == everything


def test_filter_by_action_group(qtbot: QtBot, admin_context: AppContext) -> None:
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(admin_context.db, "admin", "not the password")
    page = _page(qtbot, admin_context)

    _choose(page.ui.actionCombo, "Logins")
    assert {row.action for row in _rows(page)} == {"login", "login.failed"}

    _choose(page.ui.actionCombo, "Users")
    assert {row.action for row in _rows(page)} == {"user.create"}

    _choose(page.ui.actionCombo, "Centre and settings")
    actions = {row.action for row in _rows(page)}
    assert "centre.create" in actions
    assert all(a.startswith(("centre.", "settings.")) for a in actions)

    # Single actions are offered by their translated label.
    _choose(page.ui.actionCombo, "Demo data created")
    assert [row.action for row in _rows(page)] == ["demo.create"]


def test_filter_by_text_applies_after_a_pause(qtbot: QtBot, admin_context: AppContext) -> None:
    page = _page(qtbot, admin_context)
    everything = page.model.rowCount()

    _type(qtbot, page.ui.searchEdit, "demo")
    # Debounced: nothing is queried on each key press.
    assert page._debounce.isActive()
    assert page.model.rowCount() == everything
    _settle(qtbot, page)

    assert [row.action for row in _rows(page)] == ["demo.create"]


def test_filter_by_date_range(qtbot: QtBot, admin_context: AppContext) -> None:
    page = _page(qtbot, admin_context)
    everything = page.model.rowCount()
    today = date.today()
    yesterday = today - timedelta(days=1)

    _type(qtbot, page.ui.fromEdit, f"{today:%d/%m/%Y}")
    _type(qtbot, page.ui.toEdit, f"{today:%d/%m/%Y}")
    _settle(qtbot, page)
    assert page.model.rowCount() == everything

    _type(qtbot, page.ui.fromEdit, f"{yesterday:%d/%m/%Y}")
    _type(qtbot, page.ui.toEdit, f"{yesterday:%d/%m/%Y}")
    _settle(qtbot, page)
    assert page.model.rowCount() == 0
    assert page.ui.countLabel.text() == "0 entries"

    page.ui.clearButton.click()
    assert page.model.rowCount() == everything
    assert page.ui.fromEdit.text() == page.ui.toEdit.text() == ""


def test_a_bad_date_is_explained_and_keeps_the_results(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    page = _page(qtbot, admin_context)
    _type(qtbot, page.ui.searchEdit, "demo")
    _settle(qtbot, page)
    assert page.model.rowCount() == 1

    _type(qtbot, page.ui.fromEdit, "31/02/2026")
    _settle(qtbot, page)

    assert page.ui.fromEdit.text() == "31/02/2026"
    assert page.ui.fromError.text() == "31/02/2026 is not a date in the calendar."
    assert not page.ui.fromError.isHidden()
    assert page.ui.fromEdit.property("invalid") is True
    assert page.ui.toError.isHidden()
    assert page.model.rowCount() == 1  # the previous results stay

    _type(qtbot, page.ui.fromEdit, "1/1/2020")
    _settle(qtbot, page)
    assert page.ui.fromError.isHidden()
    assert page.ui.fromEdit.property("invalid") is False


def test_an_end_before_the_start_is_explained(qtbot: QtBot, admin_context: AppContext) -> None:
    page = _page(qtbot, admin_context)
    everything = page.model.rowCount()
    _type(qtbot, page.ui.fromEdit, "02/01/2026")
    _type(qtbot, page.ui.toEdit, "01/01/2026")
    _settle(qtbot, page)
    assert page.ui.toError.text() == "The end date is before the start date."
    assert page.model.rowCount() == everything


def test_details_show_a_role_change(qtbot: QtBot, admin_context: AppContext) -> None:
    _make_role_change(admin_context)
    page = _page(qtbot, admin_context)
    assert _cells(page, Column.ACTION)[0] == "Role changed"
    assert _cells(page, Column.CHANGES)[0] == "role: clerk → admin"

    page.ui.auditTable.selectRow(0)

    details = page.ui.detailsView.toPlainText()
    assert "Role changed" in details
    assert "admin" in details and "user " in details
    lines = [line.strip() for line in details.splitlines() if line.strip()]
    # The field-by-field table: field, before, arrow, after.
    at = lines.index("role")
    assert lines[at : at + 4] == ["role", "clerk", "→", "admin"]
    assert "Unchanged: username: petugas" in details


def test_the_selection_survives_a_refresh(qtbot: QtBot, admin_context: AppContext) -> None:
    _make_role_change(admin_context)
    page = _page(qtbot, admin_context)
    page.ui.auditTable.selectRow(0)
    accounts.authenticate(admin_context.db, "petugas", "petugas-demo")  # a newer entry

    page.refresh()

    assert page.ui.auditTable.currentIndex().row() == 1
    assert "Role changed" in page.ui.detailsView.toPlainText()


def _add_entries(db: Database, admin: Actor, count: int) -> None:
    with acting(db, admin) as work:
        for number in range(count):
            work.audit("settings.update", "settings", number, before={"n": number}, after={})


def test_rows_are_fetched_lazily_by_page(
    qtbot: QtBot, admin_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_entries(admin_context.db, admin_context.actor, 2000)
    calls: list[list[int]] = []
    real_fetch = audit.fetch

    def spy(db: Database, actor: Actor, ids: Sequence[int]) -> list[AuditRow]:
        calls.append(list(ids))
        return real_fetch(db, actor, ids)

    monkeypatch.setattr(audit_model.audit, "fetch", spy)
    page = _page(qtbot, admin_context)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(20)
    model = page.model
    assert model.rowCount() > 2000

    def page_of(ids: list[int]) -> int:
        start = model.row_of(ids[0])
        assert start is not None and start % PAGE_SIZE == 0
        assert ids == [model.entry_id(r) for r in range(start, start + len(ids))]
        return start // PAGE_SIZE

    assert calls, "the visible rows were fetched"
    assert {page_of(ids) for ids in calls} == {0}

    page.ui.auditTable.scrollTo(model.index(1500, 0))
    qtbot.wait(20)

    assert all(len(ids) <= PAGE_SIZE for ids in calls)
    assert [page_of(ids) for ids in calls] == [0, 1500 // PAGE_SIZE]  # each page once
    assert model.index(1500, Column.CHANGES).data().startswith("n: ")

    # A new filter drops the cache: the first page is fetched again.
    _type(qtbot, page.ui.searchEdit, "settings")
    _settle(qtbot, page)
    qtbot.wait(20)
    assert page_of(calls[-1]) == 0
    assert len(calls) == 3


def test_a_clerk_sees_the_permission_message(qtbot: QtBot, clerk_context: AppContext) -> None:
    page = _page(qtbot, clerk_context)

    assert page.ui.countLabel.text() == "You are not allowed to do this. Ask an administrator."
    assert page.model.rowCount() == 0
    assert page.ui.searchEdit.isHidden() and page.ui.splitter.isHidden()


def test_every_input_has_an_accessible_name_and_a_sensible_tab_order(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    page = _page(qtbot, admin_context)
    inputs = page.findChildren(QComboBox) + page.findChildren(QLineEdit)
    inputs += page.findChildren(QPushButton) + page.findChildren(QAbstractItemView)
    inputs += page.findChildren(QTextEdit)
    # The form's own widgets; a table's headers and a combo's popup list are Qt's parts.
    inputs = [w for w in inputs if w.objectName() and not isinstance(w, QHeaderView)]
    assert len(inputs) >= 8
    for widget in inputs:
        assert widget.accessibleName(), widget.objectName()

    labels = [label for label in page.findChildren(QLabel) if label.text().endswith(":")]
    assert {label.buddy().objectName() for label in labels if label.buddy()} == {
        "userCombo", "actionCombo", "searchEdit", "fromEdit", "toEdit",
    }  # fmt: skip
    assert all(label.buddy() for label in labels)

    expected = ["userCombo", "actionCombo", "searchEdit", "fromEdit", "toEdit", "clearButton",
                "auditTable", "detailsView"]  # fmt: skip
    order: list[str] = []
    widget: QWidget = page.ui.userCombo
    while len(order) < len(expected):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.objectName():
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert order == expected


def test_screenshot(qtbot: QtBot, admin_context: AppContext, tmp_path: Path) -> None:
    """Writes audit_page.png into $PELITA_SHOTS (or a temporary folder) for people to look at."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font, sheet = app.font(), app.styleSheet()
    apply_style(app, False)
    try:
        _make_role_change(admin_context)
        accounts.authenticate(admin_context.db, "petugas", "petugas-demo")
        page = _page(qtbot, admin_context)
        page.resize(1200, 640)
        page.show()
        qtbot.waitExposed(page)
        page.ui.auditTable.selectRow(1)
        _type(qtbot, page.ui.toEdit, "31/02/2026")
        _settle(qtbot, page)
        assert "Role changed" in page.ui.detailsView.toPlainText()
        shots = Path(os.environ.get("PELITA_SHOTS", tmp_path))
        shots.mkdir(parents=True, exist_ok=True)
        assert page.grab().save(str(shots / "audit_page.png"))
    finally:
        app.setStyleSheet(sheet)
        app.setFont(font)


def test_a_refused_page_fetch_is_shown_not_raised(
    qtbot: QtBot, admin_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, admin_context)

    def refuse(db: Database, actor: Actor, ids: Sequence[int]) -> list[AuditRow]:
        raise PermissionDenied("Your account is disabled. Ask an administrator.")

    monkeypatch.setattr(audit_model.audit, "fetch", refuse)
    page.refresh()  # drops the cached rows

    assert page.model.index(0, Column.USER).data() is None
    assert page.ui.countLabel.text() == "Your account is disabled. Ask an administrator."
