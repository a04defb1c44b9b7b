"""The cohort's printable roster (`roster_pdf`), and the waiting counts the cohort lists show
(`waiting_counts`).

The roster is read in one transaction, so the seats, the people and the waiting list on paper
agree with each other. On it are those who hold a seat (accepted, in training, completed) by
name, then those who held one and left during the training (dropped out, not passed), so a
finished cohort's roster still shows everyone who sat in the class; then the waiting list in
its documented order (domain.enrolment). People who withdrew before the start are left out.
Nothing read here is an identity number or a phone number: the roster is a public sheet.

Printing writes no audit entry, like the intake form's: it changes nothing, and what it shows
every role may see on screen.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from desktop.config import load_config
from desktop.documents.cohort_roster import render_cohort_roster
from desktop.documents.cohort_roster_parts import RosterPerson, RosterSheet, WaitingPerson
from desktop.domain.enrolment import HOLDS_SEAT, EnrolmentStatus
from desktop.domain.errors import NotFound
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.participant import age_on
from desktop.domain.roles import Permission
from desktop.services import centre
from desktop.services.cohort_common import _cohort
from desktop.services.cohort_rows import _detail
from desktop.services.context import Actor, Work, acting
from desktop.services.enrolment_waitlist import _waiting
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.participants import Participant
from desktop.store.training import Enrolment

E = EnrolmentStatus
LEFT_DURING = (E.DROPPED, E.FAILED)  # held a seat in the class, then left it
ON_ROSTER = (*sorted(HOLDS_SEAT, key=list(E).index), *LEFT_DURING)


def roster_pdf(
    db: Database,
    actor: Actor,
    cohort_id: int,
    *,
    language: str | None = None,
    today: date | None = None,
) -> bytes:
    """The cohort's roster as PDF bytes, in `language` ("id" or "en"; default: the desk's
    language setting), dated `today` (default: the desk's today)."""
    sheet = roster_sheet(db, actor, cohort_id)
    profile = centre.get_profile(db)
    if profile is None:  # a database without a centre has no cohorts either; kept for mypy
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This database has no centre yet."))
    return render_cohort_roster(
        profile,
        sheet,
        language=language or load_config().language,
        today=today or db.clock().astimezone().date(),
    )


def roster_sheet(db: Database, actor: Actor, cohort_id: int) -> RosterSheet:
    """What the roster prints, read in one transaction."""
    with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
        cohort = _cohort(work, cohort_id)
        detail = _detail(work, cohort)
        skill_area = work.session.scalar(
            select(Programme.skill_area).where(Programme.id == cohort.programme_id)
        )
        return RosterSheet(
            programme_name=detail.programme_name,
            skill_area=skill_area or "",
            cohort_code=detail.code,
            status=detail.status,
            start_date=detail.start_date,
            end_date=detail.end_date,
            slots=detail.slots,
            room=detail.room,
            branch=detail.branch,
            instructors=tuple(person.full_name for person in detail.instructors),
            funding=detail.funding,
            sponsors=tuple(sponsor.name for sponsor in detail.sponsors),
            capacity=detail.capacity,
            seats_taken=detail.seats_taken,
            people=tuple(_people(work, cohort_id, detail.start_date)),
            waiting=tuple(_waiting_people(work, cohort.programme_id, cohort_id)),
        )


def _people(work: Work, cohort_id: int, first_day: date) -> list[RosterPerson]:
    rows = work.session.execute(
        select(
            Enrolment.id,
            Enrolment.status,
            Participant.full_name,
            Participant.name_sort,
            Participant.sex,
            Participant.birth_date,
            Participant.village_name,
        )
        .join(Participant, Participant.id == Enrolment.participant_id)
        .where(
            Enrolment.cohort_id == cohort_id,
            Enrolment.status.in_([status.value for status in ON_ROSTER]),
        )
    )
    # Sorted here, not by the database: name_sort is the same order on SQLite and PostgreSQL.
    ordered = sorted(rows, key=lambda row: (E(row.status) in LEFT_DURING, row.name_sort, row.id))
    return [
        RosterPerson(
            full_name=row.full_name,
            sex=row.sex,
            # On the first day, as the programme's age rule counts it.
            age=age_on(row.birth_date, first_day) if row.birth_date else None,
            village=row.village_name,
            status=E(row.status),
        )
        for row in ordered
    ]


def _waiting_people(work: Work, programme_id: int, cohort_id: int) -> list[WaitingPerson]:
    entries = _waiting(work, programme_id, cohort_id)
    rows = work.session.execute(
        select(Participant.id, Participant.village_name).where(
            Participant.id.in_([entry.participant_id for entry in entries])
        )
    )
    villages = {row.id: row.village_name for row in rows}
    return [
        WaitingPerson(
            position=entry.position,
            full_name=entry.full_name,
            village=villages.get(entry.participant_id, ""),
            score=entry.score,
            parts=entry.parts,
            tie_break=entry.tie_break,
        )
        for entry in entries
    ]


def waiting_counts(db: Database, actor: Actor) -> dict[int, int]:
    """How many wait for each cohort (cohort id -> count; cohorts nobody waits for are left
    out): one grouped count instead of a waitlist read per cohort."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        rows = work.session.execute(
            select(Enrolment.cohort_id, func.count())
            .where(Enrolment.status == E.WAITLISTED.value)
            .group_by(Enrolment.cohort_id)
        )
        return {cohort_id: int(count) for cohort_id, count in rows}
