"""Issuing certificates (services.certificate_issue) on SQLite and PostgreSQL: who is eligible
and why, overrides with their reason audited, the enrolment completed by its certificate, the
files written to a folder, a batch large enough for worker processes, and a cancelled or failed
batch that leaves nothing behind.

The small classes built here (`make_class`) serve the other certificate tests too.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Collection, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import event, func, select

from desktop.domain.certificate import file_name
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.services import certificate_issue, certificate_register, certificate_render, enrolment
from desktop.services.accounts import authenticate
from desktop.services.certificate_issue import IssueRequest, IssueResult
from desktop.services.context import Actor
from desktop.services.demo import build_demo
from desktop.store.attendance import AttendanceMark
from desktop.store.certificates import Certificate, CertificateFile, CertificateYear
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Programme
from desktop.store.training import Cohort, CohortSession
from tests.services.test_enrolment import add_person, events, status_of

E = EnrolmentStatus
COURSE_START = date(2026, 9, 7)  # a Monday; five sessions, one every other day
SESSIONS = 5
ISSUED_ON = date(2026, 11, 23)  # a Monday in November: roman month XI
_numbers = itertools.count(1)


# -- small classes, shared with the other certificate tests --------------------------------------


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 5, 0, tzinfo=UTC)


class Clock:
    """The desks' clock: today decides which sessions were held."""

    def __init__(self) -> None:
        self.now = at(COURSE_START - timedelta(days=7))

    def __call__(self) -> datetime:
        return self.now

    def on(self, day: date) -> None:
        self.now = at(day)


@pytest.fixture
def clock(demo_db: Database) -> Clock:
    ticking = Clock()
    demo_db.clock = ticking
    return ticking


@dataclass(frozen=True)
class Class:
    cohort: int
    code: str
    people: tuple[int, ...]
    enrolments: tuple[int, ...]


def make_class(
    db: Database,
    clerk: Actor,
    clock: Clock,
    names: Sequence[str],
    *,
    programme: str = "JHT",
    short: Collection[int] = (),
) -> Class:
    """A cohort of the demo's `programme` that held five sessions in September 2026, with
    `names` enrolled the week before, in that order. Everyone was present at every session
    but those at the indexes in `short`: absent twice (60%, under the 80% asked). The clock
    is left on ISSUED_ON."""
    clock.on(COURSE_START - timedelta(days=7))
    number = next(_numbers)
    code = f"{programme}-T{number:03d}"
    with db.sessions.begin() as session:
        programme_id = session.scalar(select(Programme.id).where(Programme.code == programme))
        cohort = Cohort(
            programme_id=programme_id,
            code=code,
            year=2026,
            sequence=100 + number,
            start_date=COURSE_START,
            end_date=COURSE_START + timedelta(days=2 * SESSIONS),
            capacity=len(names) + 5,
            funding="apbn",
            status="open",
        )
        session.add(cohort)
        session.flush()
        cohort_id = cohort.id
    people = tuple(add_person(db, name) for name in names)
    enrolments = tuple(enrolment.enrol(db, clerk, p, cohort_id).enrolment_id for p in people)
    with db.sessions.begin() as session:
        days = [COURSE_START + timedelta(days=2 * n) for n in range(SESSIONS)]
        rows = [
            CohortSession(
                cohort_id=cohort_id, day=day, starts=time(8), ends=time(12), kind="regular"
            )
            for day in days
        ]
        session.add_all(rows)
        session.flush()
        session.add_all(
            AttendanceMark(
                session_id=row.id,
                enrolment_id=enrolment_id,
                mark="absent" if index in short and n < 2 else "present",
                marked_at=at(row.day),
                username="instruktur",
            )
            for index, enrolment_id in enumerate(enrolments)
            for n, row in enumerate(rows)
        )
    clock.on(ISSUED_ON)
    return Class(cohort_id, code, people, enrolments)


def issue(
    db: Database, actor: Actor, klass: Class, indexes: Sequence[int], **options: Any
) -> IssueResult:
    """Issue to the people of `klass` at `indexes`, on ISSUED_ON unless told otherwise."""
    overrides = options.pop("overrides", {})
    request = IssueRequest(
        klass.cohort,
        tuple(klass.enrolments[i] for i in indexes),
        overrides={klass.enrolments[i]: reason for i, reason in overrides.items()},
        issue_date=options.pop("issue_date", ISSUED_ON),
    )
    return certificate_issue.issue(db, actor, request, **options)


def certificates(db: Database) -> list[tuple[int, int, str, str]]:
    """(year, seq, number, status) of every certificate, by id."""
    with db.sessions() as session:
        rows = session.execute(
            select(
                Certificate.year, Certificate.seq, Certificate.number, Certificate.status
            ).order_by(Certificate.id)
        )
        return [(r.year, r.seq, r.number, r.status) for r in rows]


def years(db: Database) -> dict[int, int]:
    with db.sessions() as session:
        return dict(session.execute(select(CertificateYear.year, CertificateYear.last_seq)).all())


def audit(db: Database, action: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            )
        )


def assert_nothing_recorded(db: Database, last_seqs: dict[int, int]) -> None:
    with db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Certificate)) == 0
        assert session.scalar(select(func.count()).select_from(CertificateFile)) == 0
    assert years(db) == last_seqs
    assert audit(db, "certificate.issue") == []


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


NAMES = ("Ani Suryani", "Budi Santoso", "Citra Lestari", "Dedi Kurniawan", "Eka Putri")


@pytest.fixture
def klass(demo_db: Database, clerk: Actor, clock: Clock) -> Class:
    """Five people; Budi (index 1) attended 60%."""
    return make_class(demo_db, clerk, clock, NAMES, short={1})


# -- who is eligible ------------------------------------------------------------------------------


def test_the_demo_cohort_that_finished(db: Database) -> None:
    """The demo's finished cohort: fifteen people, one dropped out and one did not pass a
    competency unit; the thirteen others get the numbers of the centre's pattern, in the
    order chosen."""
    build_demo(db, participants=50, certificates=False)
    admin = authenticate(db, "admin", "admin-demo")
    with db.sessions() as session:
        cohort_id = session.execute(
            select(Cohort.id).where(Cohort.status == "finished")
        ).scalar_one()
    found = certificate_issue.candidates(db, admin, cohort_id)
    assert len(found) == 15
    left = [c for c in found if not c.eligible and c.status is E.DROPPED]
    assert [(c.status, c.reason, c.reason_context, dict(c.params)) for c in left] == [
        (E.DROPPED, "Left the training ({status}).", "certificates", {"status": "dropped"})
    ]
    (unit,) = [c for c in found if not c.eligible and c.status is not E.DROPPED]
    assert unit.reason == "Did not pass the competency unit {codes}."
    assert all(c.reason == "" and c.certificate_id is None for c in found if c.eligible)
    with pytest.raises(ValidationError) as dropped:
        certificate_issue.issue(db, admin, IssueRequest(cohort_id, (left[0].enrolment_id,)))
    assert dropped.value.field == "override"
    chosen = tuple(c.enrolment_id for c in found if c.eligible)
    result = certificate_issue.issue(
        db, admin, IssueRequest(cohort_id, chosen, issue_date=ISSUED_ON)
    )
    assert [i.number for i in result.certificates] == [
        f"{n:04d}/LKP-PM/JHT/XI/2026" for n in range(1, 14)
    ]
    again = {c.enrolment_id: c for c in certificate_issue.candidates(db, admin, cohort_id)}
    assert [again[e].certificate_number for e in chosen] == [i.number for i in result.certificates]
    with pytest.raises(Conflict) as twice:
        certificate_issue.issue(db, admin, IssueRequest(cohort_id, chosen[:1]))
    assert twice.value.field == "people"
    assert len(certificates(db)) == 13


def test_everyone_is_listed_with_the_reason(demo_db: Database, admin: Actor, klass: Class) -> None:
    dropped, withdrawn = klass.enrolments[3], klass.enrolments[4]
    enrolment.change_status(demo_db, admin, dropped, E.ACTIVE)
    enrolment.drop(demo_db, admin, dropped, "Pindah kerja")
    enrolment.withdraw(demo_db, admin, withdrawn, "Sakit")
    found = certificate_issue.candidates(demo_db, admin, klass.cohort)
    assert [(c.full_name, c.eligible) for c in found] == [
        ("Ani Suryani", True),
        ("Budi Santoso", False),
        ("Citra Lestari", True),
        ("Dedi Kurniawan", False),
    ]  # a withdrawal before the start is not on the roll at all
    budi, dedi = found[1], found[3]
    assert (budi.reason_context, budi.reason, dict(budi.params)) == (
        "attendance",
        "Attended {percent}% of sessions; the programme asks {min}%.",
        {"percent": "60", "min": 80},
    )
    assert budi.rate.percent == 60.0
    assert (dedi.reason_context, dedi.reason, dict(dedi.params)) == (
        "certificates",
        "Left the training ({status}).",
        {"status": "dropped"},
    )
    with pytest.raises(ValidationError) as refused:
        issue(demo_db, admin, klass, [3])
    assert refused.value.field == "override"
    with pytest.raises(NotFound):
        issue(demo_db, admin, klass, [4], overrides={4: "Tetap diberi"})
    assert certificates(demo_db) == []


def test_sessions_still_to_come_are_the_reason(
    demo_db: Database, admin: Actor, clerk: Actor, clock: Clock
) -> None:
    made = make_class(demo_db, clerk, clock, ["Fajar Nugroho"])
    clock.on(COURSE_START + timedelta(days=3))  # two of the five sessions held
    (fajar,) = certificate_issue.candidates(demo_db, admin, made.cohort)
    assert (fajar.eligible, fajar.reason, dict(fajar.params)) == (
        False,
        "{count} sessions are still to come.",
        {"count": 3},
    )


def test_an_override_needs_a_reason_and_is_audited(
    demo_db: Database, admin: Actor, klass: Class
) -> None:
    for reason in ({}, {1: "   "}, {1: "x" * 501}):
        with pytest.raises(ValidationError) as refused:
            issue(demo_db, admin, klass, [0, 1], overrides=reason)
        assert refused.value.field == "override"
    assert certificates(demo_db) == []
    result = issue(demo_db, admin, klass, [0, 1], overrides={1: "  Sakit, surat dokter  "})
    ani, budi = (
        certificate_register.entry(demo_db, admin, i.certificate_id) for i in result.certificates
    )
    assert (ani.override_reason, budi.override_reason) == ("", "Sakit, surat dokter")
    entries = {entry.entity_id: entry.after or {} for entry in audit(demo_db, "certificate.issue")}
    assert entries[str(budi.id)]["override_reason"] == "Sakit, surat dokter"
    assert entries[str(budi.id)]["number"] == budi.number
    assert "override_reason" not in entries[str(ani.id)]
    assert all(entry.username == "admin" for entry in audit(demo_db, "certificate.issue"))
    # Corrected later, still issued by that exception: the register keeps saying why.
    again = certificate_issue.reissue(demo_db, admin, budi.id, "Nama salah ketik")
    renewed = certificate_register.entry(demo_db, admin, again.certificates[0].certificate_id)
    assert renewed.override_reason == "Sakit, surat dokter"
    assert renewed.supersedes_id == budi.id


def test_refusals_of_a_choice(
    demo_db: Database, admin: Actor, clerk: Actor, clock: Clock, klass: Class
) -> None:
    with pytest.raises(ValidationError) as empty:
        certificate_issue.issue(demo_db, admin, IssueRequest(klass.cohort, ()))
    assert empty.value.field == "people"
    other = make_class(demo_db, clerk, clock, ["Gita Maharani"])
    with pytest.raises(NotFound):
        certificate_issue.issue(demo_db, admin, IssueRequest(klass.cohort, (other.enrolments[0],)))
    issue(demo_db, admin, klass, [0])
    with pytest.raises(Conflict) as twice:
        issue(demo_db, admin, klass, [2, 0])
    assert twice.value.field == "people" and twice.value.params["name"] == "Ani Suryani"
    assert len(certificates(demo_db)) == 1


def test_a_certificate_completes_the_training(
    demo_db: Database, admin: Actor, klass: Class
) -> None:
    accepted, active, completed = klass.enrolments[0], klass.enrolments[2], klass.enrolments[3]
    enrolment.change_status(demo_db, admin, active, E.ACTIVE)
    enrolment.change_status(demo_db, admin, completed, E.ACTIVE)
    enrolment.change_status(demo_db, admin, completed, E.COMPLETED)
    before = events(demo_db, completed)
    issue(demo_db, admin, klass, [0, 2, 3])
    assert [status_of(demo_db, e) for e in (accepted, active, completed)] == ["completed"] * 3
    assert events(demo_db, accepted)[-2:] == [("accepted", "active"), ("active", "completed")]
    assert events(demo_db, active)[-2:] == [("accepted", "active"), ("active", "completed")]
    assert events(demo_db, completed) == before  # nothing to change
    assert status_of(demo_db, klass.enrolments[1]) == "accepted"  # not chosen


# -- files, and the batch in worker processes ------------------------------------------------------


def test_a_batch_written_to_a_folder(
    demo_db: Database, admin: Actor, klass: Class, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    result = issue(
        demo_db, admin, klass, [0, 2], folder=tmp_path / "out", progress=lambda *a: seen.append(a)
    )
    assert seen[-1] == (4, 4) and seen == sorted(seen)  # two files, then the print file
    names = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert names == sorted(
        [
            "0001-LKP-PM-JHT-XI-2026 Ani Suryani.pdf",
            "0002-LKP-PM-JHT-XI-2026 Citra Lestari.pdf",
            f"Sertifikat {klass.code} (cetak, 2).pdf",
        ]
    )
    pages = 0
    for issued in result.certificates:
        assert issued.file is not None
        assert issued.file.name == file_name(issued.number, issued.full_name)
        stored = certificate_register.pdf(demo_db, admin, issued.certificate_id)
        assert issued.file.read_bytes() == stored
        pages += len(PdfReader(io.BytesIO(stored)).pages)
        assert issued.full_name.upper() in pdf_text(stored)
    assert result.print_file is not None
    printed = result.print_file.read_bytes()
    assert len(PdfReader(io.BytesIO(printed)).pages) == pages
    assert "ANI SURYANI" in pdf_text(printed) and "CITRA LESTARI" in pdf_text(printed)


def test_a_preview_takes_no_number(demo_db: Database, admin: Actor, klass: Class) -> None:
    shown = pdf_text(certificate_issue.preview(demo_db, admin, klass.cohort, klass.enrolments[1]))
    assert "BUDI SANTOSO" in shown and "0001/LKP-PM/JHT/" in shown
    assert certificates(demo_db) == [] and years(demo_db) == {}


def test_a_batch_in_worker_processes(
    demo_db: Database,
    admin: Actor,
    clerk: Actor,
    clock: Clock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """61 papers go to worker processes (spawned: slow to start, so SQLite only): a cancel
    there leaves nothing, and the batch then comes back whole and in order."""
    if not demo_db.is_sqlite:
        pytest.skip("worker processes render the same on either database; once is enough")
    monkeypatch.setattr(certificate_render, "workers", lambda: 2)
    pools: list[object] = []

    def counted_pool(*args: Any, **kwargs: Any) -> Any:
        pools.append(args)
        return ProcessPoolExecutor(*args, **kwargs)

    monkeypatch.setattr(certificate_render, "ProcessPoolExecutor", counted_pool)
    count = certificate_render.POOL_FROM + 1
    big = make_class(
        demo_db,
        clerk,
        clock,
        [f"Peserta {chr(65 + n // 26)}{chr(65 + n % 26)}" for n in range(count)],
    )
    seen: list[tuple[int, int]] = []
    with pytest.raises(certificate_render.Cancelled):
        issue(
            demo_db,
            admin,
            big,
            range(count),
            folder=tmp_path / "cancelled",
            progress=lambda *a: seen.append(a),
            cancelled=lambda: bool(seen),
        )
    assert_nothing_recorded(demo_db, {})
    assert not (tmp_path / "cancelled").exists() or not any((tmp_path / "cancelled").iterdir())
    seen.clear()
    result = issue(
        demo_db,
        admin,
        big,
        range(count),
        folder=tmp_path / "out",
        progress=lambda *a: seen.append(a),
    )
    assert len(pools) == 2
    assert seen[-1] == (2 * count, 2 * count) and seen == sorted(seen)
    assert [i.number for i in result.certificates] == [
        f"{n:04d}/LKP-PM/JHT/XI/2026" for n in range(1, count + 1)
    ]
    for issued in result.certificates[:: count // 4]:
        stored = certificate_register.pdf(demo_db, admin, issued.certificate_id)
        assert issued.file is not None and issued.file.read_bytes() == stored
        assert issued.full_name.upper() in pdf_text(stored)
    assert result.print_file is not None
    assert len(PdfReader(result.print_file).pages) == count * len(
        PdfReader(io.BytesIO(stored)).pages
    )


# -- a cancel or a crash leaves nothing -----------------------------------------------------------


def test_a_cancelled_batch_leaves_nothing(
    demo_db: Database, admin: Actor, klass: Class, tmp_path: Path
) -> None:
    issue(demo_db, admin, klass, [4])  # 0001 was issued before
    folder = tmp_path / "out"
    with pytest.raises(certificate_render.Cancelled):
        issue(demo_db, admin, klass, [0, 2], folder=folder, cancelled=lambda: True)
    calls: list[tuple[int, int]] = []
    with pytest.raises(certificate_render.Cancelled):  # on the way, after the first file
        issue(
            demo_db,
            admin,
            klass,
            [0, 2, 3],
            folder=folder,
            progress=lambda *a: calls.append(a),
            cancelled=lambda: bool(calls),
        )
    assert calls == [(1, 6)]
    assert len(certificates(demo_db)) == 1 and years(demo_db) == {2026: 1}
    assert not folder.exists() or list(folder.iterdir()) == []
    assert [status_of(demo_db, e) for e in klass.enrolments[:4]] == ["accepted"] * 4
    result = issue(demo_db, admin, klass, [0, 2])
    assert [i.number[:4] for i in result.certificates] == ["0002", "0003"]  # none used up


def test_a_crash_while_rendering_leaves_nothing(
    demo_db: Database, admin: Actor, klass: Class, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise MemoryError("out of memory in the middle of the batch")

    monkeypatch.setattr(certificate_issue, "render_batch", broken)
    with pytest.raises(MemoryError):
        issue(demo_db, admin, klass, [0, 2])
    assert_nothing_recorded(demo_db, {})
    assert status_of(demo_db, klass.enrolments[0]) == "accepted"


def test_a_crash_while_recording_leaves_nothing(
    demo_db: Database, admin: Actor, klass: Class
) -> None:
    """The process fails at the very end of recording (every row written, the commit to
    come): the whole batch rolls back, numbers and enrolments included."""

    def crash(session: Any) -> None:
        if session.execute(select(func.count()).select_from(Certificate)).scalar():
            raise OSError("the disk went away")

    event.listen(demo_db.sessions, "before_commit", crash)
    try:
        with pytest.raises(OSError):
            issue(demo_db, admin, klass, [0, 2])
    finally:
        event.remove(demo_db.sessions, "before_commit", crash)
    assert_nothing_recorded(demo_db, {})
    assert status_of(demo_db, klass.enrolments[0]) == "accepted"
    result = issue(demo_db, admin, klass, [0, 2])
    assert [i.number[:4] for i in result.certificates] == ["0001", "0002"]


# -- who may ------------------------------------------------------------------------------------


def test_only_an_admin_issues(
    demo_db: Database, clerk: Actor, instructor: Actor, admin: Actor, klass: Class
) -> None:
    done = issue(demo_db, admin, klass, [0]).certificates[0]
    for actor in (clerk, instructor):
        with pytest.raises(PermissionDenied):
            certificate_issue.candidates(demo_db, actor, klass.cohort)
        with pytest.raises(PermissionDenied):
            certificate_issue.preview(demo_db, actor, klass.cohort, klass.enrolments[2])
        with pytest.raises(PermissionDenied):
            issue(demo_db, actor, klass, [2])
        with pytest.raises(PermissionDenied):
            certificate_issue.reissue(demo_db, actor, done.certificate_id, "Nama salah")
    assert len(certificates(demo_db)) == 1
