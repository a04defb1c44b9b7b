"""`pelita --self-check`: does this installation of Pelita work? Run headless by CI on the
frozen (PyInstaller) bundle and by a support person on a desk.

Each step checks one thing a bundle can get wrong (a file, a module, a library's data, the
database, a certificate, a spreadsheet, Qt's plugins) and prints one line when it finishes:
`ok    <step>: <what was checked> (<seconds> s)` or `FAIL  <step>: <reason>`. A failed step
does not stop the steps after it, except those that need what it made (they fail as "not
run"); the last line sums up, and the exit code is 0 only when every step passed.

Everything happens in a temporary folder that is removed afterwards: PELITA_HOME points there
for the run, so the desk's real database, settings and logs are never touched. Qt runs on the
offscreen platform unless QT_QPA_PLATFORM says otherwise, so no window flashes on a desk and a
CI machine needs no screen.

Without a console to print to (the windowed Pelita.exe; CI and support run pelita-cli.exe) the
lines go to pelita-self-check.txt in the system's temporary folder instead.

Only the standard library is imported here: every step imports what it checks, so a module
missing from a bundle fails that step with its name instead of stopping the check.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from desktop import __version__
from desktop.self_check_steps import (
    CheckFailed,
    CheckState,
    check_libraries,
    check_library_data,
    check_modules,
    check_resources,
)
from desktop.self_check_steps_data import (
    check_centre,
    check_certificate,
    check_database,
    check_render_pool,
    check_xlsx,
)

PREFIX_OK = "ok    "
PREFIX_FAIL = "FAIL  "
REPORT_FILE = "pelita-self-check.txt"  # in the system's temporary folder, when there is no console
REASON_MAX = 300  # characters of a reason: one line a person can read


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[CheckState], str]  # what was checked; raises when something is wrong
    needs: tuple[str, ...] = ()  # steps whose results it uses


def _check_qt(state: CheckState) -> str:
    # Imported when the step runs: Qt is the heaviest import, and a bundle without it must
    # still get through the other steps.
    from desktop.gui.self_check import check_qt

    return check_qt(state)


def _check_qt_pdf(state: CheckState) -> str:
    from desktop.gui.self_check import check_qt_pdf

    return check_qt_pdf(state)


def _check_window(state: CheckState) -> str:
    from desktop.gui.self_check import check_window

    return check_window(state)


STEPS: tuple[Step, ...] = (
    Step("resources", check_resources),
    Step("library-data", check_library_data),
    Step("modules", check_modules),
    Step("libraries", check_libraries),
    Step("database", check_database),
    Step("centre", check_centre, needs=("database",)),
    Step("certificate", check_certificate, needs=("centre",)),
    Step("render-pool", check_render_pool),
    Step("xlsx", check_xlsx, needs=("centre",)),
    Step("qt", _check_qt),
    Step("qt-pdf", _check_qt_pdf, needs=("certificate",)),
    Step("window", _check_window, needs=("centre",)),
)


def run_self_check(out: TextIO | None = None, steps: Sequence[Step] = STEPS) -> int:
    """Run `steps` in a temporary folder, printing a line for each; 0 when all passed."""
    stream = out if out is not None else sys.stdout
    if stream is None:  # a windowed Windows executable has no console to print to
        return _run_into_file(steps)
    with _sandbox() as folder:
        for line in _about(folder):
            _say(stream, line)
        state = CheckState(folder)
        try:
            failed = run_steps(steps, state, stream)
        finally:
            state.close()
    if failed:
        _say(stream, f"Self-check FAILED: {failed} of {len(steps)} steps")
        return 1
    _say(stream, f"Self-check passed ({len(steps)} steps)")
    return 0


def _run_into_file(steps: Sequence[Step]) -> int:
    """The report where a person can open it: `pelita-cli --self-check` prints it instead."""
    report = Path(tempfile.gettempdir()) / REPORT_FILE
    with report.open("w", encoding="utf-8") as file:
        return run_self_check(file, steps)


def run_steps(steps: Sequence[Step], state: CheckState, out: TextIO) -> int:
    """Each step in turn, a line as it finishes; returns how many failed (or could not run)."""
    failed: list[str] = []
    for step in steps:
        missing = [name for name in step.needs if name in failed]
        if missing:
            failed.append(step.name)
            _say(out, f"{PREFIX_FAIL}{step.name}: not run, it needs the {missing[0]} step")
            continue
        started = time.perf_counter()
        try:
            what = step.run(state)
        except Exception as error:  # any failure is this step's, and the next steps go on
            failed.append(step.name)
            _say(out, f"{PREFIX_FAIL}{step.name}: {reason(error)}")
            continue
        seconds = time.perf_counter() - started
        _say(out, f"{PREFIX_OK}{step.name}: {what} ({seconds:.2f} s)")
    return len(failed)


def reason(error: BaseException) -> str:
    """One line: a step's own finding as it said it; anything else as the exception's type,
    the first line of its message and where it was raised (the traceback's last frame)."""
    if isinstance(error, CheckFailed):
        return _one_line(str(error))
    english = getattr(error, "english", None)  # a PelitaError: its message in English
    message = english() if callable(english) else str(error)
    first = (str(message).strip().splitlines() or [""])[0]
    frames = traceback.extract_tb(error.__traceback__)
    where = f" (at {Path(frames[-1].filename).name}:{frames[-1].lineno})" if frames else ""
    return _one_line(f"{type(error).__name__}: {first}{where}")


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= REASON_MAX else line[: REASON_MAX - 3] + "..."


def _about(folder: Path) -> list[str]:
    """Which Pelita this is and where it runs from: the first thing a support person asks."""
    from desktop.paths import resource_path

    frozen = bool(getattr(sys, "frozen", False))
    if frozen:
        where = f"running from the bundle {Path(sys.executable).resolve().parent} (frozen)"
    else:
        where = f"running from the checkout {Path(__file__).resolve().parents[1]} (not frozen)"
    return [
        f"Pelita {__version__} self-check, Python {platform.python_version()} on "
        f"{platform.system()} {platform.machine()}",
        where,
        f"resources in {resource_path()}",
        f"working in {folder} (removed afterwards); Qt platform: "
        f"{os.environ.get('QT_QPA_PLATFORM', '')}",
    ]


@contextmanager
def _sandbox() -> Iterator[Path]:
    """A temporary folder that is the desk's home for the run, and the offscreen platform;
    the environment as it was and the folder removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="pelita-self-check-"))
    changes = {"PELITA_HOME": str(folder / "home")}
    if not os.environ.get("QT_QPA_PLATFORM"):
        changes["QT_QPA_PLATFORM"] = "offscreen"
    saved = {name: os.environ.get(name) for name in changes}
    os.environ.update(changes)
    try:
        yield folder
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(folder, ignore_errors=True)


def _say(out: TextIO, line: str) -> None:
    """A line, at once (CI shows progress); a console that cannot show a character (a path
    with a name in it on Windows) gets it escaped rather than the check failing."""
    try:
        out.write(line + "\n")
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "ascii"
        out.write(line.encode(encoding, "backslashreplace").decode(encoding) + "\n")
    out.flush()
