"""The words of evaluation and follow-up: score limits, survey question kinds, the milestones
at which completers are called, and what kind of work someone has now.

Values are stored (store.evaluation); labels are English source texts translated in the
context "evaluation".
"""

from __future__ import annotations

import enum

from desktop.domain.i18n import QT_TRANSLATE_NOOP

SCORE_MIN = 0
SCORE_MAX = 100
SCALE_MIN = 1  # a survey's scale: 1 (poor) to 5 (very good)
SCALE_MAX = 5
# Months after a cohort's last day at which its completers are called.
MILESTONES: tuple[int, ...] = (3, 6, 12)
# The milestone the dashboard and the reports count outcomes at.
OUTCOME_MONTHS = 6


class QuestionKind(enum.StrEnum):
    SCALE = "scale"
    TEXT = "text"

    @property
    def label(self) -> str:
        return {
            QuestionKind.SCALE: QT_TRANSLATE_NOOP("evaluation", "Scale 1–5"),
            QuestionKind.TEXT: QT_TRANSLATE_NOOP("evaluation", "Free text"),
        }[self]


class SurveySource(enum.StrEnum):
    PAPER = "paper"  # a paper form typed in by a clerk
    KIOSK = "kiosk"  # filled in by the participant on the desk's screen


class WorkKind(enum.StrEnum):
    """Whether someone works now, as they said on the follow-up call."""

    NONE = "none"
    FORMAL = "formal"  # employed with a contract or a regular wage
    INFORMAL = "informal"  # casual, daily or family work

    @property
    def label(self) -> str:
        return {
            WorkKind.NONE: QT_TRANSLATE_NOOP("evaluation", "Not working"),
            WorkKind.FORMAL: QT_TRANSLATE_NOOP("evaluation", "Working (formal)"),
            WorkKind.INFORMAL: QT_TRANSLATE_NOOP("evaluation", "Working (informal)"),
        }[self]
