"""`pelita certificates register|show|pdf|revoke|reissue`: the register of certificates (buku
induk) without a window, through desktop.services.certificate_register.

A certificate is named by its number (0012/LKP-XYZ/XI/2026, case and spaces as typed do not
matter) or by the short verification code printed under its QR code (K7QD-M2XA).
"""

from __future__ import annotations

import argparse
import unicodedata
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open, at_least, print_table
from desktop.cli_participants import _login
from desktop.domain.errors import NotFound, ValidationError

if TYPE_CHECKING:
    from datetime import date

    from desktop.domain.certificate import CertificateStatus
    from desktop.services.certificate_issue import IssueResult
    from desktop.services.certificate_register import RegisterEntry
    from desktop.services.context import Actor
    from desktop.store.database import Database

STATUSES = ("issued", "revoked", "superseded")  # CertificateStatus


def add_register_commands(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    register = actions.add_parser(
        "register",
        parents=parents,
        help="list the certificates issued, newest first (the buku induk)",
        description="List the register: every certificate ever issued, newest first. SEARCH "
        "finds a number, a verification code, a name (any part, accents and case ignored), a "
        "programme or a cohort code. With --xlsx or --csv, every certificate found (whatever "
        "--limit says) is written to FILE instead.",
    )
    register.add_argument("search", metavar="SEARCH", nargs="?", default="")
    register.add_argument("--status", choices=STATUSES, help="only certificates in this state")
    register.add_argument(
        "--limit",
        metavar="N",
        type=at_least(1),
        default=5000,  # certificate_register.PAGE_MAX; not imported, so --help stays instant
        help="at most this many (default: %(default)s)",
    )
    files = register.add_mutually_exclusive_group()
    files.add_argument("--xlsx", metavar="FILE", type=Path, help="write them as an Excel workbook")
    files.add_argument(
        "--csv", metavar="FILE", type=Path, help="write them as CSV, for other programs"
    )
    register.set_defaults(handler=show_register)

    show = actions.add_parser("show", parents=parents, help="one certificate's register entry")
    show.add_argument("certificate", metavar="NUMBER-or-CODE")
    show.set_defaults(handler=show_certificate)

    pdf = actions.add_parser(
        "pdf",
        parents=parents,
        help="write a certificate's PDF exactly as it was issued",
        description="Write the certificate's PDF byte for byte as issued (checked against the "
        "SHA-256 recorded then), whatever changed since.",
    )
    pdf.add_argument("certificate", metavar="NUMBER")
    pdf.add_argument("output", metavar="OUT.pdf", type=Path)
    pdf.set_defaults(handler=write_pdf)

    revoke = actions.add_parser(
        "revoke",
        parents=parents,
        help="revoke a certificate (it keeps its number and verifies as revoked)",
    )
    revoke.add_argument("certificate", metavar="NUMBER")
    revoke.add_argument("--reason", metavar="TEXT", required=True, help="why (audited)")
    revoke.set_defaults(handler=revoke_certificate)

    reissue = actions.add_parser(
        "reissue",
        parents=parents,
        help="correct a certificate: a new one, with a new number, replaces it",
        description="Re-issue a certificate with today's data (a corrected name): the new one "
        "gets the next number; the old one keeps its number and verifies as superseded.",
    )
    reissue.add_argument("certificate", metavar="NUMBER")
    reissue.add_argument("--reason", metavar="TEXT", required=True, help="why (audited)")
    reissue.add_argument("--date", metavar="dd/mm/yyyy", help="the date of issue (default: today)")
    reissue.add_argument(
        "--folder", metavar="DIR", type=Path, help="also write the new certificate's PDF there"
    )
    reissue.set_defaults(handler=reissue_certificate)


def find_certificate(db: Database, actor: Actor, text: str) -> RegisterEntry:
    """The register entry with this number or short verification code."""
    from desktop.domain.certificate import normal_verify_code
    from desktop.services.certificate_register import search

    wanted = " ".join(text.split()).upper()
    code = normal_verify_code(text)
    for entry in search(db, actor, text, limit=None):
        if entry.number.upper() == wanted or (code is not None and entry.verify_code == code):
            return entry
    raise NotFound(
        "There is no certificate with the number or code {text} (see: pelita certificates "
        "register).",
        "certificate",
        text=text,
    )


def related_numbers(db: Database, actor: Actor, entry: RegisterEntry | None) -> dict[int, str]:
    """The numbers of the certificates the entry replaces or is replaced by, as far as the
    user may see the register (anyone logged in may verify, not everyone sees the register)."""
    from desktop.domain.errors import PermissionDenied
    from desktop.services.certificate_register import entry as entry_of

    related: dict[int, str] = {}
    if entry is None:
        return related
    for other in (entry.supersedes_id, entry.superseded_by_id):
        if other is not None:
            with suppress(PermissionDenied, NotFound):
                related[other] = entry_of(db, actor, other).number
    return related


# -- the commands --------------------------------------------------------------------------------


def show_register(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.certificate import CertificateStatus
    from desktop.services.certificate_register import search

    status = CertificateStatus(args.status) if args.status else None
    if args.xlsx or args.csv:
        return export_register(args, url, status)
    db = _open(url)
    try:
        entries = search(db, _login(db, args.user), args.search, status=status, limit=args.limit)
    finally:
        db.close()
    if not entries:
        filtered = bool(args.search.strip()) or status is not None
        print(
            "No certificate in the register matches."
            if filtered
            else "No certificates have been issued yet."
        )
        return 0
    print_table(
        ("Number", "Status", "Name", "Programme", "Cohort", "Issued", "Code"),
        (
            (
                entry.number,
                entry.status.value,
                entry.full_name,
                entry.programme_name,
                entry.cohort_code,
                entry.issue_date.isoformat(),
                entry.verify_code,
            )
            for entry in entries
        ),
    )
    if len(entries) == args.limit:
        print(f"(first {len(entries)} shown; narrow it with SEARCH or use --limit)")
    return 0


def export_register(args: argparse.Namespace, url: str, status: CertificateStatus | None) -> int:
    from desktop.cli_sponsors import chosen_file
    from desktop.services import certificate_register_export

    path = chosen_file(args)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        try:
            count = certificate_register_export.export_register(
                db, actor, path, args.search, status
            )
        except OSError as error:
            raise ValidationError(
                "{file} cannot be written: {why}.", "file", file=str(path), why=error.strerror
            ) from None
    finally:
        db.close()
    print(f"Written: {path} ({count} certificate{'s' * (count != 1)})")
    return 0


def show_certificate(args: argparse.Namespace, url: str) -> int:
    db = _open(url)
    try:
        actor = _login(db, args.user)
        found = find_certificate(db, actor, args.certificate)
        related = related_numbers(db, actor, found)
    finally:
        db.close()
    print_entry(found, related)
    return 0


def write_pdf(args: argparse.Namespace, url: str) -> int:
    from desktop.services.certificate_register import pdf

    db = _open(url)
    try:
        actor = _login(db, args.user)
        found = find_certificate(db, actor, args.certificate)
        data = pdf(db, actor, found.id)
    finally:
        db.close()
    write_file(args.output, data)
    print(f"Written: {args.output} (certificate {found.number}, {found.full_name}, as issued)")
    return 0


def write_file(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as error:
        raise ValidationError(
            "{file} cannot be written: {why}.", "file", file=str(path), why=error.strerror
        ) from None


def revoke_certificate(args: argparse.Namespace, url: str) -> int:
    from desktop.services.certificate_register import revoke

    db = _open(url)
    try:
        actor = _login(db, args.user)
        found = revoke(db, actor, find_certificate(db, actor, args.certificate).id, args.reason)
    finally:
        db.close()
    print(
        f"Revoked {found.number} ({found.full_name}): {found.revoked_reason}. It stays in the "
        "register with its number and verifies as revoked."
    )
    return 0


def reissue_certificate(args: argparse.Namespace, url: str) -> int:
    from desktop.cli_certificates_issue import parse_issue_date
    from desktop.services.certificate_issue import reissue

    if not args.reason.strip():
        raise ValidationError("--reason: say why the certificate is re-issued.", "reason")
    issue_date = parse_issue_date(args.date)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        old = find_certificate(db, actor, args.certificate)
        result = reissue(db, actor, old.id, args.reason, issue_date=issue_date, folder=args.folder)
    finally:
        db.close()
    new = result.certificates[0]
    print(f"{old.number} is superseded by {new.number} ({new.full_name}), code {new.verify_code}.")
    if new.file is not None:
        print(f"Written: {new.file}")
    return 0


# -- printing ------------------------------------------------------------------------------------


def print_issued(result: IssueResult) -> None:
    print_table(
        ("Number", "Name", "Code"),
        ((item.number, item.full_name, item.verify_code) for item in result.certificates),
    )
    files = [item.file for item in result.certificates if item.file is not None]
    if files:
        print()
        print(f"Written to {files[0].parent}: one PDF per certificate, named by number and name.")
    if result.print_file is not None:
        print(f"To print them all: {result.print_file}")


def long_date(day: date) -> str:
    from desktop.domain.formatting import format_date

    return format_date(day, "en")


def period(start: date, end: date) -> str:
    return f"{long_date(start)} to {long_date(end)}"


def entry_lines(entry: RegisterEntry, related: dict[int, str]) -> list[tuple[str, str]]:
    """The entry as labelled lines; `related` gives the numbers of the certificates it
    replaces or is replaced by."""
    status = entry.status.label
    if entry.revoked_at is not None:
        revoked_on = long_date(entry.revoked_at.astimezone().date())
        status = f"{status} on {revoked_on}: {entry.revoked_reason}"
    lines = [
        ("Number", entry.number),
        ("Status", status),
        ("Name", entry.full_name),
        ("Born", entry.birth),
        ("Programme", f"{entry.programme_name} ({entry.hours_jp} JP)"),
        ("Cohort", f"{entry.cohort_code}, {period(entry.start_date, entry.end_date)}"),
        ("Issued", " by ".join(filter(None, (long_date(entry.issue_date), entry.issued_by)))),
        ("Code", entry.verify_code),
        ("SHA-256", entry.sha256),
    ]
    if entry.override_reason:
        lines.append(("Override", entry.override_reason))
    if entry.supersedes_id is not None:
        replaced = related.get(entry.supersedes_id, f"#{entry.supersedes_id}")
        lines.append(("Replaces", f"{replaced} ({entry.reissue_reason})"))
    if entry.superseded_by_id is not None:
        lines.append(
            ("Replaced by", related.get(entry.superseded_by_id, f"#{entry.superseded_by_id}"))
        )
    return [(label, value) for label, value in lines if value]


def print_lines(lines: list[tuple[str, str]], indent: str = "") -> None:
    width = max(len(label) for label, _ in lines) + 1
    for label, value in lines:
        print(f"{indent}{label + ':':<{width}} {printable(value)}")


def printable(text: str) -> str:
    """Control characters shown as "?": a forged code may carry any text, and escape
    sequences must not reach the terminal."""
    return "".join("?" if unicodedata.category(char) == "Cc" else char for char in text)


def print_entry(entry: RegisterEntry, related: dict[int, str]) -> None:
    print_lines(entry_lines(entry, related))
