"""`pelita stock-take sheet|apply` (added by desktop.cli_inventory_loans.add_loan_commands),
and what the loans, stock-take and materials commands share: finding a place by ID or name,
and reading dates and quantities as people type them.

The stock-take file is a CSV (`;` or `,`, UTF-8 with or without BOM) with the columns
`item_id` and `counted`, as `sheet --csv` writes it with the expected quantities beside them;
rows with `counted` left empty are not counted. Quantities as typed: 2,5 or 2.5.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, print_table
from desktop.cli_participants import _login
from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.services.inventory_locations import LocationRow
    from desktop.store.database import Database

CSV_COLUMNS = ("item_id", "name", "asset_tag", "unit", "expected", "counted")


def add_stock_take_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    take = commands.add_parser("stock-take", help="count sheets and counts of a place")
    actions = take.add_subparsers(title="actions", metavar="ACTION", required=True)
    sheet = actions.add_parser(
        "sheet", parents=parents, help="the count sheet of a place (PDF to print, CSV to fill)"
    )
    sheet.add_argument("place", metavar="PLACE")
    sheet.add_argument("--pdf", metavar="FILE", type=Path, help="write the printable sheet")
    sheet.add_argument("--csv", metavar="FILE", type=Path, help="write the sheet to fill in")
    sheet.add_argument("--language", choices=("id", "en"), default="id")
    sheet.set_defaults(handler=write_sheet)
    apply = actions.add_parser(
        "apply",
        parents=parents,
        help="record the counts: differences become adjustments",
        description="Record a count of PLACE from FILE.csv (columns item_id and counted). "
        "Every item counted differently from the ledger gets an adjustment; all or nothing.",
    )
    apply.add_argument("place", metavar="PLACE")
    apply.add_argument("file", metavar="FILE.csv", type=Path)
    apply.add_argument("--date", metavar="DATE", help="the day of the count (default: today)")
    apply.add_argument("--note", metavar="TEXT", default="", help="e.g. year-end count")
    apply.set_defaults(handler=apply_counts)


# -- shared -------------------------------------------------------------------------------------


def day(text: str, field: str) -> date:
    """dd/mm/yyyy as people type it, or YYYY-MM-DD."""
    from desktop.domain.formatting import parse_date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return parse_date(text, field)


def quantity_text(text: str, field: str = "quantity") -> int:
    """A quantity as typed ("2,5", "2.5", "-1", "0") in thousandths; the services judge it
    against the item's unit, so a fraction of a piece is refused there, by name."""
    from desktop.domain.inventory import Unit, parse_quantity

    raw = text.strip()
    negative = raw.startswith("-")
    body = raw.lstrip("-").strip()
    if re.fullmatch(r"0+(?:[.,]0*)?", body):
        return 0
    milli = parse_quantity(body, Unit.METRE, field)  # a unit that takes fractions
    return -milli if negative else milli


def find_place(db: Database, actor: Actor, text: str) -> LocationRow:
    """A place by its ID, its name or its label ("Gudang (Cabang Sleman)"), case aside."""
    from desktop.services.inventory_locations import list_locations

    places = list_locations(db, actor, include_inactive=True)
    wanted = " ".join(text.split()).casefold()
    for place in places:
        if wanted in (str(place.id), place.label.casefold()):
            return place
    named = [place for place in places if place.name.casefold() == wanted]
    if len(named) == 1:
        return named[0]
    raise NotFound(
        "There is no single place called {text}; give its ID or its name with the branch.",
        "location",
        text=text,
    )


def amount_text(milli: int, unit: str) -> str:
    """ "2.5 metre": quantities as the commands print them (English, like their other text)."""
    from desktop.domain.inventory import format_quantity

    return f"{format_quantity(milli, 'en')} {unit}".strip()


def write(path: Path, data: bytes) -> None:
    from desktop.cli_certificates_register import write_file

    write_file(path, data)
    print(f"Written: {path}")


# -- stock take ---------------------------------------------------------------------------------


def write_sheet(args: argparse.Namespace, url: str) -> int:
    from desktop.services.inventory_stock_take import count_sheet, count_sheet_pdf

    if args.pdf is None and args.csv is None:
        raise ValidationError("Give --pdf FILE, --csv FILE or both.", "file")
    db = _open(url)
    try:
        actor = _login(db, args.user)
        place = find_place(db, actor, args.place)
        sheet = count_sheet(db, actor, place.id)
        pdf = count_sheet_pdf(db, actor, place.id, language=args.language) if args.pdf else None
    finally:
        db.close()
    if pdf is not None:
        write(args.pdf, pdf)
    if args.csv is not None:
        text = io.StringIO()
        writer = csv.writer(text, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        for line in sheet.lines:
            expected = amount_text(line.expected_milli, "")
            writer.writerow(
                (line.item_id, line.name, line.asset_tag, line.unit.value, expected, "")
            )
        write(args.csv, text.getvalue().encode("utf-8-sig"))
    print(f"{place.label}: {len(sheet.lines)} items expected.")
    return 0


def read_counts(path: Path) -> dict[int, int]:
    """item id → counted, from the CSV; refused naming the row at fault."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise ValidationError(
            "{file} cannot be read: {why}.", "file", file=str(path), why=error.strerror
        ) from None
    except UnicodeDecodeError:
        raise ValidationError("{file} is not UTF-8 text.", "file", file=str(path)) from None
    delimiter = ";" if text.count(";") >= text.count(",") else ","
    counts: dict[int, int] = {}
    for number, row in enumerate(csv.DictReader(io.StringIO(text), delimiter=delimiter), start=2):
        cells = {
            (key or "").strip().casefold(): (value or "").strip() for key, value in row.items()
        }
        if "item_id" not in cells or "counted" not in cells:
            raise ValidationError(
                "{file} needs the columns item_id and counted.", "file", file=str(path)
            )
        if not cells["counted"]:
            continue
        if not cells["item_id"].isdigit():
            raise ValidationError(
                "Row {row}: {text} is not an item ID.", "file", row=number, text=cells["item_id"]
            )
        counts[int(cells["item_id"])] = quantity_text(cells["counted"], f"row {number}")
    return counts


def apply_counts(args: argparse.Namespace, url: str) -> int:
    from desktop.services.inventory_stock_take import apply_stock_take

    counts = read_counts(args.file)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        counted_on = day(args.date, "counted_on") if args.date else db.clock().astimezone().date()
        place = find_place(db, actor, args.place)
        result = apply_stock_take(db, actor, place.id, counted_on, counts, args.note)
    finally:
        db.close()
    print(
        f"Stock take {result.stock_take_id} of {result.location_label}: {result.items_counted} "
        f"items counted, {len(result.differences)} adjusted."
    )
    if result.differences:
        print_table(
            ("Item", "Expected", "Counted", "Difference"),
            (
                (
                    d.name,
                    amount_text(d.expected_milli, d.unit.value),
                    amount_text(d.counted_milli, d.unit.value),
                    ("+" if d.difference_milli > 0 else "") + amount_text(d.difference_milli, ""),
                )
                for d in result.differences
            ),
        )
    return 0
