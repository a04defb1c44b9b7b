"""`pelita users ...` and `pelita audit`: the administrator's commands.

They call the same services as the window, as a logged-in administrator, so permissions,
lock-outs and the audit log apply exactly as at a desk. Passwords are read with getpass, or from
PELITA_ADMIN_PASSWORD / PELITA_NEW_PASSWORD for scripts; never from the command line, where
they would stay in the shell history and the process list.

Only the standard library is imported at the top (the parser is built for `--help` too).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.roles import Role

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.store.database import Database

ENV_ADMIN_PASSWORD = "PELITA_ADMIN_PASSWORD"
ENV_NEW_PASSWORD = "PELITA_NEW_PASSWORD"


def add_admin_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    admin = argparse.ArgumentParser(add_help=False)
    admin.add_argument(
        "--admin",
        metavar="USER",
        required=True,
        help=f"an administrator's user name; the password is asked for (or ${ENV_ADMIN_PASSWORD})",
    )
    users = commands.add_parser("users", help="list and add user accounts, reset passwords")
    actions = users.add_subparsers(title="actions", metavar="ACTION", required=True)

    listing = actions.add_parser("list", parents=[common, admin], help="list the user accounts")
    listing.set_defaults(handler=list_users)

    add = actions.add_parser(
        "add",
        parents=[common, admin],
        help="add a user account",
        description=f"Add a user account. Its password is asked for (or ${ENV_NEW_PASSWORD}).",
    )
    add.add_argument("username", metavar="USERNAME")
    add.add_argument("--full-name", metavar="NAME", required=True, help="the person's full name")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.set_defaults(handler=add_user)

    reset = actions.add_parser(
        "reset-password",
        parents=[common, admin],
        help="give a user a temporary password",
        description=(
            "Set a temporary password; the user must choose their own at the next login. "
            f"It is asked for (or ${ENV_NEW_PASSWORD})."
        ),
    )
    reset.add_argument("username", metavar="USERNAME")
    reset.set_defaults(handler=reset_user_password)

    audit = commands.add_parser(
        "audit", parents=[common, admin], help="show the newest entries of the audit log"
    )
    audit.add_argument(
        "--limit", metavar="N", type=at_least(1), default=20, help="how many (default: %(default)s)"
    )
    audit.add_argument("--user", metavar="NAME", default="", help="only this user's entries")
    audit.add_argument(
        "--action",
        metavar="ACTION",
        default="",
        help='only this action, e.g. user.create, or a group ending in a dot, e.g. "user."',
    )
    audit.set_defaults(handler=show_audit)


def at_least(minimum: int) -> Callable[[str], int]:
    """An argparse type: a whole number not below `minimum`, with a plain message if not."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more, not {value}")
        return value

    return parse


def print_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Plain aligned columns: readable in a terminal, easy to cut with awk."""
    table = [list(headers), *(list(row) for row in rows)]
    widths = [max(len(row[i]) for row in table) for i in range(len(headers))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def _secret(env: str, prompt: str, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Type it again: ") != first:
            raise ValidationError("The two passwords differ; nothing was changed.", "password")
    except EOFError:
        raise ValidationError(
            "No password was given: type it when asked, or set {env}.", "password", env=env
        ) from None
    return first


def _open(url: str) -> Database:
    from desktop.store.database import open_database

    # create=False: a mistyped file name must not leave an empty new database behind.
    return open_database(url, create=False)


def _login(db: Database, args: argparse.Namespace) -> Actor:
    from desktop.services.accounts import authenticate

    password = _secret(ENV_ADMIN_PASSWORD, f"Password of {args.admin}: ")
    return authenticate(db, args.admin, password)


def _when(moment: datetime | None, seconds: bool = False) -> str:
    # ISO-like and in the desk's own time zone: what an admin compares with the wall clock.
    pattern = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    return moment.astimezone().strftime(pattern) if moment else ""


def list_users(args: argparse.Namespace, url: str) -> int:
    from desktop.services import accounts

    db = _open(url)
    try:
        actor = _login(db, args)
        users = accounts.list_users(db, actor)
        now = db.clock()
    finally:
        db.close()
    rows = []
    for user in users:
        notes = [] if user.active else ["disabled"]
        if user.locked_until is not None and user.locked_until > now:
            notes.append(f"locked until {_when(user.locked_until)}")
        if user.must_change_password:
            notes.append("must change password")
        rows.append(
            (
                user.username,
                user.full_name,
                user.role.value,
                ", ".join(notes) or "active",
                _when(user.last_login_at),
            )
        )
    print_table(("User name", "Full name", "Role", "Status", "Last login"), rows)
    return 0


def add_user(args: argparse.Namespace, url: str) -> int:
    from desktop.services import accounts

    db = _open(url)
    try:
        actor = _login(db, args)
        password = _secret(ENV_NEW_PASSWORD, f"Password for {args.username}: ", confirm=True)
        user = accounts.create_user(
            db, actor, args.username, args.full_name, Role(args.role), password
        )
    finally:
        db.close()
    print(f"Added {user.username} ({user.full_name}), {user.role.label}.")
    return 0


def reset_user_password(args: argparse.Namespace, url: str) -> int:
    from desktop.services import accounts

    db = _open(url)
    try:
        actor = _login(db, args)
        name = args.username.strip().lower()
        target = next((u for u in accounts.list_users(db, actor) if u.username == name), None)
        if target is None:
            raise NotFound("There is no user named {username}.", "username", username=name)
        password = _secret(ENV_NEW_PASSWORD, f"New password for {name}: ", confirm=True)
        user = accounts.reset_password(db, actor, target.id, password)
    finally:
        db.close()
    if user.must_change_password:
        print(f"Reset the password of {user.username}; they choose their own at the next login.")
    else:
        print("Changed your own password.")
    return 0


def show_audit(args: argparse.Namespace, url: str) -> int:
    from desktop.services import audit

    db = _open(url)
    try:
        actor = _login(db, args)
        wanted = audit.AuditFilter(username=args.user, action=args.action)
        ids = audit.search_ids(db, actor, wanted)[: args.limit]
        entries = audit.fetch(db, actor, ids)
    finally:
        db.close()
    rows = [
        (
            _when(entry.at, seconds=True),
            entry.username,
            entry.action,
            f"{entry.entity} {entry.entity_id}".strip(),
            _details(entry.before, entry.after),
        )
        for entry in entries
    ]
    print_table(("Time", "User", "Action", "Entity", "Details"), rows)
    return 0


def _details(before: dict[str, object] | None, after: dict[str, object] | None) -> str:
    def compact(value: dict[str, object]) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)

    if before and after:
        return f"{compact(before)} -> {compact(after)}"
    return compact(after or before or {}) if (after or before) else ""
