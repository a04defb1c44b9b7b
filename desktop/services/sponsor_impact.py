"""A sponsor's impact report: what it gave in a period and what that did, in figures only
(`impact_report`), and the report written as a PDF, an xlsx or a CSV file
(`write_impact_report`).

Everything is counted and summed by the database (GROUP BY); no participant is ever loaded,
and the report (desktop.documents.sponsor_impact_parts.ImpactReport) has no field that could
hold a name, NIK, phone or address. Definitions:

- Money given: the sponsor's cash contributions received in the period, in total and by what
  they were earmarked for (a cohort, a programme, or the centre's work in general).
- Items given: the sponsor's in-kind contributions received in the period; per item name and
  unit, the quantity of their `donated` ledger movements and the value recorded with them.
- The cohorts: those that name the sponsor and run at some time in the period (their dates
  overlap it), and those a contribution of the period (cash or in kind) was earmarked for.
- Loans: the sponsor's equipment (items whose sponsor it is) lent or handed over to
  participants with an out-date in the period, counted by item and kind, never by person.
- Materials: everything issued from the stock to those cohorts (`issued` movements).
- Participants reached (`REACHED`): enrolments in those cohorts that took up a place:
  accepted, in training, completed, dropped out or not passed. Applied, waitlisted and
  withdrawn (before the start) are not reached. Each person is counted once, with their age
  at the start of the first of those cohorts they joined, in the registry's age bands
  (domain.choices.AgeBand); disability from the record's `has_disability`, social
  assistance as any of the programmes the record holds (PKH, BPNT, PBI-JK, KIP, Prakerja).
- Completion rate: completed ÷ enrolments reached, over the cohorts whose last day is before
  `today` (the day the report is made). A person in two such cohorts counts in both.
- Certificates: certificates of those cohorts that are valid now (status issued), one per
  enrolment: a re-issued one supersedes the old, which is not counted again; revoked ones
  are not counted.
- Follow-up outcomes: the calls 6 months after the end (domain.evaluation.OUTCOME_MONTHS) of
  everyone enrolled in those cohorts, counted by desktop.services.outcome_figures (reached;
  of them working, running a business, using the skill; the median income change against the
  intake band); None while no one has been reached.

Needs Permission.MANAGE_INVENTORY (admins). Reading writes nothing; a written file is audited
("sponsor.report").
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.config import load_config
from desktop.documents.report_csv import write_impact_csv
from desktop.documents.sponsor_impact_parts import FollowUpOutcomes, ImpactReport
from desktop.documents.sponsor_impact_pdf import render_impact_pdf
from desktop.documents.sponsor_impact_xlsx import write_impact_xlsx
from desktop.domain.errors import NotFound, PelitaError, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.domain.sponsor import SponsorKind
from desktop.services import centre
from desktop.services.context import Actor, Work, acting
from desktop.services.outcome_figures import outcome_figures
from desktop.services.sponsor_impact_queries import (
    items_given,
    loans,
    materials,
    money_given,
    scope,
)
from desktop.services.sponsor_impact_reach import cohorts_reached, completion, reach
from desktop.store.database import Database
from desktop.store.training import Enrolment, Sponsor

__all__ = ["ImpactReport", "ReportCancelled", "impact_report", "write_impact_report"]

Progress = Callable[[int, int], None]  # (done, total)
IsCancelled = Callable[[], bool]
FORMATS = (".pdf", ".xlsx", ".csv")
# The refusal of another suffix; the government report's too.
OTHER_SUFFIX = QT_TRANSLATE_NOOP("messages", "Choose a file name ending in .pdf, .xlsx or .csv.")
STEPS = 3  # read, render, write


class ReportCancelled(PelitaError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("messages", "Cancelled: no file was written."))


def impact_report(
    db: Database,
    actor: Actor,
    sponsor_id: int,
    start: date,
    end: date,
    *,
    today: date | None = None,
) -> ImpactReport:
    """What the sponsor gave from `start` to `end` (both included) and what it did, in figures
    (see the module's definitions). `today` (default: the desk's today) decides which cohorts
    have ended. Refused when `end` is before `start` (field "end") or the sponsor is not on
    record; a period with nothing in it gives an empty report, not an error."""
    check_period(start, end)
    with acting(db, actor, Permission.MANAGE_INVENTORY, read_only=True) as work:
        day = today or db.clock().astimezone().date()
        sponsor = work.session.execute(
            select(Sponsor.name, Sponsor.kind, Sponsor.logo_png).where(Sponsor.id == sponsor_id)
        ).one_or_none()
        if sponsor is None:
            raise NotFound(QT_TRANSLATE_NOOP("messages", "This sponsor is no longer on record."))
        session = work.session
        looked_at = scope(session, sponsor_id, start, end)
        reached = cohorts_reached(session, looked_at)
        return ImpactReport(
            sponsor_name=sponsor.name,
            sponsor_kind=SponsorKind(sponsor.kind),
            logo_png=sponsor.logo_png,
            start=start,
            end=end,
            today=day,
            money=money_given(session, looked_at),
            items=items_given(session, looked_at),
            cohorts=reached,
            loans=loans(session, looked_at),
            materials=materials(session, looked_at),
            reach=reach(session, looked_at),
            completion=completion(reached, day),
            certificates=sum(cohort.certificates for cohort in reached),
            follow_up=_follow_up(work, looked_at.cohort_ids),
        )


def _follow_up(work: Work, cohort_ids: list[int]) -> FollowUpOutcomes | None:
    if not cohort_ids:
        return None
    found = outcome_figures(work, select(Enrolment.id).where(Enrolment.cohort_id.in_(cohort_ids)))
    if not found.reached:
        return None
    return FollowUpOutcomes(
        months=found.months,
        reached=found.reached,
        working=found.working,
        in_business=found.in_business,
        uses_skill=found.uses_skill,
        income_known=found.income_known,
        median_income_change=found.median_income_change,
    )


def check_period(start: date, end: date) -> None:
    """Refused when `end` is before `start` (field "end"); the government report's too."""
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The end of the period is before its start."), "end"
        )


def write_impact_report(
    db: Database,
    actor: Actor,
    sponsor_id: int,
    start: date,
    end: date,
    path: Path,
    *,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    today: date | None = None,
) -> ImpactReport:
    """Write the report to `path`, a PDF, an xlsx or a CSV by its suffix, in `language` ("id" or
    "en"; default: the desk's), and return what it says. `progress(done, total)` after each
    step; `cancelled()` is asked between them and stops with ReportCancelled, leaving no file.
    Audited."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(OTHER_SUFFIX, "file")
    language = language or load_config().language
    step = Steps(progress, cancelled)
    report = impact_report(db, actor, sponsor_id, start, end, today=today)
    step.done(1)
    profile = centre.get_profile(db)
    if suffix == ".pdf":
        if profile is None:  # a database without a centre has no sponsors either
            raise NotFound(QT_TRANSLATE_NOOP("messages", "This database has no centre yet."))
        data = render_impact_pdf(profile, report, language=language)
    elif suffix == ".csv":
        data = write_impact_csv(
            report, language=language, centre_name=profile.name if profile else ""
        )
    else:
        data = write_impact_xlsx(
            report, language=language, centre_name=profile.name if profile else ""
        )
    step.done(2)
    # Written inside the unit of work: a file that cannot be written leaves no audit entry.
    with acting(db, actor, Permission.MANAGE_INVENTORY) as work:
        write_whole(path, data)
        work.audit(
            "sponsor.report",
            "sponsor",
            sponsor_id,
            after={
                "start": start.isoformat(),
                "end": end.isoformat(),
                "format": suffix.lstrip("."),
                "language": language,
            },
        )
    step.done(STEPS)
    return report


class Steps:
    """Progress after each of `total` steps; between them, stop with ReportCancelled when
    `cancelled()` says so."""

    def __init__(
        self, progress: Progress | None, cancelled: IsCancelled | None, total: int = STEPS
    ) -> None:
        self.progress, self.cancelled, self.total = progress, cancelled, total

    def done(self, count: int) -> None:
        if self.progress is not None:
            self.progress(count, self.total)
        if count < self.total and self.cancelled is not None and self.cancelled():
            raise ReportCancelled()


def write_whole(path: Path, data: bytes) -> None:
    """Whole or not at all: written beside, then put in place."""
    temporary = path.with_name(f".{path.name}.part")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "{file} cannot be written: {why}."),
            "file",
            file=str(path),
            why=error.strerror or str(error),
        ) from None
