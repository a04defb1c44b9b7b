"""`pelita assessments …`: a cohort's pre-test and post-test scores and competency units
without a window, through the same services as the window (so who may record which cohort
and the audit log apply as at a desk).

    pelita assessments show COHORT --user NAME
    pelita assessments set COHORT --participant NAME_OR_ID [--pre N] [--post N]
                           [--unit CODE=passed|failed|none ...] --user NAME

A person is named by their participant number, the reference of their enrolment (E12), or
their name as on the sheet (any case; a part of it will do when only one name has it). A unit
is named by its code or by its column on `show` (U1, U2 …). `--pre ""` clears a score. Typed
values (scores, unit results) are checked before the password is asked for. Only the standard
library is imported at the top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, print_table
from desktop.cli_participants import _login, user_parser
from desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from desktop.services.assessments import AssessmentSheet, SheetRow

STATES: dict[str, bool | None] = {"passed": True, "failed": False, "none": None}
STATE_WORDS = {True: "passed", False: "failed", None: "-"}
_REF = re.compile(r"E([1-9][0-9]*)", re.IGNORECASE)
_COLUMN = re.compile(r"U([1-9][0-9]*)", re.IGNORECASE)


def add_assessment_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    both = [common, user_parser()]
    assessments = commands.add_parser(
        "assessments", help="pre-test and post-test scores and competency units of a cohort"
    )
    actions = assessments.add_subparsers(title="actions", metavar="ACTION", required=True)

    show = actions.add_parser(
        "show", parents=both, help="everyone's scores and units, with the cohort's averages"
    )
    show.add_argument("cohort", metavar="COHORT", help="the cohort's code, e.g. JHT-2026-01")
    show.set_defaults(handler=show_sheet)

    change = actions.add_parser(
        "set",
        parents=both,
        help="record one person's scores or units",
        description="Record one person's scores (whole numbers 0-100; an empty value clears "
        "one) and competency units (passed, failed, or none for not assessed). What is not "
        "given stays as it is. Instructors record their own cohorts; clerks and "
        "administrators any.",
    )
    change.add_argument("cohort", metavar="COHORT")
    change.add_argument(
        "--participant",
        metavar="NAME_OR_ID",
        required=True,
        help="participant number, enrolment reference (E12) or name",
    )
    change.add_argument("--pre", metavar="N", help="the pre-test score")
    change.add_argument("--post", metavar="N", help="the post-test score")
    change.add_argument(
        "--unit",
        metavar="CODE=RESULT",
        action="append",
        default=[],
        help="a unit's result: passed, failed or none (repeat for more units)",
    )
    change.set_defaults(handler=set_scores)


# -- the commands --------------------------------------------------------------------------------


def show_sheet(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_training_enrol import cohort_by_code
    from desktop.services.assessments import assessment_sheet

    db = _open(url)
    try:
        actor = _login(db, args.user)
        sheet = assessment_sheet(db, actor, cohort_by_code(db, actor, args.cohort).id)
    finally:
        db.close()
    if not sheet.rows:
        print(f"Nobody is taking part in {sheet.cohort_code} yet.")
        return 0
    columns = [f"U{n}" for n in range(1, len(sheet.units) + 1)]
    print_table(
        ("Ref", "Name", "Pre", "Post", *columns),
        (
            (f"E{row.enrolment_id}", row.full_name, _score(row.pre), _score(row.post),
             *(STATE_WORDS[row.units[unit.code]] for unit in sheet.units))
            for row in sheet.rows
        ),
    )  # fmt: skip
    if sheet.units:
        print()
        legend = zip(columns, sheet.units, strict=True)
        print_table(("Unit", "Code", "Title"), ((n, u.code, u.title) for n, u in legend))
    print()
    print(summary(sheet))
    return 0


def set_scores(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_training_enrol import cohort_by_code
    from desktop.domain.assessment import parse_score
    from desktop.services.assessments import AssessmentChange, assessment_sheet, save_assessments

    pre = parse_score(args.pre, "pre") if args.pre is not None else None
    post = parse_score(args.post, "post") if args.post is not None else None
    typed_units = [unit_result(text) for text in args.unit]
    if args.pre is None and args.post is None and not typed_units:
        raise ValidationError("Give --pre, --post or --unit: there is nothing to record.", "pre")
    db = _open(url)
    try:
        actor = _login(db, args.user)
        cohort = cohort_by_code(db, actor, args.cohort)
        sheet = assessment_sheet(db, actor, cohort.id)
        row = person_on_sheet(sheet, args.participant)
        units = {unit_code(sheet, code): state for code, state in typed_units}
        change = AssessmentChange(
            row.enrolment_id,
            pre if args.pre is not None else row.pre,
            post if args.post is not None else row.post,
            units,
        )
        changed = save_assessments(db, actor, cohort.id, [change])
        after = assessment_sheet(db, actor, cohort.id)
    finally:
        db.close()
    now = next(r for r in after.rows if r.enrolment_id == row.enrolment_id)
    who = f"E{now.enrolment_id} {now.full_name}"
    if not changed:
        print(f"Nothing changed for {who}.")
        return 0
    results = ", ".join(f"{code} {STATE_WORDS[state]}" for code, state in now.units.items()
                        if state is not None)  # fmt: skip
    print(f"Recorded {who}: pre-test {_score(now.pre)}, post-test {_score(now.post)}; "
          f"units: {results or 'none assessed'}.")  # fmt: skip
    return 0


# -- reading what was typed ----------------------------------------------------------------------


def unit_result(text: str) -> tuple[str, bool | None]:
    """CODE=passed|failed|none, as typed after --unit."""
    code, sign, word = text.partition("=")
    state = word.strip().casefold()
    if not sign or not code.strip() or state not in STATES:
        raise ValidationError(
            "--unit {text}: write it as CODE=passed, CODE=failed or CODE=none.",
            "unit",
            text=text,
        )
    return code.strip(), STATES[state]


def unit_code(sheet: AssessmentSheet, typed: str) -> str:
    """The unit's code as the programme has it, from its code (any case) or column (U2)."""
    column = _COLUMN.fullmatch(typed)
    if column is not None and int(column.group(1)) <= len(sheet.units):
        return sheet.units[int(column.group(1)) - 1].code
    for unit in sheet.units:
        if unit.code.casefold() == typed.casefold():
            return unit.code
    raise ValidationError(
        "{code} is not a competency unit of {programme} (see: pelita assessments show {cohort}).",
        "unit",
        code=typed,
        programme=sheet.programme_name,
        cohort=sheet.cohort_code,
    )


def person_on_sheet(sheet: AssessmentSheet, wanted: str) -> SheetRow:
    """The person by participant number, enrolment reference (E12) or name."""
    typed = " ".join(wanted.split())
    ref = _REF.fullmatch(typed)
    found = [
        row
        for row in sheet.rows
        if (ref is not None and row.enrolment_id == int(ref.group(1)))
        or (typed.isdigit() and row.participant_id == int(typed))
    ]
    if not found and ref is None and not typed.isdigit():
        plain = typed.casefold()
        found = [row for row in sheet.rows if _plain(row.full_name) == plain]
        if not found:
            found = [row for row in sheet.rows if plain and plain in _plain(row.full_name)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValidationError(
            "Nobody called {name} is taking part in {cohort} (see: pelita assessments show "
            "{cohort}).",
            "participant",
            name=wanted,
            cohort=sheet.cohort_code,
        )
    raise ValidationError(
        "{name} could be {matches}: give the reference instead.",
        "participant",
        name=wanted,
        matches=", ".join(f"{row.full_name} (E{row.enrolment_id})" for row in found),
    )


def summary(sheet: AssessmentSheet) -> str:
    found = sheet.averages
    parts = []
    if found.pre is not None:
        parts.append(f"pre-test {found.pre:.1f} ({found.pre_count})")
    if found.post is not None:
        parts.append(f"post-test {found.post:.1f} ({found.post_count})")
    if found.gain is not None:
        parts.append(f"gain {found.gain:+.1f} ({found.both_count})")
    averages = "Averages: " + ", ".join(parts) + "." if parts else "No scores yet."
    minimum = (
        f"The programme asks a post-test score of at least {sheet.min_post_score}."
        if sheet.min_post_score is not None
        else "The programme asks no minimum post-test score."
    )
    return f"{sheet.cohort_code} ({sheet.programme_name}): {averages} {minimum}"


def _score(value: int | None) -> str:
    return "-" if value is None else str(value)


def _plain(name: str) -> str:
    return " ".join(name.split()).casefold()
