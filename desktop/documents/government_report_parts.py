"""What the period report for the local government office (Dinas) holds (`GovernmentReport`),
gathered by desktop.services.government_report and printed by desktop.documents.
government_report_pdf and government_report_xlsx; and the words both documents share.

Privacy (UU PDP): the report goes to another office, so nothing here can hold a participant's
name, NIK, phone, address or anything else about one person: only counts and the names of
programmes and regencies. The people-counting parts are the sponsor impact report's
(desktop.documents.sponsor_impact_parts.Reach and Completion), counted the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.documents.sponsor_impact_parts import Completion, Reach
from desktop.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ProgrammeLine:
    """One programme's row (or, with `programme` "", the total row)."""

    programme: str
    cohorts: int  # that ran in the period (their dates overlap it)
    reach: Reach  # distinct people who took up a place: by sex, age band, disability
    completed: int  # places, not people: see COMPLETION_NOTE
    dropped: int
    failed: int
    completion: Completion  # over the cohorts that had ended by the report's day
    certificates: int  # valid now, one per place

    @property
    def participants(self) -> int:
        return self.reach.participants


@dataclass(frozen=True)
class RegencyLine:
    """People trained by the regency or city (kabupaten/kota) they live in, each once."""

    regency: str  # "" when the record has none
    participants: int
    male: int
    female: int
    with_disability: int


@dataclass(frozen=True)
class GovernmentReport:
    start: date
    end: date
    today: date  # the day it was made: "has the cohort ended" is asked on this day
    programme: str  # the one programme asked for; "" for all of them
    place: str  # where the centre signs (Settings, certificates' place of issue); may be ""
    programmes: tuple[ProgrammeLine, ...]  # by name
    total: ProgrammeLine  # every programme: each person once
    regencies: tuple[RegencyLine, ...]  # most people first

    @property
    def empty(self) -> bool:
        """No cohort ran in the period: the documents say so."""
        return not self.programmes


# -- words both documents print (context "documents")

TITLE = QT_TRANSLATE_NOOP("documents", "TRAINING REPORT FOR THE PERIOD {start} – {end}")
NAME = QT_TRANSLATE_NOOP("documents", "Training report")
ALL_PROGRAMMES = QT_TRANSLATE_NOOP("documents", "All programmes")
ONE_PROGRAMME = QT_TRANSLATE_NOOP("documents", "Programme: {name}")
NOTHING = QT_TRANSLATE_NOOP("documents", "No cohort ran in this period.")
TRAINED = QT_TRANSLATE_NOOP("documents", "Participants trained per programme")
BY_REGENCY = QT_TRANSLATE_NOOP("documents", "Participants by regency or city of residence")
ANNEX = QT_TRANSLATE_NOOP("documents", "Annex: {title}")
NUMBER = QT_TRANSLATE_NOOP("documents", "No.")
PROGRAMME = QT_TRANSLATE_NOOP("documents", "Programme")
COHORTS = QT_TRANSLATE_NOOP("documents", "Cohorts")
PARTICIPANTS = QT_TRANSLATE_NOOP("documents", "Participants")
SEX = QT_TRANSLATE_NOOP("documents", "Sex")
AGE = QT_TRANSLATE_NOOP("documents", "Age at the start")
DISABILITY = QT_TRANSLATE_NOOP("documents", "Disability")
WITH = QT_TRANSLATE_NOOP("documents", "With")
WITHOUT = QT_TRANSLATE_NOOP("documents", "Without")
RESULT = QT_TRANSLATE_NOOP("documents", "Result")
COMPLETED = QT_TRANSLATE_NOOP("documents", "Completed")
DROPPED = QT_TRANSLATE_NOOP("documents", "Dropped out")
FAILED = QT_TRANSLATE_NOOP("documents", "Not passed")
RATE = QT_TRANSLATE_NOOP("documents", "Completion rate")
CERTIFICATES = QT_TRANSLATE_NOOP("documents", "Certificates issued")
TOTAL = QT_TRANSLATE_NOOP("documents", "Total (each person once)")
REGENCY = QT_TRANSLATE_NOOP("documents", "Regency or city")
WITH_DISABILITY = QT_TRANSLATE_NOOP("documents", "With a disability")
NOT_RECORDED = QT_TRANSLATE_NOOP("documents", "Not recorded")
HEAD = QT_TRANSLATE_NOOP("documents", "Head of the centre")
NIP = QT_TRANSLATE_NOOP("documents", "NIP {nip}")
COHORTS_NOTE = QT_TRANSLATE_NOOP(
    "documents",
    "Cohorts: those whose dates overlap the period. Participants: everyone who took up a "
    "place in them (accepted, in training, completed, dropped out or not passed); applicants, "
    "the waitlist and those who withdrew before the start are not counted. Each person is "
    "counted once per programme, and once in the total even when trained in several "
    "programmes, so the rows may add up to more than the total.",
)
AGE_NOTE = QT_TRANSLATE_NOOP(
    "documents",
    "Age: on the first day of the first of those cohorts the person joined. Disability: as "
    "recorded at registration.",
)
COMPLETION_NOTE = QT_TRANSLATE_NOOP(
    "documents",
    "Completed, dropped out and not passed count places, not people. Completion rate: the "
    "places completed out of all places in the cohorts that had ended by {date}; cohorts "
    "still running are not in it. Certificates: valid certificates of those cohorts, a "
    "re-issued one counted once, revoked ones not at all.",
)
REGENCY_NOTE = QT_TRANSLATE_NOOP(
    "documents",
    "Residence as recorded in the participant's registration; each person once.",
)
