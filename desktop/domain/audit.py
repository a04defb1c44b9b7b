"""Names of audited actions, as people read them in the audit log."""

from __future__ import annotations

from desktop.domain.i18n import QT_TRANSLATE_NOOP

ACTION_LABELS: dict[str, str] = {
    "login": QT_TRANSLATE_NOOP("audit", "Logged in"),
    "login.failed": QT_TRANSLATE_NOOP("audit", "Failed login"),
    "user.locked": QT_TRANSLATE_NOOP("audit", "Account locked after failed logins"),
    "user.create": QT_TRANSLATE_NOOP("audit", "User created"),
    "user.enable": QT_TRANSLATE_NOOP("audit", "User enabled"),
    "user.disable": QT_TRANSLATE_NOOP("audit", "User disabled"),
    "user.role": QT_TRANSLATE_NOOP("audit", "Role changed"),
    "user.reset_password": QT_TRANSLATE_NOOP("audit", "Password reset by an administrator"),
    "user.change_password": QT_TRANSLATE_NOOP("audit", "Own password changed"),
    "centre.create": QT_TRANSLATE_NOOP("audit", "Centre set up"),
    "centre.update": QT_TRANSLATE_NOOP("audit", "Centre profile changed"),
    "settings.update": QT_TRANSLATE_NOOP("audit", "Settings changed"),
    "programme.create": QT_TRANSLATE_NOOP("audit", "Programme created"),
    "programme.update": QT_TRANSLATE_NOOP("audit", "Programme changed"),
    "programme.archive": QT_TRANSLATE_NOOP("audit", "Programme archived"),
    "programme.restore": QT_TRANSLATE_NOOP("audit", "Programme restored"),
    "programme.delete": QT_TRANSLATE_NOOP("audit", "Programme deleted"),
    "cohort.create": QT_TRANSLATE_NOOP("audit", "Cohort created"),
    "cohort.update": QT_TRANSLATE_NOOP("audit", "Cohort changed"),
    "cohort.status": QT_TRANSLATE_NOOP("audit", "Cohort status changed"),
    "cohort.roster_export": QT_TRANSLATE_NOOP("audit", "Cohort roster exported"),
    "session.move": QT_TRANSLATE_NOOP("audit", "Session moved"),
    "session.cancel": QT_TRANSLATE_NOOP("audit", "Session cancelled"),
    "session.makeup": QT_TRANSLATE_NOOP("audit", "Make-up session added"),
    "enrolment.create": QT_TRANSLATE_NOOP("audit", "Enrolment made"),
    "enrolment.status": QT_TRANSLATE_NOOP("audit", "Enrolment status changed"),
    "enrolment.override": QT_TRANSLATE_NOOP("audit", "Eligibility overridden"),
    "enrolment.offer": QT_TRANSLATE_NOOP("audit", "Freed seat offered"),
    "demo.create": QT_TRANSLATE_NOOP("audit", "Demo data created"),
    "participant.create": QT_TRANSLATE_NOOP("audit", "Participant registered"),
    "participant.update": QT_TRANSLATE_NOOP("audit", "Participant changed"),
    "participant.consent": QT_TRANSLATE_NOOP("audit", "Consent recorded"),
    "participant.photo": QT_TRANSLATE_NOOP("audit", "Participant photo changed"),
    "participant.same_person": QT_TRANSLATE_NOOP(
        "audit", "Registration stopped: already registered"
    ),
    "participant.different_person": QT_TRANSLATE_NOOP(
        "audit", "Possible duplicate judged a different person"
    ),
    "participant.merge": QT_TRANSLATE_NOOP("audit", "Participant records merged"),
    "participant.export": QT_TRANSLATE_NOOP("audit", "Participant list exported"),
    "participant.import": QT_TRANSLATE_NOOP("audit", "Participant list imported"),
    "sponsor.create": QT_TRANSLATE_NOOP("audit", "Sponsor added"),
    "sponsor.logo": QT_TRANSLATE_NOOP("audit", "Sponsor logo changed"),
    "attendance.mark": QT_TRANSLATE_NOOP("audit", "Attendance marked"),
    "attendance.unmark": QT_TRANSLATE_NOOP("audit", "Attendance mark removed"),
    "certificate.issue": QT_TRANSLATE_NOOP("audit", "Certificate issued"),
    "certificate.revoke": QT_TRANSLATE_NOOP("audit", "Certificate revoked"),
    "certificate.supersede": QT_TRANSLATE_NOOP("audit", "Certificate superseded by a re-issue"),
    "certificate.key": QT_TRANSLATE_NOOP("audit", "Certificate signing key made"),
    "certificate.key.import": QT_TRANSLATE_NOOP("audit", "Another centre's key imported"),
    "certificate.style": QT_TRANSLATE_NOOP("audit", "Certificate look changed"),
    "location.create": QT_TRANSLATE_NOOP("audit", "Location added"),
    "location.update": QT_TRANSLATE_NOOP("audit", "Location changed"),
    "item.create": QT_TRANSLATE_NOOP("audit", "Item added to the inventory"),
    "item.update": QT_TRANSLATE_NOOP("audit", "Item changed"),
    "item.retire": QT_TRANSLATE_NOOP("audit", "Item retired"),
    "item.note": QT_TRANSLATE_NOOP("audit", "Maintenance note added"),
    "item.condition": QT_TRANSLATE_NOOP("audit", "Equipment condition changed"),
    "stock.receive": QT_TRANSLATE_NOOP("audit", "Stock received"),
    "stock.move": QT_TRANSLATE_NOOP("audit", "Stock moved"),
    "stock.write_off": QT_TRANSLATE_NOOP("audit", "Stock written off (damaged or lost)"),
    "stock.issue": QT_TRANSLATE_NOOP("audit", "Materials issued to a cohort"),
    "stock.take": QT_TRANSLATE_NOOP("audit", "Stock take recorded"),
    "loan.lend": QT_TRANSLATE_NOOP("audit", "Equipment lent"),
    "loan.handover": QT_TRANSLATE_NOOP("audit", "Handed over for good"),
    "loan.return": QT_TRANSLATE_NOOP("audit", "Loan returned"),
    "inventory.export": QT_TRANSLATE_NOOP("audit", "Inventory exported"),
    "sponsor.update": QT_TRANSLATE_NOOP("audit", "Sponsor changed"),
    "sponsor.contact": QT_TRANSLATE_NOOP("audit", "Sponsor contact changed"),
    "sponsor.agreement": QT_TRANSLATE_NOOP("audit", "Sponsor agreement changed"),
    "sponsor.delete": QT_TRANSLATE_NOOP("audit", "Sponsor deleted"),
    "contribution.record": QT_TRANSLATE_NOOP("audit", "Contribution recorded"),
    "contribution.document": QT_TRANSLATE_NOOP("audit", "Contribution document attached"),
    "sponsor.report": QT_TRANSLATE_NOOP("audit", "Sponsor impact report made"),
    "report.government": QT_TRANSLATE_NOOP("audit", "Government report made"),
}


def action_label(action: str) -> str:
    """The source text for an action; unknown ones (from a newer Pelita) show as they are."""
    return ACTION_LABELS.get(action, action)
