"""`pelita materials plan|issue`: a cohort's materials from the stock, through
desktop.services.cohort_materials (added by desktop.cli_inventory_loans.add_loan_commands).

`plan` shows each programme material: per person, needed for the people holding a seat,
already issued, still to issue, the item and place proposed, the stock there and what is
short. `issue` issues what the plan proposes in one step, all or nothing; a material with no
item of its name in stock is left out and named (the window lets an admin choose one).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, print_table
from desktop.cli_participants import _login
from desktop.cli_stock_take import amount_text as _amount
from desktop.cli_stock_take import day

if TYPE_CHECKING:
    from desktop.services.cohort_materials import MaterialPlan, PlanLine
    from desktop.services.context import Actor
    from desktop.store.database import Database


def add_material_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    materials = commands.add_parser("materials", help="a cohort's materials from the stock")
    actions = materials.add_subparsers(title="actions", metavar="ACTION", required=True)
    plan = actions.add_parser("plan", parents=parents, help="what the cohort needs, and stock")
    plan.add_argument("cohort", metavar="COHORT")
    plan.set_defaults(handler=show_plan)
    issue = actions.add_parser(
        "issue",
        parents=parents,
        help="issue the plan's quantities in one step (all or nothing)",
        description="Issue what the plan proposes: each material still to issue from its item "
        "at the place holding the most. Materials without an item are left out (named).",
    )
    issue.add_argument("cohort", metavar="COHORT")
    issue.add_argument("--date", metavar="DATE", help="the day of issue (default: today)")
    issue.set_defaults(handler=issue_plan)


def _plan(db: Database, actor: Actor, code: str) -> MaterialPlan:
    from desktop.cli_training_enrol import cohort_by_code
    from desktop.services.cohort_materials import material_plan

    return material_plan(db, actor, cohort_by_code(db, actor, code).id)


def show_plan(args: argparse.Namespace, url: str) -> int:
    db = _open(url)
    try:
        plan = _plan(db, _login(db, args.user), args.cohort)
    finally:
        db.close()
    print(f"{plan.cohort_code} ({plan.programme_name}): {plan.participants} holding a seat.")
    if not plan.lines:
        print("The programme lists no materials.")
        return 0
    print_table(
        (
            "Material",
            "Per person",
            "Needed",
            "Issued",
            "To issue",
            "Item",
            "Place",
            "There",
            "Short",
        ),
        (_plan_row(line) for line in plan.lines),
    )
    return 0


def _plan_row(line: PlanLine) -> tuple[str, ...]:
    unit = line.unit.value if line.unit else line.material_unit
    per = f"{line.per_participant.normalize():f} {line.material_unit}"
    return (
        line.material_name,
        per,
        _amount(line.needed_milli, unit),
        _amount(line.issued_milli, unit) if line.issued_milli else "",
        _amount(line.quantity_milli, unit),
        line.item_name or "(no item of that name)",
        line.location_label or "(none in stock)",
        _amount(line.available_milli, unit) if line.item_id else "",
        _amount(line.shortfall_milli, unit) if line.shortfall_milli else "",
    )


def issue_plan(args: argparse.Namespace, url: str) -> int:
    from desktop.services.cohort_materials import IssueLine, issue_materials

    db = _open(url)
    try:
        actor = _login(db, args.user)
        occurred_on = day(args.date, "occurred_on") if args.date else db.clock().astimezone().date()
        plan = _plan(db, actor, args.cohort)
        lines, skipped = [], []
        for line in plan.lines:
            if line.item_id is None or line.location_id is None:
                skipped.append(line.material_name)
            elif line.quantity_milli:
                lines.append(
                    IssueLine(line.material_id, line.item_id, line.location_id, line.quantity_milli)
                )
        for name in skipped:
            print(f"Left out: {name} (no item of that name in stock; choose one in the window).")
        if not lines:
            print(f"Nothing to issue to {plan.cohort_code}.")
            return 0
        issued = issue_materials(db, actor, plan.cohort_id, lines, occurred_on)
    finally:
        db.close()
    print(f"Issued to {plan.cohort_code}:")
    print_table(
        ("Material", "Item", "Quantity", "From"),
        (
            (
                i.material_name,
                i.item_name,
                _amount(i.quantity_milli, i.unit.value),
                i.location_label,
            )
            for i in issued
        ),
    )
    return 0
