"""Sensitive data (disability, needs, social assistance) is for the roles that need it: an
instructor's participant list, record history and exports carry none of it, may not filter by
it, and carry NIK and phone masked; a clerk's carry all of it. On SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.choices import Assistance, Disability, Dtsen
from desktop.domain.errors import PermissionDenied
from desktop.domain.participant import input_from_values
from desktop.domain.privacy import SENSITIVE_FIELDS, without_sensitive
from desktop.domain.roles import Permission, Role, role_may
from desktop.services import participants, registry
from desktop.services.cohort_roster_export import export_roster
from desktop.services.context import Actor
from desktop.services.participant_export import export_participants
from desktop.services.participant_history import history
from desktop.services.registry import RegistryQuery
from desktop.store.database import Database
from desktop.store.participants import Participant
from desktop.store.training import Enrolment
from tests.services.test_anonymise import NIK, register_siti
from tests.services.test_privacy_fixtures import (
    centre_db,
    disabled_person,
    p_admin,
    p_clerk,
    p_instructor,
    privacy_template,
)

# Fixtures are found by name in the test's module.
FIXTURES = (centre_db, p_admin, p_clerk, p_instructor, privacy_template)


def test_who_may_see_sensitive_data() -> None:
    assert role_may(Role.ADMIN, Permission.VIEW_SENSITIVE_DATA)
    assert role_may(Role.CLERK, Permission.VIEW_SENSITIVE_DATA)
    assert not role_may(Role.INSTRUCTOR, Permission.VIEW_SENSITIVE_DATA)
    assert role_may(Role.CLERK, Permission.RECORD_DATA_REQUESTS)
    assert not role_may(Role.CLERK, Permission.HANDLE_DATA_REQUESTS)
    assert not role_may(Role.INSTRUCTOR, Permission.RECORD_DATA_REQUESTS)
    blanked = without_sensitive({"full_name": "Siti", "disabilities": ["physical"], "dtsen": "yes"})
    assert blanked == {"full_name": "Siti", "disabilities": [], "dtsen": ""}
    assert blanked["disabilities"] is not SENSITIVE_FIELDS["disabilities"]


def test_the_list_hides_disability_from_instructors(
    centre_db: Database, p_clerk: Actor, p_instructor: Actor
) -> None:
    person = disabled_person(centre_db)
    clerk_rows = registry.rows_by_id(centre_db, p_clerk, [person])
    assert clerk_rows[0].has_disability is True
    row = registry.rows_by_id(centre_db, p_instructor, [person])[0]
    assert row.has_disability is None
    page = registry.page(centre_db, p_instructor, RegistryQuery())
    assert page.rows and all(r.has_disability is None for r in page.rows)
    assert all(
        r.has_disability is not None
        for r in registry.page(centre_db, p_clerk, RegistryQuery()).rows
    )
    for query in (
        RegistryQuery(has_disability=True),
        RegistryQuery(has_disability=False),
        RegistryQuery(assistance=Assistance.PKH),
        RegistryQuery(dtsen=Dtsen.YES),
    ):
        with pytest.raises(PermissionDenied):
            registry.page(centre_db, p_instructor, query)
        with pytest.raises(PermissionDenied):
            registry.count(centre_db, p_instructor, query)
        registry.page(centre_db, p_clerk, query)  # allowed


def test_history_leaves_out_sensitive_changes_for_instructors(
    centre_db: Database, p_clerk: Actor, p_instructor: Actor
) -> None:
    siti = register_siti(centre_db, p_clerk)
    record = participants.get(centre_db, p_clerk, siti)
    changed = replace(
        input_from_values(record.values),
        disabilities=frozenset({Disability.SENSORY_SEEING}),
        occupation="Pedagang",
    )
    participants.update(centre_db, p_clerk, siti, record.version, changed)

    def fields(actor: Actor) -> set[str]:
        return {c.field for entry in history(centre_db, actor, siti) for c in entry.changes}

    assert {"disabilities", "occupation", "phone"} <= fields(p_clerk)
    seen = fields(p_instructor)
    assert "occupation" in seen and "phone" in seen
    assert not seen & set(SENSITIVE_FIELDS)
    phones = [
        c.after for e in history(centre_db, p_instructor, siti) for c in e.changes
        if c.field == "phone"
    ]  # fmt: skip
    assert phones and all("•" in phone for phone in phones)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file, delimiter=";"))


def test_the_participant_export_carries_no_sensitive_data_for_instructors(
    centre_db: Database, p_clerk: Actor, p_instructor: Actor, tmp_path: Path
) -> None:
    register_siti(centre_db, p_clerk)
    query = RegistryQuery(text="Purnamasari")
    export_participants(centre_db, p_clerk, tmp_path / "clerk.csv", query, language="en")
    export_participants(centre_db, p_instructor, tmp_path / "instr.csv", query, language="en")
    clerk_row = next(r for r in read_csv(tmp_path / "clerk.csv") if "Zulaikha" in r["Name"])
    instructor_row = next(r for r in read_csv(tmp_path / "instr.csv") if "Zulaikha" in r["Name"])
    disability = next(key for key in clerk_row if "isab" in key)
    assert clerk_row[disability] == "Yes" and instructor_row[disability] == ""
    nik = next(key for key in clerk_row if "NIK" in key)
    assert clerk_row[nik] == NIK and instructor_row[nik] != NIK and "•" in instructor_row[nik]
    assert "0813-1111-2222" in clerk_row.values()
    assert "0813-1111-2222" not in instructor_row.values()
    with pytest.raises(PermissionDenied):
        export_participants(
            centre_db, p_instructor, tmp_path / "refused.csv", RegistryQuery(has_disability=True)
        )
    assert not (tmp_path / "refused.csv").exists()


def test_the_roster_export_masks_identity_numbers_for_instructors(
    centre_db: Database, p_clerk: Actor, p_instructor: Actor, tmp_path: Path
) -> None:
    with centre_db.sessions() as session:
        cohort, nik = session.execute(
            select(Enrolment.cohort_id, Participant.nik)
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(Participant.nik != "")
            .order_by(Enrolment.id)
        ).first()  # type: ignore[misc]
    export_roster(centre_db, p_clerk, cohort, tmp_path / "clerk.csv", language="en")
    export_roster(centre_db, p_instructor, cohort, tmp_path / "instr.csv", language="en")
    assert nik in (tmp_path / "clerk.csv").read_text(encoding="utf-8-sig")
    shown = (tmp_path / "instr.csv").read_text(encoding="utf-8-sig")
    assert nik not in shown and "•" in shown
    assert "isab" not in shown  # the roster carries no sensitive column at all
