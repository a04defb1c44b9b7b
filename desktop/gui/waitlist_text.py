"""A place on the waitlist in words: its score, and the parts that make it up with the points
each adds (the reason for the place), for the cohort's waitlist and the offer of a free seat."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from desktop.domain.enrolment import ScorePart
from desktop.gui.i18n import translate, translated


def score_text(score: float) -> str:
    # float(): an int here (a weight times 1) picks an overload that crashes PySide 6.12.
    return QLocale().toString(float(score), "g", 6)  # 30, 27.5, 1.33


def part_text(part: ScorePart) -> str:
    """One reason for a waitlist position, in words, with the points it adds."""
    return f"{translated(part.text, part.params, ('waitlist',))} (+{score_text(part.points)})"


def reasons_text(parts: Iterable[ScorePart], tie_break: bool) -> str:
    text = "; ".join(part_text(part) for part in parts)
    if tie_break:
        text += " — " + translate("CohortView", "same score as the one above, who applied earlier")
    return text
