"""Logging in, lock-outs and managing accounts, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.errors import (
    AccountLocked,
    AuthenticationFailed,
    Conflict,
    PermissionDenied,
    ValidationError,
)
from desktop.domain.roles import Role
from desktop.services import accounts, audit, centre, settings
from desktop.services.accounts import (
    authenticate,
    change_own_password,
    change_role,
    create_user,
    list_users,
    reset_password,
    set_active,
    verify_actor_password,
)
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.models import AuditEntry, User

T0 = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(demo_db: Database) -> Clock:
    fixed = Clock()
    demo_db.clock = fixed
    return fixed


def _user(db: Database, username: str) -> User:
    with db.sessions() as session:
        user = session.scalar(select(User).where(User.username == username))
        assert user is not None
        return user


def _actions(db: Database, username: str | None = None) -> list[str]:
    with db.sessions() as session:
        query = select(AuditEntry.action).order_by(AuditEntry.id)
        if username is not None:
            query = query.where(AuditEntry.username == username)
        return list(session.scalars(query))


def _count(db: Database, model: type[User] | type[AuditEntry]) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _new_admin(db: Database, admin: Actor, username: str = "kepala2") -> Actor:
    create_user(db, admin, username, "Kepala Kedua", Role.ADMIN, "kepala-rahasia")
    return authenticate(db, username, "kepala-rahasia")


# -- logging in ---------------------------------------------------------------------------


def test_login(demo_db: Database, clock: Clock) -> None:
    actor = authenticate(demo_db, "petugas", "petugas-demo")
    assert actor.username == "petugas"
    assert actor.role is Role.CLERK
    assert actor.full_name == "Dewi Lestari"
    assert not actor.must_change_password
    assert _user(demo_db, "petugas").last_login_at == T0
    assert _actions(demo_db, "petugas")[-1] == "login"


def test_login_name_ignores_case_and_spaces(demo_db: Database) -> None:
    assert authenticate(demo_db, "  PeTuGaS ", "petugas-demo").username == "petugas"


def test_wrong_password_and_unknown_user_get_the_same_answer(demo_db: Database) -> None:
    with pytest.raises(AuthenticationFailed) as wrong:
        authenticate(demo_db, "petugas", "tebak-tebak")
    with pytest.raises(AuthenticationFailed) as unknown:
        authenticate(demo_db, "tidakada", "tebak-tebak")
    assert wrong.value.english() == unknown.value.english() == "Wrong user name or password."
    assert wrong.value.field == unknown.value.field == "password"
    assert _actions(demo_db)[-2:] == ["login.failed", "login.failed"]
    assert _actions(demo_db, "tidakada") == ["login.failed"]


def test_password_is_case_sensitive(demo_db: Database) -> None:
    with pytest.raises(AuthenticationFailed):
        authenticate(demo_db, "petugas", "PETUGAS-DEMO")


def test_disabled_account(demo_db: Database, admin: Actor) -> None:
    clerk_id = _user(demo_db, "petugas").id
    set_active(demo_db, admin, clerk_id, False)
    with pytest.raises(AuthenticationFailed) as caught:
        authenticate(demo_db, "petugas", "petugas-demo")
    assert caught.value.field == "username"
    assert "disabled" in caught.value.english()
    # Without the right password nobody learns that the account exists but is disabled.
    with pytest.raises(AuthenticationFailed) as guess:
        authenticate(demo_db, "petugas", "tebak-tebak")
    assert guess.value.english() == "Wrong user name or password."
    set_active(demo_db, admin, clerk_id, True)
    assert authenticate(demo_db, "petugas", "petugas-demo").username == "petugas"


@pytest.mark.parametrize("name", ["adm\x00in", "adm\ud800in"], ids=["nul", "lone-surrogate"])
def test_name_no_database_can_hold_is_just_a_wrong_login(demo_db: Database, name: str) -> None:
    # PostgreSQL refuses NUL in text and neither database takes half a surrogate pair (a
    # paste can bring either): this must not turn into a database error.
    with pytest.raises(AuthenticationFailed):
        authenticate(demo_db, name, "admin-demo")
    assert _actions(demo_db)[-1] == "login.failed"


# -- lock-out -----------------------------------------------------------------------------


def _fail(db: Database, times: int, username: str = "petugas") -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationFailed):
            authenticate(db, username, "salah-sandi")


def test_five_failures_lock_the_account_for_five_minutes(demo_db: Database, clock: Clock) -> None:
    _fail(demo_db, 4)
    assert _user(demo_db, "petugas").failed_logins == 4  # stored although the call raised
    with pytest.raises(AccountLocked) as fifth:
        authenticate(demo_db, "petugas", "salah-sandi")
    assert fifth.value.params == {"minutes": 5}
    assert fifth.value.field == "password"
    assert "locked" in fifth.value.english()
    stored = _user(demo_db, "petugas")
    assert stored.locked_until == T0 + timedelta(minutes=5)
    assert stored.failed_logins == 0

    clock.advance(minutes=1)
    with pytest.raises(AccountLocked) as sixth:  # the right password does not help now
        authenticate(demo_db, "petugas", "petugas-demo")
    assert sixth.value.params == {"minutes": 4}
    clock.advance(minutes=3, seconds=59)
    with pytest.raises(AccountLocked) as last_second:
        authenticate(demo_db, "petugas", "petugas-demo")
    assert last_second.value.params == {"minutes": 1}

    clock.advance(seconds=1)  # five minutes after the lock
    assert authenticate(demo_db, "petugas", "petugas-demo").username == "petugas"
    assert _user(demo_db, "petugas").locked_until is None


def test_lock_out_is_audited(demo_db: Database, clock: Clock) -> None:
    _fail(demo_db, 4)
    with pytest.raises(AccountLocked):
        authenticate(demo_db, "petugas", "salah-sandi")
    assert _actions(demo_db, "petugas") == ["login.failed"] * 5 + ["user.locked"]
    with demo_db.sessions() as session:
        locked = session.scalars(select(AuditEntry).where(AuditEntry.action == "user.locked")).one()
    assert locked.user_id == _user(demo_db, "petugas").id
    assert locked.entity == "user"
    assert locked.after == {"locked_until": (T0 + timedelta(minutes=5)).isoformat()}


def test_attempts_while_locked_do_not_extend_the_lock(demo_db: Database, clock: Clock) -> None:
    _fail(demo_db, 4)
    with pytest.raises(AccountLocked):
        authenticate(demo_db, "petugas", "salah-sandi")
    for minute in range(1, 5):
        clock.now = T0 + timedelta(minutes=minute)
        with pytest.raises(AccountLocked):
            authenticate(demo_db, "petugas", "salah-sandi")
    assert _user(demo_db, "petugas").locked_until == T0 + timedelta(minutes=5)
    clock.now = T0 + timedelta(minutes=5)
    assert authenticate(demo_db, "petugas", "petugas-demo").username == "petugas"


def test_a_good_login_resets_the_count(demo_db: Database, clock: Clock) -> None:
    _fail(demo_db, 4)
    authenticate(demo_db, "petugas", "petugas-demo")
    assert _user(demo_db, "petugas").failed_logins == 0
    _fail(demo_db, 4)  # four more: still not locked
    assert _user(demo_db, "petugas").locked_until is None


def test_lock_is_per_account(demo_db: Database, clock: Clock) -> None:
    _fail(demo_db, 4)
    with pytest.raises(AccountLocked):
        authenticate(demo_db, "petugas", "salah-sandi")
    assert authenticate(demo_db, "instruktur", "instruktur-demo").username == "instruktur"


def test_unlocking_an_idle_desk_counts_like_a_login(demo_db: Database, clock: Clock) -> None:
    clerk = authenticate(demo_db, "petugas", "petugas-demo")
    assert verify_actor_password(demo_db, clerk, "petugas-demo").user_id == clerk.user_id
    for _ in range(4):
        with pytest.raises(AuthenticationFailed):
            verify_actor_password(demo_db, clerk, "salah-sandi")
    with pytest.raises(AccountLocked):
        verify_actor_password(demo_db, clerk, "salah-sandi")


# -- managing accounts --------------------------------------------------------------------


def test_create_user_and_log_in(demo_db: Database, admin: Actor) -> None:
    info = create_user(
        demo_db, admin, "  Budi.S ", "  Budi   Santoso ", Role.INSTRUCTOR, "sandi-budi"
    )
    assert (info.username, info.full_name, info.role) == ("budi.s", "Budi Santoso", Role.INSTRUCTOR)
    assert info.active and not info.must_change_password and info.last_login_at is None
    assert authenticate(demo_db, "budi.s", "sandi-budi").role is Role.INSTRUCTOR
    assert "budi.s" in [u.username for u in list_users(demo_db, admin)]


def test_list_users_is_sorted_by_name(demo_db: Database, admin: Actor) -> None:
    names = [user.username for user in list_users(demo_db, admin)]
    assert names == ["admin", "instruktur", "petugas"]


@pytest.mark.parametrize("taken", ["petugas", "PETUGAS", " petugas "])
def test_duplicate_username_is_a_conflict(demo_db: Database, admin: Actor, taken: str) -> None:
    users, entries = _count(demo_db, User), _count(demo_db, AuditEntry)
    with pytest.raises(Conflict) as caught:
        create_user(demo_db, admin, taken, "Orang Lain", Role.CLERK, "sandi-lain")
    assert caught.value.field == "username"
    assert caught.value.params == {"username": "petugas"}
    assert "petugas" in caught.value.english()
    assert (_count(demo_db, User), _count(demo_db, AuditEntry)) == (users, entries)


@pytest.mark.parametrize(
    ("username", "full_name", "password", "field"),
    [
        ("b", "Budi", "sandi-budi", "username"),
        ("budi", "  ", "sandi-budi", "full_name"),
        ("budi", "Budi", "pendek", "password"),
        ("budi", "Budi", "BUDI", "password"),
        ("budi", "Budi\x00", "sandi-budi", "full_name"),
    ],
)
def test_create_user_validates(
    demo_db: Database, admin: Actor, username: str, full_name: str, password: str, field: str
) -> None:
    users = _count(demo_db, User)
    with pytest.raises(ValidationError) as caught:
        create_user(demo_db, admin, username, full_name, Role.CLERK, password)
    assert caught.value.field == field
    assert _count(demo_db, User) == users


NAMES = [
    "Muhammad 'Abdullah",
    'Budi "Kecil" Santoso',
    "محمد عبد الله",
    "דוד כהן",
    "Dewi 😀🎉",
    "'; DROP TABLE user_account; --",
    "100% Budi_%",
]


def test_odd_names_are_stored_exactly(demo_db: Database, admin: Actor) -> None:
    for number, name in enumerate(NAMES):
        create_user(demo_db, admin, f"orang{number}", name, Role.CLERK, "sandi-orang")
    stored = {u.username: u.full_name for u in list_users(demo_db, admin)}
    assert [stored[f"orang{number}"] for number in range(len(NAMES))] == NAMES


def test_disable_and_enable(demo_db: Database, admin: Actor) -> None:
    clerk_id = _user(demo_db, "petugas").id
    assert not set_active(demo_db, admin, clerk_id, False).active
    assert not _user(demo_db, "petugas").active
    assert set_active(demo_db, admin, clerk_id, True).active
    assert _user(demo_db, "petugas").active


def test_change_role(demo_db: Database, admin: Actor) -> None:
    clerk_id = _user(demo_db, "petugas").id
    assert change_role(demo_db, admin, clerk_id, Role.ADMIN).role is Role.ADMIN
    promoted = authenticate(demo_db, "petugas", "petugas-demo")
    assert promoted.role is Role.ADMIN
    assert len(list_users(demo_db, promoted)) == 3


def test_reset_password_forces_a_change_and_clears_the_lock(
    demo_db: Database, admin: Actor, clock: Clock
) -> None:
    _fail(demo_db, 4)
    with pytest.raises(AccountLocked):
        authenticate(demo_db, "petugas", "salah-sandi")
    info = reset_password(demo_db, admin, _user(demo_db, "petugas").id, "sementara-123")
    assert info.must_change_password and info.locked_until is None
    with pytest.raises(AuthenticationFailed):
        authenticate(demo_db, "petugas", "petugas-demo")  # the old one is gone
    actor = authenticate(demo_db, "petugas", "sementara-123")  # at once, though locked before
    assert actor.must_change_password
    after = change_own_password(demo_db, actor, "sementara-123", "pilihan-sendiri")
    assert not after.must_change_password
    assert not authenticate(demo_db, "petugas", "pilihan-sendiri").must_change_password


def test_reset_own_password_does_not_force_a_change(demo_db: Database, admin: Actor) -> None:
    assert not reset_password(demo_db, admin, admin.user_id, "admin-baru-1").must_change_password
    assert authenticate(demo_db, "admin", "admin-baru-1").username == "admin"


def test_reset_password_checks_the_rules(demo_db: Database, admin: Actor) -> None:
    clerk_id = _user(demo_db, "petugas").id
    with pytest.raises(ValidationError) as caught:
        reset_password(demo_db, admin, clerk_id, "Petugas")
    assert caught.value.field == "password"
    with pytest.raises(ValidationError):
        reset_password(demo_db, admin, clerk_id, "petugas")
    assert authenticate(demo_db, "petugas", "petugas-demo").username == "petugas"


def test_change_own_password(demo_db: Database, clerk: Actor) -> None:
    with pytest.raises(ValidationError) as wrong:
        change_own_password(demo_db, clerk, "bukan-sandinya", "sandi-baru-1")
    assert wrong.value.field == "current"
    with pytest.raises(ValidationError) as short:
        change_own_password(demo_db, clerk, "petugas-demo", "pendek")
    assert short.value.field == "new_password"
    with pytest.raises(ValidationError) as same:
        change_own_password(demo_db, clerk, "petugas-demo", "petugas-demo")
    assert same.value.field == "new_password"
    with pytest.raises(ValidationError) as name:
        change_own_password(demo_db, clerk, "petugas-demo", "PETUGAS")
    assert name.value.field == "new_password"
    assert authenticate(demo_db, "petugas", "petugas-demo")  # nothing changed so far

    change_own_password(demo_db, clerk, "petugas-demo", "sandi-baru-1")
    assert authenticate(demo_db, "petugas", "sandi-baru-1").username == "petugas"
    with pytest.raises(AuthenticationFailed):
        authenticate(demo_db, "petugas", "petugas-demo")


# -- protecting the administrators --------------------------------------------------------


def test_cannot_disable_yourself(demo_db: Database, admin: Actor) -> None:
    _new_admin(demo_db, admin)  # even with another administrator around
    with pytest.raises(PermissionDenied) as caught:
        set_active(demo_db, admin, admin.user_id, False)
    assert "your own account" in caught.value.english()
    assert _user(demo_db, "admin").active


def test_another_admin_can_be_disabled(demo_db: Database, admin: Actor) -> None:
    second = _new_admin(demo_db, admin)
    assert not set_active(demo_db, admin, second.user_id, False).active


def test_last_active_admin_cannot_be_demoted(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(PermissionDenied) as caught:
        change_role(demo_db, admin, admin.user_id, Role.CLERK)
    assert "last active administrator" in caught.value.english()
    assert _user(demo_db, "admin").role == "admin"


def test_a_disabled_admin_does_not_count(demo_db: Database, admin: Actor) -> None:
    second = _new_admin(demo_db, admin)
    set_active(demo_db, admin, second.user_id, False)
    with pytest.raises(PermissionDenied):
        change_role(demo_db, admin, admin.user_id, Role.INSTRUCTOR)
    assert _user(demo_db, "admin").role == "admin"


def test_an_admin_may_step_down_when_another_remains(demo_db: Database, admin: Actor) -> None:
    second = _new_admin(demo_db, admin)
    assert change_role(demo_db, admin, admin.user_id, Role.CLERK).role is Role.CLERK
    # The remaining one is now the last and is protected in turn.
    with pytest.raises(PermissionDenied):
        change_role(demo_db, second, second.user_id, Role.CLERK)
    with pytest.raises(PermissionDenied):
        set_active(demo_db, second, second.user_id, False)


# -- permissions --------------------------------------------------------------------------

PROFILE = CentreProfile(name="LKP Diambil Alih", institution_type=InstitutionType.LKP)

ADMIN_ONLY: dict[str, Callable[[Database, Actor, int], object]] = {
    "list_users": lambda db, a, target: accounts.list_users(db, a),
    "create_user": lambda db, a, target: accounts.create_user(
        db, a, "penyusup", "Penyusup", Role.ADMIN, "sandi-penyusup"
    ),
    "disable": lambda db, a, target: accounts.set_active(db, a, target, False),
    "enable": lambda db, a, target: accounts.set_active(db, a, target, True),
    "change_role_of_admin": lambda db, a, target: accounts.change_role(db, a, target, Role.CLERK),
    "promote_self": lambda db, a, target: accounts.change_role(db, a, a.user_id, Role.ADMIN),
    "reset_password": lambda db, a, target: accounts.reset_password(db, a, target, "sandi-baru-1"),
    "centre.update_profile": lambda db, a, target: centre.update_profile(db, a, PROFILE),
    "settings.update_settings": lambda db, a, target: settings.update_settings(
        db, a, settings.CentreSettings(idle_lock_minutes=0)
    ),
    "audit.search_ids": lambda db, a, target: audit.search_ids(db, a, audit.AuditFilter()),
    "audit.fetch": lambda db, a, target: audit.fetch(db, a, [1, 2, 3]),
    "audit.usernames": lambda db, a, target: audit.usernames(db, a),
    "audit.actions": lambda db, a, target: audit.actions(db, a),
}


@pytest.mark.parametrize("call", ADMIN_ONLY.values(), ids=ADMIN_ONLY.keys())
@pytest.mark.parametrize("who", ["clerk", "instructor"])
def test_staff_cannot_call_admin_services(
    request: pytest.FixtureRequest,
    demo_db: Database,
    admin: Actor,
    who: str,
    call: Callable[[Database, Actor, int], object],
) -> None:
    actor: Actor = request.getfixturevalue(who)
    users, entries = _count(demo_db, User), _count(demo_db, AuditEntry)
    profile_before = centre.get_profile(demo_db)
    with pytest.raises(PermissionDenied) as caught:
        call(demo_db, actor, admin.user_id)
    assert "not allowed" in caught.value.english()
    assert (_count(demo_db, User), _count(demo_db, AuditEntry)) == (users, entries)
    assert _user(demo_db, actor.username).role == actor.role.value
    assert _user(demo_db, "admin").active and _user(demo_db, "admin").role == "admin"
    assert centre.get_profile(demo_db) == profile_before
    assert settings.get_settings(demo_db).idle_lock_minutes == 5


def test_admin_can_call_every_admin_service(demo_db: Database, admin: Actor) -> None:
    # The same calls succeed for an administrator, so the test above is about the role.
    target = _new_admin(demo_db, admin).user_id
    for name, call in ADMIN_ONLY.items():
        if name in ("promote_self",):
            continue
        call(demo_db, admin, target)


def test_disabled_after_login_loses_access_on_the_next_call(
    demo_db: Database, admin: Actor
) -> None:
    second = _new_admin(demo_db, admin)
    assert list_users(demo_db, second)
    set_active(demo_db, admin, second.user_id, False)
    with pytest.raises(PermissionDenied) as caught:
        list_users(demo_db, second)
    assert "disabled" in caught.value.english()
    with pytest.raises(PermissionDenied):
        change_own_password(demo_db, second, "kepala-rahasia", "kepala-lain-1")
    set_active(demo_db, admin, second.user_id, True)
    assert list_users(demo_db, second)


def test_demoted_admin_loses_admin_rights_at_once(demo_db: Database, admin: Actor) -> None:
    second = _new_admin(demo_db, admin)
    change_role(demo_db, admin, second.user_id, Role.CLERK)
    assert second.role is Role.ADMIN  # what the other desk still remembers
    with pytest.raises(PermissionDenied):
        list_users(demo_db, second)
    with pytest.raises(PermissionDenied):
        change_role(demo_db, second, second.user_id, Role.ADMIN)
    with pytest.raises(PermissionDenied):
        audit.search_ids(demo_db, second, audit.AuditFilter())


def test_an_actor_for_an_unknown_user_is_refused(demo_db: Database) -> None:
    ghost = Actor(user_id=9999, username="hantu", full_name="Hantu", role=Role.ADMIN)
    with pytest.raises(PermissionDenied):
        list_users(demo_db, ghost)
