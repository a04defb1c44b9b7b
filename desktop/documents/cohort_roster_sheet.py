"""A cohort's roster as a spreadsheet: xlsx or CSV, in the house style of the participant list
(desktop.documents.participants_sheet writes both: bold frozen header with a filter, NIK and
phone as text cells, dates as dates, attendance as a percentage cell).

Unlike the printed roster (desktop.documents.cohort_roster), which is pinned on boards and
carries no NIK or phone number, this file is for the office: sponsor and government reports
ask for NIK and phone by person. Who may not see them gets them masked, as on screen (the
service masks them before they reach this module). The sheet is named after the cohort's code.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from desktop.documents.participants_sheet import (
    DATE,
    PERCENT,
    TEXT,
    WHOLE,
    Column,
    Row,
    write_sheet_csv,
    write_sheet_xlsx,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# Each row holds the values after "No" in this order: name, NIK, sex, date of birth, phone,
# village, enrolment status (all text but the date), attendance as a fraction or None.
ROSTER_COLUMNS: tuple[Column, ...] = (
    (QT_TRANSLATE_NOOP("documents", "No"), 7, WHOLE),
    (QT_TRANSLATE_NOOP("documents", "Name"), 30, TEXT),
    (QT_TRANSLATE_NOOP("documents", "NIK"), 19, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Sex"), 12, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Date of birth"), 13, DATE),
    (QT_TRANSLATE_NOOP("documents", "Phone number"), 16, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Village"), 20, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Status"), 18, TEXT),
    (QT_TRANSLATE_NOOP("documents", "Attendance %"), 13, PERCENT),
)


def write_roster_xlsx(
    path: Path, rows: Iterable[Row], cohort_code: str, *, language: str = "id"
) -> int:
    """Write the roster's `rows` (see ROSTER_COLUMNS) to `path` as xlsx; returns how many."""
    return write_sheet_xlsx(path, rows, ROSTER_COLUMNS, cohort_code, language=language)


def write_roster_csv(
    path: Path, rows: Iterable[Row], cohort_code: str, *, language: str = "id"
) -> int:
    """Write the roster's `rows` (see ROSTER_COLUMNS) to `path` as CSV (UTF-8 with BOM, ";");
    returns how many. `cohort_code` is unused (a CSV has no sheet name); the writers share
    one signature."""
    return write_sheet_csv(path, rows, ROSTER_COLUMNS, language=language)
