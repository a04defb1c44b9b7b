"""The government report through its service (desktop.services.government_report), on SQLite
and PostgreSQL: a year (2028) with two programmes' cohorts in it (one that began the year
before, one still running on the report's day) and two outside it, people of both sexes and
many ages (one on a band's first birthday), two with a disability, from three regencies and
none, completions, drop-outs, a fail, a withdrawn and a waitlisted place, a person trained in
two programmes and one twice in the same programme, certificates issued, re-issued and revoked;
every figure checked, and no participant's name, NIK, phone or address anywhere in the PDF or
the xlsx."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import event, select

from desktop.domain.choices import AgeBand
from desktop.domain.cohort import CohortInput, Funding, Slot
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.services import cohorts
from desktop.services.context import Actor
from desktop.services.government_report import (
    ReportCancelled,
    government_report,
    write_government_report,
)
from desktop.store.certificates import Certificate
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Programme
from desktop.store.participants import Participant
from desktop.store.training import Enrolment

NOW = datetime(2028, 11, 20, 2, 0, tzinfo=UTC)  # the desk's clock: cohort C is running
TODAY = date(2028, 11, 20)
START, END = date(2028, 1, 1), date(2028, 12, 31)
MONDAY = (Slot(0, time(8), time(12)),)
SEWING = "Menjahit Pakaian Dasar"
FARMING = "Pertanian Modern: Hidroponik dan Irigasi Tetes"
CIANJUR = ("3203", "Kabupaten Cianjur")
BOGOR = ("3201", "Kabupaten Bogor")
BANDUNG = ("3273", "Kota Bandung")
NOWHERE = ("", "")


@dataclass(frozen=True)
class Person:
    name: str
    sex: str
    born: date
    regency: tuple[str, str]
    disability: bool = False


# Everything personal the documents must never show (names, NIKs, phones, streets).
PEOPLE = {
    "siti": Person("Siti Cobaan Satu", "P", date(2000, 5, 10), CIANJUR, True),
    "budi": Person("Budi Cobaan Dua", "L", date(1993, 3, 6), NOWHERE),  # 35 on B's first day
    "rina": Person("Rina Cobaan Tiga", "P", date(1970, 12, 31), BOGOR),
    "agus": Person("Agus Cobaan Empat", "L", date(2011, 6, 1), NOWHERE),
    "dewi": Person("Dewi Cobaan Lima", "P", date(1985, 1, 1), NOWHERE),
    "asep": Person("Asep Cobaan Enam", "L", date(1960, 10, 5), CIANJUR, True),
    "euis": Person("Euis Cobaan Tujuh", "P", date(1995, 7, 7), CIANJUR),
    "yanti": Person("Yanti Cobaan Delapan", "P", date(1999, 9, 9), CIANJUR),
    "dedi": Person("Dedi Cobaan Sembilan", "L", date(1988, 8, 8), BANDUNG),
    "nur": Person("Nur Cobaan Sepuluh", "P", date(2005, 2, 2), CIANJUR),
}
PLANS = {
    # cohort: programme, first and last day
    "A": ("JHT", date(2027, 11, 1), date(2028, 1, 5)),  # began the year before
    "B": ("JHT", date(2028, 3, 6), date(2028, 5, 26)),
    "C": ("PTM", date(2028, 10, 2), date(2028, 12, 15)),  # running on TODAY
    "D": ("KLN", date(2027, 10, 4), date(2027, 12, 31)),  # ended the day before the period
    "E": ("TIK", date(2029, 1, 8), date(2029, 3, 2)),  # after it
}
PLACES = [
    ("A", "siti", "completed"),
    ("A", "asep", "completed"),
    ("A", "dedi", "dropped"),
    ("B", "budi", "completed"),
    ("B", "rina", "dropped"),
    ("B", "agus", "failed"),
    ("B", "dedi", "completed"),  # the same programme again: one person in its row
    ("B", "dewi", "withdrawn"),  # before the start: not trained
    ("C", "siti", "active"),  # a second programme: in both rows, once in the total
    ("C", "asep", "active"),
    ("C", "nur", "accepted"),
    ("C", "euis", "waitlisted"),  # not trained
    ("D", "yanti", "completed"),  # outside the period
]


def nik(index: int) -> str:
    return f"320322520590{index:04d}"


def phone(index: int) -> str:
    return f"+6281377{index:06d}"


def street(index: int) -> str:
    return f"Jalan Rahasia Dinas Nomor {index}"


@dataclass
class World:
    programmes: dict[str, int] = field(default_factory=dict)
    cohorts: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    enrolments: dict[tuple[str, str], int] = field(default_factory=dict)

    @staticmethod
    def personal() -> list[str]:
        """Every text about one person that was put in the database."""
        found: list[str] = []
        for index, person in enumerate(PEOPLE.values(), start=1):
            found += [person.name, nik(index), phone(index), phone(index).replace("+62", "0")]
            found += [street(index), person.name.split()[0] + " Cobaan"]
        return found


@pytest.fixture
def desk(demo_db: Database) -> Database:
    demo_db.clock = lambda: NOW
    return demo_db


@pytest.fixture
def world(desk: Database, admin: Actor) -> World:
    return build_world(desk, admin)


def build_world(db: Database, admin: Actor) -> World:
    """The year of the module docstring, on the demo centre (whose own cohorts are years
    away); ids in the returned World."""
    world = World()
    with db.sessions.begin() as session:
        rows = session.execute(select(Programme.code, Programme.id))
        world.programmes = {code: programme for code, programme in rows}
        for index, (key, person) in enumerate(PEOPLE.items(), start=1):
            row = Participant(
                full_name=person.name,
                name_sort=person.name.lower(),
                name_key=person.name.lower(),
                nik=nik(index),
                phone=phone(index),
                street=street(index),
                birth_date=person.born,
                sex=person.sex,
                status="active",
                has_disability=person.disability,
                disabilities=["physical"] if person.disability else [],
                regency_code=person.regency[0],
                regency_name=person.regency[1],
                created_at=NOW,
                updated_at=NOW,
            )
            session.add(row)
            session.flush()
            world.people[key] = row.id
    for key, (code, first, last) in PLANS.items():
        saved = cohorts.create_cohort(
            db,
            admin,
            CohortInput(
                programme_id=world.programmes[code],
                start_date=first,
                end_date=last,
                slots=MONDAY,
                capacity=20,
                funding=Funding.APBD,
            ),
        )
        world.cohorts[key] = saved.cohort.id
    with db.sessions.begin() as session:
        for cohort, who, status in PLACES:
            place = Enrolment(
                participant_id=world.people[who],
                cohort_id=world.cohorts[cohort],
                programme_id=world.programmes[PLANS[cohort][0]],
                status=status,
                holds_seat=status in ("accepted", "active", "completed"),
                applied_at=NOW,
                updated_at=NOW,
            )
            session.add(place)
            session.flush()
            world.enrolments[cohort, who] = place.id
    _certificates(db, world)
    return world


def _certificates(db: Database, world: World) -> None:
    """Siti's issued; Asep's re-issued (the old one superseded); Budi's issued; Dedi's (B)
    revoked; Yanti's in a cohort outside the period."""
    lines = [
        ("A", "siti", "issued", None),
        ("A", "asep", "superseded", None),
        ("A", "asep", "issued", 2),
        ("B", "budi", "issued", None),
        ("B", "dedi", "revoked", None),
        ("D", "yanti", "issued", None),
    ]
    with db.sessions.begin() as session:
        made: list[int] = []
        for seq, (cohort, person, status, supersedes) in enumerate(lines, start=1):
            row = Certificate(
                number=f"{seq:04d}/LKP-GOV/2028",
                year=2028,
                seq=seq,
                enrolment_id=world.enrolments[cohort, person],
                participant_id=world.people[person],
                cohort_id=world.cohorts[cohort],
                full_name=PEOPLE[person].name,
                name_key=PEOPLE[person].name.lower(),
                programme_name=SEWING,
                cohort_code=cohort,
                start_date=PLANS[cohort][1],
                end_date=PLANS[cohort][2],
                hours_jp=120,
                issue_date=PLANS[cohort][2],
                status=status,
                verify_code=f"GOVR-AAA{seq}",
                key_id="k1",
                signature=b"s",
                sha256="0" * 64,
                supersedes_id=made[supersedes - 1] if supersedes else None,
            )
            session.add(row)
            session.flush()
            made.append(row.id)


def ages(*counts: int) -> dict[AgeBand, int]:
    return dict(zip(AgeBand, counts, strict=True))


# -- the figures --------------------------------------------------------------------------------


def test_participants_trained_per_programme(desk: Database, admin: Actor, world: World) -> None:
    report = government_report(desk, admin, START, END, today=TODAY)
    assert [line.programme for line in report.programmes] == [SEWING, FARMING]
    sewing, farming = report.programmes
    # Sewing: A and B; Dedi twice, once counted; Dewi withdrew.
    assert (sewing.cohorts, sewing.participants) == (2, 6)
    assert (sewing.reach.male, sewing.reach.female) == (4, 2)
    # At their first sewing cohort: Agus 16; Siti 27; Dedi 39, Budi 35 on his birthday;
    # Rina 57; Asep 67.
    assert dict(sewing.reach.by_age) == ages(1, 0, 1, 2, 1, 1)
    assert (sewing.reach.with_disability, sewing.reach.without_disability) == (2, 4)
    assert (sewing.completed, sewing.dropped, sewing.failed) == (4, 2, 1)
    completion = sewing.completion
    assert (completion.completed, completion.counted, completion.ended_cohorts) == (4, 7, 2)
    assert completion.rate == pytest.approx(4 / 7)
    assert sewing.certificates == 3  # Asep's re-issue once, Dedi's revoked not at all
    # Farming: C, still running; Euis waits.
    assert (farming.cohorts, farming.participants) == (1, 3)
    assert (farming.reach.male, farming.reach.female) == (1, 2)
    assert dict(farming.reach.by_age) == ages(0, 1, 1, 0, 0, 1)  # Nur 23, Siti 28, Asep 67
    assert (farming.reach.with_disability, farming.reach.without_disability) == (2, 1)
    assert (farming.completed, farming.dropped, farming.failed) == (0, 0, 0)
    assert (farming.completion.counted, farming.completion.rate) == (0, None)
    assert farming.certificates == 0


def test_the_total_counts_each_person_once(desk: Database, admin: Actor, world: World) -> None:
    total = government_report(desk, admin, START, END, today=TODAY).total
    assert total.programme == ""
    assert (total.cohorts, total.participants) == (3, 7)  # Siti and Asep in both programmes
    assert (total.reach.male, total.reach.female) == (4, 3)
    assert dict(total.reach.by_age) == ages(1, 1, 1, 2, 1, 1)  # at each one's first cohort
    assert (total.reach.with_disability, total.reach.without_disability) == (2, 5)
    assert (total.completed, total.dropped, total.failed, total.certificates) == (4, 2, 1, 3)
    assert (total.completion.completed, total.completion.counted) == (4, 7)
    assert total.completion.ended_cohorts == 2


def test_people_by_regency(desk: Database, admin: Actor, world: World) -> None:
    report = government_report(desk, admin, START, END, today=TODAY)
    assert [
        (line.regency, line.participants, line.male, line.female, line.with_disability)
        for line in report.regencies
    ] == [
        ("Kabupaten Cianjur", 3, 1, 2, 2),  # Siti, Asep, Nur
        ("Kabupaten Bogor", 1, 0, 1, 0),
        ("Kota Bandung", 1, 1, 0, 0),
        ("", 2, 2, 0, 0),  # Budi and Agus: not recorded, last
    ]
    assert sum(line.participants for line in report.regencies) == report.total.participants


def test_the_report_itself(desk: Database, admin: Actor, world: World) -> None:
    report = government_report(desk, admin, START, END)  # today: the desk's
    assert (report.start, report.end, report.today) == (START, END, TODAY)
    assert (report.programme, report.place, report.empty) == ("", "", False)


def test_after_the_running_cohort_ends(desk: Database, admin: Actor, world: World) -> None:
    later = government_report(desk, admin, START, END, today=date(2029, 1, 4))
    farming = later.programmes[1]
    assert (farming.completion.counted, farming.completion.rate) == (3, 0.0)
    assert (later.total.completion.completed, later.total.completion.counted) == (4, 10)


def test_one_programme(desk: Database, admin: Actor, world: World) -> None:
    report = government_report(
        desk, admin, START, END, programme_id=world.programmes["PTM"], today=TODAY
    )
    assert report.programme == FARMING
    assert [line.programme for line in report.programmes] == [FARMING]
    assert (report.total.participants, report.total.cohorts) == (3, 1)
    assert [(line.regency, line.participants) for line in report.regencies] == [
        ("Kabupaten Cianjur", 3)
    ]


def test_a_period_takes_the_cohorts_that_overlap_it(
    desk: Database, admin: Actor, world: World
) -> None:
    """The last day of A is in January 2028; D ended the day before the year."""
    january = government_report(desk, admin, date(2028, 1, 5), date(2028, 1, 5), today=TODAY)
    assert [(line.programme, line.cohorts, line.participants) for line in january.programmes] == [
        (SEWING, 1, 3)
    ]
    december = government_report(desk, admin, date(2027, 12, 31), date(2027, 12, 31), today=TODAY)
    assert sorted(line.cohorts for line in december.programmes) == [1, 1]  # A and D


def test_no_participant_is_loaded_into_python(desk: Database, admin: Actor, world: World) -> None:
    loaded: list[object] = []

    def count(target: object, _context: object) -> None:
        loaded.append(target)

    event.listen(Participant, "load", count)
    try:
        assert government_report(desk, admin, START, END).total.participants == 7
    finally:
        event.remove(Participant, "load", count)
    assert loaded == []


def test_the_place_of_signing_is_the_certificates(
    desk: Database, admin: Actor, world: World
) -> None:
    from desktop.services.certificate_style import CertificateStyleInput, save_style

    save_style(desk, admin, CertificateStyleInput("Cianjur", False, False), 0)
    assert government_report(desk, admin, START, END).place == "Cianjur"


# -- the files ----------------------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def xlsx_text(data: bytes) -> str:
    """Every string in the workbook's XML (cells, sheet names, properties)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist())


@pytest.mark.parametrize("language", ["id", "en"])
def test_no_personal_data_in_the_files(
    desk: Database, admin: Actor, world: World, tmp_path: Path, language: str
) -> None:
    written = {}
    for suffix in (".pdf", ".xlsx"):
        path = tmp_path / f"dinas{suffix}"
        made = write_government_report(
            desk, admin, START, END, path, language=language, today=TODAY
        )
        assert made == government_report(desk, admin, START, END, today=TODAY)
        written[suffix] = path.read_bytes()
    texts = {"pdf": pdf_text(written[".pdf"]), "xlsx": xlsx_text(written[".xlsx"])}
    flat = {kind: "".join(text.split()) for kind, text in texts.items()}
    for kind, text in texts.items():
        assert SEWING in text and "Kabupaten Cianjur" in text, kind  # the files are the report
        for personal in World.personal():
            assert personal not in text, (kind, personal)
            assert "".join(personal.split()) not in flat[kind], (kind, personal)
    assert not list(tmp_path.glob(".*.part"))


def test_writing_is_audited(desk: Database, admin: Actor, world: World, tmp_path: Path) -> None:
    path = tmp_path / "dinas.xlsx"
    write_government_report(
        desk, admin, START, END, path, programme_id=world.programmes["JHT"], language="en"
    )
    with desk.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.government")
        ).one()
    assert (entry.entity, entry.entity_id, entry.username) == (
        "programme",
        str(world.programmes["JHT"]),
        "admin",
    )
    assert entry.after == {
        "start": "2028-01-01",
        "end": "2028-12-31",
        "format": "xlsx",
        "language": "en",
        "programme": SEWING,
    }


# -- bad input ----------------------------------------------------------------------------------


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the report (the test's folder holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_period_with_nothing_is_a_report_that_says_so(
    desk: Database, admin: Actor, world: World, tmp_path: Path
) -> None:
    quiet = government_report(desk, admin, date(2035, 1, 1), date(2035, 12, 31), today=TODAY)
    assert quiet.empty and quiet.programmes == () and quiet.regencies == ()
    assert (quiet.total.participants, quiet.total.cohorts, quiet.total.completion.rate) == (
        0,
        0,
        None,
    )
    for suffix in (".pdf", ".xlsx"):
        path = tmp_path / f"quiet{suffix}"
        write_government_report(
            desk, admin, date(2035, 1, 1), date(2035, 12, 31), path, language="en"
        )
        text = pdf_text(path.read_bytes()) if suffix == ".pdf" else xlsx_text(path.read_bytes())
        assert "No cohort ran in this period." in " ".join(text.split()), suffix


def test_the_end_before_the_start_is_refused(desk: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as refused:
        government_report(desk, admin, END, START)
    assert refused.value.field == "end"
    assert refused.value.english() == "The end of the period is before its start."


def test_an_unknown_programme(desk: Database, admin: Actor) -> None:
    with pytest.raises(NotFound) as refused:
        government_report(desk, admin, START, END, programme_id=99_999)
    assert refused.value.field == "programme"


def test_a_clerk_may_not(desk: Database, clerk: Actor, out: Path) -> None:
    with pytest.raises(PermissionDenied):
        government_report(desk, clerk, START, END)
    with pytest.raises(PermissionDenied):
        write_government_report(desk, clerk, START, END, out / "r.pdf")
    assert not list(out.iterdir())


def test_a_file_of_another_kind_is_refused(desk: Database, admin: Actor, out: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        write_government_report(desk, admin, START, END, out / "r.docx")
    assert refused.value.field == "file"
    assert not list(out.iterdir())


def test_cancelling_leaves_no_file(desk: Database, admin: Actor, out: Path) -> None:
    steps: list[tuple[int, int]] = []
    with pytest.raises(ReportCancelled):
        write_government_report(
            desk,
            admin,
            START,
            END,
            out / "r.pdf",
            progress=lambda done, total: steps.append((done, total)),
            cancelled=lambda: len(steps) == 2,
        )
    assert steps == [(1, 3), (2, 3)] and not list(out.iterdir())
    with desk.sessions() as session:
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.government")
        ).all()
    assert audited == []


def test_a_folder_that_cannot_be_written_leaves_no_trace(
    desk: Database, admin: Actor, tmp_path: Path
) -> None:
    path = tmp_path / "no such folder" / "report.pdf"
    with pytest.raises(ValidationError) as refused:
        write_government_report(desk, admin, START, END, path)
    assert refused.value.field == "file" and str(path) in refused.value.english()
    with desk.sessions() as session:
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.government")
        ).all()
    assert audited == []
