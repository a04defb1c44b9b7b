"""`pelita` on the command line: real subprocess runs of the installed script for what a
person or script sees, in-process `main()` calls (fast password hashing) for the rest."""

from __future__ import annotations

import getpass as getpass_module
import importlib.util
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop import cli, cli_admin, config, logs
from desktop.domain.demo import DEMO_LOGINS
from desktop.paths import default_database_path, demo_database_path, sqlite_url
from desktop.services.accounts import authenticate
from desktop.store import schema
from desktop.store.base import Base
from desktop.store.database import open_database

PELITA = Path(sys.executable).with_name("pelita")
ENV_NAMES = (
    "PELITA_DATABASE_URL",
    cli_admin.ENV_ADMIN_PASSWORD,
    cli_admin.ENV_NEW_PASSWORD,
)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A PELITA_HOME of its own per test, and the root logger as it was afterwards
    (main() points it at that home's log file)."""
    monkeypatch.setenv("PELITA_HOME", str(tmp_path / "home"))
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield tmp_path / "home"
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


def run(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ENV_NAMES}
    environment.update(PELITA_HOME=str(home), QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run(
        [str(PELITA), *args],
        env=environment,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def pelita(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def assert_logins_shown(out: str) -> None:
    for username, password, role in DEMO_LOGINS:
        assert any(
            line.split()[:3] == [username, password, role.label] for line in out.splitlines()
        ), (username, out)


# -- what a person sees: the installed script ---------------------------------------------------


def test_version(home: Path) -> None:
    result = run(home, "--version")
    assert (result.returncode, result.stdout) == (0, "pelita 0.1.0\n")
    assert not home.exists()  # --version touches no folder


def test_help_lists_the_commands(home: Path) -> None:
    result = run(home, "--help")
    assert result.returncode == 0
    for word in ("--demo", "--database", "demo", "upgrade", "users", "audit"):
        assert word in result.stdout


def test_help_and_version_load_neither_sqlalchemy_nor_qt() -> None:
    code = (
        "import sys\n"
        "from desktop.cli import main\n"
        "assert main(['--version']) == 0\n"
        "assert main(['users', 'add', '--help']) == 0\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_demo_builds_the_demo_file_and_prints_the_logins(home: Path) -> None:
    first = run(home, "demo")
    assert first.returncode == 0, first.stderr
    assert (home / "data" / "pelita-demo.sqlite3").is_file()
    assert not (home / "data" / "pelita.sqlite3").exists()
    assert str(home / "data" / "pelita-demo.sqlite3") in first.stdout
    assert "Built the demo centre in" in first.stdout
    assert_logins_shown(first.stdout)
    assert (home / "logs" / "pelita.log").is_file()

    again = run(home, "demo")
    assert again.returncode == 0, again.stderr
    assert "already there" in again.stdout
    assert_logins_shown(again.stdout)


def test_admin_password_must_come_from_somewhere(home: Path) -> None:
    assert run(home, "demo").returncode == 0
    # No terminal and no PELITA_ADMIN_PASSWORD: a clear message instead of a hang.
    result = run(home, "--demo", "users", "list", "--admin", "admin")
    assert result.returncode == 2
    assert "PELITA_ADMIN_PASSWORD" in result.stderr
    assert "Traceback" not in result.stderr


# -- the demo -----------------------------------------------------------------------------------


def test_demo_reset_rebuilds(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert pelita(capsys, "demo")[0] == 0
    monkeypatch.setenv(cli_admin.ENV_ADMIN_PASSWORD, "admin-demo")
    monkeypatch.setenv(cli_admin.ENV_NEW_PASSWORD, "sari-rahasia-1")
    code, _out, err = pelita(
        capsys, "--demo", "users", "add", "sari", "--full-name", "Sari", "--role", "clerk",
        "--admin", "admin",
    )  # fmt: skip
    assert code == 0, err
    code, out, err = pelita(capsys, "demo", "--reset")
    assert code == 0, err
    assert "Built the demo centre" in out
    assert_logins_shown(out)
    code, out, _err = pelita(capsys, "--demo", "users", "list", "--admin", "admin")
    assert code == 0
    assert "sari" not in out and "petugas" in out


def test_demo_reset_cures_a_damaged_demo_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = demo_database_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all " * 50)
    code, out, err = pelita(capsys, "demo", "--reset")
    assert code == 0, err
    assert_logins_shown(out)


def test_demo_on_a_damaged_file_leaves_it_alone(capsys: pytest.CaptureFixture[str]) -> None:
    path = demo_database_path()
    path.parent.mkdir(parents=True)
    junk = b"this is a spreadsheet, honestly " * 100
    path.write_bytes(junk)
    code, out, err = pelita(capsys, "demo")
    assert code == 2
    assert "is not a Pelita database or it is damaged" in err
    assert err.startswith("pelita: error: ") and "Traceback" not in err
    assert path.read_bytes() == junk
    assert out == ""


def test_reset_never_deletes_a_damaged_file_elsewhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "somebody.sqlite3"
    path.write_bytes(b"precious " * 100)
    code, _out, err = pelita(capsys, "demo", "--reset", "--database", sqlite_url(path))
    assert code == 2 and "damaged" in err
    assert path.read_bytes() == b"precious " * 100


def test_demo_never_goes_into_the_real_centre_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    other = demo_database_path().with_name("configured.sqlite3")
    monkeypatch.setenv("PELITA_DATABASE_URL", sqlite_url(other))
    assert pelita(capsys, "demo")[0] == 0
    assert demo_database_path().exists() and not other.exists()

    real = sqlite_url(default_database_path())
    code, _out, err = pelita(capsys, "demo", "--database", real)
    assert code == 2 and "real centre" in err
    assert not default_database_path().exists()


def test_demo_leaves_a_real_centre_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.domain.centre import CentreProfile, InstitutionType
    from desktop.services.centre import setup_centre

    url = sqlite_url(tmp_path / "real.sqlite3")
    db = open_database(url)
    setup_centre(
        db, CentreProfile("LKP Maju", InstitutionType.LKP), "kepala", "Ibu Kepala", "rahasia-123"
    )
    db.close()
    for args in (("demo", "--database", url), ("demo", "--reset", "--database", url)):
        code, _out, err = pelita(capsys, *args)
        assert code == 2 and "real centre" in err
    assert (tmp_path / "real.sqlite3").exists()


def test_demo_participants(capsys: pytest.CaptureFixture[str]) -> None:
    assert pelita(capsys, "demo", "--participants", "3")[0] == 0
    code, _out, err = pelita(capsys, "demo", "--participants", "-1")
    assert code == 2 and "must be 0 or more" in err


def _empty(url: str) -> None:
    # As conftest's _empty_postgres: other tests share the session's server.
    db = open_database(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    db.close()


@pytest.mark.postgres
def test_demo_on_postgresql(postgres_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _empty(postgres_url)
    code, out, err = pelita(capsys, "demo", "--database", postgres_url)
    assert code == 0, err
    assert_logins_shown(out)
    code, out, _err = pelita(capsys, "demo", "--database", postgres_url)
    assert code == 0 and "already there" in out

    code, out, err = pelita(capsys, "demo", "--reset", "--database", postgres_url)
    assert code == 2
    assert "does not drop tables on a database server" in err
    # Refused before anything was touched: the demo is still there.
    db = open_database(postgres_url)
    try:
        assert authenticate(db, "admin", "admin-demo").username == "admin"
    finally:
        db.close()
    _empty(postgres_url)


# -- users and the audit log --------------------------------------------------------------------


@pytest.fixture
def demo(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    assert pelita(capsys, "demo")[0] == 0
    monkeypatch.setenv(cli_admin.ENV_ADMIN_PASSWORD, "admin-demo")
    return sqlite_url(demo_database_path())


def test_users_add_list_reset_and_audit(
    demo: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_admin.ENV_NEW_PASSWORD, "sari-rahasia-1")
    code, out, err = pelita(
        capsys, "users", "add", "Sari", "--full-name", "Sari  Wulandari", "--role", "instructor",
        "--admin", "admin", "--database", demo,
    )  # fmt: skip
    assert code == 0, err
    assert "Added sari (Sari Wulandari), Instructor." in out

    code, out, err = pelita(capsys, "--demo", "users", "list", "--admin", "admin")
    assert code == 0, err
    rows = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert set(rows) == {"admin", "petugas", "instruktur", "sari"}
    assert "Sari Wulandari" in rows["sari"] and "instructor" in rows["sari"]

    monkeypatch.setenv(cli_admin.ENV_NEW_PASSWORD, "sari-sementara-2")
    code, out, err = pelita(capsys, "--demo", "users", "reset-password", "sari", "--admin", "admin")
    assert code == 0, err
    code, out, _err = pelita(capsys, "--demo", "users", "list", "--admin", "admin")
    assert "must change password" in out

    db = open_database(demo)
    try:
        actor = authenticate(db, "sari", "sari-sementara-2")
    finally:
        db.close()
    assert actor.must_change_password

    code, out, err = pelita(
        capsys, "--demo", "audit", "--admin", "admin", "--action", "user.create", "--limit", "1"
    )
    assert code == 0, err
    (header, entry) = out.splitlines()
    assert header.split()[:3] == ["Time", "User", "Action"]
    assert "user.create" in entry and '"username": "sari"' in entry

    code, out, _err = pelita(capsys, "--demo", "audit", "--admin", "admin", "--user", "sari")
    assert code == 0 and "login" in out and "user.create" not in out


def test_a_clerk_cannot_add_users(
    demo: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_admin.ENV_ADMIN_PASSWORD, "petugas-demo")
    monkeypatch.setenv(cli_admin.ENV_NEW_PASSWORD, "rahasia-baru-1")
    code, out, err = pelita(
        capsys, "--demo", "users", "add", "budi", "--full-name", "Budi", "--role", "admin",
        "--admin", "petugas",
    )  # fmt: skip
    assert code == 2
    assert "not allowed" in err and out == ""
    assert pelita(capsys, "--demo", "audit", "--admin", "petugas")[0] == 2


def test_wrong_admin_password(
    demo: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_admin.ENV_ADMIN_PASSWORD, "tebak-tebakan")
    code, _out, err = pelita(capsys, "--demo", "users", "list", "--admin", "admin")
    assert (code, err) == (2, "pelita: error: Wrong user name or password.\n")


def test_passwords_typed_at_the_prompt(
    demo: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(cli_admin.ENV_ADMIN_PASSWORD)
    answers = iter(["admin-demo", "budi-rahasia-1", "budi-rahasia-2"])
    prompts: list[str] = []

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr(getpass_module, "getpass", getpass)
    code, _out, err = pelita(
        capsys, "--demo", "users", "add", "budi", "--full-name", "Budi", "--role", "clerk",
        "--admin", "admin",
    )  # fmt: skip
    assert code == 2 and "differ" in err
    assert prompts == ["Password of admin: ", "Password for budi: ", "Type it again: "]


def test_unknown_user_and_bad_new_password(
    demo: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_admin.ENV_NEW_PASSWORD, "pendek")
    code, _out, err = pelita(
        capsys, "--demo", "users", "reset-password", "siapa", "--admin", "admin"
    )
    assert code == 2 and "no user named siapa" in err
    code, _out, err = pelita(
        capsys, "--demo", "users", "reset-password", "petugas", "--admin", "admin"
    )
    assert code == 2 and "too short" in err


def test_admin_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = pelita(capsys, "users", "list")
    assert code == 2 and "--admin" in err


# -- databases ------------------------------------------------------------------------------


def test_bad_database_urls(capsys: pytest.CaptureFixture[str]) -> None:
    for url in ("not a url", "nosuchdriver://server/pelita"):
        for args in (
            ("demo", "--database", url),
            ("upgrade", "--database", url),
            ("--database", url, "users", "list", "--admin", "admin"),
        ):
            code, _out, err = pelita(capsys, *args)
            assert code == 2, (args, err)
            assert "not a database address" in err and "Traceback" not in err


def test_commands_do_not_create_a_missing_database(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(cli_admin.ENV_ADMIN_PASSWORD, "admin-demo")
    code, _out, err = pelita(capsys, "users", "list", "--admin", "admin")
    assert code == 2 and "There is no database file" in err
    assert pelita(capsys, "upgrade")[0] == 2
    assert not default_database_path().exists()


def test_upgrade(tmp_path: Path, demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = pelita(capsys, "--demo", "upgrade")
    assert code == 0, err
    assert f"Schema revision: {schema.HEAD} (already up to date)" in out
    assert "Backup" not in out

    empty = tmp_path / "empty.sqlite3"
    empty.touch()  # what sqlite3 leaves after a failed first start
    code, out, err = pelita(capsys, "upgrade", "--database", sqlite_url(empty))
    assert code == 0, err
    assert "upgraded from an empty database" in out


def test_database_choice_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, home: Path) -> None:
    parser = cli.build_parser()

    def chosen(*args: str) -> str:
        return cli.database_url(parser.parse_args(list(args)))

    assert chosen() == sqlite_url(home / "data" / "pelita.sqlite3")
    config.save_config(config.DeskConfig(database_url="sqlite:///from-settings.sqlite3"))
    assert chosen() == "sqlite:///from-settings.sqlite3"
    monkeypatch.setenv("PELITA_DATABASE_URL", "sqlite:///from-env.sqlite3")
    assert chosen() == "sqlite:///from-env.sqlite3"
    assert chosen("--database", "sqlite:///given.sqlite3") == "sqlite:///given.sqlite3"
    assert chosen("users", "list", "--admin", "a", "--database", "sqlite:///x") == "sqlite:///x"
    # The demo never follows the real centre's settings.
    assert chosen("--demo") == sqlite_url(home / "data" / "pelita-demo.sqlite3")
    assert chosen("demo") == sqlite_url(home / "data" / "pelita-demo.sqlite3")
    assert chosen("demo", "--database", "sqlite:///d") == "sqlite:///d"


# -- failures and the log -------------------------------------------------------------------


def test_unexpected_error_points_to_the_log(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services import demo as demo_service

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the disk said no")

    monkeypatch.setattr(demo_service, "build_demo", broken)
    code, _out, err = pelita(capsys, "demo")
    log_file = home / "logs" / "pelita.log"
    assert code == 1
    assert "unexpected error (RuntimeError: the disk said no)" in err
    assert str(log_file) in err and "Traceback" not in err
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: the disk said no" in logged


def test_logging_setup(home: Path) -> None:
    path = logs.setup_logging()
    assert path == home / "logs" / "pelita.log"
    logs.setup_logging(verbose=True)  # again: replaces its handler, does not add a second
    ours = [h for h in logging.getLogger().handlers if getattr(h, logs._OURS, False)]
    assert len(ours) == 1
    assert logging.getLogger().level == logging.DEBUG
    logging.getLogger("desktop.test").debug("hello from the test")
    ours[0].flush()
    line = path.read_text(encoding="utf-8").splitlines()[-1]
    assert line.endswith("DEBUG    desktop.test: hello from the test")
    # Statements and rows (personal data) stay out of the log even when verbose.
    assert not logging.getLogger("sqlalchemy.engine").isEnabledFor(logging.INFO)


def test_logging_falls_back_to_stderr(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home.mkdir()
    (home / "logs").write_text("a file where the folder should be")
    path = logs.setup_logging()
    assert not path.exists()
    assert "cannot write the log file" in capsys.readouterr().err
    logging.getLogger("desktop.test").warning("still heard")
    assert "still heard" in capsys.readouterr().err


# -- the window ---------------------------------------------------------------------------------


def _gui_missing() -> bool:
    try:
        return importlib.util.find_spec("desktop.gui.app") is None
    except ImportError:
        return True


@pytest.mark.skipif(_gui_missing(), reason="desktop/gui/app.py (run_gui) is not written yet")
def test_no_command_opens_the_window(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import desktop.gui.app

    calls: list[tuple[str, bool]] = []

    def run_gui(url: str, demo: bool, verbose: bool = False) -> int:
        calls.append((url, demo))
        return 0

    monkeypatch.setattr(desktop.gui.app, "run_gui", run_gui)
    assert pelita(capsys)[0] == 0
    assert pelita(capsys, "--demo")[0] == 0
    assert calls == [
        (sqlite_url(home / "data" / "pelita.sqlite3"), False),
        (sqlite_url(home / "data" / "pelita-demo.sqlite3"), True),
    ]


def test_the_window_start_imports_none_of_the_commands() -> None:
    # Every module imported before the login dialog shows is time the person waits.
    code = (
        "import sys, argparse\n"
        "from desktop.cli import database_url\n"
        "database_url(argparse.Namespace(database=None, demo=True, demo_database=False))\n"
        "loaded = [m for m in sys.modules if m in ('desktop.cli_admin', 'desktop.cli_database')]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_opening_the_database_at_start_imports_no_region_data_and_no_demo() -> None:
    # The worker opens the database while the login dialog waits; lokal alone costs ~0.12 s.
    code = (
        "import sys\n"
        "import desktop.services.startup, desktop.services.accounts, desktop.domain.nik\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] == 'lokal'"
        " or m in ('desktop.services.demo', 'desktop.services.demo_people')]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_every_command_is_known_before_the_parser_is_built() -> None:
    """`pelita --database U backup list` must run the command, not open the window: the
    start-up decides from COMMANDS alone, before argparse (and the services) are imported."""
    import argparse

    from desktop import cli

    parser = cli.build_parser()
    subparsers = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    assert set(subparsers.choices) == set(cli.COMMANDS)
