"""`pelita certificates …` on the demo centre, in-process: who is eligible, a batch issued with
its files, the register, revoking and re-issuing, and `verify` answering like the window does
(valid, revoked, superseded, unknown, forged) with exit status 0 only for a valid certificate,
also for another centre's certificate checked with its exported key file alone."""

from __future__ import annotations

import logging
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select, update

from desktop import cli, cli_participants
from desktop.domain.certificate import qr_code, read_qr_code
from desktop.domain.errors import fill
from desktop.paths import sqlite_url
from desktop.services.accounts import authenticate
from desktop.services.certificate_issue import candidates
from desktop.store.certificates import Certificate, CertificateFile, CertificateYear, SigningKey
from desktop.store.database import Database
from desktop.store.participants import Participant
from desktop.store.training import Cohort
from tests.cli.test_cli_training import _drop_new_log_handlers, one_line_error, pelita
from tests.cli.test_cli_training import built as built
from tests.cli.test_cli_training import demo as demo

COHORT = "JHT-2026-01"  # the demo's finished cohort: 13 of its 15 people are eligible
# (one dropped out, one did not pass a competency unit)
ODD_NAME = "Nur'aini Sémbiring-Pardédé"


def certify(capsys: pytest.CaptureFixture[str], *more: str) -> str:
    code, out, err = pelita(capsys, "certificates", "issue", COHORT, "--all-eligible", *more)
    assert code == 0, err
    return out


def numbers_printed(out: str) -> list[str]:
    return re.findall(r"^(\d{4}/\S+)", out, re.MULTILINE)


def registered(db: Database) -> list[Certificate]:
    with db.sessions() as session:
        return list(session.scalars(select(Certificate).order_by(Certificate.seq)))


def code_in(pdf: bytes) -> str:
    found = re.search(rb"PLT1-[A-Z2-7]+", pdf)
    assert found is not None
    return found.group(0).decode("ascii")


def frozen_pdf(db: Database, number: str) -> bytes:
    with db.sessions() as session:
        return bytes(
            session.execute(
                select(CertificateFile.pdf)
                .join(Certificate, Certificate.id == CertificateFile.certificate_id)
                .where(Certificate.number == number)
            ).scalar_one()
        )


def verify(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code, out, err = pelita(capsys, "certificates", "verify", *args)
    assert err == "" and code in (0, 1), (code, err)
    return code, out


def verdict(out: str) -> tuple[str, str]:
    first, second = out.splitlines()[:2]
    assert first.startswith("Verdict: ") and second.startswith("Why: "), out
    return first.removeprefix("Verdict: ").strip(), second.removeprefix("Why: ").strip()


def error_of(capsys: pytest.CaptureFixture[str], *args: str, user: str = "admin") -> str:
    code, out, err = pelita(capsys, *args, user=user)
    assert (code, out) == (2, ""), (code, out, err)
    return one_line_error(err)


def cohort_id(db: Database) -> int:
    with db.sessions() as session:
        return session.execute(select(Cohort.id).where(Cohort.code == COHORT)).scalar_one()


# -- who is eligible ---------------------------------------------------------------------------


def test_eligible_lists_everyone_with_the_reason(
    demo: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = pelita(capsys, "certificates", "eligible", COHORT.lower())
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Ref", "Name", "Rate", "Eligible", "Reason", "Certificate"]
    people = candidates(demo, authenticate(demo, "admin", "admin-demo"), cohort_id(demo))
    assert len(people) == 15 and sum(p.eligible for p in people) == 13
    for person, line in zip(people, lines[1:16], strict=True):
        assert line.startswith(f"E{person.enrolment_id} ")
        assert person.full_name in line
        assert (" yes " in line) == person.eligible
        if person.eligible:
            assert line.rstrip().endswith("Meets the completion rule")
        else:
            reason = fill(person.reason, person.params, "en")
            assert reason and "{" not in reason and line.rstrip().endswith(reason)
    assert lines[-1] == f"{COHORT}: 13 of 15 eligible; 0 hold a certificate already."

    assert "There is no cohort with the code NOPE" in error_of(
        capsys, "certificates", "eligible", "NOPE"
    )


# -- issuing -----------------------------------------------------------------------------------


def test_issue_all_eligible_numbers_them_and_writes_the_files(
    demo: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "sertifikat"
    code, out, err = pelita(
        capsys, "certificates", "issue", COHORT, "--all-eligible", "--folder", str(folder)
    )
    assert code == 0, err
    assert f"Issuing 13 certificates for {COHORT}; Ctrl+C cancels." in err
    numbers = numbers_printed(out)
    assert [number[:5] for number in numbers] == [f"{seq:04d}/" for seq in range(1, 14)]
    rows = registered(demo)
    assert [row.number for row in rows] == numbers
    for row in rows:
        line = next(line for line in out.splitlines() if line.startswith(row.number))
        assert line.split("  ")[-1].strip() == row.verify_code and row.full_name in line
    pdfs = sorted(path.name for path in folder.iterdir())
    assert len(pdfs) == 14 and f"Sertifikat {COHORT} (cetak, 13).pdf" in pdfs
    first = next(folder.glob("0001-*.pdf"))
    assert first.read_bytes() == frozen_pdf(demo, rows[0].number)
    assert f"To print them all: {folder / f'Sertifikat {COHORT} (cetak, 13).pdf'}" in out

    # Everyone eligible has one now: a second run has nobody to issue to, and says so.
    assert "Nobody to issue to" in error_of(
        capsys, "certificates", "issue", COHORT, "--all-eligible"
    )
    code, out, _ = pelita(capsys, "certificates", "eligible", COHORT)
    assert f"{COHORT}: 13 of 15 eligible; 13 hold a certificate already." in out
    assert rows[0].number in out


def test_issue_chosen_people_an_override_and_a_date(
    demo: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    people = candidates(demo, authenticate(demo, "admin", "admin-demo"), cohort_id(demo))
    passing = [p for p in people if p.eligible]
    failing = next(p for p in people if not p.eligible)

    refused = error_of(
        capsys, "certificates", "issue", COHORT, "--enrolment", f"E{failing.enrolment_id}"
    )
    assert (
        f"E{failing.enrolment_id} {failing.full_name} does not meet the completion rule ("
        in refused
    )
    assert refused.endswith(f"give a reason: --override E{failing.enrolment_id} REASON.")
    code, out, err = pelita(
        capsys,
        "certificates",
        "issue",
        COHORT,
        "--enrolment",
        f"e{passing[1].enrolment_id}",
        str(passing[0].enrolment_id),
        "--override",
        f"E{failing.enrolment_id}",
        "Ujian susulan lulus",
        "--date",
        "01/12/2026",
    )
    assert code == 0, err
    rows = registered(demo)
    assert len(rows) == 3 and all(row.number.endswith("/XII/2026") for row in rows)
    assert numbers_printed(out) == [row.number for row in rows]
    by_name = {row.full_name: row for row in rows}
    assert by_name[failing.full_name].override_reason == "Ujian susulan lulus"
    assert by_name[passing[0].full_name].override_reason == ""
    # Numbered in the cohort's order, whatever the order typed.
    order = [p.full_name for p in people if p.full_name in by_name]
    assert [row.full_name for row in rows] == order


def test_issue_mistakes_are_one_line_before_the_password(
    demo: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(cli_participants.ENV_PASSWORD)
    issue = ("certificates", "issue", COHORT)
    assert "Say who gets a certificate" in error_of(capsys, *issue)
    assert "--date 31/02/2026 is not a date" in error_of(
        capsys, *issue, "--all-eligible", "--date", "31/02/2026"
    )
    assert "--enrolment x12: name a person by their reference" in error_of(
        capsys, *issue, "--enrolment", "x12"
    )
    assert "--override E3: give the reason" in error_of(capsys, *issue, "--override", "E3", " ")
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "admin-demo")
    assert f"E99999 is not in {COHORT}" in error_of(capsys, *issue, "--enrolment", "E99999")
    assert registered(demo) == []


def test_ctrl_c_cancels_and_leaves_nothing_issued(
    demo: Database,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.documents.certificate import CertificateLook, CertificatePaper
    from desktop.documents.certificate import render_certificate as real

    where = "desktop.services.certificate_render.render_certificate"
    rendered: list[str] = []

    def render_then_ctrl_c(look: CertificateLook, paper: CertificatePaper) -> bytes:
        rendered.append(paper.number)
        if len(rendered) == 3:
            os.kill(os.getpid(), signal.SIGINT)  # as Ctrl+C in the terminal
        return real(look, paper)

    monkeypatch.setattr(where, render_then_ctrl_c)
    folder = tmp_path / "out"
    code, out, err = pelita(
        capsys, "certificates", "issue", COHORT, "--all-eligible", "--folder", str(folder)
    )
    assert code == 130 and out == ""
    assert "Cancelled: no certificate was issued and no number was used." in err
    assert len(rendered) == 3  # it stopped there, not at the end
    assert registered(demo) == []
    with demo.sessions() as session:
        assert not session.scalar(select(func.max(CertificateYear.last_seq)))
    assert not folder.exists() or not any(folder.iterdir())
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler

    monkeypatch.setattr(where, real)
    assert numbers_printed(certify(capsys))[0].startswith("0001/")


# -- the register ------------------------------------------------------------------------------


def test_register_show_and_the_frozen_pdf(
    demo: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = pelita(capsys, "certificates", "register")
    assert (code, out) == (0, "No certificates have been issued yet.\n")
    certify(capsys)
    rows = registered(demo)
    code, out, _ = pelita(capsys, "certificates", "register")
    lines = out.splitlines()
    assert lines[0].split() == ["Number", "Status", "Name", "Programme", "Cohort", "Issued", "Code"]
    assert [line.split()[0] for line in lines[1:]] == [row.number for row in reversed(rows)]

    someone = rows[4]
    code, out, _ = pelita(capsys, "certificates", "register", someone.full_name.split()[-1])
    assert someone.number in out
    code, out, _ = pelita(capsys, "certificates", "register", "--status", "revoked")
    assert out == "No certificate in the register matches.\n"

    code, out, _ = pelita(capsys, "certificates", "show", someone.verify_code.lower())
    assert code == 0
    shown = dict(line.split(":", 1) for line in out.splitlines())
    assert shown["Number"].strip() == someone.number
    assert shown["Status"].strip() == "Issued"
    assert shown["Name"].strip() == someone.full_name
    assert shown["SHA-256"].strip() == someone.sha256

    target = tmp_path / "copy.pdf"
    code, out, _ = pelita(capsys, "certificates", "pdf", someone.number.lower(), str(target))
    assert code == 0 and out.startswith(f"Written: {target}")
    assert target.read_bytes() == frozen_pdf(demo, someone.number)
    assert "There is no certificate with the number or code 9999/X" in error_of(
        capsys, "certificates", "show", "9999/X"
    )


def test_a_clerk_sees_the_register_but_does_not_issue(
    demo: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    certify(capsys)
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "petugas-demo")
    code, out, _ = pelita(capsys, "certificates", "register", user="petugas")
    assert code == 0 and len(out.splitlines()) == 14
    message = error_of(capsys, "certificates", "eligible", COHORT, user="petugas")
    assert message.startswith("pelita: error: ")
    number = registered(demo)[0].number
    error_of(capsys, "certificates", "revoke", number, "--reason", "x", user="petugas")
    assert registered(demo)[0].status == "issued"

    # Anyone logged in may verify: an instructor too.
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, "instruktur-demo")
    code, out, err = pelita(capsys, "certificates", "verify", number, user="instruktur")
    assert (code, verdict(out)[0]) == (0, "Valid"), err


# -- verifying ---------------------------------------------------------------------------------


def test_verify_a_number_a_code_and_a_pdf_then_revoked(
    demo: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    certify(capsys, "--folder", str(tmp_path))
    row = registered(demo)[0]
    pdf = next(tmp_path.glob("0001-*.pdf"))
    short = row.verify_code.lower().replace("-", " ")
    for argument in (row.number, short, str(pdf), code_in(pdf.read_bytes())):
        code, out = verify(capsys, argument)
        assert code == 0 and verdict(out) == ("Valid", "Issued by this centre; in force.")
        assert f"  Name:      {row.full_name}" in out and "In the register:" in out
    code, out = verify(capsys, str(pdf))
    assert "What the code says:" in out and "  Centre:    LKP Pelita Mandiri" in out

    code, out, _ = pelita(
        capsys, "certificates", "revoke", row.number, "--reason", "Data NIK salah"
    )
    assert code == 0 and out.startswith(f"Revoked {row.number} ({row.full_name}): Data NIK salah.")
    for argument in (row.number, short, str(pdf)):
        code, out = verify(capsys, argument)
        assert code == 1 and verdict(out) == ("Revoked", "Revoked: Data NIK salah")
        assert "  Status:    Revoked on " in out
    assert "This certificate is already revoked" in error_of(
        capsys, "certificates", "revoke", row.number, "--reason", "again"
    )


def test_reissue_supersedes_the_old_one(
    demo: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    certify(capsys)
    old = registered(demo)[2]
    code, out, err = pelita(
        capsys,
        "certificates",
        "reissue",
        old.number,
        "--reason",
        "Nama salah ketik",
        "--folder",
        str(tmp_path),
    )
    assert code == 0, err
    new = registered(demo)[-1]
    assert new.number.startswith("0014/") and new.supersedes_id == old.id
    assert out.splitlines()[0] == (
        f"{old.number} is superseded by {new.number} ({new.full_name}), code {new.verify_code}."
    )
    assert (tmp_path / next(tmp_path.glob("0014-*.pdf")).name).exists()
    code, out = verify(capsys, old.number)
    assert code == 1 and verdict(out)[0] == "Superseded by a newer certificate"
    assert f"  Replaced by: {new.number}" in out
    code, out = verify(capsys, new.verify_code)
    assert code == 0 and f"  Replaces:  {old.number} (Nama salah ketik)" in out


def test_forged_garbled_and_foreign_codes_and_files(
    demo: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    certify(capsys)
    row = registered(demo)[0]
    pdf = frozen_pdf(demo, row.number)
    read = read_qr_code(code_in(pdf))
    assert read is not None
    # Someone else's name in a real code: the signature no longer holds.
    forged = qr_code(read.key_id, replace(read.fields, name="Orang Lain"), read.signature)
    code, out = verify(capsys, forged)
    assert code == 1 and verdict(out)[0] == "Forged"
    assert "What the code claims (not confirmed):" in out and "  Name:      Orang Lain" in out

    assert verify(capsys, "hello world")[0] == 1
    assert verdict(verify(capsys, "hello world")[1])[0] == "Unknown"
    code, out = verify(capsys, code_in(pdf)[:90])
    assert code == 1 and verdict(out) == (
        "Unknown",
        "The code cannot be read: it is cut short or mistyped. Scan it again.",
    )

    elsewhere = tmp_path / "elsewhere.pdf"
    canvas = Canvas(str(elsewhere))
    canvas.drawString(100, 700, "SERTIFIKAT 0001/LKP-PM/JHT/XI/2026")
    canvas.save()
    code, out = verify(capsys, str(elsewhere))
    assert code == 1 and verdict(out) == (
        "Unknown",
        "This PDF is not a Pelita certificate: it carries no code.",
    )
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(pdf.replace(b"/Producer", b"/Producet"))
    code, out = verify(capsys, str(changed))
    assert code == 1 and verdict(out)[0] == "Forged"
    text = tmp_path / "notes.txt"
    text.write_text("not a pdf")
    assert verdict(verify(capsys, str(text))[1]) == ("Unknown", "This file is not a PDF.")
    assert "There is no file nowhere.pdf" in error_of(
        capsys, "certificates", "verify", "nowhere.pdf"
    )


# -- another centre ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def other_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A second demo centre, built on its own: its own signing key."""
    path = tmp_path_factory.mktemp("other") / "other.sqlite3"
    handlers = list(logging.getLogger().handlers)
    assert cli.main(["demo", "--participants", "60", "--database", sqlite_url(path)]) == 0
    _drop_new_log_handlers(handlers)
    return path


@pytest.fixture
def other(other_built: Path, tmp_path: Path, demo: Database) -> Iterator[str]:
    copy = tmp_path / "other.sqlite3"
    copy.write_bytes(other_built.read_bytes())
    yield sqlite_url(copy)


def there(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--database", url, *args, "--user", "admin"])
    out, err = capsys.readouterr()
    return code, out, err


def test_verify_another_centres_certificate_with_its_key_file(
    demo: Database, other: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # The other centre issues, exports its key and hands over a certificate's PDF.
    code, out, err = there(capsys, other, "certificates", "issue", COHORT, "--all-eligible")
    assert code == 0, err
    first = numbers_printed(out)[0]
    key = tmp_path / "lain"
    code, out, _ = there(capsys, other, "certificates", "export-key", str(key))
    assert code == 0 and out.startswith(f"Written: {key}.pelitakey, the public key of ")
    pdf = tmp_path / "theirs.pdf"
    assert there(capsys, other, "certificates", "pdf", first, str(pdf))[0] == 0
    theirs = code_in(pdf.read_bytes())
    read = read_qr_code(theirs)
    assert read is not None
    Path(other.removeprefix("sqlite:///")).unlink()  # no access to their database any more

    with demo.sessions() as session:
        keys_before = session.scalar(select(func.count()).select_from(SigningKey))
    code, out = verify(capsys, theirs)
    assert code == 1 and verdict(out)[0] == "Unknown"
    assert "key file is not imported" in verdict(out)[1]

    key_file = str(key.with_suffix(".pelitakey"))
    for argument in (theirs, str(pdf)):
        code, out = verify(capsys, argument, "--key", key_file)
        assert code == 0, out
        assert verdict(out) == (
            "Valid",
            "Signed by LKP Pelita Mandiri (Demo). Whether that centre revoked it later can "
            "only be seen there.",
        )
        assert f"  Number:    {read.fields.number}" in out
        assert f"  Name:      {read.fields.name}" in out
    forged = qr_code(read.key_id, replace(read.fields, programme="Kedokteran"), read.signature)
    code, out = verify(capsys, forged, "--key", key_file)
    assert code == 1 and verdict(out)[0] == "Forged"
    with demo.sessions() as session:  # nothing was imported
        assert session.scalar(select(func.count()).select_from(SigningKey)) == keys_before

    # Our own certificates still get the register's answer with their key file given.
    certify(capsys)
    own = tmp_path / "own.pelitakey"
    assert pelita(capsys, "certificates", "export-key", str(own))[0] == 0
    ours = code_in(frozen_pdf(demo, registered(demo)[0].number))
    code, out = verify(capsys, ours, "--key", str(own), "--key", key_file)
    assert code == 0 and verdict(out)[1] == "Issued by this centre; in force."
    assert "In the register:" in out

    # A key file that did not sign it is said; a file that is no key file is refused.
    code, out = verify(capsys, theirs, "--key", str(own))
    assert (
        code == 1
        and f"None of the key files given signed this code (it names key {read.key_id})." in out
    )
    assert "This is not a Pelita key file" in error_of(
        capsys, "certificates", "verify", theirs, "--key", str(pdf)
    )


def test_import_a_key_file(
    demo: Database, other: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    key = tmp_path / "lain.pelitakey"
    assert there(capsys, other, "certificates", "export-key", str(key))[0] == 0
    code, out, _ = pelita(capsys, "certificates", "import-key", str(key))
    assert code == 0 and out.startswith("Imported the key of LKP Pelita Mandiri (Demo) (LKP-PM)")
    code, out, _ = pelita(capsys, "certificates", "import-key", str(key))
    assert code == 0 and "was known here already" in out
    own = tmp_path / "own.pelitakey"
    assert pelita(capsys, "certificates", "export-key", str(own))[0] == 0
    assert "this centre's own key" in error_of(capsys, "certificates", "import-key", str(own))
    assert "cannot be read" in error_of(
        capsys, "certificates", "import-key", str(tmp_path / "missing.pelitakey")
    )

    # Imported: their certificates verify without --key from now on.
    code, out, _ = there(capsys, other, "certificates", "issue", COHORT, "--all-eligible")
    assert code == 0
    pdf = tmp_path / "theirs.pdf"
    assert there(capsys, other, "certificates", "pdf", numbers_printed(out)[0], str(pdf))[0] == 0
    code, out = verify(capsys, str(pdf))
    assert code == 0 and verdict(out)[1].startswith("Signed by LKP Pelita Mandiri (Demo).")


# -- names, help -------------------------------------------------------------------------------


def test_names_with_apostrophes_and_accents(
    demo: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    person = next(
        p
        for p in candidates(demo, authenticate(demo, "admin", "admin-demo"), cohort_id(demo))
        if p.eligible
    )
    with demo.sessions.begin() as session:
        session.execute(
            update(Participant)
            .where(Participant.id == person.participant_id)
            .values(full_name=ODD_NAME)
        )
    code, out, _ = pelita(capsys, "certificates", "eligible", COHORT)
    assert re.search(rf"^E{person.enrolment_id} +{re.escape(ODD_NAME)} ", out, re.MULTILINE)
    out = certify(capsys, "--folder", str(tmp_path))
    line = next(line for line in out.splitlines() if ODD_NAME in line)
    number = line.split()[0]
    assert any(path.name.endswith(f" {ODD_NAME}.pdf") for path in tmp_path.iterdir())
    code, out, _ = pelita(capsys, "certificates", "register", "sembiring")
    assert code == 0 and ODD_NAME in out
    code, out = verify(capsys, number)
    assert code == 0 and f"  Name:      {ODD_NAME}" in out

    # In a terminal with the plain C locale too (what a bare server or a cron job has).
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""}
    env[cli_participants.ENV_PASSWORD] = "admin-demo"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "--demo",
            "certificates",
            "show",
            number,
            "--user",
            "admin",
        ],
        capture_output=True,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert f"Name:      {ODD_NAME}".encode() in result.stdout


def test_help_tells_the_exit_status_and_loads_no_database() -> None:
    code = (
        "import sys\n"
        "from desktop import cli\n"
        "cli.main(['certificates', 'verify', '--help'])\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy', "
        "'cryptography', 'reportlab')]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (
        "0  valid" in result.stdout
        and "1  not valid: revoked, superseded, unknown or forged" in result.stdout
    )
    assert not cli._opens_window(["--demo", "certificates"])
