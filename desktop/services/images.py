"""Checking and normalising images people pick from files (the centre's logo)."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError

from desktop.domain.errors import ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP

LOGO_MAX_PIXELS = 600
FILE_MAX_BYTES = 20 * 1024 * 1024


def normalise_logo(data: bytes) -> bytes:
    """Return the image as a PNG at most 600 px on its long side, or explain why not."""
    if len(data) > FILE_MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The image file is too large (at most 20 MB)."), "logo"
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            image.thumbnail((LOGO_MAX_PIXELS, LOGO_MAX_PIXELS))
            converted = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This file is not an image Pelita can read. Choose a PNG or JPEG."
            ),
            "logo",
        ) from None
    out = io.BytesIO()
    converted.save(out, format="PNG", optimize=True)
    return out.getvalue()
