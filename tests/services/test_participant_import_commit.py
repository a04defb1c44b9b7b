"""The commit of a participant list (services.participant_import.commit_import) on SQLite and
PostgreSQL: the new ids follow the list's rows and are the ones the audit names, the table's
own id sequence moves past them, and a NIK taken by another desk between the check and the
insert imports nobody."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.choices import ConsentMethod, ConsentPurpose
from desktop.domain.errors import Conflict
from desktop.domain.participant import ConsentInput, ParticipantInput
from desktop.services import participant_import, participants
from desktop.services.context import Actor
from desktop.services.participant_import import commit_import, preview_import
from desktop.store.database import Database
from desktop.store.models import AuditEntry
from desktop.store.participants import Participant
from tests.services.test_participant_import import BUDI, PLACE, SITI, count, write_xlsx

RINA = ["Rina Wati", "3402015203000005", "12/03/2000", "P", "081298765432"]
DEWI_NIK = "3402014407950003"
BAD_NIK = ["Joko Susilo", "123", "01/01/1990", "L", "081311112222"]
CONSENT = ConsentInput(
    frozenset({ConsentPurpose.TRAINING}), ConsentMethod.SIGNED_PAPER, date(2026, 1, 5)
)


def audit_count(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count(AuditEntry.id))) or 0)


def test_the_new_ids_follow_the_rows_and_the_audit_names_them(
    demo_db: Database, clerk: Actor, tmp_path: Path
) -> None:
    rows = [SITI + PLACE, BAD_NIK + PLACE, BUDI + PLACE, RINA + PLACE]
    preview = preview_import(demo_db, clerk, write_xlsx(tmp_path / "list.xlsx", rows))
    assert [row.verdict for row in preview.rows] == ["ok", "error", "ok", "ok"]
    result = commit_import(demo_db, clerk, preview, valid_only=True)

    assert (result.created, result.skipped) == (3, 1)
    assert list(result.new_ids) == [2, 4, 5]  # the sheet's row numbers, the header is row 1
    ids = list(result.new_ids.values())
    assert ids == sorted(set(ids))
    with demo_db.sessions() as session:
        stored = {
            person.id: (person.full_name, person.nik, person.version, person.status)
            for person in session.scalars(select(Participant).where(Participant.id.in_(ids)))
        }
        created = session.scalars(
            select(AuditEntry)
            .where(
                AuditEntry.action == "participant.create",
                AuditEntry.entity_id.in_([str(id_) for id_ in ids]),
            )
            .order_by(AuditEntry.id)
        ).all()
        summary = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "participant.import")
        ).one()
    for row, person in zip([SITI, BUDI, RINA], ids, strict=True):
        assert stored[person] == (row[0], row[1], 1, "active")
    assert [(entry.entity_id, entry.before) for entry in created] == [
        (str(id_), None) for id_ in ids
    ]
    for entry, (number, id_) in zip(created, result.new_ids.items(), strict=True):
        assert entry.after is not None
        assert entry.after["id"] == id_
        assert entry.after["import"] == {"file": "list.xlsx", "row": number}
        assert entry.after["full_name"] == stored[id_][0]
    assert summary.after == {
        "file": "list.xlsx",
        "created": 3,
        "skipped": 1,
        "participant_ids": ids,
    }
    # The table's ids have moved past the imported people: the desk registers the next one.
    later = participants.register(
        demo_db, clerk, ParticipantInput(full_name="Dewi Lestari", nik=DEWI_NIK), CONSENT
    )
    assert later.participant_id > max(ids)


def test_a_nik_taken_between_the_check_and_the_insert_imports_nobody(
    demo_db: Database, clerk: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = preview_import(
        demo_db, clerk, write_xlsx(tmp_path / "x.xlsx", [SITI + PLACE, BUDI + PLACE])
    )
    participants.register(
        demo_db,
        clerk,
        ParticipantInput(full_name="Budi Santoso", nik=BUDI[1], phone=BUDI[4]),
        CONSENT,
    )
    people, entries = count(demo_db), audit_count(demo_db)
    # The commit's own look-up misses Budi, as when the other desk commits just after it:
    # the unique index is what refuses him then.
    monkeypatch.setattr(participant_import, "_registered_niks", lambda _work, _niks: {})
    with pytest.raises(Conflict) as refused:
        commit_import(demo_db, clerk, preview, valid_only=True)
    assert "during the import" in refused.value.english()
    assert (count(demo_db), audit_count(demo_db)) == (people, entries)
