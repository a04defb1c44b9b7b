"""The rules of a programme's feedback survey: what a question may say, how many a survey may
have, and what an answer may be. Pure Python: the services store what passes here, the GUI and
the command line show the refusals next to the question they are about.

Fields of the refusals: "questions" for the list as a whole, "question.{i}" for the question at
0-based index i of the list given, "answer.{question_id}" for one answer of a form, "answers"
for the form as a whole.

Texts people see on the forms (the scale's words, the standard questions) are English source
marked in the translation context "survey". The standard questions are stored in the desk's
language when an admin adopts them (desktop.services.surveys.standard_questions(language)),
so a form prints and a kiosk shows the words the centre chose, whatever desk shows them later.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from desktop.domain.errors import ValidationError
from desktop.domain.evaluation import SCALE_MAX, SCALE_MIN, QuestionKind
from desktop.domain.i18n import QT_TRANSLATE_NOOP

SURVEY = "survey"  # the translation context of the texts below
QUESTION_MIN_CHARS = 3
QUESTION_MAX_CHARS = 300
MAX_QUESTIONS = 30
ANSWER_MAX_CHARS = 2000

# What each point of the scale means, from 1 to 5 (printed on the form, on the kiosk's buttons).
SCALE_WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("survey", "Very poor"),
    QT_TRANSLATE_NOOP("survey", "Poor"),
    QT_TRANSLATE_NOOP("survey", "Fair"),
    QT_TRANSLATE_NOOP("survey", "Good"),
    QT_TRANSLATE_NOOP("survey", "Very good"),
)

# Offered to a programme that has no questions yet.
STANDARD_QUESTIONS: tuple[tuple[QuestionKind, str], ...] = (
    (QuestionKind.SCALE, QT_TRANSLATE_NOOP("survey", "The material was easy to understand.")),
    (QuestionKind.SCALE, QT_TRANSLATE_NOOP("survey", "The instructor explained clearly.")),
    (QuestionKind.SCALE, QT_TRANSLATE_NOOP("survey", "The tools and materials were enough.")),
    (QuestionKind.SCALE, QT_TRANSLATE_NOOP("survey", "The schedule suited me.")),
    (QuestionKind.SCALE, QT_TRANSLATE_NOOP("survey", "I can use what I learned.")),
    (QuestionKind.SCALE, QT_TRANSLATE_NOOP("survey", "Overall, I am satisfied with the training.")),
    (QuestionKind.TEXT, QT_TRANSLATE_NOOP("survey", "What should we improve?")),
)


@dataclass(frozen=True)
class QuestionInput:
    """A question as the admin's list holds it: `id` None for a new one."""

    id: int | None
    kind: QuestionKind
    text: str


Answer = int | str | None


def clean_text(text: str) -> str:
    """Spaces collapsed, ends trimmed: "  Materi  mudah " and "Materi mudah" are one question."""
    return " ".join(text.split())


def check_questions(questions: Sequence[QuestionInput]) -> list[QuestionInput]:
    """The questions with their texts cleaned, in the order given; refused when a text is too
    short or too long, twice on the list, or the list is empty or too long."""
    if not questions:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A survey needs at least one question."), "questions"
        )
    if len(questions) > MAX_QUESTIONS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "A survey has at most {limit} questions; this one has {count}."
            ),
            "questions",
            limit=MAX_QUESTIONS,
            count=len(questions),
        )
    cleaned: list[QuestionInput] = []
    seen: dict[str, int] = {}
    for index, question in enumerate(questions):
        field = f"question.{index}"
        text = clean_text(question.text)
        if len(text) < QUESTION_MIN_CHARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages", "Question {number}: write the question (at least {min} letters)."
                ),
                field,
                number=index + 1,
                min=QUESTION_MIN_CHARS,
            )
        if len(text) > QUESTION_MAX_CHARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Question {number} is {count} characters long; keep it to {max}.",
                ),
                field,
                number=index + 1,
                count=len(text),
                max=QUESTION_MAX_CHARS,
            )
        key = text.casefold()
        if key in seen:
            raise ValidationError(
                QT_TRANSLATE_NOOP("messages", "Question {number} is the same as question {first}."),
                field,
                number=index + 1,
                first=seen[key] + 1,
            )
        seen[key] = index
        cleaned.append(QuestionInput(question.id, QuestionKind(question.kind), text))
    return cleaned


def check_answer(number: int, text: str, kind: QuestionKind, field: str, value: Answer) -> Answer:
    """One answer as stored: a score 1-5 for a scale question, cleaned text for a free-text
    one, None when left empty. `number` and `text` name the question in a refusal (its
    number on the form and its words)."""
    if value is None:
        return None
    if kind is QuestionKind.TEXT:
        answer = str(value).strip()
        if len(answer) > ANSWER_MAX_CHARS:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Question {number} ({question}): the answer is {count} characters long; "
                    "keep it to {max}.",
                ),
                field,
                number=number,
                question=text,
                count=len(answer),
                max=ANSWER_MAX_CHARS,
            )
        return answer or None
    if isinstance(value, str):
        typed = value.strip()
        if not typed:
            return None
        score = int(typed) if typed.isascii() and typed.isdigit() else None
    else:
        score = value if isinstance(value, int) and not isinstance(value, bool) else None
    if score is None or not SCALE_MIN <= score <= SCALE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Question {number} ({question}): give a score from {min} to {max}, not “{value}”.",
            ),
            field,
            number=number,
            question=text,
            min=SCALE_MIN,
            max=SCALE_MAX,
            value=str(value).strip(),
        )
    return score


def nothing_filled_in() -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "messages", "Nothing was filled in. Answer at least one question before saving."
        ),
        "answers",
    )


# -- results (desktop.services.survey_results counts them; documents print them) ----------

SCORES = tuple(range(SCALE_MIN, SCALE_MAX + 1))


class ResultsBy(enum.StrEnum):
    COHORT = "cohort"
    PROGRAMME = "programme"
    INSTRUCTOR = "instructor"


@dataclass(frozen=True)
class ScaleResult:
    question_id: int
    programme_name: str
    number: int  # its place on the programme's form (retired questions after the active)
    text: str
    active: bool
    counts: tuple[int, int, int, int, int]  # how many gave 1, 2, 3, 4, 5

    @property
    def responses(self) -> int:
        return sum(self.counts)

    @property
    def mean(self) -> Decimal | None:
        """The mean score to one decimal (half up); None when nobody answered."""
        if not self.responses:
            return None
        total = sum(score * count for score, count in zip(SCORES, self.counts, strict=True))
        return (Decimal(total) / self.responses).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True)
class Comment:
    question: str
    text: str
    cohort_code: str
    entered_on: date


@dataclass(frozen=True)
class SurveyResults:
    by: ResultsBy
    key_id: int
    name: str  # the cohort's code, the programme's name or the instructor's name
    start: date | None
    end: date | None
    cohorts: int  # in the selection
    forms: int  # responses
    scale: tuple[ScaleResult, ...]
    comments: tuple[Comment, ...]
    comments_total: int  # more than shown when capped
