"""Dates and times as the desk shows them, in its language and time zone."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale

from desktop.domain.formatting import format_date


def language() -> str:
    return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"


def show_date_time(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone()
    separator = "." if language() == "id" else ":"
    return f"{format_date(local.date(), language())} {local:%H}{separator}{local:%M}"


def url_label(url: str) -> str:
    """The database as people read it: the file path, or the server without password."""
    if url.startswith("sqlite:///"):
        return url.removeprefix("sqlite:///")
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = (parts.hostname or "") + (f":{parts.port}" if parts.port else "")
    return f"{parts.scheme}://{parts.username + '@' if parts.username else ''}{host}{parts.path}"
