"""The register of certificates (buku induk) as a table, and one entry in full as the page's
detail area and the verify dialog show it.

The register page holds at most `certificate_register.PAGE_MAX` entries (a search narrows
it), so the model keeps the entries of one `search` call whole, like the programmes list.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QFont

from desktop.domain.certificate import CertificateStatus
from desktop.domain.errors import PelitaError
from desktop.domain.formatting import format_date
from desktop.gui.formatting import language, show_date_time
from desktop.gui.i18n import translate, translated
from desktop.gui.row_list_model import RowListModel
from desktop.services import certificate_register
from desktop.services.certificate_register import RegisterEntry
from desktop.services.context import Actor

if TYPE_CHECKING:  # the GUI holds the open database but never opens a session on it
    from desktop.store.database import Database

# The style sheet's colours: hint grey, error red, warning amber (WCAG AA on white).
GREY = QColor("#52606d")
RED = QColor("#b3261e")
AMBER = QColor("#7a4100")
# Service texts about certificates are marked in their own context, a few in the shared one.
CONTEXTS = ("certificates", "messages", "attendance")


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    PROGRAMME = 2
    COHORT = 3
    ISSUED = 4
    STATUS = 5
    CODE = 6


def certificate_text(text: str, params: Mapping[str, object] | None = None) -> str:
    """A message id from the certificate services in the person's language, filled in."""
    return translated(text, params or {}, CONTEXTS)


def certificate_error(error: PelitaError) -> str:
    return certificate_text(error.text, error.params)


def status_text(status: CertificateStatus) -> str:
    return QCoreApplication.translate("certificates", status.label)


def day_text(value: object) -> str:
    return format_date(value, language()) if isinstance(value, date) else ""


class CertificatesTableModel(RowListModel):
    def set_entries(self, entries: list[RegisterEntry]) -> None:
        self.replace_rows(entries)

    def entry_at(self, row: int) -> RegisterEntry | None:
        entry: RegisterEntry | None = self.item_at(row)
        return entry

    def entries(self) -> list[RegisterEntry]:
        return list(self._rows)

    def titles(self) -> list[str]:
        return [self.tr("Number"), self.tr("Name"), self.tr("Programme"), self.tr("Cohort"),
                self.tr("Issued on"), self.tr("Status"), self.tr("Verification code")]  # fmt: skip

    def cell(self, item: RegisterEntry, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(item, Column(column))
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(item, Column(column))
        if role == Qt.ItemDataRole.FontRole and item.status is CertificateStatus.REVOKED:
            # Struck through like a cancelled line in the paper register, but still readable.
            font = QFont()
            font.setStrikeOut(column != Column.STATUS)
            font.setBold(column == Column.STATUS)
            return font
        return None

    @staticmethod
    def _colour(item: RegisterEntry, column: Column) -> QColor | None:
        if item.status is CertificateStatus.ISSUED:
            return None
        if column == Column.STATUS:
            return RED if item.status is CertificateStatus.REVOKED else AMBER
        return GREY

    def _text(self, entry: RegisterEntry, column: Column) -> str:
        if column == Column.NUMBER:
            return entry.number
        if column == Column.NAME:
            return entry.full_name
        if column == Column.PROGRAMME:
            return entry.programme_name
        if column == Column.COHORT:
            return entry.cohort_code
        if column == Column.ISSUED:
            return day_text(entry.issue_date)
        if column == Column.STATUS:
            return status_text(entry.status)
        return entry.verify_code


def entry_facts(entry: RegisterEntry, numbers: Mapping[int, str]) -> list[tuple[str, str]]:
    """(label, value) lines of an entry; `numbers` gives the number of a linked certificate
    (the one it replaced, the one that replaced it) by id, when known."""
    hours = translate("CertificateEntry", "%1 JP").replace("%1", QLocale().toString(entry.hours_jp))
    facts = [
        (translate("CertificateEntry", "Number"), entry.number),
        (translate("CertificateEntry", "Name"), entry.full_name),
        (translate("CertificateEntry", "Place and date of birth"), entry.birth or "—"),
        (translate("CertificateEntry", "Programme"), entry.programme_name),
        (translate("CertificateEntry", "Cohort"), entry.cohort_code),
        (
            translate("CertificateEntry", "Training"),
            f"{day_text(entry.start_date)} – {day_text(entry.end_date)}",
        ),
        (translate("CertificateEntry", "Hours"), hours),
        (translate("CertificateEntry", "Issued on"), day_text(entry.issue_date)),
        (translate("CertificateEntry", "Issued by"), entry.issued_by or "—"),
        (translate("CertificateEntry", "Status"), status_text(entry.status)),
        (translate("CertificateEntry", "Verification code"), entry.verify_code),
    ]
    if entry.override_reason:
        facts.append((translate("CertificateEntry", "Issued by override"), entry.override_reason))
    if entry.supersedes_id is not None:
        if entry.supersedes_id in numbers:
            facts.append((translate("CertificateEntry", "Replaces"), numbers[entry.supersedes_id]))
        reason = entry.reissue_reason or "—"
        facts.append((translate("CertificateEntry", "Reason for re-issue"), reason))
    if entry.superseded_by_id in numbers:
        successor = numbers[entry.superseded_by_id or 0]
        facts.append((translate("CertificateEntry", "Replaced by"), successor))
    if entry.status is CertificateStatus.REVOKED:
        facts.append(
            (translate("CertificateEntry", "Revoked on"), show_date_time(entry.revoked_at))
        )
        facts.append(
            (translate("CertificateEntry", "Reason for revoking"), entry.revoked_reason or "—")
        )
    facts.append((translate("CertificateEntry", "SHA-256 of the PDF"), entry.sha256))
    return facts


def facts_table(facts: list[tuple[str, str]]) -> str:
    e = html.escape
    rows = "".join(
        f"<tr><td style='color:#52606d; padding-right:12px'>{e(label)}</td><td>{e(value)}</td></tr>"
        for label, value in facts
    )
    return f"<table cellpadding='2'>{rows}</table>"


def entry_html(entry: RegisterEntry, numbers: Mapping[int, str], heading: bool = True) -> str:
    """The entry in full, with its status said first when it is no longer in force."""
    e = html.escape
    parts = [f"<h3>{e(entry.number)} — {e(entry.full_name)}</h3>"] if heading else []
    if entry.status is CertificateStatus.SUPERSEDED:
        successor = numbers.get(entry.superseded_by_id or 0)
        if successor:
            text = translate("CertificateEntry", "Superseded: replaced by certificate %1.")
            text = text.replace("%1", successor)
        else:
            text = translate("CertificateEntry", "Superseded: replaced by a newer certificate.")
        parts.append(f"<p style='color:#7a4100; font-weight:600'>{e(text)}</p>")
    elif entry.status is CertificateStatus.REVOKED:
        text = translate("CertificateEntry", "Revoked: %1").replace("%1", entry.revoked_reason)
        parts.append(f"<p style='color:#b3261e; font-weight:600'>{e(text)}</p>")
    parts.append(facts_table(entry_facts(entry, numbers)))
    return "".join(parts)


def linked_numbers(db: Database, actor: Actor, entry: RegisterEntry) -> dict[int, str]:
    """The numbers of the certificates `entry` replaced and was replaced by, by id (on the
    worker: each is a call to the register)."""
    linked = (entry.supersedes_id, entry.superseded_by_id)
    return {
        linked_id: certificate_register.entry(db, actor, linked_id).number
        for linked_id in linked
        if linked_id is not None
    }
