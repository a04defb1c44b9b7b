"""The installable bundle, built for real once per test run (installer/build_bundle.py with
installer/pelita.spec, about two minutes) and then used as a clerk would: the frozen app's
self-check, headless and on an X screen; what is inside and what is not; its size; and the
tarball installed, run, installed again over itself (an upgrade) and uninstalled with the
centre's data kept outside the install folder throughout.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import __version__
from desktop.store.schema import REVISIONS

REPO = Path(__file__).resolve().parents[2]
MB = 1_000_000

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the Linux bundle")


@dataclass(frozen=True)
class Built:
    bundle: Path
    tarball: Path
    report: dict[str, object]


def _desk_env(home: Path) -> dict[str, str]:
    """A desk's environment: no screen, no Pelita or XDG overrides, HOME somewhere new."""
    drop = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PELITA_HOME", "PELITA_DATABASE_URL")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("XDG_")}
    env["HOME"] = str(home)
    return env


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    where = tmp_path_factory.mktemp("bundle")
    subprocess.run(
        [
            sys.executable,
            str(REPO / "installer" / "build_bundle.py"),
            "--dist",
            str(where / "dist"),
            "--work",
            str(where / "work"),
            "--no-self-check",
        ],
        cwd=REPO,
        check=True,
    )
    dist = where / "dist"
    report = json.loads((dist / "size-report.json").read_text())
    yield Built(dist / "Pelita", dist / f"Pelita-{__version__}-linux-x86_64.tar.gz", report)
    shutil.rmtree(where, ignore_errors=True)


def _self_check(
    program: Path, env: dict[str, str], *wrapper: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*wrapper, str(program), "--self-check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_frozen_self_check_passes_headless(built: Built, tmp_path: Path) -> None:
    result = _self_check(built.bundle / "pelita", _desk_env(tmp_path))

    assert result.returncode == 0, result.stdout + result.stderr
    assert "(frozen)" in result.stdout
    steps = [line for line in result.stdout.splitlines() if line.startswith(("ok ", "FAIL "))]
    assert len(steps) >= 12 and all(line.startswith("ok ") for line in steps), result.stdout
    for step in ("database", "certificate", "render-pool", "xlsx", "qt-pdf", "window"):
        assert any(line.split()[1] == f"{step}:" for line in steps), step
    assert result.stdout.rstrip().endswith(f"Self-check passed ({len(steps)} steps)")


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (Debian: xvfb)")
def test_the_frozen_app_shows_its_window_on_an_x_screen(built: Built, tmp_path: Path) -> None:
    # The bundle's own xcb plugin and libraries, not the offscreen platform of the tests.
    env = _desk_env(tmp_path) | {"QT_QPA_PLATFORM": "xcb"}
    result = _self_check(
        built.bundle / "pelita", env, "xvfb-run", "-a", "-s", "-screen 0 1366x768x24"
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Qt platform: xcb" in result.stdout
    assert any(line.startswith("ok    window:") for line in result.stdout.splitlines())


def test_the_bundle_holds_the_resources_and_the_migrations(built: Built) -> None:
    inside = built.bundle / "_internal"
    for relative in (
        "resources/fonts/DejaVuSans.ttf",
        "resources/fonts/DejaVuSerif-Bold.ttf",
        "resources/icons/pelita.svg",
        "resources/translations/pelita_id.qm",
        "resources/translations/pelita_id.ts",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    ):
        assert (inside / relative).is_file(), relative
    migrations = "\n".join(
        path.read_text() for path in (inside / "desktop/store/migrations/versions").glob("*.py")
    )
    for revision in REVISIONS:
        assert f'revision = "{revision}"' in migrations, revision


def test_the_bundle_leaves_out_what_pelita_does_not_use(built: Built) -> None:
    names = [path.name for path in built.bundle.rglob("*")]
    unused = (
        "WebEngine",
        "Qt6Qml",
        "Qt6Quick",
        "VirtualKeyboard",
        "Qt63D",
        "Multimedia",
        "libgtk",
        "libcairo",
        "libpango",
        "pytest",
        "hypothesis",
        "pypdf",
    )
    for part in unused:
        assert not [name for name in names if part in name], part
    assert not (built.bundle / "_internal/PySide6/Qt/translations").exists()
    # Only links that lead somewhere: a dangling one would be a library the filter dropped.
    assert not [p for p in built.bundle.rglob("*") if p.is_symlink() and not p.exists()]


def test_the_size_is_reported_and_within_target(built: Built) -> None:
    unpacked = sum(
        p.stat().st_size for p in built.bundle.rglob("*") if p.is_file() and not p.is_symlink()
    )
    assert built.report["unpacked_bytes"] == unpacked
    assert built.report["compressed_bytes"] == built.tarball.stat().st_size
    assert unpacked < 250 * MB
    assert built.tarball.stat().st_size < 110 * MB
    assert built.report["largest"]


def test_the_oldest_linux_it_runs_on_is_measured_and_the_readme_says_it(built: Built) -> None:
    # The bundle carries the build machine's libraries: the README must name what they need.
    glibc = built.report["glibc"]
    assert isinstance(glibc, str) and glibc.startswith("2.")
    assert f"glibc {glibc} or newer" in (REPO / "README.md").read_text(encoding="utf-8")


def _tree(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
        for p in folder.rglob("*")
    }


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_installed_from_the_tarball_data_stays_in_the_user_folder_through_an_upgrade(
    built: Built, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = _desk_env(home)
    with tarfile.open(built.tarball) as archive:
        archive.extractall(tmp_path / "download", filter="tar")
    unpacked = tmp_path / "download" / f"Pelita-{__version__}"
    assert (unpacked / "pelita").is_file() and os.access(unpacked / "install.sh", os.X_OK)

    subprocess.run(
        ["./install.sh", "--user"], cwd=unpacked, env=env, check=True, capture_output=True
    )
    app = home / ".local/opt/Pelita"
    pelita = home / ".local/bin/pelita"
    desktop_entry = home / ".local/share/applications/pelita.desktop"
    assert pelita.exists() and desktop_entry.is_file()
    assert f'Exec="{app / "pelita"}"' in desktop_entry.read_text()
    before = _tree(app)

    demo = subprocess.run(
        [str(pelita), "demo", "--participants", "5"], env=env, capture_output=True, text=True
    )
    assert demo.returncode == 0, demo.stderr
    data = home / ".local/share/Pelita/pelita-demo.sqlite3"
    assert data.is_file()
    # Nothing was written into the install folder: an upgrade replaces it whole.
    assert _tree(app) == before
    kept = _digest(data)

    # The upgrade: the new version's install.sh over the old install (the tests have one
    # build; install.sh treats a new version and the same one alike).
    subprocess.run(
        ["./install.sh", "--user"], cwd=unpacked, env=env, check=True, capture_output=True
    )
    assert _digest(data) == kept
    users = subprocess.run(
        [str(pelita), "users", "list", "--admin", "admin", "--database", f"sqlite:///{data}"],
        env=env | {"PELITA_ADMIN_PASSWORD": "admin-demo"},
        capture_output=True,
        text=True,
    )
    assert users.returncode == 0, users.stderr
    assert "admin" in users.stdout

    subprocess.run(["./uninstall.sh", "--user"], cwd=app, env=env, check=True, capture_output=True)
    assert not app.exists() and not pelita.exists() and not desktop_entry.exists()
    assert data.is_file()
