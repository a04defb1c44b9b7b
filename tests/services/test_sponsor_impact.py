"""A sponsor's impact report through its service (desktop.services.sponsor_impact), on SQLite
and PostgreSQL: a sponsor with two cohorts in the period (one naming it, one its money was
earmarked for) and one outside it, people of both sexes and many ages, one with a disability,
two receiving assistance, completions, dropped out, withdrawn and waitlisted places,
certificates issued, re-issued and revoked, cash and in-kind contributions (in kind posted to
the stock ledger), loans, handovers and materials issued; every figure checked, and no
participant's name, NIK, phone or address anywhere in the PDF or the xlsx."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import event, select, update

from desktop.documents.sponsor_impact_parts import EarmarkKind, FollowUpOutcomes, ImpactReport
from desktop.domain.choices import AgeBand, Assistance
from desktop.domain.cohort import CohortInput, Funding, Slot
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.inventory import ItemKind, MovementKind, Unit
from desktop.domain.participant import ASSISTANCE_BITS
from desktop.domain.sponsor import SponsorKind
from desktop.services import cohorts, sponsors
from desktop.services.context import Actor, acting
from desktop.services.inventory_ledger import Refs, lock_items, post
from desktop.services.sponsor_impact import impact_report, write_impact_report
from desktop.services.sponsor_rows import ContributionKind
from desktop.store.certificates import Certificate
from desktop.store.database import Database
from desktop.store.evaluation import FollowUp
from desktop.store.inventory import Item, Loan, Location
from desktop.store.models import AuditEntry, Programme
from desktop.store.participants import Participant
from desktop.store.sponsors import Contribution
from desktop.store.training import Enrolment

NOW = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # the desk's clock
TODAY = date(2026, 11, 23)
START, END = date(2026, 1, 1), date(2026, 12, 31)
SPONSOR = "PT Benang Emas Nusantara"
MONDAY = (Slot(0, time(8), time(12)),)


def logo_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (160, 80), (200, 30, 40)).save(buffer, "PNG")
    return buffer.getvalue()


@dataclass(frozen=True)
class Person:
    name: str
    sex: str
    born: date
    disability: bool = False
    assistance: tuple[Assistance, ...] = ()


# Everything personal the documents must never show (names, NIKs, phones, streets).
PEOPLE = {
    "siti": Person(
        "Siti Ujicoba Satu", "P", date(2000, 5, 10), True, (Assistance.PKH, Assistance.BPNT)
    ),
    # 34 on the first day of cohort A (her birthday is the day after): 25–34, not 35–44.
    "budi": Person("Budi Ujicoba Dua", "L", date(1991, 2, 3)),
    "rina": Person("Rina Ujicoba Tiga", "P", date(1970, 12, 31), False, (Assistance.KIP,)),
    "agus": Person("Agus Ujicoba Empat", "L", date(2008, 6, 1)),
    "dewi": Person("Dewi Ujicoba Lima", "P", date(1985, 1, 1)),
    "asep": Person("Asep Ujicoba Enam", "L", date(1960, 10, 5)),  # 66 on B's first day
    "euis": Person("Euis Ujicoba Tujuh", "P", date(1995, 7, 7)),
    "yanti": Person("Yanti Ujicoba Delapan", "P", date(1999, 9, 9)),
    "dedi": Person("Dedi Ujicoba Sembilan", "L", date(1988, 8, 8)),
}


def nik(index: int) -> str:
    return f"320322520590{index:04d}"


def phone(index: int) -> str:
    return f"+6281299{index:06d}"


def street(index: int) -> str:
    return f"Jalan Rahasia Nomor {index}"


@dataclass
class World:
    sponsor_id: int
    other_id: int
    cohorts: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    enrolments: dict[tuple[str, str], int] = field(default_factory=dict)

    def personal(self) -> list[str]:
        """Every text about one person that was put in the database."""
        found: list[str] = []
        for index, person in enumerate(PEOPLE.values(), start=1):
            found += [person.name, nik(index), phone(index), phone(index).replace("+62", "0")]
            found += [street(index), person.name.split()[0] + " Ujicoba"]
        return found


@pytest.fixture
def desk(demo_db: Database) -> Database:
    demo_db.clock = lambda: NOW
    return demo_db


@pytest.fixture
def world(desk: Database, admin: Actor) -> World:
    return build_world(desk, admin)


def build_world(db: Database, admin: Actor) -> World:
    """The sponsor's year (see the module docstring); ids in the returned World."""
    sponsor = sponsors.create_sponsor(db, admin, SPONSOR, SponsorKind.COMPANY, logo=logo_png())
    other = sponsors.create_sponsor(db, admin, "Yayasan Lain", SponsorKind.NGO)
    world = World(sponsor.id, other.id)
    with db.sessions.begin() as session:
        codes = {code: id_ for code, id_ in session.execute(select(Programme.code, Programme.id))}
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
                assistance_bits=sum(ASSISTANCE_BITS[kind] for kind in person.assistance),
                created_at=NOW,
                updated_at=NOW,
            )
            session.add(row)
            session.flush()
            world.people[key] = row.id
    plans = {
        # cohort: programme, first and last day, the sponsors it names
        "A": ("JHT", date(2026, 2, 2), date(2026, 3, 27), (sponsor.id,)),
        "B": ("PTM", date(2026, 10, 5), date(2026, 12, 18), ()),  # earmarked money only
        "C": ("SYO", date(2025, 3, 3), date(2025, 5, 30), (sponsor.id,)),  # before the period
        "D": ("ANY", date(2026, 4, 6), date(2026, 6, 26), (other.id,)),  # another sponsor's
    }
    for key, (code, first, last, named) in plans.items():
        saved = cohorts.create_cohort(
            db,
            admin,
            CohortInput(
                programme_id=codes[code],
                start_date=first,
                end_date=last,
                slots=MONDAY,
                capacity=20,
                funding=Funding.SPONSOR,
                sponsor_ids=named,
            ),
        )
        world.cohorts[key] = saved.cohort.id
    places = [
        ("A", "siti", "completed"),
        ("A", "budi", "completed"),
        ("A", "rina", "dropped"),
        ("A", "agus", "failed"),
        ("A", "dewi", "withdrawn"),  # before the start: not reached
        ("B", "siti", "active"),  # a second cohort: still one person
        ("B", "asep", "active"),
        ("B", "euis", "waitlisted"),  # not reached
        ("C", "yanti", "completed"),  # outside the period
        ("D", "dedi", "completed"),  # another sponsor's cohort
    ]
    with db.sessions.begin() as session:
        for cohort, who, status in places:
            place = Enrolment(
                participant_id=world.people[who],
                cohort_id=world.cohorts[cohort],
                programme_id=codes[plans[cohort][0]],
                status=status,
                holds_seat=status in ("accepted", "active", "completed"),
                applied_at=NOW,
                updated_at=NOW,
            )
            session.add(place)
            session.flush()
            world.enrolments[cohort, who] = place.id
    _certificates(db, world)
    _contributions(db, admin, world, codes["JHT"])
    return world


def _certificates(db: Database, world: World) -> None:
    """Siti's issued; Budi's re-issued (the old one superseded); Agus's revoked; Yanti's is
    in a cohort outside the period."""
    lines = [
        ("A", "siti", "issued", None),
        ("A", "budi", "superseded", None),
        ("A", "budi", "issued", 2),  # supersedes the one before it
        ("A", "agus", "revoked", None),
        ("C", "yanti", "issued", None),
    ]
    with db.sessions.begin() as session:
        made: list[int] = []
        for seq, (cohort, person, status, supersedes) in enumerate(lines, start=1):
            row = Certificate(
                number=f"{seq:04d}/LKP-PM/2026",
                year=2026,
                seq=seq,
                enrolment_id=world.enrolments[cohort, person],
                participant_id=world.people[person],
                cohort_id=world.cohorts[cohort],
                full_name=PEOPLE[person].name,
                name_key=PEOPLE[person].name.lower(),
                programme_name="Menjahit",
                cohort_code=cohort,
                start_date=date(2026, 2, 2),
                end_date=date(2026, 3, 27),
                hours_jp=120,
                issue_date=date(2026, 4, 1),
                status=status,
                verify_code=f"AAAA-AAA{seq}",
                key_id="k1",
                signature=b"s",
                sha256="0" * 64,
                supersedes_id=made[supersedes - 1] if supersedes else None,
            )
            session.add(row)
            session.flush()
            made.append(row.id)


def _contribution(
    world: World, day: date, amount: int, kind: str = ContributionKind.CASH.value, **to: int
) -> Contribution:
    return Contribution(
        sponsor_id=world.sponsor_id,
        kind=kind,
        received_on=day,
        amount_rupiah=amount,
        cohort_id=to.get("cohort"),
        programme_id=to.get("programme"),
        recorded_by="admin",
        recorded_at=NOW,
    )


def _contributions(db: Database, admin: Actor, world: World, sewing: int) -> None:
    """Cash (general, for cohort B, for the sewing programme; one the day before the period,
    one of another sponsor), and in kind: two sewing machines and 50.5 m of fabric, with a
    loan, a handover and fabric issued to cohorts A and C."""
    with db.sessions.begin() as session:
        session.add_all(
            [
                _contribution(world, date(2026, 1, 15), 5_000_000),
                _contribution(world, date(2026, 12, 31), 1_500_000),  # the period's last day
                _contribution(world, date(2026, 9, 15), 10_000_000, cohort=world.cohorts["B"]),
                _contribution(world, date(2026, 2, 1), 2_500_000, programme=sewing),
                _contribution(world, date(2025, 12, 31), 1_000_000),  # before the period
            ]
        )
        other = _contribution(world, date(2026, 5, 5), 7_000_000)
        other.sponsor_id = world.other_id
        session.add(other)
    with acting(db, admin) as work:
        session = work.session
        store = Location(name="Gudang", branch="", key="|gudang", active=True, created_at=NOW)
        given = _contribution(
            world, date(2026, 1, 20), 9_000_000, kind=ContributionKind.IN_KIND.value
        )
        earlier = _contribution(
            world, date(2025, 6, 1), 400_000, kind=ContributionKind.IN_KIND.value
        )
        session.add_all([store, given, earlier])
        machines = [
            _item(world, "Mesin jahit", ItemKind.EQUIPMENT, Unit.PIECE, f"INV-{n}") for n in (1, 2)
        ]
        fabric = _item(world, "Kain katun", ItemKind.CONSUMABLE, Unit.METRE)
        thread = _item(world, "Benang", ItemKind.CONSUMABLE, Unit.ROLL)
        session.add_all([*machines, fabric, thread])
        session.flush()
        lock_items(work, [item.id for item in (*machines, fabric, thread)])
        for machine in machines:
            post(
                work,
                machine,
                store.id,
                1000,
                MovementKind.DONATED,
                given.received_on,
                refs=Refs(contribution_id=given.id, value_rupiah=3_500_000),
            )
        post(
            work,
            fabric,
            store.id,
            50_500,
            MovementKind.DONATED,
            given.received_on,
            refs=Refs(contribution_id=given.id, value_rupiah=2_000_000),
        )
        post(
            work,
            thread,
            store.id,
            10_000,
            MovementKind.DONATED,
            earlier.received_on,
            refs=Refs(contribution_id=earlier.id, value_rupiah=400_000),
        )
        for cohort, milli in (("A", 20_000), ("A", 5_250), ("C", 3_000)):
            post(
                work,
                fabric,
                store.id,
                -milli,
                MovementKind.ISSUED,
                date(2026, 2, 2),
                refs=Refs(cohort_id=world.cohorts[cohort]),
            )
        people = world.people
        session.add_all(
            [
                _loan(
                    machines[0],
                    store,
                    people["budi"],
                    "loan",
                    date(2026, 4, 1),
                    returned=date(2026, 5, 1),
                ),
                _loan(machines[1], store, people["siti"], "handover", date(2026, 3, 30)),
                # Before the period:
                _loan(
                    machines[0],
                    store,
                    people["rina"],
                    "loan",
                    date(2025, 12, 1),
                    returned=date(2025, 12, 20),
                ),
            ]
        )


def _item(world: World, name: str, kind: ItemKind, unit: Unit, tag: str | None = None) -> Item:
    return Item(
        kind=kind.value,
        name=name,
        name_key=name.casefold(),
        unit=unit.value,
        asset_tag=tag,
        sponsor_id=world.sponsor_id,
        created_at=NOW,
    )


def _loan(
    item: Item, place: Location, person: int, kind: str, out: date, returned: date | None = None
) -> Loan:
    return Loan(
        kind=kind,
        item_id=item.id,
        participant_id=person,
        location_id=place.id,
        quantity_milli=1000,
        out_on=out,
        returned_on=returned,
        number="BAST/0001/III/2026" if kind == "handover" else "",
        recorded_at=NOW,
    )


def report(db: Database, actor: Actor, world: World) -> ImpactReport:
    return impact_report(db, actor, world.sponsor_id, START, END, today=TODAY)


# -- the figures --------------------------------------------------------------------------------


def test_money_given_in_the_period_by_what_it_was_given_for(
    desk: Database, admin: Actor, world: World
) -> None:
    money = report(desk, admin, world).money
    assert (money.contributions, money.total_rupiah) == (4, 19_000_000)
    lines: list[tuple[EarmarkKind, str, str, int, int]] = [
        (e.kind, e.name, e.programme, e.contributions, e.amount_rupiah) for e in money.earmarks
    ]
    code_b = cohorts.get_cohort(desk, admin, world.cohorts["B"]).code
    assert lines == [
        ("cohort", code_b, "Pertanian Modern: Hidroponik dan Irigasi Tetes", 1, 10_000_000),
        ("programme", "Menjahit Pakaian Dasar", "", 1, 2_500_000),
        ("general", "", "", 2, 6_500_000),
    ]


def test_items_given_from_the_ledger(desk: Database, admin: Actor, world: World) -> None:
    items = report(desk, admin, world).items
    assert (items.contributions, items.value_rupiah) == (1, 9_000_000)
    assert [(i.name, i.unit, i.quantity_milli, i.value_rupiah) for i in items.items] == [
        ("Kain katun", Unit.METRE, 50_500, 2_000_000),
        ("Mesin jahit", Unit.PIECE, 2_000, 7_000_000),
    ]


def test_where_it_went(desk: Database, admin: Actor, world: World) -> None:
    found = report(desk, admin, world)
    a, b = found.cohorts
    assert (a.programme, a.start_date, a.end_date) == (
        "Menjahit Pakaian Dasar",
        date(2026, 2, 2),
        date(2026, 3, 27),
    )
    assert (a.sponsored, a.earmarked, a.participants, a.completed, a.certificates) == (
        True,
        False,
        4,
        2,
        2,
    )
    assert (b.sponsored, b.earmarked, b.participants, b.completed, b.certificates) == (
        False,
        True,
        2,
        0,
        0,
    )
    assert [
        (line.item, line.kind, line.times, line.quantity_milli, line.participants, line.returned)
        for line in found.loans
    ] == [
        ("Mesin jahit", "handover", 1, 1000, 1, 0),
        ("Mesin jahit", "loan", 1, 1000, 1, 1),
    ]
    assert [(m.item, m.unit, m.quantity_milli) for m in found.materials] == [
        ("Kain katun", Unit.METRE, 25_250)
    ]


def test_participants_reached(desk: Database, admin: Actor, world: World) -> None:
    reach = report(desk, admin, world).reach
    assert (reach.participants, reach.male, reach.female) == (5, 3, 2)
    assert dict(reach.by_age) == {
        AgeBand.UNDER_18: 1,  # Agus, 17
        AgeBand.FROM_18: 0,
        AgeBand.FROM_25: 2,  # Siti, 25; Budi, 34 the day before his birthday
        AgeBand.FROM_35: 0,
        AgeBand.FROM_45: 1,  # Rina, 55
        AgeBand.FROM_60: 1,  # Asep, 66 on his birthday, B's first day
    }
    assert (reach.with_disability, reach.without_disability) == (1, 4)
    assert (reach.receiving_assistance, reach.not_receiving_assistance) == (2, 3)
    assert dict(reach.by_assistance) == {
        Assistance.PKH: 1,
        Assistance.BPNT: 1,
        Assistance.PBI_JK: 0,
        Assistance.KIP: 1,
        Assistance.PRAKERJA: 0,
    }


def test_completion_and_certificates(desk: Database, admin: Actor, world: World) -> None:
    found = report(desk, admin, world)
    # Cohort A has ended: 2 of its 4 completed. B is still running on 23 November.
    completion = found.completion
    assert (completion.ended_cohorts, completion.completed, completion.counted) == (1, 2, 4)
    assert completion.rate == 0.5
    assert found.certificates == 2  # Budi's re-issue counted once, Agus's revoked not at all
    assert found.follow_up is None  # no one called yet
    after_b = impact_report(desk, admin, world.sponsor_id, START, END, today=date(2027, 1, 4))
    assert (after_b.completion.completed, after_b.completion.counted) == (2, 6)


def test_follow_up_outcomes_at_six_months(desk: Database, admin: Actor, world: World) -> None:
    """Siti working, Budi in business (intake 1-2 jt, now 2,5 jt), Rina not reached; Yanti's
    cohort is before the period and Dedi's another sponsor's; Siti's 3-month call is not the
    6-month one."""
    calls = [
        ("A", "siti", 6, True, "formal", False, None),
        ("A", "siti", 3, True, "none", False, 9_000_000),
        ("A", "budi", 6, True, "none", True, 2_500_000),
        ("A", "rina", 6, False, None, None, None),
        ("C", "yanti", 6, True, "formal", False, 4_000_000),
        ("D", "dedi", 6, True, "formal", False, 4_000_000),
    ]
    with desk.sessions.begin() as session:
        session.execute(
            update(Participant)
            .where(Participant.id == world.people["budi"])
            .values(income_band="1m_2m")
        )
        for cohort, who, months, reached, work, business, income in calls:
            session.add(
                FollowUp(
                    enrolment_id=world.enrolments[cohort, who],
                    months=months,
                    reached=reached,
                    work=work,
                    business=business,
                    monthly_income=income,
                    uses_skill=reached and who == "budi",
                    updated_at=NOW,
                )
            )
    found = report(desk, admin, world).follow_up
    assert found == FollowUpOutcomes(
        months=6,
        reached=2,
        working=1,
        in_business=1,
        uses_skill=1,
        income_known=1,
        median_income_change=1_000_000,
    )


def test_the_sponsor_itself(desk: Database, admin: Actor, world: World) -> None:
    found = report(desk, admin, world)
    assert (found.sponsor_name, found.sponsor_kind) == (SPONSOR, SponsorKind.COMPANY)
    assert found.logo_png is not None and found.logo_png.startswith(b"\x89PNG")
    assert (found.start, found.end, found.today, found.empty) == (START, END, TODAY, False)


def test_no_participant_is_loaded_into_python(desk: Database, admin: Actor, world: World) -> None:
    """Counted by the database: not one Participant row is read into an object."""
    loaded: list[object] = []

    def count(target: object, _context: object) -> None:
        loaded.append(target)

    event.listen(Participant, "load", count)
    try:
        assert report(desk, admin, world).reach.participants == 5
    finally:
        event.remove(Participant, "load", count)
    assert loaded == []


def test_the_other_sponsor_sees_only_its_own(desk: Database, admin: Actor, world: World) -> None:
    found = impact_report(desk, admin, world.other_id, START, END, today=TODAY)
    assert (found.money.total_rupiah, found.items.contributions) == (7_000_000, 0)
    assert [c.participants for c in found.cohorts] == [1]
    assert (found.reach.participants, found.loans, found.materials) == (1, (), ())


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
        path = tmp_path / f"dampak{suffix}"
        made = write_impact_report(
            desk, admin, world.sponsor_id, START, END, path, language=language, today=TODAY
        )
        assert made == report(desk, admin, world)  # what the file says
        written[suffix] = path.read_bytes()
    texts = {"pdf": pdf_text(written[".pdf"]), "xlsx": xlsx_text(written[".xlsx"])}
    flat = {kind: "".join(text.split()) for kind, text in texts.items()}
    for kind, text in texts.items():
        assert SPONSOR in text, kind  # the files are the report
        for personal in world.personal():
            assert personal not in text, (kind, personal)
            assert "".join(personal.split()) not in flat[kind], (kind, personal)
    if language == "en":
        assert "No follow-up outcomes recorded yet." in texts["pdf"]
        assert "No follow-up outcomes recorded yet." in texts["xlsx"]
    assert not list(tmp_path.glob(".*.part"))


def test_writing_is_audited(desk: Database, admin: Actor, world: World, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    write_impact_report(desk, admin, world.sponsor_id, START, END, path, language="en")
    with desk.sessions() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "sponsor.report")
        ).one()
    assert (entry.entity, entry.entity_id, entry.username) == (
        "sponsor",
        str(world.sponsor_id),
        "admin",
    )
    assert entry.after == {
        "start": "2026-01-01",
        "end": "2026-12-31",
        "format": "xlsx",
        "language": "en",
    }


# -- bad input ----------------------------------------------------------------------------------


def test_an_empty_period_is_a_report_that_says_so(
    desk: Database, admin: Actor, world: World, tmp_path: Path
) -> None:
    quiet = impact_report(
        desk, admin, world.sponsor_id, date(2030, 1, 1), date(2030, 12, 31), today=TODAY
    )
    assert quiet.empty and quiet.cohorts == () and quiet.reach.participants == 0
    assert quiet.money.earmarks == () and quiet.completion.rate is None
    path = tmp_path / "quiet.pdf"
    write_impact_report(
        desk, admin, world.sponsor_id, date(2030, 1, 1), date(2030, 12, 31), path, language="en"
    )
    text = " ".join(pdf_text(path.read_bytes()).split())
    assert "Nothing was recorded for this sponsor in this period." in text
    assert "None in this period." in text


def test_the_end_before_the_start_is_refused(desk: Database, admin: Actor, world: World) -> None:
    with pytest.raises(ValidationError) as refused:
        impact_report(desk, admin, world.sponsor_id, END, START)
    assert refused.value.field == "end"
    assert refused.value.english() == "The end of the period is before its start."


def test_an_unknown_sponsor(desk: Database, admin: Actor) -> None:
    with pytest.raises(NotFound):
        impact_report(desk, admin, 9999, START, END)


def test_a_clerk_may_not(desk: Database, clerk: Actor, admin: Actor, world: World) -> None:
    with pytest.raises(PermissionDenied):
        impact_report(desk, clerk, world.sponsor_id, START, END)


def test_a_file_of_another_kind_is_refused(
    desk: Database, admin: Actor, world: World, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValidationError) as refused:
        write_impact_report(desk, admin, world.sponsor_id, START, END, folder / "r.docx")
    assert refused.value.field == "file"
    assert not list(folder.iterdir())


def test_cancelling_leaves_no_file(
    desk: Database, admin: Actor, world: World, tmp_path: Path
) -> None:
    from desktop.services.sponsor_impact import ReportCancelled

    steps: list[tuple[int, int]] = []
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "r.pdf"
    with pytest.raises(ReportCancelled):
        write_impact_report(
            desk,
            admin,
            world.sponsor_id,
            START,
            END,
            path,
            progress=lambda done, total: steps.append((done, total)),
            cancelled=lambda: bool(steps),
        )
    assert steps == [(1, 3)] and not list(folder.iterdir())


def test_a_folder_that_cannot_be_written_leaves_no_trace(
    desk: Database, admin: Actor, world: World, tmp_path: Path
) -> None:
    path = tmp_path / "no such folder" / "report.pdf"
    with pytest.raises(ValidationError) as refused:
        write_impact_report(desk, admin, world.sponsor_id, START, END, path)
    assert refused.value.field == "file" and str(path) in refused.value.english()
    with desk.sessions() as session:
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "sponsor.report")
        ).all()
    assert audited == []
