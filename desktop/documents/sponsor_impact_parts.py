"""What a sponsor's impact report holds (`ImpactReport`), gathered by
desktop.services.sponsor_impact and printed by desktop.documents.sponsor_impact_pdf and
sponsor_impact_xlsx; and the words both documents share.

Privacy (UU PDP): the report goes outside the centre, so nothing here can hold a participant's
name, NIK, phone, address or anything else about one person: only counts, sums and the names
of things (cohorts, programmes, items). A count of one is still a count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from desktop.domain.choices import AgeBand, Assistance
from desktop.domain.cohort import CohortStatus
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.inventory import Unit
from desktop.domain.sponsor import SponsorKind

EarmarkKind = Literal["cohort", "programme", "general"]
LoanKind = Literal["loan", "handover"]  # store.inventory.Loan.kind


@dataclass(frozen=True)
class Earmark:
    """Cash given for one cohort, one programme, or the centre's work in general."""

    kind: EarmarkKind
    name: str  # the cohort's code, the programme's name, "" for general
    programme: str  # a cohort's programme ("" otherwise)
    contributions: int
    amount_rupiah: int


@dataclass(frozen=True)
class MoneyGiven:
    contributions: int
    total_rupiah: int
    earmarks: tuple[Earmark, ...]  # cohorts, then programmes, then general


@dataclass(frozen=True)
class ItemGiven:
    """One kind of thing given in kind: all of it with this name and unit."""

    name: str
    unit: Unit
    quantity_milli: int
    value_rupiah: int | None  # the estimated value of the receipts, None when none was given


@dataclass(frozen=True)
class ItemsGiven:
    contributions: int
    value_rupiah: int  # the contributions' estimated value, as the sponsor's letters say it
    items: tuple[ItemGiven, ...]


@dataclass(frozen=True)
class CohortReached:
    code: str
    programme: str
    start_date: date
    end_date: date
    status: CohortStatus
    sponsored: bool  # the cohort names the sponsor
    earmarked: bool  # the sponsor's money or things were given for it in the period
    participants: int  # enrolments that reached the class (see REACHED in the service)
    completed: int
    certificates: int


@dataclass(frozen=True)
class LoanLine:
    """The sponsor's equipment lent or handed over to participants: how often, not to whom."""

    item: str
    unit: Unit
    kind: LoanKind
    times: int
    quantity_milli: int
    participants: int
    returned: int  # loans back by now (handovers are for good: 0)


@dataclass(frozen=True)
class MaterialLine:
    """Materials issued to the sponsor's cohorts."""

    item: str
    unit: Unit
    quantity_milli: int


@dataclass(frozen=True)
class Reach:
    """Distinct participants reached, each counted once however many cohorts they joined."""

    participants: int
    male: int
    female: int
    by_age: tuple[tuple[AgeBand, int], ...]  # every band, in order, zeros included
    with_disability: int
    receiving_assistance: int  # any social-assistance programme
    by_assistance: tuple[tuple[Assistance, int], ...]  # every programme, zeros included

    @property
    def without_disability(self) -> int:
        return self.participants - self.with_disability

    @property
    def not_receiving_assistance(self) -> int:
        return self.participants - self.receiving_assistance


@dataclass(frozen=True)
class Completion:
    """Completed ÷ counted, over cohorts that have ended (see the service's definition)."""

    completed: int
    counted: int
    ended_cohorts: int

    @property
    def rate(self) -> float | None:
        return self.completed / self.counted if self.counted else None


@dataclass(frozen=True)
class FollowUpOutcomes:
    """What the follow-up calls found some months after the cohorts ended: how many people
    were reached and how many of them work, run a business or use the skill; the median
    change of their monthly income against the band they gave at intake."""

    months: int
    reached: int
    working: int  # formal or informal
    in_business: int
    uses_skill: int
    income_known: int  # people whose income now and at intake are both known
    median_income_change: int | None  # rupiah a month; None when no income is known


@dataclass(frozen=True)
class ImpactReport:
    sponsor_name: str
    sponsor_kind: SponsorKind
    logo_png: bytes | None
    start: date
    end: date
    today: date  # "has the cohort ended" is asked on this day
    money: MoneyGiven
    items: ItemsGiven
    cohorts: tuple[CohortReached, ...]
    loans: tuple[LoanLine, ...]
    materials: tuple[MaterialLine, ...]
    reach: Reach
    completion: Completion
    certificates: int
    follow_up: FollowUpOutcomes | None = None  # None: no one reached yet

    @property
    def empty(self) -> bool:
        """Nothing given, no cohort, no loan in the period: the documents say so."""
        return not (
            self.money.contributions
            or self.items.contributions
            or self.cohorts
            or self.loans
            or self.materials
        )


# -- words both documents print (context "documents")

TITLE = QT_TRANSLATE_NOOP("documents", "SPONSOR IMPACT REPORT")
NAME = QT_TRANSLATE_NOOP("documents", "Sponsor impact report")
PERIOD = QT_TRANSLATE_NOOP("documents", "From {start} to {end}")
NOTHING = QT_TRANSLATE_NOOP("documents", "Nothing was recorded for this sponsor in this period.")
NONE_IN_PERIOD = QT_TRANSLATE_NOOP("documents", "None in this period.")
NO_FOLLOW_UP = QT_TRANSLATE_NOOP("documents", "No follow-up outcomes recorded yet.")
PRIVACY = QT_TRANSLATE_NOOP(
    "documents",
    "Figures only: this report holds no participant's name, identity number, phone number or "
    "address.",
)
SECTIONS = {
    "summary": QT_TRANSLATE_NOOP("documents", "Summary"),
    "money": QT_TRANSLATE_NOOP("documents", "Money given"),
    "items": QT_TRANSLATE_NOOP("documents", "Items given"),
    "cohorts": QT_TRANSLATE_NOOP("documents", "Cohorts supported"),
    "loans": QT_TRANSLATE_NOOP("documents", "Equipment lent or handed over to participants"),
    "materials": QT_TRANSLATE_NOOP("documents", "Materials issued to the cohorts"),
    "reach": QT_TRANSLATE_NOOP("documents", "Participants reached"),
    "results": QT_TRANSLATE_NOOP("documents", "Completion and certificates"),
    "follow_up": QT_TRANSLATE_NOOP("documents", "Follow-up outcomes"),
}
# Summary lines.
CASH_TOTAL = QT_TRANSLATE_NOOP("documents", "Money given")
IN_KIND_VALUE = QT_TRANSLATE_NOOP("documents", "Estimated value of items given")
COHORT_COUNT = QT_TRANSLATE_NOOP("documents", "Cohorts supported")
PARTICIPANTS = QT_TRANSLATE_NOOP("documents", "Participants reached")
COMPLETION_RATE = QT_TRANSLATE_NOOP("documents", "Completion rate")
CERTIFICATES = QT_TRANSLATE_NOOP("documents", "Certificates issued")
CONTRIBUTIONS = QT_TRANSLATE_NOOP("documents", "contributions: {count}")
# Table headers and row labels.
EARMARK = QT_TRANSLATE_NOOP("documents", "Given for")
GENERAL = QT_TRANSLATE_NOOP("documents", "The centre's work in general")
PROGRAMME_EARMARK = QT_TRANSLATE_NOOP("documents", "Programme {name}")
COHORT_EARMARK = QT_TRANSLATE_NOOP("documents", "Cohort {code} ({programme})")
COUNT = QT_TRANSLATE_NOOP("documents", "Contributions")
AMOUNT = QT_TRANSLATE_NOOP("documents", "Amount")
TOTAL = QT_TRANSLATE_NOOP("documents", "Total")
ITEM = QT_TRANSLATE_NOOP("documents", "Item")
QUANTITY = QT_TRANSLATE_NOOP("documents", "Quantity")
VALUE = QT_TRANSLATE_NOOP("documents", "Estimated value")
COHORT = QT_TRANSLATE_NOOP("documents", "Cohort")
PROGRAMME = QT_TRANSLATE_NOOP("documents", "Programme")
START = QT_TRANSLATE_NOOP("documents", "Start")
END = QT_TRANSLATE_NOOP("documents", "End")
IN_TRAINING = QT_TRANSLATE_NOOP("documents", "Participants")
COMPLETED = QT_TRANSLATE_NOOP("documents", "Completed")
HOW = QT_TRANSLATE_NOOP("documents", "How")
TIMES = QT_TRANSLATE_NOOP("documents", "Times")
PEOPLE = QT_TRANSLATE_NOOP("documents", "Participants")
RETURNED = QT_TRANSLATE_NOOP("documents", "Returned")
LOAN_KINDS = {
    "loan": QT_TRANSLATE_NOOP("documents", "Lent"),
    "handover": QT_TRANSLATE_NOOP("documents", "Handed over for good"),
}
GROUP = QT_TRANSLATE_NOOP("documents", "Group")
NUMBER = QT_TRANSLATE_NOOP("documents", "Number")
SHARE = QT_TRANSLATE_NOOP("documents", "Share")
SEX = QT_TRANSLATE_NOOP("documents", "Sex")
AGE = QT_TRANSLATE_NOOP("documents", "Age at the start of the cohort")
DISABILITY = QT_TRANSLATE_NOOP("documents", "Disability")
WITH_DISABILITY = QT_TRANSLATE_NOOP("documents", "With a disability")
WITHOUT_DISABILITY = QT_TRANSLATE_NOOP("documents", "Without a disability")
ASSISTANCE = QT_TRANSLATE_NOOP("documents", "Social assistance")
RECEIVING = QT_TRANSLATE_NOOP("documents", "Receives social assistance")
NOT_RECEIVING = QT_TRANSLATE_NOOP("documents", "Receives none")
OF_WHICH = QT_TRANSLATE_NOOP("documents", "of whom: {programme}")
FIGURE = QT_TRANSLATE_NOOP("documents", "Figure")
ENDED_COHORTS = QT_TRANSLATE_NOOP("documents", "Cohorts ended by {date}")
COUNTED = QT_TRANSLATE_NOOP("documents", "Participants in the ended cohorts")
COMPLETION_NOTE = QT_TRANSLATE_NOOP(
    "documents",
    "Completion rate: those who completed, out of everyone who took up a place in a cohort "
    "that has ended (those who withdrew before the start are not counted). Participants "
    "reached: everyone who took up a place (accepted, in training, completed, dropped out or "
    "not passed), each person once. A re-issued certificate is counted once.",
)
OUTCOME = QT_TRANSLATE_NOOP("documents", "Outcome")
REACHED_AFTER = QT_TRANSLATE_NOOP("documents", "Reached by phone {months} months after the end")
WORKING = QT_TRANSLATE_NOOP("documents", "Working (formal or informal)")
IN_BUSINESS = QT_TRANSLATE_NOOP("documents", "Running a business")
USES_SKILL = QT_TRANSLATE_NOOP("documents", "Uses the skill learned")
INCOME_CHANGE = QT_TRANSLATE_NOOP("documents", "Median change in monthly income")
INCOME_NOTE = QT_TRANSLATE_NOOP(
    "documents",
    "Shares are of the people reached. Income change: the income they said on the call less "
    "the middle of the income band they gave at registration, over the {count} people who said "
    "both.",
)
NOT_YET = "—"  # a rate with nothing to divide by
