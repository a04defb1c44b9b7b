"""A cohort's waitlist: who waits, in the documented order (domain.enrolment's score with the
admin's weights), the offer of a free seat to the person at its top, and those weights (kept in
the setting table under `waitlist_weights`). Internal: callers use desktop.services.enrolment.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import select

from desktop.domain.choices import TargetGroup
from desktop.domain.enrolment import COHORT_OPEN, ScorePart, Waiting, WaitlistWeights, ordered
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.enrolment_common import E, _cohort
from desktop.store.database import Database
from desktop.store.models import Setting
from desktop.store.participants import Participant
from desktop.store.training import Enrolment

WEIGHTS_KEY = "waitlist_weights"


@dataclass(frozen=True)
class Offer:
    """A freed seat offered to the person at the top of the waitlist."""

    cohort_id: int
    enrolment_id: int
    participant_id: int
    full_name: str
    score: float
    parts: tuple[ScorePart, ...]  # why they are first
    seats_free: int


@dataclass(frozen=True)
class WaitlistEntry:
    position: int  # 1 = next to be offered a seat
    enrolment_id: int
    participant_id: int
    full_name: str
    score: float
    parts: tuple[ScorePart, ...]  # the parts of the score: the reason for the position
    applied_at: datetime
    tie_break: bool  # same score as the one above: placed after them for applying later


def _weights(work: Work) -> WaitlistWeights:
    row = work.session.get(Setting, WEIGHTS_KEY)
    return WaitlistWeights.from_json(row.value if row is not None else None)


def _waiting(work: Work, programme_id: int, cohort_id: int) -> list[WaitlistEntry]:
    """The cohort's waitlist in its documented order (seek on ix_enrolment_cohort_status)."""
    rows = work.session.connection().execute(
        select(
            Enrolment.id,
            Enrolment.participant_id,
            Enrolment.applied_at,
            Participant.full_name,
            Participant.has_disability,
            Participant.dtsen,
            Participant.dtsen_decile,
            Participant.target_groups,
            Participant.assistance_bits,
            Participant.preferences,
        )
        .join(Participant, Participant.id == Enrolment.participant_id)
        .where(Enrolment.cohort_id == cohort_id, Enrolment.status == E.WAITLISTED.value)
    )
    people: dict[int, tuple[int, str]] = {}
    waiting: list[Waiting] = []
    for row in rows:
        people[row.id] = (row.participant_id, row.full_name)
        waiting.append(
            Waiting(
                enrolment_id=row.id,
                applied_at=row.applied_at,
                has_disability=bool(row.has_disability),
                dtsen=row.dtsen or "unknown",
                dtsen_decile=row.dtsen_decile,
                poor_family=TargetGroup.POOR_FAMILY.value in (row.target_groups or ()),
                assistance_bits=row.assistance_bits or 0,
                preferences=tuple(p for p in row.preferences or () if isinstance(p, int)),
            )
        )
    entries: list[WaitlistEntry] = []
    for position, (who, found) in enumerate(
        ordered(waiting, programme_id, _weights(work), work.now), start=1
    ):
        participant_id, full_name = people[who.enrolment_id]
        entries.append(
            WaitlistEntry(
                position=position,
                enrolment_id=who.enrolment_id,
                participant_id=participant_id,
                full_name=full_name,
                score=found.score,
                parts=found.parts,
                applied_at=who.applied_at,
                tie_break=bool(entries) and entries[-1].score == found.score,
            )
        )
    return entries


def _offer(work: Work, cohort_id: int) -> Offer | None:
    """The person at the top of the waitlist, if a seat is free; the offer is audited."""
    cohort = _cohort(work.session.connection(), cohort_id)
    free = cohort.capacity - cohort.seats_taken
    if free <= 0 or cohort.status not in COHORT_OPEN:
        return None
    waiting = _waiting(work, cohort.programme_id, cohort_id)
    if not waiting:
        return None
    first = waiting[0]
    work.audit(
        "enrolment.offer",
        "enrolment",
        first.enrolment_id,
        after={
            "participant_id": first.participant_id,
            "cohort_id": cohort_id,
            "score": first.score,
            "parts": {part.part: part.points for part in first.parts},
        },
    )
    return Offer(
        cohort_id=cohort_id,
        enrolment_id=first.enrolment_id,
        participant_id=first.participant_id,
        full_name=first.full_name,
        score=first.score,
        parts=first.parts,
        seats_free=free,
    )


def offer_next(db: Database, actor: Actor, cohort_id: int) -> Offer | None:
    """Who is next for a free seat of the cohort, with the reason (None: no free seat or no
    one waiting). Confirm with `accept_offer`."""
    with acting(db, actor, Permission.ENROL_PARTICIPANTS) as work:
        return _offer(work, cohort_id)


def waitlist(db: Database, actor: Actor, cohort_id: int) -> list[WaitlistEntry]:
    """The cohort's waitlist in the documented order, each with the parts of their score."""
    with acting(db, actor, Permission.VIEW_PARTICIPANTS, read_only=True) as work:
        cohort = _cohort(work.session.connection(), cohort_id)
        entries = _waiting(work, cohort.programme_id, cohort_id)
    if actor.may(Permission.VIEW_SENSITIVE_DATA):
        return entries
    # The parts name a disability or social assistance: the order only, for instructors.
    return [replace(entry, parts=()) for entry in entries]


# -- the waitlist's weights --------------------------------------------------------------------


def waitlist_weights(db: Database, actor: Actor) -> WaitlistWeights:
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        return _weights(work)


def set_waitlist_weights(db: Database, actor: Actor, weights: WaitlistWeights) -> WaitlistWeights:
    """The admin's weights for the waitlist score (domain.enrolment), shared by every desk."""
    weights.validate()
    with acting(db, actor, Permission.MANAGE_SETTINGS) as work:
        row = work.session.get(Setting, WEIGHTS_KEY)
        before = WaitlistWeights.from_json(row.value if row is not None else None)
        if row is None:
            work.session.add(Setting(key=WEIGHTS_KEY, value=weights.to_json()))
        else:
            row.value = weights.to_json()
        work.audit(
            "settings.update",
            "setting",
            WEIGHTS_KEY,
            before={WEIGHTS_KEY: before.to_json()},
            after={WEIGHTS_KEY: weights.to_json()},
        )
    return weights
