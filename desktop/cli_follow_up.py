"""`pelita follow-up …`: the follow-up call list, recording a call and the outcomes compared
with intake, without a window, through the same services as the window (so permissions and
the audit log apply as at a desk).

    pelita follow-up list [--months 3|6|12] [--programme P] [--pdf FILE | --xlsx FILE] --user U
    pelita follow-up call ENROLMENT_OR_NAME --months N
        (--not-reached [--note TEXT]
         | --work formal|informal|none (--business KIND | --no-business) [--income TEXT]
           --uses-skill yes|no --needs-help yes|no [--help-note TEXT] [--note TEXT]) --user U
    pelita follow-up outcomes [--months 6] [--from dd/mm/yyyy] [--to dd/mm/yyyy]
        [--programme P] [--xlsx FILE] --user U

A person is named by the enrolment number `list` prints, or by their name as on the list.
Only the standard library is imported at the top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, print_table
from desktop.cli_participants import _login, user_parser
from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.store.database import Database

YES_NO = {"yes": True, "no": False}


def add_follow_up_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    both = [common, user_parser()]
    follow = commands.add_parser(
        "follow-up", help="call completers 3, 6 and 12 months on; outcomes against intake"
    )
    actions = follow.add_subparsers(title="actions", metavar="ACTION", required=True)

    listing = actions.add_parser(
        "list",
        parents=both,
        help="the people to call today, or the list as PDF or xlsx",
        description="Completers whose follow-up call is due and who have not been reached yet,"
        " only those who agreed to follow-up contact. Writing the list is recorded in the"
        " audit log: names and phone numbers leave the database.",
    )
    listing.add_argument("--months", type=int, choices=(3, 6, 12), help="one milestone only")
    listing.add_argument("--programme", metavar="P", help="a programme's code or name")
    files = listing.add_mutually_exclusive_group()
    files.add_argument("--pdf", metavar="FILE", type=Path, help="the printable call list")
    files.add_argument("--xlsx", metavar="FILE", type=Path, help="the list in Excel")
    listing.add_argument("--language", choices=("id", "en"), help="default: the desk's setting")
    listing.set_defaults(handler=list_calls)

    call = actions.add_parser("call", parents=both, help="record one follow-up call")
    call.add_argument("person", metavar="ENROLMENT_OR_NAME")
    call.add_argument("--months", type=int, required=True, help="3, 6 or 12")
    call.add_argument("--not-reached", action="store_true", help="nobody answered")
    call.add_argument("--work", choices=("formal", "informal", "none"))
    business = call.add_mutually_exclusive_group()
    business.add_argument("--business", metavar="KIND", help="runs a business of this kind")
    business.add_argument("--no-business", action="store_true")
    call.add_argument("--income", metavar="TEXT", default="", help='e.g. "1,5 jt"')
    call.add_argument("--uses-skill", choices=tuple(YES_NO))
    call.add_argument("--needs-help", choices=tuple(YES_NO))
    call.add_argument("--help-note", default="", metavar="TEXT")
    call.add_argument("--note", default="", metavar="TEXT")
    call.set_defaults(handler=record)

    outcomes = actions.add_parser(
        "outcomes",
        parents=both,
        help="work and income now against intake (figures only)",
        description="Of the people reached at the milestone: employment at intake against"
        " work now, and income now against the intake band. Administrators only.",
    )
    outcomes.add_argument("--months", type=int, choices=(3, 6, 12), default=6)
    outcomes.add_argument("--from", dest="start", metavar="dd/mm/yyyy")
    outcomes.add_argument("--to", dest="end", metavar="dd/mm/yyyy")
    outcomes.add_argument("--programme", metavar="P", help="a programme's code or name")
    outcomes.add_argument("--xlsx", metavar="FILE", type=Path, help="write it to Excel")
    outcomes.add_argument("--language", choices=("id", "en"), help="default: the desk's setting")
    outcomes.set_defaults(handler=show_outcomes)


def _today(db: Database) -> date:
    from desktop.services.attendance_common import local_day

    return local_day(db.clock())


def _language(args: argparse.Namespace) -> str:
    from desktop.config import load_config

    return str(args.language or load_config().language)


def _programme(db: Database, actor: Actor, text: str | None) -> int | None:
    from desktop.cli_reports import find_programme

    return find_programme(db, actor, text).id if text else None


def list_calls(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_sponsors import target
    from desktop.domain.formatting import format_date
    from desktop.services.follow_up import call_list, export_call_list

    kind, path = ("pdf", args.pdf) if args.pdf else ("xlsx", args.xlsx)
    path = target(path, f".{kind}") if path else None
    db = _open(url)
    try:
        actor = _login(db, args.user)
        programme = _programme(db, actor, args.programme)
        today = _today(db)
        if path is not None:
            data = export_call_list(
                db,
                actor,
                today,
                kind,
                months=args.months,
                programme_id=programme,
                language=_language(args),
            )
            path.write_bytes(data)
            print(f"Written: {path}")
            return 0
        rows = call_list(db, actor, today, args.months, programme)
    finally:
        db.close()
    if not rows:
        print("Nobody is due a follow-up call.")
        return 0
    print_table(
        ("No", "Name", "Phone", "Programme", "Cohort", "Months", "Due", "Attempts"),
        (
            (
                str(row.enrolment_id),
                row.full_name,
                row.phone,
                row.programme,
                row.cohort_code,
                str(row.months),
                format_date(row.due_on, "en"),
                str(row.attempts),
            )
            for row in rows
        ),
    )
    return 0


def record(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.follow_up import CallInput
    from desktop.services.follow_up import record_call

    answered = any(
        value not in (None, "", False)
        for value in (
            args.work,
            args.business,
            args.no_business,
            args.income,
            args.uses_skill,
            args.needs_help,
            args.help_note,
        )
    )
    if args.not_reached and answered:
        raise ValidationError(
            "--not-reached takes no answers: leave out --work, --business and the others.",
            "reached",
        )
    if not args.not_reached and not answered:
        raise ValidationError(
            "Give the answers (--work, --business or --no-business, --uses-skill,"
            " --needs-help) or --not-reached.",
            "reached",
        )
    db = _open(url)
    try:
        actor = _login(db, args.user)
        enrolment_id = find_enrolment(db, actor, args.person, args.months)
        call = CallInput(
            enrolment_id=enrolment_id,
            months=args.months,
            reached=not args.not_reached,
            work=args.work,
            business=True if args.business is not None else (False if args.no_business else None),
            business_kind=args.business or "",
            monthly_income=args.income,
            uses_skill=YES_NO.get(args.uses_skill or ""),
            needs_help=YES_NO.get(args.needs_help or ""),
            help_note=args.help_note,
            note=args.note,
        )
        saved = record_call(db, actor, call, _today(db))
    finally:
        db.close()
    if saved.reached:
        print(f"Recorded: reached at {saved.months} months (attempt {saved.attempts}).")
    else:
        print(f"Recorded: not reached at {saved.months} months (attempt {saved.attempts}).")
    return 0


def find_enrolment(db: Database, actor: Actor, text: str, months: int) -> int:
    """The enrolment with this number, or the one person of this name on the call list."""
    from desktop.domain.names import sort_key as name_key
    from desktop.services.follow_up import call_list

    if text.strip().isdigit():
        return int(text.strip())
    wanted = name_key(text)
    rows = [
        row
        for row in call_list(db, actor, _today(db), months if months in (3, 6, 12) else None)
        if wanted and wanted in name_key(row.full_name)
    ]
    exact = [row for row in rows if name_key(row.full_name) == wanted]
    found = exact or rows
    if len(found) == 1:
        return found[0].enrolment_id
    if found:
        raise ValidationError(
            "{text} names {count} people on the call list: {names}. Give the number.",
            "person",
            text=text,
            count=len(found),
            names=", ".join(f"{row.enrolment_id} ({row.full_name})" for row in found),
        )
    raise NotFound(
        "Nobody called {text} is on the call list (see: pelita follow-up list); give the"
        " enrolment number to correct a call already recorded.",
        "person",
        text=text,
    )


def show_outcomes(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_sponsors import parse_day, target
    from desktop.domain.choices import Employment
    from desktop.domain.follow_up import NOW_ORDER, UNKNOWN
    from desktop.domain.income import format_income
    from desktop.services.follow_up import export_outcomes, outcomes_vs_intake

    start = parse_day(args.start, "--from") if args.start else None
    end = parse_day(args.end, "--to") if args.end else None
    path = target(args.xlsx, ".xlsx") if args.xlsx else None
    db = _open(url)
    try:
        actor = _login(db, args.user)
        programme = _programme(db, actor, args.programme)
        if path is not None:
            language = _language(args)
            data = export_outcomes(db, actor, args.months, start, end, programme, language=language)
            path.write_bytes(data)
            print(f"Written: {path}")
            return 0
        result = outcomes_vs_intake(db, actor, args.months, start, end, programme)
    finally:
        db.close()
    print(f"Reached at {result.months} months: {result.reached}")
    intake_rows = [*(member.value for member in Employment), UNKNOWN]
    print_table(
        ("At intake", *(now.value for now in NOW_ORDER), "total"),
        (
            (
                intake,
                *(str(result.table.get((intake, now.value), 0)) for now in NOW_ORDER),
                str(result.row_total(intake)),
            )
            for intake in intake_rows
        ),
    )
    median = "—" if result.median_change is None else format_income(result.median_change)
    share = "—" if result.uses_skill_share is None else f"{result.uses_skill_share:.0%}"
    print(f"Income said: {result.income_known}; compared with intake: {result.income_compared}")
    print(f"Median change in monthly income: {median}")
    print(
        f"Higher band: {result.higher_band}; same band: {result.same_band};"
        f" lower band: {result.lower_band}"
    )
    print(f"Use the skill: {share}; need further help: {result.needs_help}")
    return 0
