"""A sponsor: an organisation or person that pays for or gives to the centre's training (a
company's CSR fund, an NGO, a government office, a donor). Cohorts name their sponsors, and
what a sponsor gives is a contribution, in cash or in kind.
"""

from __future__ import annotations

import enum

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.text import control_characters_error, has_control_characters

NAME_MAX = 200  # the sponsor.name column


class SponsorKind(enum.StrEnum):
    COMPANY = "company"  # a company, usually through its CSR programme
    NGO = "ngo"  # a foundation or non-governmental organisation
    GOVERNMENT = "government"  # a ministry or a regional office (dinas)
    INDIVIDUAL = "individual"  # a private donor

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS = {
    SponsorKind.COMPANY: QT_TRANSLATE_NOOP("sponsors", "Company (CSR)"),
    SponsorKind.NGO: QT_TRANSLATE_NOOP("sponsors", "Foundation or NGO"),
    SponsorKind.GOVERNMENT: QT_TRANSLATE_NOOP("sponsors", "Government office"),
    SponsorKind.INDIVIDUAL: QT_TRANSLATE_NOOP("sponsors", "Individual donor"),
}


class ContributionKind(enum.StrEnum):
    CASH = "cash"  # money, in rupiah
    IN_KIND = "in_kind"  # things, put in stock; the amount is their estimated value

    @property
    def label(self) -> str:
        return CONTRIBUTION_KIND_LABELS[self]


CONTRIBUTION_KIND_LABELS = {
    ContributionKind.CASH: QT_TRANSLATE_NOOP("sponsors", "Cash"),
    ContributionKind.IN_KIND: QT_TRANSLATE_NOOP("sponsors", "In kind"),
}


def clean_sponsor_name(value: str) -> str:
    """The name as it is kept: spaces collapsed; required, no control characters, within the
    column (field "name")."""
    text = " ".join(value.split())
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("messages", "Enter the sponsor's name."), "name")
    if has_control_characters(text):
        raise control_characters_error("name")
    if len(text) > NAME_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This text is {length} characters long; the limit is {limit}."
            ),
            "name",
            length=len(text),
            limit=NAME_MAX,
        )
    return text


def sponsor_name_key(name: str) -> str:
    """What two names must share to be the same sponsor: "PT Maju  Jaya" and "pt maju jaya"."""
    return " ".join(name.casefold().split())
