"""`pelita certificates issue`: a batch of certificates for a cohort, with a progress line on
stderr, Ctrl+C to cancel (nothing issued, no number used), and each certificate's number, name
and verification code printed as a line. Also the typed values the certificate commands share:
people by enrolment reference (E12), the date of issue.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from desktop.cli_admin import _open
from desktop.cli_certificates_register import print_issued
from desktop.cli_participants import _login
from desktop.domain.errors import Conflict, NotFound, ValidationError

if TYPE_CHECKING:
    from datetime import date

    from desktop.services.certificate_plan import Candidate

EXIT_CANCELLED = 130  # as main() exits on Ctrl+C elsewhere


def parse_issue_date(text: str | None) -> date | None:
    """dd/mm/yyyy as clerks type it; YYYY-MM-DD too, as the other commands take dates."""
    from datetime import date

    from desktop.domain.formatting import parse_date

    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        pass
    try:
        return parse_date(text, "issue_date")
    except ValidationError:
        raise ValidationError(
            "--date {text} is not a date: write it as dd/mm/yyyy, e.g. 23/11/2026.",
            "issue_date",
            text=text,
        ) from None


def enrolment_ref(text: str, option: str) -> int:
    """E12 or 12: the reference of an enrolment as `eligible` and the attendance commands
    print it."""
    digits = text.strip().upper().removeprefix("E")
    if not digits.isascii() or not digits.isdigit() or int(digits) < 1:
        raise ValidationError(
            "{option} {text}: name a person by their reference, e.g. E12 (see: pelita "
            "certificates eligible COHORT).",
            "enrolment",
            option=option,
            text=text,
        )
    return int(digits)


def reason_of(person: Candidate) -> str:
    """Why a person gets a certificate or not, in English, filled in (the window shows it
    translated)."""
    from desktop.domain.attendance import COMPLETES
    from desktop.domain.errors import fill

    if not person.reason:
        return COMPLETES if person.eligible else ""
    return fill(person.reason, person.params, "en")


# -- issuing -------------------------------------------------------------------------------------


def issue_certificates(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_training_enrol import cohort_by_code
    from desktop.services.certificate_issue import candidates, issue
    from desktop.services.certificate_plan import IssueRequest
    from desktop.services.certificate_render import Cancelled

    chosen = [enrolment_ref(text, "--enrolment") for text in args.enrolment]
    overrides = {enrolment_ref(ref, "--override"): reason for ref, reason in args.override}
    for ref, reason in args.override:
        if not reason.strip():
            raise ValidationError(
                "--override {ref}: give the reason why the certificate is issued anyway.",
                "override",
                ref=ref,
            )
    if not (args.all_eligible or chosen or overrides):
        raise ValidationError(
            "Say who gets a certificate: --all-eligible, --enrolment ID … or --override ID REASON.",
            "people",
        )
    issue_date = parse_issue_date(args.date)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        cohort = cohort_by_code(db, actor, args.cohort)
        people = candidates(db, actor, cohort.id)
        enrolment_ids = _chosen(people, args.all_eligible, chosen, overrides, cohort.code)
        request = IssueRequest(cohort.id, enrolment_ids, overrides, issue_date)
        count = len(enrolment_ids)
        print(
            f"Issuing {count} certificate{'s' * (count != 1)} for {cohort.code}; Ctrl+C cancels.",
            file=sys.stderr,
        )
        try:
            with cancel_on_ctrl_c() as cancelled:
                result = issue(
                    db,
                    actor,
                    request,
                    folder=args.folder,
                    progress=_progress_line(cohort.code),
                    cancelled=cancelled,
                )
        except Cancelled as stop:
            _end_progress_line()
            print(f"pelita: {stop.english()}", file=sys.stderr)
            return EXIT_CANCELLED
    finally:
        db.close()
    _end_progress_line()
    print_issued(result)
    return 0


def _chosen(
    people: list[Candidate],
    all_eligible: bool,
    chosen: list[int],
    overrides: dict[int, str],
    cohort_code: str,
) -> tuple[int, ...]:
    """The people to issue to, in the cohort's (name) order: the numbers follow it."""
    order = {person.enrolment_id: index for index, person in enumerate(people)}
    by_id = {person.enrolment_id: person for person in people}
    for enrolment_id in [*chosen, *overrides]:
        person = by_id.get(enrolment_id)
        if person is None:
            raise NotFound(
                "E{id} is not in {cohort} (see: pelita certificates eligible {cohort}).",
                "enrolment",
                id=enrolment_id,
                cohort=cohort_code,
            )
        # Said here, in the command's words, before the batch starts (the service checks
        # the same again under its lock).
        if person.certificate_id is not None:
            raise Conflict(
                "E{id} {name} holds certificate {number} already; to correct it: pelita "
                "certificates reissue {number} --reason TEXT.",
                "enrolment",
                id=enrolment_id,
                name=person.full_name,
                number=person.certificate_number,
            )
        if not person.eligible and enrolment_id not in overrides:
            raise ValidationError(
                "E{id} {name} does not meet the completion rule ({why}); to issue anyway "
                "give a reason: --override E{id} REASON.",
                "enrolment",
                id=enrolment_id,
                name=person.full_name,
                why=reason_of(person).rstrip("."),
            )
    wanted = set(chosen) | set(overrides)
    if all_eligible:
        wanted |= {p.enrolment_id for p in people if p.eligible and p.certificate_id is None}
    if not wanted:
        raise ValidationError(
            "Nobody to issue to: everyone eligible in {cohort} holds a certificate already "
            "(see: pelita certificates eligible {cohort}).",
            "people",
            cohort=cohort_code,
        )
    return tuple(sorted(wanted, key=order.__getitem__))


@contextmanager
def cancel_on_ctrl_c() -> Iterator[Callable[[], bool]]:
    """The first Ctrl+C asks the batch to stop where it can undo everything (the service's
    `cancelled`), instead of a KeyboardInterrupt at some random line; a second one interrupts
    at once (still nothing is recorded before the batch's one short transaction)."""
    pressed: list[bool] = []

    def on_interrupt(_signum: int, _frame: object) -> None:
        if pressed:
            raise KeyboardInterrupt
        pressed.append(True)
        print("\nCancelling…", file=sys.stderr)

    try:
        before = signal.signal(signal.SIGINT, on_interrupt)
    except ValueError:  # not the main thread: Ctrl+C is not ours to handle
        yield lambda: False
        return
    try:
        yield lambda: bool(pressed)
    finally:
        signal.signal(signal.SIGINT, before)


def _progress_line(cohort_code: str) -> Callable[[int, int], None]:
    """On a terminal one line that counts up; in a log file nothing per step (the start line
    and the results say enough)."""

    def show(done: int, total: int) -> None:
        if sys.stderr.isatty():
            share = 100 * done // max(total, 1)
            print(f"\rRendering {cohort_code}: {share}%", end="", file=sys.stderr)
            sys.stderr.flush()

    return show


def _end_progress_line() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)
