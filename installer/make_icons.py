"""The app icons for the bundle and the installers, drawn from resources/icons/pelita.svg.

    python installer/make_icons.py OUTDIR

writes OUTDIR/pelita.ico (16 to 256 px: the Windows exe, its shortcuts and the setup program)
and OUTDIR/pelita.png (256 px: the Linux desktop entry). Each size is rendered from the SVG
on its own, so the 16 and 24 px icons are drawn for their grid instead of being blurred down
from the large one. Pillow cannot read SVG, so Qt's renderer draws and Pillow writes the ICO.

The build imports `make_icons` from this file by path (installer/ is not a package).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PIL.Image import Image
    from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "pelita.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIZE = 256  # one of ICO_SIZES
# The QGuiApplication this module made, kept for the life of the process: Qt objects made
# later need it alive.
_app: object | None = None


def _ensure_qt_application() -> None:
    """QPainter needs a QGuiApplication; the offscreen platform needs no display (a build
    machine or CI has none). An application that already exists (a test's) is used as is."""
    from PySide6.QtGui import QGuiApplication

    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([sys.argv[0]])


def _render(renderer: QSvgRenderer, size: int) -> Image:
    """The SVG drawn into a size x size RGBA image with a transparent background."""
    from PIL import Image
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    canvas = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    # Straight (not premultiplied) RGBA is what Pillow's "RGBA" mode holds.
    rgba = canvas.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(rgba.constBits())
    return Image.frombuffer("RGBA", (size, size), data, "raw", "RGBA", rgba.bytesPerLine(), 1)


def make_icons(outdir: Path, svg: Path = SVG) -> tuple[Path, Path]:
    """Writes pelita.ico and pelita.png into outdir (made if missing); returns (ico, png)."""
    from PySide6.QtSvg import QSvgRenderer

    _ensure_qt_application()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a readable SVG: {svg}")
    outdir.mkdir(parents=True, exist_ok=True)
    images = {size: _render(renderer, size) for size in ICO_SIZES}
    ico = outdir / "pelita.ico"
    largest = images[max(ICO_SIZES)]
    # Pillow takes each size from the image of that size when one is given (append_images)
    # and only scales down when none is; the base image must be the largest.
    largest.save(
        ico,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES if size != max(ICO_SIZES)],
    )
    png = outdir / "pelita.png"
    images[PNG_SIZE].save(png, format="PNG")
    return ico, png


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python installer/make_icons.py OUTDIR", file=sys.stderr)
        return 2
    for path in make_icons(Path(argv[0])):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
