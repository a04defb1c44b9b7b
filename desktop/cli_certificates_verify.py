"""`pelita certificates verify|export-key|import-key`: checking a certificate from its code or
its PDF, and the key files through which offices check each other's certificates.

`verify` prints what the window's "Verify a certificate" shows (desktop.services.
certificate_verify): the verdict, why, what the signed code says and the register entry.
`--key FILE` checks a code signed by another centre against that centre's exported public key
directly (nothing is imported); the database answers for this centre's own certificates and
for codes none of the files signed.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli_admin import _open
from desktop.cli_certificates_register import entry_lines, period, print_lines, related_numbers
from desktop.cli_participants import _login
from desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from desktop.domain.certificate import ReadCode
    from desktop.services.certificate_verify import Answer

EXIT_VALID = 0
EXIT_NOT_VALID = 1
KEY_SUFFIX = ".pelitakey"  # certificate_keys.KEY_FILE_SUFFIX; not imported, for --help


@dataclass(frozen=True)
class KeyFile:
    path: Path
    centre_name: str
    centre_code: str
    public: bytes


def add_verify_commands(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    parents: list[argparse.ArgumentParser],
) -> None:
    verify = actions.add_parser(
        "verify",
        parents=parents,
        help="is a certificate real? valid, revoked, superseded, unknown or forged",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Check a certificate: the text of its QR code (as a scanner types it), "
        "the short code under the QR, its number, or its PDF file. Prints the verdict, why, "
        "what the signed code says and the register entry.\n\n"
        "exit status:\n"
        "  0  valid\n"
        "  1  not valid: revoked, superseded, unknown or forged\n"
        "  2  a mistake in the command (a missing file, a wrong password, …)",
    )
    verify.add_argument(
        "certificate",
        metavar="CODE-or-PDF",
        help="a code or number, or the path of a certificate's PDF",
    )
    verify.add_argument(
        "--key",
        metavar=f"FILE{KEY_SUFFIX}",
        type=Path,
        action="append",
        default=[],
        help="another centre's public key file (exported with export-key): checks that "
        "centre's certificates without importing its key; repeat for several centres",
    )
    verify.set_defaults(handler=verify_certificate)

    export = actions.add_parser(
        "export-key",
        parents=parents,
        help="write this centre's public key, for other offices to verify its certificates",
    )
    export.add_argument("output", metavar=f"OUT{KEY_SUFFIX}", type=Path)
    export.set_defaults(handler=export_key)

    import_ = actions.add_parser(
        "import-key",
        parents=parents,
        help="trust another centre's public key: its certificates then verify here",
    )
    import_.add_argument("file", metavar=f"FILE{KEY_SUFFIX}", type=Path)
    import_.set_defaults(handler=import_key)


# -- verify --------------------------------------------------------------------------------------


def verify_certificate(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.certificate import Verdict
    from desktop.services import certificate_verify
    from desktop.services.certificate_keys import known_keys

    keys = [read_key(path) for path in args.key]
    pdf = _pdf_of(args.certificate)
    db = _open(url)
    try:
        actor = _login(db, args.user)
        read = _code_in(pdf if pdf is not None else args.certificate)
        answer = None
        if keys and read is not None:
            own = {known.key_id for known in known_keys(db, actor) if known.own}
            answer = check_with_key_files(read, keys, own)
        if answer is None:
            answer = (
                certificate_verify.verify_pdf(db, actor, pdf)
                if pdf is not None
                else certificate_verify.verify(db, actor, args.certificate)
            )
        related = related_numbers(db, actor, answer.entry)
    finally:
        db.close()
    print_answer(answer, related)
    if keys and read is not None and answer.verdict is Verdict.UNKNOWN:
        print()
        print(f"None of the key files given signed this code (it names key {read.key_id}).")
    return EXIT_VALID if answer.valid else EXIT_NOT_VALID


def _pdf_of(argument: str) -> bytes | None:
    """The file's bytes when the argument names a file; None when it is a code."""
    path = Path(argument)
    try:
        is_file = path.is_file()
    except (OSError, ValueError):  # a long code is too long a file name: not a file
        is_file = False
    if is_file:
        try:
            return path.read_bytes()
        except OSError as error:
            raise ValidationError(
                "{file} cannot be read: {why}.", "file", file=argument, why=error.strerror
            ) from None
    if argument.strip().lower().endswith(".pdf"):
        raise ValidationError("There is no file {file}.", "file", file=argument)
    return None


def _code_in(certificate: str | bytes) -> ReadCode | None:
    """The signed code a PDF or a typed text carries, if it is readable."""
    from desktop.domain.certificate import read_qr_code
    from desktop.services.certificate_verify import PDF_CODE, TEXT_MAX

    if isinstance(certificate, bytes):
        if not certificate.startswith(b"%PDF"):
            return None
        found = PDF_CODE.search(certificate)
        return read_qr_code(found.group(0).decode("ascii")) if found else None
    return read_qr_code(certificate[:TEXT_MAX])


def check_with_key_files(read: ReadCode, keys: list[KeyFile], own: set[str]) -> Answer | None:
    """The answer of the key file that signed the code; None when none did, or when it is
    this centre's own key (the register then knows more: revoked, superseded)."""
    from desktop.domain.certificate import key_id
    from desktop.services.certificate_verify import check_signature

    key = next((key for key in keys if key_id(key.public) == read.key_id), None)
    if key is None or read.key_id in own:
        return None
    return check_signature(read, key.public, key.centre_name, own=False)


def print_answer(answer: Answer, related: dict[int, str]) -> None:
    from desktop.domain.certificate import Verdict
    from desktop.domain.errors import fill

    print_lines(
        [
            ("Verdict", answer.verdict.label),
            ("Why", fill(answer.reason, answer.params, "en")),
        ]
    )
    fields = answer.fields
    if fields is not None:
        print()
        trusted = answer.verdict not in (Verdict.UNKNOWN, Verdict.FORGED)
        print("What the code says:" if trusted else "What the code claims (not confirmed):")
        centre = (
            f"{answer.centre_name} ({fields.centre_code})"
            if answer.centre_name
            else fields.centre_code
        )
        print_lines(
            [
                ("Number", fields.number),
                ("Name", fields.name),
                ("Programme", fields.programme),
                ("Dates", period(fields.start, fields.end)),
                ("Centre", centre),
            ],
            indent="  ",
        )
    if answer.entry is not None:
        print()
        print("In the register:")
        print_lines(entry_lines(answer.entry, related), indent="  ")


# -- key files -----------------------------------------------------------------------------------


def read_key(path: Path) -> KeyFile:
    from desktop.services.certificate_keys import read_key_file

    text = _read_text(path)
    try:
        name, code, public = read_key_file(text)
    except ValidationError as error:
        raise ValidationError(
            "{file}: {why}", "key_file", file=str(path), why=error.english()
        ) from None
    return KeyFile(path, name, code, public)


def _read_text(path: Path) -> str:
    try:
        # A key file is short ASCII; anything else is refused by read_key_file, not here.
        return path.read_bytes()[:100_000].decode("utf-8", errors="replace")
    except OSError as error:
        raise ValidationError(
            "{file} cannot be read: {why}.", "file", file=str(path), why=error.strerror
        ) from None


def export_key(args: argparse.Namespace, url: str) -> int:
    from desktop.domain.certificate import key_id
    from desktop.services.certificate_keys import export_public_key, read_key_file

    output: Path = args.output if args.output.suffix else args.output.with_suffix(KEY_SUFFIX)
    db = _open(url)
    try:
        text = export_public_key(db, _login(db, args.user))
    finally:
        db.close()
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ValidationError(
            "{file} cannot be written: {why}.", "file", file=str(output), why=error.strerror
        ) from None
    name, _code, public = read_key_file(text)
    print(f"Written: {output}, the public key of {name} (key {key_id(public)}).")
    print(
        "Another office checks this centre's certificates with it: pelita certificates "
        "verify CODE --key FILE, or imports it once with: pelita certificates import-key FILE."
    )
    return 0


def import_key(args: argparse.Namespace, url: str) -> int:
    from desktop.services.certificate_keys import import_public_key, known_keys

    key = read_key(args.file)  # a wrong file is said before the password is asked for
    db = _open(url)
    try:
        actor = _login(db, args.user)
        before = {known.key_id for known in known_keys(db, actor)}
        known = import_public_key(db, actor, _read_text(args.file))
    finally:
        db.close()
    centre = f"{known.centre_name} ({known.centre_code})" if known.centre_code else key.centre_name
    if known.key_id in before:
        print(f"The key of {centre} (key {known.key_id}) was known here already.")
    else:
        print(f"Imported the key of {centre} (key {known.key_id}): its certificates verify here.")
    return 0
