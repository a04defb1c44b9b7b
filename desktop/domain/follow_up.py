"""The rules of follow-up calls: when a milestone is due and how long it stays on the call
list, and what a call's answers must hold.

A milestone (3, 6 or 12 months after a cohort's last day) is due on the same day of the month
that many months later (the last day of a shorter month when that day does not exist). It
stays on the call list until the person is reached or the next milestone is due; the last
milestone, 12 months, stays three months more. So a list never grows with people who could not
be reached a year ago.
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.domain.errors import ValidationError, ValidationErrors
from desktop.domain.evaluation import MILESTONES, WorkKind
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.income import parse_income

# How long the last milestone stays on the list when no next one takes its place.
LAST_MILESTONE_GRACE = 3
BUSINESS_KIND_MAX = 200  # store.evaluation.FollowUp.business_kind
NOTE_MAX = 2000


def add_months(day: date, months: int) -> date:
    """`day` moved by whole calendar months; the 31st becomes a shorter month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def due_on(end_date: date, months: int) -> date:
    """The day the `months` call of a cohort that ended on `end_date` is due."""
    return add_months(end_date, months)


def window_months(months: int) -> int:
    """Months after the end at which the `months` milestone leaves the call list."""
    later = [m for m in MILESTONES if m > months]
    return later[0] if later else months + LAST_MILESTONE_GRACE


def latest_end_due(today: date, months: int) -> date:
    """The last cohort end day whose `months` milestone is due by `today`. Not simply `today`
    minus the months: 31 August + 3 months is 30 November, so on 30 November the cohorts that
    ended on the 31st are due too."""
    day = add_months(today, -months)
    while due_on(day + timedelta(days=1), months) <= today:
        day += timedelta(days=1)
    while due_on(day, months) > today:  # pragma: no cover - add_months never overshoots
        day -= timedelta(days=1)
    return day


@dataclass(frozen=True)
class EndWindow:
    """Cohorts that ended after `after` and on or before `until` have the `months` call on
    the list today."""

    months: int
    after: date
    until: date


def end_window(today: date, months: int) -> EndWindow:
    return EndWindow(
        months, latest_end_due(today, window_months(months)), latest_end_due(today, months)
    )


def check_milestone(months: int) -> int:
    if months not in MILESTONES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Follow-up calls are made 3, 6 or 12 months after the training."
            ),
            "months",
        )
    return months


@dataclass(frozen=True)
class CallRow:
    """One call to make: a completer at one milestone."""

    enrolment_id: int
    participant_id: int
    full_name: str
    phone: str  # as people write it: 0812-3456-7890
    programme: str
    cohort_code: str
    months: int
    due_on: date
    attempts: int
    last_call_on: date | None

    @property
    def key(self) -> tuple[int, int]:
        return (self.enrolment_id, self.months)


@dataclass(frozen=True)
class CallList:
    """A list as printed or exported: its rows and what it was asked for."""

    rows: list[CallRow]
    today: date
    months: int | None
    programme: str  # the programme's name when the list is of one programme, else ""


@dataclass(frozen=True)
class CallInput:
    """One call as the clerk records it. When `reached` is false only the attempt counts;
    the answers are kept only when the person was reached. `monthly_income` is the text as
    typed ("1,5 jt"), read by domain.income.parse_income; empty: not said."""

    enrolment_id: int
    months: int
    reached: bool
    work: WorkKind | str | None = None
    business: bool | None = None
    business_kind: str = ""
    monthly_income: str = ""
    uses_skill: bool | None = None
    needs_help: bool | None = None
    help_note: str = ""
    note: str = ""


@dataclass(frozen=True)
class CallAnswers:
    """The answers of a reached call, checked: what is stored."""

    work: WorkKind
    business: bool
    business_kind: str
    monthly_income: int | None
    uses_skill: bool
    needs_help: bool
    help_note: str
    note: str


def clean_answers(call: CallInput) -> CallAnswers:
    """The answers of a reached call, or every field at fault at once."""
    errors: list[ValidationError] = []
    work = _work(call.work, errors)
    if call.business is None:
        errors.append(_yes_no("business"))
    kind = " ".join(call.business_kind.split())
    if call.business and not kind:
        errors.append(
            ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Say what kind of business it is, such as tailoring or catering."
                ),
                "business_kind",
            )
        )
    if len(kind) > BUSINESS_KIND_MAX:
        errors.append(_too_long("business_kind", BUSINESS_KIND_MAX))
    income: int | None = None
    if call.monthly_income.strip():
        try:
            income = parse_income(call.monthly_income)
        except ValidationError as error:
            errors.append(error)
    if call.uses_skill is None:
        errors.append(_yes_no("uses_skill"))
    if call.needs_help is None:
        errors.append(_yes_no("needs_help"))
    help_note, note = call.help_note.strip(), call.note.strip()
    for field, text in (("help_note", help_note), ("note", note)):
        if len(text) > NOTE_MAX:
            errors.append(_too_long(field, NOTE_MAX))
    if errors:
        raise errors[0] if len(errors) == 1 else ValidationErrors(errors)
    assert work is not None and call.business is not None
    assert call.uses_skill is not None and call.needs_help is not None
    return CallAnswers(
        work=work,
        business=call.business,
        business_kind=kind if call.business else "",
        monthly_income=income,
        uses_skill=call.uses_skill,
        needs_help=call.needs_help,
        help_note=help_note if call.needs_help else "",
        note=note,
    )


def _work(value: WorkKind | str | None, errors: list[ValidationError]) -> WorkKind | None:
    if value:
        try:
            return WorkKind(value)
        except ValueError:
            pass
    errors.append(
        ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "Choose whether the person works now: formal, informal or not."
            ),
            "work",
        )
    )
    return None


def _yes_no(field: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("messages", "Choose yes or no."), field)


def _too_long(field: str, limit: int) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("messages", "Keep this under {limit} characters."), field, limit=limit
    )


class NowWork(enum.StrEnum):
    """What someone does now, one answer per person for the table against their intake: a
    formal job first (the strongest outcome), then a business of their own, then informal
    work, else not working."""

    NONE = "none"
    FORMAL = "formal"
    INFORMAL = "informal"
    BUSINESS = "business"

    @property
    def label(self) -> str:
        return {
            NowWork.NONE: QT_TRANSLATE_NOOP("evaluation", "Not working"),
            NowWork.FORMAL: QT_TRANSLATE_NOOP("evaluation", "Working (formal)"),
            NowWork.INFORMAL: QT_TRANSLATE_NOOP("evaluation", "Working (informal)"),
            NowWork.BUSINESS: QT_TRANSLATE_NOOP("evaluation", "Running a business"),
        }[self]


NOW_ORDER = (NowWork.NONE, NowWork.INFORMAL, NowWork.BUSINESS, NowWork.FORMAL)
UNKNOWN = "unknown"  # an intake without employment recorded
UNKNOWN_LABEL = QT_TRANSLATE_NOOP("evaluation", "Not recorded at intake")


@dataclass(frozen=True)
class OutcomesComparison:
    """The people reached at one milestone: what they did at intake against what they do
    now, and their income now against the band they gave at intake. Figures only."""

    months: int
    start: date | None  # cohorts that ended in this period (None: open)
    end: date | None
    programme: str  # the programme's name, "" for all
    reached: int
    # (intake employment value or UNKNOWN, NowWork value) -> people
    table: dict[tuple[str, str], int]
    income_known: int  # reached people who said their income
    income_compared: int  # ... whose intake band is known too
    median_change: int | None  # rupiah a month, now minus the intake band's midpoint
    higher_band: int
    same_band: int
    lower_band: int
    uses_skill: int
    needs_help: int

    def row_total(self, intake: str) -> int:
        return sum(n for (row, _now), n in self.table.items() if row == intake)

    def column_total(self, now: str) -> int:
        return sum(n for (_row, column), n in self.table.items() if column == now)

    @property
    def uses_skill_share(self) -> float | None:
        return self.uses_skill / self.reached if self.reached else None
