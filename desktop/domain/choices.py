"""The fixed lists of the intake form: each a StrEnum whose value is what the database stores,
with an English label marked for translation (the GUI shows the Indonesian one).

Values never change once stored; a new choice gets a new value. Lists follow the official
forms where one exists (education: the family card's 10 levels; disability: UU 8/2016).
"""

from __future__ import annotations

import enum

from desktop.domain.i18n import QT_TRANSLATE_NOOP

# Every label here is translated in the context "choices" (lupdate needs the literal).


class Choice(enum.StrEnum):
    """A stored value with a translatable label (the English source text)."""

    @property
    def label(self) -> str:
        # Keyed by class first: members of different lists share values ("other", "none").
        return LABELS[type(self)][self]


class Sex(Choice):
    MALE = "L"  # laki-laki, as on the KTP
    FEMALE = "P"  # perempuan


class MaritalStatus(Choice):
    SINGLE = "single"
    MARRIED = "married"
    DIVORCED = "divorced"
    WIDOWED = "widowed"


class Citizenship(Choice):
    WNI = "wni"
    WNA = "wna"


class NoNikReason(Choice):
    """Why a person has no NIK on record. Pelita never makes a number up."""

    UNDER_17 = "under_17"
    FOREIGN = "foreign"
    REFUSED = "refused"
    OTHER = "other"


class Education(Choice):
    """The 10 levels of the family card (Kartu Keluarga), in order."""

    NONE = "none"
    SD_NOT_FINISHED = "sd_not_finished"
    SD = "sd"
    SMP = "smp"
    SMA = "sma"
    D1_D2 = "d1_d2"
    D3 = "d3"
    D4_S1 = "d4_s1"
    S2 = "s2"
    S3 = "s3"


class Employment(Choice):
    JOB_SEEKER = "job_seeker"
    LAID_OFF = "laid_off"
    WORKING = "working"
    SELF_EMPLOYED = "self_employed"
    IN_SCHOOL = "in_school"
    HOMEMAKER = "homemaker"


class IncomeBand(Choice):
    """Monthly income in rupiah."""

    NONE = "none"
    UNDER_1M = "under_1m"
    FROM_1M = "1m_2m"
    FROM_2M = "2m_3m"
    FROM_3M = "3m_5m"
    FROM_5M = "5m_plus"


class Disability(Choice):
    """UU 8/2016 art. 4: physical, intellectual, mental and sensory (seeing, hearing,
    speaking). Several at once is stored as the set; "multiple" is how it is shown."""

    PHYSICAL = "physical"
    INTELLECTUAL = "intellectual"
    MENTAL = "mental"
    SENSORY_SEEING = "seeing"
    SENSORY_HEARING = "hearing"
    SENSORY_SPEAKING = "speaking"


class Accommodation(Choice):
    RAMP = "ramp"
    SIGN_LANGUAGE = "sign_language"
    LARGE_PRINT = "large_print"
    SCREEN_READER = "screen_reader"
    ASSISTANT = "assistant"
    ACCESSIBLE_TOILET = "accessible_toilet"
    SEATING = "seating"
    EXTRA_TIME = "extra_time"


class WashingtonDifficulty(Choice):
    """The Washington Group short set: each of six functions answered on this scale."""

    NONE = "none"
    SOME = "some"
    A_LOT = "a_lot"
    CANNOT = "cannot"


WASHINGTON_QUESTIONS = {
    "seeing": QT_TRANSLATE_NOOP("choices", "Difficulty seeing, even if wearing glasses?"),
    "hearing": QT_TRANSLATE_NOOP("choices", "Difficulty hearing, even if using a hearing aid?"),
    "walking": QT_TRANSLATE_NOOP("choices", "Difficulty walking or climbing steps?"),
    "remembering": QT_TRANSLATE_NOOP("choices", "Difficulty remembering or concentrating?"),
    "self_care": QT_TRANSLATE_NOOP(
        "choices", "Difficulty with self-care, such as washing or dressing?"
    ),
    "communicating": QT_TRANSLATE_NOOP(
        "choices", "Difficulty communicating, understanding or being understood?"
    ),
}


class Dtsen(Choice):
    """Listed in DTSEN (the national socio-economic data, formerly DTKS)."""

    UNKNOWN = "unknown"
    YES = "yes"
    NO = "no"


class Assistance(Choice):
    PKH = "pkh"
    BPNT = "bpnt"
    PBI_JK = "pbi_jk"
    KIP = "kip"
    PRAKERJA = "prakerja"


class TargetGroup(Choice):
    HOUSEWIFE = "housewife"
    FARMER = "farmer"
    YOUTH = "youth"
    DISABILITY = "disability"
    POOR_FAMILY = "poor_family"


class Goal(Choice):
    JOB = "job"
    OWN_BUSINESS = "own_business"
    HOME_PRODUCTION = "home_production"
    BETTER_JOB = "better_job"
    FURTHER_STUDY = "further_study"
    OTHER = "other"


class Channel(Choice):
    """How the person heard about the training: centres plan outreach with this."""

    VILLAGE_OFFICE = "village_office"
    PLACE_OF_WORSHIP = "place_of_worship"
    WHATSAPP = "whatsapp"
    SOCIAL_MEDIA = "social_media"
    RADIO = "radio"
    FRIEND = "friend"
    POSTER = "poster"
    ALUMNI = "alumni"
    OTHER = "other"


class ConsentPurpose(Choice):
    """UU PDP 27/2022: consent is given per purpose."""

    TRAINING = "training"
    ANONYMISED_FIGURES = "anonymised_figures"
    FOLLOW_UP = "follow_up"
    PHOTOS = "photos"


class ConsentMethod(Choice):
    SIGNED_PAPER = "signed_paper"
    THUMBPRINT = "thumbprint"
    WITNESS = "witness"
    ELECTRONIC = "electronic"


class ParticipantStatus(Choice):
    ACTIVE = "active"
    INACTIVE = "inactive"
    MERGED = "merged"  # folded into another record by an admin; kept for the audit trail
    # Deleted at the person's request or after the retention period (services.anonymise):
    # only what the certificate register and the anonymous figures need is left.
    ANONYMISED = "anonymised"


class AgeBand(Choice):
    """Bands of the registry filter and the dashboard."""

    UNDER_18 = "under_18"
    FROM_18 = "18_24"
    FROM_25 = "25_34"
    FROM_35 = "35_44"
    FROM_45 = "45_59"
    FROM_60 = "60_plus"


AGE_BAND_YEARS: dict[AgeBand, tuple[int, int | None]] = {
    AgeBand.UNDER_18: (0, 17),
    AgeBand.FROM_18: (18, 24),
    AgeBand.FROM_25: (25, 34),
    AgeBand.FROM_35: (35, 44),
    AgeBand.FROM_45: (45, 59),
    AgeBand.FROM_60: (60, None),
}


_ALL_LABELS: list[tuple[Choice, str]] = [
    (Sex.MALE, QT_TRANSLATE_NOOP("choices", "Male")),
    (Sex.FEMALE, QT_TRANSLATE_NOOP("choices", "Female")),
    (MaritalStatus.SINGLE, QT_TRANSLATE_NOOP("choices", "Not married")),
    (MaritalStatus.MARRIED, QT_TRANSLATE_NOOP("choices", "Married")),
    (MaritalStatus.DIVORCED, QT_TRANSLATE_NOOP("choices", "Divorced")),
    (MaritalStatus.WIDOWED, QT_TRANSLATE_NOOP("choices", "Widowed")),
    (Citizenship.WNI, QT_TRANSLATE_NOOP("choices", "Indonesian citizen (WNI)")),
    (Citizenship.WNA, QT_TRANSLATE_NOOP("choices", "Foreign citizen (WNA)")),
    (NoNikReason.UNDER_17, QT_TRANSLATE_NOOP("choices", "Under 17, no KTP yet")),
    (NoNikReason.FOREIGN, QT_TRANSLATE_NOOP("choices", "Foreign citizen")),
    (NoNikReason.REFUSED, QT_TRANSLATE_NOOP("choices", "Declined to give it")),
    (NoNikReason.OTHER, QT_TRANSLATE_NOOP("choices", "Other reason")),
    (Education.NONE, QT_TRANSLATE_NOOP("choices", "No schooling")),
    (Education.SD_NOT_FINISHED, QT_TRANSLATE_NOOP("choices", "Primary school not finished")),
    (Education.SD, QT_TRANSLATE_NOOP("choices", "Primary school (SD)")),
    (Education.SMP, QT_TRANSLATE_NOOP("choices", "Junior high school (SLTP)")),
    (Education.SMA, QT_TRANSLATE_NOOP("choices", "Senior high school (SLTA)")),
    (Education.D1_D2, QT_TRANSLATE_NOOP("choices", "Diploma I/II")),
    (Education.D3, QT_TRANSLATE_NOOP("choices", "Diploma III")),
    (Education.D4_S1, QT_TRANSLATE_NOOP("choices", "Diploma IV / Bachelor (S1)")),
    (Education.S2, QT_TRANSLATE_NOOP("choices", "Master (S2)")),
    (Education.S3, QT_TRANSLATE_NOOP("choices", "Doctorate (S3)")),
    (Employment.JOB_SEEKER, QT_TRANSLATE_NOOP("choices", "Looking for work")),
    (Employment.LAID_OFF, QT_TRANSLATE_NOOP("choices", "Laid off")),
    (Employment.WORKING, QT_TRANSLATE_NOOP("choices", "Working")),
    (Employment.SELF_EMPLOYED, QT_TRANSLATE_NOOP("choices", "Self-employed / small business")),
    (Employment.IN_SCHOOL, QT_TRANSLATE_NOOP("choices", "In school")),
    (Employment.HOMEMAKER, QT_TRANSLATE_NOOP("choices", "Looking after the home")),
    (IncomeBand.NONE, QT_TRANSLATE_NOOP("choices", "No income")),
    (IncomeBand.UNDER_1M, QT_TRANSLATE_NOOP("choices", "Under Rp 1 million")),
    (IncomeBand.FROM_1M, QT_TRANSLATE_NOOP("choices", "Rp 1–2 million")),
    (IncomeBand.FROM_2M, QT_TRANSLATE_NOOP("choices", "Rp 2–3 million")),
    (IncomeBand.FROM_3M, QT_TRANSLATE_NOOP("choices", "Rp 3–5 million")),
    (IncomeBand.FROM_5M, QT_TRANSLATE_NOOP("choices", "Rp 5 million or more")),
    (Disability.PHYSICAL, QT_TRANSLATE_NOOP("choices", "Physical")),
    (Disability.INTELLECTUAL, QT_TRANSLATE_NOOP("choices", "Intellectual")),
    (Disability.MENTAL, QT_TRANSLATE_NOOP("choices", "Mental")),
    (Disability.SENSORY_SEEING, QT_TRANSLATE_NOOP("choices", "Sensory: seeing")),
    (Disability.SENSORY_HEARING, QT_TRANSLATE_NOOP("choices", "Sensory: hearing")),
    (Disability.SENSORY_SPEAKING, QT_TRANSLATE_NOOP("choices", "Sensory: speaking")),
    (Accommodation.RAMP, QT_TRANSLATE_NOOP("choices", "Ramp or step-free access")),
    (Accommodation.SIGN_LANGUAGE, QT_TRANSLATE_NOOP("choices", "Sign-language interpreter")),
    (Accommodation.LARGE_PRINT, QT_TRANSLATE_NOOP("choices", "Large print")),
    (Accommodation.SCREEN_READER, QT_TRANSLATE_NOOP("choices", "Screen reader or audio material")),
    (Accommodation.ASSISTANT, QT_TRANSLATE_NOOP("choices", "Personal assistant")),
    (Accommodation.ACCESSIBLE_TOILET, QT_TRANSLATE_NOOP("choices", "Accessible toilet")),
    (Accommodation.SEATING, QT_TRANSLATE_NOOP("choices", "Adapted seating or workstation")),
    (Accommodation.EXTRA_TIME, QT_TRANSLATE_NOOP("choices", "Extra time")),
    (WashingtonDifficulty.NONE, QT_TRANSLATE_NOOP("choices", "No difficulty")),
    (WashingtonDifficulty.SOME, QT_TRANSLATE_NOOP("choices", "Some difficulty")),
    (WashingtonDifficulty.A_LOT, QT_TRANSLATE_NOOP("choices", "A lot of difficulty")),
    (WashingtonDifficulty.CANNOT, QT_TRANSLATE_NOOP("choices", "Cannot do at all")),
    (Dtsen.UNKNOWN, QT_TRANSLATE_NOOP("choices", "Not known")),
    (Dtsen.YES, QT_TRANSLATE_NOOP("choices", "Yes")),
    (Dtsen.NO, QT_TRANSLATE_NOOP("choices", "No")),
    (Assistance.PKH, QT_TRANSLATE_NOOP("choices", "PKH (family hope programme)")),
    (Assistance.BPNT, QT_TRANSLATE_NOOP("choices", "BPNT (food assistance)")),
    (Assistance.PBI_JK, QT_TRANSLATE_NOOP("choices", "PBI-JK (health insurance aid)")),
    (Assistance.KIP, QT_TRANSLATE_NOOP("choices", "KIP (smart Indonesia card)")),
    (Assistance.PRAKERJA, QT_TRANSLATE_NOOP("choices", "Kartu Prakerja alumnus")),
    (TargetGroup.HOUSEWIFE, QT_TRANSLATE_NOOP("choices", "Housewife")),
    (TargetGroup.FARMER, QT_TRANSLATE_NOOP("choices", "Farmer")),
    (TargetGroup.YOUTH, QT_TRANSLATE_NOOP("choices", "Youth")),
    (TargetGroup.DISABILITY, QT_TRANSLATE_NOOP("choices", "Person with disability")),
    (TargetGroup.POOR_FAMILY, QT_TRANSLATE_NOOP("choices", "Poor family")),
    (Goal.JOB, QT_TRANSLATE_NOOP("choices", "Get a job")),
    (Goal.OWN_BUSINESS, QT_TRANSLATE_NOOP("choices", "Start own business")),
    (Goal.HOME_PRODUCTION, QT_TRANSLATE_NOOP("choices", "Home production")),
    (Goal.BETTER_JOB, QT_TRANSLATE_NOOP("choices", "Improve current work")),
    (Goal.FURTHER_STUDY, QT_TRANSLATE_NOOP("choices", "Further study")),
    (Goal.OTHER, QT_TRANSLATE_NOOP("choices", "Other")),
    (Channel.VILLAGE_OFFICE, QT_TRANSLATE_NOOP("choices", "Village office")),
    (Channel.PLACE_OF_WORSHIP, QT_TRANSLATE_NOOP("choices", "Mosque, church or temple")),
    (Channel.WHATSAPP, QT_TRANSLATE_NOOP("choices", "WhatsApp group")),
    (Channel.SOCIAL_MEDIA, QT_TRANSLATE_NOOP("choices", "Social media")),
    (Channel.RADIO, QT_TRANSLATE_NOOP("choices", "Radio")),
    (Channel.FRIEND, QT_TRANSLATE_NOOP("choices", "Friend or family")),
    (Channel.POSTER, QT_TRANSLATE_NOOP("choices", "Poster or banner")),
    (Channel.ALUMNI, QT_TRANSLATE_NOOP("choices", "Former participant")),
    (Channel.OTHER, QT_TRANSLATE_NOOP("choices", "Other")),
    (
        ConsentPurpose.TRAINING,
        QT_TRANSLATE_NOOP("choices", "Use my data to administer my training"),
    ),
    (
        ConsentPurpose.ANONYMISED_FIGURES,
        QT_TRANSLATE_NOOP("choices", "Share anonymised figures with sponsors and government"),
    ),
    (ConsentPurpose.FOLLOW_UP, QT_TRANSLATE_NOOP("choices", "Contact me for follow-up surveys")),
    (ConsentPurpose.PHOTOS, QT_TRANSLATE_NOOP("choices", "Use photos of me taken during training")),
    (ConsentMethod.SIGNED_PAPER, QT_TRANSLATE_NOOP("choices", "Signed paper form")),
    (ConsentMethod.THUMBPRINT, QT_TRANSLATE_NOOP("choices", "Thumbprint")),
    (ConsentMethod.WITNESS, QT_TRANSLATE_NOOP("choices", "Spoken, with a witness")),
    (ConsentMethod.ELECTRONIC, QT_TRANSLATE_NOOP("choices", "Electronic, on this screen")),
    (ParticipantStatus.ACTIVE, QT_TRANSLATE_NOOP("choices", "Active")),
    (ParticipantStatus.INACTIVE, QT_TRANSLATE_NOOP("choices", "Inactive")),
    (ParticipantStatus.MERGED, QT_TRANSLATE_NOOP("choices", "Merged into another record")),
    (ParticipantStatus.ANONYMISED, QT_TRANSLATE_NOOP("choices", "Anonymised (deleted)")),
    (AgeBand.UNDER_18, QT_TRANSLATE_NOOP("choices", "Under 18")),
    (AgeBand.FROM_18, QT_TRANSLATE_NOOP("choices", "18–24")),
    (AgeBand.FROM_25, QT_TRANSLATE_NOOP("choices", "25–34")),
    (AgeBand.FROM_35, QT_TRANSLATE_NOOP("choices", "35–44")),
    (AgeBand.FROM_45, QT_TRANSLATE_NOOP("choices", "45–59")),
    (AgeBand.FROM_60, QT_TRANSLATE_NOOP("choices", "60 and over")),
]

LABELS: dict[type[Choice], dict[Choice, str]] = {}
for _member, _label in _ALL_LABELS:
    LABELS.setdefault(type(_member), {})[_member] = _label

# The consent text's version: printed on the form and stored with each consent, so it is
# always known which wording a person agreed to. Bump it whenever the wording changes.
CONSENT_TEXT_VERSION = "2026-11"
