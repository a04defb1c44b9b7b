"""The demo centre's follow-up calls: for the completers whose call is due by `today`, a
realistic spread of what happens on the phone (some reached, working or running a small
business, with an income; some not picking up after one or two tries; some not called yet),
and one completer who withdrew consent to follow-up contact, so that the refusal can be seen.

The demo's finished cohort ended about six and a half months before the day the demo is
built, so its 6-month calls are due: the spread is recorded for them.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from desktop.domain.choices import ConsentMethod, ConsentPurpose
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import ValidationError
from desktop.domain.follow_up import CallInput, CallRow
from desktop.domain.participant import ConsentInput
from desktop.domain.roles import Permission
from desktop.services import participants
from desktop.services.context import Actor, acting
from desktop.services.follow_up import call_list, record_call
from desktop.store.database import Database
from desktop.store.evaluation import FollowUp
from desktop.store.participants import ConsentRecord
from desktop.store.training import Enrolment

# What the reached people said: work, business kind ("" for none), income as typed, uses
# the skill, needs help (and what help).
ANSWERS = (
    ("informal", "Jahit permak di rumah", "1,5 jt", True, False, ""),
    ("formal", "", "Rp 2.350.000", True, False, ""),
    ("none", "Konveksi rumahan (seragam sekolah)", "2 jt", True, True, "Modal mesin obras"),
    ("none", "", "", False, True, "Belum dapat kerja; ingin magang"),
    ("informal", "", "800 rb", True, False, ""),
    ("formal", "Jahit pesanan akhir pekan", "3,2 jt", True, False, ""),
)


def build_demo_follow_up(db: Database, admin: Actor, today: date) -> None:
    """Record the demo's follow-up calls due by `today` and one withdrawal of consent."""
    withdraw_one_consent(db, admin, today)
    with acting(db, admin, Permission.FOLLOW_UP, read_only=True) as work:
        if work.session.scalar(select(FollowUp.id).limit(1)) is not None:
            return  # recorded on an earlier call: the spread is made once
    due = call_list(db, admin, today)
    for index, row in enumerate(due):
        _call(db, admin, row, index, today)


def withdraw_one_consent(db: Database, admin: Actor, today: date) -> None:
    """The last adult completer who agreed to follow-up contact takes it back (once a demo)."""
    with acting(db, admin, Permission.FOLLOW_UP, read_only=True) as work:
        completers = select(Enrolment.participant_id).where(
            Enrolment.status == EnrolmentStatus.COMPLETED.value
        )
        records = work.session.execute(
            select(ConsentRecord.participant_id, ConsentRecord.purposes)
            .where(ConsentRecord.participant_id.in_(completers))
            .order_by(ConsentRecord.recorded_at, ConsentRecord.id)
        ).all()
    history: dict[int, list[bool]] = {}
    for person, purposes in records:
        history.setdefault(person, []).append(ConsentPurpose.FOLLOW_UP.value in purposes)
    if any(agreed[-1] is False and any(agreed) for agreed in history.values()):
        return  # done on an earlier call
    withdrawn = ConsentInput(
        purposes=frozenset({ConsentPurpose.TRAINING, ConsentPurpose.ANONYMISED_FIGURES}),
        method=ConsentMethod.SIGNED_PAPER,
        given_on=today,
    )
    for person in sorted((p for p, agreed in history.items() if agreed[-1]), reverse=True):
        try:
            participants.record_consent(db, admin, person, withdrawn)
            return
        except ValidationError:  # a minor's consent needs a guardian: the next one
            continue


def _call(db: Database, admin: Actor, row: CallRow, index: int, today: date) -> None:
    """Every fifth person is not called yet; of the rest, about two in three are reached, some
    after a first try that nobody answered."""
    kind = index % 5
    if kind == 4:
        return  # still due
    first = max(row.due_on, today - timedelta(days=6))
    if kind in (1, 3):  # nobody picked up the first time
        record_call(db, admin, CallInput(row.enrolment_id, row.months, False, note=""), first)
    if kind == 3:  # nor the second: still on the list with two attempts
        note = "Nomor tidak aktif" if index % 2 else "Tidak diangkat"
        record_call(db, admin, CallInput(row.enrolment_id, row.months, False, note=note), today)
        return
    work, business, income, uses, helps, help_note = ANSWERS[index % len(ANSWERS)]
    record_call(
        db,
        admin,
        CallInput(
            enrolment_id=row.enrolment_id,
            months=row.months,
            reached=True,
            work=work,
            business=bool(business),
            business_kind=business,
            monthly_income=income,
            uses_skill=uses,
            needs_help=helps,
            help_note=help_note,
        ),
        today,
    )
