"""Documents speak the desk's language without Qt, from the same .ts the translators keep."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import desktop.documents
from desktop.documents import language
from desktop.documents.language import translator

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>documents</name>
    <message>
        <source>Participant registration form</source>
        <translation>Formulir pendaftaran peserta</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished">Jenis kelamin</translation>
    </message>
    <message>
        <source>Province</source>
        <translation></translation>
    </message>
    <message>
        <source>Old wording</source>
        <translation type="vanished">Kata lama</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def ts(tmp_path: Path) -> Path:
    path = tmp_path / "pelita_id.ts"
    path.write_text(TS, encoding="utf-8")
    return path


def test_finished_translations_are_used(ts: Path) -> None:
    tr = translator("id", ts=ts)
    assert tr("documents", "Participant registration form") == "Formulir pendaftaran peserta"
    assert tr("choices", "Female") == "Perempuan"


def test_the_context_tells_equal_sources_apart(ts: Path) -> None:
    assert translator("id", ts=ts)("documents", "Female") == "Female"


@pytest.mark.parametrize("source", ["Sex", "Province", "Old wording", "Not in the file"])
def test_unfinished_empty_vanished_and_missing_fall_back_to_english(ts: Path, source: str) -> None:
    assert translator("id", ts=ts)("documents", source) == source


def test_english_is_the_source_text(ts: Path) -> None:
    tr = translator("en", ts=ts)
    assert tr("documents", "Participant registration form") == "Participant registration form"


def test_a_language_without_a_translation_file_prints_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(language, "ts_file", lambda code: tmp_path / f"pelita_{code}.ts")
    assert translator("jv")("documents", "Province") == "Province"


def test_the_shipped_translation_file_is_read() -> None:
    assert language.ts_file("id").is_file()
    # A context whose strings are already in the file (the GUI's roles).
    assert translator("id")("roles", "Clerk") == "Petugas"


def _calls(tree: ast.AST, names: set[str]) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and (
            (isinstance(node.func, ast.Name) and node.func.id in names)
            or (isinstance(node.func, ast.Attribute) and node.func.attr in names)
        )
    ]


def test_document_strings_are_marked_so_lupdate_finds_them() -> None:
    """lupdate reads `QT_TRANSLATE_NOOP("documents", "...")` only with literal strings, and
    takes any `tr("x", ...)` or `translate("x", ...)` for Qt's own, extracting "x" as a message."""
    package = Path(desktop.documents.__file__).parent
    for path in sorted(package.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _calls(tree, {"QT_TRANSLATE_NOOP"}):
            args = [a.value for a in call.args if isinstance(a, ast.Constant)]
            # "messages": refusals a reader of a file gives (an import), shown like any other.
            assert len(args) == 2 and args[0] in {"documents", "messages"}, (
                f"{path.name}:{call.lineno}"
            )
        for call in _calls(tree, {"tr", "translate"}):
            first = call.args[0] if call.args else None
            assert not isinstance(first, ast.Constant), f"{path.name}:{call.lineno}"
