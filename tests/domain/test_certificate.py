"""The certificate's signed code (domain.certificate): the QR text round trip for any names,
signatures that break on any changed field, the short verification code as printed and as
typed, and file names safe on Windows and Linux for any name."""

from __future__ import annotations

import re
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.certificate import (
    CODE_PREFIX,
    CertificateStatus,
    SignedFields,
    Verdict,
    file_name,
    key_id,
    new_key_pair,
    normal_verify_code,
    qr_code,
    read_qr_code,
    sha256_hex,
    sign,
    signature_holds,
    verify_code,
)
from desktop.domain.names import clean_person_name

PAIR = new_key_pair()
OTHER = new_key_pair()
FIELDS = SignedFields(
    "LKP-PM",
    "0001/LKP-PM/JHT/XI/2026",
    "Nur'aini Désirée",
    "Menjahit Pakaian Dasar",
    date(2026, 8, 10),
    date(2026, 10, 4),
)
# Any text but the separator the signed message uses between fields and halves of surrogate
# pairs, which are not text (names refuse both, as control and broken characters).
text = st.text(st.characters(codec="utf-8", exclude_characters="\x1f"), max_size=120)
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
signed_fields = st.builds(SignedFields, text, text, text, text, days, days)


# -- the QR code ---------------------------------------------------------------------------------


@given(signed_fields)
def test_the_qr_code_round_trip(sent: SignedFields) -> None:
    signature = sign(PAIR.private, sent)
    code = qr_code(PAIR.key_id, sent, signature)
    assert code.startswith(CODE_PREFIX)
    assert re.fullmatch(r"PLT1-[A-Z2-7]+", code)  # QR alphanumeric mode; no keyboard layout bites
    read = read_qr_code(code)
    assert read is not None
    assert (read.key_id, read.fields, read.signature) == (PAIR.key_id, sent, signature)
    assert signature_holds(PAIR.public, read.fields, read.signature)
    # As a scanner may type it: lower case, broken over lines, with a trailing Enter.
    typed = code.lower()
    typed = f" {typed[:20]}\n{typed[20:]}\r\n"
    assert read_qr_code(typed) == read


@pytest.mark.parametrize(
    "garbled",
    [
        "",
        "PLT1-",
        "PLT2-" + "A" * 200,  # another kind of code
        "0001/LKP-PM/JHT/XI/2026",
        "PLT1-" + "A" * 100,  # long enough, but no fields in it
        "PLT1-" + "A" * 10_000,
        "PLT1-189!",  # not base32
        "PLT1-K7QDM2XA",  # too short to hold a signature
    ],
)
def test_what_is_not_a_qr_code(garbled: str) -> None:
    assert read_qr_code(garbled) is None


def test_a_qr_code_cut_short_is_not_read() -> None:
    code = qr_code(PAIR.key_id, FIELDS, sign(PAIR.private, FIELDS))
    for cut in range(1, len(code) - len(CODE_PREFIX)):
        read = read_qr_code(code[:-cut])
        assert read is None or not signature_holds(PAIR.public, read.fields, read.signature)


def test_one_character_changed_never_passes() -> None:
    """Whichever character of the code is mistyped, it either cannot be read or names a key
    or fields the signature does not vouch for (unless the change only touched the unused
    bits of the last character, which leaves every byte as it was)."""
    code = qr_code(PAIR.key_id, FIELDS, sign(PAIR.private, FIELDS))
    original = read_qr_code(code)
    for position in range(len(CODE_PREFIX), len(code)):
        for char in "A7Q":
            if code[position] == char:
                continue
            read = read_qr_code(code[:position] + char + code[position + 1 :])
            if read is None or read == original:
                continue
            assert read.key_id != PAIR.key_id or not signature_holds(
                PAIR.public, read.fields, read.signature
            ), position


# -- signatures ------------------------------------------------------------------------------------


def _other_value(value: Any) -> Any:
    if isinstance(value, date):
        return value + timedelta(days=1)
    return f"{value}x"


@pytest.mark.parametrize("name", [f.name for f in dataclass_fields(SignedFields)])
def test_the_signature_breaks_on_any_changed_field(name: str) -> None:
    signature = sign(PAIR.private, FIELDS)
    assert signature_holds(PAIR.public, FIELDS, signature)
    changed = replace(FIELDS, **{name: _other_value(getattr(FIELDS, name))})
    assert not signature_holds(PAIR.public, changed, signature)


@given(signed_fields, st.sampled_from([f.name for f in dataclass_fields(SignedFields)]), text)
def test_any_change_breaks_the_signature(sent: SignedFields, name: str, other: str) -> None:
    value = getattr(sent, name)
    new: Any = value + timedelta(days=1) if isinstance(value, date) else other
    if new == value:
        new = _other_value(value)
    signature = sign(PAIR.private, sent)
    assert not signature_holds(PAIR.public, replace(sent, **{name: new}), signature)


def test_a_signature_holds_only_for_its_key_and_whole() -> None:
    signature = sign(PAIR.private, FIELDS)
    assert not signature_holds(OTHER.public, FIELDS, signature)
    assert not signature_holds(PAIR.public, FIELDS, signature[:-1])
    assert not signature_holds(PAIR.public, FIELDS, bytes(64))
    assert not signature_holds(b"too short", FIELDS, signature)
    flipped = bytes([signature[0] ^ 1]) + signature[1:]
    assert not signature_holds(PAIR.public, FIELDS, flipped)


def test_fields_cannot_move_from_one_to_the_next() -> None:
    """The separator keeps "Siti" + "Aminah Menjahit" apart from "Siti Aminah" + "Menjahit"."""
    one = replace(FIELDS, name="Siti", programme="Aminah Menjahit")
    two = replace(FIELDS, name="Siti Aminah", programme="Menjahit")
    assert not signature_holds(PAIR.public, two, sign(PAIR.private, one))


def test_key_ids() -> None:
    assert re.fullmatch(r"[0-9a-f]{8}", PAIR.key_id)
    assert PAIR.key_id == key_id(PAIR.public) != OTHER.key_id
    assert len(PAIR.private) == len(PAIR.public) == 32


# -- the short code ----------------------------------------------------------------------------


@given(st.binary(min_size=64, max_size=64))
def test_the_short_code_format(signature: bytes) -> None:
    code = verify_code(signature)
    assert re.fullmatch(r"[A-Z2-7]{4}-[A-Z2-7]{4}", code)
    assert verify_code(signature) == code  # the same signature, the same code
    assert normal_verify_code(code) == code


def test_short_codes_differ_between_certificates() -> None:
    codes = {verify_code(sign(PAIR.private, replace(FIELDS, number=str(n)))) for n in range(500)}
    assert len(codes) == 500


@pytest.mark.parametrize(
    "typed",
    ["K7QD-M2XA", "k7qd-m2xa", "K7QDM2XA", "k7qd m2xa", " k7qd\tm2xa \n", "K7Q D-M2 XA"],
)
def test_a_short_code_as_typed(typed: str) -> None:
    assert normal_verify_code(typed) == "K7QD-M2XA"


@pytest.mark.parametrize(
    "typed", ["", "K7QD-M2X", "K7QD-M2XAB", "K7QD-M2X1", "K7QD-M2X0", "K7QD/M2XA", "ÄÄÄÄ-ÄÄÄÄ"]
)
def test_what_is_not_a_short_code(typed: str) -> None:
    assert normal_verify_code(typed) is None


# -- answers -----------------------------------------------------------------------------------


def test_each_status_has_its_verdict_and_labels() -> None:
    assert [s.verdict for s in CertificateStatus] == [
        Verdict.VALID,
        Verdict.REVOKED,
        Verdict.SUPERSEDED,
    ]
    assert all(v.label for v in Verdict) and all(s.label for s in CertificateStatus)


def test_sha256_hex() -> None:
    assert sha256_hex(b"") == ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")


# -- file names --------------------------------------------------------------------------------

WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Siti Aminah", "0012-LPK-XYZ-XI-2026 Siti Aminah.pdf"),
        ("Nur'aini", "0012-LPK-XYZ-XI-2026 Nur'aini.pdf"),
        ('A/B\\C:D*E?F"G<H>I|J', "0012-LPK-XYZ-XI-2026 A B C D E F G H I J.pdf"),
        ("  Siti\t\nAminah . . ", "0012-LPK-XYZ-XI-2026 Siti Aminah.pdf"),
        ("...", "0012-LPK-XYZ-XI-2026.pdf"),
        ("CON", "0012-LPK-XYZ-XI-2026 CON.pdf"),  # never a device name: the number leads
        ("", "0012-LPK-XYZ-XI-2026.pdf"),
    ],
)
def test_file_names(name: str, expected: str) -> None:
    assert file_name("0012/LPK-XYZ/XI/2026", name) == expected


numbers = st.text(min_size=1, max_size=120).filter(
    lambda t: any(c.isascii() and c.isalnum() for c in t)
)


@given(numbers, st.text(max_size=200))
def test_a_file_name_is_safe_on_windows_for_any_name(number: str, name: str) -> None:
    made = file_name(number, name)
    assert made.endswith(".pdf")
    stem = made[: -len(".pdf")]
    assert stem and not WINDOWS_FORBIDDEN.search(made)
    assert not made[0].isspace()
    assert len(made.encode("utf-16-le")) // 2 <= 255  # Windows: 255 UTF-16 units a name
    assert made.split(" ", 1)[0].strip("-")  # the number's part leads


def test_a_file_name_fits_linux_for_any_valid_name() -> None:
    name = clean_person_name(" ".join(["Ẉịḅộẉọṡạṅụṡṫẹṗḥ"] * 8)[:120])  # a valid name
    made = file_name("0001/LKP-PM/JHT/XI/2026", name)
    assert len(made.encode("utf-8")) <= 255
