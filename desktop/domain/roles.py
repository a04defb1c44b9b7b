"""Who may do what. The services check these; the GUI only uses them to hide what a person
cannot use anyway."""

from __future__ import annotations

import enum

from desktop.domain.i18n import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    ADMIN = "admin"
    CLERK = "clerk"
    INSTRUCTOR = "instructor"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("roles", "Administrator"),
    Role.CLERK: QT_TRANSLATE_NOOP("roles", "Clerk"),
    Role.INSTRUCTOR: QT_TRANSLATE_NOOP("roles", "Instructor"),
}


class Permission(enum.StrEnum):
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    MANAGE_CENTRE = "manage_centre"
    MANAGE_SETTINGS = "manage_settings"
    VIEW_PROGRAMMES = "view_programmes"
    VIEW_PARTICIPANTS = "view_participants"
    # NIK, KK and phone: instructors work with names only (UU PDP: no more than needed).
    VIEW_IDENTITY_NUMBERS = "view_identity_numbers"
    REGISTER_PARTICIPANTS = "register_participants"
    MERGE_PARTICIPANTS = "merge_participants"
    MANAGE_PROGRAMMES = "manage_programmes"  # programmes, cohorts, sessions
    ENROL_PARTICIPANTS = "enrol_participants"  # enrol, waitlist, withdraw
    OVERRIDE_ELIGIBILITY = "override_eligibility"  # enrol someone the rules refuse, with a reason
    # Instructors their own cohorts; clerks any (they enter paper sheets); admins any, and
    # marks older than the lock days too.
    MARK_ATTENDANCE = "mark_attendance"
    # Issue, revoke and re-issue certificates; the signing key; how certificates look.
    ISSUE_CERTIFICATES = "issue_certificates"
    # The register of certificates (buku induk) and their PDFs. Checking a certificate's code
    # needs no permission beyond being logged in: it tells no more than the paper itself.
    VIEW_CERTIFICATES = "view_certificates"
    # Equipment and materials, the stock ledger, loans and stock takes; sponsors' contacts,
    # agreements, contributions and impact reports.
    MANAGE_INVENTORY = "manage_inventory"
    # Pre- and post-test scores and competency units: instructors their own cohorts, clerks any
    # (from paper), admins any.
    RECORD_ASSESSMENTS = "record_assessments"
    # Typing in paper feedback forms and opening the kiosk where participants fill them in.
    RECORD_FEEDBACK = "record_feedback"
    # Follow-up call lists and the calls' answers (names and phone numbers of consenting people).
    FOLLOW_UP = "follow_up"
    # Figures across the centre: the dashboard, survey results, demand and outcomes.
    VIEW_REPORTS = "view_reports"
    # Disability, health and accommodations, social assistance (DTSEN, PKH, …): UU PDP counts
    # them as specific personal data. Clerks register them and plan accommodations; instructors
    # see that someone needs help only from the person or the clerk, not from lists or exports.
    VIEW_SENSITIVE_DATA = "view_sensitive_data"
    # Recording a data-subject request as it arrives, and seeing which are open. Clerks may:
    # people ask at the registration desk, and the 3 × 24 hours run from that moment, not from
    # when an administrator next comes in. Withdrawing a consent is also theirs: it only ever
    # narrows what the centre does, and the law wants it to hold at once.
    RECORD_DATA_REQUESTS = "record_data_requests"
    # Acting on requests: exporting everything about a person, anonymising (deletion),
    # closing requests, the retention review. Administrators only: these are final or carry a
    # whole record out of the database.
    HANDLE_DATA_REQUESTS = "handle_data_requests"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.CLERK: frozenset(
        {
            Permission.VIEW_PROGRAMMES,
            Permission.VIEW_PARTICIPANTS,
            Permission.VIEW_IDENTITY_NUMBERS,
            Permission.REGISTER_PARTICIPANTS,
            Permission.ENROL_PARTICIPANTS,
            Permission.MARK_ATTENDANCE,
            Permission.VIEW_CERTIFICATES,
            Permission.RECORD_ASSESSMENTS,
            Permission.RECORD_FEEDBACK,
            Permission.FOLLOW_UP,
            Permission.VIEW_SENSITIVE_DATA,
            Permission.RECORD_DATA_REQUESTS,
        }
    ),
    Role.INSTRUCTOR: frozenset(
        {
            Permission.VIEW_PROGRAMMES,
            Permission.VIEW_PARTICIPANTS,
            Permission.MARK_ATTENDANCE,
            Permission.RECORD_ASSESSMENTS,
        }
    ),
}


def role_may(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
