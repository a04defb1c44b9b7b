"""`pelita loans …`, `pelita stock-take …` and `pelita materials …`: loans and starter kits,
stock takes and a cohort's materials without a window, through the same services
(desktop.services.inventory_loans, inventory_stock_take, cohort_materials). Administrators.

    pelita loans list [--all] [--overdue] [--handovers] [--participant ID] [--item ID]
    pelita loans overdue
    pelita loans lend ITEM PARTICIPANT --from PLACE --due DATE [--condition C] [--notes T]
    pelita loans hand-over ITEM PARTICIPANT QUANTITY --from PLACE [--pdf FILE]
    pelita loans return LOAN --to PLACE [--condition C] [--notes T]
    pelita loans handover-pdf LOAN OUT.pdf [--language id|en]
    pelita stock-take sheet PLACE [--pdf FILE] [--csv FILE]
    pelita stock-take apply PLACE FILE.csv [--date DATE] [--note TEXT]
    pelita materials plan COHORT
    pelita materials issue COHORT [--date DATE]

Items and participants are named by their ID, a loan by its number in `loans list`, a place
by its ID or its name ("Gudang", or "Gudang (Cabang Sleman)"), a cohort by its code. Dates are
dd/mm/yyyy (or YYYY-MM-DD); the default is today. Each command logs in with --user. The
stock-take commands are in desktop.cli_stock_take, the materials commands in
desktop.cli_cohort_materials.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, at_least, print_table
from desktop.cli_certificates_register import write_file
from desktop.cli_cohort_materials import add_material_commands
from desktop.cli_participants import _login, user_parser
from desktop.cli_stock_take import add_stock_take_commands, day, find_place, quantity_text

if TYPE_CHECKING:
    from desktop.services.inventory_loans import LoanRow

CONDITIONS = ("good", "fair", "needs_repair", "broken")  # domain.inventory.Condition


def add_loan_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    """Add `loans`, `stock-take` and `materials` to pelita's commands."""
    parents = [common, user_parser()]
    loans = commands.add_parser("loans", help="equipment lent and starter kits handed over")
    actions = loans.add_subparsers(title="actions", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=parents, help="loans still out (or all)")
    listing.add_argument("--all", action="store_true", help="returned loans and handovers too")
    listing.add_argument("--overdue", action="store_true", help="only loans past their due date")
    listing.add_argument("--handovers", action="store_true", help="only handovers")
    listing.add_argument("--participant", metavar="ID", type=at_least(1))
    listing.add_argument("--item", metavar="ID", type=at_least(1))
    listing.set_defaults(handler=list_loans)

    overdue = actions.add_parser("overdue", parents=parents, help="loans past their due date")
    overdue.set_defaults(handler=list_overdue)

    lend = actions.add_parser("lend", parents=parents, help="lend a piece of equipment")
    lend.add_argument("item", metavar="ITEM", type=at_least(1))
    lend.add_argument("participant", metavar="PARTICIPANT", type=at_least(1))
    lend.add_argument("--from", dest="place", metavar="PLACE", required=True)
    lend.add_argument("--due", metavar="DATE", required=True, help="when it is to come back")
    lend.add_argument("--date", metavar="DATE", help="when it goes out (default: today)")
    lend.add_argument("--condition", choices=CONDITIONS, default="good")
    lend.add_argument("--notes", metavar="TEXT", default="")
    lend.add_argument("--cohort", metavar="CODE", help="the cohort it is lent within")
    lend.set_defaults(handler=lend_item)

    give = actions.add_parser(
        "hand-over",
        parents=parents,
        help="hand equipment or a starter kit over for good (numbered handover record)",
    )
    give.add_argument("item", metavar="ITEM", type=at_least(1))
    give.add_argument("participant", metavar="PARTICIPANT", type=at_least(1))
    give.add_argument("quantity", metavar="QUANTITY", help="in the item's unit, e.g. 2,5")
    give.add_argument("--from", dest="place", metavar="PLACE", required=True)
    give.add_argument("--date", metavar="DATE", help="the day of the handover (default: today)")
    give.add_argument("--notes", metavar="TEXT", default="")
    give.add_argument("--cohort", metavar="CODE", help="the cohort it is given within")
    give.add_argument("--pdf", metavar="FILE", type=Path, help="also write the handover record")
    give.set_defaults(handler=hand_over_item)

    back = actions.add_parser("return", parents=parents, help="a loan comes back")
    back.add_argument("loan", metavar="LOAN", type=at_least(1))
    back.add_argument("--to", dest="place", metavar="PLACE", required=True)
    back.add_argument("--date", metavar="DATE", help="the day it came back (default: today)")
    back.add_argument("--condition", choices=CONDITIONS, default="good")
    back.add_argument("--notes", metavar="TEXT", default="")
    back.set_defaults(handler=return_item)

    record = actions.add_parser(
        "handover-pdf", parents=parents, help="write a handover's record (berita acara) as PDF"
    )
    record.add_argument("loan", metavar="LOAN", type=at_least(1))
    record.add_argument("output", metavar="OUT.pdf", type=Path)
    record.add_argument("--language", choices=("id", "en"), default="id")
    record.set_defaults(handler=write_handover_pdf)

    add_stock_take_commands(commands, parents)
    add_material_commands(commands, parents)


def list_loans(args: argparse.Namespace, url: str) -> int:
    from desktop.services.inventory_loans import LoanFilter, LoanKind, list_loans

    flt = LoanFilter(
        open_only=not (args.all or args.handovers),
        overdue_only=args.overdue,
        participant_id=args.participant,
        item_id=args.item,
        kind=LoanKind.HANDOVER if args.handovers else None,
    )
    db = _open(url)
    try:
        actor = _login(db, args.user)
        rows = list_loans(db, actor, flt, db.clock().astimezone().date())
    finally:
        db.close()
    print_loans(rows, "No loans match." if args.all or args.handovers else "No loans are out.")
    return 0


def list_overdue(args: argparse.Namespace, url: str) -> int:
    from desktop.services.inventory_loans import overdue_loans

    db = _open(url)
    try:
        actor = _login(db, args.user)
        rows = overdue_loans(db, actor, db.clock().astimezone().date())
    finally:
        db.close()
    print_loans(rows, "No loan is overdue.")
    return 0


def lend_item(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_training_enrol import cohort_by_code
    from desktop.domain.inventory import Condition
    from desktop.services.inventory_loans import lend

    due = day(args.due, "due_on")
    db = _open(url)
    try:
        actor = _login(db, args.user)
        today = db.clock().astimezone().date()
        place = find_place(db, actor, args.place)
        cohort = cohort_by_code(db, actor, args.cohort).id if args.cohort else None
        row = lend(
            db,
            actor,
            args.item,
            args.participant,
            place.id,
            day(args.date, "out_on") if args.date else today,
            due,
            Condition(args.condition),
            args.notes,
            cohort,
        )
    finally:
        db.close()
    print(
        f"Loan {row.id}: {row.item_name} lent to {row.participant_name} until "
        f"{row.due_on:%d/%m/%Y}."
    )
    return 0


def hand_over_item(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_training_enrol import cohort_by_code
    from desktop.services.inventory_loans import hand_over, handover_pdf

    milli = quantity_text(args.quantity)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        today = db.clock().astimezone().date()
        place = find_place(db, actor, args.place)
        cohort = cohort_by_code(db, actor, args.cohort).id if args.cohort else None
        handed_on = day(args.date, "out_on") if args.date else today
        row = hand_over(
            db, actor, args.item, args.participant, place.id, milli, handed_on, args.notes, cohort
        )
        pdf = handover_pdf(db, actor, row.id) if args.pdf else None
    finally:
        db.close()
    print(
        f"{row.number}: {amount(row)} {row.item_name} handed over to {row.participant_name} "
        f"(loan {row.id})."
    )
    if pdf is not None:
        write_file(args.pdf, pdf)
        print(f"Written: {args.pdf}")
    return 0


def return_item(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.inventory import Condition
    from desktop.services.inventory_loans import return_loan

    db = _open(url)
    try:
        actor = _login(db, args.user)
        today = db.clock().astimezone().date()
        place = find_place(db, actor, args.place)
        returned_on = day(args.date, "returned_on") if args.date else today
        row = return_loan(
            db, actor, args.loan, returned_on, Condition(args.condition), place.id, args.notes
        )
    finally:
        db.close()
    print(f"Loan {row.id}: {row.item_name} is back at {place.label} ({args.condition}).")
    return 0


def write_handover_pdf(args: argparse.Namespace, url: str) -> int:
    from desktop.services.inventory_loans import handover_pdf

    db = _open(url)
    try:
        data = handover_pdf(db, _login(db, args.user), args.loan, language=args.language)
    finally:
        db.close()
    write_file(args.output, data)
    print(f"Written: {args.output}")
    return 0


def amount(row: LoanRow) -> str:
    from desktop.domain.inventory import format_quantity

    return f"{format_quantity(row.quantity_milli, 'en')} {row.unit.value}"


def print_loans(rows: list[LoanRow], empty: str) -> None:
    if not rows:
        print(empty)
        return
    print_table(
        (
            "Loan",
            "Kind",
            "Number",
            "Item",
            "Tag",
            "Participant",
            "Quantity",
            "Out",
            "Due",
            "Returned",
            "Overdue",
        ),
        (
            (
                str(row.id),
                row.kind.value,
                row.number,
                row.item_name,
                row.asset_tag,
                row.participant_name,
                amount(row),
                f"{row.out_on:%d/%m/%Y}",
                f"{row.due_on:%d/%m/%Y}" if row.due_on else "",
                f"{row.returned_on:%d/%m/%Y}" if row.returned_on else "",
                f"{row.overdue_days} days" if row.overdue_days else "",
            )
            for row in rows
        ),
    )
