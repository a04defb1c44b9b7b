"""`pelita enrol` and `pelita waitlist`: enrolment without a window, through the same services.

    pelita enrol --cohort CODE ID [--override REASON] --user NAME   one person, with the reasons
    pelita enrol --cohort CODE ID ID … --user NAME                  several: a line for each
    pelita waitlist CODE --user NAME                                the order, with its reasons

One person is enrolled by `enrolment.enrol`: a refusal is the command's error (exit 2), with
the rules not met in the same line. Several go through `enrolment.enrol_many`, one transaction
each, so one refusal does not undo the others; every person gets a line, and the command exits
2 if anyone was refused, so a script notices. An override is a reason about one person, so it
is given for one person at a time.

Also here: finding a cohort or a programme by its code, for every training command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, at_least, print_table
from desktop.cli_participants import _login
from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from desktop.domain.enrolment import ScorePart
    from desktop.services.cohort_rows import CohortRow
    from desktop.services.context import Actor
    from desktop.services.enrolment import BulkLine, Enrolled, NotEligible
    from desktop.store.database import Database

EXIT_REFUSED = 2  # as main() exits on any refusal


def add_enrolment_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    enrol = commands.add_parser(
        "enrol",
        parents=parents,
        help="enrol participants in a cohort (a seat, or the waitlist)",
        description="Enrol one or more participants (by ID, see: pelita participants search) "
        "in a cohort. Each gets a seat if one is free and nobody waits, else a place on the "
        "waitlist. Exits 2 if anyone was refused.",
    )
    enrol.add_argument("--cohort", metavar="CODE", required=True)
    enrol.add_argument("ids", metavar="PARTICIPANT_ID", type=at_least(1), nargs="+")
    enrol.add_argument(
        "--override",
        metavar="REASON",
        default="",
        help="administrators: enrol one person the programme's rules refuse, for this reason",
    )
    enrol.set_defaults(handler=enrol_participants)

    waitlist = commands.add_parser(
        "waitlist", parents=parents, help="a cohort's waitlist in order, with the reasons"
    )
    waitlist.add_argument("code", metavar="CODE")
    waitlist.set_defaults(handler=show_waitlist)


def iso(day: date) -> str:
    return day.isoformat()


def number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def cohort_by_code(db: Database, actor: Actor, code: str) -> CohortRow:
    from desktop.services.cohorts import list_cohorts

    wanted = code.strip().upper()
    for row in list_cohorts(db, actor):
        if row.code.upper() == wanted:
            return row
    raise NotFound(
        "There is no cohort with the code {code} (see: pelita cohorts list).", "cohort", code=code
    )


def enrol_participants(args: argparse.Namespace, url: str) -> int:
    from desktop.services import enrolment

    ids: list[int] = list(dict.fromkeys(args.ids))  # the same ID twice is one person
    override = args.override.strip()
    if override and len(ids) > 1:
        raise ValidationError(
            "--override is a reason about one person: give one PARTICIPANT_ID with it.",
            "override_reason",
        )
    db = _open(url)
    try:
        actor = _login(db, args.user)
        cohort = cohort_by_code(db, actor, args.cohort)
        if len(ids) == 1:
            try:
                done = enrolment.enrol(db, actor, ids[0], cohort.id, override)
            except enrolment.NotEligible as refused:
                raise _not_eligible(refused) from None
            lines = None
        else:
            lines = enrolment.enrol_many(db, actor, ids, cohort.id)
        names = {
            line.participant_id: line.full_name for line in enrolment.roster(db, actor, cohort.id)
        }
        queue = {
            entry.enrolment_id: entry.position for entry in enrolment.waitlist(db, actor, cohort.id)
        }
    finally:
        db.close()
    if lines is None:
        _report_one(cohort.code, ids[0], names.get(ids[0], ""), done, queue)
        return 0
    return _report_many(cohort.code, lines, names, queue)


def _not_eligible(refused: NotEligible) -> ValidationError:
    """NotEligible as one line that names the rules not met, and how to override them."""
    from desktop.domain.programme_rules import refusals

    return ValidationError(
        "{name} does not meet the programme's rules: {reasons}. An administrator can enrol "
        "them with --override REASON.",
        "eligibility",
        name=refused.params.get("name", ""),
        reasons="; ".join(finding.english() for finding in refusals(list(refused.findings))),
    )


def _report_one(
    code: str, participant_id: int, name: str, done: Enrolled, queue: dict[int, int]
) -> None:
    who = f"{name} (ID {participant_id})"
    if done.enrolment_id in queue:
        print(
            f"{who} is on the waitlist of {code}, position {queue[done.enrolment_id]} "
            f"of {len(queue)}."
        )
    else:
        print(f"{who} is enrolled in {code} with a seat ({done.status.value}).")
    for finding in done.overridden:
        print(f"overridden: {finding.english()}")
    for finding in done.warnings:
        print(f"warning: {finding.english()}")


def _report_many(
    code: str, lines: list[BulkLine], names: dict[int, str], queue: dict[int, int]
) -> int:
    rows = []
    for line in lines:
        name = names.get(line.participant_id) or str((line.params or {}).get("name", ""))
        if line.outcome == "refused":
            details = [line.english(), *(finding.english() for finding in line.findings)]
        else:
            details = [f"warning: {finding.english()}" for finding in line.findings]
            if line.enrolment_id in queue:
                details.insert(0, f"position {queue[line.enrolment_id]}")
        rows.append((str(line.participant_id), name, line.outcome, "; ".join(details)))
    print_table(("ID", "Name", "Outcome", "Details"), rows)
    counts = {
        outcome: sum(line.outcome == outcome for line in lines)
        for outcome in ("enrolled", "waitlisted", "refused")
    }
    print(
        f"{code}: {counts['enrolled']} enrolled, {counts['waitlisted']} waitlisted, "
        f"{counts['refused']} refused."
    )
    if not counts["refused"]:
        return 0
    print(
        f"pelita: error: {counts['refused']} of {len(lines)} could not be enrolled; "
        "the reasons are above.",
        file=sys.stderr,
    )
    return EXIT_REFUSED


def show_waitlist(args: argparse.Namespace, url: str) -> int:
    from desktop.services import enrolment

    db = _open(url)
    try:
        actor = _login(db, args.user)
        cohort = cohort_by_code(db, actor, args.code)
        entries = enrolment.waitlist(db, actor, cohort.id)
    finally:
        db.close()
    if not entries:
        print(f"Nobody is waiting for {cohort.code}.")
        return 0
    print_table(
        ("Position", "ID", "Name", "Score", "Reasons"),
        (
            (
                str(entry.position),
                str(entry.participant_id),
                entry.full_name,
                number(entry.score),
                _reasons(entry.parts, entry.tie_break),
            )
            for entry in entries
        ),
    )
    return 0


def _reasons(parts: Sequence[ScorePart], tie_break: bool) -> str:
    reasons = [f"{part.english()} (+{number(part.points)})" for part in parts]
    if tie_break:
        reasons.append("same score as above, applied later")
    return "; ".join(reasons)


def programme_by_code(db: Database, actor: Actor, code: str) -> int:
    from desktop.services.programme_admin import list_programme_rows

    wanted = code.strip().upper()
    for row in list_programme_rows(db, actor):
        if row.code.upper() == wanted:
            return row.id
    raise NotFound(
        "There is no programme with the code {code} (see: pelita programmes list).",
        "programme",
        code=code,
    )
