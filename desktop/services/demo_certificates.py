"""The demo's certificates: logos for the centre and its sponsors (drawn, so the demo needs no
image files), the place of issue, and certificates issued to everyone in the finished cohort
who meets the completion rule, a week after it ended. The register then has something in it
on the first start, and a certificate to verify."""

from __future__ import annotations

import io
from datetime import timedelta

from PIL import Image, ImageDraw
from sqlalchemy import select, update

from desktop.services import certificate_issue
from desktop.services.attendance_common import local_day
from desktop.services.context import Actor, acting
from desktop.store.certificates import CertificateStyle
from desktop.store.database import Database
from desktop.store.models import Centre
from desktop.store.training import Cohort, ProgrammeUnit, Sponsor

PLACE = "Cianjur"
# Competency units (the certificates' back page) of two demo programmes, in the style of the
# national competency standards (SKKNI) their codes follow.
DEMO_UNITS: dict[str, tuple[tuple[str, str, int], ...]] = {
    "JHT": (
        ("C.141000.001.01", "Mengukur tubuh", 12),
        ("C.141000.002.01", "Membuat pola dasar busana", 24),
        ("C.141000.003.01", "Memotong bahan", 16),
        ("C.141000.004.01", "Menjahit dengan mesin", 40),
        ("C.141000.005.01", "Menyelesaikan busana dengan tangan", 16),
        ("C.141000.006.01", "Melakukan penyeterikaan akhir", 12),
    ),
    "TIK": (
        ("J.63OPR00.001.2", "Mengoperasikan komputer dan perangkat lunak perkantoran", 24),
        ("J.63OPR00.002.2", "Mengolah kata", 24),
        ("J.63OPR00.003.2", "Mengolah angka dengan lembar kerja", 32),
        ("J.63OPR00.004.2", "Menggunakan surel dan menjaga keamanan data", 16),
    ),
}
# (fill, ring) colours of the drawn logos: the centre's, then one per sponsor.
COLOURS = ((30, 80, 150), (180, 60, 40), (120, 50, 140), (40, 120, 70))


def drawn_logo(colour: tuple[int, int, int], letters: str) -> bytes:
    """A round badge with initials: enough to show where logos go on paper."""
    image = Image.new("RGBA", (240, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), fill=(*colour, 255))
    draw.ellipse((28, 28, 212, 212), outline=(255, 255, 255, 255), width=6)
    draw.text((120, 120), letters, fill=(255, 255, 255, 255), anchor="mm", font_size=72)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def demo_units(programmes: dict[str, int]) -> list[ProgrammeUnit]:
    return [
        ProgrammeUnit(
            programme_id=programmes[code], position=position, code=unit, title=title, hours_jp=jp
        )
        for code, units in DEMO_UNITS.items()
        if code in programmes
        for position, (unit, title, jp) in enumerate(units)
    ]


def issue_demo_certificates(db: Database, admin: Actor, *, issue: bool = True) -> int:
    """Logos, the place of issue, and (when `issue`) the certificates; returns how many were
    issued."""
    with acting(db, admin) as work:
        session = work.session
        session.execute(update(Centre).values(logo_png=drawn_logo(COLOURS[0], "PM")))
        for index, (sponsor_id, name) in enumerate(
            session.execute(select(Sponsor.id, Sponsor.name).order_by(Sponsor.id)), start=1
        ):
            letters = "".join(word[0] for word in name.split()[:2]).upper()
            session.execute(
                update(Sponsor)
                .where(Sponsor.id == sponsor_id)
                .values(logo_png=drawn_logo(COLOURS[index % len(COLOURS)], letters))
            )
        session.add(CertificateStyle(place=PLACE, english=False, photo=False))
        finished = session.execute(
            select(Cohort.id, Cohort.end_date).where(Cohort.status == "finished")
        ).all()
        today = local_day(work.now)
    issued = 0
    if not issue:
        return issued
    for cohort_id, end in finished:
        eligible = tuple(
            candidate.enrolment_id
            for candidate in certificate_issue.candidates(db, admin, cohort_id)
            if candidate.eligible and candidate.certificate_id is None
        )
        if not eligible:
            continue
        request = certificate_issue.IssueRequest(
            cohort_id, eligible, issue_date=min(end + timedelta(days=7), today)
        )
        issued += len(certificate_issue.issue(db, admin, request).certificates)
    return issued
