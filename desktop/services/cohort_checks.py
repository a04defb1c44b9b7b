"""The checks on a cohort form that need the database: the version the form was loaded at, the
programme still offered, the instructors still able to teach, the sponsors on record; reported
together with the domain's own checks. Internal: callers use desktop.services.cohorts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import select

from desktop.domain.cohort import CleanCohort, CohortInput, clean_cohort
from desktop.domain.errors import ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Role
from desktop.services.context import Work
from desktop.services.participants import Change, EditConflict
from desktop.store.models import AuditEntry, Programme, User
from desktop.store.training import Cohort, Sponsor

TEACHING_ROLES = frozenset({Role.INSTRUCTOR.value, Role.ADMIN.value})


def _check_version(work: Work, cohort: Cohort, expected_version: int) -> None:
    if cohort.version == expected_version:
        return
    entries = work.session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.entity == "cohort",
            AuditEntry.entity_id == str(cohort.id),
            AuditEntry.action.in_(("cohort.update", "cohort.status")),
        )
        .order_by(AuditEntry.id)
    )
    changes = []
    for entry in entries:
        after = entry.after or {}
        if int(after.get("version", 0)) > expected_version:
            fields = tuple(key for key in after if key not in ("version", "sessions"))
            changes.append(Change(entry.at, entry.username, fields))
    raise EditConflict(changes, cohort.version)


def _instructor_errors(work: Work, user_ids: Sequence[int]) -> list[ValidationError]:
    if not user_ids:
        return []
    users = {
        user.id: user for user in work.session.scalars(select(User).where(User.id.in_(user_ids)))
    }
    errors = []
    for user_id in user_ids:
        user = users.get(user_id)
        if user is None:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "One of the chosen instructors no longer exists. Choose again."
                    ),
                    "instructors",
                )
            )
        elif not user.active:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The account of {name} is disabled; choose another instructor."
                    ),
                    "instructors",
                    name=user.full_name,
                )
            )
        elif user.role not in TEACHING_ROLES:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "{name} is not an instructor: only instructors and administrators can "
                        "teach a cohort.",
                    ),
                    "instructors",
                    name=user.full_name,
                )
            )
    return errors


def _sponsor_errors(work: Work, sponsor_ids: Sequence[int]) -> list[ValidationError]:
    if not sponsor_ids:
        return []
    sponsors = {
        sponsor.id: sponsor
        for sponsor in work.session.scalars(select(Sponsor).where(Sponsor.id.in_(sponsor_ids)))
    }
    errors = []
    for sponsor_id in sponsor_ids:
        sponsor = sponsors.get(sponsor_id)
        if sponsor is None:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "One of the chosen sponsors no longer exists. Choose again."
                    ),
                    "sponsors",
                )
            )
    return errors


def _checked(
    work: Work,
    data: CohortInput,
    programme: Programme | None,
    *,
    today: date | None,
    more: Iterable[ValidationError] = (),
    new: bool = True,
) -> CleanCohort:
    """The domain's checks plus those that need the database, all reported together. Only a
    new cohort needs a programme still offered: an existing one can still be corrected."""
    errors = list(more)
    if data.programme_id is not None and (programme is None or (new and not programme.active)):
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "This programme is not offered any more. Choose another one."
                ),
                "programme",
            )
        )
    errors.extend(_instructor_errors(work, tuple(dict.fromkeys(data.instructor_ids))))
    errors.extend(_sponsor_errors(work, tuple(dict.fromkeys(data.sponsor_ids))))
    default_capacity = programme.default_capacity if programme is not None else 1
    try:
        clean = clean_cohort(data, default_capacity=default_capacity, today=today)
    except ValidationErrors as found:
        raise ValidationErrors(errors + found.errors) from None
    if errors:
        raise ValidationErrors(errors)
    return clean
