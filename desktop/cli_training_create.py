"""`pelita cohorts create`: a new cohort from the command line, through the same service as
the cohort form (`cohorts.create_cohort`): the same checks, warnings and audit entry.

The typed values (dates, weekly slots, capacity) are read here before the password is asked
for, and a mistake is one line naming the option and how to write it.
"""

from __future__ import annotations

import argparse
from datetime import date, time
from typing import TYPE_CHECKING

from desktop.cli_admin import _open
from desktop.cli_participants import _login
from desktop.cli_training_enrol import programme_by_code
from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from desktop.domain.cohort import Slot

FUNDING = ("apbn", "apbd", "sponsor", "self")
# English, short English and Indonesian day names: Monday is 0, as in domain.cohort.
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("mon", "monday", "sen", "senin"),
            ("tue", "tuesday", "sel", "selasa"),
            ("wed", "wednesday", "rab", "rabu"),
            ("thu", "thursday", "kam", "kamis"),
            ("fri", "friday", "jum", "jumat"),
            ("sat", "saturday", "sab", "sabtu"),
            ("sun", "sunday", "min", "minggu"),
        )
    )
    for name in names
}


def add_create_command(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    create = actions.add_parser(
        "create",
        parents=parents,
        help="create a cohort (planned) with its sessions",
        description="Create a cohort; its sessions are made from the weekly slots, skipping "
        "public holidays. Prints the new cohort's code and anything worth a second look.",
    )
    create.add_argument("--programme", metavar="CODE", required=True)
    create.add_argument("--start", metavar="YYYY-MM-DD", required=True)
    create.add_argument("--end", metavar="YYYY-MM-DD", required=True)
    create.add_argument(
        "--slot",
        metavar="DAY,HH:MM,HH:MM",
        action="append",
        default=[],
        help="a weekly session, e.g. mon,08:00,12:00 (again for each day)",
    )
    create.add_argument("--room", default="")
    create.add_argument("--branch", default="")
    create.add_argument("--capacity", metavar="N", help="default: the programme's")
    create.add_argument("--funding", choices=FUNDING, help="who pays (required)")
    create.add_argument(
        "--instructor", metavar="USER", action="append", default=[], help="again for each"
    )
    create.add_argument(
        "--sponsor", metavar="NAME", action="append", default=[], help="again for each"
    )
    create.set_defaults(handler=create_cohort)


# -- reading typed values ------------------------------------------------------------------------


def parse_day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            "{option} {text} is not a date: write it as YYYY-MM-DD, e.g. 2026-08-03.",
            option.lstrip("-"),
            option=option,
            text=text,
        ) from None


def parse_slot(text: str) -> Slot:
    from desktop.domain.cohort import Slot

    parts = [part.strip() for part in text.split(",")]
    try:
        day, starts, ends = parts
        return Slot(WEEKDAYS[day.lower()], _time(starts), _time(ends))
    except (ValueError, KeyError):
        raise ValidationError(
            "--slot {text}: write it as DAY,HH:MM,HH:MM, e.g. mon,08:00,12:00 "
            "(days: mon tue wed thu fri sat sun).",
            "schedule",
            text=text,
        ) from None


def _time(text: str) -> time:
    hours, _, minutes = text.replace(".", ":").partition(":")
    return time(int(hours), int(minutes))


def _capacity(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValidationError(
            "--capacity {text} is not a whole number.", "capacity", text=text
        ) from None


# -- the command ---------------------------------------------------------------------------------


def create_cohort(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.cohort import CohortInput, Funding
    from desktop.services import accounts, cohorts, sponsors

    start, end = parse_day(args.start, "--start"), parse_day(args.end, "--end")
    if not args.slot:
        raise ValidationError(
            "Give the weekly schedule: --slot DAY,HH:MM,HH:MM, again for each day.", "schedule"
        )
    slots = tuple(parse_slot(text) for text in args.slot)
    capacity = _capacity(args.capacity)
    if args.funding is None:
        raise ValidationError("Give the funding source: --funding apbn|apbd|sponsor|self.")
    db = _open(url)
    try:
        actor = _login(db, args.user)
        data = CohortInput(
            programme_id=programme_by_code(db, actor, args.programme),
            start_date=start,
            end_date=end,
            slots=slots,
            room=args.room,
            branch=args.branch,
            capacity=capacity,
            funding=Funding(args.funding),
            instructor_ids=_ids(
                args.instructor,
                {u.username: u.id for u in accounts.list_users(db, actor)}
                if args.instructor
                else {},
                "There is no user named {name}.",
            ),
            sponsor_ids=_ids(
                args.sponsor,
                {s.name: s.id for s in sponsors.list_sponsors(db, actor)} if args.sponsor else {},
                "There is no sponsor named {name} (or it is no longer active).",
            ),
        )
        saved = cohorts.create_cohort(db, actor, data)
    finally:
        db.close()
    cohort = saved.cohort
    print(f"Created {cohort.code}: {len(cohort.sessions)} sessions, capacity {cohort.capacity}.")
    for warning in saved.warnings:
        print(f"warning: {warning.english()}")
    return 0


def _ids(names: list[str], known: dict[str, int], unknown: str) -> tuple[int, ...]:
    """The ids of user or sponsor names as typed, matched without regard to case."""
    by_key = {name.casefold(): number for name, number in known.items()}
    found = []
    for name in names:
        key = " ".join(name.split()).casefold()
        if key not in by_key:
            raise NotFound(unknown, "name", name=name)
        found.append(by_key[key])
    return tuple(found)
