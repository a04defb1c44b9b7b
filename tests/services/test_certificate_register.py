"""The register of certificates (services.certificate_register) on SQLite and PostgreSQL: the
PDF frozen at issue whatever changes later (a name, the logo, the look), a re-issue that
supersedes, a revocation that keeps the number, a stored PDF changed behind Pelita's back,
searching, and who may do what."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image
from sqlalchemy import select, update

from desktop.domain.certificate import CertificateStatus, Verdict, sha256_hex
from desktop.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from desktop.services import centre, certificate_issue, certificate_register, certificate_style
from desktop.services.certificate_register import RegisterEntry
from desktop.services.certificate_style import CertificateStyleInput
from desktop.services.certificate_verify import verify
from desktop.services.context import Actor
from desktop.store.certificates import CertificateFile
from desktop.store.database import Database
from desktop.store.participants import Participant
from tests.services.test_certificate_issue import (
    Class,
    Clock,
    audit,
    clock,
    issue,
    klass,
    pdf_text,
)

__all__ = ["clock", "klass"]  # fixtures used here


def png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), colour).save(out, format="PNG")
    return out.getvalue()


def rename(db: Database, participant_id: int, name: str) -> None:
    with db.sessions.begin() as session:
        session.execute(
            update(Participant).where(Participant.id == participant_id).values(full_name=name)
        )


def entry(db: Database, actor: Actor, certificate_id: int) -> RegisterEntry:
    return certificate_register.entry(db, actor, certificate_id)


# -- frozen at issue ------------------------------------------------------------------------------


def test_the_pdf_is_frozen_and_a_reissue_picks_up_the_correction(
    demo_db: Database, admin: Actor, klass: Class, clock: Clock
) -> None:
    old = issue(demo_db, admin, klass, [0, 2]).certificates[0]
    frozen = certificate_register.pdf(demo_db, admin, old.certificate_id)
    assert sha256_hex(frozen) == entry(demo_db, admin, old.certificate_id).sha256
    # The name corrected, a new logo, another look, a signature: none reaches the issued PDF.
    rename(demo_db, klass.people[0], "Ani Suryani Putri")
    profile = centre.get_profile(demo_db)
    assert profile is not None
    centre.update_profile(
        demo_db, admin, replace(profile, head_name="Drs. Budi"), logo_file=png("red")
    )
    certificate_style.save_style(
        demo_db, admin, CertificateStyleInput(place="Cianjur", english=True, photo=True), 0
    )
    certificate_style.set_signature(demo_db, admin, png("blue"))
    assert certificate_register.pdf(demo_db, admin, old.certificate_id) == frozen
    assert entry(demo_db, admin, old.certificate_id).full_name == "Ani Suryani"
    shown = pdf_text(certificate_issue.preview(demo_db, admin, klass.cohort, klass.enrolments[0]))
    assert "ANI SURYANI PUTRI" in shown and "Cianjur" in shown and "Drs. Budi" in shown

    with pytest.raises(ValidationError) as no_reason:
        certificate_issue.reissue(demo_db, admin, old.certificate_id, "  ")
    assert no_reason.value.field == "reason"
    with pytest.raises(ValidationError):
        certificate_issue.reissue(demo_db, admin, old.certificate_id, "x" * 501)
    result = certificate_issue.reissue(demo_db, admin, old.certificate_id, " Nama kurang lengkap ")
    (new,) = result.certificates
    assert (new.number, new.full_name) == ("0003/LKP-PM/JHT/XI/2026", "Ani Suryani Putri")
    now, then = entry(demo_db, admin, new.certificate_id), entry(demo_db, admin, old.certificate_id)
    assert (now.supersedes_id, now.reissue_reason, now.status) == (
        old.certificate_id,
        "Nama kurang lengkap",
        CertificateStatus.ISSUED,
    )
    assert (then.status, then.number, then.superseded_by_id) == (
        CertificateStatus.SUPERSEDED,
        old.number,
        new.certificate_id,
    )
    assert certificate_register.pdf(demo_db, admin, old.certificate_id) == frozen
    fresh = pdf_text(certificate_register.pdf(demo_db, admin, new.certificate_id))
    assert "ANI SURYANI PUTRI" in fresh and new.number in fresh and "Cianjur" in fresh
    assert verify(demo_db, admin, old.number).verdict is Verdict.SUPERSEDED
    assert verify(demo_db, admin, new.verify_code).verdict is Verdict.VALID
    issued = {e.entity_id: e.after or {} for e in audit(demo_db, "certificate.issue")}
    assert issued[str(new.certificate_id)]["supersedes_id"] == old.certificate_id
    assert issued[str(new.certificate_id)]["reason"] == "Nama kurang lengkap"
    assert [e.entity_id for e in audit(demo_db, "certificate.supersede")] == [
        str(old.certificate_id)
    ]
    holder = certificate_issue.candidates(demo_db, admin, klass.cohort)[0]
    assert (holder.certificate_id, holder.certificate_number) == (new.certificate_id, new.number)
    with pytest.raises(Conflict):  # the superseded one cannot be re-issued or revoked again
        certificate_issue.reissue(demo_db, admin, old.certificate_id, "Lagi")
    with pytest.raises(Conflict):
        certificate_register.revoke(demo_db, admin, old.certificate_id, "Lagi")


def test_a_changed_stored_pdf_is_refused(demo_db: Database, admin: Actor, klass: Class) -> None:
    issued = issue(demo_db, admin, klass, [0]).certificates[0]
    frozen = certificate_register.pdf(demo_db, admin, issued.certificate_id)
    middle = len(frozen) // 2
    changed = frozen[:middle] + bytes([frozen[middle] ^ 1]) + frozen[middle + 1 :]
    with demo_db.sessions.begin() as session:
        session.execute(
            update(CertificateFile)
            .where(CertificateFile.certificate_id == issued.certificate_id)
            .values(pdf=changed)
        )
    with pytest.raises(Conflict) as refused:
        certificate_register.pdf(demo_db, admin, issued.certificate_id)
    assert "changed in the database" in refused.value.text
    with pytest.raises(NotFound):
        certificate_register.pdf(demo_db, admin, issued.certificate_id + 1000)


# -- revoking ---------------------------------------------------------------------------------


def test_a_revoked_certificate_keeps_its_number(
    demo_db: Database, admin: Actor, klass: Class, clock: Clock
) -> None:
    first, second = issue(demo_db, admin, klass, [0, 2]).certificates
    for reason in ("", "   ", "x" * 501):
        with pytest.raises(ValidationError) as refused:
            certificate_register.revoke(demo_db, admin, first.certificate_id, reason)
        assert refused.value.field == "reason"
    revoked = certificate_register.revoke(demo_db, admin, first.certificate_id, " Data palsu ")
    assert (revoked.number, revoked.status, revoked.revoked_reason) == (
        first.number,
        CertificateStatus.REVOKED,
        "Data palsu",
    )
    assert revoked.revoked_at == clock.now
    with pytest.raises(Conflict):
        certificate_register.revoke(demo_db, admin, first.certificate_id, "Sekali lagi")
    with pytest.raises(Conflict):
        certificate_issue.reissue(demo_db, admin, first.certificate_id, "Nama salah")
    with pytest.raises(NotFound):
        certificate_register.revoke(demo_db, admin, second.certificate_id + 1000, "Hilang")
    answer = verify(demo_db, admin, first.number)
    assert answer.verdict is Verdict.REVOKED and answer.params["reason"] == "Data palsu"
    assert entry(demo_db, admin, second.certificate_id).status is CertificateStatus.ISSUED
    (entry_audit,) = audit(demo_db, "certificate.revoke")
    assert entry_audit.after == {"status": "revoked", "reason": "Data palsu"}
    assert certificate_register.pdf(demo_db, admin, first.certificate_id)  # still kept


# -- searching ------------------------------------------------------------------------------------


def test_searching_the_register(demo_db: Database, admin: Actor, klass: Class) -> None:
    rename(demo_db, klass.people[3], "André Désirée")
    ani, citra, andre = issue(demo_db, admin, klass, [0, 2, 3]).certificates

    def found(
        text: str, status: CertificateStatus | None = None, limit: int | None = None
    ) -> list[str]:
        entries = certificate_register.search(demo_db, admin, text, status=status, limit=limit)
        return [e.full_name for e in entries]

    assert found("") == ["André Désirée", "Citra Lestari", "Ani Suryani"]  # newest first
    assert found("lestari") == ["Citra Lestari"]
    assert found("  andre   DESIREE ") == ["André Désirée"]  # accents, case and spaces ignored
    assert found(citra.number) == ["Citra Lestari"]
    assert found(ani.verify_code.lower().replace("-", " ")) == ["Ani Suryani"]
    assert found(klass.code) == found("")
    assert found("Menjahit") == found("")  # the programme
    assert found("%") == [] and found("_") == []  # typed literally, not as wildcards
    certificate_register.revoke(demo_db, admin, andre.certificate_id, "Salah orang")
    assert found("", status=CertificateStatus.REVOKED) == ["André Désirée"]
    assert found("ani", status=CertificateStatus.ISSUED) == ["Ani Suryani"]
    assert found("", limit=1) == ["André Désirée"]
    held = certificate_register.of_participant(demo_db, admin, klass.people[2])
    assert [e.number for e in held] == [citra.number]
    assert certificate_register.of_participant(demo_db, admin, klass.people[1]) == []


@pytest.mark.parametrize("text", ["Ani\x00", "\ud800", "ani \udfff"], ids=["nul", "lone", "mixed"])
def test_searching_for_text_no_database_can_hold(
    demo_db: Database, admin: Actor, klass: Class, text: str
) -> None:
    issue(demo_db, admin, klass, [0])
    found = certificate_register.search(demo_db, admin, text)  # an answer, whichever
    assert {entry.full_name for entry in found} <= {"Ani Suryani"}


# -- who may ------------------------------------------------------------------------------------


def test_a_clerk_reads_the_register_and_changes_nothing(
    demo_db: Database, admin: Actor, clerk: Actor, instructor: Actor, klass: Class
) -> None:
    issued = issue(demo_db, admin, klass, [0]).certificates[0]
    assert [e.id for e in certificate_register.search(demo_db, clerk, "ani")] == [
        issued.certificate_id
    ]
    assert entry(demo_db, clerk, issued.certificate_id).number == issued.number
    assert certificate_register.pdf(demo_db, clerk, issued.certificate_id)
    assert len(certificate_register.of_participant(demo_db, clerk, klass.people[0])) == 1
    with pytest.raises(PermissionDenied):
        certificate_register.revoke(demo_db, clerk, issued.certificate_id, "Salah")
    for read in (
        lambda: certificate_register.search(demo_db, instructor, ""),
        lambda: certificate_register.entry(demo_db, instructor, issued.certificate_id),
        lambda: certificate_register.pdf(demo_db, instructor, issued.certificate_id),
        lambda: certificate_register.of_participant(demo_db, instructor, klass.people[0]),
        lambda: certificate_register.revoke(demo_db, instructor, issued.certificate_id, "x"),
    ):
        with pytest.raises(PermissionDenied):
            read()
    with demo_db.sessions() as session:
        status = session.scalar(select(CertificateFile.certificate_id))
    assert status == issued.certificate_id
    assert entry(demo_db, admin, issued.certificate_id).status is CertificateStatus.ISSUED
