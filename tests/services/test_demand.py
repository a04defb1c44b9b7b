"""Demand from the needs analysis (desktop.services.demand), on SQLite and PostgreSQL.

A known world on the demo centre, registered in 2030 (the demo's people are from before): five
programmes of our own (Tata Rias with a cohort planned; Las Listrik whose only cohort finished;
Barista archived but still asked for; Sablon archived and asked for by nobody; Servis HP asked
for by nobody) and people whose wishes, groups, villages and enrolments test each rule: ranks,
the first choice, completed / waitlisted (served) against dropped / failed / withdrawn (waiting
again), a merged record, a wish for a deleted programme, someone registered the year before.
Every figure is checked, for every filter, and no name reaches the files.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]
from sqlalchemy import func, select, text

from desktop.documents.demand_parts import NO_GROUP, Demand, ProgrammeDemand
from desktop.domain.errors import NotFound, PelitaError, PermissionDenied, ValidationError
from desktop.services.context import Actor, Work, acting
from desktop.services.demand import (
    DemandFilters,
    _postgres_tuned,
    demand,
    demand_regions,
    write_demand,
)
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment

NOW = datetime(2030, 6, 1, 3, 0, tzinfo=UTC)
YEAR = DemandFilters(start=date(2030, 1, 1), end=date(2030, 12, 31))
DELETED = 999_999  # a programme id no longer on record
CIANJUR = ("32.03", "Kabupaten Cianjur", "32.03.05", "Ciranjang")
BOGOR = ("32.01", "Kabupaten Bogor", "32.01.01", "Cibinong")
# village code -> (name, regency and district)
VILLAGES = {
    "32.03.05.2001": ("Desa Satu", CIANJUR),
    "32.03.05.2002": ("Desa Dua", CIANJUR),
    "32.01.01.1003": ("Desa Tiga", BOGOR),
}
V1, V2, V3 = VILLAGES
OURS = {"DTR", "DLS", "DBR", "DSB", "DSH"}
# key: code, name, active, cohorts (status)
PROGRAMMES = {
    "A": ("DTR", "Tata Rias Pengantin", True, ("finished", "planned")),
    "B": ("DLS", "Las Listrik Dasar", True, ("finished",)),
    "C": ("DBR", "Barista Kopi", False, ()),
    "D": ("DSB", "Sablon Kaos", False, ()),
    "E": ("DSH", "Servis HP", True, ()),
}


@dataclass(frozen=True)
class Person:
    name: str
    sex: str
    wishes: tuple[str | int, ...]  # programme keys, or a bare id
    groups: tuple[str, ...]
    village: str
    status: str = "active"
    registered: datetime = NOW


PEOPLE = {
    "siti": Person("Siti Rahasia", "P", ("A", "B"), ("housewife", "poor_family"), V1),
    "budi": Person("Budi Rahasia", "L", ("B", "A"), ("farmer",), V1),
    "rina": Person("Rina Rahasia", "P", ("A",), (), V2),
    "agus": Person("Agus Rahasia", "L", ("B", DELETED), ("youth",), V2),
    "dewi": Person("Dewi Rahasia", "P", ("C", "A"), ("youth", "disability"), V1),
    "asep": Person("Asep Rahasia", "L", ("A",), (), V3),
    "wati": Person("Wati Rahasia", "P", ("B", "A"), ("poor_family",), V2),
    "euis": Person("Euis Rahasia", "P", ("B",), ("housewife",), V1, status="merged"),
    "nur": Person("Nur Rahasia", "P", (DELETED,), (), V2),
    "yanti": Person("Yanti Rahasia", "P", (), (), V2),
    "dedi": Person(
        "Dedi Rahasia", "L", ("A",), (), V1, registered=datetime(2029, 6, 1, tzinfo=UTC)
    ),
}
# (person, programme, cohort index, status)
PLACES = [
    ("rina", "A", 0, "completed"),  # served
    ("asep", "A", 0, "dropped"),  # waits again
    ("wati", "A", 0, "failed"),  # waits again
    ("dewi", "A", 1, "waitlisted"),  # in the pipe: not waiting
    ("agus", "B", 0, "withdrawn"),  # waits again
    ("wati", "B", 0, "completed"),  # served
]


@dataclass
class World:
    programmes: dict[str, int] = field(default_factory=dict)


def build_world(db: Database) -> World:
    world = World()
    with db.sessions.begin() as session:
        for key, (code, name, active, statuses) in PROGRAMMES.items():
            programme = Programme(
                code=code, name=name, skill_area="demand test", hours_jp=40, active=active
            )
            session.add(programme)
            session.flush()
            world.programmes[key] = programme.id
            for sequence, status in enumerate(statuses, start=1):
                session.add(
                    Cohort(
                        programme_id=programme.id,
                        code=f"{code}-2030-{sequence:02d}",
                        year=2030,
                        sequence=sequence,
                        start_date=date(2030, 2 * sequence, 1),
                        end_date=date(2030, 2 * sequence + 1, 1),
                        capacity=20,
                        funding="apbd",
                        status=status,
                    )
                )
        session.flush()
        cohorts = {
            (programme, sequence - 1): cohort_id
            for cohort_id, programme, sequence in session.execute(
                select(Cohort.id, Cohort.programme_id, Cohort.sequence)
            )
        }
        people: dict[str, int] = {}
        for index, (key, person) in enumerate(PEOPLE.items(), start=1):
            village, (regency, regency_name, district, district_name) = VILLAGES[person.village]
            row = Participant(
                full_name=person.name,
                name_sort=person.name.lower(),
                name_key=person.name.lower(),
                nik=f"32035205900{index:05d}",
                phone=f"+628139900{index:04d}",
                birth_date=date(1990, 1, index),
                sex=person.sex,
                status=person.status,
                preferences=[
                    world.programmes[w] if isinstance(w, str) else w for w in person.wishes
                ],
                target_groups=list(person.groups),
                village_code=person.village,
                village_name=village,
                district_code=district,
                district_name=district_name,
                regency_code=regency,
                regency_name=regency_name,
                created_at=person.registered,
                updated_at=person.registered,
            )
            session.add(row)
            session.flush()
            people[key] = row.id
        for who, wished, index, status in PLACES:
            programme_id = world.programmes[wished]
            session.add(
                Enrolment(
                    participant_id=people[who],
                    cohort_id=cohorts[programme_id, index],
                    programme_id=programme_id,
                    status=status,
                    applied_at=NOW,
                    updated_at=NOW,
                )
            )
    return world


@pytest.fixture
def desk(demo_db: Database) -> Database:
    demo_db.clock = lambda: NOW
    return demo_db


@pytest.fixture
def world(desk: Database) -> World:
    return build_world(desk)


def line(report: Demand, code: str) -> ProgrammeDemand:
    return next(found for found in report.programmes if found.code == code)


def groups(
    housewife: int, farmer: int, youth: int, disability: int, poor: int, none: int
) -> dict[str, int]:
    keys = ("housewife", "farmer", "youth", "disability", "poor_family", NO_GROUP)
    return dict(zip(keys, (housewife, farmer, youth, disability, poor, none), strict=True))


# -- the figures --------------------------------------------------------------------------------


def test_every_wish_counts_with_its_rank(desk: Database, admin: Actor, world: World) -> None:
    report = demand(desk, admin, YEAR)
    codes = [found.code for found in report.programmes if found.code in OURS]
    # Most asked for first (the demo's programmes, asked for by nobody in 2030, after them);
    # Sablon, archived and asked for by nobody, is left out.
    assert codes == ["DTR", "DLS", "DBR", "DSH"]
    assert [found.code for found in report.programmes][:3] == ["DTR", "DLS", "DBR"]
    a, b, c, e = (line(report, code) for code in codes)
    # Tata Rias: Siti, Budi, Rina, Dewi, Asep, Wati (Dedi registered in 2029, Euis merged).
    assert (a.asking.people, a.first_choice) == (6, 3)  # first: Siti, Rina, Asep
    assert (b.asking.people, b.first_choice) == (4, 3)  # Budi, Agus, Wati first; Siti second
    assert (c.asking.people, c.first_choice, c.archived) == (1, 1, True)
    assert (e.asking.people, e.archived) == (0, False)
    assert a.asking.groups == groups(1, 1, 1, 1, 2, 2)
    assert (a.asking.male, a.asking.female) == (2, 4)
    assert b.asking.groups == groups(1, 1, 1, 0, 2, 0)


def test_waiting_means_not_served_yet(desk: Database, admin: Actor, world: World) -> None:
    report = demand(desk, admin, YEAR)
    a, b = line(report, "DTR"), line(report, "DLS")
    # Tata Rias: Rina completed and Dewi is on the waitlist (not waiting); Asep dropped out and
    # Wati did not pass (waiting again); Siti and Budi never enrolled.
    assert a.waiting.people == 4
    assert a.waiting.groups == groups(1, 1, 0, 0, 2, 1)
    assert (a.waiting.male, a.waiting.female) == (2, 2)
    # Las Listrik: Wati completed; Agus withdrew (waits again).
    assert b.waiting.people == 3
    assert line(report, "DBR").waiting.people == 1


def test_no_cohort_planned(desk: Database, admin: Actor, world: World) -> None:
    report = demand(desk, admin, YEAR)
    planned = {f.code: f.no_cohort_planned for f in report.programmes if f.code in OURS}
    assert planned == {"DTR": False, "DLS": True, "DBR": True, "DSH": True}
    # Las Listrik or Barista: Siti, Budi, Agus, Wati, Dewi.
    assert report.totals.unplanned == 5


def test_totals_count_each_person_once(desk: Database, admin: Actor, world: World) -> None:
    totals = demand(desk, admin, YEAR).totals
    # Nur asks only for a deleted programme and Yanti for nothing: not counted.
    assert totals.people.people == 7
    assert totals.people.groups == groups(1, 1, 2, 1, 2, 2)
    assert (totals.people.male, totals.people.female) == (3, 4)
    assert totals.waiting == 6  # Rina has everything she asked for
    assert totals.wishes == 11


def test_first_choice_only(desk: Database, admin: Actor, world: World) -> None:
    report = demand(desk, admin, DemandFilters(YEAR.start, YEAR.end, first_choice_only=True))
    a, b = line(report, "DTR"), line(report, "DLS")
    assert (a.asking.people, a.first_choice, a.waiting.people) == (3, 3, 2)
    assert (b.asking.people, b.waiting.people) == (3, 2)
    assert report.totals.people.people == 7
    assert report.totals.waiting == 5  # Rina and Wati hold their first choice
    assert report.totals.unplanned == 4  # Budi, Agus, Wati, Dewi
    assert report.first_choice_only


def test_villages_asking_most(desk: Database, admin: Actor, world: World) -> None:
    a = line(demand(desk, admin, YEAR), "DTR")
    shown = [(v.village, v.district, v.asking, v.waiting) for v in a.villages]
    assert shown == [
        ("Desa Satu", "Ciranjang", 3, 2),  # Siti, Budi, Dewi (waitlisted)
        ("Desa Dua", "Ciranjang", 2, 1),  # Rina (completed), Wati
        ("Desa Tiga", "Cibinong", 1, 1),
    ]


def test_regency_and_district(desk: Database, admin: Actor, world: World) -> None:
    bogor = demand(desk, admin, DemandFilters(YEAR.start, YEAR.end, regency_code="32.01"))
    assert bogor.regency == "Kabupaten Bogor"
    assert line(bogor, "DTR").asking.people == 1
    assert bogor.totals.people.people == 1
    district = demand(desk, admin, DemandFilters(regency_code="32.03", district_code="32.03.05"))
    assert district.district == "Ciranjang"
    # No period: Dedi (2029) counts too, and the demo's people of that district.
    assert line(district, "DTR").asking.people == 6


def test_period_and_everyone(desk: Database, admin: Actor, world: World) -> None:
    only_2029 = demand(desk, admin, DemandFilters(date(2029, 6, 1), date(2029, 6, 1)))
    assert line(only_2029, "DTR").asking.people == 1  # Dedi
    assert only_2029.totals.people.people == 1
    everyone = demand(desk, admin, DemandFilters())
    assert line(everyone, "DTR").asking.people == 7
    assert everyone.totals.people.people > 7  # the demo's people too


def test_nobody_stated_a_wish(desk: Database, admin: Actor, world: World) -> None:
    report = demand(desk, admin, DemandFilters(date(2031, 1, 1), date(2031, 12, 31)))
    assert report.empty
    assert all(found.asking.people == 0 for found in report.programmes)
    codes = [found.code for found in report.programmes]
    assert "DBR" not in codes  # archived, asked for by nobody registered then
    assert "DTR" in codes


def test_regions_for_the_pickers(desk: Database, admin: Actor, world: World) -> None:
    regencies = {area.code: area.name for area in demand_regions(desk, admin)}
    assert regencies["32.01"] == "Kabupaten Bogor"
    districts = {area.code: area.name for area in demand_regions(desk, admin, "32.03")}
    assert districts["32.03.05"] == "Ciranjang"
    assert "32.01.01" not in districts


# -- refused ------------------------------------------------------------------------------------

BAD = [
    pytest.param(
        DemandFilters(date(2030, 2, 1), date(2030, 1, 1)),
        ValidationError,
        "end",
        "The end of the period is before its start.",
        id="from-after-to",
    ),
    pytest.param(
        DemandFilters(regency_code="99.99"),
        NotFound,
        "regency",
        "There is no regency or city with the code 99.99.",
        id="unknown-regency",
    ),
    pytest.param(
        DemandFilters(regency_code="Cianjur"),
        NotFound,
        "regency",
        "There is no regency or city with the code Cianjur.",
        id="regency-name-not-code",
    ),
    pytest.param(
        DemandFilters(district_code="32.03.99"),
        NotFound,
        "district",
        "There is no district with the code 32.03.99.",
        id="unknown-district",
    ),
    pytest.param(
        DemandFilters(regency_code="32.01", district_code="32.03.05"),
        ValidationError,
        "district",
        "This district is not in the chosen regency or city.",
        id="district-elsewhere",
    ),
]


def _audit_count(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


@pytest.mark.parametrize(("filters", "kind", "field_name", "text"), BAD)
def test_bad_filters_are_refused(
    desk: Database,
    admin: Actor,
    world: World,
    tmp_path: Path,
    filters: DemandFilters,
    kind: type[PelitaError],
    field_name: str,
    text: str,
) -> None:
    before = _audit_count(desk)
    with pytest.raises(kind) as refused:
        demand(desk, admin, filters)
    assert (refused.value.field, refused.value.english()) == (field_name, text)
    target = tmp_path / "demand.xlsx"
    with pytest.raises(kind):
        write_demand(desk, admin, filters, target)
    assert not target.exists()
    assert _audit_count(desk) == before


def test_other_file_kinds_are_refused(desk: Database, admin: Actor, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as refused:
        write_demand(desk, admin, YEAR, tmp_path / "demand.pdf")
    assert refused.value.field == "file"
    assert refused.value.english() == "Choose a file name ending in .xlsx or .csv."
    assert not (tmp_path / "demand.pdf").exists()


def test_clerks_may_not_see_it(desk: Database, clerk: Actor, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        demand(desk, clerk, YEAR)
    with pytest.raises(PermissionDenied):
        demand_regions(desk, clerk)
    with pytest.raises(PermissionDenied):
        write_demand(desk, clerk, YEAR, tmp_path / "demand.xlsx")
    assert not (tmp_path / "demand.xlsx").exists()


# -- the files ----------------------------------------------------------------------------------


def test_xlsx_reads_back(desk: Database, admin: Actor, world: World, tmp_path: Path) -> None:
    path = tmp_path / "demand.xlsx"
    write_demand(desk, admin, YEAR, path, language="en")
    book = load_workbook(path)
    assert book.sheetnames == ["Programmes", "Villages"]
    rows = [list(row) for row in book["Programmes"].iter_rows(values_only=True)]
    header = next(row for row in rows if row[0] == "Code")
    assert header[:5] == ["Code", "Programme", "Asking", "First choice", "Waiting"]
    assert header[5:11] == [
        "Housewife", "Farmer", "Youth", "Person with disability", "Poor family", "No group"
    ]  # fmt: skip
    assert header[-1] == "No cohort planned"
    by_code = {row[0]: row for row in rows if row[0] in ("DTR", "DLS", "DBR", "DSH")}
    assert by_code["DTR"][2:11] == [6, 3, 4, 1, 1, 1, 1, 2, 2]
    assert by_code["DTR"][-1] in (None, "")
    assert by_code["DLS"][-1] == "Yes"
    assert by_code["DBR"][1] == "Barista Kopi (archived)"
    total = next(row for row in rows if row[1] == "All programmes (each person once)")
    assert (total[2], total[4], total[-1]) == (7, 6, None)
    assert ["People asking for a programme with no cohort planned: 5"] in [
        [cell for cell in row if cell is not None] for row in rows
    ]
    villages = [list(row) for row in book["Villages"].iter_rows(values_only=True)]
    assert ["Tata Rias Pengantin", "Desa Satu", "Ciranjang", 3, 2] in villages
    _no_names(path.read_bytes(), [str(cell) for row in rows + villages for cell in row])


def test_csv_in_the_house_format(
    desk: Database, admin: Actor, world: World, tmp_path: Path
) -> None:
    path = tmp_path / "demand.csv"
    write_demand(desk, admin, YEAR, path, language="en")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    dtr = next(row for row in rows if row[:1] == ["DTR"])
    assert dtr[2:5] == ["6", "3", "4"]
    assert ["Tata Rias Pengantin", "Desa Dua", "Ciranjang", "2", "1"] in rows
    _no_names(data, [cell for row in rows for cell in row])


def test_writing_is_audited(desk: Database, admin: Actor, world: World, tmp_path: Path) -> None:
    filters = DemandFilters(YEAR.start, YEAR.end, regency_code="32.03", first_choice_only=True)
    write_demand(desk, admin, filters, tmp_path / "demand.csv", language="id")
    with desk.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "report.demand")
        ).one()
    assert entry.after == {
        "start": "2030-01-01",
        "end": "2030-12-31",
        "regency": "32.03",
        "district": None,
        "first_choice_only": True,
        "format": "csv",
        "language": "id",
    }


def _no_names(data: bytes, cells: list[str]) -> None:
    text = " ".join(cells)
    for person in PEOPLE.values():
        assert person.name not in text
        assert person.name.encode() not in data


def test_postgres_settings_do_not_outlive_the_report(desk: Database, admin: Actor) -> None:
    """On PostgreSQL the report turns JIT off and gives its grouping more memory on its
    connection (a read runs in autocommit); the next user of that connection gets neither."""
    if desk.is_sqlite:
        pytest.skip("PostgreSQL only")

    def shown(work: Work) -> tuple[str, str]:
        jit = work.session.execute(text("SHOW jit")).scalar()
        memory = work.session.execute(text("SHOW work_mem")).scalar()
        return str(jit), str(memory)

    with acting(desk, admin, read_only=True) as work:
        before = shown(work)
        with _postgres_tuned(work):
            assert shown(work) == ("off", "64MB")
        assert shown(work) == before
    assert before != ("off", "64MB")
