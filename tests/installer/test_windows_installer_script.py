"""The Windows installer's promises, read from installer/windows/pelita.iss and build.ps1.

Neither Windows nor Inno Setup runs here, so these checks are static: each fails when an
edit breaks a promise made to a clerk (upgrades recognised, shortcuts, the icon, version
information, no admin rights needed, the data never deleted) or to the person building it
(the version from pyproject.toml, the self-check before the installer is made).
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ISS = REPO / "installer" / "windows" / "pelita.iss"
BUILD_PS1 = REPO / "installer" / "windows" / "build.ps1"
# Windows and Inno Setup recognise an installed Pelita by it: a new one would install a
# second Pelita beside the old instead of upgrading it.
APP_ID = "{{E699495D-5A39-41F1-802E-90BBD84809CF}"
ENTRY_PARAMETER = re.compile(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)')


def _sections() -> dict[str, list[str]]:
    """Section name (lower case) -> its lines, without comments and preprocessor lines."""
    sections: dict[str, list[str]] = {}
    lines: list[str] = []
    for raw in ISS.read_text(encoding="ascii").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#", "//")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            lines = sections.setdefault(header.group(1).lower(), [])
        else:
            lines.append(line)
    return sections


def _setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in _sections()["setup"])


def _entries(section: str) -> list[dict[str, str]]:
    return [
        {key: value.strip().strip('"') for key, value in ENTRY_PARAMETER.findall(line)}
        for line in _sections().get(section, [])
    ]


def test_the_app_id_never_changes() -> None:
    assert _setup()["AppId"] == APP_ID


def test_version_information_is_the_build_version() -> None:
    setup = _setup()
    for directive in ("AppVersion", "VersionInfoVersion", "VersionInfoProductVersion"):
        assert setup[directive] == "{#AppVersion}", directive
    assert setup["OutputBaseFilename"] == "Pelita-Setup-{#AppVersion}"
    assert setup["VersionInfoProductName"] == setup["AppName"] == "Pelita"
    assert setup["VersionInfoDescription"] and setup["AppPublisher"]
    source = ISS.read_text(encoding="ascii")
    assert "#ifndef AppVersion" in source and '#define AppVersion "' in source  # a fallback


def test_installs_into_program_files_without_admin_rights() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["PrivilegesRequiredOverridesAllowed"] == "dialog"
    assert setup["DefaultDirName"] == r"{autopf}\Pelita"
    files = _entries("files")
    assert files == [
        {
            "Source": r"{#BundleDir}\*",
            "DestDir": "{app}",
            "Flags": "ignoreversion recursesubdirs createallsubdirs",
        }
    ]


def test_the_app_icon_on_setup_uninstall_and_shortcuts() -> None:
    setup = _setup()
    assert setup["SetupIconFile"] == "{#IconFile}"
    assert setup["UninstallDisplayIcon"] == r"{app}\Pelita.exe"
    icons = {entry["Name"]: entry for entry in _entries("icons")}
    start_menu = icons[r"{autoprograms}\Pelita"]
    desktop = icons[r"{autodesktop}\Pelita"]
    assert start_menu["Filename"] == desktop["Filename"] == r"{app}\Pelita.exe"
    assert desktop["Tasks"] == "desktopicon"
    (task,) = _entries("tasks")
    assert task["Name"] == "desktopicon" and "unchecked" not in task.get("Flags", "")


def test_indonesian_and_english() -> None:
    languages = {entry["Name"]: entry["MessagesFile"] for entry in _entries("languages")}
    assert languages == {"indonesian": "{#IndonesianIsl}", "english": "compiler:Default.isl"}


def test_an_upgrade_closes_pelita_and_the_last_page_can_start_it() -> None:
    assert _setup()["CloseApplications"] == "yes"
    (run,) = _entries("run")
    assert run["Filename"] == r"{app}\Pelita.exe"
    assert {"postinstall", "nowait", "skipifsilent"} <= set(run["Flags"].split())


def test_nothing_deletes_the_users_data() -> None:
    deletions = _entries("installdelete") + _entries("uninstalldelete")
    assert deletions, "the sections exist"
    for entry in deletions:
        name = entry["Name"]
        # Only inside the program folder; the folder itself only when empty (a clerk may
        # have chosen a folder that holds other things).
        assert name.startswith("{app}\\") or (name, entry["Type"]) == ("{app}", "dirifempty")
        assert ".." not in name
        assert "appdata" not in name.lower()  # {localappdata}\Pelita: the data folder


def test_uninstalling_says_the_data_stays() -> None:
    messages = dict(line.split("=", 1) for line in _sections()["messages"])
    for language in ("english", "indonesian"):
        assert r"AppData\Local\Pelita" in messages[f"{language}.ConfirmUninstall"]
        assert r"AppData\Local\Pelita" in messages[f"{language}.UninstalledAll"]


def test_scripts_are_ascii() -> None:
    # Inno Setup and Windows PowerShell 5.1 read a file without a byte-order mark in the
    # ANSI code page: anything but ASCII would come out garbled.
    ISS.read_text(encoding="ascii")
    BUILD_PS1.read_text(encoding="ascii")


def test_build_script_versions_from_pyproject_and_self_checks_before_iscc() -> None:
    script = BUILD_PS1.read_text(encoding="ascii")
    assert "$ErrorActionPreference = 'Stop'" in script
    assert "tomllib.load(open('pyproject.toml', 'rb'))['project']['version']" in script
    steps = [
        "'pip', 'install', '--disable-pip-version-check', '-e', '.[dev]'",
        "'desktop.gui.build'",
        "'installer\\build_bundle.py'",
        "Invoke-Native (Join-Path $Bundle 'pelita-cli.exe') @('--self-check')",
        "Invoke-Native $Iscc @(",
    ]
    places = [script.index(step) for step in steps]
    assert places == sorted(places), "the build's steps are out of order"
    for define in ("/DAppVersion=$Version", "/DIconFile=$Icon", "/DBundleDir=$Bundle"):
        assert define in script
    # Every program it starts directly has its exit code checked (Invoke-Native does).
    lines = script.splitlines()
    for number, line in enumerate(lines):
        if re.match(r"\s*(\$\w+ = \()?& ", line) and "@Arguments" not in line:
            assert "$LASTEXITCODE" in lines[number + 1], line
