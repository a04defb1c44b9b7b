"""The tables of a sponsor's window: its contact people, its agreements and its contributions,
each over the rows of the one `sponsor_detail` call that filled the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from desktop.domain.formatting import format_date, format_rupiah
from desktop.domain.phone import display_phone
from desktop.gui.formatting import language
from desktop.gui.inventory_fields import quantity_text
from desktop.gui.row_list_model import RowListModel
from desktop.services.sponsor_details import (
    AgreementRow,
    ContactRow,
    ContributionItem,
    ContributionKind,
    ContributionRow,
)

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
SHOWN = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


class ContactsModel(RowListModel):
    def titles(self) -> list[str]:
        return [self.tr("Name"), self.tr("Position"), self.tr("Phone"), self.tr("E-mail")]

    def cell(self, item: ContactRow, column: int, role: int) -> object:
        if role not in SHOWN:
            return None
        return (item.name, item.position, display_phone(item.phone), item.email)[column]


class AgreementsModel(RowListModel):
    def titles(self) -> list[str]:
        return [self.tr("Number"), self.tr("From"), self.tr("Until"), self.tr("Commitment"),
                self.tr("Promised")]  # fmt: skip

    def cell(self, item: AgreementRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return RIGHT
        if role not in SHOWN:
            return None
        until = format_date(item.end_date, language()) if item.end_date else self.tr("open-ended")
        promised = format_rupiah(item.commitment_rupiah) if item.commitment_rupiah else ""
        commitment = item.commitment if role == Qt.ItemDataRole.ToolTipRole else _first(item)
        return (item.number, format_date(item.start_date, language()), until, commitment,
                promised)[column]  # fmt: skip


def _first(item: AgreementRow) -> str:
    """A commitment of several lines shows its first in the table (all in the tooltip)."""
    lines = item.commitment.splitlines()
    return lines[0] + (" …" if len(lines) > 1 else "") if lines else ""


def kind_label(kind: ContributionKind) -> str:
    return QCoreApplication.translate("sponsors", kind.label)


def item_text(item: ContributionItem) -> str:
    """ "Mesin jahit (MJ-001)" for a machine, "Kain katun 120,5 meter" for the rest."""
    if item.asset_tag:
        return f"{item.item_name} ({item.asset_tag})"
    return f"{item.item_name} {quantity_text(item.quantity_milli, item.unit)}"


class ContributionsModel(RowListModel):
    def titles(self) -> list[str]:
        return [self.tr("Received"), self.tr("Kind"), self.tr("Amount or value"), self.tr("For"),
                self.tr("What"), self.tr("Document")]  # fmt: skip

    def row_at(self, row: int) -> ContributionRow | None:
        contribution: ContributionRow | None = self.item_at(row)
        return contribution

    def cell(self, item: ContributionRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return RIGHT
        if role not in SHOWN:
            return None
        return (
            format_date(item.received_on, language()),
            kind_label(item.kind),
            format_rupiah(item.amount_rupiah),
            self._earmark(item),
            self._what(item, full=role == Qt.ItemDataRole.ToolTipRole),
            item.document_name,
        )[column]

    def _earmark(self, item: ContributionRow) -> str:
        if item.kind is ContributionKind.IN_KIND:
            return ""  # things go into the store, not to a purpose
        if item.cohort_id is not None:
            return self.tr("Cohort %1").replace("%1", item.earmark)
        if item.programme_id is not None:
            return self.tr("Programme %1").replace("%1", item.earmark)
        return self.tr("The centre in general")

    def _what(self, item: ContributionRow, *, full: bool) -> str:
        parts = [item_text(line) for line in item.items]
        if item.description:
            parts.append(item.description if full else item.description.splitlines()[0])
        return ("\n" if full else "; ").join(parts)
