"""What a clerk gets on Linux, checked for real: the icons the build draws, the desktop entry,
and install.sh / uninstall.sh run on a fake unpacked bundle with HOME in a temporary folder
(install, upgrade, uninstall), the centre's data untouched throughout.

The Windows installer script is checked in test_windows_installer_script.py.
"""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PIL import IcoImagePlugin, Image

if TYPE_CHECKING:
    from types import ModuleType

    from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "installer" / "linux"
DESKTOP_FILE = LINUX / "pelita.desktop"
ICO_PIXELS = (16, 24, 32, 48, 64, 128, 256)
LAMP_LIGHT = (255, 243, 196)  # the inner flame (#fff3c4) at the centre of pelita.svg

needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="the Linux install scripts")


def _make_icons_module() -> ModuleType:
    # installer/ is no package: the build loads make_icons.py by path, and so does this test.
    spec = importlib.util.spec_from_file_location(
        "make_icons", REPO / "installer" / "make_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rgba(image: Image.Image, x: int, y: int) -> tuple[int, ...]:
    pixel = image.convert("RGBA").getpixel((x, y))
    assert isinstance(pixel, tuple)
    return pixel


def test_make_icons_writes_every_ico_size_and_a_256_png(qapp: QApplication, tmp_path: Path) -> None:
    ico, png = _make_icons_module().make_icons(tmp_path / "icons")

    with Image.open(ico) as icon:
        assert isinstance(icon, IcoImagePlugin.IcoImageFile)
        assert icon.ico.sizes() == {(size, size) for size in ICO_PIXELS}
        for size in ICO_PIXELS:
            frame = icon.ico.getimage((size, size))
            assert frame.size == (size, size)
            # Rounded corners: at 16 px the corner pixel is a trace of antialiasing.
            assert _rgba(frame, 0, 0)[3] < 16, f"{size} px: corner not transparent"
            assert _rgba(frame, size // 2, size // 2)[3] == 255, f"{size} px: no lamp"
    with Image.open(png) as picture:
        assert (picture.format, picture.size, picture.mode) == ("PNG", (256, 256), "RGBA")
        assert _rgba(picture, 0, 0)[3] == 0
        red, green, blue, alpha = _rgba(picture, 128, 128)
        assert alpha == 255
        assert all(abs(a - b) <= 8 for a, b in zip((red, green, blue), LAMP_LIGHT, strict=True))


def _desktop_entry(path: Path) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _validate_desktop_file(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (Debian package desktop-file-utils)")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "error:" not in output and "warning:" not in output, output


def test_desktop_entry_passes_desktop_file_validate() -> None:
    _validate_desktop_file(DESKTOP_FILE)


def test_desktop_entry_names_pelita_in_english_and_indonesian() -> None:
    entry = _desktop_entry(DESKTOP_FILE)
    assert entry["Type"] == "Application"
    assert entry["Name"] == entry["Name[id]"] == "Pelita"
    for key in ("GenericName", "GenericName[id]", "Comment", "Comment[id]"):
        assert entry[key]
    assert entry["GenericName"] != entry["GenericName[id]"]
    assert (entry["Exec"], entry["Icon"], entry["Terminal"]) == ("pelita", "pelita", "false")
    assert {"Office", "Education"} <= set(entry["Categories"].split(";"))
    # The menu groups the window with its entry by the window class Qt takes from the
    # application name.
    app_py = (REPO / "desktop/gui/app.py").read_text("utf-8")
    assert 'setApplicationName("Pelita")' in app_py
    # and Wayland by the desktop file's name.
    assert f'setDesktopFileName("{DESKTOP_FILE.stem}")' in app_py
    assert entry["StartupWMClass"] == "Pelita"


def _fake_bundle(root: Path, marker: str) -> Path:
    """An unpacked Pelita-<version>/ as the build makes it, with a `pelita` that says marker."""
    bundle = root / f"Pelita-{marker}"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / f"only-in-{marker}.txt").write_text(marker)
    program = bundle / "pelita"
    program.write_text(f"#!/bin/sh\necho {marker}\n")
    program.chmod(0o755)
    for name in ("install.sh", "uninstall.sh", "pelita.desktop"):
        shutil.copy2(LINUX / name, bundle / name)
    shutil.copy2(REPO / "resources" / "icons" / "pelita.svg", bundle / "pelita.svg")
    Image.new("RGBA", (256, 256), (18, 60, 90, 255)).save(bundle / "pelita.png")
    return bundle


def _run(script: Path, home: Path, *args: str) -> str:
    """Runs an install script as a person with this HOME would; returns what it printed."""
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "LANG": "C.UTF-8"}
    result = subprocess.run(
        ["bash", str(script), *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _ran(command: Path) -> str:
    return subprocess.run([str(command)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home folder that already holds a centre's data, settings and logs."""
    home = tmp_path / "home"
    for relative, content in DATA.items():
        (home / relative).parent.mkdir(parents=True, exist_ok=True)
        (home / relative).write_text(content)
    return home


DATA = {
    ".local/share/Pelita/pelita.sqlite3": "the centre's participants",
    ".local/share/Pelita/backups/pelita-2026-01-01.sqlite3": "a backup",
    ".config/Pelita/settings.json": "{}",
    ".local/state/Pelita/log/pelita.log": "a log",
}


def _assert_data_untouched(home: Path) -> None:
    for relative, content in DATA.items():
        assert (home / relative).read_text() == content, relative


@needs_posix
def test_install_puts_each_part_in_place(tmp_path: Path, home: Path) -> None:
    bundle = _fake_bundle(tmp_path, "marker-1")

    said = _run(bundle / "install.sh", home, "--user")

    dest = home / ".local/opt/Pelita"
    assert (dest / "_internal" / "only-in-marker-1.txt").is_file()
    assert os.access(dest / "pelita", os.X_OK)
    link = home / ".local/bin/pelita"
    assert link.is_symlink() and link.resolve() == (dest / "pelita").resolve()
    assert _ran(link) == "marker-1\n"
    menu_entry = home / ".local/share/applications/pelita.desktop"
    entry = _desktop_entry(menu_entry)
    assert entry["Exec"] == f'"{dest}/pelita"'
    assert entry["Icon"] == "pelita" and entry["Name[id]"] == "Pelita"
    icons = home / ".local/share/icons/hicolor"
    svg = (REPO / "resources/icons/pelita.svg").read_bytes()
    assert (icons / "scalable/apps/pelita.svg").read_bytes() == svg
    assert Image.open(icons / "256x256/apps/pelita.png").size == (256, 256)
    assert str(dest) in said and "stays in" in said
    _assert_data_untouched(home)
    _validate_desktop_file(menu_entry)


@needs_posix
def test_upgrade_replaces_the_program_and_keeps_the_data(tmp_path: Path, home: Path) -> None:
    _run(_fake_bundle(tmp_path, "marker-1") / "install.sh", home, "--user")
    newer = _fake_bundle(tmp_path, "marker-2")

    _run(newer / "install.sh", home, "--user")
    _run(newer / "install.sh", home, "--user")  # again: nothing changes

    dest = home / ".local/opt/Pelita"
    assert _ran(home / ".local/bin/pelita") == "marker-2\n"
    assert sorted(p.name for p in (dest / "_internal").iterdir()) == ["only-in-marker-2.txt"]
    assert sorted(p.name for p in dest.parent.iterdir()) == ["Pelita"]  # no half-made copies
    _assert_data_untouched(home)


@needs_posix
def test_install_refreshes_the_icon_cache_a_desktop_already_has(tmp_path: Path, home: Path) -> None:
    if shutil.which("gtk-update-icon-cache") is None:
        pytest.skip("gtk-update-icon-cache is not installed")
    cache = home / ".local/share/icons/hicolor/icon-theme.cache"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"")  # a stale cache would hide Pelita's icon from the menu

    _run(_fake_bundle(tmp_path, "marker-1") / "install.sh", home, "--user")

    assert b"pelita" in cache.read_bytes()


@needs_posix
def test_a_failed_copy_keeps_the_old_install(tmp_path: Path, home: Path) -> None:
    _run(_fake_bundle(tmp_path, "marker-1") / "install.sh", home, "--user")
    broken_cp = tmp_path / "bin" / "cp"  # a disk that fills up half-way
    broken_cp.parent.mkdir()
    broken_cp.write_text("#!/bin/sh\necho 'cp: No space left on device' >&2\nexit 1\n")
    broken_cp.chmod(0o755)
    script = _fake_bundle(tmp_path, "marker-2") / "install.sh"

    env = {"HOME": str(home), "PATH": f"{broken_cp.parent}:{os.environ['PATH']}"}
    result = subprocess.run(["bash", str(script), "--user"], env=env, capture_output=True)

    assert result.returncode != 0
    assert _ran(home / ".local/bin/pelita") == "marker-1\n"
    assert sorted(p.name for p in (home / ".local/opt").iterdir()) == ["Pelita"]
    _assert_data_untouched(home)


@needs_posix
def test_uninstall_removes_what_install_put_there_and_keeps_the_data(
    tmp_path: Path, home: Path
) -> None:
    _run(_fake_bundle(tmp_path, "marker-1") / "install.sh", home, "--user")

    # The copy inside the program folder, as install.sh tells the clerk to run it.
    said = _run(home / ".local/opt/Pelita/uninstall.sh", home, "--user")

    left = {str(p.relative_to(home)) for p in home.rglob("*") if p.is_file() or p.is_symlink()}
    assert left == set(DATA)
    _assert_data_untouched(home)
    assert "kept" in said


@needs_posix
def test_a_pelita_command_that_is_not_ours_is_left_alone(tmp_path: Path, home: Path) -> None:
    foreign = home / ".local/bin/pelita"  # e.g. from `pip install --user`
    foreign.parent.mkdir(parents=True)
    foreign.write_text("#!/bin/sh\necho foreign\n")

    _run(_fake_bundle(tmp_path, "marker-1") / "install.sh", home, "--user")
    _run(home / ".local/opt/Pelita/uninstall.sh", home, "--user")

    assert foreign.read_text() == "#!/bin/sh\necho foreign\n"


@needs_posix
def test_system_install_and_uninstall(tmp_path: Path, home: Path) -> None:
    root = tmp_path / "root"  # stands for / (PELITA_INSTALL_ROOT)
    script = _fake_bundle(tmp_path, "marker-1") / "install.sh"
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "PELITA_INSTALL_ROOT": str(root)}

    subprocess.run(["bash", str(script), "--system"], env=env, check=True, capture_output=True)

    entry = _desktop_entry(root / "usr/local/share/applications/pelita.desktop")
    assert entry["Exec"] == f'"{root}/opt/Pelita/pelita"'
    assert _ran(root / "usr/local/bin/pelita") == "marker-1\n"
    assert (root / "usr/local/share/icons/hicolor/scalable/apps/pelita.svg").is_file()

    uninstall = root / "opt/Pelita/uninstall.sh"
    subprocess.run(["bash", str(uninstall), "--system"], env=env, check=True, capture_output=True)

    assert [p for p in root.rglob("*") if p.is_file() or p.is_symlink()] == []
    _assert_data_untouched(home)


@needs_posix
def test_install_refuses_a_folder_that_is_not_a_bundle(tmp_path: Path, home: Path) -> None:
    lone = tmp_path / "lone"
    lone.mkdir()
    shutil.copy2(LINUX / "install.sh", lone / "install.sh")

    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    result = subprocess.run(
        ["bash", str(lone / "install.sh"), "--user"], env=env, capture_output=True, text=True
    )

    assert result.returncode != 0
    assert "unpacked Pelita folder" in result.stderr
    assert not (home / ".local/opt").exists()


def test_shell_scripts_pass_shellcheck() -> None:
    tool = shutil.which("shellcheck")
    if tool is None:
        pytest.skip("shellcheck is not installed (Debian package shellcheck)")
    scripts = [str(LINUX / "install.sh"), str(LINUX / "uninstall.sh")]
    result = subprocess.run([tool, *scripts], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
