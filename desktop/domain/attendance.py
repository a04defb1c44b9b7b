"""Attendance: the five marks an instructor gives, what counts as present, and the numbers.

Marks (the words on Indonesian daftar hadir): Hadir (present), Terlambat (late, with the
minutes), Izin (excused), Sakit (sick), Alpa (absent without word). Present and late always
count as present; excused and sick count as present when the programme's completion rule
says so (`CompletionRule.excused_counts`); absent never does.

A participant's rate is over the sessions that apply to them (held, not cancelled, between the
day they were accepted and the day they left) and have been marked: a session nobody marked
yet says nothing either way. Completion needs every applicable session marked and the rate at
or above the programme's minimum; "at risk" is three absences in a row (Alpa, in session
order) or a rate under that minimum once at least MIN_SESSIONS_FOR_RATE sessions are marked.

The code on a printed sheet (`sheet_code`) names the session: "DH-" and its number, then one
check letter, so a mistyped code is refused instead of opening another session.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

LATE_MINUTES_MAX = 600
NOTE_MAX = 500
ABSENCES_IN_A_ROW = 3
MIN_SESSIONS_FOR_RATE = 3  # a rate over one or two sessions says little
LOCK_DAYS_DEFAULT = 7  # marks older than this change only by an administrator
LOCK_DAYS_MAX = 365


class Mark(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    SICK = "sick"
    ABSENT = "absent"

    @property
    def label(self) -> str:
        return MARK_LABELS[self]

    @property
    def key(self) -> str:
        """The key that gives this mark in the roll call (the Indonesian initial)."""
        return MARK_KEYS[self]


MARK_LABELS = {
    Mark.PRESENT: QT_TRANSLATE_NOOP("attendance", "Present"),
    Mark.LATE: QT_TRANSLATE_NOOP("attendance", "Late"),
    Mark.EXCUSED: QT_TRANSLATE_NOOP("attendance", "Excused"),
    Mark.SICK: QT_TRANSLATE_NOOP("attendance", "Sick"),
    Mark.ABSENT: QT_TRANSLATE_NOOP("attendance", "Absent"),
}
# Hadir, Terlambat, Izin, Sakit, Alpa: the letters instructors already write on paper.
MARK_KEYS = {
    Mark.PRESENT: "H",
    Mark.LATE: "T",
    Mark.EXCUSED: "I",
    Mark.SICK: "S",
    Mark.ABSENT: "A",
}
MARK_BY_KEY = {key: mark for mark, key in MARK_KEYS.items()}


@dataclass(frozen=True)
class MarkInput:
    mark: Mark
    late_minutes: int = 0
    note: str = ""

    def cleaned(self) -> MarkInput:
        """The mark as stored: the note trimmed, minutes only for late. Raises
        ValidationError naming the field."""
        note = " ".join(self.note.split())
        if len(note) > NOTE_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "A note can be at most {max} characters."),
                "note",
                max=NOTE_MAX,
            )
        if self.mark is not Mark.LATE:
            return MarkInput(self.mark, 0, note)
        if not 1 <= self.late_minutes <= LATE_MINUTES_MAX:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Give how many minutes late, from 1 to {max}."),
                "late_minutes",
                max=LATE_MINUTES_MAX,
            )
        return MarkInput(self.mark, self.late_minutes, note)


def counts_present(mark: Mark, excused_counts: bool) -> bool:
    if mark in (Mark.PRESENT, Mark.LATE):
        return True
    if mark in (Mark.EXCUSED, Mark.SICK):
        return excused_counts
    return False


@dataclass(frozen=True)
class Rate:
    present: int  # sessions counted as present
    marked: int  # applicable sessions with a mark
    applicable: int  # applicable sessions held so far (marked or not)

    @property
    def percent(self) -> float | None:
        """None before any applicable session was marked."""
        return None if self.marked == 0 else 100.0 * self.present / self.marked


def rate(marks: Iterable[Mark | None], excused_counts: bool) -> Rate:
    """The rate over these applicable sessions' marks (None: not marked yet)."""
    present = marked = applicable = 0
    for mark in marks:
        applicable += 1
        if mark is None:
            continue
        marked += 1
        present += counts_present(mark, excused_counts)
    return Rate(present, marked, applicable)


def absences_in_a_row(marks: Sequence[Mark | None]) -> int:
    """Absences in a row up to the latest mark: the person is still missing. Unmarked
    sessions neither break nor extend a run (their mark is simply not known yet); an earlier
    run that ended with the person coming back does not count."""
    run = 0
    for mark in marks:
        if mark is None:
            continue
        run = run + 1 if mark is Mark.ABSENT else 0
    return run


COMPLETES = QT_TRANSLATE_NOOP("attendance", "Meets the completion rule")


@dataclass(frozen=True)
class Completion:
    eligible: bool
    reason: str  # a message id ("attendance" context) with {params}; "" when eligible
    params: dict[str, object]


def completion(
    marks: Sequence[Mark | None], sessions_total: int, min_pct: int, excused_counts: bool
) -> Completion:
    """Whether these marks (one per applicable session held so far) meet the programme's rule,
    `sessions_total` being every applicable session of the cohort, held or not."""
    counted = rate(marks, excused_counts)
    not_held = sessions_total - counted.applicable
    unmarked = counted.applicable - counted.marked
    if not_held > 0:
        return Completion(
            False,
            QT_TRANSLATE_NOOP("attendance", "{count} sessions are still to come."),
            {"count": not_held},
        )
    if unmarked > 0:
        return Completion(
            False,
            QT_TRANSLATE_NOOP("attendance", "{count} sessions are not marked yet."),
            {"count": unmarked},
        )
    percent = counted.percent or 0.0
    if percent + 1e-9 < min_pct:
        return Completion(
            False,
            QT_TRANSLATE_NOOP(
                "attendance", "Attended {percent}% of sessions; the programme asks {min}%."
            ),
            {"percent": f"{percent:.0f}", "min": min_pct},
        )
    return Completion(True, "", {})


def at_risk(marks: Sequence[Mark | None], min_pct: int, excused_counts: bool) -> str:
    """Why these marks (in session order) put someone at risk of not completing: a message
    id, "" if they do not."""
    return at_risk_reason(absences_in_a_row(marks), rate(marks, excused_counts), min_pct)


def at_risk_reason(absences_at_the_end: int, counted: Rate, min_pct: int) -> str:
    """`at_risk` from the numbers alone (a tally keeps them; no need to read every mark)."""
    if absences_at_the_end >= ABSENCES_IN_A_ROW:
        return QT_TRANSLATE_NOOP("attendance", "Absent three sessions in a row")
    if counted.marked >= MIN_SESSIONS_FOR_RATE and (counted.percent or 0.0) < min_pct:
        return QT_TRANSLATE_NOOP("attendance", "Attendance under the programme's minimum")
    return ""


# -- the code on a printed sheet ---------------------------------------------------------------

_CHECK_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: never read as 1 or 0


def _check_letter(number: int) -> str:
    # Weighted digit sum: catches any single wrong digit and most swapped neighbours.
    total = sum((position + 2) * int(digit) for position, digit in enumerate(reversed(str(number))))
    return _CHECK_LETTERS[total % len(_CHECK_LETTERS)]


class SheetKind(enum.StrEnum):
    SESSION = "DH"  # daftar hadir of one session
    MATRIX = "DM"  # a cohort's weekly or monthly matrix


def sheet_code(session_id: int, kind: SheetKind = SheetKind.SESSION) -> str:
    """The code printed on a sheet, e.g. DH-1234-K (a session's sheet) or DM-56-R (a
    cohort's matrix: the number is the cohort's)."""
    return f"{kind.value}-{session_id}-{_check_letter(session_id)}"


def read_sheet_code(code: str) -> tuple[SheetKind, int]:
    """What a typed or scanned sheet code names: the kind and the session's (or for a matrix
    the cohort's) number. Raises ValidationError (field "code") when it is not such a code or
    its check letter does not match."""
    cleaned = "".join(code.split()).upper().replace("_", "-")
    parts = cleaned.split("-")
    kinds = {kind.value: kind for kind in SheetKind}
    if len(parts) == 3 and parts[0] in kinds and parts[1].isdigit() and parts[1][0] != "0":
        number = int(parts[1])
        if parts[2] == _check_letter(number):
            return kinds[parts[0]], number
    raise ValidationError(
        QT_TRANSLATE_NOOP(
            "messages",
            "{code} is not the code of an attendance sheet. It looks like DH-1234-K, printed "
            "at the top of the sheet.",
        ),
        "code",
        code=code.strip(),
    )


def session_from_code(code: str) -> int:
    """The session a session sheet's code names (ValidationError for any other code)."""
    kind, number = read_sheet_code(code)
    if kind is not SheetKind.SESSION:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "{code} is the code of a cohort's matrix, not of one session."
            ),
            "code",
            code=code.strip(),
        )
    return number
