"""Cold start to the login dialog on the demo database, against a bare PySide6 window.

Both are started the same way — a fresh `python` process from this virtual environment — and
timed from spawn until the process reports its first window painted. Runs alternate so that
machine noise hits both alike. Target: the app within 1.5x of the bare window.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from tests.benchmarks.common import Result, median

RUNS = 11
TARGET = 1.5


def _time_to_shown(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if "login shown" in line:
            break
    else:
        raise RuntimeError(f"{command} ended without showing a window")
    elapsed = time.perf_counter() - started
    process.kill()
    process.wait()
    return elapsed


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="pelita-bench-") as home:
        env = {
            **os.environ,
            "PELITA_HOME": home,
            "QT_QPA_PLATFORM": "offscreen",
            "PELITA_EXIT_WHEN_LOGIN_SHOWN": "1",
        }
        python = sys.executable
        # The demo database exists before timing: this is a desk's everyday start.
        subprocess.run(
            [python, "-m", "desktop.cli", "demo"], env=env, check=True, stdout=subprocess.DEVNULL
        )
        app_command = [python, "-m", "desktop.cli", "--demo"]
        # Started the same way as the app: `python -m` a module of this checkout.
        bare_command = [python, "-m", "tests.benchmarks.bare_window"]
        for command in (bare_command, app_command):  # warm the file cache
            _time_to_shown(command, env)
        bare, app = [], []
        for _ in range(RUNS):
            bare.append(_time_to_shown(bare_command, env))
            app.append(_time_to_shown(app_command, env))
    app_median, bare_median = median(app), median(bare)
    return [
        Result(
            name="cold start to login dialog (demo database)",
            value=app_median,
            unit="s",
            yardstick_name="bare PySide6 window",
            yardstick=bare_median,
            target=f"within {TARGET}x of the bare window",
            met=app_median <= TARGET * bare_median,
            runs=RUNS,
            extra={"app_runs": app, "bare_runs": bare},
        )
    ]
