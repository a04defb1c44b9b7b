"""The texts the enrolment windows show: a programme rule not met (the check before enrolling,
the bulk report), a cohort's dates and status, whether a seat is free or the person joins the
waitlist, and what an enrolment did.

They were written inside EnrolDialog and keep its translation context ("EnrolDialog") and
source texts, so the translations made for the dialog still apply. The context is spelled out
in each call, not held in a constant: lupdate reads only literal contexts.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.domain.choices import Choice
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.formatting import format_date
from desktop.domain.programme_rules import Finding, Strictness
from desktop.gui.formatting import language
from desktop.services.cohort_rows import CohortRow
from desktop.services.enrolment import Enrolled
from desktop.services.enrolment_preview import CohortSeats, EnrolmentPreview


def _param_text(value: object) -> str:
    if isinstance(value, Choice):
        return QCoreApplication.translate("choices", value.label)
    if isinstance(value, (tuple, list, frozenset, set)):
        return ", ".join(sorted(_param_text(item) for item in value))
    return str(value)


def finding_text(finding: Finding) -> str:
    """A rule not met, in the person's language, its values (education levels, target
    groups) by their translated labels."""
    text = QCoreApplication.translate("eligibility", finding.text)
    params = {key: _param_text(value) for key, value in finding.params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return finding.english()  # a broken translation must not hide the reason


def finding_line(finding: Finding) -> str:
    """ "Refused: …" or "Warning: …", for plain-text lists (the bulk report)."""
    if finding.strictness is Strictness.HARD:
        head = QCoreApplication.translate("EnrolDialog", "Refused: %1")
    else:
        head = QCoreApplication.translate("EnrolDialog", "Warning: %1")
    return head.replace("%1", finding_text(finding))


def findings_html(findings: Iterable[Finding]) -> str:
    lines = []
    for finding in sorted(findings, key=lambda f: f.strictness is not Strictness.HARD):
        colour = "#b3261e" if finding.strictness is Strictness.HARD else "#8a5a00"
        lines.append(f"<li style='color:{colour}'>{html.escape(finding_line(finding))}</li>")
    return f"<ul style='margin:0'>{''.join(lines)}</ul>"


def check_html(found: EnrolmentPreview | None) -> str:
    """The check before enrolling, as rich text: each rule not met, hard ones first."""
    if found is None:
        text = QCoreApplication.translate(
            "EnrolDialog", "Choose the participant and the cohort to see the check."
        )
    elif found.findings:
        return findings_html(found.findings)
    else:
        text = QCoreApplication.translate("EnrolDialog", "Meets every rule of the programme.")
    return html.escape(text)


def dates_text(start: date, end: date) -> str:
    return f"{format_date(start, language())} – {format_date(end, language())}"


def cohort_status_text(row: CohortSeats | CohortRow) -> str:
    return QCoreApplication.translate("cohorts", row.status.label)


def seat_text(found: EnrolmentPreview) -> str:
    """Whether the person gets a seat or joins the waitlist, and why."""
    cohort, name, locale = found.cohort, found.full_name, QLocale()
    if cohort.seat_for_newcomer:
        text = QCoreApplication.translate(
            "EnrolDialog", "A seat is free (%1 of %2): %3 will be accepted."
        )
        text = text.replace("%1", locale.toString(cohort.seats_free))
        return text.replace("%2", locale.toString(cohort.capacity)).replace("%3", name)
    if cohort.seats_free == 0:
        text = QCoreApplication.translate(
            "EnrolDialog",
            "The cohort is full (%1 seats, %2 waiting): %3 will go on the waitlist, in the "
            "order of priority, and is offered a seat when one frees.",
        )
        text = text.replace("%1", locale.toString(cohort.capacity))
    else:
        text = QCoreApplication.translate(
            "EnrolDialog",
            "%2 people are waiting for this cohort: %3 joins the waitlist in the order of "
            "priority, and free seats are offered from its top.",
        )
    return text.replace("%2", locale.toString(cohort.waiting)).replace("%3", name)


def enrolled_text(enrolled: Enrolled, full_name: str, cohort_code: str) -> str:
    """What an enrolment did (a seat or the waitlist), then each warning it went ahead with."""
    if enrolled.status is EnrolmentStatus.ACCEPTED:
        text = QCoreApplication.translate("EnrolDialog", "Enrolled %1 in %2, with a seat.")
    else:
        text = QCoreApplication.translate("EnrolDialog", "%1 is on the waitlist of %2.")
    lines = [
        text.replace("%1", full_name).replace("%2", cohort_code),
        *(finding_line(finding) for finding in enrolled.warnings),
    ]
    return "\n".join(lines)
