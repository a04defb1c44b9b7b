"""Tables of evaluation and follow-up: test scores and competency units per enrolment, the
feedback survey of a programme and its answers, and the follow-up calls after a cohort ends.

Competency units are named by their code, not by the programme_unit row: a programme is saved
whole (its units replaced), and a result must survive that. Survey responses carry no person:
feedback is anonymous so that people say what they think; the cohort is what they rate.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, UTCDateTime, utcnow


class Assessment(Base):
    """An enrolment's pre-test and post-test scores (0-100; None: not taken yet)."""

    __tablename__ = "assessment"

    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"), primary_key=True)
    pre_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    post_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(32), default="")


class UnitResult(Base):
    """Whether a participant passed one competency unit of the cohort's programme. A unit with
    no row has not been assessed."""

    __tablename__ = "unit_result"

    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"), primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    passed: Mapped[bool] = mapped_column()
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(32), default="")


class SurveyQuestion(Base):
    """A question of a programme's feedback survey: a 1-5 scale or free text. A question that
    has answers is never deleted, only retired (`active` false), so old results still read."""

    __tablename__ = "survey_question"
    __table_args__ = (Index("ix_survey_question_programme", "programme_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # domain.evaluation.QuestionKind
    text: Mapped[str] = mapped_column(String(300))
    active: Mapped[bool] = mapped_column(default=True)


class SurveyResponse(Base):
    """One filled-in survey (a paper form typed in, or given on the kiosk screen)."""

    __tablename__ = "survey_response"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"), index=True)
    source: Mapped[str] = mapped_column(String(8))  # "paper" or "kiosk"
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    entered_by: Mapped[str] = mapped_column(String(32), default="")


class SurveyAnswer(Base):
    __tablename__ = "survey_answer"
    __table_args__ = (Index("ix_survey_answer_question", "question_id", "score"),)

    response_id: Mapped[int] = mapped_column(ForeignKey("survey_response.id"), primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_question.id"), primary_key=True)
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1-5 for a scale
    text: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Base):
    """The follow-up call of one completer at one milestone (3, 6 or 12 months after the
    cohort's end): how many attempts, and once reached, what the person's life is like now."""

    __tablename__ = "follow_up"
    __table_args__ = (
        Index("uq_follow_up_enrolment_month", "enrolment_id", "months", unique=True),
        Index("ix_follow_up_months_reached", "months", "reached", "enrolment_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolment.id"))
    months: Mapped[int] = mapped_column(Integer)  # 3, 6 or 12
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    reached: Mapped[bool] = mapped_column(default=False)
    last_call_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # What the person said, once reached (domain.evaluation.Work for `work`).
    work: Mapped[str | None] = mapped_column(String(16), nullable=True)
    business: Mapped[bool | None] = mapped_column(nullable=True)
    business_kind: Mapped[str] = mapped_column(String(200), default="")
    monthly_income: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # rupiah
    uses_skill: Mapped[bool | None] = mapped_column(nullable=True)
    needs_help: Mapped[bool | None] = mapped_column(nullable=True)
    help_note: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(32), default="")
