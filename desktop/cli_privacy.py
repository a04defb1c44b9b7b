"""`pelita privacy …`: data-subject requests (UU PDP 27/2022), anonymisation and retention,
without a window, through the same services as the window (permissions and the audit log
apply as at a desk).

    pelita privacy requests [--open] --user U
    pelita privacy record PERSON_ID --kind access|correction|deletion|withdrawal
        [--details TEXT] --user U
    pelita privacy close REQUEST_ID (--done | --refused) --outcome TEXT --user U
    pelita privacy withdraw PERSON_ID [--request REQUEST_ID] --user U
    pelita privacy export-person PERSON_ID --folder DIR [--language id|en] --user U
    pelita privacy anonymise PERSON_ID --reason TEXT [--request REQUEST_ID] --yes --user U
    pelita privacy retention [--months N] --user U
    pelita privacy inactive [--anonymise --reason TEXT --yes] --user U

A person is named by their participant number (`pelita participants search` prints it).
Anonymising cannot be undone, so it asks for --yes. Only the standard library is imported at
the top: the parser is built for `--help` too.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli_admin import _open, print_table
from desktop.cli_participants import _login, user_parser
from desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from desktop.services.data_requests import DataRequestRow

KINDS = ("access", "correction", "deletion", "withdrawal")


def add_privacy_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    both = [common, user_parser()]
    privacy = commands.add_parser(
        "privacy", help="data-subject requests, deletion (anonymising) and the retention period"
    )
    actions = privacy.add_subparsers(title="actions", metavar="ACTION", required=True)

    requests = actions.add_parser(
        "requests", parents=both, help="the requests, open and overdue first"
    )
    requests.add_argument("--open", action="store_true", help="only the open ones")
    requests.set_defaults(handler=list_all)

    record = actions.add_parser(
        "record",
        parents=both,
        help="record a request as it arrives (due in 3 × 24 hours)",
    )
    record.add_argument("person", metavar="PERSON_ID", type=int)
    record.add_argument("--kind", choices=KINDS, required=True)
    record.add_argument("--details", default="", metavar="TEXT", help="what the person asked")
    record.set_defaults(handler=record_one)

    close = actions.add_parser("close", parents=both, help="close a request with its outcome")
    close.add_argument("request", metavar="REQUEST_ID", type=int)
    how = close.add_mutually_exclusive_group(required=True)
    how.add_argument("--done", action="store_true")
    how.add_argument("--refused", action="store_true")
    close.add_argument("--outcome", required=True, metavar="TEXT", help="what was done, or why not")
    close.set_defaults(handler=close_one)

    withdraw = actions.add_parser(
        "withdraw",
        parents=both,
        help="the person withdraws consent: only the training itself stays, the photo goes",
    )
    withdraw.add_argument("person", metavar="PERSON_ID", type=int)
    withdraw.add_argument("--request", type=int, metavar="REQUEST_ID", help="close it as done")
    withdraw.set_defaults(handler=withdraw_one)

    export = actions.add_parser(
        "export-person",
        parents=both,
        help="everything about a person as JSON and PDF (administrators; audited)",
    )
    export.add_argument("person", metavar="PERSON_ID", type=int)
    export.add_argument("--folder", type=Path, required=True, metavar="DIR")
    export.add_argument("--language", choices=("id", "en"), default="id")
    export.set_defaults(handler=export_one)

    anonymise = actions.add_parser(
        "anonymise",
        parents=both,
        help="delete a person's data, keeping what the certificate register needs",
        description="Cannot be undone. The name becomes 'Dihapus #id'; NIK, KK, phone, address,"
        " disability, assistance, photo and free text are erased, also from the audit log's"
        " old values. Certificates keep the name and birth as printed.",
    )
    anonymise.add_argument("person", metavar="PERSON_ID", type=int)
    anonymise.add_argument("--reason", required=True, metavar="TEXT")
    anonymise.add_argument("--request", type=int, metavar="REQUEST_ID", help="close it as done")
    anonymise.add_argument("--yes", action="store_true", help="yes, this cannot be undone")
    anonymise.set_defaults(handler=anonymise_one)

    retention = actions.add_parser(
        "retention", parents=both, help="show or change the retention period (months)"
    )
    retention.add_argument("--months", type=int, help="the new period (administrators)")
    retention.set_defaults(handler=retention_period)

    inactive = actions.add_parser(
        "inactive",
        parents=both,
        help="people inactive for longer than the retention period, for review",
    )
    inactive.add_argument("--anonymise", action="store_true", help="anonymise all of them")
    inactive.add_argument("--reason", default="", metavar="TEXT")
    inactive.add_argument("--yes", action="store_true", help="yes, this cannot be undone")
    inactive.set_defaults(handler=list_inactive)


def _when(moment: Any) -> str:
    return f"{moment.astimezone():%d/%m/%Y %H:%M}" if moment is not None else ""


def _print_requests(rows: list[DataRequestRow]) -> None:
    print_table(
        ("No", "Person", "Name", "Kind", "Status", "Received", "Due", "Outcome"),
        (
            (
                str(row.id),
                str(row.participant_id),
                row.participant_name,
                row.kind.value,
                "OVERDUE" if row.overdue else row.status.value,
                _when(row.received_at),
                _when(row.due_at),
                row.outcome,
            )
            for row in rows
        ),
    )


def list_all(args: argparse.Namespace, url: str) -> int:
    from desktop.services.data_requests import list_requests

    db = _open(url)
    try:
        rows = list_requests(db, _login(db, args.user), open_only=args.open)
    finally:
        db.close()
    if not rows:
        print("No requests.")
        return 0
    _print_requests(rows)
    return 0


def record_one(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.privacy import RequestKind
    from desktop.services.data_requests import record_request

    db = _open(url)
    try:
        row = record_request(
            db, _login(db, args.user), args.person, RequestKind(args.kind), args.details
        )
    finally:
        db.close()
    print(f"Recorded request {row.id} ({row.kind.value}) for {row.participant_name}:"
          f" due {_when(row.due_at)}.")  # fmt: skip
    return 0


def close_one(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.privacy import RequestStatus
    from desktop.services.data_requests import close_request

    status = RequestStatus.DONE if args.done else RequestStatus.REFUSED
    db = _open(url)
    try:
        row = close_request(db, _login(db, args.user), args.request, status, args.outcome)
    finally:
        db.close()
    print(f"Request {row.id} closed: {row.status.value}.")
    return 0


def withdraw_one(args: argparse.Namespace, url: str) -> int:
    from desktop.services.data_requests import withdraw_consent

    db = _open(url)
    try:
        withdraw_consent(db, _login(db, args.user), args.person, args.request)
    finally:
        db.close()
    print(f"Consent withdrawn for participant {args.person}: no more follow-up calls or photos.")
    return 0


def export_one(args: argparse.Namespace, url: str) -> int:
    from desktop.services.data_requests import export_person

    db = _open(url)
    try:
        paths = export_person(db, _login(db, args.user), args.person, args.folder, args.language)
    finally:
        db.close()
    for path in paths:
        print(f"Written: {path}")
    return 0


def _confirmed(args: argparse.Namespace) -> None:
    if not args.yes:
        raise ValidationError("Anonymising cannot be undone: add --yes to go ahead.", "yes")


def anonymise_one(args: argparse.Namespace, url: str) -> int:
    from desktop.services.anonymise import anonymise

    _confirmed(args)
    db = _open(url)
    try:
        anonymise(db, _login(db, args.user), args.person, args.reason, args.request)
    finally:
        db.close()
    print(f"Participant {args.person} anonymised.")
    return 0


def retention_period(args: argparse.Namespace, url: str) -> int:
    from desktop.services.retention import retention_months, set_retention_months

    db = _open(url)
    try:
        actor = _login(db, args.user)
        if args.months is None:
            months = retention_months(db)
        else:
            months = set_retention_months(db, actor, args.months)
    finally:
        db.close()
    print(f"Retention period: {months} months.")
    return 0


def list_inactive(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.formatting import format_date
    from desktop.services.attendance_common import local_day
    from desktop.services.retention import anonymise_many, inactive_people

    if args.anonymise:
        _confirmed(args)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        people = inactive_people(db, actor, local_day(db.clock()))
        if args.anonymise and people:
            reason = args.reason or "Retention period passed"
            done = anonymise_many(db, actor, [p.participant_id for p in people], reason)
            print(f"Anonymised {done} people.")
            return 0
    finally:
        db.close()
    if not people:
        print("Nobody has been inactive for longer than the retention period.")
        return 0
    print_table(
        ("Person", "Name", "Last activity", "What"),
        (
            (str(p.participant_id), p.name, format_date(p.last_activity, "en"), p.reason)
            for p in people
        ),
    )
    return 0
