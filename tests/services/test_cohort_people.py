"""What the cohort form chooses from, on SQLite and PostgreSQL: who may teach (and a cohort's
own instructors even after their account changed), and the programmes still offered."""

from __future__ import annotations

import pytest

from desktop.domain.errors import PermissionDenied
from desktop.domain.roles import Role
from desktop.services import accounts, programme_admin
from desktop.services.cohort_people import list_programme_choices, list_teachers
from desktop.services.context import Actor
from desktop.store.database import Database


def test_instructors_and_administrators_may_teach_clerks_not(
    demo_db: Database, admin: Actor
) -> None:
    accounts.create_user(demo_db, admin, "guru2", "Siti Aminah", Role.INSTRUCTOR, "guru2-demo-pw")
    found = list_teachers(demo_db, admin)
    names = {t.full_name: (t.role, t.may_teach) for t in found}
    assert names == {
        "Administrator Demo": (Role.ADMIN, True),
        "Bambang Suryono": (Role.INSTRUCTOR, True),
        "Siti Aminah": (Role.INSTRUCTOR, True),
    }
    assert "Dewi Lestari" not in names  # the clerk


def test_a_disabled_instructor_is_listed_only_when_kept(demo_db: Database, admin: Actor) -> None:
    guru = accounts.create_user(
        demo_db, admin, "guru2", "Siti Aminah", Role.INSTRUCTOR, "guru2-demo-pw"
    )
    clerk = next(u for u in accounts.list_users(demo_db, admin) if u.role is Role.CLERK)
    accounts.set_active(demo_db, admin, guru.id, False)
    assert "Siti Aminah" not in {t.full_name for t in list_teachers(demo_db, admin)}
    kept = {t.full_name: t for t in list_teachers(demo_db, admin, keep=[guru.id, clerk.id])}
    assert kept["Siti Aminah"].may_teach is False
    assert kept["Dewi Lestari"].may_teach is False and kept["Dewi Lestari"].role is Role.CLERK
    assert kept["Bambang Suryono"].may_teach is True


def test_every_role_may_read_the_teachers(
    demo_db: Database, clerk: Actor, instructor: Actor
) -> None:
    for actor in (clerk, instructor):
        assert len(list_teachers(demo_db, actor)) == 2


def test_programme_choices_leave_out_archived_ones(demo_db: Database, admin: Actor) -> None:
    choices = list_programme_choices(demo_db, admin)
    assert len(choices) == 7
    assert {c.name for c in choices} >= {"Menjahit Pakaian Dasar", "Kuliner Khas Daerah"}
    sewing = next(c for c in choices if c.code == "JHT")
    assert sewing.default_capacity == 20
    programme_admin.archive_programme(demo_db, admin, sewing.id)
    assert "JHT" not in {c.code for c in list_programme_choices(demo_db, admin)}


def test_a_disabled_account_reads_nothing(demo_db: Database, admin: Actor) -> None:
    guru = accounts.create_user(
        demo_db, admin, "guru2", "Siti Aminah", Role.INSTRUCTOR, "guru2-demo-pw"
    )
    reader = accounts.authenticate(demo_db, "guru2", "guru2-demo-pw")
    accounts.set_active(demo_db, admin, guru.id, False)
    with pytest.raises(PermissionDenied):
        list_teachers(demo_db, reader)
    with pytest.raises(PermissionDenied):
        list_programme_choices(demo_db, reader)
