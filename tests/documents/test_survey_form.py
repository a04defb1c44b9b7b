"""The printable feedback form (desktop.documents.survey_form) read back: its text, its page
count, no place for a name, and a long survey flowing over two pages."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from desktop.documents.survey_form import SurveyForm, SurveyFormQuestion, render_survey_form
from desktop.domain.evaluation import QuestionKind
from desktop.services.demo import DEMO_CENTRE

SCALE, TEXT = QuestionKind.SCALE, QuestionKind.TEXT


def form(questions: tuple[SurveyFormQuestion, ...]) -> SurveyForm:
    return SurveyForm(
        programme_name="Menjahit Pakaian Dasar",
        cohort_code="JHT-2026-01",
        start_date=date(2026, 5, 4),
        end_date=date(2026, 6, 26),
        questions=questions,
        printed_on=date(2026, 11, 23),
    )


def text_of(data: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages), len(
        reader.pages
    )


def test_the_form_says_what_it_asks() -> None:
    questions = (
        SurveyFormQuestion(1, SCALE, "The material was easy to understand."),
        SurveyFormQuestion(2, SCALE, "Alat & bahan <cukup>."),
        SurveyFormQuestion(3, TEXT, "What should we improve?"),
    )
    data = render_survey_form(DEMO_CENTRE, form(questions), language="en")
    assert data.startswith(b"%PDF")
    text, pages = text_of(data)
    assert pages == 1
    for words in (
        "TRAINING FEEDBACK FORM",
        "Menjahit Pakaian Dasar",
        "JHT-2026-01",
        "4 May 2026 – 26 June 2026",
        "this form is anonymous",
        "1 = Very poor",
        "5 = Very good",
        "1. The material was easy to understand.",
        "2. Alat & bahan <cukup>.",
        "3. What should we improve?",
        "LKP Pelita Mandiri (Demo)",
        "Page 1 of 1",
    ):
        assert words in text, words
    assert "Name" not in text and "Nama" not in text  # anonymous: nowhere to write one


def test_a_long_survey_flows_over_pages() -> None:
    questions = tuple(
        SurveyFormQuestion(
            n, SCALE if n <= 20 else TEXT, f"Pertanyaan nomor {n} tentang pelatihan."
        )
        for n in range(1, 31)
    )
    text, pages = text_of(render_survey_form(DEMO_CENTRE, form(questions), language="id"))
    assert pages >= 2
    assert f"Page 1 of {pages}" in text or f"Halaman 1 dari {pages}" in text
    assert "30. Pertanyaan nomor 30" in text


def test_a_survey_without_questions_says_so() -> None:
    text, pages = text_of(render_survey_form(DEMO_CENTRE, form(()), language="en"))
    assert pages == 1 and "has no survey questions yet" in text
