"""The demo centre's sponsors and cohorts, with people enrolled: one cohort that finished some
six months ago (so its 6-month follow-up calls are due), one running now with a waitlist, one
open for enrolment, one planned. Made through the services, as a desk would, so the demo shows
what the services do (codes, sessions around the holidays, seats, the waitlist's order) and the
audit log tells the story.

Dates follow the desk's today, so the demo looks current whenever it is built.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from sqlalchemy import select

from desktop.domain.choices import ParticipantStatus
from desktop.domain.cohort import CohortInput, CohortStatus, Funding, Slot
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.sponsor import SponsorKind
from desktop.services import cohorts, enrolment, sponsors
from desktop.services.context import Actor, acting
from desktop.services.demo_attendance import desk_clock_at, shifted, take_demo_attendance
from desktop.store.database import Database
from desktop.store.participants import Participant

DEMO_SPONSORS = (
    ("PT Sandang Nusantara", SponsorKind.COMPANY),
    ("Yayasan Perempuan Mandiri Cianjur", SponsorKind.NGO),
    ("Dinas Tenaga Kerja Kabupaten Cianjur", SponsorKind.GOVERNMENT),
)
MON, TUE, WED, THU, FRI, SAT = range(6)


@dataclass(frozen=True)
class DemoCohort:
    programme: str  # the demo programme's code
    starts_in_days: int  # from the desk's today; negative: already started
    weeks: int
    slots: tuple[tuple[int, str, str], ...]
    room: str
    capacity: int
    funding: Funding
    sponsors: tuple[int, ...]  # indexes into DEMO_SPONSORS
    status: CohortStatus
    people: int  # how many apply; more than the capacity fills the waitlist


DEMO_COHORTS = (
    DemoCohort("JHT", -250, 8, ((MON, "08:00", "12:00"), (WED, "08:00", "12:00")),
               "Ruang Jahit 1", 16, Funding.SPONSOR, (0, 1), CohortStatus.FINISHED, 15),
    DemoCohort("PTM", -14, 6, ((TUE, "08:00", "11:00"), (THU, "08:00", "11:00")),
               "Kebun Praktik", 20, Funding.APBD, (2,), CohortStatus.RUNNING, 24),
    DemoCohort("KLN", 10, 6, ((MON, "13:00", "16:00"), (FRI, "13:00", "16:00")),
               "Dapur Praktik", 18, Funding.SPONSOR, (1,), CohortStatus.OPEN, 11),
    DemoCohort("TIK", 40, 8, ((SAT, "08:00", "12:00"),),
               "Lab Komputer", 20, Funding.APBN, (), CohortStatus.PLANNED, 0),
)  # fmt: skip


def _monday_near(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _people(db: Database, admin: Actor) -> Iterator[int]:
    """Active records by id: each demo cohort takes the next ones, so nobody is enrolled in two."""
    with acting(db, admin) as work:
        ids = list(
            work.session.scalars(
                select(Participant.id)
                .where(Participant.status == ParticipantStatus.ACTIVE.value)
                .order_by(Participant.id)
                .limit(sum(cohort.people for cohort in DEMO_COHORTS))
            )
        )
    return iter(ids)


def add_demo_cohorts(
    db: Database,
    admin: Actor,
    clerk: Actor,
    programme_ids: dict[str, int],
    instructor_id: int,
) -> int:
    """Sponsors, cohorts and enrolments; returns how many cohorts were made."""
    sponsor_ids = [
        sponsors.create_sponsor(db, admin, name, kind).id for name, kind in DEMO_SPONSORS
    ]
    today = db.clock().astimezone().date()
    people = _people(db, admin)
    for plan in DEMO_COHORTS:
        start = _monday_near(today + timedelta(days=plan.starts_in_days))
        saved = cohorts.create_cohort(
            db,
            admin,
            CohortInput(
                programme_id=programme_ids[plan.programme],
                start_date=start,
                end_date=start + timedelta(weeks=plan.weeks, days=-1),
                slots=tuple(
                    Slot(day, time.fromisoformat(a), time.fromisoformat(b))
                    for day, a, b in plan.slots
                ),
                room=plan.room,
                branch="Cibeber",
                capacity=plan.capacity,
                funding=plan.funding,
                instructor_ids=(instructor_id,),
                sponsor_ids=tuple(sponsor_ids[index] for index in plan.sponsors),
            ),
        )
        cohort = saved.cohort
        _advance(
            db,
            admin,
            cohort.id,
            cohort.version,
            plan.status,
            plan,
            people,
            clerk,
            start,
            instructor_id,
        )
    return len(DEMO_COHORTS)


def _advance(
    db: Database,
    admin: Actor,
    cohort_id: int,
    version: int,
    target: CohortStatus,
    plan: DemoCohort,
    people: Iterator[int],
    clerk: Actor,
    start: date,
    instructor_id: int,
) -> None:
    """Open the cohort, enrol its people, then take it as far as the plan says. A cohort that
    began before today lived its days: people applied a week before the start, the roll was
    taken at each session, and the finished one ended on its last day."""
    if target is CohortStatus.PLANNED:
        return
    today = db.clock().astimezone().date()
    before = max((today - start).days + 7, 0)  # a week before the start, or now
    with desk_clock_at(db, shifted(db, before)):
        version = cohorts.change_status(db, admin, cohort_id, version, CohortStatus.OPEN).version
        chosen = [person for _, person in zip(range(plan.people), people, strict=False)]
        lines = enrolment.enrol_many(db, clerk, chosen, cohort_id)
    if target is CohortStatus.OPEN:
        return
    seated = [
        line.enrolment_id
        for line in lines
        if line.outcome == "enrolled" and line.enrolment_id is not None
    ]
    with desk_clock_at(db, shifted(db, max((today - start).days, 0))):
        version = cohorts.change_status(db, admin, cohort_id, version, CohortStatus.RUNNING).version
        _move_all(db, clerk, seated, EnrolmentStatus.ACTIVE)
    take_demo_attendance(
        db, instructor_id, cohort_id, missing_lately=target is CohortStatus.RUNNING
    )
    if target is CohortStatus.RUNNING:
        return
    # The finished cohort: one dropped out along the way, the rest completed on the last day.
    end = start + timedelta(weeks=plan.weeks, days=-1)
    with desk_clock_at(db, shifted(db, max((today - end).days, 0))):
        if seated:
            enrolment.drop(db, admin, seated[-1], "Pindah kerja ke Bandung")
        _move_all(db, admin, seated[:-1], EnrolmentStatus.COMPLETED)
        cohorts.change_status(db, admin, cohort_id, version, CohortStatus.FINISHED)


def _move_all(
    db: Database, actor: Actor, enrolment_ids: Sequence[int], target: EnrolmentStatus
) -> None:
    for enrolment_id in enrolment_ids:
        enrolment.change_status(db, actor, enrolment_id, target)
