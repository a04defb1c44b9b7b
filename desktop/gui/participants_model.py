"""The participant list as a table that holds only the pages it has fetched (see DESIGN.md).

The registry pages by key (the sort value and id of the last row shown), never by OFFSET, so
the model asks for one page when the view scrolls near its end (Qt's canFetchMore/fetchMore)
and appends it. A million participants open as fast as a hundred: nothing is read until the
view wants it, and nothing the view has not scrolled to is kept.

Every query runs on the database worker. A new query (a letter typed, a filter, a sort)
bumps the generation: pages and counts of older queries that arrive later are dropped, and
older queries still waiting in the worker's queue are skipped without touching the database.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from shiboken6 import isValid

from desktop.domain import choices as c
from desktop.domain.errors import PelitaError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.gui.choice_widgets import choice_label
from desktop.gui.signals import emit
from desktop.services import registry  # called as registry.page(...) so tests can spy on it
from desktop.services.registry import Cursor, Page, RegistryQuery, RegistryRow, SortKey

if TYPE_CHECKING:
    from desktop.gui.tasks import TaskRunner
    from desktop.services.context import Actor
    from desktop.store.database import Database

PAGE_SIZE = 100
COUNT_CAP = 10_000
Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    NAME = 0
    NIK = 1
    PHONE = 2
    SEX = 3
    AGE = 4
    VILLAGE = 5
    DISTRICT = 6
    REGENCY = 7


# Columns the database has an index to sort by, and whether Qt's ascending order is the key's
# descending one (ascending age is the latest birth date first).
SORTABLE: dict[Column, tuple[SortKey, bool]] = {
    Column.NAME: (SortKey.NAME, False),
    Column.NIK: (SortKey.NIK, False),
    Column.PHONE: (SortKey.PHONE, False),
    Column.AGE: (SortKey.BIRTH_DATE, True),
    Column.VILLAGE: (SortKey.VILLAGE, False),
}


def column_for(key: SortKey) -> Column | None:
    return next((column for column, (k, _r) in SORTABLE.items() if k is key), None)


def sort_order(query: RegistryQuery) -> Qt.SortOrder:
    """The header's arrow for the query's sort."""
    column = column_for(query.sort)
    reversed_ = column is not None and SORTABLE[column][1]
    descending = query.descending != reversed_
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


# -- how a participant's stored values read (the profile and the merge dialog) -----------

# The field names' translation context, written out in each QT_TRANSLATE_NOOP below too:
# lupdate reads only a literal there.
CONTEXT = "ParticipantProfile"
EMPTY = "—"

# The record's columns as people read them: the profile's rows and the history's "changed".
FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("ParticipantProfile", "Full name"),
    "nik": QT_TRANSLATE_NOOP("ParticipantProfile", "NIK"),
    "no_nik_reason": QT_TRANSLATE_NOOP("ParticipantProfile", "No NIK, because"),
    "kk_number": QT_TRANSLATE_NOOP("ParticipantProfile", "Family card (KK)"),
    "citizenship": QT_TRANSLATE_NOOP("ParticipantProfile", "Citizenship"),
    "birth_place": QT_TRANSLATE_NOOP("ParticipantProfile", "Place of birth"),
    "birth_date": QT_TRANSLATE_NOOP("ParticipantProfile", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("ParticipantProfile", "Sex"),
    "marital_status": QT_TRANSLATE_NOOP("ParticipantProfile", "Marital status"),
    "phone": QT_TRANSLATE_NOOP("ParticipantProfile", "Phone (WhatsApp)"),
    "street": QT_TRANSLATE_NOOP("ParticipantProfile", "Street"),
    "rt": QT_TRANSLATE_NOOP("ParticipantProfile", "RT"),
    "rw": QT_TRANSLATE_NOOP("ParticipantProfile", "RW"),
    "village_name": QT_TRANSLATE_NOOP("ParticipantProfile", "Village"),
    "district_name": QT_TRANSLATE_NOOP("ParticipantProfile", "District"),
    "regency_name": QT_TRANSLATE_NOOP("ParticipantProfile", "Regency or city"),
    "province_name": QT_TRANSLATE_NOOP("ParticipantProfile", "Province"),
    "postal_code": QT_TRANSLATE_NOOP("ParticipantProfile", "Postal code"),
    "education": QT_TRANSLATE_NOOP("ParticipantProfile", "Education"),
    "employment": QT_TRANSLATE_NOOP("ParticipantProfile", "Work situation"),
    "occupation": QT_TRANSLATE_NOOP("ParticipantProfile", "Occupation"),
    "income_band": QT_TRANSLATE_NOOP("ParticipantProfile", "Monthly income"),
    "disabilities": QT_TRANSLATE_NOOP("ParticipantProfile", "Disability"),
    "accommodations": QT_TRANSLATE_NOOP("ParticipantProfile", "Needs at the training"),
    "accommodation_note": QT_TRANSLATE_NOOP("ParticipantProfile", "Other needs"),
    "washington": QT_TRANSLATE_NOOP("ParticipantProfile", "Washington Group answers"),
    "dtsen": QT_TRANSLATE_NOOP("ParticipantProfile", "Listed in DTSEN"),
    "dtsen_decile": QT_TRANSLATE_NOOP("ParticipantProfile", "Welfare decile"),
    "assistance_bits": QT_TRANSLATE_NOOP("ParticipantProfile", "Receives"),
    "target_groups": QT_TRANSLATE_NOOP("ParticipantProfile", "Target groups"),
    "preferences": QT_TRANSLATE_NOOP("ParticipantProfile", "Programmes wanted"),
    "skills_have": QT_TRANSLATE_NOOP("ParticipantProfile", "Skills already had"),
    "goal": QT_TRANSLATE_NOOP("ParticipantProfile", "Goal"),
    "channel": QT_TRANSLATE_NOOP("ParticipantProfile", "Heard of it through"),
    "status": QT_TRANSLATE_NOOP("ParticipantProfile", "Status"),
}
# Changed along with the fields above and saying nothing of their own.
UNLISTED = frozenset({"version", "province_code", "regency_code", "district_code",
                      "village_code", "has_disability", "merged_into_id"})  # fmt: skip


def field_label(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, FIELDS[key]) if key in FIELDS else key


def choice_text(kind: type[c.Choice], value: object) -> str:
    if not value:
        return EMPTY
    try:
        return choice_label(kind(str(value)))
    except ValueError:
        return str(value)  # a value from a newer Pelita: shown as stored, not hidden


def choices_text(members: Sequence[c.Choice] | frozenset[Any], none: str = EMPTY) -> str:
    labels = sorted(choice_label(member) for member in members)
    return "\n".join(labels) if labels else none


def value_text(value: object) -> str:
    return str(value).strip() if value not in (None, "") else EMPTY


class _Generation:
    """The number of the newest query, read by queued work on the worker (a plain Python
    object: the worker must not touch the Qt model, which may be gone by then)."""

    def __init__(self) -> None:
        self.value = 0


class ParticipantsTableModel(QAbstractTableModel):
    page_loaded = Signal()  # a page arrived (the first of a query, or one more)
    counted = Signal(int, bool)  # how many match, and whether counting stopped at the cap
    fetch_failed = Signal(object)  # a PelitaError (e.g. the account was disabled meanwhile)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        runner: TaskRunner,
        parent: QObject | None = None,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = db, actor, runner
        self._page_size = page_size
        self._query = RegistryQuery()
        self._rows: list[RegistryRow] = []
        self._cursor: Cursor | None = None
        self._more = False  # the registry has rows after the last one fetched
        self._loading = False
        self._generation = _Generation()

    # -- queries -----------------------------------------------------------------------------

    @property
    def query(self) -> RegistryQuery:
        return self._query

    @property
    def loading(self) -> bool:
        return self._loading

    def set_query(self, query: RegistryQuery) -> None:
        """Show the people matching `query`: the list empties and its first page is fetched.
        The old rows stay until then would look like results of the new search."""
        self._generation.value += 1
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._cursor = None
        self._more = False
        self._loading = False
        self.endResetModel()
        self._fetch(None)
        self._count()

    def reload(self) -> None:
        self.set_query(self._query)

    def set_sort(self, column: int, order: Qt.SortOrder) -> bool:
        """Sort by a column the database has an index for; False (nothing done) otherwise."""
        if column not in SORTABLE:
            return False
        key, reversed_ = SORTABLE[Column(column)]
        descending = (order == Qt.SortOrder.DescendingOrder) != reversed_
        self.set_query(replace(self._query, sort=key, descending=descending))
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.set_sort(column, order)

    def _fetch(self, after: Cursor | None) -> None:
        generation, latest = self._generation.value, self._generation
        db, actor, query, limit = self._db, self._actor, self._query, self._page_size

        def work() -> Page | None:
            if latest.value != generation:
                return None  # typed over before its turn came: not worth a query
            return registry.page(db, actor, query, after, limit)

        self._loading = True
        self._runner.submit(
            work,
            lambda page: self._page_arrived(generation, page),
            lambda error: self._failed(generation, error),
        )

    def _count(self) -> None:
        generation, latest = self._generation.value, self._generation
        db, actor, query = self._db, self._actor, self._query

        def work() -> tuple[int, bool] | None:
            if latest.value != generation:
                return None
            return registry.count(db, actor, query, COUNT_CAP)

        def done(result: tuple[int, bool] | None) -> None:
            if result is not None and isValid(self) and generation == latest.value:
                emit(self.counted, *result)

        self._runner.submit(work, done, lambda error: self._failed(generation, error))

    def _page_arrived(self, generation: int, page: Page | None) -> None:
        if page is None or not isValid(self) or generation != self._generation.value:
            return  # an older query's page: the list shows a newer one now
        self._loading = False
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._more = page.next_cursor is not None
        emit(self.page_loaded)

    def _failed(self, generation: int, error: BaseException) -> None:
        if not isValid(self) or generation != self._generation.value:
            return
        self._loading = False
        self._more = False  # not asked again at every scroll; the next query tries afresh
        if isinstance(error, PelitaError):
            emit(self.fetch_failed, error)
            return
        from desktop.gui.crash import report_exception

        report_exception(type(error), error, error.__traceback__)

    # -- rows changed elsewhere --------------------------------------------------------------

    def refresh_rows(self, ids: list[int]) -> None:
        """Read these people's rows again (after an edit): changed rows are redrawn, merged
        ones leave the list. Where a changed name would now sort is left to the next query:
        moving a row under the clerk's eyes is worse than an order a moment out of date."""
        shown = [i for i in ids if self.row_of(i) is not None]
        if not shown:
            return
        generation = self._generation.value
        db, actor = self._db, self._actor

        def done(rows: list[RegistryRow]) -> None:
            if not isValid(self) or generation != self._generation.value:
                return
            fresh = {row.id: row for row in rows}
            for participant_id in shown:
                position = self.row_of(participant_id)
                if position is None:
                    continue
                if participant_id in fresh:
                    self._rows[position] = fresh[participant_id]
                    last = self.index(position, len(Column) - 1)
                    emit(self.dataChanged, self.index(position, 0), last)
                else:
                    self.beginRemoveRows(QModelIndex(), position, position)
                    del self._rows[position]
                    self.endRemoveRows()

        self._runner.submit(
            lambda: registry.rows_by_id(db, actor, shown),
            done,
            lambda error: self._failed(generation, error),
        )

    # -- lookups -----------------------------------------------------------------------------

    def row_at(self, row: int) -> RegistryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def participant_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def row_of(self, participant_id: int) -> int | None:
        # Only fetched pages: a few hundred rows at most in practice.
        return next((i for i, row in enumerate(self._rows) if row.id == participant_id), None)

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch(self._cursor)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            titles = (
                self.tr("Name"), self.tr("NIK"), self.tr("Phone"), self.tr("Sex"),
                self.tr("Age"), self.tr("Village"), self.tr("District"), self.tr("Regency"),
            )  # fmt: skip
            return titles[section] if 0 <= section < len(titles) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if section in SORTABLE:
                return self.tr("Click to sort by this column")
            return self.tr("The list cannot be sorted by this column")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == Column.NAME:
            return row.full_name
        if column == Column.NIK:
            return row.nik
        if column == Column.PHONE:
            return row.phone
        if column == Column.SEX:
            return QCoreApplication.translate("choices", row.sex.label)
        if column == Column.AGE:
            return str(row.age)
        if column == Column.VILLAGE:
            return row.village_name
        if column == Column.DISTRICT:
            return row.district_name
        return row.regency_name
