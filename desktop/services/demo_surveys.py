"""The demo centre's feedback surveys: the standard questions on every demo programme (in
Indonesian, the demo centre's language), and about ten filled-in forms for each finished
cohort, most typed in from paper and a few given on the kiosk, with a few comments in
Indonesian, so the results window has something true-looking to show.

Made through the services, as a desk would: the audit log tells the story.
"""

from __future__ import annotations

import random
from datetime import date

from desktop.domain.cohort import CohortStatus
from desktop.domain.evaluation import QuestionKind, SurveySource
from desktop.domain.survey import Answer
from desktop.services import cohorts, programmes
from desktop.services.context import Actor
from desktop.services.survey_responses import record_response
from desktop.services.surveys import adopt_standard_questions
from desktop.store.database import Database

FORMS_PER_COHORT = 10
COMMENTS = (
    "Waktu praktik ditambah, supaya bisa lebih lancar menjahit sendiri.",
    "Mesin jahitnya kurang, kadang harus antre.",
    "Instruktur sabar dan jelas menerangkan. Terima kasih!",
    "Tolong ada kelas lanjutan untuk membuat pola kebaya.",
    "Jadwalnya pas, tidak mengganggu pekerjaan di rumah.",
)
# How scores lean: mostly good, some fair, the odd poor one.
WEIGHTS = (1, 2, 6, 14, 10)


def build_demo_surveys(db: Database, admin: Actor, today: date) -> None:
    """`today` is the desk's day (unused: the forms are entered now, as a desk would)."""
    surveys = {
        programme_id: adopt_standard_questions(db, admin, programme_id, "id")
        for programme_id, _name in programmes.list_programmes(db, admin, include_inactive=True)
    }
    for cohort in cohorts.list_cohorts(db, admin):
        if cohort.status is not CohortStatus.FINISHED:
            continue
        questions = surveys[cohort.programme_id].questions
        chance = random.Random(cohort.id)  # the same demo every time
        comments = iter(COMMENTS)
        for form in range(FORMS_PER_COHORT):
            answers: dict[int, Answer] = {}
            for question in questions:
                if question.kind is QuestionKind.SCALE:
                    # Now and then a question is left empty, as on real paper forms.
                    skipped = chance.random() < 0.05
                    answers[question.id] = None if skipped else _score(chance)
                elif form % 2 == 0:
                    answers[question.id] = next(comments, None)
            source = SurveySource.KIOSK if form % 4 == 3 else SurveySource.PAPER
            record_response(db, admin, cohort.id, answers, source)


def _score(chance: random.Random) -> int:
    return chance.choices(range(1, 6), weights=WEIGHTS)[0]
