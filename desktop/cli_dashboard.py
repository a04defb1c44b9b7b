"""`pelita dashboard`: the admin's dashboard figures without a window, through the same service
as the dashboard page (desktop.services.dashboard: administrators only).

    pelita dashboard [--from dd/mm/yyyy --to dd/mm/yyyy] [--programme P] [--branch B]
                     [--sponsor S] [--today dd/mm/yyyy] [--json] --user NAME

The period defaults to this year up to today. A programme is named by its code or name, a
sponsor by its number or name (as `pelita reports government` and `pelita sponsors report`
take them), a branch as written on its cohorts (case does not matter). `--json` prints the
figures as one JSON object for other programs. Only the standard library is imported at the
top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop.cli_admin import _open
from desktop.cli_participants import _login, user_parser
from desktop.cli_sponsors import parse_day
from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.services.dashboard_parts import Dashboard
    from desktop.store.database import Database


def add_dashboard_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    board = commands.add_parser(
        "dashboard",
        parents=[common, user_parser()],
        help="print the dashboard's figures for a period",
        description="Print how the centre is doing: registrations per month, active cohorts "
        "and their fill rate, attendance per month, the completion rate, certificates, the "
        "participants by sex, age band, disability, social assistance and regency, outcomes "
        "6 months after training, low stock, overdue loans and people at risk. Figures only. "
        "Administrators only.",
    )
    board.add_argument("--from", dest="start", metavar="dd/mm/yyyy", help="default: 1 January")
    board.add_argument("--to", dest="end", metavar="dd/mm/yyyy", help="default: today")
    board.add_argument("--programme", metavar="P", help="only this programme (code or name)")
    board.add_argument("--branch", metavar="B", help="only the cohorts of this branch")
    board.add_argument(
        "--sponsor", metavar="S", help="only this sponsor's cohorts (number or name)"
    )
    board.add_argument(
        "--today", metavar="dd/mm/yyyy", help="count as on this day (default: today)"
    )
    board.add_argument("--json", action="store_true", help="print the figures as JSON")
    board.set_defaults(handler=show_dashboard)


def show_dashboard(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_reports import find_programme
    from desktop.cli_sponsors import find_sponsor
    from desktop.services.attendance_common import local_day
    from desktop.services.dashboard import DashboardFilters, dashboard

    today = parse_day(args.today, "--today") if args.today else None
    start = parse_day(args.start, "--from") if args.start else None
    end = parse_day(args.end, "--to") if args.end else None
    if start is not None and end is not None and end < start:
        raise ValidationError("--to is before --from.", "end")
    db = _open(url)
    try:
        actor = _login(db, args.user)
        day = today or local_day(db.clock())
        start = start or date((end or day).year, 1, 1)
        end = end or max(day, start)
        filters = DashboardFilters(
            start,
            end,
            programme_id=find_programme(db, actor, args.programme).id if args.programme else None,
            branch=find_branch(db, actor, args.branch) if args.branch else None,
            sponsor_id=find_sponsor(db, actor, args.sponsor).id if args.sponsor else None,
        )
        found = dashboard(db, actor, filters, day)
    finally:
        db.close()
    print(json.dumps(as_json(found), indent=2, ensure_ascii=False) if args.json else as_text(found))
    return 0


def find_branch(db: Database, actor: Actor, text: str) -> str:
    """The branch as written on its cohorts, whatever the case typed."""
    from desktop.services.dashboard import dashboard_choices

    known = dashboard_choices(db, actor).branches
    wanted = " ".join(text.split()).casefold()
    for name in known:
        if " ".join(name.split()).casefold() == wanted:
            return name
    raise NotFound(
        "There is no branch {text}; the cohorts name: {names}.",
        "branch",
        text=text,
        names=", ".join(known) or "none",
    )


# -- what is printed -----------------------------------------------------------------------------


def as_json(found: Dashboard) -> dict[str, Any]:
    """The figures as plain JSON values: dates as YYYY-MM-DD, rates as fractions."""

    def plain(value: Any) -> Any:
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, dict):
            return {str(key): plain(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [plain(item) for item in value]
        return value

    figures: dict[str, Any] = plain(asdict(found))
    figures["registrations_are_enrolments"] = found.registrations_are_enrolments
    figures["cohorts"]["fill_rate"] = found.cohorts.rate
    figures["completion"]["rate"] = found.completion.rate
    figures["people"]["by_age"] = {band.value: count for band, count in found.people.by_age}
    return figures


def as_text(found: Dashboard) -> str:
    from desktop.cli_certificates_register import period
    from desktop.domain.formatting import format_rupiah

    lines = [f"Dashboard, {period(found.filters.start, found.filters.end)}"]
    what = "enrolments applied for" if found.registrations_are_enrolments else "people registered"
    lines.append(f"Registrations ({what}): {found.registrations_total}")
    lines += [f"  {month.month:%b %Y}  {month.count:>6}" for month in found.registrations]
    fill = found.cohorts
    lines.append(
        f"Active cohorts: {fill.cohorts}; fill rate {_percent(fill.rate)} "
        f"({fill.seats_taken} of {fill.capacity} seats)"
    )
    lines.append("Attendance:")
    lines += [
        f"  {month.month:%b %Y}  {_percent(month.percent, 100)}"
        + (f" ({month.present} of {month.marked} marks)" if month.marked else "")
        for month in found.attendance
    ]
    done = found.completion
    lines.append(
        f"Completion rate: {_percent(done.rate)} ({done.completed} of {done.finished} finished "
        f"places in {done.ended_cohorts} ended cohorts)"
    )
    lines.append(f"Certificates issued: {found.certificates}")
    people = found.people
    lines.append(f"Participants: {people.total} (male {people.male}, female {people.female})")
    lines.append("  Age: " + ", ".join(f"{band.label} {count}" for band, count in people.by_age))
    lines.append(f"  With a disability: {people.with_disability}")
    lines.append(f"  Social assistance or DTSEN: {people.receiving_assistance}")
    regions = [f"{line.name} {line.count}" for line in people.regions]
    if people.other_regions:
        regions.append(f"other or not recorded {people.other_regions}")
    lines.append("  Regencies: " + (", ".join(regions) or "none"))
    outcome = found.outcomes
    change = outcome.median_income_change
    lines.append(
        f"Outcomes {outcome.months} months after: {outcome.reached} reached; working "
        f"{outcome.working}, in business {outcome.in_business}, working or in business "
        f"{outcome.working_or_business}; median income change "
        + ("not known" if change is None else f"{format_rupiah(change)} a month")
        + f" ({outcome.income_known} people)"
    )
    if found.attention is not None:
        lines.append(f"Low stock: {found.attention.low_items} items")
        lines.append(f"Overdue loans: {found.attention.overdue_loans}")
    lines.append(f"At risk now: {found.at_risk} participants")
    return "\n".join(lines)


def _percent(fraction: float | None, whole: float = 1.0) -> str:
    return "—" if fraction is None else f"{100 * fraction / whole:.1f}%"
