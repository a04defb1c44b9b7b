"""Test scores and competency units as people type them and as the completion rule reads them.

A score is a whole number from 0 to 100, typed into a cell or a command line: "85" and " 90 "
are scores, an empty cell clears one, and anything else is refused with words that say what
to type instead. A competency unit is passed (True), not passed (False) or not assessed yet
(None: no row). The completion rule's findings on them are English source texts in the
"certificates" context, like the attendance rule's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import ValidationError
from desktop.domain.evaluation import SCORE_MAX, SCORE_MIN
from desktop.domain.i18n import QT_TRANSLATE_NOOP

# Digits, maybe a sign, maybe a decimal part (either mark), maybe a percent sign.
_NUMBER = re.compile(r"([+-]?)(\d+)(?:[.,](\d*))?\s*%?")

NO_POST_SCORE = QT_TRANSLATE_NOOP("certificates", "No post-test score yet.")
POST_BELOW = QT_TRANSLATE_NOOP(
    "certificates", "Post-test score {score}; the programme asks at least {min}."
)
UNITS_FAILED = QT_TRANSLATE_NOOP("certificates", "Did not pass {count} competency units: {codes}.")
UNIT_FAILED = QT_TRANSLATE_NOOP("certificates", "Did not pass the competency unit {codes}.")


def parse_score(text: str, field: str = "score") -> int | None:
    """The score typed ("85", " 90 ", "85%"), or None when nothing is typed (the score is
    cleared). Refused, on `field`, when it is not a whole number from 0 to 100."""
    raw = text.strip()
    if not raw:
        return None
    found = _NUMBER.fullmatch(raw) if raw.isascii() else None
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "“{text}” is not a score: type a whole number from 0 to 100."
            ),
            field,
            text=raw,
        )
    sign, whole, fraction = found.groups()
    if fraction and fraction.strip("0"):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "A score is a whole number, without decimals: not {text}."
            ),
            field,
            text=raw,
        )
    return checked_score(-int(whole) if sign == "-" else int(whole), field, raw)


def checked_score(value: object, field: str = "score", shown: str | None = None) -> int | None:
    """A score given as a number (by the services' callers): None, or a whole number from 0
    to 100; anything else refused on `field`."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "“{text}” is not a score: type a whole number from 0 to 100."
            ),
            field,
            text=str(value),
        )
    if not SCORE_MIN <= value <= SCORE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A score is from {min} to {max}, not {text}."),
            field,
            min=SCORE_MIN,
            max=SCORE_MAX,
            text=shown if shown is not None else str(value),
        )
    return value


@dataclass(frozen=True)
class Averages:
    """A cohort's average scores, over the people who have them (None: nobody has one yet).
    The gain is the average of post minus pre over the people who have both."""

    pre: float | None
    post: float | None
    gain: float | None
    pre_count: int
    post_count: int
    both_count: int


def averages(scores: Iterable[tuple[int | None, int | None]]) -> Averages:
    """The averages of (pre, post) pairs, one pair per person."""
    pres: list[int] = []
    posts: list[int] = []
    gains: list[int] = []
    for pre, post in scores:
        if pre is not None:
            pres.append(pre)
        if post is not None:
            posts.append(post)
        if pre is not None and post is not None:
            gains.append(post - pre)

    def mean(values: list[int]) -> float | None:
        return sum(values) / len(values) if values else None

    return Averages(mean(pres), mean(posts), mean(gains), len(pres), len(posts), len(gains))


def assessment_finding(
    min_post_score: int | None, post: int | None, units: Mapping[str, bool]
) -> tuple[str, dict[str, Any]] | None:
    """Why the completion rule refuses someone whose attendance passes (a "certificates"
    message id and its values), or None when it does not. With a minimum post-test score
    the post-test must be there and reach it; any competency unit recorded as not passed
    refuses whatever the minimum (a unit not assessed yet does not)."""
    if min_post_score is not None:
        if post is None:
            return NO_POST_SCORE, {}
        if post < min_post_score:
            return POST_BELOW, {"score": post, "min": min_post_score}
    failed = [code for code, passed in units.items() if not passed]
    if failed:
        text = UNIT_FAILED if len(failed) == 1 else UNITS_FAILED
        return text, {"count": len(failed), "codes": ", ".join(failed)}
    return None
