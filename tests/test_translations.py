"""The Indonesian translation is complete at every commit.

Fails on any string marked in the code or forms that the .ts file lacks, any entry that is
unfinished or empty, and any translation that drops or invents a placeholder.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.gui import build

TS = build.TRANSLATIONS_DIR / "pelita_id.ts"
ROOT = Path(__file__).resolve().parents[1]
PLACEHOLDER = re.compile(r"\{[a-z_:0-9]*\}|%\d")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """What lupdate finds in the sources now."""
    fresh = tmp_path_factory.mktemp("ts") / "fresh.ts"
    files = [str(p) for p in build.translation_sources()]
    subprocess.run(
        [build.tool("pyside6-lupdate"), "-locations", "none", *files, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    return set(_messages(fresh))


def test_every_marked_string_is_in_the_translation_file(extracted: set[tuple[str, str]]) -> None:
    missing = sorted(extracted - set(_messages(TS)))
    assert not missing, (
        f"run `python -m desktop.gui.build --update-translations` and translate: {missing[:20]}"
    )


def test_every_entry_is_translated_and_finished() -> None:
    unfinished = []
    for key, message in _messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue
        # Plural messages keep their text in <numerusform> children.
        if kind == "unfinished" or not "".join(translation.itertext()).strip():
            unfinished.append(key)
    assert not unfinished, unfinished[:20]


def test_translations_keep_their_placeholders() -> None:
    broken = []
    for (context, source), message in _messages(TS).items():
        translation = message.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            broken.append((context, source, text))
    assert not broken, broken[:10]


def test_the_compiled_translation_speaks_indonesian(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from desktop.gui.i18n import install_translator

    app = QCoreApplication.instance()
    assert app is not None
    build.compile_translations()
    try:
        assert install_translator(app, "id")
        assert QCoreApplication.translate("LoginDialog", "&Log in") == "&Masuk"
        assert QCoreApplication.translate("roles", "Clerk") == "Petugas"
    finally:
        install_translator(app, "en")


def test_dates_and_holiday_names_in_messages_follow_the_language(qapp: object) -> None:
    """A service's warning carries the date and the holiday, not their words: the GUI fills
    them in the person's language (an English desk read "17 Agustus" before)."""
    from datetime import date

    from PySide6.QtCore import QCoreApplication

    from desktop.domain.calendar_id import HolidayName
    from desktop.domain.errors import FieldWarning
    from desktop.gui.i18n import install_translator, warning_text

    day = date(2026, 8, 17)
    warning = FieldWarning(
        "No session on {day}, a public holiday: {holiday}.",
        "schedule",
        day=day,
        holiday=HolidayName(day),
    )
    app = QCoreApplication.instance()
    assert app is not None
    build.compile_translations()
    try:
        assert install_translator(app, "id")
        indonesian = warning_text(warning)
    finally:
        install_translator(app, "en")
    assert "17 Agustus 2026" in indonesian and "Hari Kemerdekaan Republik Indonesia" in indonesian
    assert indonesian.startswith("Tidak ada sesi")
    assert warning_text(warning) == (
        "No session on 17 August 2026, a public holiday: Independence Day."
    )


def test_no_translation_wrappers_hide_strings_from_lupdate() -> None:
    """lupdate reads literal `tr("…")` and `translate("Context", "…")` calls only: a helper
    such as `_tr(text)` compiles and runs, and its strings are never extracted (the message
    boxes' OK and Cancel stayed English in Indonesian that way)."""
    import ast

    wrappers = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in ("_tr", "_translate", "tr_"):
                wrappers.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert not wrappers, wrappers


def test_literal_texts_are_translated_in_a_literal_context() -> None:
    """`translate(CONTEXT, "Text")` with the context in a variable runs, yet lupdate files the
    text under no context the program asks for (the dashboard's "All" stayed English); and
    `window.tr("Text")` outside the window's class is filed under "window". A literal text
    needs a literal context; a variable text (a label marked with QT_TRANSLATE_NOOP) may come
    with either."""
    import ast

    def literal(node: ast.expr) -> bool:
        return isinstance(node, ast.Constant) and isinstance(node.value, str)

    found = []
    for path in sorted((ROOT / "desktop" / "gui").rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name, args = node.func.attr, node.args
            hidden = (
                name == "translate" and len(args) >= 2 and literal(args[1]) and not literal(args[0])
            ) or (
                name == "tr"
                and args
                and literal(args[0])
                and not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self")
            )
            if hidden:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not found, found


def test_no_translated_text_is_marked_inside_an_f_string() -> None:
    """lupdate skips `f"{translate('Context', 'Text')}"` and `f"{self.tr('Text')}"`: the code
    runs and the text stays English in Indonesian (the inventory's "Latest movements" did).
    A variable text (marked elsewhere with QT_TRANSLATE_NOOP) may be translated there."""
    import ast

    found = []
    for path in sorted((ROOT / "desktop" / "gui").rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                if not isinstance(inner, ast.Call):
                    continue
                func = inner.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                text = inner.args[1 if name == "translate" else 0] if inner.args else None
                literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
                if name in ("tr", "translate") and literal and len(inner.args) >= 1:
                    found.append(f"{path.relative_to(ROOT)}:{inner.lineno}")
    assert not found, found
