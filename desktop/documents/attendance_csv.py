"""The attendance matrix of a cohort as CSV, for other programs: what sheet 1 of the xlsx
(desktop.documents.attendance_xlsx) shows, without its title block, codes and legend.

One row per participant, numbered: the name, one column per session headed by its date
(dd/mm/yyyy, with "(cancelled)" after a cancelled one's) holding the mark's letter as the
sheet writes it (H, T15 for fifteen minutes late, I, S, A; "–" where the session does not
apply to the person or was cancelled; empty while not marked), then the attendance rate and
the completion in words.

The house CSV (desktop.documents.participants_sheet.write_sheet_csv): UTF-8 with a BOM, ";"
between values, the rate as the number of percent with the language's decimal mark ("87,5"
in Indonesian). It cannot be imported back: the xlsx carries the codes the import reads.
"""

from __future__ import annotations

from pathlib import Path

from desktop.documents.attendance_xlsx import CANCELLED, COMPLETION, NAME, NO, RATE
from desktop.documents.attendance_xlsx_parts import NOT_APPLICABLE, MatrixData, cell_text
from desktop.documents.language import DOCUMENTS, translator
from desktop.documents.participants_sheet import (
    PERCENT,
    TEXT,
    WHOLE,
    Column,
    Row,
    write_sheet_csv,
)


def write_attendance_csv(path: Path, data: MatrixData, *, language: str = "id") -> int:
    """Write the matrix of `data` to `path` as CSV; returns how many participants."""
    tr = translator(language)
    cancelled = tr(DOCUMENTS, CANCELLED)
    # The sessions' headers are already words (a date has no translation to look up).
    sessions: list[Column] = [
        (f"{s.day:%d/%m/%Y} ({cancelled})" if s.cancelled else f"{s.day:%d/%m/%Y}", 9, TEXT)
        for s in data.sessions
    ]
    columns: list[Column] = [
        (NO, 5, WHOLE),
        (NAME, 32, TEXT),
        *sessions,
        (RATE, 12, PERCENT),
        (COMPLETION, 40, TEXT),
    ]
    rows: list[Row] = []
    for person in data.people:
        marks = [
            NOT_APPLICABLE
            if not cell.applicable or session.cancelled
            else cell_text(cell.mark, cell.late_minutes)
            for session, cell in zip(data.sessions, person.cells, strict=True)
        ]
        rate = None if person.rate_percent is None else person.rate_percent / 100
        rows.append((person.name, *marks, rate, person.completion))
    return write_sheet_csv(path, rows, columns, language=language)
