"""`pelita participants …`: the registry without a window, through the same services.

    pelita participants search TEXT --user NAME     find people (NIK and phone masked per role)
    pelita participants show ID --user NAME         one record, field by field
    pelita participants form --output FILE          the blank paper intake form (PDF)
    pelita participants form ID --user NAME --output FILE   the form filled in, for signature

The password is asked for, or read from $PELITA_PASSWORD for scripts.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, _secret, at_least, print_table
from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.services.participants import ParticipantRecord
    from desktop.store.database import Database

ENV_PASSWORD = "PELITA_PASSWORD"


def user_parser() -> argparse.ArgumentParser:
    """The --user option every command that logs in takes (a parent parser)."""
    user = argparse.ArgumentParser(add_help=False)
    user.add_argument(
        "--user",
        metavar="USER",
        required=True,
        help=f"your user name; the password is asked for (or ${ENV_PASSWORD})",
    )
    return user


def add_participant_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    user = user_parser()
    participants = commands.add_parser("participants", help="find, show and print participants")
    actions = participants.add_subparsers(title="actions", metavar="ACTION", required=True)

    search = actions.add_parser(
        "search", parents=[common, user], help="find participants by name, NIK, phone, village"
    )
    search.add_argument("text", metavar="TEXT")
    search.add_argument(
        "--limit", metavar="N", type=at_least(1), default=20, help="how many (default: %(default)s)"
    )
    search.set_defaults(handler=search_participants)

    show = actions.add_parser("show", parents=[common, user], help="show one participant")
    show.add_argument("id", metavar="ID", type=at_least(1))
    show.set_defaults(handler=show_participant)

    form = actions.add_parser(
        "form",
        parents=[common],
        help="write the paper intake and consent form as PDF",
        description="Without ID the blank form to fill in by hand; with ID the record filled "
        "in, for the person to check and sign.",
    )
    form.add_argument("id", metavar="ID", type=at_least(1), nargs="?")
    form.add_argument("--user", metavar="USER", help="needed with ID")
    form.add_argument("--output", metavar="FILE", type=Path, required=True)
    form.add_argument("--language", choices=("id", "en"), default="id")
    form.set_defaults(handler=print_form)


def _login(db: Database, username: str) -> Actor:
    from desktop.services.accounts import authenticate

    return authenticate(db, username, _secret(ENV_PASSWORD, f"Password of {username}: "))


def search_participants(args: argparse.Namespace, url: str) -> int:
    from desktop.services import registry

    db = _open(url)
    try:
        actor = _login(db, args.user)
        page = registry.page(db, actor, registry.RegistryQuery(text=args.text), None, args.limit)
    finally:
        db.close()
    print_table(
        ("ID", "Name", "NIK", "Phone", "Born", "Village"),
        (
            (
                str(row.id),
                row.full_name,
                row.nik,
                row.phone,
                row.birth_date.strftime("%d/%m/%Y"),
                row.village_name,
            )
            for row in page.rows
        ),
    )
    if page.next_cursor is not None:
        print(f"(first {len(page.rows)} shown; use --limit for more)")
    return 0


def show_participant(args: argparse.Namespace, url: str) -> int:
    from desktop.services import participants

    db = _open(url)
    try:
        actor = _login(db, args.user)
        record = participants.get(db, actor, args.id)
    finally:
        db.close()
    shown = {key: value for key, value in record.values.items() if key != "search_text"}
    print_table(
        ("Field", "Value"),
        ((key, "" if value is None else str(value)) for key, value in shown.items()),
    )
    for consent in record.consents:
        print(
            f"consent {consent.given_on:%d/%m/%Y} ({consent.method}, text {consent.text_version}, "
            f"recorded by {consent.recorded_by}): {', '.join(consent.purposes)}"
        )
    return 0


def print_form(args: argparse.Namespace, url: str) -> int:
    from desktop.documents.intake_form import render_intake_form
    from desktop.services import centre, participants

    db = _open(url)
    try:
        profile = centre.get_profile(db)
        if profile is None:
            raise NotFound("This database has no centre yet: set it up first.")
        values = None
        if args.id is not None:
            if not args.user:
                raise ValidationError("Give --user to print a participant's form.", "user")
            record = participants.get(db, _login(db, args.user), args.id)
            values = {**record.values, "consent_purposes": _latest_purposes(record)}
    finally:
        db.close()
    pdf = render_intake_form(profile, values, language=args.language, today=date.today())
    args.output.write_bytes(pdf)
    print(f"Written: {args.output}")
    return 0


def _latest_purposes(record: ParticipantRecord) -> list[str]:
    # Newest first: the consent in force is the one printed for signature.
    return list(record.consents[0].purposes) if record.consents else []
