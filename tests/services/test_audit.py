"""The audit log: every change says who, what, before and after, in the change's own
transaction; it never holds a password; and admins can filter it."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.errors import AccountLocked, AuthenticationFailed, Conflict, PermissionDenied
from desktop.domain.roles import Role
from desktop.services import accounts, audit, centre, context, settings
from desktop.services.audit import AuditFilter, fetch, search_ids
from desktop.services.context import Actor
from desktop.services.demo import build_demo
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Centre, Setting, User


def _entries(db: Database) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def _last(db: Database) -> AuditEntry:
    return _entries(db)[-1]


def _user_id(db: Database, username: str) -> int:
    with db.sessions() as session:
        found = session.scalar(select(User.id).where(User.username == username))
        assert found is not None
        return found


def _counts(db: Database) -> tuple[int, ...]:
    with db.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (User, AuditEntry, Centre, Setting)
        )


# -- every write is audited ---------------------------------------------------------------


def test_create_user_is_audited(demo_db: Database, admin: Actor) -> None:
    info = accounts.create_user(demo_db, admin, "budi", "Budi Santoso", Role.CLERK, "sandi-budi")
    entry = _last(demo_db)
    assert (entry.user_id, entry.username) == (admin.user_id, "admin")
    assert (entry.action, entry.entity, entry.entity_id) == ("user.create", "user", str(info.id))
    assert entry.before is None
    assert entry.after == {
        "username": "budi",
        "full_name": "Budi Santoso",
        "role": "clerk",
        "active": True,
    }


def test_change_role_is_audited_with_before_and_after(demo_db: Database, admin: Actor) -> None:
    clerk_id = _user_id(demo_db, "petugas")
    accounts.change_role(demo_db, admin, clerk_id, Role.ADMIN)
    entry = _last(demo_db)
    assert (entry.action, entry.entity, entry.entity_id) == ("user.role", "user", str(clerk_id))
    assert (entry.user_id, entry.username) == (admin.user_id, "admin")
    assert entry.before is not None and entry.after is not None
    assert entry.before["role"] == "clerk"
    assert entry.after["role"] == "admin"
    assert entry.before["username"] == entry.after["username"] == "petugas"


def test_disable_and_enable_are_audited(demo_db: Database, admin: Actor) -> None:
    clerk_id = _user_id(demo_db, "petugas")
    accounts.set_active(demo_db, admin, clerk_id, False)
    disabled = _last(demo_db)
    accounts.set_active(demo_db, admin, clerk_id, True)
    enabled = _last(demo_db)
    assert disabled.action == "user.disable" and enabled.action == "user.enable"
    assert disabled.entity_id == enabled.entity_id == str(clerk_id)
    assert disabled.before is not None and disabled.after is not None
    assert (disabled.before["active"], disabled.after["active"]) == (True, False)
    assert enabled.before is not None and enabled.after is not None
    assert (enabled.before["active"], enabled.after["active"]) == (False, True)


def test_password_changes_are_audited_without_the_password(
    demo_db: Database, admin: Actor, clerk: Actor
) -> None:
    accounts.reset_password(demo_db, admin, clerk.user_id, "sementara-123")
    reset = _last(demo_db)
    assert (reset.action, reset.username, reset.entity_id) == (
        "user.reset_password",
        "admin",
        str(clerk.user_id),
    )
    assert reset.after == {"must_change_password": True}
    accounts.change_own_password(demo_db, clerk, "sementara-123", "pilihan-sendiri")
    own = _last(demo_db)
    assert (own.action, own.user_id, own.username) == (
        "user.change_password",
        clerk.user_id,
        "petugas",
    )


def test_logins_are_audited(demo_db: Database) -> None:
    actor = accounts.authenticate(demo_db, "petugas", "petugas-demo")
    entry = _last(demo_db)
    assert (entry.action, entry.user_id, entry.username) == ("login", actor.user_id, "petugas")
    assert (entry.entity, entry.entity_id) == ("user", str(actor.user_id))
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(demo_db, "petugas", "salah-sandi")
    failed = _last(demo_db)
    assert (failed.action, failed.user_id, failed.username) == (
        "login.failed",
        actor.user_id,
        "petugas",
    )
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(demo_db, "Siapa", "salah-sandi")
    unknown = _last(demo_db)
    assert (unknown.action, unknown.user_id, unknown.username) == ("login.failed", None, "siapa")


def test_settings_change_is_audited(demo_db: Database, admin: Actor) -> None:
    settings.update_settings(demo_db, admin, settings.CentreSettings(idle_lock_minutes=30))
    first = _last(demo_db)
    settings.update_settings(demo_db, admin, settings.CentreSettings(idle_lock_minutes=0))
    second = _last(demo_db)
    assert (first.action, first.entity, first.entity_id) == (
        "settings.update",
        "setting",
        "idle_lock_minutes",
    )
    assert (first.before, first.after) == ({"idle_lock_minutes": 5}, {"idle_lock_minutes": 30})
    assert (second.before, second.after) == ({"idle_lock_minutes": 30}, {"idle_lock_minutes": 0})
    assert second.username == "admin"


def test_profile_change_is_audited(demo_db: Database, admin: Actor) -> None:
    before = centre.get_profile(demo_db)
    assert before is not None
    centre.update_profile(demo_db, admin, CentreProfile(**{**before.__dict__, "name": "LKP Baru"}))
    entry = _last(demo_db)
    assert (entry.action, entry.entity, entry.username) == ("centre.update", "centre", "admin")
    assert entry.before is not None and entry.after is not None
    assert (entry.before["name"], entry.after["name"]) == (before.name, "LKP Baru")
    assert entry.after["institution_type"] == "LKP"


def test_setup_and_demo_are_audited(db: Database) -> None:
    build_demo(db)
    actions = [(e.action, e.username) for e in _entries(db)]
    assert actions[:2] == [("user.create", "admin"), ("centre.create", "admin")]
    assert actions[-1] == ("demo.create", "admin")
    assert actions.count(("user.create", "admin")) == 3
    demo = _last(db)
    assert demo.after == {"programmes": 7, "participants": 0}
    assert all(e.user_id == _user_id(db, "admin") for e in _entries(db))


# -- one transaction ----------------------------------------------------------------------

WRITES: dict[str, Callable[[Database, Actor, int], object]] = {
    "create_user": lambda db, a, clerk_id: accounts.create_user(
        db, a, "budi", "Budi", Role.CLERK, "sandi-budi"
    ),
    "disable": lambda db, a, clerk_id: accounts.set_active(db, a, clerk_id, False),
    "change_role": lambda db, a, clerk_id: accounts.change_role(db, a, clerk_id, Role.ADMIN),
    "reset_password": lambda db, a, clerk_id: accounts.reset_password(
        db, a, clerk_id, "sementara-123"
    ),
    "update_settings": lambda db, a, clerk_id: settings.update_settings(
        db, a, settings.CentreSettings(idle_lock_minutes=9)
    ),
    "update_profile": lambda db, a, clerk_id: centre.update_profile(
        db, a, CentreProfile(name="LKP Lain", institution_type=InstitutionType.BLK)
    ),
    "change_own_password": lambda db, a, clerk_id: accounts.change_own_password(
        db, a, "admin-demo", "admin-baru-1"
    ),
}


class AuditWriteFailed(Exception):
    pass


def _state(db: Database) -> list[Any]:
    with db.sessions() as session:
        users = [
            (u.username, u.role, u.active, u.password_hash, u.must_change_password)
            for u in session.scalars(select(User).order_by(User.id))
        ]
        centres = [(c.name, c.institution_type) for c in session.scalars(select(Centre))]
        values = [(s.key, s.value) for s in session.scalars(select(Setting))]
        entries = session.scalar(select(func.count(AuditEntry.id)))
    return [users, centres, values, entries]


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_change_and_audit_entry_commit_together(
    demo_db: Database,
    admin: Actor,
    monkeypatch: pytest.MonkeyPatch,
    write: Callable[[Database, Actor, int], object],
) -> None:
    clerk_id = _user_id(demo_db, "petugas")
    before = _state(demo_db)
    original = context.Work.audit

    def audit_then_fail(self: context.Work, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        self.session.flush()  # the entry reaches the database ...
        raise AuditWriteFailed  # ... and the call fails after it

    monkeypatch.setattr(context.Work, "audit", audit_then_fail)
    with pytest.raises(AuditWriteFailed):
        write(demo_db, admin, clerk_id)
    assert _state(demo_db) == before  # neither the change nor the entry was kept
    monkeypatch.undo()
    write(demo_db, admin, clerk_id)  # and without the failure both are
    after = _state(demo_db)
    assert after[3] == before[3] + 1
    assert after[:3] != before[:3]


def test_failed_call_leaves_no_entry_and_no_row(demo_db: Database, admin: Actor) -> None:
    before = _counts(demo_db)
    with pytest.raises(Conflict):
        accounts.create_user(demo_db, admin, "petugas", "Orang Lain", Role.CLERK, "sandi-lain")
    with pytest.raises(PermissionDenied):
        accounts.change_role(demo_db, admin, admin.user_id, Role.CLERK)
    with pytest.raises(Conflict):
        centre.setup_centre(
            demo_db,
            CentreProfile(name="LKP Kedua", institution_type=InstitutionType.LKP),
            "kepala",
            "Kepala Kedua",
            "sandi-kepala",
        )
    assert _counts(demo_db) == before


# -- no secrets ---------------------------------------------------------------------------

SECRETS = [
    "admin-demo",
    "petugas-demo",
    "sandi-budi-1",
    "sementara-123",
    "pilihan-sendiri",
    "tebakan-salah",
    "sandi-kepala-9",
]


def test_no_entry_ever_holds_a_password_or_hash(db: Database) -> None:
    kepala = centre.setup_centre(
        db,
        CentreProfile(name="BLK Cianjur", institution_type=InstitutionType.BLK),
        "kepala",
        "Kepala BLK",
        "sandi-kepala-9",
    )
    accounts.create_user(db, kepala, "admin", "Admin", Role.ADMIN, "admin-demo")
    accounts.create_user(db, kepala, "petugas", "Petugas", Role.CLERK, "petugas-demo")
    budi = accounts.create_user(db, kepala, "budi", "Budi", Role.INSTRUCTOR, "sandi-budi-1")
    with pytest.raises(AuthenticationFailed):
        accounts.authenticate(db, "budi", "tebakan-salah")
    accounts.reset_password(db, kepala, budi.id, "sementara-123")
    budi_actor = accounts.authenticate(db, "budi", "sementara-123")
    accounts.change_own_password(db, budi_actor, "sementara-123", "pilihan-sendiri")
    accounts.change_role(db, kepala, budi.id, Role.ADMIN)
    accounts.set_active(db, kepala, budi.id, False)
    accounts.set_active(db, kepala, budi.id, True)
    settings.update_settings(db, kepala, settings.CentreSettings(idle_lock_minutes=15))
    for _ in range(5):  # ending in a lock-out
        with pytest.raises((AuthenticationFailed, AccountLocked)):
            accounts.authenticate(db, "petugas", "tebakan-salah")

    with db.sessions() as session:
        hashes = list(session.scalars(select(User.password_hash)))
    entries = _entries(db)
    assert {"user.locked", "login.failed", "user.reset_password"} <= {e.action for e in entries}
    dump = json.dumps(
        [
            [e.username, e.action, e.entity, e.entity_id, e.before, e.after, e.at.isoformat()]
            for e in entries
        ],
        ensure_ascii=False,
    )
    assert "$argon2" not in dump
    for secret in [*SECRETS, *hashes]:
        assert secret not in dump


# -- filtering and order ------------------------------------------------------------------

# Times in UTC; the desk is in Jakarta (UTC+7), so 17:00 UTC is local midnight.
T_22_LATE = datetime(2026, 11, 22, 16, 59, tzinfo=UTC)  # 22 Nov 23:59 WIB
T_23_START = datetime(2026, 11, 22, 17, 0, tzinfo=UTC)  # 23 Nov 00:00 WIB
T_23_END = datetime(2026, 11, 23, 16, 59, 59, tzinfo=UTC)  # 23 Nov 23:59:59 WIB
T_24_START = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)  # 24 Nov 00:00 WIB


@pytest.fixture
def jakarta(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


class Log:
    """A small history written at known moments."""

    def __init__(self, db: Database) -> None:
        self.moment = T_22_LATE
        db.clock = lambda: self.moment
        self.admin = centre.setup_centre(
            db,
            CentreProfile(name="LKP Maju Jaya", institution_type=InstitutionType.LKP),
            "kepala",
            "Kepala LKP",
            "sandi-kepala",
        )  # user.create, centre.create
        self.moment = T_23_START
        self.budi = accounts.create_user(
            db, self.admin, "budi_1", "Budi", Role.CLERK, "sandi-budi"
        ).id
        self.moment = T_23_END
        accounts.change_role(db, self.admin, self.budi, Role.INSTRUCTOR)
        self.moment = T_24_START
        with pytest.raises(AuthenticationFailed):
            accounts.authenticate(db, "budi_1", "salah-sandi")
        self.db = db

    def actions(self, audit_filter: AuditFilter) -> list[str]:
        ids = search_ids(self.db, self.admin, audit_filter)
        return [row.action for row in fetch(self.db, self.admin, ids)]


@pytest.fixture
def log(db: Database, jakarta: None) -> Log:
    return Log(db)


def test_newest_first(log: Log) -> None:
    # Entries of the same moment come newest id first.
    assert log.actions(AuditFilter()) == [
        "login.failed",
        "user.role",
        "user.create",
        "centre.create",
        "user.create",
    ]


def test_filter_by_username(log: Log) -> None:
    assert log.actions(AuditFilter(username=" BUDI_1 ")) == ["login.failed"]
    assert log.actions(AuditFilter(username="kepala")) == [
        "user.role",
        "user.create",
        "centre.create",
        "user.create",
    ]
    assert log.actions(AuditFilter(username="budi")) == []  # exact, not a prefix


def test_filter_by_action(log: Log) -> None:
    assert log.actions(AuditFilter(action="user.create")) == ["user.create", "user.create"]
    assert log.actions(AuditFilter(action="user.")) == ["user.role", "user.create", "user.create"]
    assert log.actions(AuditFilter(action="user")) == []  # no dot: exact
    assert log.actions(AuditFilter(action="%.")) == []  # wildcards are literal
    assert log.actions(AuditFilter(action="login.failed")) == ["login.failed"]


def test_filter_by_text(log: Log) -> None:
    assert log.actions(AuditFilter(text="centre")) == ["centre.create"]
    assert log.actions(AuditFilter(text="role")) == ["user.role"]
    # An entity id matches whole: budi's creation, role change and failed login.
    assert log.actions(AuditFilter(text=str(log.budi))) == [
        "login.failed",
        "user.role",
        "user.create",
    ]
    assert log.actions(AuditFilter(text="udi_")) == ["login.failed"]
    assert log.actions(AuditFilter(text="%")) == []
    assert log.actions(AuditFilter(text="_")) == ["login.failed"]  # only budi_1 has one
    assert log.actions(AuditFilter(text="   ")) == log.actions(AuditFilter())
    assert log.actions(AuditFilter(text="a\x00b", username="x\x00")) == []


def test_filter_by_local_calendar_day(log: Log) -> None:
    day = date(2026, 11, 23)
    assert log.actions(AuditFilter(date_from=day, date_to=day)) == ["user.role", "user.create"]
    assert log.actions(AuditFilter(date_to=date(2026, 11, 22))) == ["centre.create", "user.create"]
    assert log.actions(AuditFilter(date_from=date(2026, 11, 24))) == ["login.failed"]
    assert log.actions(AuditFilter(date_from=day)) == ["login.failed", "user.role", "user.create"]
    assert log.actions(AuditFilter(date_from=date(2026, 11, 25))) == []


def test_filter_by_several_actions(log: Log) -> None:
    # How the log page offers groups: logins, or the centre and its settings.
    assert log.actions(AuditFilter(actions=("login", "login."))) == ["login.failed"]
    assert log.actions(AuditFilter(actions=("centre.", "settings."))) == ["centre.create"]
    assert log.actions(AuditFilter(actions=("user.role", "login.failed"))) == [
        "login.failed",
        "user.role",
    ]
    assert log.actions(AuditFilter(actions=("user",))) == []
    assert log.actions(AuditFilter(actions=("%.", "x\x00."))) == []
    # Together with `action`, both must hold.
    assert log.actions(AuditFilter(action="user.", actions=("user.role", "login."))) == [
        "user.role"
    ]


def test_filters_combine(log: Log) -> None:
    found = AuditFilter(username="kepala", action="user.", date_from=date(2026, 11, 23))
    assert log.actions(found) == ["user.role", "user.create"]


def test_fetch_keeps_the_order_given(log: Log) -> None:
    ids = search_ids(log.db, log.admin, AuditFilter())
    shuffled = [ids[2], ids[0], ids[4], ids[1]]
    rows = fetch(log.db, log.admin, shuffled)
    assert [row.id for row in rows] == shuffled
    assert fetch(log.db, log.admin, [ids[1], 999_999, ids[0]])[0].id == ids[1]
    assert [r.id for r in fetch(log.db, log.admin, [ids[1], 999_999, ids[0]])] == [ids[1], ids[0]]
    assert fetch(log.db, log.admin, []) == []


def test_rows_carry_the_entry(log: Log) -> None:
    ids = search_ids(log.db, log.admin, AuditFilter(action="user.role"))
    (row,) = fetch(log.db, log.admin, ids)
    assert row.at == T_23_END
    assert row.at.tzinfo is not None
    assert (row.username, row.entity, row.entity_id) == ("kepala", "user", str(log.budi))
    assert row.before is not None and row.after is not None
    assert (row.before["role"], row.after["role"]) == ("clerk", "instructor")


def test_usernames_and_actions_for_the_filter_lists(log: Log) -> None:
    assert audit.usernames(log.db, log.admin) == ["budi_1", "kepala"]
    assert audit.actions(log.db, log.admin) == [
        "centre.create",
        "login.failed",
        "user.create",
        "user.role",
    ]


def test_timestamps_come_from_the_clock(log: Log) -> None:
    assert timedelta(0) < T_24_START - T_22_LATE
    stamps = [e.at for e in _entries(log.db)]
    assert stamps == [T_22_LATE, T_22_LATE, T_23_START, T_23_END, T_24_START]
