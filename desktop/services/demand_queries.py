"""The grouped counts behind the demand report (desktop.services.demand holds the definitions).

The wishes are JSON lists on the participant row, expanded in the database: `json_each` on
SQLite, `json_array_elements_text … WITH ORDINALITY` on PostgreSQL (desktop.services.demand_sql
.elements). No participant row comes back to Python, only counts per programme, group, sex or
village.

Speed: a million people hold some two million wishes. People with the same wishes, groups and
sex are first counted together (`_needs`: some ten thousand rows, one pass over the table) and
only those rows are expanded, so every per-programme figure and total costs one scan; the
villages likewise (people of a village with the same wishes, then expanded). Being served is
asked of the enrolments, which are few: the waiting figures are "asking" less "served", cell by
cell.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    FromClause,
    Select,
    Text,
    case,
    cast,
    func,
    literal,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

from desktop.documents.demand_parts import GROUP_KEYS, NO_GROUP, Breakdown
from desktop.domain.choices import Sex
from desktop.domain.cohort import CohortStatus
from desktop.domain.enrolment import EnrolmentStatus
from desktop.services.demand_sql import Elements, Scope, Unindexed, elements, people_in
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment

E = EnrolmentStatus
# Served by a programme, or on the way to it: not waiting for it. Withdrawn, dropped out and
# not passed are not here: those people may enrol in the programme again (domain.enrolment).
HOLDING = tuple(s.value for s in (E.APPLIED, E.ACCEPTED, E.WAITLISTED, E.ACTIVE, E.COMPLETED))
PLANNED = tuple(s.value for s in (CohortStatus.PLANNED, CohortStatus.OPEN, CohortStatus.RUNNING))
TOP_VILLAGES = 10
P = Participant


@dataclass
class Cells:
    """Breakdowns per programme being added up from grouped rows."""

    people: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    first: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    groups: dict[int, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    male: dict[int, int] = field(default_factory=lambda: defaultdict(int))
    female: dict[int, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, programme: int, first: bool, sex: str, group: str | None, members: int,
            people: int) -> None:  # fmt: skip
        self.groups[programme][group or NO_GROUP] += members
        self.people[programme] += people
        self.first[programme] += people if first else 0
        self.male[programme] += people if sex == Sex.MALE.value else 0
        self.female[programme] += people if sex == Sex.FEMALE.value else 0

    def breakdown(self, programme: int) -> Breakdown:
        groups = self.groups.get(programme, {})
        return Breakdown(
            people=self.people.get(programme, 0),
            groups={key: groups.get(key, 0) for key in GROUP_KEYS},
            male=self.male.get(programme, 0),
            female=self.female.get(programme, 0),
        )


PER_PROGRAMME, EVERYONE, UNPLANNED = 0, 1, 2  # the kinds of rows of `DemandQueries.asking`


@dataclass
class Asking:
    cells: Cells = field(default_factory=Cells)  # per programme
    everyone: Cells = field(default_factory=Cells)  # each person once, under programme 0
    unplanned: int = 0  # people asking for a programme with no cohort planned


SERVED, BY_VILLAGE, COMPLETE = 0, 1, 2  # the kinds of rows of `DemandQueries.served`


@dataclass
class Served:
    cells: Cells = field(default_factory=Cells)  # per programme
    villages: dict[tuple[int, str], int] = field(default_factory=dict)  # (programme, village)
    complete: int = 0  # people holding every programme they ask for: not waiting at all


class DemandQueries:
    """The report's queries over the people in `scope`."""

    def __init__(
        self,
        session: Session,
        sqlite: bool,
        scope: Scope,
        first_only: bool,
        programme_ids: Iterable[int],
    ) -> None:
        self.session, self.sqlite, self.first_only = session, sqlite, first_only
        self.scan = people_in(scope, indexed=True)  # when the people lead
        self.few = people_in(scope, indexed=False)  # when the enrolments lead
        self.known = sorted(programme_ids)  # wishes for other ids (deleted) are left out

    def _wishes(self, array: Any, name: str = "wish") -> Elements:
        return elements(array, self.sqlite, name)

    def _groups(self, array: Any) -> Elements:
        return elements(array, self.sqlite, "grp", text=True)

    def _counted(self, wish: Elements) -> list[ColumnElement[bool]]:
        kept: list[ColumnElement[bool]] = [wish.value.in_(self.known)]
        return [*kept, wish.rank == 0] if self.first_only else kept

    def _needs(self) -> CTE:
        """People with the same wishes, groups and sex, counted together (as text: PostgreSQL
        cannot group json values). Materialised: the asking figures read it three times."""
        prefs, groups = cast(P.preferences, Text), cast(P.target_groups, Text)
        query = (
            select(
                prefs.label("prefs"),
                groups.label("groups"),
                P.sex.label("sex"),
                func.count().label("n"),
            )
            .where(*self.scan)
            .group_by(prefs, groups, P.sex)
        )
        return query.cte("needs").prefix_with("MATERIALIZED")

    def _held(self) -> FromClause:
        return (
            select(Enrolment.participant_id.label("person"), Enrolment.programme_id.label("held"))
            .where(Enrolment.status.in_(HOLDING))
            .distinct()
            .subquery("held")
        )

    def _cells(self, query: Select[Any]) -> Cells:
        cells = Cells()
        for programme, first, sex, group, members, people in self.session.execute(query):
            cells.add(int(programme), bool(first), sex, group, int(members), int(people))
        return cells

    def _breakdown(self, keys: Sequence[Any], group: Elements, weight: Any) -> Select[Any]:
        """Rows (*keys, group, members, people): `members` counts a person in each of their
        groups, `people` once (on their first group's row, or their only row when they are in
        no group)."""
        once = or_(group.rank.is_(None), group.rank == 0)
        # Constants (the kind of row) are not grouped by: PostgreSQL reads a number there as
        # the position of a column.
        grouped = [key for key in keys if not isinstance(key, BindParameter)]
        return select(
            *keys,
            group.value,
            func.sum(weight),
            func.sum(case((once, weight), else_=0)),
        ).group_by(*grouped, group.value)

    def asking(self, unplanned: Sequence[int]) -> Asking:
        """Per programme: the people asking for it, by first choice, group and sex; the people
        asking for anything, each once, by group and sex; and those asking for one of the
        `unplanned` programmes. One statement, so the people are grouped once (`_needs`)."""
        needs = self._needs()
        wish, group = self._wishes(needs.c.prefs), self._groups(needs.c.groups)
        # Every row: sex, group, members, people, kind, programme, first choice.
        first = case((wish.rank == 0, 1), else_=0)
        per_programme = (
            self._breakdown(
                (needs.c.sex, literal(PER_PROGRAMME), wish.value, first), group, needs.c.n
            )
            .select_from(needs)
            .join(wish.source, true())
            .outerjoin(group.source, true())
            .where(*self._counted(wish))
        )
        people = (
            self._breakdown(
                (needs.c.sex, literal(EVERYONE), literal(0), literal(0)), group, needs.c.n
            )
            .select_from(needs)
            .outerjoin(group.source, true())
            .where(self._asks(needs, ()))
        )
        total = func.coalesce(func.sum(needs.c.n), 0)
        unplanned_people = select(
            literal(""), literal(UNPLANNED), literal(0), literal(0), literal(None, Text), total,
            total,
        ).where(self._asks(needs, list(unplanned) or [-1]))  # fmt: skip
        found = Asking()
        statement = union_all(per_programme, people, unplanned_people)
        for (
            sex,
            kind,
            programme,
            first_choice,
            group_value,
            members,
            counted,
        ) in self.session.execute(statement):
            if kind == PER_PROGRAMME:
                found.cells.add(
                    int(programme), bool(first_choice), sex, group_value, int(members), int(counted)
                )
            elif kind == EVERYONE:
                found.everyone.add(0, False, sex, group_value, int(members), int(counted))
            else:
                found.unplanned = int(counted)
        return found

    def _asks(self, needs: CTE, among: Sequence[int]) -> ColumnElement[bool]:
        """The row's people ask for a programme on record (among these, if any are given;
        [-1]: none)."""
        wish = self._wishes(needs.c.prefs, "asked")
        chosen = [wish.value.in_(list(among))] if among else []
        return (
            select(literal(1))
            .select_from(wish.source)
            .where(*chosen, *self._counted(wish))
            .exists()
        )

    def served(self) -> Served:
        """What the programmes serve already (HOLDING), from the enrolments, which are few, to
        the people: the same figures as `asking`, the people per programme and village, and
        those who hold every programme they ask for. One statement over the pairs (person,
        programme asked for and held)."""
        held = self._held()
        wish, asked = self._wishes(P.preferences), self._wishes(P.preferences, "asked")
        wishes = select(func.count()).select_from(asked.source).where(*self._counted(asked))
        pairs = (
            select(
                P.id.label("person"),
                wish.value.label("programme"),
                case((wish.rank == 0, 1), else_=0).label("first"),
                P.sex.label("sex"),
                cast(P.target_groups, Text).label("groups"),
                P.village_code.label("village"),
                wishes.scalar_subquery().label("wishes"),
            )
            .select_from(held)
            .join(P, P.id == held.c.person)
            .join(wish.source, true())
            .where(wish.value == held.c.held, *self.few, *self._counted(wish))
            .cte("pairs")
            .prefix_with("MATERIALIZED")
        )
        group = self._groups(pairs.c.groups)
        # Every row: kind, programme, first choice, sex, group or village, members, people.
        cells = (
            self._breakdown(
                (literal(SERVED), pairs.c.programme, pairs.c.first, pairs.c.sex), group, 1
            )
            .select_from(pairs)
            .outerjoin(group.source, true())
        )
        villages = select(
            literal(BY_VILLAGE), pairs.c.programme, literal(0), literal(""), pairs.c.village,
            func.count(), func.count(),
        ).group_by(pairs.c.programme, pairs.c.village)  # fmt: skip
        complete = (
            select(pairs.c.person)
            .group_by(pairs.c.person)
            .having(func.count() == func.max(pairs.c.wishes))
            .subquery("complete")
        )
        everything = select(
            literal(COMPLETE), literal(0), literal(0), literal(""), literal(None, Text),
            func.count(), func.count(),
        ).select_from(complete)  # fmt: skip
        found = Served()
        rows: Any = self.session.execute(union_all(cells, villages, everything))
        for kind, programme, first, sex, label, members, people in rows:
            if kind == SERVED:
                found.cells.add(int(programme), bool(first), sex, label, int(members), int(people))
            elif kind == BY_VILLAGE:
                found.villages[int(programme), label or ""] = int(people)
            else:
                found.complete = int(people)
        return found

    def villages(self) -> dict[int, list[tuple[str, int]]]:
        """Per programme, the TOP_VILLAGES village codes asking most for it, with how many.
        The people of a village with the same wishes are counted together first, as in
        `_needs` (on SQLite half the time of expanding every person's wishes)."""
        # A plain scan of the table: through the index on village_code (for the order of the
        # GROUP BY) SQLite would read the rows in random order, twice as slow.
        prefs, code = cast(P.preferences, Text), Unindexed(P.village_code)
        village = (
            select(code.label("code"), prefs.label("prefs"), func.count().label("n"))
            .where(*self.scan)
            .group_by(code, prefs)
            .subquery("village")
        )
        wish = self._wishes(village.c.prefs)
        counted = (
            select(
                wish.value.label("programme"),
                village.c.code,
                func.sum(village.c.n).label("n"),
            )
            .select_from(village)
            .join(wish.source, true())
            .where(*self._counted(wish))
            .group_by(wish.value, village.c.code)
            .subquery("counted")
        )
        place = func.row_number().over(
            partition_by=counted.c.programme, order_by=(counted.c.n.desc(), counted.c.code)
        )
        ranked = select(counted, place.label("place")).subquery("ranked")
        rows = self.session.execute(
            select(ranked.c.programme, ranked.c.code, ranked.c.n)
            .where(ranked.c.place <= TOP_VILLAGES)
            .order_by(ranked.c.programme, ranked.c.place)
        )
        found: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for programme, code, count in rows:
            found[int(programme)].append((code or "", int(count)))
        return found

    def village_names(self, codes: Sequence[str]) -> dict[str, tuple[str, str]]:
        """The village's and its district's names as recorded on one person living there
        (one index seek each), by village code."""
        found: dict[str, tuple[str, str]] = {}
        for code in codes:
            row = self.session.execute(
                select(P.village_name, P.district_name).where(P.village_code == code).limit(1)
            ).first()
            if row is not None:
                found[code] = (row.village_name or "", row.district_name or "")
        return found

    def planned(self) -> set[int]:
        """Programmes with a cohort planned, open for enrolment or running."""
        query = select(Cohort.programme_id).where(Cohort.status.in_(PLANNED)).distinct()
        return set(self.session.scalars(query))
