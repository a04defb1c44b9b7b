"""The certificate's back page lists the competency units each person passed: issued for real
(services.certificate_issue), the frozen PDF read back as text. Someone with no unit results
gets every unit of the programme, as before results were kept; someone with results gets the
units passed only (not those not passed nor those not assessed). The signature and the
verification of the front are untouched."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.domain.certificate import Verdict
from desktop.services import certificate_register, certificate_verify
from desktop.services.assessments import AssessmentChange, save_assessments
from desktop.services.context import Actor
from desktop.store.database import Database
from tests.services.test_assessments import UNITS
from tests.services.test_certificate_issue import Class, clock, issue, klass

__all__ = ["clock", "klass"]  # fixtures used here

TITLES = dict(
    zip(
        UNITS,
        (
            "Mengukur tubuh",
            "Membuat pola dasar busana",
            "Memotong bahan",
            "Menjahit dengan mesin",
            "Menyelesaikan busana dengan tangan",
            "Melakukan penyeterikaan akhir",
        ),
        strict=True,
    )
)


def pages(db: Database, admin: Actor, certificate_id: int) -> list[str]:
    data = certificate_register.pdf(db, admin, certificate_id)
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def listed(back: str) -> list[str]:
    """The unit codes on a back page, in their order."""
    return [code for code in sorted(UNITS, key=back.find) if code in back]


def test_each_back_page_lists_the_units_passed(
    demo_db: Database, admin: Actor, klass: Class
) -> None:
    ani, _budi, citra, dedi, eka = klass.enrolments
    save_assessments(
        demo_db,
        admin,
        klass.cohort,
        [
            # Four passed, one not assessed yet, one not passed (issued with a reason).
            AssessmentChange(
                ani, 40, 80, {**dict.fromkeys(UNITS[:3], True), UNITS[4]: True, UNITS[5]: False}
            ),
            AssessmentChange(citra, 50, 85, dict.fromkeys(UNITS, True)),
            AssessmentChange(dedi, 45, 75),  # scores only: no unit results
            AssessmentChange(eka, 30, 40, dict.fromkeys(UNITS, False)),
        ],
    )
    result = issue(
        demo_db,
        admin,
        klass,
        [0, 2, 3, 4],
        overrides={0: "Remedial unit 6 dijadwalkan", 4: "Kebijakan kepala LKP"},
    )
    ani_pages, citra_pages, dedi_pages, eka_pages = (
        pages(demo_db, admin, item.certificate_id) for item in result.certificates
    )
    assert len(ani_pages) == 2
    assert listed(ani_pages[1]) == [UNITS[0], UNITS[1], UNITS[2], UNITS[4]]
    assert TITLES[UNITS[4]] in ani_pages[1]
    assert TITLES[UNITS[3]] not in ani_pages[1] and TITLES[UNITS[5]] not in ani_pages[1]
    assert listed(citra_pages[1]) == list(UNITS)
    assert listed(dedi_pages[1]) == list(UNITS)  # no results: the programme's units
    assert all(title in dedi_pages[1] for title in TITLES.values())
    assert len(eka_pages) == 1  # nothing passed: no back page
    # The front and its signature are as ever.
    assert "Ani Suryani".upper() in ani_pages[0]
    for item in result.certificates:
        entry = certificate_register.entry(demo_db, admin, item.certificate_id)
        answer = certificate_verify.verify(demo_db, admin, entry.verify_code)
        assert answer.verdict is Verdict.VALID
