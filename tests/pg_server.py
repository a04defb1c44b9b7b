"""A throwaway PostgreSQL server on loopback for the test session.

The conftest starts one server per session and gives each test its own
schema or database inside it, so the PostgreSQL tests need no standing
server, no password and no clean-up by hand.  Set ``PELITA_TEST_POSTGRES_URL``
to point the tests at an existing server instead.

Stdlib only, so it can be imported before anything else is set up.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType

ENV_URL = "PELITA_TEST_POSTGRES_URL"
USER = "pelita"
DATABASE = "pelita_test"
HOST = "127.0.0.1"

# Users that may own the cluster when we run as root, which PostgreSQL refuses.
_SERVICE_USERS = ("postgres", "nobody")
_INSTALL_HINT = "run `bash installer/bootstrap.sh test`, which installs postgresql"
_START_ATTEMPTS = 3


def find_bindir() -> Path:
    """Directory holding initdb, pg_ctl and createdb, newest version first."""
    candidates: list[tuple[tuple[int, ...], Path]] = []
    for path in Path("/usr/lib/postgresql").glob("*/bin"):
        version = tuple(int(part) for part in re.findall(r"\d+", path.parent.name))
        if (path / "initdb").is_file() and (path / "pg_ctl").is_file():
            candidates.append((version, path))
    if candidates:
        return max(candidates)[1]

    # Debian only puts wrappers on PATH, but other systems (and source builds)
    # have the real binaries next to pg_config.
    pg_config = shutil.which("pg_config")
    if pg_config is not None:
        result = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        )
        bindir = Path(result.stdout.strip())
        if result.returncode == 0 and (bindir / "initdb").is_file():
            return bindir
    raise RuntimeError(f"PostgreSQL server binaries (initdb, pg_ctl) not found; {_INSTALL_HINT}.")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _service_user() -> pwd.struct_passwd:
    for name in _SERVICE_USERS:
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError(
        "PostgreSQL will not run as root and there is no `postgres` user to run it as; "
        f"{_INSTALL_HINT}."
    )


def _runuser() -> str:
    # /usr/sbin is often missing from PATH in containers and under sudo.
    found = shutil.which("runuser") or next(
        (p for p in ("/usr/sbin/runuser", "/sbin/runuser") if os.access(p, os.X_OK)), None
    )
    if found is None:
        raise RuntimeError("running the test PostgreSQL server as root needs `runuser`")
    return found


def _traversable_by_others(path: Path) -> bool:
    return all(os.stat(p).st_mode & 0o001 for p in (path, *path.parents))


class PostgresServer:
    """Start with :meth:`start` (or ``with``), which returns a SQLAlchemy URL."""

    def __init__(self) -> None:
        self.url: str | None = None
        self.port: int | None = None
        self._tmp: Path | None = None
        self._bindir: Path | None = None
        self._prefix: list[str] = []
        self._atexit_registered = False

    # -- public -----------------------------------------------------------------

    def start(self) -> str:
        if self.url is not None:
            return self.url
        external = os.environ.get(ENV_URL)
        if external:
            self.url = external
            return external

        self._bindir = find_bindir()
        try:
            self._tmp = self._make_tmp()
            self._initdb()
            self.port = self._start_postmaster()
            self._run("createdb", "-h", HOST, "-p", str(self.port), "-U", USER, DATABASE)
        except BaseException:
            self.stop()
            raise
        self.url = f"postgresql+psycopg://{USER}@{HOST}:{self.port}/{DATABASE}"
        return self.url

    def stop(self) -> None:
        """Idempotent; also runs at interpreter exit so a crash leaves no server."""
        self.url = None
        self.port = None
        tmp = self._tmp
        if tmp is None:
            return
        try:
            if (tmp / "data" / "postmaster.pid").exists():
                # Immediate: the data is thrown away anyway, so skip the checkpoint.
                data = str(tmp / "data")
                self._run("pg_ctl", "stop", "-D", data, "-m", "immediate", "-w", check=False)
        finally:
            self._tmp = None
            shutil.rmtree(tmp, ignore_errors=True)

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- internals --------------------------------------------------------------

    def _make_tmp(self) -> Path:
        parent: str | None = None
        owner: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            owner = _service_user()
            self._prefix = [_runuser(), "-u", owner.pw_name, "--"]
            # The service user must reach the directory; TMPDIR may be private to root.
            if not _traversable_by_others(Path(tempfile.gettempdir())):
                parent = "/tmp"
        tmp = Path(tempfile.mkdtemp(prefix="pelita-pg-", dir=parent))
        if not self._atexit_registered:
            atexit.register(self.stop)
            self._atexit_registered = True
        (tmp / "sock").mkdir()
        if owner is not None:
            for path in (tmp, tmp / "sock"):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        return tmp

    def _run(self, program: str, *args: str, check: bool = True) -> str:
        assert self._bindir is not None and self._tmp is not None
        result = subprocess.run(
            [*self._prefix, str(self._bindir / program), *args],
            capture_output=True,
            text=True,
            # Our own cwd may be unreadable for the service user, which makes initdb complain.
            cwd=self._tmp,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        if check and result.returncode != 0:
            raise RuntimeError(
                f"{program} {' '.join(args)} failed ({result.returncode}):\n"
                f"{result.stdout}{result.stderr}{self._log_tail()}"
            )
        return result.stdout

    def _log_tail(self) -> str:
        assert self._tmp is not None
        try:
            lines = (self._tmp / "server.log").read_text(errors="replace").splitlines()
        except OSError:
            return ""
        return "\n--- server.log ---\n" + "\n".join(lines[-20:])

    def _initdb(self) -> None:
        assert self._tmp is not None
        data = str(self._tmp / "data")
        common = ["-D", data, "-A", "trust", "-U", USER, "--encoding=UTF8", "--no-sync"]
        try:
            self._run("initdb", *common, "--locale=C.UTF-8")
        except RuntimeError:
            # Some minimal images lack the C.UTF-8 locale; sorting is then bytewise anyway.
            # initdb removes what it created when it fails, so the data dir is free again.
            shutil.rmtree(data, ignore_errors=True)
            self._run("initdb", *common, "--no-locale")

    def _start_postmaster(self) -> int:
        assert self._tmp is not None
        data = str(self._tmp / "data")
        failure: RuntimeError | None = None
        # Another process may grab the free port between our probe and the bind.
        for _ in range(_START_ATTEMPTS):
            port = _free_port()
            options = (
                f"-h {HOST} -p {port} -k {self._tmp / 'sock'} -F"
                " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            try:
                # -l matters: without it the postmaster inherits our output pipes and
                # subprocess.run would wait for it to exit.
                log = str(self._tmp / "server.log")
                self._run("pg_ctl", "start", "-D", data, "-l", log, "-o", options, "-w", "-t", "60")
            except RuntimeError as exc:
                failure = exc
                continue
            return port
        assert failure is not None
        raise failure


if __name__ == "__main__":
    # Handy by hand: start a server, print its URL and keep it until Enter.
    with PostgresServer() as url:
        print(url)
        input("Press Enter to stop the server. ")
