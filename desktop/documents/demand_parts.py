"""What the demand report holds (`Demand`): which programmes people ask for in the needs analysis
of their intake form, by target group, sex and village, gathered by desktop.services.demand and
written by desktop.documents.demand_xlsx (xlsx and CSV); and the words those files print.

Privacy (UU PDP): figures only. Nothing here can hold a participant's name, NIK, phone or
address: counts, and the names of programmes, villages and districts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.domain.choices import TargetGroup
from desktop.domain.i18n import QT_TRANSLATE_NOOP

NO_GROUP = ""  # the key of the people who belong to no target group
GROUP_KEYS: tuple[str, ...] = (*(group.value for group in TargetGroup), NO_GROUP)


@dataclass(frozen=True)
class Breakdown:
    """People counted by target group (a person in two groups counts in both; NO_GROUP: in
    none) and by sex. `people` counts each person once."""

    people: int = 0
    groups: dict[str, int] = field(default_factory=dict)  # GROUP_KEYS -> people
    male: int = 0
    female: int = 0

    def group(self, key: str) -> int:
        return self.groups.get(key, 0)

    def minus(self, other: Breakdown) -> Breakdown:
        """These people less `other` (a part of them), figure by figure."""
        return Breakdown(
            people=self.people - other.people,
            groups={key: self.group(key) - other.group(key) for key in GROUP_KEYS},
            male=self.male - other.male,
            female=self.female - other.female,
        )


@dataclass(frozen=True)
class VillageDemand:
    """A village (desa/kelurahan) among those asking most for a programme."""

    village: str  # "" when the records have none
    district: str
    asking: int
    waiting: int


@dataclass(frozen=True)
class ProgrammeDemand:
    programme_id: int
    code: str
    name: str
    archived: bool  # no longer offered, still asked for
    planned: bool  # has a cohort planned, open for enrolment or running
    asking: Breakdown  # people who named it among their wishes (or first, see Demand)
    first_choice: int  # of them, those for whom it is the first wish
    waiting: Breakdown  # of them, those not served by it yet (see desktop.services.demand)
    villages: tuple[VillageDemand, ...]  # the villages asking most, most first

    @property
    def no_cohort_planned(self) -> bool:
        return not self.planned


@dataclass(frozen=True)
class DemandTotals:
    people: Breakdown  # people who asked for at least one programme, each once
    waiting: int  # of them, those still waiting for at least one of their wishes
    wishes: int  # the programmes' "asking" added up: a person with two wishes counts twice
    unplanned: int  # people asking for at least one programme with no cohort planned


@dataclass(frozen=True)
class Demand:
    start: date | None  # registered from (None: since the first)
    end: date | None  # registered until (None: until today)
    regency: str  # the regency's name when one was chosen, else ""
    district: str  # the district's name when one was chosen, else ""
    first_choice_only: bool
    today: date
    programmes: tuple[ProgrammeDemand, ...]  # most asked for first
    totals: DemandTotals

    @property
    def empty(self) -> bool:
        """Nobody (in the filters) stated a wish for a programme on record."""
        return self.totals.people.people == 0


# -- words the files print (context "documents")

TITLE = QT_TRANSLATE_NOOP("documents", "DEMAND FOR TRAINING FROM THE NEEDS ANALYSIS")
REGISTERED = QT_TRANSLATE_NOOP("documents", "Registered: {start} – {end}")
REGISTERED_SINCE = QT_TRANSLATE_NOOP("documents", "Registered from {start}")
REGISTERED_UNTIL = QT_TRANSLATE_NOOP("documents", "Registered until {end}")
EVERYONE = QT_TRANSLATE_NOOP("documents", "Everyone registered")
AREA = QT_TRANSLATE_NOOP("documents", "Area: {area}")
FIRST_ONLY = QT_TRANSLATE_NOOP("documents", "First choices only")
MADE_ON = QT_TRANSLATE_NOOP("documents", "Made on {date}")
BY_PROGRAMME = QT_TRANSLATE_NOOP("documents", "Demand per programme")
BY_VILLAGE = QT_TRANSLATE_NOOP("documents", "Villages asking most per programme")
PROGRAMME = QT_TRANSLATE_NOOP("documents", "Programme")
CODE = QT_TRANSLATE_NOOP("documents", "Code")
ASKING = QT_TRANSLATE_NOOP("documents", "Asking")
FIRST_CHOICE = QT_TRANSLATE_NOOP("documents", "First choice")
WAITING = QT_TRANSLATE_NOOP("documents", "Waiting")
MALE = QT_TRANSLATE_NOOP("documents", "Male")
FEMALE = QT_TRANSLATE_NOOP("documents", "Female")
NO_GROUP_LABEL = QT_TRANSLATE_NOOP("documents", "No group")
NOT_PLANNED = QT_TRANSLATE_NOOP("documents", "No cohort planned")
ARCHIVED = QT_TRANSLATE_NOOP("documents", "archived")
YES = QT_TRANSLATE_NOOP("documents", "Yes")
VILLAGE = QT_TRANSLATE_NOOP("documents", "Village")
DISTRICT = QT_TRANSLATE_NOOP("documents", "District")
NOT_RECORDED = QT_TRANSLATE_NOOP("documents", "Not recorded")
TOTAL_PEOPLE = QT_TRANSLATE_NOOP("documents", "All programmes (each person once)")
NOBODY = QT_TRANSLATE_NOOP("documents", "Nobody registered in this period stated a wish.")
UNPLANNED_NOTE = QT_TRANSLATE_NOOP(
    "documents", "People asking for a programme with no cohort planned: {count}"
)
WAITING_NOTE = QT_TRANSLATE_NOOP(
    "documents",
    "Waiting: asking for the programme and not applied, accepted, on the waitlist, in "
    "training or completed in it. People who withdrew, dropped out or did not pass wait again.",
)
GROUPS_NOTE = QT_TRANSLATE_NOOP(
    "documents", "A person in two target groups is counted in both; each person once per row."
)
FIGURES_ONLY = QT_TRANSLATE_NOOP(
    "documents", "Figures only: no participant's name, NIK, phone or address."
)
