"""A participant as the intake form collects it, and the rules that turn it into a record.

`ParticipantInput` holds what the clerk typed and chose. `clean_participant` checks all of it at
once, so the form can mark every field at fault in one go, fills the birth date and sex from the
NIK when they were left empty, and returns the stored values with the warnings that do not block
a save (a NIK from a region code that has since split, a birth date that disagrees with it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from desktop.domain import names, nik, phone
from desktop.domain.choices import (
    Accommodation,
    Assistance,
    Channel,
    Citizenship,
    ConsentMethod,
    ConsentPurpose,
    Disability,
    Dtsen,
    Education,
    Employment,
    Goal,
    IncomeBand,
    MaritalStatus,
    NoNikReason,
    Sex,
    TargetGroup,
    WashingtonDifficulty,
)
from desktop.domain.errors import FieldWarning, ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.regions import Village
from desktop.domain.text import control_characters_error, has_control_characters

OLDEST_AGE = 120
ADULT_AGE = 18  # under this, consent needs a guardian
NIK_AGE = 17  # the age a KTP (and so a NIK of one's own on it) is issued

# Free-text limits, as on the paper form's boxes.
TEXT_LIMITS = {
    "birth_place": 80,
    "occupation": 100,
    "street": 200,
    "skills_have": 300,
    "accommodation_note": 300,
    "guardian_name": 120,
    "guardian_relation": 40,
}

# A bit per social-assistance programme, so the registry can filter on them in the database.
ASSISTANCE_BITS = {item: 1 << index for index, item in enumerate(Assistance)}


@dataclass(frozen=True)
class ConsentInput:
    purposes: frozenset[ConsentPurpose]
    method: ConsentMethod
    given_on: date
    guardian_name: str = ""
    guardian_relation: str = ""


@dataclass(frozen=True)
class ParticipantInput:
    full_name: str = ""
    nik: str = ""
    no_nik_reason: NoNikReason | None = None
    kk_number: str = ""
    birth_place: str = ""
    birth_date: date | None = None
    sex: Sex | None = None
    marital_status: MaritalStatus | None = None
    citizenship: Citizenship = Citizenship.WNI
    phone: str = ""
    street: str = ""
    rt: str = ""
    rw: str = ""
    village_code: str = ""
    postal_code: str = ""
    education: Education | None = None
    occupation: str = ""
    employment: Employment | None = None
    income_band: IncomeBand | None = None
    disabilities: frozenset[Disability] = frozenset()
    accommodations: frozenset[Accommodation] = frozenset()
    accommodation_note: str = ""
    washington: dict[str, WashingtonDifficulty] | None = None
    dtsen: Dtsen = Dtsen.UNKNOWN
    dtsen_decile: int | None = None
    assistance: frozenset[Assistance] = frozenset()
    target_groups: frozenset[TargetGroup] = frozenset()
    preferences: tuple[int, ...] = ()
    skills_have: str = ""
    goal: Goal | None = None
    channel: Channel | None = None


@dataclass
class CleanParticipant:
    """The values to store on the participant row, and what the clerk should double-check."""

    values: dict[str, Any]
    warnings: list[FieldWarning] = field(default_factory=list)


def age_on(birth_date: date, day: date) -> int:
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def fold(text: str) -> str:
    """Lower case without accents: how names and villages are searched and sorted."""
    return names.sort_key(text)


def search_text(full_name: str, nik_digits: str, phone_e164: str, village_name: str) -> str:
    """The text the registry's substring index covers: name, NIK, phone as typed, village."""
    parts = [fold(full_name), nik_digits, phone.phone_search_key(phone_e164), fold(village_name)]
    return " ".join(part for part in parts if part)


class _Collector:
    """Gathers every field's error instead of stopping at the first."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []
        self.warnings: list[FieldWarning] = []

    def run(self, check: Callable[[], Any], default: Any = None) -> Any:
        try:
            return check()
        except ValidationErrors as errors:
            self.errors.extend(errors.errors)
        except ValidationError as error:
            self.errors.append(error)
        return default

    def error(self, text: str, field_name: str, **params: Any) -> None:
        self.errors.append(ValidationError(text, field_name, **params))


def clean_text(value: str, field_name: str) -> str:
    text = " ".join(value.split())
    if has_control_characters(text):
        raise control_characters_error(field_name)
    limit = TEXT_LIMITS[field_name]
    if len(text) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This text is {length} characters long; the limit is {limit}."
            ),
            field_name,
            length=len(text),
            limit=limit,
        )
    return text


def clean_rt_rw(value: str, field_name: str) -> str:
    digits = value.strip()
    if not digits:
        return ""
    if not digits.isdigit() or not digits.isascii() or len(digits) > 3 or int(digits) == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "RT and RW are numbers from 1 to 999, such as 003."),
            field_name,
        )
    return digits.zfill(3)


def clean_postal_code(value: str) -> str:
    code = value.strip()
    if code and not (len(code) == 5 and code.isdigit() and code.isascii()):
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "A postal code has 5 digits."), "postal_code"
        )
    return code


def clean_participant(
    data: ParticipantInput, *, today: date, village: Village | None
) -> CleanParticipant:
    """Check everything; raise ValidationErrors listing every field at fault.

    `village` is the region data's village for `data.village_code` (None when no village was
    chosen, or when the code is not a current village, which is an error here).
    """
    c = _Collector()
    full_name = c.run(lambda: names.clean_person_name(data.full_name), "")
    birth_date, sex = data.birth_date, data.sex
    nik_digits = ""
    facts: nik.NikFacts | None = None
    if data.nik.strip():
        facts = c.run(lambda: nik.clean_nik(data.nik, today=today))
        if facts is not None:
            nik_digits = facts.nik
            c.warnings.extend(nik.nik_warnings(facts, birth_date=birth_date, sex=sex))
            birth_date = birth_date or facts.birth_date
            sex = sex or facts.sex
    elif data.no_nik_reason is None:
        c.error(
            QT_TRANSLATE_NOOP("messages", "Type the NIK, or choose why the person has none."),
            "nik",
        )
    kk_number = ""
    if data.kk_number.strip():
        kk_number, kk_warnings = nik.clean_kk(data.kk_number)
        c.warnings.extend(kk_warnings)

    if birth_date is None:
        c.error(QT_TRANSLATE_NOOP("messages", "Enter the date of birth."), "birth_date")
    elif birth_date > today:
        c.error(QT_TRANSLATE_NOOP("messages", "The date of birth is in the future."), "birth_date")
    elif age_on(birth_date, today) > OLDEST_AGE:
        c.error(
            QT_TRANSLATE_NOOP(
                "messages", "That date of birth makes the person {age} years old. Check the year."
            ),
            "birth_date",
            age=age_on(birth_date, today),
        )
    if sex is None:
        c.error(QT_TRANSLATE_NOOP("messages", "Choose the sex."), "sex")
    if (
        not nik_digits
        and data.no_nik_reason is NoNikReason.UNDER_17
        and birth_date is not None
        and birth_date <= today
        and age_on(birth_date, today) >= NIK_AGE
    ):
        c.warnings.append(
            FieldWarning(
                QT_TRANSLATE_NOOP(
                    "messages", "The person is {age}: old enough to have a KTP with a NIK."
                ),
                "nik",
                age=age_on(birth_date, today),
            )
        )

    phone_e164 = c.run(lambda: phone.clean_phone(data.phone), "")
    texts = {
        name: c.run(partial(clean_text, getattr(data, name), name), "")
        for name in ("birth_place", "occupation", "street", "skills_have", "accommodation_note")
    }
    rt = c.run(lambda: clean_rt_rw(data.rt, "rt"), "")
    rw = c.run(lambda: clean_rt_rw(data.rw, "rw"), "")
    postal_code = c.run(lambda: clean_postal_code(data.postal_code), "")
    if data.village_code and village is None:
        c.error(QT_TRANSLATE_NOOP("messages", "Choose the village again from the list."), "village")
    if data.dtsen_decile is not None and not (
        data.dtsen is Dtsen.YES and 1 <= data.dtsen_decile <= 10
    ):
        c.error(
            QT_TRANSLATE_NOOP(
                "messages", "The welfare decile is 1 to 10, and only for people listed in DTSEN."
            ),
            "dtsen_decile",
        )
    if len(set(data.preferences)) != len(data.preferences):
        c.error(
            QT_TRANSLATE_NOOP("messages", "Each programme can be chosen only once."),
            "preferences",
        )
    if c.errors:
        raise ValidationErrors(c.errors)
    assert birth_date is not None and sex is not None

    region = village
    values: dict[str, Any] = {
        "full_name": full_name,
        "name_sort": names.sort_key(full_name),
        "name_key": names.match_key(full_name),
        "nik": nik_digits,
        "no_nik_reason": None if nik_digits else (data.no_nik_reason and data.no_nik_reason.value),
        "kk_number": kk_number,
        "birth_place": texts["birth_place"],
        "birth_date": birth_date,
        "sex": sex.value,
        "marital_status": _value(data.marital_status),
        "citizenship": data.citizenship.value,
        "phone": phone_e164,
        "street": texts["street"],
        "rt": rt,
        "rw": rw,
        "province_code": region.province_code if region else "",
        "regency_code": region.regency_code if region else "",
        "district_code": region.district_code if region else "",
        "village_code": region.code if region else "",
        "province_name": region.province_name if region else "",
        "regency_name": region.regency_name if region else "",
        "district_name": region.district_name if region else "",
        "village_name": region.name if region else "",
        # The village's postal code unless the clerk typed another (one village, several codes).
        "postal_code": postal_code or (region.postal_code if region else ""),
        "education": _value(data.education),
        "occupation": texts["occupation"],
        "employment": _value(data.employment),
        "income_band": _value(data.income_band),
        "disabilities": sorted(item.value for item in data.disabilities),
        "has_disability": bool(data.disabilities),
        "accommodations": sorted(item.value for item in data.accommodations),
        "accommodation_note": texts["accommodation_note"],
        "washington": (
            {key: answer.value for key, answer in sorted(data.washington.items())}
            if data.washington
            else None
        ),
        "dtsen": data.dtsen.value,
        "dtsen_decile": data.dtsen_decile,
        "assistance_bits": sum(ASSISTANCE_BITS[item] for item in data.assistance),
        "target_groups": sorted(item.value for item in data.target_groups),
        "preferences": list(data.preferences),
        "skills_have": texts["skills_have"],
        "goal": _value(data.goal),
        "channel": _value(data.channel),
    }
    values["search_text"] = search_text(full_name, nik_digits, phone_e164, values["village_name"])
    return CleanParticipant(values=values, warnings=c.warnings)


def clean_consent(
    consent: ConsentInput | None, *, birth_date: date, today: date
) -> tuple[list[str], str, str]:
    """The purposes, guardian name and relation to store. Raises ValidationErrors.

    Training administration is the legal basis for keeping the record at all (UU PDP art. 20),
    so without it nobody can be registered; the other purposes are each the person's choice.
    """
    c = _Collector()
    if consent is None or ConsentPurpose.TRAINING not in consent.purposes:
        c.error(
            QT_TRANSLATE_NOOP(
                "messages",
                "Without consent to use their data for the training, the person cannot be "
                "registered.",
            ),
            "consent",
        )
        raise ValidationErrors(c.errors)
    guardian = c.run(lambda: clean_text(consent.guardian_name, "guardian_name"), "")
    relation = c.run(lambda: clean_text(consent.guardian_relation, "guardian_relation"), "")
    if age_on(birth_date, today) < ADULT_AGE:
        if not guardian:
            c.error(
                QT_TRANSLATE_NOOP(
                    "messages", "The person is under 18: enter the parent's or guardian's name."
                ),
                "guardian_name",
            )
        if not relation:
            c.error(
                QT_TRANSLATE_NOOP(
                    "messages", "Enter how the guardian is related (mother, father, uncle, …)."
                ),
                "guardian_relation",
            )
    if consent.given_on > today:
        c.error(QT_TRANSLATE_NOOP("messages", "The consent date is in the future."), "consent")
    if c.errors:
        raise ValidationErrors(c.errors)
    return sorted(purpose.value for purpose in consent.purposes), guardian, relation


def _value(choice: Any) -> str | None:
    return None if choice is None else str(choice.value)


def input_from_values(values: Mapping[str, Any]) -> ParticipantInput:
    """A stored record back in the form's terms, for editing it with the same rules."""

    def choice(kind: type[Any], name: str) -> Any:
        value = values.get(name)
        return kind(value) if value else None

    bits = int(values.get("assistance_bits") or 0)
    washington = values.get("washington")
    return ParticipantInput(
        full_name=values.get("full_name", ""),
        nik=values.get("nik", ""),
        no_nik_reason=choice(NoNikReason, "no_nik_reason"),
        kk_number=values.get("kk_number", ""),
        birth_place=values.get("birth_place", ""),
        birth_date=values.get("birth_date"),
        sex=choice(Sex, "sex"),
        marital_status=choice(MaritalStatus, "marital_status"),
        citizenship=Citizenship(values.get("citizenship") or Citizenship.WNI),
        phone=values.get("phone", ""),
        street=values.get("street", ""),
        rt=values.get("rt", ""),
        rw=values.get("rw", ""),
        village_code=values.get("village_code", ""),
        postal_code=values.get("postal_code", ""),
        education=choice(Education, "education"),
        occupation=values.get("occupation", ""),
        employment=choice(Employment, "employment"),
        income_band=choice(IncomeBand, "income_band"),
        disabilities=frozenset(Disability(v) for v in values.get("disabilities") or ()),
        accommodations=frozenset(Accommodation(v) for v in values.get("accommodations") or ()),
        accommodation_note=values.get("accommodation_note", ""),
        washington=(
            {key: WashingtonDifficulty(answer) for key, answer in washington.items()}
            if washington
            else None
        ),
        dtsen=Dtsen(values.get("dtsen") or Dtsen.UNKNOWN),
        dtsen_decile=values.get("dtsen_decile"),
        assistance=frozenset(item for item, bit in ASSISTANCE_BITS.items() if bits & bit),
        target_groups=frozenset(TargetGroup(v) for v in values.get("target_groups") or ()),
        preferences=tuple(values.get("preferences") or ()),
        skills_have=values.get("skills_have", ""),
        goal=choice(Goal, "goal"),
        channel=choice(Channel, "channel"),
    )
