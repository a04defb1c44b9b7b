"""The follow-up call list: the completers to call today, 3, 6 and 12 months after their
cohort ended, who have not been reached at that milestone yet and whose latest consent still
includes follow-up contact (UU PDP: a withdrawal holds from the moment it is recorded).

One query reads the list: the cohorts whose end falls in a milestone's window (see
domain.follow_up) with their completers, the call recorded so far for that milestone, and the
purposes of each person's latest consent. The windows of consecutive milestones do not
overlap, so a completer is on the list at most once.

The printed or exported list carries names and phone numbers out of the database: each is
audited ("follow_up.list").
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, case, false, or_, select

from desktop.documents.call_list_pdf import render_call_list
from desktop.documents.call_list_xlsx import write_call_list_xlsx
from desktop.domain.choices import ConsentPurpose, ParticipantStatus
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import NotFound
from desktop.domain.evaluation import MILESTONES
from desktop.domain.follow_up import CallList, CallRow, check_milestone, due_on, end_window
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.phone import MOBILE_GROUP, MOBILE_LENGTHS, display_phone
from desktop.domain.roles import Permission
from desktop.services import centre
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.evaluation import FollowUp
from desktop.store.models import Programme
from desktop.store.participants import ConsentRecord, Participant
from desktop.store.training import Cohort, Enrolment


def latest_consent_purposes(participant_id: Any) -> Any:
    """A scalar subquery: the purposes of `participant_id`'s latest consent record (the one
    that holds: recorded last), None when there is none."""
    return (
        select(ConsentRecord.purposes)
        .where(ConsentRecord.participant_id == participant_id)
        .order_by(ConsentRecord.recorded_at.desc(), ConsentRecord.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def call_list(
    db: Database,
    actor: Actor,
    today: date,
    months: int | None = None,
    programme_id: int | None = None,
    cohort_id: int | None = None,
) -> list[CallRow]:
    """The calls due by `today` and not yet answered, by due date then name. `months` picks
    one milestone (None: all three)."""
    milestones = MILESTONES if months is None else (check_milestone(months),)
    windows = [end_window(today, m) for m in milestones]
    in_window = [and_(Cohort.end_date > w.after, Cohort.end_date <= w.until) for w in windows]
    milestone = case(*((when, w.months) for when, w in zip(in_window, windows, strict=True)))
    query = (
        select(
            Enrolment.id,
            Participant.id,
            Participant.full_name,
            Participant.name_sort,
            Participant.phone,
            Programme.name,
            Cohort.code,
            Cohort.end_date,
            milestone,
            FollowUp.attempts,
            FollowUp.last_call_on,
            latest_consent_purposes(Participant.id),
        )
        .join(Cohort, Cohort.id == Enrolment.cohort_id)
        .join(Participant, Participant.id == Enrolment.participant_id)
        .join(Programme, Programme.id == Cohort.programme_id)
        .outerjoin(
            FollowUp, and_(FollowUp.enrolment_id == Enrolment.id, FollowUp.months == milestone)
        )
        .where(
            Enrolment.status == EnrolmentStatus.COMPLETED.value,
            or_(*in_window),
            Participant.status != ParticipantStatus.MERGED.value,
            or_(FollowUp.id.is_(None), FollowUp.reached == false()),
        )
    )
    if programme_id is not None:
        query = query.where(Cohort.programme_id == programme_id)
    if cohort_id is not None:
        query = query.where(Cohort.id == cohort_id)
    with acting(db, actor, Permission.FOLLOW_UP, read_only=True) as work:
        # Core, not the ORM: a list of thousands of rows is read without identity bookkeeping.
        found = work.session.connection().execute(query).all()
    rows = []
    for (enrolment_id, person_id, name, name_sort, phone, programme, code, end,
         months_after, attempts, last_call, purposes) in found:  # fmt: skip
        if ConsentPurpose.FOLLOW_UP.value not in (purposes or ()):
            continue
        due = due_on(end, months_after)
        rows.append(
            (
                (due, name_sort, enrolment_id),
                CallRow(
                    enrolment_id=enrolment_id,
                    participant_id=person_id,
                    full_name=name,
                    phone=shown_phone(phone),
                    programme=programme,
                    cohort_code=code,
                    months=months_after,
                    due_on=due,
                    attempts=attempts or 0,
                    last_call_on=last_call,
                ),
            )
        )
    return [row for _key, row in sorted(rows, key=lambda pair: pair[0])]


def shown_phone(e164: str) -> str:
    """domain.phone.display_phone, quicker for the common case: an Indonesian mobile stored
    as "+628…" is grouped here as display_phone groups it (0812-3456-7890), without parsing
    it again; a list of thousands of people spent most of its time there."""
    digits = e164[3:]
    if not (e164.startswith("+628") and digits.isascii() and digits.isdigit()):
        return display_phone(e164)
    if not MOBILE_LENGTHS.start <= len(digits) < MOBILE_LENGTHS.stop:
        return display_phone(e164)
    national = "0" + digits
    groups = [national[i : i + MOBILE_GROUP] for i in range(0, len(national), MOBILE_GROUP)]
    if len(groups) > 1 and len(groups[-1]) == 1:
        groups[-2:] = [groups[-2] + groups[-1]]
    return "-".join(groups)


def _programme_name(db: Database, actor: Actor, programme_id: int | None) -> str:
    if programme_id is None:
        return ""
    with acting(db, actor, Permission.FOLLOW_UP, read_only=True) as work:
        name = work.session.scalar(select(Programme.name).where(Programme.id == programme_id))
    if name is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This programme no longer exists."))
    return name


def export_call_list(
    db: Database,
    actor: Actor,
    today: date,
    kind: str,
    *,
    months: int | None = None,
    programme_id: int | None = None,
    language: str = "id",
) -> bytes:
    """The call list as a printable PDF (`kind` "pdf") or a workbook ("xlsx"), audited: names
    and phone numbers leave the database with it."""
    if kind not in ("pdf", "xlsx"):
        raise ValueError(kind)
    listed = CallList(
        rows=call_list(db, actor, today, months, programme_id),
        today=today,
        months=months,
        programme=_programme_name(db, actor, programme_id),
    )
    profile = centre.get_profile(db)
    if profile is None:
        raise NotFound(QT_TRANSLATE_NOOP("messages", "The centre is not set up yet."))
    if kind == "pdf":
        data = render_call_list(listed, centre=profile, language=language)
    else:
        data = write_call_list_xlsx(listed, centre_name=profile.name, language=language)
    with acting(db, actor, Permission.FOLLOW_UP) as work:
        work.audit(
            "follow_up.list",
            "follow_up",
            "",
            after={
                "format": kind,
                "people": len(listed.rows),
                "months": months,
                "programme_id": programme_id,
                "enrolments": [row.enrolment_id for row in listed.rows],
            },
        )
    return data
