"""A small centre's year 2030 with every figure of the dashboard known, for the dashboard's and
the outcome figures' tests (services, GUI, CLI).

On a demo database without people (its programmes and logins): eight people registered in
2030, one in 2029; five cohorts:

    K1  JHT  branch Cianjur  sponsor S1      7 Jan - 29 Mar 2030  finished  2 of 10 seats
    K2  PTM  branch Bandung  no sponsor      6 May - 26 Jul 2030  finished  2 of 20 seats
    K3  JHT  branch Bandung  sponsor S2      5 Aug - 29 Nov 2030  running   2 of 10 seats
    K4  PTM  branch Cianjur  no sponsor      2 Dec 2030 - 28 Feb 2031  planned (not active)
    K5  JHT  branch Cianjur  sponsor S1      2029: before the period

places, attendance marks (JHT does not count excused marks, PTM does), tallies (Hana is
absent three sessions in a row), certificates (issued, re-issued, revoked) and follow-up
calls at 3 and 6 months. Every expected figure is written down in the tests that use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.choices import Assistance
from desktop.domain.participant import ASSISTANCE_BITS
from desktop.domain.programme_rules import CompletionRule
from desktop.store.attendance import AttendanceMark, AttendanceTally
from desktop.store.certificates import Certificate
from desktop.store.database import Database
from desktop.store.evaluation import FollowUp
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, CohortSession, CohortSponsor, Enrolment, Sponsor

TODAY = date(2030, 9, 15)
NOW = datetime(2030, 9, 15, 2, 0, tzinfo=UTC)
YEAR = (date(2030, 1, 1), date(2030, 12, 31))


@dataclass(frozen=True)
class Person:
    sex: str
    born: date
    registered: date
    band: str | None = None
    disability: bool = False
    assistance: tuple[Assistance, ...] = ()
    dtsen: str = "no"
    regency: tuple[str, str] = ("", "")


CIANJUR = ("3203", "Kabupaten Cianjur")
KAB_BANDUNG = ("3204", "Kabupaten Bandung")
KOTA_BANDUNG = ("3273", "Kota Bandung")
PEOPLE = {
    "ani": Person(
        "P",
        date(1995, 3, 1),
        date(2030, 1, 10),
        "under_1m",
        False,
        (Assistance.PKH,),
        regency=CIANJUR,
    ),
    "budi": Person("L", date(1988, 6, 10), date(2030, 1, 11), "1m_2m", True, (), "yes", CIANJUR),
    "citra": Person("P", date(2013, 5, 5), date(2030, 1, 20), "none", regency=KAB_BANDUNG),
    "dodi": Person("L", date(1960, 1, 1), date(2030, 2, 3), None, dtsen="unknown"),
    "eka": Person(
        "P",
        date(2005, 7, 7),
        date(2030, 2, 14),
        "2m_3m",
        False,
        (Assistance.KIP,),
        regency=KAB_BANDUNG,
    ),
    "fajar": Person("L", date(1980, 12, 12), date(2030, 5, 15), "3m_5m"),
    "gita": Person("P", date(1999, 9, 20), date(2030, 8, 1), "5m_plus", True, regency=KOTA_BANDUNG),
    "hana": Person("P", date(1990, 8, 5), date(2030, 8, 2), "under_1m", regency=CIANJUR),
    "iwan": Person("L", date(1970, 1, 1), date(2029, 1, 5), "none", regency=CIANJUR),
}
# code: programme, branch, sponsors, first day, last day, status, capacity, seats taken
COHORTS = {
    "K1": ("JHT", "Cianjur", ("S1",), date(2030, 1, 7), date(2030, 3, 29), "finished", 10, 2),
    "K2": ("PTM", "Bandung", (), date(2030, 5, 6), date(2030, 7, 26), "finished", 20, 2),
    "K3": ("JHT", "Bandung", ("S2",), date(2030, 8, 5), date(2030, 11, 29), "running", 10, 2),
    "K4": ("PTM", "Cianjur", (), date(2030, 12, 2), date(2031, 2, 28), "planned", 15, 0),
    "K5": ("JHT", "Cianjur", ("S1",), date(2029, 1, 7), date(2029, 3, 30), "finished", 10, 1),
}
# cohort, person, status, applied on
PLACES = (
    ("K1", "ani", "completed", date(2030, 1, 12)),
    ("K1", "budi", "completed", date(2030, 1, 12)),
    ("K1", "citra", "dropped", date(2030, 1, 21)),
    ("K1", "dodi", "withdrawn", date(2030, 1, 25)),
    ("K2", "eka", "completed", date(2030, 4, 2)),
    ("K2", "fajar", "failed", date(2030, 4, 3)),
    ("K2", "ani", "completed", date(2030, 4, 4)),
    ("K2", "dodi", "withdrawn", date(2030, 5, 2)),
    ("K3", "gita", "active", date(2030, 7, 1)),
    ("K3", "hana", "active", date(2030, 7, 2)),
    ("K5", "iwan", "completed", date(2029, 1, 6)),
)
# cohort, day, {person: mark}
MARKS = (
    ("K1", date(2030, 1, 7), {"ani": "present", "budi": "late", "citra": "absent"}),
    ("K1", date(2030, 2, 4), {"ani": "present", "budi": "excused", "citra": "absent"}),
    ("K2", date(2030, 5, 6), {"eka": "present", "fajar": "sick", "ani": "present"}),
    ("K3", date(2030, 8, 5), {"gita": "present", "hana": "absent"}),
    ("K3", date(2030, 8, 12), {"gita": "present", "hana": "absent"}),
    ("K3", date(2030, 8, 19), {"gita": "present", "hana": "absent"}),
)
# cohort, person, status, issued on
CERTIFICATES = (
    ("K1", "ani", "issued", date(2030, 4, 1)),
    ("K1", "budi", "superseded", date(2030, 4, 1)),
    ("K1", "budi", "issued", date(2030, 4, 10)),
    ("K2", "eka", "issued", date(2030, 8, 1)),
    ("K2", "ani", "revoked", date(2030, 8, 1)),
    ("K5", "iwan", "issued", date(2029, 4, 1)),
)


@dataclass(frozen=True)
class Call:
    months: int
    reached: bool
    work: str | None = None
    business: bool | None = None
    income: int | None = None
    uses_skill: bool | None = None
    needs_help: bool | None = None


# (cohort, person): the call
CALLS = {
    ("K1", "ani"): Call(6, True, "formal", False, 2_000_000, True, False),  # +1.5 jt
    ("K1", "budi"): Call(6, True, "none", True, 2_500_000, True, True),  # +1 jt
    ("K1", "citra"): Call(6, False),
    ("K2", "eka"): Call(6, True, "informal", True, None, False, False),
    ("K2", "fajar"): Call(6, True, "none", False, 3_000_000, False, True),  # -1 jt
    ("K2", "ani"): Call(3, True, "formal", False, 10_000_000, True, False),  # at 3 months
    ("K5", "iwan"): Call(6, True, "formal", False, 1_200_000, True, False),  # +1,2 jt
}


@dataclass
class World:
    programmes: dict[str, int] = field(default_factory=dict)
    sponsors: dict[str, int] = field(default_factory=dict)
    cohorts: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    enrolments: dict[tuple[str, str], int] = field(default_factory=dict)


def _at(day: date) -> datetime:
    return datetime.combine(day, time(12), tzinfo=UTC)  # midday: any desk's zone, same day


def build_world(db: Database) -> World:
    """The centre's 2030 (see the module docstring) in a demo database without people."""
    world = World()
    with db.sessions.begin() as session:
        world.programmes = {
            code: id_ for code, id_ in session.execute(select(Programme.code, Programme.id))
        }
        session.execute(
            update(Programme)
            .where(Programme.code == "JHT")
            .values(completion=CompletionRule(excused_counts=False).to_json())
        )
        for name in ("S1", "S2"):
            sponsor = Sponsor(
                name=f"Sponsor {name}", name_key=f"sponsor {name.lower()}", kind="company"
            )
            session.add(sponsor)
            session.flush()
            world.sponsors[name] = sponsor.id
        for index, (key, person) in enumerate(PEOPLE.items()):
            name = f"{key.title()} Rahasia"
            row = Participant(
                full_name=name,
                name_sort=name.lower(),
                name_key=name.lower(),
                nik=f"32032252059{index:05d}",
                phone=f"+6281299{index:06d}",
                birth_date=person.born,
                sex=person.sex,
                regency_code=person.regency[0],
                regency_name=person.regency[1],
                income_band=person.band,
                has_disability=person.disability,
                assistance_bits=sum(ASSISTANCE_BITS[kind] for kind in person.assistance),
                dtsen=person.dtsen,
                status="active",
                created_at=_at(person.registered),
                updated_at=_at(person.registered),
            )
            session.add(row)
            session.flush()
            world.people[key] = row.id
        for number, (code, plan) in enumerate(COHORTS.items(), start=1):
            programme, branch, sponsors, first, last, status, capacity, taken = plan
            cohort = Cohort(
                programme_id=world.programmes[programme],
                code=code,
                year=first.year,
                sequence=number,
                start_date=first,
                end_date=last,
                schedule=[],
                branch=branch,
                capacity=capacity,
                seats_taken=taken,
                funding="apbn",
                status=status,
                created_at=_at(first),
            )
            session.add(cohort)
            session.flush()
            world.cohorts[code] = cohort.id
            for sponsor in sponsors:
                session.add(CohortSponsor(cohort_id=cohort.id, sponsor_id=world.sponsors[sponsor]))
        for code, who, status, applied in PLACES:
            place = Enrolment(
                participant_id=world.people[who],
                cohort_id=world.cohorts[code],
                programme_id=world.programmes[COHORTS[code][0]],
                status=status,
                holds_seat=status in ("accepted", "active", "completed"),
                applied_at=_at(applied),
                updated_at=_at(applied),
            )
            session.add(place)
            session.flush()
            world.enrolments[code, who] = place.id
        _attendance(session, world)
        _certificates(session, world)
        for (code, who), call in CALLS.items():
            session.add(
                FollowUp(
                    enrolment_id=world.enrolments[code, who],
                    months=call.months,
                    attempts=1 if call.reached else 2,
                    reached=call.reached,
                    work=call.work,
                    business=call.business,
                    monthly_income=call.income,
                    uses_skill=call.uses_skill,
                    needs_help=call.needs_help,
                    updated_at=NOW,
                )
            )
    return world


def _attendance(session: Session, world: World) -> None:
    tallies: dict[int, dict[str, int]] = {}
    for code, day, marks in MARKS:
        meeting = CohortSession(
            cohort_id=world.cohorts[code], day=day, starts=time(8), ends=time(12), kind="regular"
        )
        session.add(meeting)
        session.flush()
        for who, mark in marks.items():
            enrolment = world.enrolments[code, who]
            session.add(AttendanceMark(session_id=meeting.id, enrolment_id=enrolment, mark=mark))
            tally = tallies.setdefault(enrolment, {"streak": 0})
            tally[mark] = tally.get(mark, 0) + 1
            tally["streak"] = tally["streak"] + 1 if mark == "absent" else 0
    for enrolment, counted in tallies.items():
        session.add(
            AttendanceTally(
                enrolment_id=enrolment,
                present=counted.get("present", 0),
                late=counted.get("late", 0),
                excused=counted.get("excused", 0),
                sick=counted.get("sick", 0),
                absent=counted.get("absent", 0),
                streak=counted["streak"],
            )
        )


def _certificates(session: Session, world: World) -> None:
    for seq, (code, who, status, issued) in enumerate(CERTIFICATES, start=1):
        session.add(
            Certificate(
                number=f"{seq:04d}/DASH/{issued.year}",
                year=issued.year,
                seq=seq,
                enrolment_id=world.enrolments[code, who],
                participant_id=world.people[who],
                cohort_id=world.cohorts[code],
                full_name=f"{who.title()} Rahasia",
                name_key=f"{who} rahasia",
                programme_name=COHORTS[code][0],
                cohort_code=code,
                start_date=COHORTS[code][3],
                end_date=COHORTS[code][4],
                hours_jp=120,
                issue_date=issued,
                status=status,
                verify_code=f"DASH-{seq:04d}",
                key_id="k1",
                signature=b"s",
                sha256="0" * 64,
            )
        )
