"""Who is on the follow-up call list, on SQLite and PostgreSQL: completers whose cohort ended
3, 6 or 12 months ago (until the next milestone is due), who consented to follow-up contact in
their latest consent and were not reached yet. Also the helpers the other follow-up tests use
to build a small centre of finished cohorts (`World`)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from desktop.domain.choices import ConsentPurpose, ParticipantStatus
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.domain.follow_up import CallInput, add_months
from desktop.services.context import Actor
from desktop.services.follow_up import call_list, export_call_list, record_call
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Programme
from desktop.store.participants import ConsentRecord, Participant
from desktop.store.training import Cohort, Enrolment

TODAY = date(2026, 11, 20)
FOLLOW = [ConsentPurpose.TRAINING.value, ConsentPurpose.FOLLOW_UP.value]
NO_FOLLOW = [ConsentPurpose.TRAINING.value]


@dataclass
class World:
    db: Database
    programmes: dict[str, int] = field(default_factory=dict)
    cohorts: dict[str, int] = field(default_factory=dict)
    enrolments: dict[str, int] = field(default_factory=dict)  # by the person's name
    people: dict[str, int] = field(default_factory=dict)
    _count: int = 0

    def cohort(self, code: str, ended_months_ago: int, programme: str = "JHT") -> int:
        end = add_months(TODAY, -ended_months_ago)
        with self.db.sessions.begin() as session:
            cohort = Cohort(
                programme_id=self.programmes[programme],
                code=code,
                year=end.year,
                sequence=len(self.cohorts) + 1,
                start_date=add_months(end, -2),
                end_date=end,
                capacity=20,
                funding="apbd",
                status="finished",
            )
            session.add(cohort)
            session.flush()
            self.cohorts[code] = cohort.id
        return cohort.id

    def person(
        self,
        name: str,
        cohort: str,
        *,
        status: EnrolmentStatus = EnrolmentStatus.COMPLETED,
        consents: tuple[list[str], ...] = (FOLLOW,),
        employment: str | None = "job_seeker",
        income_band: str | None = "under_1m",
        phone: str = "+6281234567890",
    ) -> int:
        self._count += 1
        with self.db.sessions.begin() as session:
            person = Participant(
                full_name=name,
                name_sort=name.casefold(),
                name_key=name.casefold(),
                birth_date=date(1995, 1, 1),
                sex="P",
                phone=phone,
                employment=employment,
                income_band=income_band,
            )
            session.add(person)
            session.flush()
            for number, purposes in enumerate(consents):
                session.add(
                    ConsentRecord(
                        participant_id=person.id,
                        purposes=purposes,
                        text_version="1",
                        method="signed_paper",
                        given_on=date(2026, 1, 1 + number),
                        recorded_at=datetime(2026, 1, 1 + number, tzinfo=UTC),
                        recorded_by="admin",
                    )
                )
            cohort_id = self.cohorts[cohort]
            enrolment = Enrolment(
                participant_id=person.id,
                cohort_id=cohort_id,
                programme_id=session.get(Cohort, cohort_id).programme_id,  # type: ignore[union-attr]
                status=status.value,
            )
            session.add(enrolment)
            session.flush()
            self.people[name] = person.id
            self.enrolments[name] = enrolment.id
        return enrolment.id


def make_world(db: Database) -> World:
    world = World(db)
    with db.sessions() as session:
        world.programmes = dict(session.execute(select(Programme.code, Programme.id)).all())
    world.cohort("JHT-3", 4)  # the 3-month call is due (until 6 months)
    world.cohort("JHT-6", 7)
    world.cohort("KLN-12", 14, programme="KLN")  # due two months ago
    world.cohort("JHT-16", 16)  # past the 12-month call's window
    world.cohort("JHT-1", 1)  # not due yet
    world.person("Siti Aminah", "JHT-3")
    world.person("Ani Rahayu", "JHT-3", consents=(NO_FOLLOW,))
    world.person("Budi Santoso", "JHT-3", consents=(FOLLOW, NO_FOLLOW))  # withdrew
    world.person("Citra Dewi", "JHT-3", consents=(NO_FOLLOW, FOLLOW))  # agreed later
    world.person("Dedi Kurnia", "JHT-3", status=EnrolmentStatus.DROPPED)
    world.person("Eka Putri", "JHT-6")
    world.person("Fajar Nugroho", "KLN-12")
    world.person("Gita Lestari", "JHT-16")
    world.person("Hana Wijaya", "JHT-1")
    world.person("Indra Gunawan", "JHT-3", consents=())  # no consent on record
    return world


@pytest.fixture
def world(demo_db: Database) -> World:
    return make_world(demo_db)


def reached(world: World, name: str, months: int, actor: Actor, **answers: object) -> None:
    values: dict[str, object] = {
        "work": "formal",
        "business": False,
        "uses_skill": True,
        "needs_help": False,
        **answers,
    }
    record_call(
        world.db,
        actor,
        CallInput(world.enrolments[name], months, True, **values),  # type: ignore[arg-type]
        TODAY,
    )


def names(rows: list) -> list[str]:  # type: ignore[type-arg]
    return [row.full_name for row in rows]


def test_the_list_holds_who_is_due_and_consented(world: World, clerk: Actor) -> None:
    rows = call_list(world.db, clerk, TODAY)
    assert names(rows) == ["Fajar Nugroho", "Citra Dewi", "Eka Putri", "Siti Aminah"]
    by_name = {row.full_name: row for row in rows}
    siti = by_name["Siti Aminah"]
    assert (siti.months, siti.programme, siti.cohort_code) == (3, "Menjahit Pakaian Dasar", "JHT-3")
    assert siti.phone == "0812-3456-7890"  # as people write it
    assert siti.due_on == add_months(TODAY, -1)  # 3 months after an end 4 months ago
    assert (by_name["Eka Putri"].months, by_name["Fajar Nugroho"].months) == (6, 12)


def test_one_milestone_and_one_programme(world: World, clerk: Actor) -> None:
    assert names(call_list(world.db, clerk, TODAY, months=6)) == ["Eka Putri"]
    kln = world.programmes["KLN"]
    assert names(call_list(world.db, clerk, TODAY, programme_id=kln)) == ["Fajar Nugroho"]
    cohort = world.cohorts["JHT-3"]
    assert names(call_list(world.db, clerk, TODAY, cohort_id=cohort)) == [
        "Citra Dewi",
        "Siti Aminah",
    ]


def test_withdrawing_consent_takes_someone_off_at_once(world: World, clerk: Actor) -> None:
    with world.db.sessions.begin() as session:
        session.add(
            ConsentRecord(
                participant_id=world.people["Siti Aminah"],
                purposes=NO_FOLLOW,
                text_version="1",
                method="signed_paper",
                given_on=TODAY,
                recorded_at=datetime(2026, 11, 20, tzinfo=UTC),
                recorded_by="admin",
            )
        )
    assert "Siti Aminah" not in names(call_list(world.db, clerk, TODAY))


def test_someone_reached_leaves_the_list_one_not_reached_stays(world: World, clerk: Actor) -> None:
    reached(world, "Siti Aminah", 3, clerk)
    record_call(world.db, clerk, CallInput(world.enrolments["Eka Putri"], 6, False), TODAY)
    rows = {row.full_name: row for row in call_list(world.db, clerk, TODAY)}
    assert "Siti Aminah" not in rows
    assert (rows["Eka Putri"].attempts, rows["Eka Putri"].last_call_on) == (1, TODAY)


@pytest.mark.parametrize(
    ("months_later", "expected"),
    [
        (0, {3}),  # 4 months after the end: the 3-month call
        (2, {6}),  # 6 months after: the 3-month call gives way to the 6-month one
        (8, {12}),  # 12 months
        (10, {12}),  # 14 months: the last call stays three months more
        (11, set()),  # 15 months: off the list for good
    ],
)
def test_a_milestone_stays_until_the_next_is_due(
    world: World, clerk: Actor, months_later: int, expected: set[int]
) -> None:
    day = add_months(TODAY, months_later)
    rows = [row for row in call_list(world.db, clerk, day) if row.full_name == "Siti Aminah"]
    assert {row.months for row in rows} == expected


def test_a_cohort_ending_on_the_31st_is_due_on_the_last_of_a_shorter_month(
    demo_db: Database, clerk: Actor
) -> None:
    world = World(demo_db)
    with demo_db.sessions() as session:
        world.programmes = dict(session.execute(select(Programme.code, Programme.id)).all())
    world.cohort("JHT-X", 0)
    with demo_db.sessions.begin() as session:
        cohort = session.get(Cohort, world.cohorts["JHT-X"])
        assert cohort is not None
        cohort.end_date = date(2026, 8, 31)
    world.person("Siti Aminah", "JHT-X")
    assert names(call_list(demo_db, clerk, date(2026, 11, 29))) == []
    [row] = call_list(demo_db, clerk, date(2026, 11, 30))
    assert row.due_on == date(2026, 11, 30)


def test_merged_records_are_not_called(world: World, clerk: Actor) -> None:
    with world.db.sessions.begin() as session:
        person = session.get(Participant, world.people["Siti Aminah"])
        assert person is not None
        person.status = ParticipantStatus.MERGED.value
    assert "Siti Aminah" not in names(call_list(world.db, clerk, TODAY))


def test_bad_milestone_and_no_permission(world: World, instructor: Actor) -> None:
    with pytest.raises(PermissionDenied):
        call_list(world.db, instructor, TODAY)
    from desktop.services.accounts import authenticate

    admin = authenticate(world.db, "admin", "admin-demo")
    with pytest.raises(ValidationError, match="3, 6 or 12 months"):
        call_list(world.db, admin, TODAY, months=4)


def test_printed_list_has_the_names_and_is_audited(world: World, clerk: Actor) -> None:
    data = export_call_list(world.db, clerk, TODAY, "pdf", language="en")
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages)
    for name in ("Siti Aminah", "Citra Dewi", "Eka Putri", "Fajar Nugroho"):
        assert name in text
    assert "Budi Santoso" not in text and "Ani Rahayu" not in text
    assert "0812-3456-7890" in text and "FOLLOW-UP CALL LIST" in text
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert box.width > box.height  # landscape
    with world.db.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "follow_up.list")
        ).one()
    assert entry.username == "petugas" and entry.after["people"] == 4


def test_a_long_list_runs_over_pages_with_its_header(world: World, clerk: Actor) -> None:
    for number in range(60):
        world.person(f"Peserta {number:02}", "JHT-3")
    data = export_call_list(world.db, clerk, TODAY, "pdf", language="en")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 3
    last = reader.pages[-1].extract_text()
    assert "Attempts" in last and f"Page {len(reader.pages)} of {len(reader.pages)}" in last


def test_exported_workbook_reads_back(world: World, clerk: Actor) -> None:
    data = export_call_list(world.db, clerk, TODAY, "xlsx", months=3, language="en")
    sheet = load_workbook(io.BytesIO(data)).active
    rows = [row for row in sheet.iter_rows(min_row=6, values_only=True) if row[0]]
    assert [(row[1], row[2], row[5]) for row in rows] == [
        ("Citra Dewi", "0812-3456-7890", 3),
        ("Siti Aminah", "0812-3456-7890", 3),
    ]
    assert rows[0][6].date() == add_months(TODAY, -1)  # a date cell
    assert [c.value for c in sheet[5]][:3] == ["No.", "Name", "Phone"]
