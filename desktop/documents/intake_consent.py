"""The consent page of the intake form, a page of its own because it is the page kept as
evidence: what the data is for, a tick for each purpose agreed to (UU PDP No. 27/2022), and
the signatures, a parent's or guardian's too for a participant under 18."""

from __future__ import annotations

from datetime import date

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop.documents.fonts import BOLD, draw_fitted
from desktop.documents.intake_context import IntakeContext
from desktop.documents.intake_fields import DATE, draw_box, draw_label, draw_tick_box, paragraph
from desktop.documents.intake_layout import (
    LABEL_HEIGHT,
    LEFT,
    SIGNATURE_HEIGHT,
    WIDTH,
    Block,
    Cell,
    fixed,
    row,
    space,
)
from desktop.documents.language import CHOICES
from desktop.domain import choices
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.participant import ADULT_AGE, age_on


def consent(form: IntakeContext) -> list[Block]:
    given = form.v.chosen(choices.ConsentPurpose, "consent_purposes")
    explanation = QT_TRANSLATE_NOOP(
        "documents",
        "{centre} collects the personal data on this form to register you for training, "
        "plan classes and any support you need, and issue your certificate. Under the "
        "Personal Data Protection Law you decide what else it may be used for: tick each "
        "purpose you agree to. You may refuse any of them except training administration, "
        "without which the centre cannot enrol you. You can withdraw your consent at any "
        "time by telling the centre; this does not undo what was done before. You may also "
        "ask the centre to show you your data or correct it.",
    )
    version = form.t(QT_TRANSLATE_NOOP("documents", "Consent text version {version}"))
    signed_on = form.today.strftime("%d%m%Y") if form.filled else ""
    blocks = [
        _title(
            form.t(
                QT_TRANSLATE_NOOP(
                    "documents", "Consent to the use of personal data (UU PDP No. 27/2022)"
                )
            )
        ),
        row(
            form.box(QT_TRANSLATE_NOOP("documents", "Full name"), "full_name"),
            form.chars(QT_TRANSLATE_NOOP("documents", "NIK"), form.v.text("nik")),
        ),
        paragraph(form.t(explanation).format(centre=form.centre.name), size=9),
        _bold_line(form.t(QT_TRANSLATE_NOOP("documents", "I agree that the centre may:"))),
    ]
    for purpose in choices.ConsentPurpose:
        text = form.tr(CHOICES, purpose.label)
        if purpose is choices.ConsentPurpose.TRAINING:
            text += " " + form.t(QT_TRANSLATE_NOOP("documents", "(needed to take part)"))
        blocks.append(_purpose(text, purpose in given))
    return [
        *blocks,
        paragraph(version.format(version=choices.CONSENT_TEXT_VERSION), size=6.5, grey=0.4),
        space(4),
        *guardian(form),
        space(4),
        row(
            form.box(QT_TRANSLATE_NOOP("documents", "Place"), ""),
            form.chars(QT_TRANSLATE_NOOP("documents", "Date (dd/mm/yyyy)"), signed_on, DATE),
        ),
        row(
            _signature(form.t(QT_TRANSLATE_NOOP("documents", "Signature or thumbprint"))),
            _signature(form.t(QT_TRANSLATE_NOOP("documents", "Recorded by (officer): signature"))),
        ),
        row(
            form.box(QT_TRANSLATE_NOOP("documents", "Participant's name"), "full_name"),
            form.box(QT_TRANSLATE_NOOP("documents", "Officer's name"), ""),
        ),
    ]


def guardian(form: IntakeContext) -> list[Block]:
    blocks = [
        _bold_line(
            form.t(QT_TRANSLATE_NOOP("documents", "Parent or guardian (for participants under 18)"))
        )
    ]
    birth = form.v.data.get("birth_date")
    if isinstance(birth, date):  # a filled form says whether this block applies
        if age_on(birth, form.today) >= ADULT_AGE:
            note = QT_TRANSLATE_NOOP("documents", "Not needed: the participant is 18 or over.")
        else:
            note = QT_TRANSLATE_NOOP("documents", "Needed: the participant is under 18.")
        blocks.append(paragraph(form.t(note), size=7.5, grey=0.25))
    blocks.append(
        row(
            form.box(
                QT_TRANSLATE_NOOP("documents", "Name of parent or guardian"),
                "guardian_name",
                weight=1.4,
            ),
            form.box(
                QT_TRANSLATE_NOOP("documents", "Relation to the participant"),
                "guardian_relation",
            ),
            _signature(form.t(QT_TRANSLATE_NOOP("documents", "Signature")), height=34),
        )
    )
    return blocks


def _title(text: str) -> Block:
    def draw(canvas: Canvas, top: float) -> None:
        draw_fitted(canvas, text, LEFT, top, WIDTH, 20, font=BOLD, size=12, min_size=8)

    return Block(24, draw)


def _bold_line(text: str) -> Block:
    def draw(canvas: Canvas, top: float) -> None:
        draw_fitted(canvas, text, LEFT, top, WIDTH, 12, font=BOLD, size=8.5, min_size=6)

    return Block(14, draw)


def _purpose(text: str, ticked: bool) -> Block:
    def draw(canvas: Canvas, top: float) -> None:
        draw_tick_box(canvas, LEFT + 4, top - 7, ticked)
        draw_fitted(canvas, text, LEFT + 18, top, WIDTH - 18, 14, size=9.5, min_size=6)

    return Block(16, draw)


def _signature(label: str, *, height: float = SIGNATURE_HEIGHT) -> Cell:
    def draw(canvas: Canvas, x: float, top: float, width: float) -> None:
        draw_label(canvas, label, x, top, width)
        draw_box(canvas, x, top - LABEL_HEIGHT, width, height)

    return fixed(LABEL_HEIGHT + height, draw)
