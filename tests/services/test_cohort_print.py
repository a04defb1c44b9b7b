"""The printed roster through its service (services.cohort_print), on SQLite and PostgreSQL:
a cohort of 80 filled through the enrolment services, read back from the real PDF; who is on
it and in which order, the waiting list in its documented order, no NIK or phone anywhere, the
desk's language, permissions; and the waiting counts the cohort lists show."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop import config
from desktop.documents.language import translator
from desktop.domain.choices import ParticipantStatus
from desktop.domain.cohort import CohortInput, Funding, Slot
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import NotFound, PermissionDenied
from desktop.services import accounts, cohort_print, cohorts, enrolment
from desktop.services.context import Actor
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.participants import Participant

E = EnrolmentStatus
NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # the desk's clock: 23 November 2026
PEOPLE = 80
SEATS = 60


def nik(number: int) -> str:
    return f"32032252059{number:05d}"


@pytest.fixture
def desk(demo_db: Database) -> Database:
    demo_db.clock = lambda: NOW
    return demo_db


@pytest.fixture
def cohort(desk: Database, admin: Actor, instructor: Actor) -> tuple[int, list[int]]:
    """A cohort of 60 seats with 80 people enrolled: 60 seated, 20 waiting. Yields the cohort
    and the people in the order they were enrolled."""
    with desk.sessions.begin() as session:
        programme = Programme(
            code="RST", name="Menjahit Busana Anak", skill_area="Menjahit", hours_jp=60
        )
        session.add(programme)
        people = [
            Participant(
                full_name=f"Peserta Roster {number:02d}",
                name_sort=f"peserta roster {number:02d}",
                name_key=f"peserta roster {number:02d}",
                nik=nik(number),
                phone=f"+62812000{number:05d}",
                birth_date=date(1990 + number % 20, 3, 4),
                sex="LP"[number % 2],
                village_name=f"Desa {number}",
                status=ParticipantStatus.ACTIVE.value,
                has_disability=number == 77,  # first on the waitlist
                created_at=NOW,
                updated_at=NOW,
            )
            for number in range(1, PEOPLE + 1)
        ]
        session.add_all(people)
        session.flush()
        programme_id, ids = programme.id, [person.id for person in people]
    saved = cohorts.create_cohort(
        desk,
        admin,
        CohortInput(
            programme_id=programme_id,
            start_date=date(2027, 2, 1),
            end_date=date(2027, 3, 31),
            slots=(Slot(0, time(8), time(12)), Slot(3, time(13), time(16))),
            room="Ruang Jahit 2",
            branch="Cibeber",
            capacity=SEATS,
            funding=Funding.APBD,
            instructor_ids=(instructor.user_id,),
        ),
    )
    lines = enrolment.enrol_many(desk, admin, ids, saved.cohort.id)
    assert [line.outcome for line in lines].count("waitlisted") == PEOPLE - SEATS
    return saved.cohort.id, ids


def pdf_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_roster_of_eighty(desk: Database, admin: Actor, cohort: tuple[int, list[int]]) -> None:
    cohort_id, _ = cohort
    pages = pdf_text(cohort_print.roster_pdf(desk, admin, cohort_id, language="en"))
    assert 3 <= len(pages) <= 4
    text = "\n".join(pages)
    for number in range(1, PEOPLE + 1):
        assert f"Peserta Roster {number:02d}" in text
    flat = "".join(text.split())
    assert not any(nik(number) in flat for number in range(1, PEOPLE + 1))
    assert "+62812" not in flat and "0812" not in flat
    assert f"{SEATS} seats: {SEATS} taken, 0 free" in " ".join(text.split())
    assert f"Participants ({SEATS})" in text and f"Waiting list ({PEOPLE - SEATS})" in text
    assert "Bambang Suryono" in text and "Ruang Jahit 2, Cibeber" in text
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert "Printed on 23 November 2026" in pages[-1]


def test_the_waiting_list_is_printed_in_its_documented_order(
    desk: Database, admin: Actor, cohort: tuple[int, list[int]]
) -> None:
    cohort_id, ids = cohort
    waiting = enrolment.waitlist(desk, admin, cohort_id)
    assert waiting[0].participant_id == ids[76]  # Peserta Roster 77 has a disability
    sheet = cohort_print.roster_sheet(desk, admin, cohort_id)
    assert [w.full_name for w in sheet.waiting] == [w.full_name for w in waiting]
    assert [w.position for w in sheet.waiting] == list(range(1, PEOPLE - SEATS + 1))
    assert sheet.waiting[0].parts[0].part == "disability"
    pdf = cohort_print.roster_pdf(desk, admin, cohort_id, language="en")
    text = " ".join("\n".join(pdf_text(pdf)).split())
    listed = text[text.index("Reason for the position") :]
    order = [listed.find(f"{w.position} {w.full_name}") for w in waiting]
    assert -1 not in order and order == sorted(order)
    assert listed[order[0] :].startswith("1 Peserta Roster 77 Desa 77 30 Disability (+30);")
    assert "Disability (+30)" in listed[order[0] : order[1]]


def test_who_is_on_the_roster_and_in_which_order(
    desk: Database, admin: Actor, cohort: tuple[int, list[int]]
) -> None:
    cohort_id, ids = cohort
    seated = {line.participant_id: line for line in enrolment.roster(desk, admin, cohort_id)}
    first, second, third = (seated[ids[number]] for number in (0, 1, 2))
    enrolment.change_status(desk, admin, first.enrolment_id, E.ACTIVE)
    enrolment.drop(desk, admin, first.enrolment_id, "Pindah ke luar kota")
    enrolment.withdraw(desk, admin, second.enrolment_id)
    enrolment.change_status(desk, admin, third.enrolment_id, E.ACTIVE)

    sheet = cohort_print.roster_sheet(desk, admin, cohort_id)
    names = [person.full_name for person in sheet.people]
    assert "Peserta Roster 02" not in names  # withdrew before the start
    assert names[-1] == "Peserta Roster 01"  # left during the training: after those seated
    assert sheet.people[-1].status is E.DROPPED
    assert names[:-1] == sorted(names[:-1])
    assert next(p for p in sheet.people if p.full_name == "Peserta Roster 03").status is E.ACTIVE
    person = next(p for p in sheet.people if p.full_name == "Peserta Roster 04")
    # Born 4 March 1994: 32 on the first day, 1 February 2027, as the age rule counts it.
    assert (person.sex, person.age, person.village) == ("L", 32, "Desa 4")


def test_the_desk_language_is_the_default(
    desk: Database,
    admin: Actor,
    cohort: tuple[int, list[int]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    cohort_id, _ = cohort
    monkeypatch.setenv("PELITA_HOME", str(tmp_path))  # this desk's settings, not the session's
    config.save_config(config.DeskConfig(language="en"))
    english = "\n".join(pdf_text(cohort_print.roster_pdf(desk, admin, cohort_id)))
    assert "PARTICIPANT LIST" in english and "Monday" in english
    config.save_config(config.DeskConfig(language="id"))
    indonesian = "\n".join(pdf_text(cohort_print.roster_pdf(desk, admin, cohort_id)))
    assert translator("id")("documents", "PARTICIPANT LIST") in indonesian
    assert "Senin" in indonesian and "Kamis" in indonesian and "Februari 2027" in indonesian


def test_every_role_may_print_but_not_a_disabled_account_nor_an_unknown_cohort(
    desk: Database,
    admin: Actor,
    clerk: Actor,
    instructor: Actor,
    cohort: tuple[int, list[int]],
) -> None:
    cohort_id, _ = cohort
    for actor in (clerk, instructor):
        assert cohort_print.roster_pdf(desk, actor, cohort_id).startswith(b"%PDF")
    with pytest.raises(NotFound):
        cohort_print.roster_pdf(desk, admin, cohort_id + 1000)
    accounts.set_active(desk, admin, clerk.user_id, False)
    with pytest.raises(PermissionDenied):
        cohort_print.roster_pdf(desk, clerk, cohort_id)


def test_waiting_counts(desk: Database, admin: Actor, cohort: tuple[int, list[int]]) -> None:
    cohort_id, _ = cohort
    counts = cohort_print.waiting_counts(desk, admin)
    assert counts[cohort_id] == PEOPLE - SEATS
    assert all(count > 0 for count in counts.values())  # cohorts nobody waits for are left out
