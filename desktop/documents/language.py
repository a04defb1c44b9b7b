"""Printing documents in the desk's language without Qt.

The GUI translates with Qt's .qm files; a PDF may be made where Qt is never loaded (the
command line, a worker without a QApplication), so the Linguist source (.ts) is read here
directly. It is the same text the translators keep complete, so both say the same thing.

Strings in documents are English source text marked `QT_TRANSLATE_NOOP("documents", "...")`.
Call the translation with a context held in a variable (`tr(DOCUMENTS, text)`), never a
literal: lupdate takes any `tr("x", ...)` call for Qt's own tr() and would extract "x" as a
message of its own.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from desktop.paths import resource_path

Translate = Callable[[str, str], str]  # (context, English source) -> text to print

DOCUMENTS = "documents"  # the translation context of text written for documents
CHOICES = "choices"  # desktop.domain.choices labels
INSTITUTIONS = "institutions"  # desktop.domain.centre labels
SOURCE_LANGUAGE = "en"


def ts_file(language: str) -> Path:
    return resource_path("translations", f"pelita_{language}.ts")


def translator(language: str, *, ts: Path | None = None) -> Translate:
    """Translate into `language`; English, or a language without a .ts file, prints the source.

    `ts` replaces the shipped translation file (tests)."""
    if language == SOURCE_LANGUAGE:
        return _source
    path = ts or ts_file(language)
    if not path.is_file():
        return _source
    messages = _messages(path.resolve())

    def translate(context: str, source: str) -> str:
        return messages.get((context, source), source)

    return translate


def _source(context: str, source: str) -> str:
    return source


@functools.lru_cache(maxsize=8)
def _messages(path: Path) -> dict[tuple[str, str], str]:
    """The finished translations of a .ts file by (context, source).

    Unfinished, vanished and obsolete entries are left out, as lrelease leaves them out of the
    .qm: a half-done translation must not reach paper the GUI would not show either."""
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue
            if message.get("numerus") == "yes":
                continue  # plural forms: no document uses them yet
            text = "".join(translation.itertext())
            if text.strip():
                found.setdefault((name, source), text)
    return found
