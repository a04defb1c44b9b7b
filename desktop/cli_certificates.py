"""`pelita certificates …`: certificates without a window, through the same services as the
Certificates page (so permissions, the gap-free numbers, the frozen PDFs and the audit log apply
as at a desk).

    pelita certificates eligible COHORT --user NAME            who gets one, and why (not)
    pelita certificates issue COHORT [--all-eligible] [--enrolment ID …]
                        [--override ID REASON …] [--date dd/mm/yyyy] [--folder DIR] --user NAME
    pelita certificates register [SEARCH] [--status S] --user NAME      the buku induk
    pelita certificates show NUMBER-or-CODE --user NAME
    pelita certificates pdf NUMBER OUT.pdf --user NAME          the PDF exactly as issued
    pelita certificates revoke NUMBER --reason TEXT --user NAME
    pelita certificates reissue NUMBER --reason TEXT [--folder DIR] --user NAME
    pelita certificates verify CODE-or-PDF [--key FILE …] --user NAME   exit 0 only when valid
    pelita certificates export-key OUT.pelitakey --user NAME
    pelita certificates import-key FILE --user NAME

People are named by the reference of their enrolment (E12, as `eligible` prints it),
certificates by their number or their short verification code. Issuing is here; the register
in desktop.cli_certificates_register, verification and key files in
desktop.cli_certificates_verify. Typed values are checked before the password is asked for.
Only the standard library is imported at the top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, print_table
from desktop.cli_certificates_issue import issue_certificates, reason_of
from desktop.cli_certificates_register import add_register_commands
from desktop.cli_certificates_verify import add_verify_commands
from desktop.cli_participants import _login, user_parser

if TYPE_CHECKING:
    from desktop.services.certificate_plan import Candidate


def add_certificate_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    user = user_parser()
    parents = [common, user]
    certificates = commands.add_parser(
        "certificates", help="issue, find, revoke and verify certificates"
    )
    actions = certificates.add_subparsers(title="actions", metavar="ACTION", required=True)

    eligible = actions.add_parser(
        "eligible",
        parents=parents,
        help="who in a cohort gets a certificate, with the reason for each",
    )
    eligible.add_argument("cohort", metavar="COHORT", help="the cohort's code, e.g. JHT-2026-01")
    eligible.set_defaults(handler=show_eligible)

    issue = actions.add_parser(
        "issue",
        parents=parents,
        help="issue certificates to people of a cohort",
        description="Issue certificates: numbered without gaps, signed, rendered once and kept "
        "as issued. People are named by their reference (E12, see: pelita certificates "
        "eligible). Ctrl+C while it runs cancels: no certificate is issued and no number used.",
    )
    issue.add_argument("cohort", metavar="COHORT", help="the cohort's code, e.g. JHT-2026-01")
    issue.add_argument(
        "--all-eligible",
        action="store_true",
        help="everyone the completion rule passes who has no certificate yet",
    )
    issue.add_argument(
        "--enrolment",
        metavar="ID",
        nargs="+",
        action="extend",
        default=[],
        help="these people (E12 or 12); they must pass the completion rule",
    )
    issue.add_argument(
        "--override",
        metavar=("ID", "REASON"),
        nargs=2,
        action="append",
        default=[],
        help="issue to one person the completion rule does not pass, for this reason "
        "(audited); repeat it for several people",
    )
    issue.add_argument("--date", metavar="dd/mm/yyyy", help="the date of issue (default: today)")
    issue.add_argument(
        "--folder",
        metavar="DIR",
        type=Path,
        help="also write each certificate there as a PDF named by number and name, with one "
        "print file of them all",
    )
    issue.set_defaults(handler=issue_certificates)

    add_register_commands(actions, parents)
    add_verify_commands(actions, parents)


# -- who is eligible -----------------------------------------------------------------------------


def show_eligible(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_training_enrol import cohort_by_code
    from desktop.services.certificate_issue import candidates

    db = _open(url)
    try:
        actor = _login(db, args.user)
        cohort = cohort_by_code(db, actor, args.cohort)
        people = candidates(db, actor, cohort.id)
    finally:
        db.close()
    if not people:
        print(f"Nobody is enrolled in {cohort.code}.")
        return 0
    print_eligible(people)
    passing = sum(person.eligible for person in people)
    holding = sum(person.certificate_id is not None for person in people)
    print()
    print(
        f"{cohort.code}: {passing} of {len(people)} eligible; {holding} hold a certificate already."
    )
    return 0


def print_eligible(people: list[Candidate]) -> None:
    from desktop.cli_attendance_reports import percent

    print_table(
        ("Ref", "Name", "Rate", "Eligible", "Reason", "Certificate"),
        (
            (
                f"E{person.enrolment_id}",
                person.full_name,
                percent(person.rate.percent),
                "yes" if person.eligible else "no",
                reason_of(person),
                person.certificate_number,
            )
            for person in people
        ),
    )
