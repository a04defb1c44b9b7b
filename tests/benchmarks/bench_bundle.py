"""The installable bundle: its size against the issue's targets, and how fast the frozen app
opens the login dialog against the same app run from the virtual environment.

The bundle is built afresh into a temporary folder (installer/build_bundle.py, about two
minutes). Sizes: under 250 MB unpacked and under 110 MB as .tar.gz; the yardstick is the
unstripped PyInstaller output of the same spec, measured in the same run. Start-up: a clerk's
double-click, from spawn to the login dialog painted on the demo database, alternating frozen
and unfrozen runs; target: the frozen app no slower than 1.2x the checkout's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_startup import _time_to_shown
from tests.benchmarks.common import Result, median

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7
START_TARGET = 1.2
MB = 1_000_000


def _unstripped_size(spec_dist: Path, work: Path) -> int:
    """The same spec straight from PyInstaller, before build_bundle strips the libraries."""
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
            "--distpath", str(spec_dist), "--workpath", str(work),
            str(ROOT / "installer" / "pelita.spec"),
        ],
        cwd=ROOT,
        check=True,
    )  # fmt: skip
    bundle = spec_dist / "Pelita"
    return sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def run() -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="pelita-bench-bundle-") as scratch:
        where = Path(scratch)
        started = time.perf_counter()
        subprocess.run(
            [
                sys.executable, str(ROOT / "installer" / "build_bundle.py"),
                "--dist", str(where / "dist"), "--work", str(where / "work"), "--no-self-check",
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        build_seconds = time.perf_counter() - started
        report = json.loads((where / "dist" / "size-report.json").read_text())
        unstripped = _unstripped_size(where / "plain", where / "work")
        shutil.rmtree(where / "plain")

        env = {
            **os.environ,
            "PELITA_HOME": str(where / "home"),
            "QT_QPA_PLATFORM": "offscreen",
            "PELITA_EXIT_WHEN_LOGIN_SHOWN": "1",
        }
        subprocess.run(
            [sys.executable, "-m", "desktop.cli", "demo"],
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        frozen_command = [str(where / "dist" / "Pelita" / "pelita"), "--demo"]
        checkout_command = [sys.executable, "-m", "desktop.cli", "--demo"]
        for command in (frozen_command, checkout_command):  # warm the file cache
            _time_to_shown(command, env)
        frozen, checkout = [], []
        for _ in range(RUNS):
            frozen.append(_time_to_shown(frozen_command, env))
            checkout.append(_time_to_shown(checkout_command, env))

    unpacked, compressed = report["unpacked_bytes"] / MB, report["compressed_bytes"] / MB
    frozen_median, checkout_median = median(frozen), median(checkout)
    return [
        Result(
            name="bundle unpacked (stripped)",
            value=unpacked,
            unit="MB",
            yardstick_name="the same spec unstripped",
            yardstick=unstripped / MB,
            target="under 250 MB",
            met=unpacked < 250,
            runs=1,
            extra={"build_seconds": build_seconds, "largest": report["largest"]},
        ),
        Result(
            name="bundle as .tar.gz",
            value=compressed,
            unit="MB",
            yardstick_name="bundle unpacked",
            yardstick=unpacked,
            target="under 110 MB",
            met=compressed < 110,
            runs=1,
            extra={},
        ),
        Result(
            name="frozen app: cold start to login dialog (demo database)",
            value=frozen_median,
            unit="s",
            yardstick_name="the same from the checkout's virtual environment",
            yardstick=checkout_median,
            target=f"within {START_TARGET}x of the checkout",
            met=frozen_median <= START_TARGET * checkout_median,
            runs=RUNS,
            extra={"frozen_runs": frozen, "checkout_runs": checkout},
        ),
    ]
