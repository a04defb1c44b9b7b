"""The centre's profile: NIP of the head, centre code, and checking all fields at once."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.domain.centre import (
    HEAD_MAX,
    NAME_MAX,
    CentreProfile,
    InstitutionType,
    derive_code,
    valid_nip,
)
from desktop.domain.errors import ValidationError, ValidationErrors

GOOD_NIP = "197003152000032001"  # born 15 Mar 1970, appointed Mar 2000, woman, serial 001
PROFILE = CentreProfile(name="LKP Maju Jaya", institution_type=InstitutionType.LKP)


# -- NIP ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "nip",
    [
        GOOD_NIP,
        "198512312010121001",  # born 31 Dec, man
        "196002292000011002",  # 29 Feb in a leap year
        "190001012000011001",  # oldest year allowed
    ],
)
def test_valid_nip(nip: str) -> None:
    assert valid_nip(nip)


@pytest.mark.parametrize(
    ("nip", "why"),
    [
        ("19700315200003200", "17 digits"),
        ("1970031520000320011", "19 digits"),
        ("19700315200003200a", "a letter"),
        ("197013152000032001", "birth month 13"),
        ("197000152000032001", "birth month 00"),
        ("197003002000032001", "birth day 00"),
        ("197003322000032001", "birth day 32"),
        ("197002312000032001", "31 February"),
        ("197102292000032001", "29 February in a common year"),
        ("189903152000032001", "born before 1900"),
        ("197003152000002001", "appointment month 00"),
        ("197003152000132001", "appointment month 13"),
        ("197003152000033001", "sex digit 3"),
        ("197003152000030001", "sex digit 0"),
        ("197003152000032001\n", "trailing newline"),
        ("١٩٧٠٠٣١٥٢٠٠٠٠٣2٠٠١", "Arabic-Indic digits"),
        ("", "empty"),
    ],
)
def test_invalid_nip(nip: str, why: str) -> None:
    assert not valid_nip(nip), why


def test_nip_typed_with_spaces_dots_and_dashes_is_cleaned() -> None:
    cleaned = replace(PROFILE, head_nip="19700315 200003 2 001").cleaned()
    assert cleaned.head_nip == GOOD_NIP
    assert replace(PROFILE, head_nip="19700315.200003.2.001").cleaned().head_nip == GOOD_NIP
    assert replace(PROFILE, head_nip="19700315-200003-2-001").cleaned().head_nip == GOOD_NIP


def test_nip_is_optional() -> None:
    assert PROFILE.cleaned().head_nip == ""


def test_bad_nip_is_reported_on_its_field() -> None:
    with pytest.raises(ValidationErrors) as caught:
        replace(PROFILE, head_nip="197002312000032001").cleaned()
    assert [e.field for e in caught.value.errors] == ["head_nip"]
    assert "18 digits" in caught.value.english()


# -- cleaning -----------------------------------------------------------------------------


def test_cleaned_trims_and_collapses() -> None:
    profile = CentreProfile(
        name="  LKP   Maju  Jaya ",
        institution_type=InstitutionType.LKP,
        address="  Jl. Merdeka 17\nDesa Sukamaju  ",
        head_name=" Dra.  Siti  Rahmawati ",
        head_title=" Kepala   LKP ",
        certificate_pattern="  {seq:4}/{centre}/{year} ",
        code=" lkp-mj ",
    ).cleaned()
    assert profile.name == "LKP Maju Jaya"
    assert profile.address == "Jl. Merdeka 17\nDesa Sukamaju"  # lines kept
    assert profile.head_name == "Dra. Siti Rahmawati"
    assert profile.head_title == "Kepala LKP"
    assert profile.certificate_pattern == "{seq:4}/{centre}/{year}"
    assert profile.code == "LKP-MJ"


def test_code_is_derived_from_the_name_when_empty() -> None:
    assert PROFILE.cleaned().code == "LMJ"
    assert derive_code("Balai Latihan Kerja Kabupaten Cianjur") == "BLKKC"
    assert derive_code("") == "PELITA"
    assert derive_code("ÄÖÜ") == "PELITA"
    assert len(derive_code(" ".join(["Kata"] * 30))) == 12


@pytest.mark.parametrize("code", ["LKP MAJU", "LKP/MAJU", "A" * 13, "LKP_MAJU"])
def test_bad_code_is_refused(code: str) -> None:
    with pytest.raises(ValidationErrors) as caught:
        replace(PROFILE, code=code).cleaned()
    assert [e.field for e in caught.value.errors] == ["code"]


def test_every_fault_is_reported_at_once() -> None:
    bad = CentreProfile(
        name="   ",
        institution_type=InstitutionType.BLK,
        head_nip="12345",
        certificate_pattern="{year}/{centre}",
        code="NO SPACES",
        head_title="x" * (HEAD_MAX + 1),
    )
    with pytest.raises(ValidationErrors) as caught:
        bad.cleaned()
    fields = {e.field for e in caught.value.errors}
    assert fields == {"name", "head_nip", "certificate_pattern", "code", "head_title"}
    # The exception itself carries the first error, so code that shows one message still can.
    assert caught.value.field == caught.value.errors[0].field
    assert all(isinstance(e, ValidationError) for e in caught.value.errors)


def test_name_length_limit() -> None:
    assert replace(PROFILE, name="x" * NAME_MAX).cleaned().name == "x" * NAME_MAX
    with pytest.raises(ValidationErrors) as caught:
        replace(PROFILE, name="x" * (NAME_MAX + 1)).cleaned()
    assert caught.value.errors[0].field == "name"
    assert caught.value.errors[0].params == {"max": NAME_MAX}


@pytest.mark.parametrize("field", ["head_name", "head_title"])
def test_head_fields_fit_their_columns(field: str) -> None:
    # The columns hold 120 characters; PostgreSQL refuses anything longer.
    assert getattr(replace(PROFILE, **{field: "x" * HEAD_MAX}).cleaned(), field) == "x" * HEAD_MAX
    with pytest.raises(ValidationErrors) as caught:
        replace(PROFILE, **{field: "x" * (HEAD_MAX + 1)}).cleaned()
    assert [e.field for e in caught.value.errors] == [field]


@pytest.mark.parametrize("field", ["name", "address", "head_name", "head_title"])
def test_control_characters_are_refused(field: str) -> None:
    with pytest.raises(ValidationErrors) as caught:
        replace(PROFILE, **{field: "LKP\x00Maju"}).cleaned()
    assert [e.field for e in caught.value.errors] == [field]


def test_cleaned_keeps_the_logo() -> None:
    assert replace(PROFILE, logo_png=b"png").cleaned().logo_png == b"png"


def test_every_institution_type_has_a_label() -> None:
    assert [t.value for t in InstitutionType] == ["BLK", "LPK", "LKP", "PKBM", "NGO"]
    for kind in InstitutionType:
        assert kind.label.startswith(kind.value)
