"""Marking translatable text below the GUI, where Qt may not be imported.

Qt's lupdate finds `QT_TRANSLATE_NOOP("context", "text")` by name in any Python file, so the
domain and services mark their messages with this function; the GUI translates them with
`QCoreApplication.translate(context, text)` when it shows them.
"""

MESSAGES = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
