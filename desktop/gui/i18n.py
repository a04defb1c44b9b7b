"""Loading the translation and turning service errors into the person's language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.domain.errors import FieldWarning, PelitaError, fill
from desktop.paths import resource_path

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Install Pelita's translation (source strings are English, so "en" needs none)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English)
    )
    if language == "en":
        return True
    translator = QTranslator(app)
    if not translator.load(str(resource_path("translations", f"pelita_{language}.qm"))):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    # Qt ships no Indonesian translation of its own buttons: desktop.gui.dialogs names them.
    return True


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# Where errors are marked: most in "messages"; the programme area's in its own contexts.
MESSAGE_CONTEXTS = ("messages", "programmes", "eligibility", "certificates")


def translated(
    text: str, params: Mapping[str, Any], contexts: Sequence[str] = MESSAGE_CONTEXTS
) -> str:
    """A source string from below the GUI (an error, a warning, a reason) in the person's
    language, found in the first of `contexts` that translates it, its values filled in that
    language too (dates, holiday names: desktop.domain.errors.fill)."""
    found = text
    for context in contexts:
        candidate = QCoreApplication.translate(context, text)
        if candidate != text:
            found = candidate
            break
    language = "id" if QLocale().language() == QLocale.Language.Indonesian else "en"
    try:
        return fill(found, params, language)
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the message.
        return fill(text, params, "en")


def message(error: PelitaError) -> str:
    """The error in the person's language, with its values filled in."""
    return translated(error.text, error.params)


def warning_text(warning: FieldWarning) -> str:
    """A warning (a holiday skipped, a clash, a NIK to check) in the person's language."""
    return translated(warning.text, warning.params)


def warnings_text(warnings: Iterable[FieldWarning]) -> str:
    return "\n".join(warning_text(warning) for warning in warnings)
