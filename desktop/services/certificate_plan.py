"""Planning a batch of certificates: who in a cohort is eligible under the programme's
completion rule (with the reason when not), the checks on what an admin chose, and the papers
to render with the numbers that follow the year's last one."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from desktop.documents.certificate import CertificateLook, CertificatePaper
from desktop.domain.assessment import assessment_finding
from desktop.domain.attendance import Rate
from desktop.domain.certificate import (
    REASON_MAX,
    CertificateStatus,
    SignedFields,
    qr_code,
    sign,
    verify_code,
)
from desktop.domain.enrolment import EnrolmentStatus as E
from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.numbering import render_certificate_number
from desktop.services.assessment_rows import (
    UnitColumn,
    back_page_units,
    in_unit_order,
    programme_units,
    scores_of_cohort,
    unit_results_of_cohort,
)
from desktop.services.attendance_common import today
from desktop.services.attendance_grid import read_grid
from desktop.services.certificate_common import (
    OwnKey,
    centre_row,
    last_seq,
    look_of,
    sequence_year,
    style_row,
)
from desktop.services.context import Work
from desktop.store.certificates import Certificate
from desktop.store.models import Programme
from desktop.store.participants import Participant, ParticipantPhoto
from desktop.store.training import Cohort, Enrolment

TAKING_PART = frozenset({E.ACTIVE, E.COMPLETED, E.ACCEPTED})


@dataclass(frozen=True)
class Candidate:
    """A person of the cohort, and whether the completion rule gives them a certificate."""

    enrolment_id: int
    participant_id: int
    full_name: str
    status: E
    rate: Rate
    eligible: bool
    reason: str  # a message id with {params} ("attendance" or "certificates" context)
    reason_context: str
    params: Mapping[str, object]
    certificate_id: int | None  # the valid certificate they already have
    certificate_number: str = ""


@dataclass(frozen=True)
class IssueRequest:
    cohort_id: int
    enrolment_ids: tuple[int, ...]
    # An admin's reason per enrolment the completion rule does not pass.
    overrides: Mapping[int, str] = field(default_factory=dict)
    issue_date: date | None = None  # today when not given
    # A re-issue: enrolment -> (the certificate it replaces, why).
    supersedes: Mapping[int, tuple[int, str]] = field(default_factory=dict)


# -- who is eligible ---------------------------------------------------------------------------


def cohort_candidates(work: Work, cohort_id: int) -> list[Candidate]:
    """Everyone on the cohort's roll: eligible when taking part, attending enough, and (once
    attendance passes) meeting the programme's post-test minimum with no competency unit
    recorded as not passed."""
    grid = read_grid(work, cohort_id)
    programme_id = work.session.scalar(select(Cohort.programme_id).where(Cohort.id == cohort_id))
    units = programme_units(work, programme_id or 0)
    scores = scores_of_cohort(work, cohort_id)
    results = unit_results_of_cohort(work, cohort_id, [unit.code for unit in units])
    issued = {
        row.enrolment_id: (row.id, row.number)
        for row in work.session.execute(
            select(Certificate.id, Certificate.number, Certificate.enrolment_id).where(
                Certificate.cohort_id == cohort_id,
                Certificate.status == CertificateStatus.ISSUED.value,
            )
        )
    }
    result = []
    for row in grid.rows:
        eligible, reason, context, params = (
            row.completion.eligible,
            row.completion.reason,
            "attendance",
            dict(row.completion.params),
        )
        if row.status not in TAKING_PART:
            eligible, reason, context, params = (
                False,
                QT_TRANSLATE_NOOP("certificates", "Left the training ({status})."),
                "certificates",
                {"status": row.status.value},
            )
        elif eligible:
            _pre, post = scores.get(row.enrolment_id, (None, None))
            finding = assessment_finding(
                grid.rule.min_post_score,
                post,
                in_unit_order(results.get(row.enrolment_id, {}), units),
            )
            if finding is not None:
                eligible, context = False, "certificates"
                reason, params = finding
        certificate = issued.get(row.enrolment_id)
        result.append(
            Candidate(
                enrolment_id=row.enrolment_id,
                participant_id=row.participant_id,
                full_name=row.full_name,
                status=row.status,
                rate=row.rate,
                eligible=eligible,
                reason=reason,
                reason_context=context,
                params=params,
                certificate_id=certificate[0] if certificate else None,
                certificate_number=certificate[1] if certificate else "",
            )
        )
    return result


# -- the papers to render ----------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    enrolment_id: int
    participant_id: int
    full_name: str
    birth_place: str
    birth_date: date | None
    photo: bytes | None
    # The back page: the units they passed, or all the programme's when none has a result.
    units: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Plan:
    request: IssueRequest
    issue_date: date
    year: int
    last_seq: int  # as read before rendering; checked again under the lock
    pattern: str
    centre_code: str
    programme_code: str
    programme_name: str
    hours_jp: int
    cohort_code: str
    start: date
    end: date
    look: CertificateLook
    key: OwnKey
    people: tuple[Person, ...]

    def number(self, seq: int) -> str:
        return render_certificate_number(
            self.pattern, seq, self.issue_date, self.centre_code, self.programme_code
        )

    def papers(self, *, preview: bool = False) -> list[tuple[CertificatePaper, bytes]]:
        """Each person's paper with the number after `last_seq`, and its signature."""
        result = []
        for offset, person in enumerate(self.people, start=1):
            number = self.number(self.last_seq + offset)
            fields = SignedFields(
                self.centre_code,
                number,
                person.full_name,
                self.programme_name,
                self.start,
                self.end,
            )
            signature = sign(self.key.private, fields)
            result.append(
                (
                    CertificatePaper(
                        number=number,
                        verify_code=verify_code(signature) if not preview else "----",
                        qr=qr_code(self.key.key_id, fields, signature) if not preview else number,
                        name=person.full_name,
                        birth_place=person.birth_place,
                        birth_date=person.birth_date,
                        programme=self.programme_name,
                        start=self.start,
                        end=self.end,
                        hours_jp=self.hours_jp,
                        issue_date=self.issue_date,
                        photo=person.photo,
                        units=person.units,
                        preview=preview,
                    ),
                    signature,
                )
            )
        return result


def plan_batch(work: Work, request: IssueRequest, key: OwnKey, *, check: bool = True) -> Plan:
    cohort = work.session.execute(
        select(
            Cohort.code,
            Cohort.start_date,
            Cohort.end_date,
            Cohort.programme_id,
            Programme.code.label("programme_code"),
            Programme.name.label("programme_name"),
            Programme.hours_jp,
        )
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id == request.cohort_id)
    ).one_or_none()
    if cohort is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This cohort no longer exists."))
    if not request.enrolment_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("certificates", "Choose at least one person."), "people"
        )
    if check:
        check_choices(work, request)
    centre = centre_row(work)
    style = style_row(work)
    issue_date = request.issue_date or today(work)
    year = sequence_year(centre.certificate_pattern, issue_date)
    people = _people(
        work,
        request.enrolment_ids,
        request.cohort_id,
        with_photo=style.photo,
        units=programme_units(work, cohort.programme_id),
    )
    return Plan(
        request=request,
        issue_date=issue_date,
        year=year,
        last_seq=last_seq(work, year),
        pattern=centre.certificate_pattern,
        centre_code=centre.code,
        programme_code=cohort.programme_code,
        programme_name=cohort.programme_name,
        hours_jp=cohort.hours_jp,
        cohort_code=cohort.code,
        start=cohort.start_date,
        end=cohort.end_date,
        look=look_of(work, request.cohort_id),
        key=key,
        people=people,
    )


def check_choices(work: Work, request: IssueRequest) -> None:
    """Everyone chosen is in the cohort, has no valid certificate yet (unless it is being
    replaced), and passes the completion rule or has an override with a reason."""
    by_enrolment = {c.enrolment_id: c for c in cohort_candidates(work, request.cohort_id)}
    for enrolment_id in request.enrolment_ids:
        candidate = by_enrolment.get(enrolment_id)
        if candidate is None:
            raise NotFound(QT_TRANSLATE_NOOP("certificates", "This person is not in the cohort."))
        replacing = enrolment_id in request.supersedes
        if candidate.certificate_id is not None and not replacing:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "certificates",
                    "{name} already has certificate {number}. To correct it, re-issue it.",
                ),
                "people",
                name=candidate.full_name,
                number=candidate.certificate_number,
            )
        if candidate.eligible or replacing:
            continue
        reason = request.overrides.get(enrolment_id, "").strip()
        if not reason:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "certificates",
                    "{name} does not meet the completion rule. Give a reason to issue anyway.",
                ),
                "override",
                name=candidate.full_name,
            )
        if len(reason) > REASON_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "This is too long (at most {max} characters)."),
                "override",
                max=REASON_MAX,
            )


def _people(
    work: Work,
    enrolment_ids: Sequence[int],
    cohort_id: int,
    *,
    with_photo: bool,
    units: Sequence[UnitColumn],
) -> tuple[Person, ...]:
    rows = {
        row.enrolment_id: row
        for row in work.session.execute(
            select(
                Enrolment.id.label("enrolment_id"),
                Participant.id.label("participant_id"),
                Participant.full_name,
                Participant.birth_place,
                Participant.birth_date,
            )
            .join(Participant, Participant.id == Enrolment.participant_id)
            .where(Enrolment.id.in_(enrolment_ids), Enrolment.cohort_id == cohort_id)
        )
    }
    photos: dict[int, bytes] = {}
    if with_photo and rows:
        photos = {
            row.participant_id: row.jpeg
            for row in work.session.execute(
                select(ParticipantPhoto.participant_id, ParticipantPhoto.jpeg).where(
                    ParticipantPhoto.participant_id.in_([r.participant_id for r in rows.values()])
                )
            )
        }
    results = unit_results_of_cohort(work, cohort_id, [unit.code for unit in units])
    people = []
    for enrolment_id in enrolment_ids:
        row = rows.get(enrolment_id)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("certificates", "This person is not in the cohort."))
        people.append(
            Person(
                enrolment_id,
                row.participant_id,
                row.full_name,
                row.birth_place,
                row.birth_date,
                photos.get(row.participant_id),
                back_page_units(units, results.get(enrolment_id)),
            )
        )
    return tuple(people)
