"""The centre's profile and the rules its fields follow."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, replace
from datetime import date

from desktop.domain.errors import ValidationError, ValidationErrors
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.numbering import validate_certificate_pattern
from desktop.domain.text import control_characters_error, has_control_characters


class InstitutionType(enum.StrEnum):
    BLK = "BLK"
    LPK = "LPK"
    LKP = "LKP"
    PKBM = "PKBM"
    NGO = "NGO"

    @property
    def label(self) -> str:
        return INSTITUTION_LABELS[self]


INSTITUTION_LABELS = {
    InstitutionType.BLK: QT_TRANSLATE_NOOP("institutions", "BLK — vocational training centre"),
    InstitutionType.LPK: QT_TRANSLATE_NOOP("institutions", "LPK — job training institute"),
    InstitutionType.LKP: QT_TRANSLATE_NOOP("institutions", "LKP — course and training institute"),
    InstitutionType.PKBM: QT_TRANSLATE_NOOP("institutions", "PKBM — community learning centre"),
    InstitutionType.NGO: QT_TRANSLATE_NOOP("institutions", "NGO programme"),
}

NAME_MAX = 200
HEAD_MAX = 120  # head_name and head_title columns
NIP_RE = re.compile(r"[0-9]{18}")


@dataclass(frozen=True)
class CentreProfile:
    name: str
    institution_type: InstitutionType
    address: str = ""
    head_name: str = ""
    head_title: str = ""
    head_nip: str = ""
    certificate_pattern: str = "{seq:4}/{centre}/{year}"
    code: str = ""
    logo_png: bytes | None = None

    def cleaned(self) -> CentreProfile:
        """Trimmed and checked; raises ValidationErrors naming every field at fault."""
        profile = replace(
            self,
            name=" ".join(self.name.split()),
            address=self.address.strip(),
            head_name=" ".join(self.head_name.split()),
            head_title=" ".join(self.head_title.split()),
            head_nip=re.sub(r"[\s.\-]", "", self.head_nip),
            certificate_pattern=self.certificate_pattern.strip(),
            code=self.code.strip().upper() or derive_code(self.name),
        )
        errors: list[ValidationError] = []
        if not profile.name:
            errors.append(
                ValidationError(QT_TRANSLATE_NOOP("messages", "Enter the centre's name."), "name")
            )
        elif len(profile.name) > NAME_MAX:
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The name is too long (at most {max} characters)."
                    ),
                    "name",
                    max=NAME_MAX,
                )
            )
        for name, allowed in (
            ("name", ""),
            ("address", "\n\r\t"),
            ("head_name", ""),
            ("head_title", ""),
        ):
            if has_control_characters(getattr(profile, name), allowed):
                errors.append(control_characters_error(name))
        for name in ("head_name", "head_title"):
            if len(getattr(profile, name)) > HEAD_MAX:
                errors.append(
                    ValidationError(
                        QT_TRANSLATE_NOOP(
                            "messages", "This is too long (at most {max} characters)."
                        ),
                        name,
                        max=HEAD_MAX,
                    )
                )
        if profile.head_nip and not valid_nip(profile.head_nip):
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "A NIP has 18 digits and starts with a birth date (YYYYMMDD)."
                    ),
                    "head_nip",
                )
            )
        try:
            validate_certificate_pattern(profile.certificate_pattern)
        except ValidationError as error:
            errors.append(error)
        if not re.fullmatch(r"[A-Z0-9\-]{1,12}", profile.code):
            errors.append(
                ValidationError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The centre code is 1 to 12 letters, digits or dashes."
                    ),
                    "code",
                )
            )
        if errors:
            raise ValidationErrors(errors)
        return profile


def derive_code(name: str) -> str:
    """A short code for certificate numbers from the initials of the centre's name."""
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z0-9]+", name))
    return initials.upper()[:12] or "PELITA"


def valid_nip(nip: str) -> bool:
    """NIP of a civil servant: birth date YYYYMMDD, appointment YYYYMM, sex 1/2, serial 3."""
    if not NIP_RE.fullmatch(nip):
        return False
    year, month, day = int(nip[0:4]), int(nip[4:6]), int(nip[6:8])
    appointed_month = int(nip[12:14])
    if not 1900 <= year <= 2100:
        return False
    try:
        date(year, month, day)  # a real birth date: no 31 February
    except ValueError:
        return False
    return 1 <= appointed_month <= 12 and nip[14] in "12"
