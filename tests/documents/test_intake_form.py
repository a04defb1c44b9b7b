"""The paper intake form, read back from real PDFs: blank, filled in, and with values far too
long for their boxes."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop.documents import intake_form, language
from desktop.documents.fonts import LEADING, REGULAR, fit_text, register_fonts, width_of
from desktop.documents.intake_form import render_intake_form
from desktop.documents.language import translator
from desktop.domain import choices
from desktop.domain.centre import CentreProfile, InstitutionType

TODAY = date(2026, 11, 23)
PROGRAMMES = {1: "Menjahit busana dasar", 2: "Tata boga: kue tradisional"}
SECTIONS = [
    "Participant registration form",
    "A. Identity",
    "B. Contact and address",
    "C. Education and work",
    "D. Disability and support",
    "E. Social assistance",
    "F. Training needs",
    "Consent to the use of personal data (UU PDP No. 27/2022)",
]


def _logo() -> bytes:
    image = Image.new("RGBA", (64, 48), (20, 90, 170, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


CENTRE = CentreProfile(
    name="LKP Terampil Mandiri",
    institution_type=InstitutionType.LKP,
    address="Jl. Kaliurang Km 10\nSleman, DI Yogyakarta",
    code="LKPTM",
    logo_png=_logo(),
)


def participant(**changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "id": 4321,
        "full_name": "Siti Rahmawati",
        "nik": "3404015612900003",
        "kk_number": "3404011203080012",
        "birth_place": "Sleman",
        "birth_date": date(1990, 12, 16),
        "sex": "P",
        "marital_status": "married",
        "citizenship": "wni",
        "no_nik_reason": None,
        "phone": "+6281234567890",
        "street": "Jl. Melati No. 12",
        "rt": "003",
        "rw": "011",
        "village_name": "Sardonoharjo",
        "district_name": "Ngaglik",
        "regency_name": "Kabupaten Sleman",
        "province_name": "Daerah Istimewa Yogyakarta",
        "postal_code": "55581",
        "education": "sma",
        "occupation": "Penjahit rumahan",
        "employment": "homemaker",
        "income_band": "under_1m",
        "disabilities": ["seeing"],
        "accommodations": ["large_print"],
        "accommodation_note": "",
        "dtsen": "yes",
        "dtsen_decile": 3,
        "assistance_bits": 0b00001,  # PKH, the first member of choices.Assistance
        "target_groups": ["housewife"],
        "preferences": [2, 1],
        "skills_have": "Menjahit dasar",
        "goal": "home_production",
        "channel": "village_office",
        "consent_purposes": ["training"],
    }
    values.update(changes)
    return values


def render(person: Mapping[str, Any] | None = None, **kwargs: Any) -> bytes:
    kwargs.setdefault("language", "en")
    return render_intake_form(CENTRE, person, programmes=PROGRAMMES, today=TODAY, **kwargs)


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def compact(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def blank() -> bytes:
    return render(None)


@pytest.fixture(scope="module")
def filled() -> bytes:
    return render(participant())


# -- the blank form ---------------------------------------------------------------------------


def test_blank_form_has_every_section_in_english(blank: bytes) -> None:
    pages = pages_text(blank)
    assert 1 <= len(pages) <= 3
    text = "\n".join(pages)
    for title in SECTIONS:
        assert title in text
    assert "Consent to the use of personal data" in pages[-1]  # the page kept as evidence
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_blank_form_offers_every_choice_and_ticks_none(blank: bytes) -> None:
    text = "\n".join(pages_text(blank))
    for kind in (choices.Education, choices.Disability, choices.Channel, choices.ConsentPurpose):
        for member in kind:
            assert member.label in text, member
    assert choices.CONSENT_TEXT_VERSION in text
    assert "✓" not in text.replace("Tick (✓)", "")
    assert "Programmes on offer: Menjahit busana dasar · Tata boga: kue tradisional" in text


def test_fonts_are_embedded(blank: bytes, filled: bytes) -> None:
    for pdf in (blank, filled):
        for page in PdfReader(io.BytesIO(pdf)).pages:
            fonts = page["/Resources"]["/Font"]
            assert fonts
            for font in fonts.values():
                font = font.get_object()
                assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
                assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]


def test_blank_form_in_indonesian_uses_the_translations(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ts = tmp_path / "pelita_id.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="id_ID">
        <context><name>documents</name>
        <message><source>Participant registration form</source>
            <translation>Formulir pendaftaran peserta</translation></message>
        <message><source>Page {page} of {pages}</source>
            <translation>Halaman {page} dari {pages}</translation></message>
        <message><source>A. Identity</source>
            <translation type="unfinished">A. Identitas</translation></message>
        </context>
        <context><name>choices</name>
        <message><source>Female</source><translation>Perempuan</translation></message>
        </context></TS>""",
        encoding="utf-8",
    )
    monkeypatch.setattr(language, "ts_file", lambda code: ts)
    text = "\n".join(pages_text(render(None, language="id")))
    assert "Formulir pendaftaran peserta" in text
    assert "Halaman 1 dari" in text
    assert "Perempuan" in text
    assert "A. Identity" in text  # unfinished: the English source, never a half translation


def test_blank_form_in_indonesian_with_the_shipped_translations() -> None:
    tr = translator("id")
    text = "\n".join(pages_text(render(None, language="id")))
    for title in SECTIONS:
        assert tr("documents", title) in text  # Indonesian, or English until translated


# -- the filled-in form -----------------------------------------------------------------------


def test_filled_form_shows_the_record(filled: bytes) -> None:
    pages = pages_text(filled)
    text = "\n".join(pages)
    assert len(pages) <= 3
    for value in ("Siti Rahmawati", "Sardonoharjo", "Ngaglik", "Tata boga: kue tradisional"):
        assert value in text
    assert "0812-3456-7890" in text
    flat = compact(text)
    assert "3404015612900003" in flat  # one digit per box
    assert "3404011203080012" in flat
    assert "16/12/1990" in flat
    assert "55581" in flat
    assert "Record no. 4321" in pages[1]  # loose pages can be put back with their record
    assert "Siti Rahmawati" in pages[-1]  # the consent page names who signed it


def ticked(text: str) -> set[str]:
    """The labels printed right after a tick."""
    return {line.strip() for line in re.findall(r"✓\s*\n?([^\n]+)", text)}


def test_filled_form_ticks_the_chosen_options(filled: bytes) -> None:
    text = "\n".join(pages_text(filled))
    marks = ticked(text)
    expected = {
        "Female",
        "Married",
        "Indonesian citizen (WNI)",
        "Senior high school (SLTA)",
        "Looking after the home",
        "Under Rp 1 million",
        "Sensory: seeing",
        "Large print",
        "Yes",
        "PKH (family hope programme)",
        "Housewife",
        "Home production",
        "Village office",
        "Use my data to administer my training (needed to take part)",
    }
    assert expected <= marks
    for unchosen in ("Male", "Not married", "No disability", "BPNT (food assistance)", "Farmer"):
        assert unchosen not in marks
    assert "Contact me for follow-up surveys" not in marks


def test_an_empty_list_of_disabilities_is_ticked_as_none() -> None:
    marks = ticked("\n".join(pages_text(render(participant(disabilities=[])))))
    assert "No disability" in marks


def test_the_guardian_block_says_whether_it_applies() -> None:
    adult = pages_text(render(participant()))[-1]
    minor = pages_text(render(participant(birth_date=date(2010, 1, 1), guardian_name="Ibu Ani")))
    assert "Not needed: the participant is 18 or over." in adult
    assert "Needed: the participant is under 18." in minor[-1]
    assert "Ibu Ani" in minor[-1]


def test_unknown_and_missing_values_leave_boxes_empty() -> None:
    person = participant(sex="X", education=None, birth_date="not a date", preferences=[99])
    text = "\n".join(pages_text(render(person)))
    assert "Female" not in ticked(text)
    assert "#99" in text  # a programme since removed still shows which one it was


# -- values too long for their boxes ----------------------------------------------------------

LONG_NAME = ("Raden Ajeng Sri Kartini Sosroningrat Mangkunegoro Wulandari Putri " * 2)[:120]
LONG_SKILLS = ("menjahit membordir memasak bertani " * 300)[:10_000]


@pytest.fixture(scope="module")
def long_values() -> bytes:
    return render(participant(full_name=LONG_NAME, skills_have=LONG_SKILLS))


def test_long_values_fit_their_boxes(long_values: bytes) -> None:
    assert len(LONG_NAME) == 120 and len(LONG_SKILLS) == 10_000
    pages = pages_text(long_values)
    assert len(pages) <= 3
    text = "\n".join(pages)
    assert LONG_NAME in text  # the whole name, shrunk onto one line
    assert "…" in text  # the skills are cut, and say so
    assert len(text) < 12_000


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_nothing_is_drawn_in_the_side_margins(long_values: bytes, tmp_path: Path) -> None:
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(long_values)
    dpi = 40
    command = ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(tmp_path / "p")]
    subprocess.run(command, check=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert images
    scale = dpi / 72
    left = int((intake_form.LEFT - 3) * scale)
    right = int((intake_form.RIGHT + 3) * scale) + 1
    for path in images:
        with Image.open(path) as opened:
            image = opened.convert("L")
            width, height = image.size
            for box in ((0, 0, left, height), (right, 0, width, height)):
                darkest = image.crop(box).getextrema()[0]
                assert darkest > 240, (path.name, box)


@pytest.mark.parametrize(
    "text", [LONG_NAME, LONG_SKILLS, "x" * 500, "3404015612900003" * 20, "a\n\n\tb\x00c", ""]
)
def test_fitted_lines_never_exceed_the_width(text: str) -> None:
    register_fonts()
    fitted = fit_text(text, 150, 30, size=10, min_size=6)
    assert 6 <= fitted.size <= 10
    assert len(fitted.lines) * fitted.size * LEADING <= 30 or len(fitted.lines) == 1
    assert all(width_of(line, REGULAR, fitted.size) <= 150 for line in fitted.lines)


def test_a_broken_logo_and_a_very_long_centre_name_still_print() -> None:
    centre = replace(CENTRE, name="Lembaga Kursus dan Pelatihan " * 7, logo_png=b"not a png")
    pdf = render_intake_form(centre, None, language="en")
    assert "Lembaga Kursus dan Pelatihan" in pages_text(pdf)[0]
