"""The self-check's steps on a database (desktop.self_check runs them): a new SQLite file opened
and migrated the way a desk opens it, a small demo centre built through the services, a
certificate issued and verified, certificates rendered in worker processes, and the
participant list written to an xlsx and read back.

Everything goes through the same services the window and the commands use; each step imports
them inside itself, so a module missing from a bundle fails the step that needs it.
"""

from __future__ import annotations

import os
import re
from datetime import date
from typing import TYPE_CHECKING

from desktop.self_check_steps import CertificateFacts, CheckFailed, CheckState

if TYPE_CHECKING:
    from desktop.documents.certificate import CertificateLook, CertificatePaper
    from desktop.domain.certificate import KeyPair
    from desktop.services.context import Actor
    from desktop.store.database import Database

# The demo's finished cohort takes the first people registered: eight give it several people
# who completed, in about two seconds (the window's demo has 300).
PEOPLE = 8
DATABASE_FILE = "pelita-self-check.sqlite3"
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")  # a page object (not /Pages)
POOL_WORKERS = 2
POOL_TIMEOUT_S = 120  # a frozen worker that cannot start fails the step, never hangs it


def _database(state: CheckState) -> tuple[Database, Actor]:
    if state.db is None or state.admin is None:
        raise CheckFailed("no database with a centre to work on")
    return state.db, state.admin


def pdf_pages(pdf: bytes) -> int:
    """The page objects of a PDF as ReportLab writes it (pypdf is not in the bundle)."""
    return len(_PAGE.findall(pdf))


def check_database(state: CheckState) -> str:
    """A new SQLite file, opened as a desk opens it at start-up: created, migrated to the
    newest revision, and sound."""
    from desktop.paths import sqlite_url
    from desktop.services.startup import open_for_desk
    from desktop.store.schema import HEAD, REVISIONS, current_revision

    opened = open_for_desk(sqlite_url(state.folder / DATABASE_FILE))
    state.db = opened.db
    with opened.db.engine.connect() as connection:
        revision = current_revision(connection)
        integrity = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        keys_on = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    if revision != HEAD:
        raise CheckFailed(f"the new database is at revision {revision}, not {HEAD}")
    if integrity != ["ok"]:
        raise CheckFailed(f"integrity_check says {'; '.join(map(str, integrity[:3]))}")
    if broken:
        raise CheckFailed(f"foreign_key_check finds rows pointing at nothing: {broken[:3]}")
    if keys_on != 1:
        raise CheckFailed("foreign keys are not enforced on the desk's connections")
    if not opened.needs_setup:
        raise CheckFailed("the new database does not ask for the centre's setup")
    return (
        f"new SQLite file opened as a desk starts, migrated through {len(REVISIONS)} revisions "
        f"to {HEAD}; integrity_check ok, foreign keys on and intact"
    )


def check_centre(state: CheckState) -> str:
    """The demo centre, built through the services as `pelita demo` builds it (centre, users,
    programmes, people, cohorts with sessions around the holidays, attendance, scores)."""
    from desktop.domain.demo import DEMO_LOGINS
    from desktop.services.accounts import authenticate
    from desktop.services.demo import build_demo

    if state.db is None:
        raise CheckFailed("no database to build the centre in")
    summary = build_demo(state.db, participants=PEOPLE)
    username, password, _role = DEMO_LOGINS[0]
    state.admin = authenticate(state.db, username, password)
    return (
        f"demo centre built through the services: {summary.programmes} programmes, "
        f"{summary.cohorts} cohorts, {PEOPLE} participants; logged in as {username}"
    )


def check_certificate(state: CheckState) -> str:
    """One certificate issued in the demo's finished cohort (numbered, signed, its PDF frozen
    in the register), then verified as a desk verifies one: from its QR code's text, its short
    code, its number and its PDF file."""
    from desktop.domain.cohort import CohortStatus
    from desktop.domain.errors import fill
    from desktop.services import certificate_issue, certificate_register, cohorts
    from desktop.services.certificate_verify import PDF_CODE, verify, verify_pdf
    from desktop.services.demo_certificates import DEMO_UNITS

    db, admin = _database(state)
    finished = [
        row for row in cohorts.list_cohorts(db, admin) if row.status is CohortStatus.FINISHED
    ]
    if not finished:
        raise CheckFailed("the demo centre has no finished cohort")
    cohort = finished[0]
    eligible = [c for c in certificate_issue.candidates(db, admin, cohort.id) if c.eligible]
    if not eligible:
        raise CheckFailed(f"nobody in cohort {cohort.code} may get a certificate")
    request = certificate_issue.IssueRequest(cohort.id, (eligible[0].enrolment_id,))
    (issued,) = certificate_issue.issue(db, admin, request).certificates
    pdf = certificate_register.pdf(db, admin, issued.certificate_id)
    if not pdf.startswith(b"%PDF-"):
        raise CheckFailed(f"the frozen file of {issued.number} is not a PDF")
    pages, expected = pdf_pages(pdf), 2 if DEMO_UNITS.get(cohort.programme_code) else 1
    if pages != expected:
        raise CheckFailed(f"the PDF of {issued.number} has {pages} pages, not {expected}")
    found = PDF_CODE.search(pdf)
    if found is None:
        raise CheckFailed(f"the PDF of {issued.number} carries no verification code")
    code = found.group(0).decode("ascii")
    for what, answer in (
        ("its QR code's text", verify(db, admin, code)),
        ("its short code", verify(db, admin, issued.verify_code)),
        ("its number", verify(db, admin, issued.number)),
        ("its PDF", verify_pdf(db, admin, pdf)),
    ):
        if not answer.valid:
            said = fill(answer.reason, answer.params, "en")
            raise CheckFailed(f"verified from {what}, {issued.number} is {answer.verdict}: {said}")
    state.certificate = CertificateFacts(pdf, issued.number, code, pages)
    return (
        f"certificate {issued.number} issued (signed, {pages}-page PDF frozen) and verified "
        f"valid from its QR code, short code {issued.verify_code}, number and PDF"
    )


def check_render_pool(state: CheckState) -> str:
    """Two certificates rendered in worker processes started with "spawn", as a batch of
    certificate_render.POOL_FROM or more is rendered: in a frozen app each worker is the app
    started again, which only multiprocessing.freeze_support (desktop.cli.main) turns into a
    worker. render_batch picks the pool by the batch's size alone, so its pool is used here
    directly."""
    from desktop.documents.certificate import CertificateLook
    from desktop.domain.certificate import new_key_pair
    from desktop.services.certificate_render import worker_pool

    key = new_key_pair()
    look = CertificateLook(centre_name="Pelita self-check", place="Cianjur")
    papers = [specimen(key, number) for number in (1, 2)]
    with worker_pool(POOL_WORKERS) as pool:
        futures = [pool.submit(render_in_worker, look, paper) for paper in papers]
        results = [future.result(timeout=POOL_TIMEOUT_S) for future in futures]
    workers = {pid for pid, _pdf in results}
    if os.getpid() in workers:
        raise CheckFailed("the certificates were rendered in this process, not in workers")
    for (_pid, pdf), paper in zip(results, papers, strict=True):
        if not pdf.startswith(b"%PDF-") or paper.qr.encode("ascii") not in pdf:
            raise CheckFailed(f"the worker's PDF of {paper.number} is not that certificate")
    return f"{len(papers)} certificates rendered by a pool of worker processes started with spawn"


def specimen(key: KeyPair, number: int) -> CertificatePaper:
    """A certificate of nobody, signed with `key`, marked "not valid" across."""
    from desktop.documents.certificate import CertificatePaper
    from desktop.domain.certificate import SignedFields, qr_code, sign, verify_code

    fields = SignedFields(
        "SELF", f"{number:04d}/SELF/CHECK", "Peserta Uji", "Uji Pelita", date(2026, 1, 5),
        date(2026, 2, 27),
    )  # fmt: skip
    signature = sign(key.private, fields)
    return CertificatePaper(
        number=fields.number,
        verify_code=verify_code(signature),
        qr=qr_code(key.key_id, fields, signature),
        name=fields.name,
        birth_place="Cianjur",
        birth_date=date(2000, 1, 1),
        programme=fields.programme,
        start=fields.start,
        end=fields.end,
        hours_jp=40,
        issue_date=date(2026, 3, 6),
        preview=True,  # marked "not valid" across: never a real certificate
    )


def render_in_worker(look: CertificateLook, paper: CertificatePaper) -> tuple[int, bytes]:
    """Runs in a worker process: which process it is, and the certificate's PDF."""
    from desktop.documents.certificate import render_certificate

    return os.getpid(), render_certificate(look, paper)


def check_xlsx(state: CheckState) -> str:
    """The participant list exported to xlsx (Pelita's own writer) and read back by the
    import's reader (openpyxl): the same people with the same NIKs, each NIK a text cell;
    and the certificate register, which openpyxl writes, read back with the number issued."""
    from desktop.documents.language import DOCUMENTS, translator
    from desktop.documents.sheet_read import read_sheet
    from desktop.services import registry
    from desktop.services.participant_export import export_participants

    db, admin = _database(state)
    path = state.folder / "participants.xlsx"
    written = export_participants(db, admin, path, language="id")
    sheet = read_sheet(path)
    tr = translator("id")
    name_column = sheet.headers.index(tr(DOCUMENTS, "Name"))
    nik_column = sheet.headers.index(tr(DOCUMENTS, "NIK"))
    read = sorted((row[name_column], row[nik_column]) for row in sheet.rows)
    rows = registry.page(db, admin, registry.RegistryQuery(), limit=written + 1).rows
    listed = sorted((row.full_name, row.nik) for row in rows)
    if written == 0 or read != listed:
        raise CheckFailed(
            f"{path.name} read back holds {read[:2]}..., the register {listed[:2]}..."
        )
    for number, numeric, row in zip(sheet.row_numbers, sheet.numeric, sheet.rows, strict=True):
        if nik_column in numeric or not re.fullmatch(r"[0-9]{16}", row[nik_column]):
            raise CheckFailed(f"the NIK in row {number} of {path.name} is not 16 digits of text")
    register = _register_lists(state)
    return f"{written} participants written to xlsx and read back, NIKs as text{register}"


def _register_lists(state: CheckState) -> str:
    """The register as xlsx with the issued certificate's number, when there is one."""
    if state.certificate is None:
        return ""
    from openpyxl import load_workbook  # type: ignore[import-untyped]

    from desktop.services.certificate_register_export import export_register

    db, admin = _database(state)
    path = state.folder / "register.xlsx"
    export_register(db, admin, path)
    workbook = load_workbook(path, read_only=True)
    try:
        values = {cell for row in workbook.active.iter_rows(values_only=True) for cell in row}
    finally:
        workbook.close()
    if state.certificate.number not in values:
        raise CheckFailed(f"{path.name} does not list certificate {state.certificate.number}")
    return f"; the certificate register as xlsx lists {state.certificate.number}"
