"""What the printed answer to an access request (desktop.documents.person_record_pdf) prints
and under which headings: the person's fields by section, the tables of consents, training,
calls, certificates, equipment and requests, and which stored values print by a label.

Every heading and label is English source text in the "documents" context (translated when
printed); the field names are the keys of desktop.services.person_record's record.
"""

from __future__ import annotations

from typing import Any

from desktop.domain import choices as c
from desktop.domain.certificate import CertificateStatus
from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.privacy import RequestKind, RequestStatus

NAME = QT_TRANSLATE_NOOP("documents", "Personal data held")
INTRO = QT_TRANSLATE_NOOP(
    "documents",
    "Everything {centre} holds about the person named below, as asked under Law 27/2022 on "
    "Personal Data Protection. The same data is given as a JSON file.",
)
# The person's fields in print order, by section; choice fields name their kind of choice.
PERSON_SECTIONS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("documents", "Identity"),
        (
            ("full_name", QT_TRANSLATE_NOOP("documents", "Name")),
            ("nik", QT_TRANSLATE_NOOP("documents", "NIK")),
            ("no_nik_reason", QT_TRANSLATE_NOOP("documents", "Why no NIK")),
            ("kk_number", QT_TRANSLATE_NOOP("documents", "KK")),
            ("birth_place", QT_TRANSLATE_NOOP("documents", "Place of birth")),
            ("birth_date", QT_TRANSLATE_NOOP("documents", "Date of birth")),
            ("sex", QT_TRANSLATE_NOOP("documents", "Sex")),
            ("marital_status", QT_TRANSLATE_NOOP("documents", "Marital status")),
            ("citizenship", QT_TRANSLATE_NOOP("documents", "Citizenship")),
            ("status", QT_TRANSLATE_NOOP("documents", "Record")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("documents", "Address and contact"),
        (
            ("phone", QT_TRANSLATE_NOOP("documents", "Phone")),
            ("street", QT_TRANSLATE_NOOP("documents", "Street")),
            ("rt", QT_TRANSLATE_NOOP("documents", "RT")),
            ("rw", QT_TRANSLATE_NOOP("documents", "RW")),
            ("village_name", QT_TRANSLATE_NOOP("documents", "Village")),
            ("district_name", QT_TRANSLATE_NOOP("documents", "District")),
            ("regency_name", QT_TRANSLATE_NOOP("documents", "Regency or city")),
            ("province_name", QT_TRANSLATE_NOOP("documents", "Province")),
            ("postal_code", QT_TRANSLATE_NOOP("documents", "Postal code")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("documents", "Education and work"),
        (
            ("education", QT_TRANSLATE_NOOP("documents", "Education")),
            ("occupation", QT_TRANSLATE_NOOP("documents", "Occupation")),
            ("employment", QT_TRANSLATE_NOOP("documents", "Work situation")),
            ("income_band", QT_TRANSLATE_NOOP("documents", "Monthly income")),
            ("skills_have", QT_TRANSLATE_NOOP("documents", "Skills already had")),
            ("goal", QT_TRANSLATE_NOOP("documents", "Goal")),
            ("channel", QT_TRANSLATE_NOOP("documents", "Heard of it through")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("documents", "Disability and needs"),
        (
            ("disabilities", QT_TRANSLATE_NOOP("documents", "Disability")),
            ("accommodations", QT_TRANSLATE_NOOP("documents", "Needs at the training")),
            ("accommodation_note", QT_TRANSLATE_NOOP("documents", "Other needs")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("documents", "Social assistance"),
        (
            ("dtsen", QT_TRANSLATE_NOOP("documents", "Listed in DTSEN")),
            ("dtsen_decile", QT_TRANSLATE_NOOP("documents", "Welfare decile")),
            ("target_groups", QT_TRANSLATE_NOOP("documents", "Target groups")),
        ),
    ),
)
CHOICE_OF: dict[str, type[c.Choice]] = {
    "no_nik_reason": c.NoNikReason,
    "sex": c.Sex,
    "marital_status": c.MaritalStatus,
    "citizenship": c.Citizenship,
    "status": c.ParticipantStatus,
    "education": c.Education,
    "employment": c.Employment,
    "income_band": c.IncomeBand,
    "goal": c.Goal,
    "channel": c.Channel,
    "disabilities": c.Disability,
    "accommodations": c.Accommodation,
    "dtsen": c.Dtsen,
    "target_groups": c.TargetGroup,
    "purposes": c.ConsentPurpose,
    "method": c.ConsentMethod,
}
TABLES: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "consents": (
        QT_TRANSLATE_NOOP("documents", "Consents"),
        (
            ("given_on", QT_TRANSLATE_NOOP("documents", "Given on")),
            ("purposes", QT_TRANSLATE_NOOP("documents", "Purposes")),
            ("method", QT_TRANSLATE_NOOP("documents", "How")),
            ("guardian_name", QT_TRANSLATE_NOOP("documents", "Guardian")),
            ("recorded_by", QT_TRANSLATE_NOOP("documents", "Recorded by")),
        ),
    ),
    "enrolments": (
        QT_TRANSLATE_NOOP("documents", "Training"),
        (
            ("programme", QT_TRANSLATE_NOOP("documents", "Programme")),
            ("cohort", QT_TRANSLATE_NOOP("documents", "Cohort")),
            ("start_date", QT_TRANSLATE_NOOP("documents", "From")),
            ("end_date", QT_TRANSLATE_NOOP("documents", "To")),
            ("status", QT_TRANSLATE_NOOP("documents", "Status")),
            ("attendance", QT_TRANSLATE_NOOP("documents", "Attendance")),
            ("scores", QT_TRANSLATE_NOOP("documents", "Test scores")),
        ),
    ),
    "calls": (
        QT_TRANSLATE_NOOP("documents", "Follow-up calls"),
        (
            ("cohort", QT_TRANSLATE_NOOP("documents", "Cohort")),
            ("months", QT_TRANSLATE_NOOP("documents", "Months after")),
            ("reached", QT_TRANSLATE_NOOP("documents", "Reached")),
            ("work", QT_TRANSLATE_NOOP("documents", "Work")),
            ("monthly_income", QT_TRANSLATE_NOOP("documents", "Income")),
            ("note", QT_TRANSLATE_NOOP("documents", "Note")),
        ),
    ),
    "certificates": (
        QT_TRANSLATE_NOOP("documents", "Certificates"),
        (
            ("number", QT_TRANSLATE_NOOP("documents", "Certificate number")),
            ("programme_name", QT_TRANSLATE_NOOP("documents", "Programme")),
            ("issue_date", QT_TRANSLATE_NOOP("documents", "Issued on")),
            ("status", QT_TRANSLATE_NOOP("documents", "Status")),
        ),
    ),
    "loans": (
        QT_TRANSLATE_NOOP("documents", "Equipment"),
        (
            ("item", QT_TRANSLATE_NOOP("documents", "Item")),
            ("out_on", QT_TRANSLATE_NOOP("documents", "From")),
            ("returned_on", QT_TRANSLATE_NOOP("documents", "Returned")),
            ("number", QT_TRANSLATE_NOOP("documents", "Handover record")),
        ),
    ),
    "data_requests": (
        QT_TRANSLATE_NOOP("documents", "Requests about this data"),
        (
            ("received_at", QT_TRANSLATE_NOOP("documents", "Received")),
            ("kind", QT_TRANSLATE_NOOP("documents", "Request")),
            ("status", QT_TRANSLATE_NOOP("documents", "Status")),
            ("outcome", QT_TRANSLATE_NOOP("documents", "Outcome")),
        ),
    ),
    "record_history": (
        QT_TRANSLATE_NOOP("documents", "When the record was worked on"),
        (
            ("at", QT_TRANSLATE_NOOP("documents", "When")),
            ("username", QT_TRANSLATE_NOOP("documents", "By")),
            ("action", QT_TRANSLATE_NOOP("documents", "What")),
        ),
    ),
}
YES, NO, DASH = QT_TRANSLATE_NOOP("documents", "Yes"), QT_TRANSLATE_NOOP("documents", "No"), "—"
AUDIT = "audit"  # the translation context of the audit log's action names
# Values of a table's column printed by their label: (context, enum) by (table, column).
LABELLED: dict[tuple[str, str], tuple[str, Any]] = {
    ("enrolments", "status"): ("enrolment", EnrolmentStatus),
    ("certificates", "status"): ("certificates", CertificateStatus),
    ("data_requests", "kind"): ("privacy", RequestKind),
    ("data_requests", "status"): ("privacy", RequestStatus),
}
ATTENDANCE = QT_TRANSLATE_NOOP(
    "documents", "present {present}, late {late}, excused {excused}, sick {sick}, absent {absent}"
)
