"""Enrolment: the statuses a place in a cohort goes through, and the order of the waitlist.

Statuses and their allowed changes (`TRANSITIONS`)::

    applied     -> accepted, waitlisted, withdrawn
    waitlisted  -> accepted, withdrawn
    accepted    -> active, withdrawn
    active      -> completed, dropped (a reason is required), failed
    completed, dropped, failed, withdrawn: final

`accepted`, `active` and `completed` hold a seat (counted in the cohort's `seats_taken`);
leaving (`dropped`, `failed`, `withdrawn`) gives the seat back. A person may enrol in a
programme again only when every earlier enrolment in it ended as dropped, failed or withdrawn.

Waitlist order. Each waiting person gets a priority score, the sum of five parts; each part is
a fraction from 0 to 1 times the weight the admin gives it (`WaitlistWeights`, the most points
that part can add)::

    score = disability × (1 if the person has a disability, else 0)
          + poverty    × ( (11 − d) / 10  if listed in DTSEN with welfare decile d (1 = poorest:
                                          the national data decides when it gives a decile),
                           else 0.5       if listed in DTSEN or in the target group "poor family",
                           else 0 )
          + assistance × (1 if the person receives any social assistance, else 0)
          + preference × 1 / r   (the programme is wish number r in the needs analysis; 0 if
                                  it is not among their wishes)
          + waiting    × min(days on this waitlist, 90) / 90

Each part is rounded to 2 decimals and the score is the sum of the rounded parts. The list is
sorted by score, highest first; equal scores go by who applied first (`applied_at`), then by
the enrolment's number. The waiting part is the registration time as a small weight; the
tie-break makes it decide between equals. Registration time here is when the person applied
to this cohort (`applied_at`), not when they were first registered at the centre.

Default weights (`DEFAULT_WEIGHTS`, until an admin sets others): disability 30, poverty 30,
assistance 20, preference 20, waiting 10.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP


class EnrolmentStatus(enum.StrEnum):
    APPLIED = "applied"
    ACCEPTED = "accepted"
    WAITLISTED = "waitlisted"
    ACTIVE = "active"
    COMPLETED = "completed"
    DROPPED = "dropped"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    EnrolmentStatus.APPLIED: QT_TRANSLATE_NOOP("enrolment", "Applied"),
    EnrolmentStatus.ACCEPTED: QT_TRANSLATE_NOOP("enrolment", "Accepted"),
    EnrolmentStatus.WAITLISTED: QT_TRANSLATE_NOOP("enrolment", "On the waitlist"),
    EnrolmentStatus.ACTIVE: QT_TRANSLATE_NOOP("enrolment", "In training"),
    EnrolmentStatus.COMPLETED: QT_TRANSLATE_NOOP("enrolment", "Completed"),
    EnrolmentStatus.DROPPED: QT_TRANSLATE_NOOP("enrolment", "Dropped out"),
    EnrolmentStatus.FAILED: QT_TRANSLATE_NOOP("enrolment", "Not passed"),
    EnrolmentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("enrolment", "Withdrawn before the start"),
}

S = EnrolmentStatus
TRANSITIONS: Mapping[EnrolmentStatus, frozenset[EnrolmentStatus]] = {
    S.APPLIED: frozenset({S.ACCEPTED, S.WAITLISTED, S.WITHDRAWN}),
    S.WAITLISTED: frozenset({S.ACCEPTED, S.WITHDRAWN}),
    S.ACCEPTED: frozenset({S.ACTIVE, S.WITHDRAWN}),
    S.ACTIVE: frozenset({S.COMPLETED, S.DROPPED, S.FAILED}),
    S.COMPLETED: frozenset(),
    S.DROPPED: frozenset(),
    S.FAILED: frozenset(),
    S.WITHDRAWN: frozenset(),
}
HOLDS_SEAT = frozenset({S.ACCEPTED, S.ACTIVE, S.COMPLETED})
LEAVING = frozenset({S.DROPPED, S.FAILED, S.WITHDRAWN})
# Earlier enrolments in a programme that leave the way open to another one.
MAY_ENROL_AGAIN_AFTER = LEAVING
REASON_REQUIRED = frozenset({S.DROPPED})
# Cohort statuses that take enrolments ("finished" and "archived" do not).
COHORT_OPEN = frozenset({"planned", "open", "running"})


class NotAllowedNow(ValidationError):
    """A status change the transitions do not allow; `current` and `target` name both ends so
    the GUI can show their labels."""

    def __init__(self, text: str, current: EnrolmentStatus, target: EnrolmentStatus) -> None:
        super().__init__(text, "status")
        self.current = current
        self.target = target


def check_transition(current: EnrolmentStatus, target: EnrolmentStatus, reason: str) -> None:
    """Raise if an enrolment that is `current` may not become `target` (with `reason`)."""
    if not TRANSITIONS[current]:
        raise NotAllowedNow(
            QT_TRANSLATE_NOOP(
                "messages", "This enrolment has ended; its status can no longer change."
            ),
            current,
            target,
        )
    if target not in TRANSITIONS[current]:
        raise NotAllowedNow(
            QT_TRANSLATE_NOOP(
                "messages", "This enrolment cannot go to that status from the one it has now."
            ),
            current,
            target,
        )
    if target in REASON_REQUIRED and not reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Give the reason for dropping out."), "reason"
        )


def may_enrol_again(earlier: list[EnrolmentStatus]) -> bool:
    """Whether earlier enrolments in the same programme leave the way open to a new one."""
    return all(status in MAY_ENROL_AGAIN_AFTER for status in earlier)


# -- the waitlist ------------------------------------------------------------------------------

WEIGHT_MAX = 100
WAITING_CAP_DAYS = 90


@dataclass(frozen=True)
class WaitlistWeights:
    """The most points each part of the score can add (whole numbers, 0 to WEIGHT_MAX)."""

    disability: int = 30
    poverty: int = 30
    assistance: int = 20
    preference: int = 20
    waiting: int = 10

    def validate(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            if not isinstance(value, int) or isinstance(value, bool):
                value = -1
            if not 0 <= value <= WEIGHT_MAX:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("messages", "A weight is a whole number from 0 to {most}."),
                    item.name,
                    most=WEIGHT_MAX,
                )

    def to_json(self) -> dict[str, int]:
        return {item.name: getattr(self, item.name) for item in fields(self)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> WaitlistWeights:
        """Unknown keys are ignored, missing or unusable ones take the default."""
        data = data if isinstance(data, Mapping) else {}
        default = cls()
        values: dict[str, int] = {}
        for item in fields(cls):
            value = data.get(item.name)
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= WEIGHT_MAX:
                values[item.name] = value
            else:
                values[item.name] = getattr(default, item.name)
        return cls(**values)


DEFAULT_WEIGHTS = WaitlistWeights()


@dataclass(frozen=True)
class Waiting:
    """What the score looks at, taken from the enrolment and the participant's record."""

    enrolment_id: int
    applied_at: datetime
    has_disability: bool = False
    dtsen: str = "unknown"  # domain.choices.Dtsen values
    dtsen_decile: int | None = None
    poor_family: bool = False  # in the target group "poor family"
    assistance_bits: int = 0
    preferences: tuple[int, ...] = ()  # programme ids, most wished first


@dataclass(frozen=True)
class ScorePart:
    """One part of a score: `text` is a translatable source string (context "waitlist")."""

    part: str  # "disability", "poverty", "assistance", "preference", "waiting"
    points: float
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        return self.text.format(**self.params) if self.params else self.text


@dataclass(frozen=True)
class Priority:
    score: float
    parts: tuple[ScorePart, ...]


def _part(part: str, weight: int, fraction: float, text: str, **params: Any) -> ScorePart:
    return ScorePart(part, round(weight * fraction, 2), text, params)


def priority(who: Waiting, programme_id: int, weights: WaitlistWeights, now: datetime) -> Priority:
    """The documented score of `who` on the waitlist of a cohort of `programme_id` at `now`,
    with the parts that make it up (parts that add nothing are left out)."""
    parts: list[ScorePart] = []
    if who.has_disability:
        parts.append(
            _part("disability", weights.disability, 1, QT_TRANSLATE_NOOP("waitlist", "Disability"))
        )
    poverty: ScorePart | None = None
    if who.dtsen == "yes" and who.dtsen_decile is not None and 1 <= who.dtsen_decile <= 10:
        poverty = _part(
            "poverty",
            weights.poverty,
            (11 - who.dtsen_decile) / 10,
            QT_TRANSLATE_NOOP("waitlist", "DTSEN welfare decile {decile}"),
            decile=who.dtsen_decile,
        )
    elif who.dtsen == "yes":
        poverty = _part(
            "poverty", weights.poverty, 0.5, QT_TRANSLATE_NOOP("waitlist", "Listed in DTSEN")
        )
    elif who.poor_family:
        poverty = _part(
            "poverty", weights.poverty, 0.5, QT_TRANSLATE_NOOP("waitlist", "Poor family")
        )
    if poverty is not None:
        parts.append(poverty)
    if who.assistance_bits:
        parts.append(
            _part(
                "assistance",
                weights.assistance,
                1,
                QT_TRANSLATE_NOOP("waitlist", "Receives social assistance"),
            )
        )
    if programme_id in who.preferences:
        rank = who.preferences.index(programme_id) + 1
        parts.append(
            _part(
                "preference",
                weights.preference,
                1 / rank,
                QT_TRANSLATE_NOOP("waitlist", "Wish number {rank} in the needs analysis"),
                rank=rank,
            )
        )
    days = max(0.0, (now - who.applied_at).total_seconds() / 86400)
    if int(days) == 0:
        waited = QT_TRANSLATE_NOOP("waitlist", "Waiting for less than a day")
    elif int(days) == 1:
        waited = QT_TRANSLATE_NOOP("waitlist", "Waiting for 1 day")
    else:
        waited = QT_TRANSLATE_NOOP("waitlist", "Waiting for {days} days")
    parts.append(
        _part(
            "waiting",
            weights.waiting,
            min(days, WAITING_CAP_DAYS) / WAITING_CAP_DAYS,
            waited,
            days=int(days),
        )
    )
    kept = tuple(part for part in parts if part.points > 0 or part.part == "waiting")
    return Priority(round(sum(part.points for part in kept), 2), kept)


def sort_key(score: float, who: Waiting) -> tuple[float, datetime, int]:
    """Highest score first, then who applied first, then the lower enrolment number."""
    return (-score, who.applied_at, who.enrolment_id)


def ordered(
    waiting: list[Waiting], programme_id: int, weights: WaitlistWeights, now: datetime
) -> list[tuple[Waiting, Priority]]:
    """The waitlist in its documented order, each person with their score."""
    scored = [(who, priority(who, programme_id, weights, now)) for who in waiting]
    scored.sort(key=lambda pair: sort_key(pair[1].score, pair[0]))
    return scored
