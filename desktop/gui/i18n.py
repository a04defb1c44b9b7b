"""Loading the translation and turning service errors into the person's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.domain.errors import PelitaError
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
MESSAGE_CONTEXTS = ("messages", "programmes", "eligibility")


def message(error: PelitaError) -> str:
    """The error in the person's language, with its values filled in."""
    text = error.text
    for context in MESSAGE_CONTEXTS:
        found = QCoreApplication.translate(context, error.text)
        if found != error.text:
            text = found
            break
    try:
        return text.format(**error.params) if error.params else text
    except (KeyError, IndexError, ValueError):
        # A translation with a broken placeholder must not hide the message.
        return error.english()
