"""`pelita waitlist-weights`: the waitlist's weights without a window, through the same services
as Settings → Waitlist priority (so the permission and the audit entry apply as at a desk).

    pelita waitlist-weights --user NAME                   the weights, with what each one gives
    pelita waitlist-weights [--disability N] [--poverty N] [--assistance N]
                            [--preference N] [--waiting N] --user NAME     change some or all

A part not given keeps its weight. The numbers are read before the password is asked for, and
a mistake is one line naming the option. The score itself is documented in
desktop.domain.enrolment; only the pure-Python domain is imported at the top, so `--help` stays
instant.
"""

from __future__ import annotations

import argparse
from dataclasses import fields, replace

from desktop.cli_admin import _open, print_table
from desktop.cli_participants import ENV_PASSWORD, _login
from desktop.cli_training_enrol import number
from desktop.domain.enrolment import (
    DEFAULT_WEIGHTS,
    WAITING_CAP_DAYS,
    WEIGHT_MAX,
    WaitlistWeights,
)
from desktop.domain.errors import ValidationError

PARTS = tuple(item.name for item in fields(WaitlistWeights))
PART_HELP = {
    "disability": "points for a person with a disability",
    "poverty": "points for DTSEN welfare decile 1 (the poorest), a tenth fewer per decile above",
    "assistance": "points for a person who receives any social assistance",
    "preference": "points if the programme is their first wish in the needs analysis",
    "waiting": f"points for the time on the waitlist, all of them after {WAITING_CAP_DAYS} days",
}


def add_weights_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    weights = commands.add_parser(
        "waitlist-weights",
        parents=[common],
        help="show or set the weights of the waitlist's priority score",
        description="Show the weights of the waitlist's priority score, or set some of them "
        f"(administrators): each is the most points that part can add, a whole number from 0 "
        f"to {WEIGHT_MAX}. Parts not given keep their weight. Every cohort's waitlist follows.",
    )
    weights.add_argument(
        "--user",
        metavar="USER",
        required=True,
        help=f"your user name; the password is asked for (or ${ENV_PASSWORD})",
    )
    for part in PARTS:
        default = getattr(DEFAULT_WEIGHTS, part)
        weights.add_argument(
            f"--{part}", metavar="N", help=f"{PART_HELP[part]} (default {default})"
        )
    weights.set_defaults(handler=waitlist_weights)


def weight(option: str, text: str) -> int:
    """A typed weight, or one line that names the option and says what it takes."""
    problem = ValidationError(
        "--{option} takes a whole number from 0 to {most}, not {text}.",
        option,
        option=option,
        most=WEIGHT_MAX,
        text=text,
    )
    try:
        value = int(text.strip())
    except ValueError:
        raise problem from None
    if not 0 <= value <= WEIGHT_MAX:
        raise problem
    return value


def waitlist_weights(args: argparse.Namespace, url: str) -> int:
    from desktop.services import enrolment

    changes = {
        part: weight(part, getattr(args, part)) for part in PARTS if getattr(args, part) is not None
    }
    db = _open(url)
    try:
        actor = _login(db, args.user)
        current = enrolment.waitlist_weights(db, actor)
        if changes:
            current = enrolment.set_waitlist_weights(db, actor, replace(current, **changes))
    finally:
        db.close()
    if changes:
        print("Saved: every cohort's waitlist is now in order by these weights.")
    show(current)
    return 0


def show(weights: WaitlistWeights) -> None:
    print_table(
        ("Part", "Weight", "Gives"),
        ((part, str(getattr(weights, part)), gives(weights, part)) for part in PARTS),
    )
    if weights == DEFAULT_WEIGHTS:
        print("These are the default weights.")


def gives(weights: WaitlistWeights, part: str) -> str:
    """What a part's weight gives a person, in the numbers it has now."""
    points = getattr(weights, part)
    if part == "poverty":
        return (
            f"{points} for DTSEN decile 1 (the poorest), {number(points / 10)} fewer per decile "
            f"above; {number(points / 2)} if in DTSEN without a decile or a poor family"
        )
    if part == "preference":
        return (
            f"{points} if the programme is the first wish in the needs analysis, "
            f"{number(points / 2)} if the second, {number(points / 3)} if the third, and so on"
        )
    if part == "waiting":
        return f"up to {points} for the time on the waitlist, all after {WAITING_CAP_DAYS} days"
    return f"{points} {PART_HELP[part].removeprefix('points ')}"
