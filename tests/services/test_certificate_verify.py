"""Verifying certificates (services.certificate_verify) on SQLite and PostgreSQL, the catalogue
of what a desk may be handed: the QR's text (read from the file and decoded from the printed
page), the short code however typed, the number; revoked and superseded certificates; codes
cut short, mistyped, made up or signed by another centre (before and after importing its key);
PDFs from elsewhere, changed by one byte, or not PDFs at all; and names as people have them."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from sqlalchemy import select

from desktop.domain.certificate import (
    KeyPair,
    SignedFields,
    Verdict,
    new_key_pair,
    qr_code,
    read_qr_code,
    sign,
)
from desktop.services import certificate_issue, certificate_keys, certificate_register
from desktop.services.certificate_issue import Issued
from desktop.services.certificate_verify import Answer, verify, verify_pdf
from desktop.services.context import Actor
from desktop.store.certificates import SigningKey
from desktop.store.database import Database
from tests.services.test_certificate_issue import Class, Clock, clock, issue, klass, make_class

__all__ = ["clock", "klass"]  # fixtures used here

LONG_NAME = "Raden Ajeng Siti Nurhalizah Kusumawardhani Puspitasari Wulandari Ningrum Hapsari"
NOT_READ = "The code cannot be read: it is cut short or mistyped. Scan it again."
NOT_SIGNED = "The signature does not match the details in the code: they were changed or made up."
KEY_NOT_KNOWN = (
    "This code names a key not known here: either the certificate is from a centre whose key "
    "file is not imported (import it to check the certificate), or the code was mistyped (scan "
    "it again)."
)
NO_SUCH_CODE = "No certificate of this centre has this code or number. Check what was typed."


def qr_text(pdf: bytes) -> str:
    """The code the certificate file carries for verification (its /Subject)."""
    metadata = PdfReader(io.BytesIO(pdf)).metadata
    assert metadata is not None and metadata.subject is not None
    return str(metadata.subject)


def scanned(pdf: bytes, tmp_path: Path) -> list[str]:
    """The QR codes found on the first page printed at 200 dpi, as a scanner reads them."""
    path = tmp_path / "certificate.pdf"
    path.write_bytes(pdf)
    prefix = tmp_path / "page"
    command = ["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-png", "-singlefile"]
    subprocess.run([*command, str(path), str(prefix)], check=True)
    with Image.open(f"{prefix}.png") as image:
        return [found.text for found in zxingcpp.read_barcodes(image)]


def stored(db: Database, actor: Actor, issued: Issued) -> bytes:
    return certificate_register.pdf(db, actor, issued.certificate_id)


def assert_answer(answer: Answer, verdict: Verdict, reason: str | None = None) -> None:
    assert answer.verdict is verdict, answer
    if reason is not None:
        assert answer.reason == reason, answer


def another_centre() -> tuple[KeyPair, SignedFields, str]:
    """A certificate of LPK Maju Jaya, signed with that centre's own key."""
    pair = new_key_pair()
    fields = SignedFields(
        "LPK-MJ",
        "012/LPK-MJ/XI/2026",
        "Siti Aminah",
        "Tata Rias",
        date(2026, 8, 3),
        date(2026, 10, 30),
    )
    return pair, fields, qr_code(pair.key_id, fields, sign(pair.private, fields))


def key_file(pair: KeyPair, name: str, code: str) -> str:
    """That centre's key file, as its Pelita exports it."""
    import base64

    return "\n".join(
        (
            certificate_keys.BEGIN,
            f"Centre: {name}",
            f"Code: {code}",
            f"Key-Id: {pair.key_id}",
            f"Key: {base64.b64encode(pair.public).decode('ascii')}",
            certificate_keys.END,
            "",
        )
    )


# -- valid, revoked, superseded -----------------------------------------------------------------


def test_a_valid_certificate_by_each_of_its_codes(
    demo_db: Database, admin: Actor, klass: Class, tmp_path: Path
) -> None:
    ani = issue(demo_db, admin, klass, [0]).certificates[0]
    pdf = stored(demo_db, admin, ani)
    code = qr_text(pdf)
    if shutil.which("pdftoppm"):  # the printed QR says what the file says
        assert scanned(pdf, tmp_path) == [code]
    short = ani.verify_code.lower().replace("-", " ")
    for text in (
        code,
        f"  {code.lower()}\n",
        ani.verify_code,
        short,
        short.replace(" ", ""),
        ani.number,
        f" {ani.number.lower()} ",
    ):
        answer = verify(demo_db, admin, text)
        assert_answer(answer, Verdict.VALID, "Issued by this centre; in force.")
        assert answer.entry is not None and answer.entry.id == ani.certificate_id
    by_code = verify(demo_db, admin, code)
    assert by_code.fields is not None and by_code.fields.name == "Ani Suryani"
    assert by_code.centre_name == "LKP Pelita Mandiri (Demo)"
    by_file = verify_pdf(demo_db, admin, pdf)
    assert_answer(by_file, Verdict.VALID)
    assert by_file.entry is not None and by_file.entry.number == ani.number


def test_revoked_and_superseded_say_so(demo_db: Database, admin: Actor, klass: Class) -> None:
    ani, citra = issue(demo_db, admin, klass, [0, 2]).certificates
    certificate_register.revoke(demo_db, admin, ani.certificate_id, "Ijazah palsu")
    certificate_issue.reissue(demo_db, admin, citra.certificate_id, "Nama salah")
    for issued, verdict in ((ani, Verdict.REVOKED), (citra, Verdict.SUPERSEDED)):
        pdf = stored(demo_db, admin, issued)
        for answer in (
            verify(demo_db, admin, qr_text(pdf)),
            verify(demo_db, admin, issued.verify_code),
            verify(demo_db, admin, issued.number),
            verify_pdf(demo_db, admin, pdf),
        ):
            assert_answer(answer, verdict)
            assert answer.entry is not None and answer.entry.id == issued.certificate_id
    revoked = verify(demo_db, admin, ani.number)
    assert (revoked.reason, dict(revoked.params)) == (
        "Revoked: {reason}",
        {"reason": "Ijazah palsu"},
    )


# -- garbled and made-up codes ------------------------------------------------------------------


def test_garbled_codes_get_a_clear_answer(demo_db: Database, admin: Actor, klass: Class) -> None:
    ani = issue(demo_db, admin, klass, [0]).certificates[0]
    code = qr_text(stored(demo_db, admin, ani))
    for cut in (1, 5, 8, 40, len(code) - 6):
        assert_answer(verify(demo_db, admin, code[:-cut]), Verdict.UNKNOWN, NOT_READ)
    read = read_qr_code(code)
    assert read is not None

    def one_changed(position: int) -> str:
        char = "B" if code[position] != "B" else "C"
        return code[:position] + char + code[position + 1 :]

    # In the key's id (the first 4 bytes: 7 characters), the signature's key is not known here.
    assert_answer(verify(demo_db, admin, one_changed(6)), Verdict.UNKNOWN, KEY_NOT_KNOWN)
    # In the signature (the last 64 bytes) it no longer holds.
    assert_answer(verify(demo_db, admin, one_changed(len(code) - 20)), Verdict.FORGED, NOT_SIGNED)
    # Anywhere at all: never valid, always one of the clear answers (but where the change only
    # touched the unused low bits of the last character: every byte is then as it was).
    for position in range(len("PLT1-"), len(code)):
        if read_qr_code(one_changed(position)) == read:
            assert position == len(code) - 1
            continue
        answer = verify(demo_db, admin, one_changed(position))
        assert answer.verdict in (Verdict.UNKNOWN, Verdict.FORGED), position
        assert answer.reason in (NOT_READ, NOT_SIGNED, KEY_NOT_KNOWN), position
    wrong_short = ani.verify_code[:-1] + ("A" if ani.verify_code[-1] != "A" else "B")
    assert_answer(verify(demo_db, admin, wrong_short), Verdict.UNKNOWN, NO_SUCH_CODE)
    assert_answer(verify(demo_db, admin, "0099/LKP-PM/JHT/XI/2026"), Verdict.UNKNOWN, NO_SUCH_CODE)
    assert_answer(
        verify(demo_db, admin, "   "), Verdict.UNKNOWN, "Type or scan a certificate code."
    )
    for flood in ("x" * 10_000, "PLT1-" + "A" * 10_000, "PLT1-" + "ZZ7" * 3_400, "7" * 10_000):
        assert_answer(verify(demo_db, admin, flood), Verdict.UNKNOWN)


@pytest.mark.parametrize(
    "text", ["0001/LKP-PM\x00/JHT", "\ud800", "K7QD-M2X\udfff"], ids=["nul", "surrogate", "code"]
)
def test_text_no_database_can_hold_is_unknown(
    demo_db: Database, admin: Actor, klass: Class, text: str
) -> None:
    """A scanner or a paste can bring a NUL or half of a surrogate pair: no certificate has
    such a code, and the desk must say so rather than fail."""
    issue(demo_db, admin, klass, [0])
    assert_answer(verify(demo_db, admin, text), Verdict.UNKNOWN, NO_SUCH_CODE)


def test_a_changed_name_in_a_well_formed_code_is_forged(
    demo_db: Database, admin: Actor, klass: Class
) -> None:
    ani = issue(demo_db, admin, klass, [0]).certificates[0]
    read = read_qr_code(qr_text(stored(demo_db, admin, ani)))
    assert read is not None
    for change in (
        {"name": "Budi Santoso"},
        {"number": "0002/LKP-PM/JHT/XI/2026"},
        {"end": date(2026, 12, 31)},
        {"programme": "Tata Boga"},
    ):
        tampered = qr_code(read.key_id, replace(read.fields, **change), read.signature)
        answer = verify(demo_db, admin, tampered)
        assert_answer(answer, Verdict.FORGED, NOT_SIGNED)
        assert answer.fields == replace(read.fields, **change)  # what the code claims
        assert answer.entry is None


def test_signed_with_this_centres_key_but_not_as_registered(
    demo_db: Database, admin: Actor, klass: Class
) -> None:
    """A code signed with the centre's own key that the register does not hold (a key copied
    off the PC, or a database restored from an older backup) is not taken at its word."""
    ani = issue(demo_db, admin, klass, [0]).certificates[0]
    read = read_qr_code(qr_text(stored(demo_db, admin, ani)))
    assert read is not None
    with demo_db.sessions() as session:
        private = session.scalar(select(SigningKey.private_key).where(SigningKey.own.is_(True)))
    assert private is not None
    unknown = replace(read.fields, number="0500/LKP-PM/JHT/XI/2026")
    answer = verify(demo_db, admin, qr_code(read.key_id, unknown, sign(private, unknown)))
    assert_answer(answer, Verdict.UNKNOWN)
    assert answer.params == {"number": "0500/LKP-PM/JHT/XI/2026"}
    other_name = replace(read.fields, name="Budi Santoso")
    answer = verify(demo_db, admin, qr_code(read.key_id, other_name, sign(private, other_name)))
    assert_answer(answer, Verdict.FORGED)
    assert answer.entry is not None and answer.entry.full_name == "Ani Suryani"


def test_another_centres_certificate_before_and_after_importing_its_key(
    demo_db: Database, admin: Actor
) -> None:
    pair, fields, code = another_centre()
    answer = verify(demo_db, admin, code)
    assert_answer(answer, Verdict.UNKNOWN, KEY_NOT_KNOWN)
    assert answer.fields == fields  # who it is for can still be read
    known = certificate_keys.import_public_key(
        demo_db, admin, key_file(pair, "LPK Maju Jaya", "LPK-MJ")
    )
    assert (known.key_id, known.centre_name, known.own) == (pair.key_id, "LPK Maju Jaya", False)
    answer = verify(demo_db, admin, code)
    assert_answer(answer, Verdict.VALID)
    assert answer.params == {"centre": "LPK Maju Jaya"} and answer.centre_name == "LPK Maju Jaya"
    assert answer.fields == fields and answer.entry is None
    faked = qr_code(
        pair.key_id, replace(fields, name="Siti Aminah Palsu"), sign(pair.private, fields)
    )
    assert_answer(verify(demo_db, admin, faked), Verdict.FORGED, NOT_SIGNED)
    _, _, strangers_code = another_centre()  # a third centre, still not known
    assert_answer(verify(demo_db, admin, strangers_code), Verdict.UNKNOWN, KEY_NOT_KNOWN)


# -- files --------------------------------------------------------------------------------------


def tiny_pdf(subject: str = "") -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out)
    if subject:
        canvas.setSubject(subject)
    canvas.drawString(72, 720, "SERTIFIKAT 0001/LKP-PM/JHT/XI/2026")
    canvas.save()
    return out.getvalue()


def test_files_that_are_not_the_issued_certificate(
    demo_db: Database, admin: Actor, klass: Class
) -> None:
    ani = issue(demo_db, admin, klass, [0]).certificates[0]
    pdf = stored(demo_db, admin, ani)
    code = qr_text(pdf)
    no_code = "This PDF is not a Pelita certificate: it carries no code."
    assert_answer(verify_pdf(demo_db, admin, tiny_pdf()), Verdict.UNKNOWN, no_code)
    assert_answer(
        verify_pdf(demo_db, admin, b"PK\x03\x04 a zip file"),
        Verdict.UNKNOWN,
        "This file is not a PDF.",
    )
    assert_answer(verify_pdf(demo_db, admin, b""), Verdict.UNKNOWN, "This file is not a PDF.")
    at = pdf.index(b"/Creator") + 2  # one byte changed away from the code
    changed = pdf[:at] + bytes([pdf[at] ^ 0x20]) + pdf[at + 1 :]
    answer = verify_pdf(demo_db, admin, changed)
    assert_answer(answer, Verdict.FORGED)
    assert answer.entry is not None and answer.entry.id == ani.certificate_id
    # A PDF made elsewhere around a real code: the code is real, the file is not the one issued.
    assert_answer(verify_pdf(demo_db, admin, tiny_pdf(code)), Verdict.FORGED)
    _, _, foreign = another_centre()
    assert_answer(verify_pdf(demo_db, admin, tiny_pdf(foreign)), Verdict.UNKNOWN, KEY_NOT_KNOWN)


def test_the_print_file_of_a_single_certificate_is_not_called_forged(
    demo_db: Database, admin: Actor, klass: Class, tmp_path: Path
) -> None:
    """A re-issue written to a folder (or a batch of one) comes with a print file of that one
    certificate; handed to "Verify a certificate", Pelita's own file must not be called forged."""
    result = issue(demo_db, admin, klass, [0], folder=tmp_path)
    assert result.print_file is not None
    assert_answer(verify_pdf(demo_db, admin, result.print_file.read_bytes()), Verdict.VALID)


# -- names as people have them ------------------------------------------------------------------


def test_names_with_apostrophes_accents_and_eighty_letters(
    demo_db: Database, admin: Actor, clerk: Actor, clock: Clock, tmp_path: Path
) -> None:
    names = ["Nur'aini", "André Wijaya", "Désirée Ñuñez Ölçer", LONG_NAME]
    assert len(LONG_NAME) == 80
    people = make_class(demo_db, clerk, clock, names)
    result = issue(demo_db, admin, people, range(len(names)), folder=tmp_path / "out")
    for issued, name in zip(result.certificates, names, strict=True):
        pdf = stored(demo_db, admin, issued)
        code = qr_text(pdf)
        if shutil.which("pdftoppm"):
            assert scanned(pdf, tmp_path) == [code], name
        for answer in (
            verify(demo_db, admin, code),
            verify(demo_db, admin, issued.verify_code),
            verify(demo_db, admin, issued.number),
            verify_pdf(demo_db, admin, pdf),
        ):
            assert_answer(answer, Verdict.VALID)
            assert answer.entry is not None and answer.entry.full_name == name
        fields = verify(demo_db, admin, code).fields
        assert fields is not None and fields.name == name
        assert issued.file is not None and issued.file.read_bytes() == pdf


# -- who may ------------------------------------------------------------------------------------


def test_every_role_verifies(
    demo_db: Database, admin: Actor, clerk: Actor, instructor: Actor, klass: Class
) -> None:
    ani = issue(demo_db, admin, klass, [0]).certificates[0]
    pdf = stored(demo_db, admin, ani)
    for actor in (admin, clerk, instructor):
        assert verify(demo_db, actor, ani.verify_code).valid
        assert verify(demo_db, actor, qr_text(pdf)).valid
        assert verify_pdf(demo_db, actor, pdf).valid
