"""A participant's history for the people at the desk (services.participant_history and the
profile's History section), on SQLite and PostgreSQL: only that record's events, newest first,
what changed field by field, identity numbers masked for roles that may not see them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from desktop.config import DeskConfig
from desktop.domain.choices import ConsentMethod, ConsentPurpose, NoNikReason, Sex
from desktop.domain.errors import PermissionDenied
from desktop.domain.participant import ConsentInput, ParticipantInput, input_from_values
from desktop.domain.roles import ROLE_PERMISSIONS, Permission, Role
from desktop.gui.app_context import AppContext
from desktop.gui.participant_profile import ParticipantProfile
from desktop.gui.tasks import TaskRunner
from desktop.services import accounts, merge, participants
from desktop.services.context import Actor
from desktop.services.participant_history import FieldChange, HistoryEntry, history
from desktop.services.registry import mask_nik, mask_phone
from desktop.store.database import Database

VILLAGE = "32.03.22.2005"  # Bojongkaso, Agrabinta, Kabupaten Cianjur
# A woman born 12 May 1990 in Agrabinta (day 12 + 40 = 52), serial 0001.
NIK = "3203225205900001"
KK = "3203221204150007"
CONSENT = ConsentInput(
    purposes=frozenset({ConsentPurpose.TRAINING}),
    method=ConsentMethod.SIGNED_PAPER,
    given_on=date(2026, 11, 20),
)
# Different enough that no registration stops for a likely duplicate.
NAMES = (
    "Siti Aminah", "Budi Santoso", "Dewi Lestari", "Agus Salim", "Rina Marlina", "Joko Susilo",
    "Wulan Sari", "Hendra Gunawan", "Yuni Kartika", "Bambang Irawan", "Lina Marpaung",
)  # fmt: skip


def register(db: Database, actor: Actor, number: int, **changes: object) -> int:
    """The `number`th made-up person (0-based), without NIK unless given."""
    values: dict[str, object] = {
        "full_name": NAMES[number],
        "no_nik_reason": NoNikReason.REFUSED,
        "birth_date": date(1970 + number, 1 + number % 12, 10 + number),
        "sex": Sex.FEMALE if number % 2 == 0 else Sex.MALE,
        "village_code": VILLAGE,
        "occupation": "Petani",
        **changes,
    }
    data = ParticipantInput(**values)  # type: ignore[arg-type]
    return participants.register(db, actor, data, CONSENT).participant_id


def update(db: Database, actor: Actor, participant_id: int, **changes: object) -> None:
    record = participants.get(db, actor, participant_id)
    data = replace(input_from_values(record.values), **changes)  # type: ignore[arg-type]
    participants.update(db, actor, participant_id, record.version, data)


def changed(entry: HistoryEntry) -> dict[str, tuple[object, object]]:
    return {change.field: (change.before, change.after) for change in entry.changes}


# -- the service -----------------------------------------------------------------------------


def test_a_clerk_sees_registration_and_changes_newest_first(
    demo_db: Database, clerk: Actor
) -> None:
    pid = register(demo_db, clerk, 0, phone="0812-3456-7890")
    update(demo_db, clerk, pid, occupation="Penjahit")
    update(demo_db, clerk, pid, phone="0813-1111-2222", street="Kp. Babakan")

    found = history(demo_db, clerk, pid)
    assert [entry.action for entry in found] == [
        "participant.update",
        "participant.update",
        "participant.create",
        "participant.consent",
    ]
    assert all(entry.username == clerk.username for entry in found)
    assert [entry.at for entry in found] == sorted((entry.at for entry in found), reverse=True)
    # The phone as people write it, for a role that may see it; "version" is no change.
    assert changed(found[0]) == {
        "phone": ("0812-3456-7890", "0813-1111-2222"),
        "street": ("", "Kp. Babakan"),
    }
    assert found[1].changes == (FieldChange("occupation", "Petani", "Penjahit"),)
    assert found[2].changes == ()  # a registration's whole snapshot would bury the line
    assert changed(found[3]) == {"purposes": (None, ["training"]), "method": (None, "signed_paper")}


def test_other_records_never_appear_even_with_a_similar_id(
    demo_db: Database, clerk: Actor, admin: Actor
) -> None:
    ids = [register(demo_db, clerk, number) for number in range(11)]
    first, eleventh = ids[0], ids[10]
    assert str(eleventh).startswith(str(first))  # 1 and 11: a LIKE or prefix would mix them
    update(demo_db, clerk, eleventh, occupation="Nelayan")
    update(demo_db, clerk, first, occupation="Penjahit")
    update(demo_db, clerk, eleventh, occupation="Pedagang")

    mine = history(demo_db, admin, first)
    assert [entry.action for entry in mine] == [
        "participant.update",
        "participant.create",
        "participant.consent",
    ]  # nor the demo's "user 1" entries: only this participant's
    assert changed(mine[0]) == {"occupation": ("Petani", "Penjahit")}
    theirs = history(demo_db, admin, eleventh)
    assert [changed(entry).get("occupation") for entry in theirs[:2]] == [
        ("Nelayan", "Pedagang"),
        ("Petani", "Nelayan"),
    ]
    assert len(theirs) == 4
    assert history(demo_db, admin, 999) == []


def test_the_limit_keeps_the_newest(demo_db: Database, clerk: Actor) -> None:
    pid = register(demo_db, clerk, 0)
    for job in ("Penjahit", "Nelayan", "Pedagang", "Guru ngaji"):
        update(demo_db, clerk, pid, occupation=job)
    everything = history(demo_db, clerk, pid)
    assert len(everything) == 6
    newest = history(demo_db, clerk, pid, limit=2)
    assert newest == everything[:2]
    assert changed(newest[0])["occupation"] == ("Pedagang", "Guru ngaji")
    assert history(demo_db, clerk, pid, limit=0) == []


def test_identity_numbers_are_masked_for_roles_that_may_not_see_them(
    demo_db: Database, clerk: Actor, instructor: Actor
) -> None:
    assert not instructor.may(Permission.VIEW_IDENTITY_NUMBERS)
    born = date(1990, 5, 12)  # as the NIK says
    pid = register(demo_db, clerk, 0, birth_date=born, phone="0812-3456-7890")
    update(demo_db, clerk, pid, nik=NIK, no_nik_reason=None, kk_number=KK, phone="0813-1111-2222")

    seen = changed(history(demo_db, instructor, pid)[0])
    assert seen["nik"] == ("", mask_nik(NIK))
    assert seen["kk_number"] == ("", mask_nik(KK))
    assert seen["phone"] == (mask_phone("0812-3456-7890"), mask_phone("0813-1111-2222"))
    assert seen["phone"] == ("0812-••••-••90", "0813-••••-••22")
    assert seen["no_nik_reason"] == ("refused", None)  # not an identity number
    everything = repr(history(demo_db, instructor, pid))
    for secret in (NIK, KK, "81234567890", "81311112222", "3456", "1111"):
        assert secret not in everything

    shown = changed(history(demo_db, clerk, pid)[0])
    assert shown["nik"] == ("", NIK) and shown["kk_number"] == ("", KK)
    assert shown["phone"] == ("0812-3456-7890", "0813-1111-2222")


def test_a_merge_reads_as_one_line_without_its_snapshots(
    demo_db: Database, clerk: Actor, admin: Actor, instructor: Actor
) -> None:
    keep = register(demo_db, clerk, 0)
    other = register(demo_db, clerk, 1, phone="0812-3456-7890")
    merge.merge(demo_db, admin, keep, other, f"Same KTP {NIK}")
    for pid in (keep, other):
        entry = history(demo_db, clerk, pid)[0]
        assert (entry.action, entry.username) == ("participant.merge", admin.username)
        assert changed(entry) == {
            "kept_id": (None, keep),
            "merged_id": (None, other),
            "reason": (None, f"Same KTP {NIK}"),
        }
    # Words an admin typed may quote a number no mask can find: not for the instructor.
    entry = history(demo_db, instructor, keep)[0]
    assert changed(entry) == {"kept_id": (None, keep), "merged_id": (None, other)}
    assert NIK not in repr(history(demo_db, instructor, keep))


def test_a_role_without_view_participants_is_refused(
    demo_db: Database, clerk: Actor, instructor: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = register(demo_db, clerk, 0)
    # Every role may view participants today; one that may not must get nothing.
    narrowed = ROLE_PERMISSIONS[Role.INSTRUCTOR] - {Permission.VIEW_PARTICIPANTS}
    monkeypatch.setitem(ROLE_PERMISSIONS, Role.INSTRUCTOR, narrowed)
    with pytest.raises(PermissionDenied):
        history(demo_db, instructor, pid)


def test_a_disabled_account_is_refused(demo_db: Database, clerk: Actor, admin: Actor) -> None:
    pid = register(demo_db, clerk, 0)
    accounts.set_active(demo_db, admin, clerk.user_id, False)
    with pytest.raises(PermissionDenied):
        history(demo_db, clerk, pid)


# -- the profile -----------------------------------------------------------------------------


@pytest.fixture
def runner(qtbot: QtBot) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


def context_for(db: Database, actor: Actor, runner: TaskRunner) -> AppContext:
    return AppContext(db=db, actor=actor, runner=runner, config=DeskConfig(), demo=True)


def shown(qtbot: QtBot, context: AppContext, participant_id: int) -> ParticipantProfile:
    profile = ParticipantProfile(context, participant_id)
    qtbot.addWidget(profile)
    profile.show()
    qtbot.waitUntil(lambda: profile.loaded is not None and context.runner.idle)
    return profile


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_a_clerk_sees_the_history_on_the_profile(
    qtbot: QtBot, demo_db: Database, clerk: Actor, runner: TaskRunner
) -> None:
    pid = register(demo_db, clerk, 0, phone="0812-3456-7890")
    update(demo_db, clerk, pid, occupation="Penjahit", phone="0813-1111-2222")
    profile = shown(qtbot, context_for(demo_db, clerk, runner), pid)
    assert profile.ui.historyGroup.isVisible()
    text = profile.ui.historyLabel.text()
    assert "Participant changed" in text and "Participant registered" in text
    assert "Occupation: Petani → Penjahit" in text  # the field by its label on the profile
    assert "Phone (WhatsApp): 0812-3456-7890 → 0813-1111-2222" in text
    assert f"<td>{clerk.username}</td>" in text
    assert text.count("<tr>") == 4  # heading, change, registration, consent


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_an_instructor_sees_the_history_masked(
    qtbot: QtBot, demo_db: Database, clerk: Actor, instructor: Actor, runner: TaskRunner
) -> None:
    pid = register(demo_db, clerk, 0, phone="0812-3456-7890")
    update(demo_db, clerk, pid, phone="0813-1111-2222")
    profile = shown(qtbot, context_for(demo_db, instructor, runner), pid)
    assert profile.ui.historyGroup.isVisible()
    text = profile.ui.historyLabel.text()
    assert "Phone (WhatsApp): 0812-••••-••90 → 0813-••••-••22" in text
    assert "3456" not in text and "1111" not in text
