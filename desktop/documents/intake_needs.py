"""Sections D to F of the intake form: disability and the support needed in training, social
assistance received, and the training the person wants."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from desktop.documents.fonts import LEADING, draw_fitted, draw_lines, fit_text
from desktop.documents.intake_context import IntakeContext
from desktop.documents.intake_fields import draw_tick_box
from desktop.documents.intake_layout import LEFT, ROW_GAP, TICK_BOX, TICK_ROW, WIDTH, Block, row
from desktop.documents.language import CHOICES
from desktop.domain import choices
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.participant import ASSISTANCE_BITS


def disability(form: IntakeContext) -> list[Block]:
    disabilities = form.pick(choices.Disability, "disabilities")
    # An explicit "none": on paper an empty list cannot be told from a skipped question.
    none = form.filled and not any(ticked for _, ticked in disabilities)
    disabilities.append((form.t(QT_TRANSLATE_NOOP("documents", "No disability")), none))
    return [
        form.heading(QT_TRANSLATE_NOOP("documents", "D. Disability and support")),
        row(form.choose(QT_TRANSLATE_NOOP("documents", "Disability (UU 8/2016)"), disabilities, 4)),
        washington(form),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "Support needed during training"),
                form.pick(choices.Accommodation, "accommodations"),
            )
        ),
        row(
            form.box(
                QT_TRANSLATE_NOOP("documents", "Other support needed"),
                "accommodation_note",
                lines=2,
            )
        ),
    ]


def washington(form: IntakeContext) -> Block:
    """The Washington Group short set: six questions, one answer each."""
    answers = form.v.data.get("washington")
    answers = answers if isinstance(answers, Mapping) else {}
    scale = list(choices.WashingtonDifficulty)
    question_width = WIDTH * 0.5
    column = (WIDTH - question_width) / len(scale)
    header = 18
    intro = form.t(QT_TRANSLATE_NOOP("documents", "Does the person have…"))

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillGray(0.25)
        draw_fitted(canvas, intro, LEFT, top, question_width - 4, header, size=7.5)
        for index, level in enumerate(scale):
            draw_fitted(
                canvas,
                form.tr(CHOICES, level.label),
                LEFT + question_width + column * index,
                top,
                column - 2,
                header,
                size=7,
                min_size=5.5,
                align="centre",
            )
        canvas.setFillGray(0)
        for number, (key, question) in enumerate(choices.WASHINGTON_QUESTIONS.items()):
            middle = top - header - TICK_ROW * (number + 0.5)
            draw_fitted(
                canvas,
                form.tr(CHOICES, question),
                LEFT,
                middle + 5,
                question_width - 4,
                10,
                size=8,
                min_size=5.5,
            )
            for index, level in enumerate(scale):
                x = LEFT + question_width + column * index + (column - TICK_BOX) / 2
                draw_tick_box(canvas, x, middle, answers.get(key) == level.value)

    return Block(header + TICK_ROW * len(choices.WASHINGTON_QUESTIONS) + ROW_GAP, draw)


def assistance(form: IntakeContext) -> list[Block]:
    bits = int(form.v.data.get("assistance_bits") or 0)
    received = [item for item, bit in ASSISTANCE_BITS.items() if bits & bit]
    return [
        form.heading(QT_TRANSLATE_NOOP("documents", "E. Social assistance")),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "Listed in DTSEN"),
                form.pick(choices.Dtsen, "dtsen"),
            ),
            form.chars(
                QT_TRANSLATE_NOOP("documents", "Welfare decile (1–10)"),
                form.v.text("dtsen_decile"),
                [2],
            ),
            gap=24,
        ),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "Assistance received"),
                form.options(choices.Assistance, received),
            )
        ),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "Target group"),
                form.pick(choices.TargetGroup, "target_groups"),
            )
        ),
    ]


def needs(form: IntakeContext) -> list[Block]:
    preferences = form.v.data.get("preferences") or []
    chosen = [form.programmes.get(p, f"#{p}") for p in preferences] + ["", "", ""]
    blocks = [
        form.heading(QT_TRANSLATE_NOOP("documents", "F. Training needs")),
        row(
            form.box(
                QT_TRANSLATE_NOOP("documents", "1st choice of programme"), "", value=chosen[0]
            ),
            form.box(QT_TRANSLATE_NOOP("documents", "2nd choice"), "", value=chosen[1]),
            form.box(QT_TRANSLATE_NOOP("documents", "3rd choice"), "", value=chosen[2]),
        ),
    ]
    if form.programmes and not form.filled:
        on_offer = form.t(QT_TRANSLATE_NOOP("documents", "Programmes on offer: {names}"))
        names = " · ".join(form.programmes.values())
        blocks.append(_clipped(on_offer.format(names=names), lines=3, size=7.5))
    return [
        *blocks,
        row(
            form.box(
                QT_TRANSLATE_NOOP("documents", "Skills the person already has"),
                "skills_have",
                lines=3,
            )
        ),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "Goal after training"),
                form.pick(choices.Goal, "goal"),
            )
        ),
        row(
            form.choose(
                QT_TRANSLATE_NOOP("documents", "How did you hear about the training?"),
                form.pick(choices.Channel, "channel"),
            )
        ),
    ]


def _clipped(text: str, *, lines: int, size: float) -> Block:
    fitted = fit_text(text, WIDTH, lines * size * LEADING, size=size, min_size=6)

    def draw(canvas: Canvas, top: float) -> None:
        canvas.setFillGray(0.25)
        draw_lines(canvas, fitted, LEFT, top, WIDTH)
        canvas.setFillGray(0)

    return Block(fitted.size * LEADING * len(fitted.lines) + ROW_GAP, draw)
