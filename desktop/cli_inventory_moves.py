"""`pelita inventory receive|move|write-off|labels|export`, and finding items and places by
what people call them: an item by its asset tag or its name, a place by its name (or "name
(branch)" where two branches have one). The parser is in desktop.cli_inventory. Only the
standard library is imported at the top.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli_admin import _open
from desktop.cli_participants import _login
from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from datetime import date

    from desktop.services.context import Actor
    from desktop.services.inventory_list import ItemFilter, ItemRow
    from desktop.store.database import Database


# -- finding things by what people call them ------------------------------------------------------


def find_item(db: Database, actor: Actor, text: str) -> ItemRow:
    """The item with this asset tag, or else with this name (one of them)."""
    from desktop.domain.inventory import name_key
    from desktop.services.inventory_list import ItemFilter, list_items

    rows = list_items(db, actor, ItemFilter(text=text))
    tagged = [row for row in rows if row.asset_tag and row.asset_tag == text.strip().upper()]
    named = [row for row in rows if name_key(row.name) == name_key(text)]
    found = tagged or named
    if len(found) > 1:
        tags = ", ".join(row.asset_tag for row in found)
        raise ValidationError(
            "Several items are called {text} ({tags}); name one by its asset tag.",
            "item",
            text=text,
            tags=tags,
        )
    if not found:
        raise NotFound(
            "There is no item with the asset tag or name {text} (see: pelita inventory list).",
            "item",
            text=text,
        )
    return found[0]


def find_place(db: Database, actor: Actor, text: str) -> int:
    """The place with this name, or this "name (branch)" where two branches have one."""
    from desktop.domain.inventory import name_key
    from desktop.services.inventory_locations import list_locations

    places = list_locations(db, actor, include_inactive=True)
    found = [row for row in places if name_key(row.label) == name_key(text)]
    found = found or [row for row in places if name_key(row.name) == name_key(text)]
    if len(found) > 1:
        raise ValidationError(
            "There is a {text} at several branches; name it as {label}.",
            "location",
            text=text,
            label=found[0].label,
        )
    if not found:
        raise NotFound(
            "There is no place called {text} (see: pelita inventory locations).",
            "location",
            text=text,
        )
    return found[0].id


def quantity_of(text: str, item: ItemRow) -> int:
    from desktop.config import load_config
    from desktop.domain.inventory import parse_quantity

    return parse_quantity(text, item.unit, "quantity", load_config().language)


def day(text: str | None) -> date:
    """--date as typed, or today."""
    from datetime import date

    from desktop.cli_certificates_issue import parse_issue_date

    return parse_issue_date(text) or date.today()


def amount(milli: int, item: ItemRow) -> str:
    from desktop.domain.inventory import format_quantity

    return f"{format_quantity(milli, 'en')} {item.unit.value}"


def item_filter(db: Database, actor: Actor, args: argparse.Namespace) -> ItemFilter:
    from desktop.domain.inventory import ItemKind
    from desktop.services.inventory_list import ItemFilter

    return ItemFilter(
        text=args.search,
        kind=ItemKind(args.kind) if args.kind else None,
        location_id=find_place(db, actor, args.location) if args.location else None,
        low_only=args.low,
        include_retired=args.retired,
    )


# -- the commands ------------------------------------------------------------------------------


def receive_stock(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.inventory import MovementKind
    from desktop.services.inventory_list import item_detail
    from desktop.services.inventory_moves import receive

    kind = MovementKind.PURCHASED if args.purchase else MovementKind.DONATED
    db = _open(url)
    try:
        actor = _login(db, args.user)
        item = find_item(db, actor, args.item)
        place = find_place(db, actor, args.place)
        quantity = quantity_of(args.quantity, item)
        receive(db, actor, item.id, place, quantity, kind, day(args.date), args.reason,
                value_rupiah=args.value)  # fmt: skip
        now = item_detail(db, actor, item.id).item
    finally:
        db.close()
    total = amount(now.stock_milli, now)
    print(f"Received {amount(quantity, item)} of {item.name}; in stock: {total}.")
    return 0


def move_stock(args: argparse.Namespace, url: str) -> int:
    from desktop.services.inventory_moves import move

    db = _open(url)
    try:
        actor = _login(db, args.user)
        item = find_item(db, actor, args.item)
        source, target = find_place(db, actor, args.source), find_place(db, actor, args.place)
        quantity = quantity_of(args.quantity, item)
        move(db, actor, item.id, source, target, quantity, day(args.date), args.reason)
    finally:
        db.close()
    print(f"Moved {amount(quantity, item)} of {item.name} from {args.source} to {args.place}.")
    return 0


def write_off_stock(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.inventory import MovementKind
    from desktop.services.inventory_moves import write_off

    kind = MovementKind.LOST if args.lost else MovementKind.DAMAGED
    db = _open(url)
    try:
        actor = _login(db, args.user)
        item = find_item(db, actor, args.item)
        place = find_place(db, actor, args.place)
        quantity = quantity_of(args.quantity, item)
        write_off(db, actor, item.id, place, quantity, kind, day(args.date), args.reason)
    finally:
        db.close()
    print(f"Wrote off {amount(quantity, item)} of {item.name} ({kind.value}): {args.reason}")
    return 0


def write_labels(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_certificates_register import write_file
    from desktop.domain.inventory import ItemKind
    from desktop.services.inventory_labels import asset_labels
    from desktop.services.inventory_list import ItemFilter
    from desktop.services.inventory_list import list_items as rows_of

    db = _open(url)
    try:
        actor = _login(db, args.user)
        if args.items:
            ids = [find_item(db, actor, text).id for text in args.items]
        else:
            ids = [row.id for row in rows_of(db, actor, ItemFilter(kind=ItemKind.EQUIPMENT))]
        data = asset_labels(db, actor, ids, skip=args.skip, language=args.language)
    finally:
        db.close()
    write_file(args.file, data)
    print(f"Written: {args.file} (labels: {len(ids)})")
    return 0


def export_items(args: argparse.Namespace, url: str) -> int:
    from desktop.services.inventory_export import export_inventory

    db = _open(url)
    try:
        actor = _login(db, args.user)
        flt = item_filter(db, actor, args)
        count = export_inventory(db, actor, args.file, flt, language=args.language)
    finally:
        db.close()
    print(f"Exported {count} item{'' if count == 1 else 's'} to {args.file}")
    return 0
