"""The audit log as a table that holds entry IDs, not rows (see DESIGN.md, Anki's browser).

Filtering runs one query for the ordered IDs; the rows themselves are fetched in pages of
`PAGE_SIZE` when the view first asks for one of them, so a log of a million entries opens as
fast as one of ten.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass
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

from desktop.domain.audit import action_label
from desktop.domain.errors import PelitaError
from desktop.gui.formatting import show_date_time
from desktop.gui.signals import emit
from desktop.services import audit  # called as audit.fetch(...) so tests can spy on it
from desktop.services.audit import AuditFilter, AuditRow
from desktop.services.context import Actor

if TYPE_CHECKING:  # the GUI holds the open database but never opens a session on it
    from desktop.store.database import Database

PAGE_SIZE = 200
SUMMARY_LENGTH = 120

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    TIME = 0
    USER = 1
    ACTION = 2
    OBJECT = 3
    CHANGES = 4


def translated_action(action: str) -> str:
    return QCoreApplication.translate("audit", action_label(action))


def object_text(row: AuditRow) -> str:
    return f"{row.entity} {row.entity_id}" if row.entity_id else row.entity


def field_text(field: str) -> str:
    """A stored key as a reader sees it: "full_name" -> "full name" (also lets it wrap)."""
    return field.replace("_", " ")


def value_text(value: object) -> str:
    """A stored value as people read it; the JSON column holds only JSON types."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        # Spelled out in full each time: lupdate finds only literal translate() calls.
        if value:
            return QCoreApplication.translate("AuditTableModel", "yes")
        return QCoreApplication.translate("AuditTableModel", "no")
    if isinstance(value, str):
        return value
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@dataclass(frozen=True)
class Change:
    field: str
    before: object
    after: object
    # False for a value that was recorded but did not change (kept to say *whose* role it was).
    changed: bool


def changes(row: AuditRow) -> list[Change]:
    """Field by field: every value in either snapshot, in the order the service wrote them."""
    before: Mapping[str, Any] = row.before or {}
    after: Mapping[str, Any] = row.after or {}
    fields = list(after) + [key for key in before if key not in after]
    result = []
    for key in fields:
        old, new = before.get(key), after.get(key)
        # Without a "before" snapshot (a creation) every recorded value is new.
        changed = row.before is None or row.after is None or old != new
        result.append(Change(key, old, new, changed))
    return result


def summary(row: AuditRow) -> str:
    """One line for the table, e.g. "role: clerk → admin"."""
    parts = []
    for change in changes(row):
        if not change.changed:
            continue
        if row.before is None:
            parts.append(f"{field_text(change.field)}: {value_text(change.after)}")
        else:
            parts.append(
                f"{field_text(change.field)}: "
                f"{value_text(change.before)} → {value_text(change.after)}"
            )
    text = "; ".join(parts)
    return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1] + "…"


class AuditTableModel(QAbstractTableModel):
    # A page could not be fetched (e.g. the account was disabled at another desk meanwhile).
    fetch_failed = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._ids: list[int] = []
        # Page number -> entries of that page by ID; missing IDs are entries the fetch did not
        # return, which cannot happen for an append-only log but must not crash the view.
        self._pages: dict[int, dict[int, AuditRow]] = {}

    # -- filtering ---------------------------------------------------------------------------

    def set_filter(self, audit_filter: AuditFilter) -> None:
        """Run the query for the IDs. Raises PelitaError (e.g. PermissionDenied) before touching
        the model, so the rows shown so far stay when the query is refused."""
        ids = audit.search_ids(self._db, self._actor, audit_filter)
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self._ids = []
        self._pages.clear()
        self.endResetModel()

    def row_of(self, entry_id: int) -> int | None:
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return None

    def entry_id(self, row: int) -> int:
        return self._ids[row]

    def row_at(self, row: int) -> AuditRow | None:
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._fetch_page(page)
        return rows.get(self._ids[row])

    def _fetch_page(self, page: int) -> dict[int, AuditRow]:
        ids = self._ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
        try:
            rows = {row.id: row for row in audit.fetch(self._db, self._actor, ids)}
        except PelitaError as error:
            # Cached empty, so the view's next paint does not ask (and fail) again at once.
            rows = {}
            emit(self.fetch_failed, error)
        self._pages[page] = rows
        return rows

    # -- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Time"), self.tr("User"), self.tr("Action"), self.tr("Object"),
            self.tr("Changes"),
        )  # fmt: skip
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Only these roles need the row; answering the others (font, size hint, colours…)
        # without fetching keeps the view from loading pages it merely lays out.
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = Column(index.column())
        if column == Column.TIME:
            return show_date_time(row.at)
        if column == Column.USER:
            return row.username
        if column == Column.ACTION:
            return translated_action(row.action)
        if column == Column.OBJECT:
            return object_text(row)
        text = summary(row)
        if role == Qt.ItemDataRole.ToolTipRole and text.endswith("…"):
            return "\n".join(
                f"{field_text(c.field)}: {value_text(c.before)} → {value_text(c.after)}"
                for c in changes(row)
                if c.changed
            )
        return text

    def match(
        self,
        start: Index,
        role: int,
        value: Any,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        # The view's type-to-find calls this and would walk (and fetch) every row; the page's
        # search field runs the search in the database instead.
        return []
