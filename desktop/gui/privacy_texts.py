"""The words of the Privacy page: the kinds and states of a data-subject request as people
read them, what each kind asks of the centre, and what anonymising a person erases and keeps
(said the same way wherever someone is about to be anonymised)."""

from __future__ import annotations

from desktop.domain.privacy import RequestKind, RequestStatus
from desktop.gui.i18n import translate


def kind_text(kind: RequestKind) -> str:
    return translate("privacy", RequestKind(kind).label)


def kind_hint(kind: RequestKind) -> str:
    """What the centre does for a request of this kind (shown while one is recorded)."""
    hints = {
        RequestKind.ACCESS: translate(
            "privacy",
            "The person receives everything Pelita holds about them, as a readable PDF and a "
            "JSON file.",
        ),
        RequestKind.CORRECTION: translate(
            "privacy", "Something on record is wrong: the person's profile is corrected by hand."
        ),
        RequestKind.DELETION: translate(
            "privacy", "The person is anonymised. What the certificate register needs is kept."
        ),
        RequestKind.WITHDRAWAL: translate(
            "privacy",
            "The person no longer agrees to be contacted: they leave the follow-up call lists "
            "at once.",
        ),
    }
    return hints[RequestKind(kind)]


def status_text(status: RequestStatus) -> str:
    return translate("privacy", RequestStatus(status).label)


def action_text(kind: RequestKind) -> str:
    """The page's button for acting on a request of this kind."""
    texts = {
        RequestKind.ACCESS: translate("privacy", "E&xport their data…"),
        RequestKind.CORRECTION: translate("privacy", "Open the &profile"),
        RequestKind.DELETION: translate("privacy", "&Anonymise…"),
        RequestKind.WITHDRAWAL: translate("privacy", "&Withdraw consent…"),
    }
    return texts[RequestKind(kind)]


def erased_and_kept() -> str:
    """What anonymising does, for the confirmations (one person or many)."""
    return translate(
        "privacy",
        "Erased: the name (replaced by a number), NIK, KK, phone, address, place of birth, "
        "disability, social assistance, photo and notes.\n\n"
        "Kept: the enrolments, attendance and results under that number, so the centre's "
        "figures stay right, and the certificates in the register as they were issued, so "
        "they can still be verified.",
    )


def activity_text(reason: str) -> str:
    """A person's last activity, as services.retention names it ("attendance")."""
    texts = {
        "registration": translate("privacy", "Registered"),
        "enrolment": translate("privacy", "Enrolment"),
        "attendance": translate("privacy", "Attendance"),
        "certificate": translate("privacy", "Certificate issued"),
        "call": translate("privacy", "Follow-up call"),
        "loan": translate("privacy", "Equipment lent or handed over"),
    }
    return texts.get(reason, reason)
