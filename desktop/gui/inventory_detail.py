"""One item in full under the inventory list: its facts, its stock per place, its maintenance
notes and its latest movements, as the page's detail area shows them (HTML for a QTextBrowser,
every value escaped)."""

from __future__ import annotations

import html

from desktop.domain.formatting import format_date
from desktop.domain.inventory import ItemKind
from desktop.gui.formatting import language
from desktop.gui.i18n import translate
from desktop.gui.inventory_fields import (
    condition_text,
    kind_text,
    movement_text,
    quantity_text,
    rupiah_text,
)
from desktop.services.inventory_list import ItemDetail, MovementRow

GREY = "#52606d"
AMBER = "#7a4100"


def _table(rows: list[list[str]], head: list[str] | None = None) -> str:
    e = html.escape
    cells = "".join(
        f"<th align='left' style='color:{GREY}; padding-right:12px'>{e(title)}</th>"
        for title in head or []
    )
    body = "".join(
        "<tr>" + "".join(f"<td style='padding-right:12px'>{e(v)}</td>" for v in row) + "</tr>"
        for row in rows
    )
    return f"<table cellpadding='2'>{'<tr>' + cells + '</tr>' if head else ''}{body}</table>"


def _facts(detail: ItemDetail) -> list[tuple[str, str]]:
    item = detail.item
    facts = [(translate("InventoryDetail", "Kind"), kind_text(item.kind))]
    if item.kind is ItemKind.EQUIPMENT:
        facts += [
            (translate("InventoryDetail", "Asset tag"), item.asset_tag),
            (translate("InventoryDetail", "Serial number"), item.serial_number or "—"),
            (translate("InventoryDetail", "Condition"), condition_text(item.condition)),
            (translate("InventoryDetail", "Value"), rupiah_text(item.value_rupiah) or "—"),
        ]
        if detail.received_on is not None:
            received = format_date(detail.received_on, language())
            facts.append((translate("InventoryDetail", "Received on"), received))
    else:
        facts.append(
            (translate("InventoryDetail", "Stock"), quantity_text(item.stock_milli, item.unit))
        )
        reorder = quantity_text(item.reorder_milli, item.unit) if item.reorder_milli else "—"
        facts.append((translate("InventoryDetail", "Reorder level"), reorder))
        per_unit = rupiah_text(item.value_rupiah) or "—"
        facts.append((translate("InventoryDetail", "Value of one unit"), per_unit))
    facts.append((translate("InventoryDetail", "Sponsor"), item.sponsor_name or "—"))
    if item.on_loan:
        facts.append((translate("InventoryDetail", "On loan"), translate("InventoryDetail", "Yes")))
    if detail.item_notes:
        facts.append((translate("InventoryDetail", "Notes"), detail.item_notes))
    return facts


def _movement(row: MovementRow, detail: ItemDetail) -> list[str]:
    what = movement_text(row.kind)
    for extra in (row.cohort_code, row.participant_name):
        if extra:
            what = f"{what}: {extra}"
    amount = quantity_text(abs(row.quantity_milli), detail.item.unit)
    signed = f"+{amount}" if row.quantity_milli > 0 else f"−{amount}"
    day = format_date(row.occurred_on, language())
    return [day, what, signed, row.location_label, row.reason, row.recorded_by]


def detail_html(detail: ItemDetail) -> str:
    e, item = html.escape, detail.item
    title = f"{item.name} ({item.asset_tag})" if item.asset_tag else item.name
    parts = [f"<h3>{e(title)}</h3>"]
    if not item.active:
        retired = translate("InventoryDetail", "Retired: kept for the record, no longer in use.")
        parts.append(f"<p style='color:{GREY}; font-weight:600'>{e(retired)}</p>")
    if item.low:
        text = translate("InventoryDetail", "Low on stock: %1 left, reorder at %2.")
        text = text.replace("%1", quantity_text(item.stock_milli, item.unit))
        text = text.replace("%2", quantity_text(item.reorder_milli, item.unit))
        parts.append(f"<p style='color:{AMBER}; font-weight:600'>⚠ {e(text)}</p>")
    # The headings are looked up outside the f-strings: lupdate does not look inside them.
    none_text = translate("InventoryDetail", "None.")
    none = f"<p style='color:{GREY}'>{e(none_text)}</p>"
    per_place = translate("InventoryDetail", "Stock per place")
    maintenance = translate("InventoryDetail", "Maintenance notes")
    latest = translate("InventoryDetail", "Latest movements")
    # Facts on the left, where it is and its notes on the right: the panel is wide and low.
    side = [f"<h4>{e(per_place)}</h4>"]
    if detail.places:
        places = [[p.label, quantity_text(p.quantity_milli, item.unit)] for p in detail.places]
        side.append(_table(places))
    else:
        side.append(none)
    side.append(f"<h4>{e(maintenance)}</h4>")
    if detail.notes:
        notes = [[format_date(n.noted_on, language()), n.note, n.recorded_by] for n in detail.notes]
        side.append(_table(notes))
    else:
        side.append(none)
    facts = _table([[label, value] for label, value in _facts(detail)])
    parts.append(
        "<table width='100%' cellspacing='0'><tr>"
        f"<td valign='top' width='45%'>{facts}</td><td valign='top'>{''.join(side)}</td>"
        "</tr></table>"
    )
    parts.append(f"<h4>{e(latest)}</h4>")
    if detail.movements:
        head = [translate("InventoryDetail", "Date"), translate("InventoryDetail", "What"),
                translate("InventoryDetail", "Quantity"), translate("InventoryDetail", "Place"),
                translate("InventoryDetail", "Reason"),
                translate("InventoryDetail", "Recorded by")]  # fmt: skip
        parts.append(_table([_movement(row, detail) for row in detail.movements], head))
    else:
        parts.append(none)
    return "".join(parts)
