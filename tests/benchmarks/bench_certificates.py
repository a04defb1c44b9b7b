"""1,000 certificates issued end to end (issue 6), on the embedded default (SQLite).

- Set-up (not timed): a demo centre with a logo, a programme of 8 competency units, a cohort
  of 1,000 people in training (bulk inserts), and two sponsors with logos.
- Measured: `certificate_issue.issue` for all 1,000 with an output folder: numbered, signed,
  rendered (both cores), hashed, recorded with their frozen PDFs in one transaction, every
  individual file and the one print file written. Wall clock.
- Yardsticks, in the same run: LibreOffice headless turning the same 1,000 certificates from
  one mail-merge document into PDF (certificate_yardsticks.libreoffice_seconds; skipped with
  a message when LibreOffice cannot be had), the target being at least 10x faster; and the
  bare ReportLab page loop, reported as a ratio.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import insert, select, update

from desktop.domain.enrolment import EnrolmentStatus
from desktop.paths import sqlite_url
from desktop.services import certificate_issue
from desktop.services.accounts import authenticate
from desktop.services.demo import build_demo
from desktop.store.database import Database, open_database
from desktop.store.models import Centre, Programme
from desktop.store.participants import Participant
from desktop.store.training import (
    Cohort,
    CohortSponsor,
    Enrolment,
    ProgrammeUnit,
    Sponsor,
)
from tests.benchmarks import certificate_yardsticks as yardsticks
from tests.benchmarks.common import Result

COUNT = 1000
TARGET_FACTOR = 10


def _logo(colour: tuple[int, int, int]) -> bytes:
    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((10, 10, 290, 290), fill=(*colour, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _seed(db: Database, records: list[yardsticks.MergeRecord]) -> int:
    """A cohort of `len(records)` people in training; returns its id."""
    now = datetime.now(UTC)
    with db.sessions.begin() as session:
        session.execute(update(Centre).values(logo_png=_logo((20, 80, 160))))
        programme = Programme(
            code="JHB",
            name="Menjahit Busana Wanita Tingkat Dasar",
            skill_area="Menjahit",
            hours_jp=120,
        )
        session.add(programme)
        session.flush()
        for position, (code, title) in enumerate(records[0].units):
            session.add(
                ProgrammeUnit(
                    programme_id=programme.id,
                    position=position,
                    code=code,
                    title=title,
                    hours_jp=15,
                )
            )
        cohort = Cohort(
            programme_id=programme.id,
            code="JHB-2026-01",
            year=2026,
            sequence=1,
            start_date=date(2026, 9, 7),
            end_date=date(2026, 11, 13),
            capacity=COUNT,
            seats_taken=COUNT,
            funding="apbn",
            status="finished",
        )
        session.add(cohort)
        session.flush()
        for name, colour in (
            ("PT Tekstil Nusantara", (200, 50, 50)),
            ("Yayasan Maju", (50, 150, 50)),
        ):
            sponsor = Sponsor(
                name=name, name_key=name.casefold(), kind="company", logo_png=_logo(colour)
            )
            session.add(sponsor)
            session.flush()
            session.add(CohortSponsor(cohort_id=cohort.id, sponsor_id=sponsor.id))
        people = (
            session.execute(
                insert(Participant).returning(Participant.id),
                [
                    {
                        "full_name": record.name.title(),
                        "name_sort": record.name.lower(),
                        "name_key": record.name.lower(),
                        "birth_place": record.birth.split(",")[0],
                        "birth_date": date(1985, 1, 1) + timedelta(days=index * 7),
                        "sex": "P",
                        "status": "active",
                        "created_at": now,
                        "updated_at": now,
                    }
                    for index, record in enumerate(records)
                ],
            )
            .scalars()
            .all()
        )
        session.execute(
            insert(Enrolment),
            [
                {
                    "participant_id": person,
                    "cohort_id": cohort.id,
                    "programme_id": programme.id,
                    "status": EnrolmentStatus.ACTIVE.value,
                    "holds_seat": True,
                    "applied_at": now,
                    "updated_at": now,
                }
                for person in people
            ],
        )
        return cohort.id


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="pelita-bench-certificates-"))
    try:
        return _run(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run(folder: Path) -> list[Result]:
    records = yardsticks.sample_records(COUNT)
    db = open_database(sqlite_url(folder / "pelita.sqlite3"))
    try:
        build_demo(db)
        admin = authenticate(db, "admin", "admin-demo")
        cohort_id = _seed(db, records)
        with db.sessions() as session:
            enrolments = tuple(
                session.scalars(
                    select(Enrolment.id)
                    .where(Enrolment.cohort_id == cohort_id)
                    .order_by(Enrolment.id)
                )
            )
        # Nobody has attendance in this made-up cohort: each is issued with an override,
        # which the service checks and records like any other.
        request = certificate_issue.IssueRequest(
            cohort_id,
            enrolments,
            overrides={e: "Benchmark" for e in enrolments},
            issue_date=date(2026, 11, 23),
        )
        started = time.perf_counter()
        result = certificate_issue.issue(db, admin, request, folder=folder / "out")
        pelita = time.perf_counter() - started
        assert len(result.certificates) == COUNT and result.print_file is not None
        files = len(list((folder / "out").glob("*.pdf")))
        print_size = result.print_file.stat().st_size
    finally:
        db.close()

    logo, qr = yardsticks.sample_logo_png(), yardsticks.sample_qr_png()
    bare = yardsticks.bare_reportlab_seconds(records, logo, qr)
    extra = {
        "files": files,
        "print_file_mb": round(print_size / 1e6, 1),
        "bare_reportlab_s": bare,
        "ratio_to_bare_reportlab": round(pelita / bare, 1),
    }
    results = [
        Result(
            name=f"certificates: {COUNT} issued end to end",
            value=pelita,
            unit="s",
            yardstick_name="bare ReportLab page loop",
            yardstick=bare,
            target="reported as a ratio",
            met=True,
            runs=1,
            extra=extra,
        )
    ]
    soffice = yardsticks.ensure_libreoffice()
    if soffice is None:
        print("LibreOffice cannot be had here: the 10x comparison is skipped.")
        return results
    office = yardsticks.libreoffice_seconds(
        records, yardsticks.SAMPLE_CENTRE, logo, qr, folder / "office"
    )
    if office is None:
        print("LibreOffice failed to convert: the 10x comparison is skipped.")
        return results
    results.append(
        Result(
            name=f"certificates: {COUNT} issued end to end vs LibreOffice",
            value=pelita,
            unit="s",
            yardstick_name="LibreOffice headless mail merge to PDF",
            yardstick=office,
            target=f"<= 1/{TARGET_FACTOR} of LibreOffice",
            met=pelita * TARGET_FACTOR <= office,
            runs=1,
            extra={**extra, "times_faster": round(office / pelita, 1)},
        )
    )
    return results
