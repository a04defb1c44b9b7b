"""Taking attendance through the services, on SQLite and PostgreSQL: the roll call, marks
saved one by one, everyone present, undo, who may mark what, the lock on old marks, sessions
outside a person's span, and two desks marking the same cell at once."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from desktop.domain.attendance import Mark, MarkInput, SheetKind, sheet_code
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.services import attendance, enrolment
from desktop.services.context import Actor
from desktop.store.attendance import AttendanceMark, AttendanceTally
from desktop.store.database import Database, open_database
from desktop.store.models import AuditEntry, User
from desktop.store.training import CohortInstructor, CohortSession
from tests.services.test_enrolment import add_cohort, add_person, add_programme

START = date(2027, 1, 11)  # a Monday; the cohorts of test_enrolment start then
P, L, X, S, A = Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.SICK, Mark.ABSENT


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2027, 1, 4, 2, 0, tzinfo=UTC)  # a week before the start

    def __call__(self) -> datetime:
        return self.now

    def on(self, day: date) -> None:
        self.now = datetime(day.year, day.month, day.day, 5, 0, tzinfo=UTC)


@pytest.fixture
def clock(demo_db: Database) -> Clock:
    ticking = Clock()
    demo_db.clock = ticking
    return ticking


def add_sessions(db: Database, cohort_id: int, days: int = 10, cancelled: tuple[int, ...] = ()):
    with db.sessions.begin() as session:
        rows = [
            CohortSession(
                cohort_id=cohort_id,
                day=START + timedelta(days=number),
                starts=time(8),
                ends=time(12),
                kind="regular",
                cancelled=number in cancelled,
            )
            for number in range(days)
        ]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]


def teach(db: Database, cohort_id: int, username: str = "instruktur") -> None:
    with db.sessions.begin() as session:
        user_id = session.scalar(select(User.id).where(User.username == username))
        session.add(CohortInstructor(cohort_id=cohort_id, user_id=user_id))


class Class:
    def __init__(self, db: Database, clerk: Actor, people: int = 3, capacity: int = 5) -> None:
        self.cohort = add_cohort(db, add_programme(db), capacity=capacity)
        self.sessions = add_sessions(db, self.cohort)
        self.enrolments = [
            enrolment.enrol(db, clerk, add_person(db, f"Peserta {n}"), self.cohort).enrolment_id
            for n in range(people)
        ]


@pytest.fixture
def klass(demo_db: Database, clerk: Actor, clock: Clock) -> Class:
    made = Class(demo_db, clerk)
    teach(demo_db, made.cohort)
    return made


def audit(db: Database, action: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            )
        )


def tally(db: Database, enrolment_id: int) -> tuple[int, int, int]:
    with db.sessions() as session:
        row = session.get(AttendanceTally, enrolment_id)
        return (row.present, row.absent, row.streak) if row else (0, 0, 0)


# -- the roll call -------------------------------------------------------------------------------


def test_everyone_present_then_the_exceptions(
    demo_db: Database, instructor: Actor, klass: Class, clock: Clock
) -> None:
    clock.on(START)
    _first, second, third = klass.enrolments
    session = klass.sessions[0]
    lines = attendance.mark_everyone_present(demo_db, instructor, session)
    assert [line.mark for line in lines] == [P, P, P]
    attendance.mark(demo_db, instructor, session, second, MarkInput(L, 15, "bus  late "))
    attendance.mark(demo_db, instructor, session, third, MarkInput(S))
    call = attendance.roll_call(demo_db, instructor, session)
    assert [(line.full_name, line.mark) for line in call.lines] == [
        ("Peserta 0", P),
        ("Peserta 1", L),
        ("Peserta 2", S),
    ]
    assert call.lines[1].late_minutes == 15 and call.lines[1].note == "bus late"
    assert call.may_change and not call.locked
    # Marks given stay when everyone-present is pressed again.
    again = attendance.mark_everyone_present(demo_db, instructor, session)
    assert [line.mark for line in again] == [P, L, S]
    assert len(audit(demo_db, "attendance.mark")) == 5


def test_undo_takes_the_mark_back_and_recounts(
    demo_db: Database, instructor: Actor, klass: Class, clock: Clock
) -> None:
    clock.on(START)
    first = klass.enrolments[0]
    attendance.mark(demo_db, instructor, klass.sessions[0], first, MarkInput(A))
    assert tally(demo_db, first) == (0, 1, 1)
    line = attendance.unmark(demo_db, instructor, klass.sessions[0], first)
    assert line.mark is None
    assert tally(demo_db, first) == (0, 0, 0)
    undone = audit(demo_db, "attendance.unmark")
    assert len(undone) == 1 and undone[0].before is not None
    assert undone[0].before["mark"] == "absent"


def test_the_tally_counts_absences_in_a_row_up_to_the_latest_mark(
    demo_db: Database, instructor: Actor, klass: Class, clock: Clock
) -> None:
    first = klass.enrolments[0]
    clock.on(START + timedelta(days=5))
    for number in range(3):
        attendance.mark(demo_db, instructor, klass.sessions[number], first, MarkInput(A))
    assert tally(demo_db, first) == (0, 3, 3)
    attendance.mark(demo_db, instructor, klass.sessions[3], first, MarkInput(P))
    assert tally(demo_db, first) == (1, 3, 0)
    # A mark given late for an earlier session is counted in session order, not marking order.
    attendance.mark(demo_db, instructor, klass.sessions[4], first, MarkInput(A))
    attendance.mark(demo_db, instructor, klass.sessions[3], first, MarkInput(A))
    assert tally(demo_db, first) == (0, 5, 5)


# -- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (MarkInput(L), "late_minutes"),
        (MarkInput(L, 0), "late_minutes"),
        (MarkInput(L, 601), "late_minutes"),
        (MarkInput(P, note="x" * 501), "note"),
    ],
)
def test_bad_marks_are_refused_with_the_field(
    demo_db: Database, instructor: Actor, klass: Class, clock: Clock, data: MarkInput, field: str
) -> None:
    clock.on(START)
    with pytest.raises(ValidationError) as refused:
        attendance.mark(demo_db, instructor, klass.sessions[0], klass.enrolments[0], data)
    assert refused.value.field == field
    assert attendance.roll_call(demo_db, instructor, klass.sessions[0]).lines[0].mark is None


def test_a_cancelled_session_takes_no_marks(
    demo_db: Database, clerk: Actor, instructor: Actor, clock: Clock
) -> None:
    cohort = add_cohort(demo_db, add_programme(demo_db))
    sessions = add_sessions(demo_db, cohort, days=2, cancelled=(0,))
    person = enrolment.enrol(demo_db, clerk, add_person(demo_db), cohort).enrolment_id
    clock.on(START + timedelta(days=1))
    with pytest.raises(ValidationError, match="cancelled"):
        attendance.mark(demo_db, clerk, sessions[0], person, MarkInput(P))
    with pytest.raises(ValidationError, match="cancelled"):
        attendance.mark_everyone_present(demo_db, clerk, sessions[0])
    assert not attendance.roll_call(demo_db, clerk, sessions[0]).may_change


def test_a_session_still_to_come_takes_no_marks(
    demo_db: Database, instructor: Actor, klass: Class, clock: Clock
) -> None:
    clock.on(START)
    with pytest.raises(ValidationError) as refused:
        attendance.mark(demo_db, instructor, klass.sessions[1], klass.enrolments[0], MarkInput(P))
    assert refused.value.field == "session"


def test_someone_not_enrolled_cannot_be_marked(
    demo_db: Database, clerk: Actor, instructor: Actor, klass: Class, clock: Clock
) -> None:
    other = Class(demo_db, clerk, people=1)
    clock.on(START)
    with pytest.raises(ValidationError) as refused:
        attendance.mark(demo_db, instructor, klass.sessions[0], other.enrolments[0], MarkInput(P))
    assert refused.value.field == "enrolment"


def test_sessions_before_joining_or_after_leaving_do_not_apply(
    demo_db: Database, clerk: Actor, instructor: Actor, klass: Class, clock: Clock
) -> None:
    clock.on(START + timedelta(days=3))
    late_joiner = add_person(demo_db, "Yang Terlambat")
    joined = enrolment.enrol(demo_db, clerk, late_joiner, klass.cohort).enrolment_id
    leaver = klass.enrolments[0]
    enrolment.change_status(demo_db, clerk, leaver, enrolment.E.ACTIVE)
    clock.on(START + timedelta(days=5))
    enrolment.change_status(demo_db, clerk, leaver, enrolment.E.DROPPED, "moved away")
    clock.on(START + timedelta(days=8))
    early = attendance.roll_call(demo_db, instructor, klass.sessions[1])
    by_id = {line.enrolment_id: line for line in early.lines}
    assert not by_id[joined].applicable and by_id[leaver].applicable
    later = attendance.roll_call(demo_db, instructor, klass.sessions[7])
    by_id = {line.enrolment_id: line for line in later.lines}
    assert by_id[joined].applicable and not by_id[leaver].applicable
    with pytest.raises(ValidationError, match="not in the class"):
        attendance.mark(demo_db, instructor, klass.sessions[1], joined, MarkInput(A))
    # Everyone present skips those the session does not apply to.
    lines = attendance.mark_everyone_present(demo_db, instructor, klass.sessions[7])
    assert {line.enrolment_id: line.mark for line in lines}[leaver] is None


# -- who may mark ----------------------------------------------------------------------------------


def test_instructors_mark_only_their_own_cohorts(
    demo_db: Database, clerk: Actor, instructor: Actor, admin: Actor, clock: Clock
) -> None:
    other = Class(demo_db, clerk, people=1)  # nobody teaches it
    clock.on(START)
    with pytest.raises(PermissionDenied):
        attendance.roll_call(demo_db, instructor, other.sessions[0])
    with pytest.raises(PermissionDenied):
        attendance.mark(demo_db, instructor, other.sessions[0], other.enrolments[0], MarkInput(P))
    assert attendance.sessions_on(demo_db, instructor, START) == []
    # Clerks enter paper sheets of any cohort; admins mark any.
    attendance.mark(demo_db, clerk, other.sessions[0], other.enrolments[0], MarkInput(P))
    attendance.mark(demo_db, admin, other.sessions[0], other.enrolments[0], MarkInput(S))
    teach(demo_db, other.cohort)
    assert [info.id for info in attendance.sessions_on(demo_db, instructor, START)] == [
        other.sessions[0]
    ]


def test_old_marks_change_only_by_an_admin_with_a_reason(
    demo_db: Database, instructor: Actor, admin: Actor, klass: Class, clock: Clock
) -> None:
    first = klass.enrolments[0]
    clock.on(START + timedelta(days=9))  # session 1 is 9 days old: past the 7 lock days
    assert attendance.roll_call(demo_db, instructor, klass.sessions[0]).locked
    with pytest.raises(ValidationError, match="administrator"):
        attendance.mark(demo_db, instructor, klass.sessions[0], first, MarkInput(P))
    with pytest.raises(ValidationError) as refused:
        attendance.mark(demo_db, admin, klass.sessions[0], first, MarkInput(P))
    assert refused.value.field == "reason"
    attendance.mark(demo_db, admin, klass.sessions[0], first, MarkInput(P), "paper sheet found")
    assert audit(demo_db, "attendance.mark")[-1].after["reason"] == "paper sheet found"
    # Within the lock days the instructor still may.
    attendance.mark(demo_db, instructor, klass.sessions[5], first, MarkInput(P))
    attendance.set_lock_days(demo_db, admin, 30)
    attendance.mark(demo_db, instructor, klass.sessions[0], first, MarkInput(A))
    with pytest.raises(ValidationError):
        attendance.set_lock_days(demo_db, admin, -1)
    with pytest.raises(PermissionDenied):
        attendance.set_lock_days(demo_db, instructor, 3)


def test_the_last_mark_wins_and_both_are_audited(
    demo_db: Database, instructor: Actor, admin: Actor, klass: Class, clock: Clock
) -> None:
    clock.on(START)
    first = klass.enrolments[0]
    attendance.mark(demo_db, instructor, klass.sessions[0], first, MarkInput(P))
    attendance.mark(demo_db, admin, klass.sessions[0], first, MarkInput(X, note="surat izin"))
    line = attendance.roll_call(demo_db, instructor, klass.sessions[0]).lines[0]
    assert (line.mark, line.marked_by) == (X, "admin")
    entries = audit(demo_db, "attendance.mark")
    assert [entry.username for entry in entries] == ["instruktur", "admin"]
    assert entries[1].before == {"mark": "present", "late_minutes": 0, "note": ""}


def test_two_desks_marking_the_same_cell_at_once(
    demo_db: Database, instructor: Actor, admin: Actor, klass: Class, clock: Clock
) -> None:
    """Both marks are saved in turn (no error at either desk), one stands, both audited."""
    clock.on(START)
    other_desk = open_database(demo_db.url)
    other_desk.clock = clock
    barrier = threading.Barrier(2, timeout=30)
    outcome: dict[str, object] = {}

    def desk(db: Database, actor: Actor, mark: Mark) -> None:
        barrier.wait()
        try:
            attendance.mark(db, actor, klass.sessions[0], klass.enrolments[0], MarkInput(mark))
            outcome[actor.username] = "saved"
        except BaseException as error:  # reported below, not lost in the thread
            outcome[actor.username] = error

    threads = [
        threading.Thread(target=desk, args=(demo_db, instructor, P)),
        threading.Thread(target=desk, args=(other_desk, admin, A)),
    ]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        other_desk.close()
    assert outcome == {"instruktur": "saved", "admin": "saved"}
    with demo_db.sessions() as session:
        assert len(session.scalars(select(AttendanceMark)).all()) == 1
    assert len(audit(demo_db, "attendance.mark")) == 2


# -- the code on a sheet ---------------------------------------------------------------------------


def test_a_sheet_code_opens_its_session(
    demo_db: Database, instructor: Actor, clerk: Actor, klass: Class
) -> None:
    session = klass.sessions[2]
    assert attendance.find_sheet(demo_db, instructor, sheet_code(session)) == (
        SheetKind.SESSION,
        session,
    )
    matrix = sheet_code(klass.cohort, SheetKind.MATRIX)
    assert attendance.find_sheet(demo_db, clerk, matrix) == (SheetKind.MATRIX, klass.cohort)
    with pytest.raises(ValidationError):
        attendance.find_sheet(demo_db, clerk, sheet_code(session)[:-1] + "Z")
    with pytest.raises(NotFound):
        attendance.find_sheet(demo_db, clerk, sheet_code(999_999))


def test_a_cohort_with_marks_keeps_its_dates(
    demo_db: Database, instructor: Actor, klass: Class, clock: Clock
) -> None:
    """The cohort form refuses new dates or a new schedule once attendance was taken."""
    from desktop.services import cohorts

    with demo_db.sessions() as session:
        assert cohorts.has_attendance(session, klass.cohort) is False
    clock.on(START)
    attendance.mark(demo_db, instructor, klass.sessions[0], klass.enrolments[0], MarkInput(P))
    with demo_db.sessions() as session:
        assert cohorts.has_attendance(session, klass.cohort) is True


def test_marks_follow_a_merged_record_to_the_kept_one(
    demo_db: Database, clerk: Actor, admin: Actor, instructor: Actor, klass: Class, clock: Clock
) -> None:
    """A person registered twice, enrolled and marked under the second record: merged into
    the first, the enrolment and every mark are theirs, in the grid and the profile."""
    from desktop.services import attendance_grid, merge

    clock.on(START + timedelta(days=1))
    attendance.mark(demo_db, instructor, klass.sessions[0], klass.enrolments[0], MarkInput(P))
    attendance.mark(demo_db, instructor, klass.sessions[1], klass.enrolments[0], MarkInput(A))
    with demo_db.sessions() as session:
        from desktop.store.training import Enrolment

        twin = session.get(Enrolment, klass.enrolments[0]).participant_id  # type: ignore[union-attr]
    kept = add_person(demo_db, "Peserta 0 Asli")
    merge.merge(demo_db, admin, kept, twin, "KTP yang sama")
    row = next(
        row
        for row in attendance_grid.grid(demo_db, admin, klass.cohort).rows
        if row.enrolment_id == klass.enrolments[0]
    )
    assert row.participant_id == kept and row.cells[:2] == (P, A)
    shown = enrolment.enrolments_of_participant(demo_db, clerk, kept)
    assert [(view.id, view.attendance.marked) for view in shown] == [  # type: ignore[union-attr]
        (klass.enrolments[0], 2)
    ]
