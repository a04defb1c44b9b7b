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


PHOTO_MAX_PIXELS = 480


def normalise_photo(data: bytes) -> bytes:
    """A participant's photo as a JPEG of at most 480 px (about 40 KB): enough for a profile
    and a certificate, small enough for a million of them. Turned upright from the camera's
    EXIF orientation, which phones set instead of rotating the pixels."""
    from PIL import ImageOps

    if len(data) > FILE_MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "The image file is too large (at most 20 MB)."), "photo"
        )
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)
            upright.thumbnail((PHOTO_MAX_PIXELS, PHOTO_MAX_PIXELS))
            converted = upright.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "messages", "This file is not an image Pelita can read. Choose a PNG or JPEG."
            ),
            "photo",
        ) from None
    out = io.BytesIO()
    converted.save(out, format="JPEG", quality=85, optimize=True)
    return out.getvalue()
