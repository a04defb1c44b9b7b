"""`pelita reports demand`: which programmes people ask for in the needs analysis, per programme
with its target groups and the villages asking most, through desktop.services.demand (so the
permission, administrators only, and the audit of a written file apply as at a desk).

    pelita reports demand [--from dd/mm/yyyy] [--to dd/mm/yyyy] [--regency CODE]
                          [--district CODE] [--first-choice] [--xlsx FILE | --csv FILE]
                          [--language id|en] --user NAME

Without a file the figures are printed as a table. Typed values are checked before the
password is asked for.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, print_table
from desktop.cli_participants import _login, user_parser
from desktop.cli_sponsors import parse_day, target
from desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from desktop.services.demand import Demand

# Short column names for a terminal, in GROUP_KEYS' order.
GROUP_HEADERS = ("Housewife", "Farmer", "Youth", "Disab.", "Poor", "No group")


def add_demand_command(
    kinds: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    demand = kinds.add_parser(
        "demand",
        parents=[common, user_parser()],
        help="demand for training from the needs analysis: a table, xlsx or CSV",
        description="Which programmes people ask for on their intake form (any wish, or the "
        "first choice only), how many of them are still waiting (not applied, accepted, on "
        "the waitlist, in training or completed in it), by target group, and the villages "
        "asking most; programmes with no cohort planned are marked. Counts people registered "
        "in the period (both ends optional). Figures only. Administrators only.",
    )
    demand.add_argument("--from", dest="start", metavar="dd/mm/yyyy", help="registered from")
    demand.add_argument("--to", dest="end", metavar="dd/mm/yyyy", help="registered until")
    demand.add_argument("--regency", metavar="CODE", help="people living there, e.g. 32.03")
    demand.add_argument("--district", metavar="CODE", help="people living there, e.g. 32.03.05")
    demand.add_argument("--first-choice", action="store_true", help="count first choices only")
    formats = demand.add_mutually_exclusive_group()
    formats.add_argument("--xlsx", metavar="FILE", type=Path, help="write it as Excel")
    formats.add_argument("--csv", metavar="FILE", type=Path, help="write it as CSV")
    demand.add_argument(
        "--language", choices=("id", "en"), help="of the file; default: this desk's setting"
    )
    demand.set_defaults(handler=show_demand)


def show_demand(args: argparse.Namespace, url: str) -> int:
    from desktop.services.demand import DemandFilters, demand, write_demand

    start = parse_day(args.start, "--from") if args.start else None
    end = parse_day(args.end, "--to") if args.end else None
    if start and end and end < start:
        raise ValidationError("--to is before --from.", "end")
    path = None
    if args.xlsx is not None:
        path = target(args.xlsx, ".xlsx")
    elif args.csv is not None:
        path = target(args.csv, ".csv")
    filters = DemandFilters(
        start=start,
        end=end,
        regency_code=(args.regency or "").strip() or None,
        district_code=(args.district or "").strip() or None,
        first_choice_only=args.first_choice,
    )
    db = _open(url)
    try:
        actor = _login(db, args.user)
        if path is None:
            report = demand(db, actor, filters)
        else:
            report = write_demand(db, actor, filters, path, language=args.language)
    finally:
        db.close()
    if path is not None:
        print(f"Written: {path}")
        print(_totals(report))
        return 0
    _print(report)
    return 0


def _totals(report: Demand) -> str:
    totals = report.totals
    if report.empty:
        return "Nobody registered with these filters stated which training they want."
    return (
        f"{totals.people.people} people asked for at least one programme; {totals.waiting} "
        f"are still waiting for one of their wishes; {totals.unplanned} ask for a programme "
        "with no cohort planned."
    )


def _print(report: Demand) -> None:
    from desktop.documents.demand_parts import GROUP_KEYS

    scope = [
        "first choices only" if report.first_choice_only else "every wish",
        *(name for name in (report.district, report.regency) if name),
    ]
    print(f"Demand for training ({', '.join(scope)})")
    if report.empty:
        print(_totals(report))
        return
    rows = [
        [
            line.code,
            line.name + (" (archived)" if line.archived else ""),
            str(line.asking.people),
            str(line.first_choice),
            str(line.waiting.people),
            *(str(line.asking.group(key)) for key in GROUP_KEYS),
            "NO COHORT PLANNED" if line.no_cohort_planned else "planned",
        ]
        for line in report.programmes
    ]
    headers = ["Code", "Programme", "Asking", "First", "Waiting", *GROUP_HEADERS, "Next cohort"]
    print_table(headers, rows)
    print()
    print(_totals(report))
    for line in report.programmes:
        if line.villages:
            print()
            print(f"Villages asking most for {line.name}:")
            print_table(
                ["Village", "District", "Asking", "Waiting"],
                [
                    [v.village or "(not recorded)", v.district, str(v.asking), str(v.waiting)]
                    for v in line.villages
                ],
            )
