"""Finding what `pelita attendance …` is told about: a session by the code printed on its sheet
(DH-12-K, with a check letter that catches a mistyped code), a person on its roll by the
reference of their enrolment (E12, as in the exported spreadsheet) or by their name, and a
mark as typed (H|T|I|S|A with --late and --note). The typed values are read before the
password is asked for; the session and the person once logged in."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from desktop.domain.attendance import MarkInput
    from desktop.services.attendance import RollCall, RollLine
    from desktop.services.context import Actor
    from desktop.store.database import Database

_REF = re.compile(r"E([1-9][0-9]*)", re.IGNORECASE)  # documents.attendance_xlsx_parts


def session_of(code: str) -> int:
    """The session a sheet's code names (the check letter catches a mistyped code)."""
    from desktop.domain.attendance import session_from_code

    return session_from_code(code)


def find_session(db: Database, actor: Actor, code: str) -> None:
    """Refuses a code of no session, or of a cohort this actor does not mark."""
    from desktop.services import attendance

    try:
        attendance.find_sheet(db, actor, code)
    except NotFound:
        raise NotFound(
            "There is no session with the code {code} (see: pelita attendance today).",
            "code",
            code=code.strip().upper(),
        ) from None


def mark_input(letter: str, late: int | None, note: str) -> MarkInput:
    from desktop.domain.attendance import MARK_BY_KEY, Mark, MarkInput

    mark = MARK_BY_KEY.get(letter.strip().upper())
    if mark is None:
        raise ValidationError(
            "{letter} is not a mark: give H (present), T (late), I (excused), S (sick) or "
            "A (absent).",
            "mark",
            letter=letter,
        )
    if late is not None and mark is not Mark.LATE:
        raise ValidationError("--late goes with T (late) only.", "late_minutes")
    if mark is Mark.LATE and late is None:
        raise ValidationError("T (late): give how many minutes with --late MIN.", "late_minutes")
    return MarkInput(mark, late or 0, note).cleaned()


def person_on_roll(call: RollCall, wanted: str) -> RollLine:
    """The person on the roll named by their reference (E12) or their name: the whole name
    (any case), else the only name that contains what was typed."""
    code = sheet_of(call.session.id)
    ref = _REF.fullmatch(wanted.strip())
    if ref is not None:
        number = int(ref.group(1))
        for line in call.lines:
            if line.enrolment_id == number:
                return line
        raise ValidationError(
            "{ref} is not on the roll of {code} (see: pelita attendance roll {code}).",
            "person",
            ref=wanted.strip().upper(),
            code=code,
        )
    typed = " ".join(wanted.split()).casefold()
    found = [line for line in call.lines if _plain(line.full_name) == typed]
    if not found:
        found = [line for line in call.lines if typed and typed in _plain(line.full_name)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValidationError(
            "Nobody called {name} is on the roll of {code} (see: pelita attendance roll {code}).",
            "person",
            name=wanted,
            code=code,
        )
    raise ValidationError(
        "{name} could be {matches}: give the reference instead.",
        "person",
        name=wanted,
        matches=", ".join(who(line) for line in found),
    )


def _plain(name: str) -> str:
    return " ".join(name.split()).casefold()


def who(line: RollLine) -> str:
    return f"{line.full_name} (E{line.enrolment_id})"


def sheet_of(session_id: int) -> str:
    from desktop.domain.attendance import sheet_code

    return sheet_code(session_id)
