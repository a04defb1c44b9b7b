"""The Users page and its dialogs, driven like a person would: clicks and typing in real dialogs
over a real demo database."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.domain.errors import AccountLocked, AuthenticationFailed
from desktop.gui.app_context import AppContext
from desktop.gui.style import BASE_POINT_SIZE, LARGE_TEXT_FACTOR, STYLESHEET
from desktop.gui.user_dialogs import PasswordDialog, RoleDialog, UserDialog
from desktop.gui.users_model import Column
from desktop.gui.users_page import UsersPage
from desktop.services import accounts, audit
from desktop.services.accounts import UserInfo
from desktop.services.audit import AuditFilter

D = TypeVar("D", bound=QDialog)


@pytest.fixture
def page(qtbot: QtBot, admin_context: AppContext) -> UsersPage:
    widget = UsersPage(admin_context)
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def column(page: UsersPage, col: Column) -> list[str]:
    model = page.model
    return [str(model.index(row, col).data()) for row in range(model.rowCount())]


def cell(page: UsersPage, username: str, col: Column) -> str:
    row = column(page, Column.USERNAME).index(username)
    return str(page.model.index(row, col).data())


def user(context: AppContext, username: str) -> UserInfo:
    users = accounts.list_users(context.db, context.actor)
    return next(u for u in users if u.username == username)


def click_row(qtbot: QtBot, page: UsersPage, username: str) -> None:
    table = page.ui.usersTable
    row = column(page, Column.USERNAME).index(username)
    rect = table.visualRect(page.model.index(row, Column.FULL_NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    selected = page.selected_user()
    assert selected is not None and selected.username == username


def open_dialog(qtbot: QtBot, button: QAbstractButton, kind: type[D]) -> D:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in button.window().findChildren(kind) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def click_ok(qtbot: QtBot, dialog: UserDialog | PasswordDialog | RoleDialog) -> None:
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def fill_user(
    qtbot: QtBot, dialog: UserDialog, username: str, full_name: str, password: str, confirm: str
) -> None:
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.fullNameEdit, full_name)
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClicks(dialog.ui.confirmEdit, confirm)


class _RoleTranslator(QTranslator):
    """Stands in for the Indonesian .qm: proves the role column goes through Qt's translation."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"[{source}]" if context == "roles" else ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def role_translator(qtbot: QtBot) -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    translator = _RoleTranslator()
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


# --- listing -----------------------------------------------------------------------------


def test_lists_the_demo_users_with_roles(page: UsersPage) -> None:
    assert column(page, Column.USERNAME) == ["admin", "instruktur", "petugas"]
    assert column(page, Column.ROLE) == ["Administrator", "Instructor", "Clerk"]
    assert column(page, Column.STATUS) == ["Active", "Active", "Active"]
    assert page.model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "Status"


def test_role_column_is_translated(
    role_translator: None, qtbot: QtBot, admin_context: AppContext
) -> None:
    widget = UsersPage(admin_context)
    qtbot.addWidget(widget)
    assert column(widget, Column.ROLE) == ["[Administrator]", "[Instructor]", "[Clerk]"]


def test_buttons_follow_the_selection(qtbot: QtBot, page: UsersPage) -> None:
    ui = page.ui
    assert ui.addButton.isEnabled()
    assert not ui.roleButton.isEnabled()
    assert not ui.activeButton.isEnabled()
    assert not ui.resetButton.isEnabled()
    click_row(qtbot, page, "petugas")
    assert ui.roleButton.isEnabled() and ui.activeButton.isEnabled() and ui.resetButton.isEnabled()
    assert ui.activeButton.text() == "&Disable"


def test_a_clerk_sees_the_refusal_and_no_accounts(qtbot: QtBot, clerk_context: AppContext) -> None:
    widget = UsersPage(clerk_context)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert widget.ui.statusLabel.text() == "You are not allowed to do this. Ask an administrator."
    assert not widget.ui.addButton.isEnabled()


# --- new user ----------------------------------------------------------------------------


def test_creating_a_user_adds_a_row_and_an_audit_entry(
    qtbot: QtBot, page: UsersPage, admin_context: AppContext
) -> None:
    dialog = open_dialog(qtbot, page.ui.addButton, UserDialog)
    fill_user(qtbot, dialog, "siti", "Siti Aminah", "kain-batik-7", "kain-batik-7")
    qtbot.keyClicks(dialog.ui.roleCombo, "Instr")  # keyboard search, as a person would
    assert dialog.ui.roleCombo.currentText() == "Instructor"
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "siti" in column(page, Column.USERNAME)
    assert cell(page, "siti", Column.FULL_NAME) == "Siti Aminah"
    assert cell(page, "siti", Column.ROLE) == "Instructor"
    assert cell(page, "siti", Column.LAST_LOGIN) == "Never"
    selected = page.selected_user()
    assert selected is not None and selected.username == "siti"
    assert page.ui.statusLabel.text() == "Created the account siti."

    ids = audit.search_ids(admin_context.db, admin_context.actor, AuditFilter(action="user.create"))
    entries = audit.fetch(admin_context.db, admin_context.actor, ids)
    created = [e for e in entries if e.after and e.after["username"] == "siti"]
    assert len(created) == 1
    assert created[0].username == "admin"
    assert created[0].after == {
        "username": "siti",
        "full_name": "Siti Aminah",
        "role": "instructor",
        "active": True,
    }


def test_a_too_short_password_is_shown_next_to_it_and_nothing_typed_is_lost(
    qtbot: QtBot, page: UsersPage
) -> None:
    dialog = open_dialog(qtbot, page.ui.addButton, UserDialog)
    fill_user(qtbot, dialog, "siti", "Siti Aminah", "pendek", "pendek")
    click_ok(qtbot, dialog)

    ui = dialog.ui
    assert dialog.isVisible()
    assert ui.passwordError.isVisible()
    assert ui.passwordError.text() == "The password is too short: use at least 8 characters."
    assert ui.passwordEdit.property("invalid") is True
    assert not ui.usernameError.isVisible() and not ui.formError.isVisible()
    assert ui.usernameEdit.text() == "siti"
    assert ui.fullNameEdit.text() == "Siti Aminah"
    assert ui.passwordEdit.text() == "pendek"
    assert "siti" not in column(page, Column.USERNAME)

    # Fixing the password and pressing OK again is all it takes.
    ui.passwordEdit.clear()
    ui.confirmEdit.clear()
    qtbot.keyClicks(ui.passwordEdit, "cukup-panjang")
    qtbot.keyClicks(ui.confirmEdit, "cukup-panjang")
    click_ok(qtbot, dialog)
    assert "siti" in column(page, Column.USERNAME)


def test_a_taken_user_name_is_shown_next_to_the_user_name(qtbot: QtBot, page: UsersPage) -> None:
    dialog = open_dialog(qtbot, page.ui.addButton, UserDialog)
    fill_user(qtbot, dialog, "Petugas", "Dewi Kedua", "rahasia-123", "rahasia-123")
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.ui.usernameError.text() == "The user name petugas is taken."
    assert dialog.ui.usernameEdit.property("invalid") is True
    assert dialog.focusWidget() is dialog.ui.usernameEdit  # the window may not be active offscreen
    assert dialog.ui.fullNameEdit.text() == "Dewi Kedua"
    assert not dialog.ui.passwordError.isVisible()


def test_mismatched_confirmation_is_caught_before_the_service(
    qtbot: QtBot, page: UsersPage, admin_context: AppContext
) -> None:
    dialog = open_dialog(qtbot, page.ui.addButton, UserDialog)
    fill_user(qtbot, dialog, "siti", "Siti Aminah", "rahasia-123", "rahasia-124")
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.ui.confirmError.text() == "The two passwords differ."
    assert dialog.ui.confirmEdit.property("invalid") is True
    assert not dialog.ui.passwordError.isVisible()
    assert len(accounts.list_users(admin_context.db, admin_context.actor)) == 3


def test_cancel_creates_nothing(qtbot: QtBot, page: UsersPage, admin_context: AppContext) -> None:
    dialog = open_dialog(qtbot, page.ui.addButton, UserDialog)
    fill_user(qtbot, dialog, "siti", "Siti Aminah", "rahasia-123", "rahasia-123")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
        Qt.MouseButton.LeftButton,
    )
    assert not dialog.isVisible()
    assert len(accounts.list_users(admin_context.db, admin_context.actor)) == 3


# --- disabling ---------------------------------------------------------------------------


def test_disabling_and_enabling_a_user(
    qtbot: QtBot, page: UsersPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def fake_ask(parent: QWidget | None, title: str, text: str, yes: str, no: str = "") -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr("desktop.gui.users_page.ask", fake_ask)
    click_row(qtbot, page, "petugas")
    qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)

    assert len(asked) == 1 and "Dewi Lestari (petugas)" in asked[0]
    assert cell(page, "petugas", Column.STATUS) == "Disabled"
    assert page.ui.activeButton.text() == "&Enable"  # still selected: it now offers the way back
    assert page.ui.activeButton.accessibleName() == "Enable account"
    assert page.ui.statusLabel.text() == "petugas is disabled."

    # Enabling needs no confirmation: it takes nothing away.
    qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert cell(page, "petugas", Column.STATUS) == "Active"
    assert page.ui.activeButton.text() == "&Disable"


def test_declining_the_confirmation_keeps_the_account(
    qtbot: QtBot, page: UsersPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.gui.users_page.ask", lambda *args: False)
    click_row(qtbot, page, "petugas")
    qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)
    assert cell(page, "petugas", Column.STATUS) == "Active"


def test_disabling_yourself_shows_the_refusal(
    qtbot: QtBot, page: UsersPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.gui.users_page.ask", lambda *args: True)
    click_row(qtbot, page, "admin")
    qtbot.mouseClick(page.ui.activeButton, Qt.MouseButton.LeftButton)
    assert page.ui.statusLabel.text() == "You cannot disable your own account."
    assert page.ui.statusLabel.property("role") == "error"
    assert cell(page, "admin", Column.STATUS) == "Active"


# --- role --------------------------------------------------------------------------------


def test_changing_a_role(qtbot: QtBot, page: UsersPage, admin_context: AppContext) -> None:
    click_row(qtbot, page, "petugas")
    dialog = open_dialog(qtbot, page.ui.roleButton, RoleDialog)
    assert dialog.ui.roleCombo.currentText() == "Clerk"
    assert "Dewi Lestari (petugas)" in dialog.ui.introLabel.text()
    qtbot.keyClicks(dialog.ui.roleCombo, "Instr")
    click_ok(qtbot, dialog)

    assert cell(page, "petugas", Column.ROLE) == "Instructor"
    assert user(admin_context, "petugas").role == "instructor"
    assert page.ui.statusLabel.text() == "petugas is now: Instructor."


def test_demoting_the_last_admin_shows_the_refusal_in_the_dialog(
    qtbot: QtBot, page: UsersPage
) -> None:
    click_row(qtbot, page, "admin")
    dialog = open_dialog(qtbot, page.ui.roleButton, RoleDialog)
    qtbot.keyClicks(dialog.ui.roleCombo, "Clerk")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.formError.text() == (
        "This is the last active administrator; make another one first."
    )
    assert cell(page, "admin", Column.ROLE) == "Administrator"


# --- passwords ---------------------------------------------------------------------------


def reset_via_dialog(qtbot: QtBot, page: UsersPage, username: str, password: str) -> None:
    click_row(qtbot, page, username)
    dialog = open_dialog(qtbot, page.ui.resetButton, PasswordDialog)
    assert not dialog.ui.currentEdit.isVisible()
    assert "must choose their own password" in dialog.ui.introLabel.text()
    qtbot.keyClicks(dialog.ui.newEdit, password)
    qtbot.keyClicks(dialog.ui.confirmEdit, password)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()


def test_admin_reset_makes_the_user_choose_a_new_password(
    qtbot: QtBot, page: UsersPage, admin_context: AppContext
) -> None:
    reset_via_dialog(qtbot, page, "petugas", "sementara-1")
    assert user(admin_context, "petugas").must_change_password
    assert cell(page, "petugas", Column.STATUS) == "Active, must change password"
    assert page.ui.statusLabel.text() == "The password of petugas has been reset."
    actor = accounts.authenticate(admin_context.db, "petugas", "sementara-1")
    assert actor.must_change_password


def test_a_too_short_reset_password_is_shown_next_to_the_new_password(
    qtbot: QtBot, page: UsersPage
) -> None:
    click_row(qtbot, page, "petugas")
    dialog = open_dialog(qtbot, page.ui.resetButton, PasswordDialog)
    qtbot.keyClicks(dialog.ui.newEdit, "abc")
    qtbot.keyClicks(dialog.ui.confirmEdit, "abc")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.newError.text() == "The password is too short: use at least 8 characters."
    assert not dialog.ui.currentError.isVisible()


def test_a_locked_account_shows_as_locked_and_reset_clears_it(
    qtbot: QtBot, page: UsersPage, admin_context: AppContext
) -> None:
    for _attempt in range(5):
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            accounts.authenticate(admin_context.db, "petugas", "salah-salah")
    page.refresh()
    assert cell(page, "petugas", Column.STATUS).startswith("Locked until ")

    reset_via_dialog(qtbot, page, "petugas", "sementara-1")
    assert user(admin_context, "petugas").locked_until is None
    assert not cell(page, "petugas", Column.STATUS).startswith("Locked")
    accounts.authenticate(admin_context.db, "petugas", "sementara-1")  # no longer refused


def test_changing_your_own_password_with_a_wrong_current_one(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    dialog = PasswordDialog(admin_context, None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.currentEdit.isVisible()
    qtbot.keyClicks(ui.currentEdit, "bukan-ini")
    qtbot.keyClicks(ui.newEdit, "baru-sekali-1")
    qtbot.keyClicks(ui.confirmEdit, "baru-sekali-1")
    click_ok(qtbot, dialog)

    assert dialog.isVisible()
    assert ui.currentError.text() == "The current password is wrong."
    assert ui.currentEdit.property("invalid") is True
    assert ui.newEdit.text() == "baru-sekali-1"

    ui.currentEdit.clear()
    qtbot.keyClicks(ui.currentEdit, "admin-demo")
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "admin"
    accounts.authenticate(admin_context.db, "admin", "baru-sekali-1")


# --- accessibility -----------------------------------------------------------------------


def _forms(context: AppContext) -> list[QWidget]:
    someone = user(context, "petugas")
    return [
        UsersPage(context),
        UserDialog(context),
        PasswordDialog(context, None, None),
        PasswordDialog(context, None, someone),
        RoleDialog(context, None, someone),
    ]


def test_every_focusable_widget_has_an_accessible_name(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    for form in _forms(admin_context):
        qtbot.addWidget(form)
        focusable = [
            w
            for w in form.findChildren(QWidget)
            if w.window() is form and w.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        ]
        assert focusable, form.objectName()
        for widget in focusable:
            named = bool(widget.accessibleName().strip())
            button_text = isinstance(widget, QAbstractButton) and bool(widget.text().strip())
            assert named or button_text, f"{form.objectName()}.{widget.objectName()}"


def test_every_mnemonic_label_has_a_buddy(qtbot: QtBot, admin_context: AppContext) -> None:
    for form in _forms(admin_context):
        qtbot.addWidget(form)
        for label in form.findChildren(QLabel):
            if "&" in label.text():
                assert label.buddy() is not None, f"{form.objectName()}.{label.objectName()}"


def _tab_chain(form: QWidget) -> list[str]:
    """Object names of the visible widgets Tab visits, in order, once round."""
    names: list[str] = []
    widget = form.nextInFocusChain()
    while widget is not None and widget is not form:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        ):
            names.append(widget.objectName() or type(widget).__name__)
        widget = widget.nextInFocusChain()
    return names


def test_tab_order_follows_the_paper_form(qtbot: QtBot, admin_context: AppContext) -> None:
    dialog = UserDialog(admin_context)
    qtbot.addWidget(dialog)
    dialog.show()
    chain = _tab_chain(dialog)
    fields = ["usernameEdit", "fullNameEdit", "roleCombo", "passwordEdit", "confirmEdit"]
    assert chain[: len(fields)] == fields
    assert len(chain) == len(fields) + 2  # then OK and Cancel

    reset = PasswordDialog(admin_context, None, user(admin_context, "petugas"))
    qtbot.addWidget(reset)
    reset.show()
    assert _tab_chain(reset)[:2] == ["newEdit", "confirmEdit"]

    page = UsersPage(admin_context)
    qtbot.addWidget(page)
    page.show()
    assert _tab_chain(page)[:2] == ["usersTable", "addButton"]


# --- layout ------------------------------------------------------------------------------


def large_text(widget: QWidget) -> None:
    """The large-text mode on this widget only: apply_style() would restyle every widget of the
    test session, stale ones from earlier tests included."""
    size = round(BASE_POINT_SIZE * LARGE_TEXT_FACTOR)
    font = QFont(widget.font())
    font.setPointSize(size)
    widget.setFont(font)
    widget.setStyleSheet(STYLESHEET % {"title": round(size * 1.5), "nav": size})


def test_large_text_and_long_messages_are_never_cut_off(
    qtbot: QtBot, admin_context: AppContext
) -> None:
    reset = PasswordDialog(admin_context, None, user(admin_context, "petugas"))
    dialog = UserDialog(admin_context)
    for form in (reset, dialog):
        qtbot.addWidget(form)
        large_text(form)
        form.show()
    fill_user(qtbot, dialog, "siti", "Siti Aminah", "pendek", "pendek")
    click_ok(qtbot, dialog)

    for form in (reset, dialog):
        for widget in form.findChildren(QWidget):
            if widget.parentWidget() is not form or not widget.isVisible():
                continue
            name = f"{form.objectName()}.{widget.objectName()}"
            if widget.hasHeightForWidth():  # wrapped text: every line must show
                assert widget.height() >= widget.heightForWidth(widget.width()), name
            else:
                # The focus ring is 1 px thicker than the border (shared style) and changes a
                # field's size hint without a new layout; a pixel of padding hides no text.
                assert widget.height() >= widget.minimumSizeHint().height() - 2, name
