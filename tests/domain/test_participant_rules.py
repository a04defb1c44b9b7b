"""The intake form's rules as a whole: every field at fault reported at once, values filled
from the NIK, warnings that never block, and stored values that load back unchanged."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.choices import (
    Assistance,
    ConsentMethod,
    ConsentPurpose,
    Disability,
    Dtsen,
    NoNikReason,
    Sex,
    TargetGroup,
)
from desktop.domain.errors import ValidationErrors
from desktop.domain.participant import (
    ConsentInput,
    ParticipantInput,
    clean_consent,
    clean_participant,
    input_from_values,
)
from desktop.domain.regions import village

TODAY = date(2026, 11, 23)
NIK = "3203225205900001"  # a woman born 12/05/1990 in Agrabinta, Cianjur
VILLAGE = "32.03.22.2005"


def base(**changes: object) -> ParticipantInput:
    return replace(ParticipantInput(full_name="Siti Aminah", nik=NIK), **changes)  # type: ignore[arg-type]


def clean(data: ParticipantInput) -> dict[str, object]:
    place = village(data.village_code) if data.village_code else None
    return clean_participant(data, today=TODAY, village=place).values


def errors_of(data: ParticipantInput) -> dict[str, str]:
    place = village(data.village_code) if data.village_code else None
    with pytest.raises(ValidationErrors) as caught:
        clean_participant(data, today=TODAY, village=place)
    return {error.field or "": error.english() for error in caught.value.errors}


def test_birth_date_and_sex_come_from_the_nik_when_left_empty() -> None:
    values = clean(base())
    assert values["birth_date"] == date(1990, 5, 12)
    assert values["sex"] == "P"


def test_given_birth_date_and_sex_win_but_disagreement_warns() -> None:
    result = clean_participant(
        base(birth_date=date(1990, 5, 13), sex=Sex.MALE), today=TODAY, village=None
    )
    assert result.values["birth_date"] == date(1990, 5, 13)
    assert result.values["sex"] == "L"
    assert {w.field for w in result.warnings} == {"birth_date", "sex"}


def test_village_fills_codes_names_and_postal_code() -> None:
    values = clean(base(village_code=VILLAGE))
    assert values["village_name"] == "Bojongkaso"
    assert values["district_code"] == "32.03.22"
    assert values["postal_code"] == "43276"
    assert "bojongkaso" in str(values["search_text"])
    # A postal code the clerk typed (one village can have several) is kept.
    assert clean(base(village_code=VILLAGE, postal_code="43277"))["postal_code"] == "43277"


def test_search_text_holds_name_nik_phone_and_village() -> None:
    values = clean(base(full_name="Siti Aminah, S.Pd.", phone="+62 812-3456-7890"))
    assert values["search_text"] == "siti aminah, s.pd. 3203225205900001 081234567890"


# The catalogue of bad input for the whole form: (changes, field, words in the message).
BAD = [
    ({"full_name": ""}, "full_name", "name"),
    ({"full_name": "x" * 10_000}, "full_name", "120"),
    ({"full_name": "Siti 😀"}, "full_name", "emoji"),
    ({"full_name": "محمد"}, "full_name", "Latin"),
    ({"nik": "320322520590000"}, "nik", "15"),
    ({"nik": "3203227106900001"}, "nik", "day"),  # a woman's 71 - 40 = 31 June
    ({"nik": "", "no_nik_reason": None}, "nik", "NIK"),
    ({"nik": "", "no_nik_reason": NoNikReason.OTHER}, "birth_date", "date of birth"),
    ({"birth_date": date(2027, 1, 1)}, "birth_date", "future"),
    ({"birth_date": date(1876, 1, 1)}, "birth_date", "150"),
    ({"phone": "0812"}, "phone", "short"),
    ({"phone": "'; DROP TABLE participant; --"}, "phone", "digits"),
    ({"rt": "abc"}, "rt", "RT"),
    ({"rw": "1000"}, "rw", "999"),
    ({"postal_code": "4327"}, "postal_code", "5 digits"),
    ({"village_code": "32.03.22.9999"}, "village", "village"),
    ({"street": "Jl. " + "x" * 300}, "street", "200"),
    ({"occupation": "Petani\x00"}, "occupation", "control"),
    ({"dtsen": Dtsen.NO, "dtsen_decile": 3}, "dtsen_decile", "DTSEN"),
    ({"dtsen": Dtsen.YES, "dtsen_decile": 11}, "dtsen_decile", "1 to 10"),
    ({"preferences": (1, 1)}, "preferences", "once"),
]


@pytest.mark.parametrize(("changes", "field", "words"), BAD)
def test_bad_input_is_refused_next_to_its_field(
    changes: dict[str, object], field: str, words: str
) -> None:
    found = errors_of(base(**changes))
    assert field in found, found
    assert words.lower() in found[field].lower()


def test_every_field_at_fault_is_reported_at_once() -> None:
    found = errors_of(base(full_name="", phone="12", rt="x", postal_code="1"))
    assert {"full_name", "phone", "rt", "postal_code"} <= set(found)


def test_under_17_reason_for_an_adult_warns() -> None:
    result = clean_participant(
        base(nik="", no_nik_reason=NoNikReason.UNDER_17, birth_date=date(2000, 1, 1), sex=Sex.MALE),
        today=TODAY,
        village=None,
    )
    assert [w.field for w in result.warnings] == ["nik"]


def test_consent_rules() -> None:
    consent = ConsentInput(
        purposes=frozenset({ConsentPurpose.TRAINING}),
        method=ConsentMethod.THUMBPRINT,
        given_on=TODAY,
    )
    assert clean_consent(consent, birth_date=date(1990, 1, 1), today=TODAY) == (
        ["training"],
        "",
        "",
    )
    with pytest.raises(ValidationErrors):
        clean_consent(None, birth_date=date(1990, 1, 1), today=TODAY)
    with pytest.raises(ValidationErrors) as caught:
        clean_consent(consent, birth_date=date(2010, 1, 1), today=TODAY)
    assert {e.field for e in caught.value.errors} == {"guardian_name", "guardian_relation"}
    with pytest.raises(ValidationErrors):
        clean_consent(
            replace(consent, given_on=date(2027, 1, 1)), birth_date=date(1990, 1, 1), today=TODAY
        )


@given(
    disabilities=st.frozensets(st.sampled_from(Disability)),
    assistance=st.frozensets(st.sampled_from(Assistance)),
    groups=st.frozensets(st.sampled_from(TargetGroup)),
    preferences=st.lists(st.integers(1, 50), unique=True, max_size=3),
)
def test_stored_values_load_back_into_the_same_input(
    disabilities: frozenset[Disability],
    assistance: frozenset[Assistance],
    groups: frozenset[TargetGroup],
    preferences: list[int],
) -> None:
    data = base(
        village_code=VILLAGE,
        phone="081234567890",
        rt="1",
        disabilities=disabilities,
        assistance=assistance,
        target_groups=groups,
        preferences=tuple(preferences),
    )
    values = clean(data)
    again = clean(input_from_values(values))
    assert again == values
