"""Asset labels on A4 sheets of 3 × 8 (desktop.documents.asset_labels, through
services.inventory_labels): the words read back from the PDF, each label's QR code decoded
from the page as poppler prints it at 150 dpi, and nothing drawn where the label's edge or
the next label is."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from desktop.documents.asset_labels import (
    COLUMNS,
    LABEL_H,
    LABEL_W,
    LEFT,
    PER_SHEET,
    ROWS,
    AssetLabel,
    render_asset_labels,
)
from desktop.documents.intake_layout import mm
from desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from desktop.domain.inventory import ItemKind
from desktop.services import inventory_items as inv
from desktop.services.context import Actor
from desktop.services.inventory_labels import asset_labels
from desktop.store.database import Database
from tests.services.test_inventory_items import fabric, machine

DPI = 150
CENTRE = "LKP Pelita Mandiri (Demo)"
PAGE_H = 297 * mm
TOP = (PAGE_H - ROWS * LABEL_H) / 2


def pages(pdf: bytes, folder: Path, name: str) -> list[Image.Image]:
    """Every page as printed, drawn by poppler (not by the library that made it)."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    source = folder / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-png", str(source), str(folder / name)],
        check=True,
        capture_output=True,
    )
    images = [Image.open(path).convert("RGB") for path in sorted(folder.glob(f"{name}-*.png"))]
    shots = os.environ.get("PELITA_SHOTS")
    if shots:  # for a person to look at
        Path(shots).mkdir(parents=True, exist_ok=True)
        for number, image in enumerate(images, start=1):
            image.save(Path(shots) / f"asset-labels-{name}-{number}.png")
    return images


def cell(image: Image.Image, position: int, inset: float = 0) -> Image.Image:
    """The label at `position` (0 is the top left), `inset` points in from its edges."""
    row, column = divmod(position % PER_SHEET, COLUMNS)
    scale = DPI / 72
    left = (LEFT + column * LABEL_W + inset) * scale
    top = (TOP + row * LABEL_H + inset) * scale
    right = (LEFT + (column + 1) * LABEL_W - inset) * scale
    bottom = (TOP + (row + 1) * LABEL_H - inset) * scale
    return image.crop((round(left), round(top), round(right), round(bottom)))


def decoded(image: Image.Image) -> list[str]:
    return [found.text for found in zxingcpp.read_barcodes(image)]


def blank(image: Image.Image) -> bool:
    darkest, _ = image.convert("L").getextrema()
    return bool(darkest > 200)


def edge_is_clear(image: Image.Image, position: int) -> bool:
    """Nothing printed in the outer 2.5 mm of the label: where the cut is and printers stop."""
    whole = cell(image, position)
    band = round(2.5 * mm * DPI / 72)
    width, height = whole.size
    return all(
        blank(whole.crop(box))
        for box in (
            (0, 0, band, height),
            (width - band, 0, width, height),
            (0, 0, width, band),
            (0, height - band, width, height),
        )
    )


def labels(count: int, **changes: str) -> list[AssetLabel]:
    return [
        AssetLabel(
            changes.get("centre", CENTRE),
            changes.get("name", "Mesin jahit Butterfly JH-8190"),
            f"INV-{number:05d}",
            changes.get("serial", f"BT-{number}"),
        )
        for number in range(1, count + 1)
    ]


# -- the document ------------------------------------------------------------------------------


def test_each_label_carries_its_tag_as_words_and_as_a_qr_code(tmp_path: Path) -> None:
    sheet = labels(5)
    pdf = render_asset_labels(sheet, language="en")
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    for label in sheet:
        assert label.asset_tag in text and f"S/N {label.serial_number}" in text
    assert CENTRE in text and "Mesin jahit Butterfly JH-8190" in text
    (page,) = pages(pdf, tmp_path, "five")
    for position, label in enumerate(sheet):
        assert decoded(cell(page, position)) == [label.asset_tag]
        assert edge_is_clear(page, position)
    for position in range(len(sheet), PER_SHEET):
        assert blank(cell(page, position))


def test_a_full_sheet_goes_on_to_the_next_and_a_used_sheet_starts_further_down(
    tmp_path: Path,
) -> None:
    sheet = labels(PER_SHEET + 2)
    assert len(PdfReader(io.BytesIO(render_asset_labels(sheet))).pages) == 2
    pdf = render_asset_labels(labels(3), skip=PER_SHEET - 1)  # one position left on the sheet
    first, second = pages(pdf, tmp_path, "skip")
    assert all(blank(cell(first, position)) for position in range(PER_SHEET - 1))
    assert decoded(cell(first, PER_SHEET - 1)) == ["INV-00001"]
    assert decoded(cell(second, 0)) == ["INV-00002"]
    assert decoded(cell(second, 1)) == ["INV-00003"]


def test_long_names_and_tags_stay_inside_their_label(tmp_path: Path) -> None:
    long = AssetLabel(
        "Lembaga Kursus dan Pelatihan Pelita Mandiri Cabang Kecamatan Cibeber Kabupaten Cianjur",
        "Laptop Lenovo ThinkPad E14 Gen 5 dengan tas, charger dan mouse bawaan pabrik " * 3,
        "LAB-KOMPUTER-2026-000123-CIBEBER-XYZ-ABC",  # 40 characters, the most a tag holds
        "PF-3K2L-XYZ-0000001234567890-" * 3,
    )
    (page,) = pages(render_asset_labels([long, *labels(2)]), tmp_path, "long")
    assert decoded(cell(page, 0)) == [long.asset_tag]
    for position in range(3):
        assert edge_is_clear(page, position)
    assert decoded(cell(page, 1)) == ["INV-00001"]


def test_the_serial_line_is_in_the_sheets_language_and_left_out_when_blank() -> None:
    text = PdfReader(io.BytesIO(render_asset_labels(labels(1, serial="")))).pages[0]
    assert "S/N" not in text.extract_text()
    english = render_asset_labels(labels(1), language="en")
    assert "S/N BT-1" in PdfReader(io.BytesIO(english)).pages[0].extract_text()


# -- the service -------------------------------------------------------------------------------


def test_the_service_prints_the_chosen_equipment_in_the_order_chosen(
    demo_db: Database, admin: Actor, tmp_path: Path
) -> None:
    first = inv.create_item(demo_db, admin, machine(serial="BT-1"))
    second = inv.create_item(demo_db, admin, machine("Laptop Lenovo", serial="PF-2"))
    pdf = asset_labels(demo_db, admin, [second, first, second], language="en")
    text = " ".join(PdfReader(io.BytesIO(pdf)).pages[0].extract_text().split())
    assert CENTRE in text and "Laptop Lenovo" in text and "S/N PF-2" in text
    (page,) = pages(pdf, tmp_path, "service")
    assert decoded(cell(page, 0)) == ["INV-00002"]
    assert decoded(cell(page, 1)) == ["INV-00001"]
    assert blank(cell(page, 2))


def test_the_service_refuses_what_it_cannot_label(
    demo_db: Database, admin: Actor, clerk: Actor
) -> None:
    tagged = inv.create_item(demo_db, admin, machine())
    katun = inv.create_item(demo_db, admin, fabric())
    with pytest.raises(ValidationError) as none:
        asset_labels(demo_db, admin, [])
    assert none.value.field == "items"
    with pytest.raises(ValidationError) as consumable:
        asset_labels(demo_db, admin, [tagged, katun])
    assert consumable.value.english() == (
        "Kain katun is a consumable: only equipment has an asset tag."
    )
    with pytest.raises(NotFound):
        asset_labels(demo_db, admin, [tagged, 999_999])
    with pytest.raises(PermissionDenied):
        asset_labels(demo_db, clerk, [tagged])
    equipment = inv.list_items(demo_db, admin, inv.ItemFilter(kind=ItemKind.EQUIPMENT))
    assert [row.id for row in equipment] == [tagged]
