"""Builds the installable bundle: dist/Pelita, and on Linux its .tar.gz.

    python installer/build_bundle.py [--dist DIR] [--work DIR] [--no-tarball] [--no-self-check]

(`bash installer/bootstrap.sh bundle` sets the machine up and runs this.) The steps:

1. the Designer forms and translations (desktop.gui.build) and the icons (make_icons.py);
2. PyInstaller with installer/pelita.spec into DIST/Pelita;
3. on Linux: the shared libraries stripped of their symbols (a fifth of the bundle), the
   desktop entry, icons and install scripts put beside the program, and
   DIST/Pelita-<version>-linux-x86_64.tar.gz with the folder Pelita-<version>/ inside;
4. the size report (unpacked, compressed, the largest parts), also written to
   DIST/size-report.json;
5. the frozen app's `--self-check`, headless; the build fails if it fails.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installer" / "pelita.spec"
LINUX_FILES = ("install.sh", "uninstall.sh", "pelita.desktop")
MB = 1_000_000
# The targets for what a clerk downloads and what it takes on disk.
UNPACKED_TARGET_MB = 250
COMPRESSED_TARGET_MB = 110
WINDOWS = sys.platform == "win32"
GLIBC = re.compile(r"GLIBC_(\d+\.\d+(?:\.\d+)?)")


@dataclass
class SizeReport:
    unpacked_bytes: int
    compressed_bytes: int | None
    compressed_file: str | None
    largest: list[tuple[str, int]] = field(default_factory=list)
    # The oldest C library the Linux bundle runs on: the newest symbol version it links to.
    glibc: str | None = None

    @property
    def within_targets(self) -> bool:
        compressed_ok = (
            self.compressed_bytes is None or self.compressed_bytes < COMPRESSED_TARGET_MB * MB
        )
        return self.unpacked_bytes < UNPACKED_TARGET_MB * MB and compressed_ok

    def lines(self) -> list[str]:
        out = [
            f"unpacked:   {self.unpacked_bytes / MB:7.1f} MB  (target < {UNPACKED_TARGET_MB} MB)"
        ]
        if self.compressed_bytes is not None:
            out.append(
                f"compressed: {self.compressed_bytes / MB:7.1f} MB  "
                f"(target < {COMPRESSED_TARGET_MB} MB)  {self.compressed_file}"
            )
        if self.glibc:
            out.append(f"needs:      glibc {self.glibc} or newer (the build machine's libraries)")
        out.append("largest parts:")
        out += [f"  {size / MB:6.1f} MB  {name}" for name, size in self.largest]
        return out


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from desktop import __version__

    return __version__


def executable(bundle: Path) -> Path:
    """The program to run for commands: on Windows the console twin of the windowed exe."""
    return bundle / ("pelita-cli.exe" if WINDOWS else "pelita")


def build_resources(icons: Path) -> None:
    subprocess.run([sys.executable, "-m", "desktop.gui.build"], cwd=ROOT, check=True)
    # installer/ is not a package: make_icons.py is loaded by its path.
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "installer" / "make_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.make_icons(icons)


def run_pyinstaller(dist: Path, work: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(SPEC),
        ],
        cwd=ROOT,
        check=True,
    )
    return dist / "Pelita"


def strip_libraries(bundle: Path) -> int:
    """Strips the symbol tables of the shared libraries; returns the bytes saved.

    Only `.so` files: the `pelita` executable carries the Python archive appended to it,
    which strip would cut off. A library strip cannot handle is left as it is.
    """
    strip = shutil.which("strip")
    if strip is None:
        print("build: `strip` not found (Debian: binutils); the bundle stays unstripped")
        return 0
    saved = 0
    for path in bundle.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        before = path.stat().st_size
        result = subprocess.run([strip, "--strip-unneeded", str(path)], capture_output=True)
        if result.returncode == 0:
            saved += before - path.stat().st_size
    return saved


def add_linux_files(bundle: Path, icons: Path) -> None:
    for name in LINUX_FILES:
        shutil.copy2(ROOT / "installer" / "linux" / name, bundle / name)
    shutil.copy2(ROOT / "resources" / "icons" / "pelita.svg", bundle / "pelita.svg")
    shutil.copy2(icons / "pelita.png", bundle / "pelita.png")


def make_tarball(bundle: Path, dist: Path, release: str) -> Path:
    tarball = dist / f"Pelita-{release}-linux-x86_64.tar.gz"
    partial = tarball.with_name(tarball.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=9) as archive:
        archive.add(bundle, arcname=f"Pelita-{release}")
    partial.replace(tarball)
    return tarball


def measure(bundle: Path, compressed: Path | None) -> SizeReport:
    """Sizes as a file manager shows them: files only, links not counted twice."""
    total = 0
    parts: dict[str, int] = {}
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        relative = path.relative_to(bundle).parts
        # Group by the folder a person would recognise: _internal/PySide6/Qt/lib, ...
        group = "/".join(relative[:4] if relative[:2] == ("_internal", "PySide6") else relative[:2])
        if len(relative) > 2 and relative[0] == "_internal" and relative[1].startswith("lib"):
            group = relative[1]
        parts[group] = parts.get(group, 0) + size
    largest = sorted(parts.items(), key=lambda item: item[1], reverse=True)[:12]
    return SizeReport(
        unpacked_bytes=total,
        compressed_bytes=compressed.stat().st_size if compressed else None,
        compressed_file=compressed.name if compressed else None,
        largest=largest,
    )


def glibc_floor(bundle: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any binary in the bundle needs (objdump, binutils):
    the bundle copies the build machine's libraries, so it runs where glibc is at least this."""
    objdump = shutil.which("objdump")
    if objdump is None or WINDOWS:
        return None
    found: set[tuple[int, ...]] = set()
    for path in [bundle / "pelita", *bundle.rglob("*.so*")]:
        if path.is_symlink() or not path.is_file():
            continue
        symbols = subprocess.run([objdump, "-T", str(path)], capture_output=True, text=True)
        found.update(tuple(map(int, v.split("."))) for v in GLIBC.findall(symbols.stdout))
    return ".".join(map(str, max(found))) if found else None


def self_check(bundle: Path) -> int:
    """The frozen app's own check, as on a desk without a screen."""
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")
    }
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run([str(executable(bundle)), "--self-check"], env=env).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-tarball", action="store_true")
    parser.add_argument("--no-self-check", action="store_true")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    release = version()
    started = time.monotonic()

    # The spec finds the Windows icon here, relative to the checkout.
    build_resources(ROOT / "build" / "icons")
    bundle = run_pyinstaller(dist, work)
    tarball = None
    if not WINDOWS:
        saved = strip_libraries(bundle)
        print(f"build: stripped {saved / MB:.1f} MB of symbols")
        add_linux_files(bundle, ROOT / "build" / "icons")
        if not args.no_tarball:
            tarball = make_tarball(bundle, dist, release)
    report = measure(bundle, tarball)
    report.glibc = glibc_floor(bundle)
    (dist / "size-report.json").write_text(json.dumps(asdict(report), indent=2) + "\n")
    print(f"build: Pelita {release} in {bundle} ({time.monotonic() - started:.0f} s)")
    print("\n".join(report.lines()))
    if not report.within_targets:
        print("build: WARNING: the bundle is over its size target")
    if args.no_self_check:
        return 0
    status = self_check(bundle)
    if status:
        print(f"build: the frozen self-check FAILED (exit {status})")
    return status


if __name__ == "__main__":
    sys.exit(main())
