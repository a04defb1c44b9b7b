#!/usr/bin/env bash
# Sets up a Debian 12 machine for Pelita from nothing, then runs it or checks it.
#
#   bash installer/bootstrap.sh run   [pelita args...]   open Pelita on the demo centre
#   bash installer/bootstrap.sh test  [pytest args...]   ruff, mypy and the test suite
#   bash installer/bootstrap.sh bench [args...]          the benchmarks
#   bash installer/bootstrap.sh bundle [args...]         the installable bundle in dist/
#
# Every step is skipped when already done, so running it again is cheap.
set -euo pipefail

# Run from the repository root, wherever we were called from: the venv, the
# editable install and the tools' configuration are all relative to it.
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VENV=.venv
STAMP="$VENV/.pelita-installed"

# Bold only on a terminal, so CI logs stay free of escape codes.
if [[ -t 2 ]]; then BOLD=$'\033[1m' PLAIN=$'\033[0m'; else BOLD='' PLAIN=''; fi
say() { printf '%s==> %s%s\n' "$BOLD" "$*" "$PLAIN" >&2; }
die() { printf 'bootstrap: %s\n' "$*" >&2; exit 1; }

usage() {
    sed -n '4,7s/^# //p' "${BASH_SOURCE[0]}"
}

# ---------------------------------------------------------------------------
# Debian packages
# ---------------------------------------------------------------------------

APT_UPDATED=0

is_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == *" installed" ]]
}

# Installs those of the given packages that are missing. Nothing touches the
# network (not even apt-get update) when everything is already there.
ensure_packages() {
    if ! command -v dpkg-query >/dev/null; then
        say "Not a Debian system; make sure these (or their equivalents) are installed: $*"
        return 0
    fi
    local missing=() pkg
    for pkg in "$@"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    ((${#missing[@]})) || return 0

    local sudo=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null; then
            say "Installing missing Debian packages with sudo: ${missing[*]}"
            sudo=(sudo)
        else
            die "these Debian packages are missing and we are not root (and there is no sudo):
    ${missing[*]}
Install them as root:
    apt-get install --no-install-recommends ${missing[*]}"
        fi
    else
        say "Installing missing Debian packages: ${missing[*]}"
    fi
    if ((!APT_UPDATED)); then
        "${sudo[@]}" apt-get update
        APT_UPDATED=1
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

# What Qt needs even without a window (offscreen platform, fonts, D-Bus).
COMMON_PACKAGES=(
    libglib2.0-0 libegl1 libgl1 libfontconfig1 libfreetype6 libx11-6
    libdbus-1-3 libxkbcommon0 fonts-dejavu-core
)
# The suite starts its own PostgreSQL 15 server and reads back the PDFs it makes. It also
# builds the bundle (strip from binutils) and checks the Linux desktop entry and the install
# scripts (desktop-file-validate, shellcheck), and runs the frozen app on a virtual X screen.
TEST_PACKAGES=(postgresql poppler-utils binutils desktop-file-utils shellcheck xvfb xauth)
# Qt's xcb platform plugin, for a real window.
RUN_PACKAGES=(
    libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
    libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0 libxcb-xfixes0
    libxcb-sync1 libxcb-shm0 libxcb-util1 libsm6 libice6
)

# ---------------------------------------------------------------------------
# Python
# ---------------------------------------------------------------------------

find_python() {
    local candidate
    for candidate in python3 python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

setup_python() {
    local python
    if ! python=$(find_python); then
        if ! command -v python3 >/dev/null; then
            # A bare Debian image has no Python at all; Debian 12's is 3.11.
            ensure_packages python3 python3-venv
            python=$(find_python) || die "python3 was installed but is not 3.11 or newer"
        else
            die "Pelita needs Python 3.11 or newer; python3 here is $(python3 --version 2>&1)"
        fi
    fi

    # A venv whose interpreter no longer runs (moved repo, removed Python) is useless.
    if [[ -d "$VENV" ]] && ! "$VENV/bin/python" -c '' 2>/dev/null; then
        say "Removing broken $VENV"
        rm -rf "$VENV"
    fi
    if [[ ! -d "$VENV" ]]; then
        say "Creating $VENV with $("$python" --version 2>&1)"
        if ! "$python" -m venv "$VENV"; then
            # Debian splits venv/ensurepip into python3-venv, and the failed
            # attempt leaves a venv without pip behind.
            rm -rf "$VENV"
            ensure_packages python3-venv
            "$python" -m venv "$VENV" || die "could not create $VENV with $python"
        fi
    fi

    if [[ -f "$STAMP" && "$STAMP" -nt pyproject.toml ]]; then
        return 0
    fi
    say "Installing Pelita and its development tools into $VENV"
    "$VENV/bin/python" -m pip install --disable-pip-version-check -e '.[dev]'
    touch "$STAMP"
}

build() {
    # Compiles ui/*.ui and the translations; fast and idempotent, so always run.
    say "Building forms and translations"
    "$VENV/bin/python" -m desktop.gui.build
}

# ---------------------------------------------------------------------------
# Modes
# ---------------------------------------------------------------------------

mode_run() {
    local packages=("${COMMON_PACKAGES[@]}" "${RUN_PACKAGES[@]}") headless=0
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        headless=1
        packages+=(xvfb xauth)
    elif [[ -n "${WAYLAND_DISPLAY:-}" ]]; then
        # Qt prefers its Wayland plugin when a compositor is there.
        packages+=(libwayland-client0 libwayland-cursor0 libwayland-egl1)
    fi
    ensure_packages "${packages[@]}"
    setup_python
    build

    if ((headless)); then
        say "No screen found (neither DISPLAY nor WAYLAND_DISPLAY is set)," \
            "so Pelita runs on a virtual screen (Xvfb) that nobody can see."
        exec xvfb-run -a -s "-screen 0 1366x768x24" "$VENV/bin/pelita" --demo "$@"
    fi
    exec "$VENV/bin/pelita" --demo "$@"
}

# PyInstaller copies libpython into the bundle, so it must exist as a shared library: a
# Python built without one (Debian's own is, but ships it as libpython3.X) needs the package.
ensure_shared_libpython() {
    if "$VENV/bin/python" -c 'import sysconfig, sys; sys.exit(not sysconfig.get_config_var("Py_ENABLE_SHARED"))'; then
        return 0
    fi
    local version
    version=$("$VENV/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    ensure_packages "libpython$version"
}

setup_checks() {
    ensure_packages "${COMMON_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    setup_python
    ensure_shared_libpython
    build
    export QT_QPA_PLATFORM=offscreen
}

mode_test() {
    setup_checks
    local failed=()
    say "ruff check"
    "$VENV/bin/ruff" check . || failed+=(ruff)
    say "mypy"
    "$VENV/bin/mypy" || failed+=(mypy)
    # Reported before pytest so that pytest's summary stays the last line.
    if ((${#failed[@]})); then
        say "FAILED: ${failed[*]} (running pytest anyway)"
    fi
    say "pytest"
    local status=0
    "$VENV/bin/pytest" "$@" || status=$?
    # Keep pytest's own exit code (e.g. 5: no tests collected) when it is the one that failed.
    if ((status == 0 && ${#failed[@]})); then
        status=1
    fi
    return "$status"
}

mode_bench() {
    setup_checks
    exec "$VENV/bin/python" -m tests.benchmarks "$@"
}

mode_bundle() {
    ensure_packages "${COMMON_PACKAGES[@]}" binutils
    setup_python
    ensure_shared_libpython
    build
    exec "$VENV/bin/python" installer/build_bundle.py "$@"
}

main() {
    local mode=${1:-}
    case "$mode" in
        run | test | bench | bundle) shift ;;
        -h | --help | help) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
    "mode_$mode" "$@"
}

main "$@"
