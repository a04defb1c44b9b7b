"""The attendance matrix of a cohort as a formatted xlsx, and (re-exported from
desktop.documents.attendance_xlsx_read) reading marks back from the same layout.

Sheet 1 is the matrix: a title block, one column per session headed by its short day and date
and, beneath, its sheet code (the import reads the codes, never the dates), one row per
participant with the mark letters ("T15": fifteen minutes late), the rate and completion at the
right and a legend below. Sessions that do not apply to someone show "–" on grey; cancelled
sessions are grey columns. Sheet 2 sums each participant's marks.

The words are the desk's language, read from the .ts like the PDFs (desktop.documents.language).
What the workbook holds and the markers the import relies on are in attendance_xlsx_parts.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from desktop.documents.attendance_xlsx_parts import (
    NOT_APPLICABLE,
    REF_MARKER,
    MatrixData,
    PersonRow,
    cell_text,
    enrolment_ref,
)
from desktop.documents.attendance_xlsx_read import read_attendance_xlsx
from desktop.documents.language import DOCUMENTS, Translate, translator
from desktop.domain.attendance import LATE_MINUTES_MAX, Mark, SheetKind, sheet_code
from desktop.domain.i18n import QT_TRANSLATE_NOOP

__all__ = ["read_attendance_xlsx", "write_attendance_xlsx"]

ATTENDANCE = "attendance"  # the context of the mark labels (desktop.domain.attendance)
SHORT_DAYS = {
    "id": ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
GREY = PatternFill("solid", fgColor="D9D9D9")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
CODE_FONT = Font(size=8, color="7F7F7F")  # the codes are for the import, not for reading
CENTRED = Alignment(horizontal="center", vertical="center", wrap_text=True)
FIRST_SESSION_COLUMN = 4  # No, Name, Ref, then the sessions
NAME_COLUMN, REF_COLUMN = 2, 3
TITLE_ROWS = 5  # title block and a blank row above the dates

TITLE = QT_TRANSLATE_NOOP("documents", "ATTENDANCE MATRIX")
NO = QT_TRANSLATE_NOOP("documents", "No.")
NAME = QT_TRANSLATE_NOOP("documents", "Name")
RATE = QT_TRANSLATE_NOOP("documents", "Attendance %")
COMPLETION = QT_TRANSLATE_NOOP("documents", "Completion")
CANCELLED = QT_TRANSLATE_NOOP("documents", "cancelled")  # under a cancelled session's date


def write_attendance_xlsx(data: MatrixData, *, language: str = "id") -> bytes:
    """The matrix and its summary as xlsx bytes."""
    workbook = Workbook()
    writer = _Writer(data, language, translator(language))
    writer.matrix(workbook.active)
    writer.summary(workbook.create_sheet())
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


class _Writer:
    def __init__(self, data: MatrixData, language: str, tr: Translate) -> None:
        self.data, self.language, self.tr = data, language, tr

    def t(self, source: str, **params: Any) -> str:
        text = self.tr(DOCUMENTS, source)
        return text.format(**params) if params else text

    # -- sheet 1: the matrix

    def matrix(self, sheet: Worksheet) -> None:
        data = self.data
        sheet.title = self.t(QT_TRANSLATE_NOOP("documents", "Attendance"))
        self._title_block(sheet)
        dates_row, codes_row = TITLE_ROWS + 1, TITLE_ROWS + 2
        rate_column = FIRST_SESSION_COLUMN + len(data.sessions)
        for column, text in ((1, NO), (NAME_COLUMN, NAME), (rate_column, RATE)):
            sheet.cell(dates_row, column, self.t(text))
        sheet.cell(dates_row, rate_column + 1, self.t(COMPLETION))
        sheet.cell(codes_row, NAME_COLUMN, sheet_code(data.cohort_id, SheetKind.MATRIX))
        sheet.cell(dates_row, REF_COLUMN, REF_MARKER)
        sheet.cell(codes_row, REF_COLUMN, REF_MARKER)
        for index, session in enumerate(data.sessions):
            column = FIRST_SESSION_COLUMN + index
            sheet.cell(dates_row, column, self._day(session.day, session.cancelled))
            sheet.cell(codes_row, column, sheet_code(session.session_id))
        for column in range(1, rate_column + 2):
            for row, font in ((dates_row, BOLD), (codes_row, CODE_FONT)):
                cell = sheet.cell(row, column)
                cell.font, cell.border, cell.alignment = font, BOX, CENTRED
                cell.fill = HEADER_FILL
        for index, session in enumerate(data.sessions):
            if session.cancelled:
                sheet.cell(dates_row, FIRST_SESSION_COLUMN + index).fill = GREY
        sheet.cell(codes_row, NAME_COLUMN).alignment = Alignment(horizontal="left")
        sheet.row_dimensions[dates_row].height = 42
        first_row = codes_row + 1
        for number, person in enumerate(data.people, start=1):
            self._person(sheet, first_row + number - 1, number, person, rate_column)
        last_row = first_row + len(data.people) - 1
        self._validation(sheet, first_row, last_row)
        self._legend(sheet, last_row + 2)
        self._columns(sheet, rate_column)
        sheet.freeze_panes = sheet.cell(first_row, FIRST_SESSION_COLUMN).coordinate
        sheet.print_title_rows = f"{dates_row}:{codes_row}"
        _landscape(sheet)

    def _title_block(self, sheet: Worksheet) -> None:
        data = self.data
        sheet.cell(1, 1, data.centre_name).font = Font(bold=True, size=14)
        sheet.cell(2, 1, f"{self.t(TITLE)} · {data.cohort_code}").font = Font(bold=True, size=12)
        programme = QT_TRANSLATE_NOOP("documents", "Programme: {name}")
        sheet.cell(3, 1, self.t(programme, name=data.programme_name))
        minimum = QT_TRANSLATE_NOOP("documents", "Minimum attendance for completion: {min}%")
        sheet.cell(4, 1, self.t(minimum, min=data.min_attendance_pct))

    def _day(self, day: date, cancelled: bool) -> str:
        days = SHORT_DAYS.get(self.language, SHORT_DAYS["id"])
        text = f"{days[day.weekday()]}\n{day:%d/%m/%y}"
        return f"{text}\n{self.t(CANCELLED)}" if cancelled else text

    def _person(
        self, sheet: Worksheet, row: int, number: int, person: PersonRow, rate_column: int
    ) -> None:
        sheet.cell(row, 1, number).alignment = Alignment(horizontal="center")
        sheet.cell(row, NAME_COLUMN, person.name)
        sheet.cell(row, REF_COLUMN, enrolment_ref(person.enrolment_id))
        for index, (session, mark) in enumerate(zip(self.data.sessions, person.cells, strict=True)):
            cell = sheet.cell(row, FIRST_SESSION_COLUMN + index)
            cell.alignment = CENTRED
            if not mark.applicable or session.cancelled:
                cell.value, cell.fill = NOT_APPLICABLE, GREY
            else:
                cell.value = cell_text(mark.mark, mark.late_minutes) or None
        rate = sheet.cell(row, rate_column)
        if person.rate_percent is not None:
            rate.value, rate.number_format = person.rate_percent / 100, "0.0%"
        sheet.cell(row, rate_column + 1, person.completion)
        for column in range(1, rate_column + 2):
            sheet.cell(row, column).border = BOX

    def _validation(self, sheet: Worksheet, first_row: int, last_row: int) -> None:
        """Only a mark letter, "T" with minutes, "–" or nothing is accepted in a mark cell."""
        if not self.data.sessions or last_row < first_row:
            return
        top_left = sheet.cell(first_row, FIRST_SESSION_COLUMN).coordinate
        bottom_right = sheet.cell(last_row, FIRST_SESSION_COLUMN + len(self.data.sessions) - 1)
        letters = "".join(mark.key for mark in Mark if mark is not Mark.LATE)  # "T" needs minutes
        c = top_left  # a relative reference: Excel shifts it to each cell of the range
        formula = (
            f'OR(LEN({c})=0,{c}="{NOT_APPLICABLE}",'
            f'AND(LEN({c})=1,ISNUMBER(SEARCH({c},"{letters}"))),'
            f'AND(UPPER(LEFT({c},1))="{Mark.LATE.key}",ISNUMBER(VALUE(MID({c},2,4)))))'
        )
        validation = DataValidation(type="custom", formula1=formula, allow_blank=True)
        validation.error = self.t(
            QT_TRANSLATE_NOOP(
                "documents", "Type H, I, S or A, or T with the minutes late (T15), up to {max}."
            ),
            max=LATE_MINUTES_MAX,
        )
        validation.errorTitle = self.t(QT_TRANSLATE_NOOP("documents", "Not a mark"))
        validation.prompt = self._legend_text()
        validation.showErrorMessage = validation.showInputMessage = True
        validation.add(f"{top_left}:{bottom_right.coordinate}")
        sheet.add_data_validation(validation)

    def _legend_text(self) -> str:
        return ", ".join(f"{mark.key} = {self.tr(ATTENDANCE, mark.label)}" for mark in Mark)

    def _legend(self, sheet: Worksheet, row: int) -> None:
        lines = [
            self._legend_text(),
            self.t(QT_TRANSLATE_NOOP("documents", "T15: 15 minutes late.")),
            self.t(QT_TRANSLATE_NOOP("documents", "– (grey): the session does not apply.")),
            self.t(
                QT_TRANSLATE_NOOP(
                    "documents",
                    "The grey codes under the dates are read when the marks are imported: "
                    "do not change them.",
                )
            ),
        ]
        sheet.cell(row, NAME_COLUMN, self.t(QT_TRANSLATE_NOOP("documents", "Legend"))).font = BOLD
        for offset, line in enumerate(lines, start=1):
            sheet.cell(row + offset, NAME_COLUMN, line).font = Font(size=9)

    def _columns(self, sheet: Worksheet, rate_column: int) -> None:
        sheet.column_dimensions["A"].width = 5
        sheet.column_dimensions[get_column_letter(NAME_COLUMN)].width = 32
        # Hidden, not deleted: a clerk sees names, the import reads the references.
        sheet.column_dimensions[get_column_letter(REF_COLUMN)].width = 8
        sheet.column_dimensions[get_column_letter(REF_COLUMN)].hidden = True
        for column in range(FIRST_SESSION_COLUMN, rate_column):
            sheet.column_dimensions[get_column_letter(column)].width = 9
        sheet.column_dimensions[get_column_letter(rate_column)].width = 12
        sheet.column_dimensions[get_column_letter(rate_column + 1)].width = 40

    # -- sheet 2: the summary per participant

    def summary(self, sheet: Worksheet) -> None:
        sheet.title = self.t(QT_TRANSLATE_NOOP("documents", "Summary"))
        sheet.cell(1, 1, f"{self.data.centre_name} · {self.data.cohort_code}").font = BOLD
        counted = tuple(Mark)
        header = [
            self.t(NO),
            self.t(NAME),
            *(self.tr(ATTENDANCE, mark.label) for mark in counted),
            self.t(RATE),
            self.t(COMPLETION),
        ]
        for column, text in enumerate(header, start=1):
            cell = sheet.cell(3, column, text)
            cell.font, cell.fill, cell.border, cell.alignment = BOLD, HEADER_FILL, BOX, CENTRED
        for number, person in enumerate(self.data.people, start=1):
            row = 3 + number
            marks = [
                cell.mark
                for cell, session in zip(person.cells, self.data.sessions, strict=True)
                if cell.applicable and not session.cancelled
            ]
            values: list[object] = [number, person.name]
            values += [marks.count(mark) for mark in counted]
            rate = None if person.rate_percent is None else person.rate_percent / 100
            values += [rate, person.completion]
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(row, column, value)
                cell.border = BOX
            sheet.cell(row, len(header) - 1).number_format = "0.0%"
        widths = [5, 32, *(11 for _ in counted), 12, 40]
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "C4"
        _landscape(sheet)


def _landscape(sheet: Worksheet) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
