"""The period report for the local government office (Dinas): participants trained per
programme by sex, age band, disability and result, in figures only (`government_report`), and
the report written as a PDF, an xlsx or a CSV file (`write_government_report`).

Everything is counted by the database (GROUP BY), with the sponsor impact report's queries for
the people (desktop.services.sponsor_impact_reach.reach_by); no participant is ever loaded, and
the report (desktop.documents.government_report_parts.GovernmentReport) has no field that could
hold a name, NIK, phone or address. Definitions:

- The cohorts: those whose dates overlap the period (first day on or before its end, last day
  on or after its start), of every programme or of the one asked for.
- Participants trained: enrolments in those cohorts that took up a place (accepted, in
  training, completed, dropped out or not passed: the impact report's REACHED). Each person is
  counted once per programme, with their age on the first day of the first of that
  programme's cohorts they joined, in the registry's age bands (domain.choices.AgeBand); the
  total row counts each person once over all programmes (age at their first cohort), so the
  rows may add up to more than the total. Disability from the record's `has_disability`.
- Completed, dropped out, not passed: places (enrolments) with that status. Completion rate:
  completed ÷ places over the cohorts whose last day is before `today` (the day the report is
  made), as in the impact report.
- Certificates: certificates of those cohorts valid now (status issued), one per place.
- Regencies: the people of the total by the regency or city on their record, each once.

Needs Permission.MANAGE_PROGRAMMES (admins). Reading writes nothing; a written file is audited
("report.government").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop.config import load_config
from desktop.documents.government_report_parts import GovernmentReport, ProgrammeLine
from desktop.documents.government_report_pdf import render_government_pdf
from desktop.documents.government_report_xlsx import write_government_xlsx
from desktop.documents.report_csv import write_government_csv
from desktop.documents.sponsor_impact_parts import Completion, Reach
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.roles import Permission
from desktop.services import centre
from desktop.services.context import Actor, acting
from desktop.services.government_report_queries import (
    Places,
    certificates,
    cohorts_that_ran,
    places,
    regencies,
)
from desktop.services.sponsor_impact import (
    OTHER_SUFFIX,
    ReportCancelled,
    Steps,
    check_period,
    write_whole,
)
from desktop.services.sponsor_impact_reach import nobody, reach_by, reach_over
from desktop.store.certificates import CertificateStyle
from desktop.store.database import Database
from desktop.store.models import Programme
from desktop.store.training import Cohort

__all__ = [
    "GovernmentReport",
    "ReportCancelled",
    "government_report",
    "write_government_report",
]

Progress = Callable[[int, int], None]  # (done, total)
IsCancelled = Callable[[], bool]
FORMATS = (".pdf", ".xlsx", ".csv")
STEPS = 3  # read, render, write


def government_report(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    *,
    programme_id: int | None = None,
    today: date | None = None,
) -> GovernmentReport:
    """The participants trained from `start` to `end` (both included), per programme or for
    the one `programme_id` (see the module's definitions). `today` (default: the desk's today)
    decides which cohorts have ended. Refused when `end` is before `start` (field "end") or the
    programme is not on record (field "programme"); a period in which no cohort ran gives an
    empty report, not an error."""
    check_period(start, end)
    with acting(db, actor, Permission.MANAGE_PROGRAMMES, read_only=True) as work:
        session = work.session
        day = today or db.clock().astimezone().date()
        chosen = ""
        if programme_id is not None:
            name = session.scalar(select(Programme.name).where(Programme.id == programme_id))
            if name is None:
                raise NotFound(
                    QT_TRANSLATE_NOOP("programmes", "This programme no longer exists."),
                    "programme",
                )
            chosen = name
        ran = cohorts_that_ran(session, start, end, programme_id, day)
        ids = ran.cohort_ids
        people = reach_by(session, ids, Cohort.programme_id) if ids else {}
        counted = places(session, ids, day) if ids else {}
        issued = certificates(session, ids) if ids else {}
        lines = [
            _line(
                ran.names[programme],
                ran.cohorts[programme],
                ran.ended[programme],
                people.get(programme) or nobody(),
                counted.get(programme, Places()),
                issued.get(programme, 0),
            )
            for programme in ran.names
        ]
        lines.sort(key=lambda line: (line.programme.casefold(), line.programme))
        place = session.scalar(
            select(CertificateStyle.place).order_by(CertificateStyle.id).limit(1)
        )
        return GovernmentReport(
            start=start,
            end=end,
            today=day,
            programme=chosen,
            place=place or "",
            programmes=tuple(lines),
            total=_total(lines, reach_over(session, ids) if ids else nobody()),
            regencies=regencies(session, ids) if ids else (),
        )


def _line(
    name: str, cohorts: int, ended: int, people: Reach, counted: Places, issued: int
) -> ProgrammeLine:
    return ProgrammeLine(
        programme=name,
        cohorts=cohorts,
        reach=people,
        completed=counted.completed,
        dropped=counted.dropped,
        failed=counted.failed,
        completion=Completion(counted.ended_completed, counted.ended, ended),
        certificates=issued,
    )


def _total(lines: list[ProgrammeLine], everyone: Reach) -> ProgrammeLine:
    """Places, cohorts and certificates add up over the programmes; people do not (`everyone`
    counts each person once)."""
    return ProgrammeLine(
        programme="",
        cohorts=sum(line.cohorts for line in lines),
        reach=everyone,
        completed=sum(line.completed for line in lines),
        dropped=sum(line.dropped for line in lines),
        failed=sum(line.failed for line in lines),
        completion=Completion(
            completed=sum(line.completion.completed for line in lines),
            counted=sum(line.completion.counted for line in lines),
            ended_cohorts=sum(line.completion.ended_cohorts for line in lines),
        ),
        certificates=sum(line.certificates for line in lines),
    )


def write_government_report(
    db: Database,
    actor: Actor,
    start: date,
    end: date,
    path: Path,
    *,
    programme_id: int | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    today: date | None = None,
) -> GovernmentReport:
    """Write the report to `path`, a PDF, an xlsx or a CSV by its suffix, in `language` ("id" or
    "en"; default: the desk's), and return what it says. `progress(done, total)` after each
    step; `cancelled()` is asked between them and stops with ReportCancelled, leaving no file.
    Audited ("report.government")."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(OTHER_SUFFIX, "file")
    language = language or load_config().language
    step = Steps(progress, cancelled, STEPS)
    report = government_report(db, actor, start, end, programme_id=programme_id, today=today)
    step.done(1)
    profile = centre.get_profile(db)
    if profile is None:  # a database without a centre has no admin to ask for this either
        raise NotFound(QT_TRANSLATE_NOOP("messages", "This database has no centre yet."))
    if suffix == ".pdf":
        data = render_government_pdf(profile, report, language=language)
    elif suffix == ".csv":
        data = write_government_csv(report, language=language, centre_name=profile.name)
    else:
        data = write_government_xlsx(report, language=language, centre_name=profile.name)
    step.done(2)
    # Written inside the unit of work: a file that cannot be written leaves no audit entry.
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        write_whole(path, data)
        work.audit(
            "report.government",
            "programme" if programme_id is not None else "report",
            programme_id if programme_id is not None else "",
            after={
                "start": start.isoformat(),
                "end": end.isoformat(),
                "format": suffix.lstrip("."),
                "language": language,
                "programme": report.programme or None,
            },
        )
    step.done(STEPS)
    return report
