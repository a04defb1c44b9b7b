"""The log file never holds NIK/KK numbers, phone numbers or passwords (UU PDP).

Real flows run with the real file handler (desktop.logs.setup_logging into a throwaway
PELITA_HOME) at DEBUG, with SQLAlchemy's statement log switched on as a support person might
(it prints every statement's parameters: NIKs, phones); then the file is read back."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import cli, cli_participants, secret_store
from desktop.domain.errors import PelitaError
from desktop.logs import redact, setup_logging
from desktop.services import accounts, participants
from desktop.services.context import Actor
from desktop.services.participant_import import commit_import, preview_import
from desktop.store.database import Database, open_database
from tests.services.test_participant_import import BUDI, PLACE, SITI, write_xlsx
from tests.services.test_participants import CONSENT, NIK, person

# Phones as people type them; Pelita stores +6281234567890. None of these digits may show.
PHONE = "0812-3456-7890"
PHONE_DIGITS = "81234567890"
KK = "3203221205900004"
PASSWORD = "Rahasia-Server-77"
LOGIN_PASSWORD = "salah-Kata-Sandi-9"
SECRETS = [NIK, KK, PHONE_DIGITS, "8123456789", PASSWORD, LOGIN_PASSWORD, SITI[1], SITI[4][1:]]


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    path = setup_logging(verbose=True)
    statements = logging.getLogger("sqlalchemy.engine")
    statements.setLevel(logging.INFO)
    yield path
    statements.setLevel(logging.NOTSET)
    logging.getLogger("sqlalchemy").setLevel(logging.NOTSET)
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def read_log(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "".join(p.read_text(encoding="utf-8") for p in sorted(path.parent.glob("pelita.log*")))


def assert_private(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, secret
    # Grouped forms too: "3203 2252 0590 0001", "0812 3456 7890".
    digits_only = "".join(ch for ch in text if ch.isdigit())
    assert NIK not in digits_only and PHONE_DIGITS not in digits_only
    # Nor anyone else's (the demo centre's people): nothing left that looks private.
    assert redact(text) == text


def test_registering_importing_and_logging_in_leave_no_private_data(
    demo_db: Database, clerk: Actor, log_file: Path, tmp_path: Path
) -> None:
    """The demo centre is built before the log is set up (its thousands of statements would
    only make the test slow); the flows below run with every statement logged."""
    data = person(phone=PHONE, kk_number=KK)
    participants.register(demo_db, clerk, data, CONSENT)
    with pytest.raises(PelitaError):  # the same NIK again: "already registered"
        participants.register(demo_db, clerk, data, CONSENT)
    bad = ["Tanpa Tanggal", "12345", "", "", "0812", *PLACE]
    listing = write_xlsx(tmp_path / "list.xlsx", [SITI + PLACE, bad, BUDI + PLACE])
    preview = preview_import(demo_db, clerk, listing)
    assert preview.errors == 1
    commit_import(demo_db, clerk, preview, valid_only=True)
    with pytest.raises(PelitaError):
        accounts.authenticate(demo_db, "petugas", LOGIN_PASSWORD)
    text = read_log(log_file)
    # The flows did log (the statements and their parameters), only without the private parts.
    assert "INSERT INTO participant" in text and "INSERT INTO audit_entry" in text
    assert "[NIK/KK]" in text and "[phone]" in text
    assert_private(text)


def test_an_unexpected_error_quoting_a_person_is_logged_without_them(log_file: Path) -> None:
    log = logging.getLogger("desktop.test_logs_private")
    try:
        raise ValueError(f"cannot save NIK {NIK} (KK {KK}) with phone {PHONE}")
    except ValueError:
        log.exception("saving failed for %s", NIK)
    log.debug(
        "grouped: %s / %s", " ".join([NIK[:4], NIK[4:8], NIK[8:12], NIK[12:]]), "0812 3456 7890"
    )
    log.info("stored as %r", {"phone": "+6281234567890", "nik": NIK})
    text = read_log(log_file)
    assert "cannot save NIK [NIK/KK]" in text and "Traceback" in text
    assert_private(text)


def test_the_cli_failing_with_an_error_quoting_a_nik_logs_it_redacted(
    log_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command line's catch-all (log.exception of whatever a command raised)."""

    def broken(*_args: object) -> int:
        raise RuntimeError(
            f"constraint failed: participant.nik = '{NIK}', phone '+62{PHONE_DIGITS}'"
        )

    monkeypatch.setattr(cli, "database_url", lambda _args: "sqlite://")
    monkeypatch.setattr("desktop.cli_participants.search_participants", broken)
    assert cli.main(["participants", "search", "siti", "--user", "petugas"]) == cli.EXIT_UNEXPECTED
    capsys.readouterr()
    text = read_log(log_file)
    assert "constraint failed" in text
    assert_private(text)


@pytest.mark.postgres
def test_a_database_url_with_a_password_is_never_logged(
    log_file: Path,
    postgres_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = secret_store.with_password(postgres_url, PASSWORD)
    open_database(url).close()  # the test server trusts the connection, password or not
    logging.getLogger("desktop.test_logs_private").info("opening %s", url)
    logging.getLogger("desktop.test_logs_private").info("dsn host=x password=%s user=y", PASSWORD)
    monkeypatch.setenv(cli_participants.ENV_PASSWORD, LOGIN_PASSWORD)
    # A server that is not there: the command fails in people's words, logged or not.
    refused = "postgresql+psycopg://desk:" + PASSWORD + "@127.0.0.1:1/pelita"
    assert (
        cli.main(["-v", "--database", refused, "participants", "search", "x", "--user", "a"]) != 0
    )
    capsys.readouterr()
    text = read_log(log_file)
    assert "opening postgresql+psycopg://pelita:***@" in text
    assert_private(text)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("NIK 3203225205900001.", "NIK [NIK/KK]."),
        ("KK 3203 2212 0590 0004", "KK [NIK/KK]"),
        ("HP 081234567890", "HP [phone]"),
        ("HP 0812-3456-7890;", "HP [phone];"),
        ("HP 0812 3456 7890", "HP [phone]"),
        ("HP +62 812-3456-7890", "HP [phone]"),
        ("HP +6281234567890", "HP [phone]"),
        ("HP 6281234567890", "HP [phone]"),
        ("telp (0274) 512345", "telp [phone]"),
        ("postgresql://desk:pa/s@host/db", "postgresql://desk:***@host/db"),
        ("password=rahasia host=x", "password=*** host=x"),
        ("{'password': 'dua kata'}", "{'password': ***}"),
        ("PASSWORD: rahasia", "PASSWORD: ***"),
        # What must stay: times, counts, years, ids, codes, ports, versions.
        ("2026-11-23 10:15:00,123 took 1234567 ms", "2026-11-23 10:15:00,123 took 1234567 ms"),
        ("cohort JHT-2026-01 id 62 port 5432", "cohort JHT-2026-01 id 62 port 5432"),
        ("certificate 0001/BLK/2026, 1000000 rows", "certificate 0001/BLK/2026, 1000000 rows"),
    ],
)
def test_what_is_blanked_out_and_what_stays(text: str, shown: str) -> None:
    assert redact(text) == shown
