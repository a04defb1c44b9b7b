"""`pelita inventory …`: equipment and materials without a window, through the same services
as the inventory page (admins only; every change audited, stock only ever through the ledger).

    pelita inventory list [--low] [--kind equipment|consumable] [--location PLACE] [--search T]
    pelita inventory locations [--all]            pelita inventory add-location NAME [--branch B]
    pelita inventory add-item NAME --kind equipment|consumable [--unit U] [--reorder Q] ...
    pelita inventory receive ITEM PLACE QUANTITY [--purchase] [--date dd/mm/yyyy]
    pelita inventory move ITEM FROM TO QUANTITY   pelita inventory write-off ITEM PLACE Q --reason
    pelita inventory labels FILE.pdf [ITEM...]    pelita inventory export FILE.xlsx|FILE.csv

ITEM is an asset tag (INV-00001) or an item's name; PLACE a place's name ("Gudang", or
"Gudang (Cabang Sleman)" where two branches have one). QUANTITY as typed at the desk, in the
desk's language ("2,5" metres in Indonesian). Only the standard library is imported at the
top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, at_least, print_table
from desktop.cli_inventory_moves import (
    amount,
    export_items,
    item_filter,
    move_stock,
    receive_stock,
    write_labels,
    write_off_stock,
)
from desktop.cli_participants import _login, user_parser
from desktop.domain.errors import NotFound

if TYPE_CHECKING:
    from desktop.services.inventory_list import ItemRow

KINDS = ("equipment", "consumable")  # domain.inventory.ItemKind
UNITS = ("piece", "metre", "kg", "roll", "litre", "pack")  # domain.inventory.Unit
CONDITIONS = ("good", "fair", "needs_repair", "broken")  # domain.inventory.Condition


def add_inventory_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    parents = [common, user_parser()]
    inventory = commands.add_parser("inventory", help="equipment and materials (admins)")
    actions = inventory.add_subparsers(title="actions", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=parents, help="the items with their stock")
    _filters(listing)
    listing.set_defaults(handler=list_items)

    places = actions.add_parser("locations", parents=parents, help="the places things are kept")
    places.add_argument("--all", action="store_true", help="closed places too")
    places.set_defaults(handler=list_places)

    place = actions.add_parser("add-location", parents=parents, help="add a place")
    place.add_argument("name", metavar="NAME")
    place.add_argument("--branch", metavar="BRANCH", default="", help="for a centre with branches")
    place.set_defaults(handler=add_place)

    item = actions.add_parser(
        "add-item",
        parents=parents,
        help="add an item (nothing is in stock until it is received)",
        description="Add equipment (one by one, with an asset tag: the next INV-00001 when "
        "none is given) or a consumable counted in a unit.",
    )
    item.add_argument("name", metavar="NAME")
    item.add_argument("--kind", choices=KINDS, required=True)
    item.add_argument("--unit", choices=UNITS, default="piece", help="consumables' unit")
    item.add_argument("--reorder", metavar="QUANTITY", help="consumables: low at or below this")
    item.add_argument("--tag", metavar="TAG", default="", help="equipment's asset tag")
    item.add_argument("--serial", metavar="SERIAL", default="")
    item.add_argument("--condition", choices=CONDITIONS)
    item.add_argument("--sponsor", metavar="NAME", help="the sponsor who gave it")
    item.add_argument("--received", metavar="dd/mm/yyyy")
    item.add_argument("--value", metavar="RUPIAH", type=at_least(0))
    item.add_argument("--notes", metavar="TEXT", default="")
    item.set_defaults(handler=add_item)

    receive = actions.add_parser("receive", parents=parents, help="put received things in stock")
    _item_place_quantity(receive, "PLACE")
    receive.add_argument("--purchase", action="store_true", help="bought (default: donated)")
    receive.add_argument("--value", metavar="RUPIAH", type=at_least(0))
    receive.set_defaults(handler=receive_stock)

    move = actions.add_parser("move", parents=parents, help="move things to another place")
    move.add_argument("item", metavar="ITEM")
    move.add_argument("source", metavar="FROM")
    _item_place_quantity(move, "TO", item=False)
    move.set_defaults(handler=move_stock)

    write_off = actions.add_parser(
        "write-off", parents=parents, help="take damaged or lost things out of stock"
    )
    _item_place_quantity(write_off, "PLACE", reason_required=True)
    write_off.add_argument("--lost", action="store_true", help="lost (default: damaged)")
    write_off.set_defaults(handler=write_off_stock)

    labels = actions.add_parser(
        "labels",
        parents=parents,
        help="asset labels with QR codes, on A4 sheets of 3 x 8 (70 x 37 mm)",
        description="Write asset labels for the equipment named (default: all of it).",
    )
    labels.add_argument("file", metavar="FILE.pdf", type=Path)
    labels.add_argument("items", metavar="ITEM", nargs="*")
    labels.add_argument(
        "--skip", metavar="N", type=at_least(0), default=0, help="labels used on the sheet"
    )
    labels.add_argument("--language", choices=("id", "en"))
    labels.set_defaults(handler=write_labels)

    export = actions.add_parser("export", parents=parents, help="the list as xlsx or CSV")
    export.add_argument("file", metavar="FILE", type=Path, help="FILE.xlsx or FILE.csv")
    _filters(export)
    export.add_argument("--language", choices=("id", "en"), help="of headers and labels")
    export.set_defaults(handler=export_items)


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", metavar="TEXT", default="", help="in names, tags, serials")
    parser.add_argument("--kind", choices=KINDS)
    parser.add_argument("--location", metavar="PLACE", help="only what is kept there")
    parser.add_argument("--low", action="store_true", help="only what is at its reorder level")
    parser.add_argument("--retired", action="store_true", help="retired items too")


def _item_place_quantity(
    parser: argparse.ArgumentParser, place: str, *, item: bool = True, reason_required: bool = False
) -> None:
    if item:
        parser.add_argument("item", metavar="ITEM")
    parser.add_argument("place", metavar=place)
    parser.add_argument("quantity", metavar="QUANTITY")
    parser.add_argument("--date", metavar="dd/mm/yyyy", help="when (default: today)")
    parser.add_argument("--reason", metavar="TEXT", default="", required=reason_required)


# -- the commands ------------------------------------------------------------------------------


def list_items(args: argparse.Namespace, url: str) -> int:
    from desktop.services.inventory_list import list_items as rows_of

    db = _open(url)
    try:
        actor = _login(db, args.user)
        rows = rows_of(db, actor, item_filter(db, actor, args))
    finally:
        db.close()
    if not rows:
        print("No item matches." if args.search or args.kind or args.location or args.low else
              "The inventory is empty (see: pelita inventory add-item).")  # fmt: skip
        return 0
    print_table(
        ("Tag", "Name", "Kind", "Stock", "Where", "Notes"),
        (
            (
                row.asset_tag,
                row.name,
                row.kind.value,
                amount(row.stock_milli, row),
                row.location_label or (f"{row.places} places" if row.places > 1 else ""),
                _notes(row),
            )
            for row in rows
        ),
    )
    return 0


def _notes(row: ItemRow) -> str:
    notes = []
    if row.low:
        notes.append(f"low (reorder at {amount(row.reorder_milli, row)})")
    if row.on_loan:
        notes.append("on loan")
    if row.condition and row.condition != "good":
        notes.append(row.condition.replace("_", " "))
    if not row.active:
        notes.append("retired")
    return ", ".join(notes)


def list_places(args: argparse.Namespace, url: str) -> int:
    from desktop.services.inventory_locations import list_locations

    db = _open(url)
    try:
        places = list_locations(db, _login(db, args.user), include_inactive=args.all)
    finally:
        db.close()
    if not places:
        print("No places yet (see: pelita inventory add-location).")
        return 0
    print_table(
        ("Place", "Branch", "Open"),
        ((row.name, row.branch, "yes" if row.active else "no") for row in places),
    )
    return 0


def add_place(args: argparse.Namespace, url: str) -> int:
    from desktop.services.inventory_locations import create_location

    db = _open(url)
    try:
        row = create_location(db, _login(db, args.user), args.name, args.branch)
    finally:
        db.close()
    print(f"Added the place {row.label}.")
    return 0


def add_item(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_certificates_issue import parse_issue_date
    from desktop.config import load_config
    from desktop.domain.inventory import Condition, ItemKind, Unit, parse_quantity
    from desktop.services.inventory_items import ItemInput, create_item
    from desktop.services.inventory_list import item_detail
    from desktop.services.sponsors import list_sponsors

    unit = Unit(args.unit)
    reorder = parse_quantity(args.reorder, unit, "reorder", load_config().language) if (
        args.reorder) else 0  # fmt: skip
    db = _open(url)
    try:
        actor = _login(db, args.user)
        sponsor_id = None
        if args.sponsor:
            wanted = " ".join(args.sponsor.casefold().split())
            sponsor = [s for s in list_sponsors(db, actor) if s.name.casefold() == wanted]
            if not sponsor:
                raise NotFound("There is no sponsor called {text}.", "sponsor", text=args.sponsor)
            sponsor_id = sponsor[0].id
        data = ItemInput(
            kind=ItemKind(args.kind),
            name=args.name,
            unit=unit,
            reorder_milli=reorder,
            asset_tag=args.tag,
            serial_number=args.serial,
            condition=Condition(args.condition) if args.condition else None,
            sponsor_id=sponsor_id,
            received_on=parse_issue_date(args.received),
            value_rupiah=args.value,
            notes=args.notes,
        )
        row = item_detail(db, actor, create_item(db, actor, data)).item
    finally:
        db.close()
    tag = f" with the asset tag {row.asset_tag}" if row.asset_tag else ""
    print(f"Added {row.name}{tag}. Nothing is in stock yet: pelita inventory receive.")
    return 0
