"""Build step for the GUI: Designer forms to Python, translations to .qm.

`python -m desktop.gui.build` compiles ui/*.ui with pyside6-uic into desktop/gui/forms/ui_*.py
and resources/translations/*.ts with pyside6-lrelease into .qm; only what changed is rebuilt.
`python -m desktop.gui.build --update-translations` first re-extracts every marked string from
desktop/ and ui/ into the .ts files (pyside6-lupdate), keeping the existing translations.

Generated files are build output: never edited by hand, never committed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from desktop.gui.form_imports import trim_unused_imports

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "desktop" / "gui" / "forms"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("id",)
BUILD_STEPS_MTIME = max(
    Path(__file__).stat().st_mtime, Path(__file__).with_name("form_imports.py").stat().st_mtime
)


def tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project with `pip install -e .`")
    return found


def _stale(source: Path, target: Path) -> bool:
    # Older than this build step, too: a form compiled before a change here is made again.
    newest = max(source.stat().st_mtime, BUILD_STEPS_MTIME)
    return not target.exists() or target.stat().st_mtime < newest


def compile_forms(force: bool = False) -> list[Path]:
    built = []
    for form in sorted(UI_DIR.glob("*.ui")):
        target = FORMS_DIR / f"ui_{form.stem}.py"
        if force or _stale(form, target):
            subprocess.run(
                [tool("pyside6-uic"), "--from-imports", str(form), "-o", str(target)], check=True
            )
            trim_unused_imports(target)
            built.append(target)
    return built


def translation_sources() -> list[Path]:
    sources = sorted((ROOT / "desktop").rglob("*.py"))
    sources = [p for p in sources if "forms" not in p.parts]
    return sources + sorted(UI_DIR.glob("*.ui"))


def update_translations() -> None:
    for language in LANGUAGES:
        ts = TRANSLATIONS_DIR / f"pelita_{language}.ts"
        files = [str(p) for p in translation_sources()]
        subprocess.run(
            [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *files, "-ts", str(ts)],
            check=True,
        )


def compile_translations(force: bool = False) -> list[Path]:
    built = []
    for ts in sorted(TRANSLATIONS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or _stale(ts, qm):
            subprocess.run(
                [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
            )
            built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.gui.build")
    parser.add_argument("--force", action="store_true", help="rebuild everything")
    parser.add_argument(
        "--update-translations", action="store_true", help="re-extract strings into the .ts files"
    )
    args = parser.parse_args(argv)
    if args.update_translations:
        update_translations()
    forms = compile_forms(args.force)
    translations = compile_translations(args.force or args.update_translations)
    print(f"forms compiled: {len(forms)}, translations compiled: {len(translations)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
