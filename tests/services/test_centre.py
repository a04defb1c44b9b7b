"""First-start setup, the centre's profile and logo, and centre-wide settings."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image
from sqlalchemy import func, select

from desktop.domain.centre import CentreProfile, InstitutionType
from desktop.domain.errors import Conflict, ValidationError, ValidationErrors
from desktop.domain.roles import Role
from desktop.services import accounts, centre, settings
from desktop.services.centre import get_profile, is_demo, needs_setup, setup_centre, update_profile
from desktop.services.context import Actor
from desktop.services.images import LOGO_MAX_PIXELS, normalise_logo
from desktop.services.settings import CentreSettings, get_settings, update_settings
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Centre, Setting, User

PROFILE = CentreProfile(
    name="  BLK   Kabupaten Cianjur ",
    institution_type=InstitutionType.BLK,
    address="Jl. Raya Bandung No. 5\nCianjur",
    head_name="Ir. Asep Suryana",
    head_title="Kepala UPTD BLK",
    head_nip="19700315 200003 1 001",
    certificate_pattern="{seq:4}/{centre}/{roman_month}/{year}",
)


def _image(size: tuple[int, int], fmt: str = "PNG", mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (200, 40, 40) if mode == "RGB" else 128).save(out, format=fmt)
    return out.getvalue()


def _rows(db: Database) -> tuple[int, int, int, int]:
    with db.sessions() as session:
        counts = [
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Centre, User, AuditEntry, Setting)
        ]
    return counts[0], counts[1], counts[2], counts[3]


def _setup(db: Database, profile: CentreProfile = PROFILE, **kwargs: object) -> Actor:
    return setup_centre(db, profile, "kepala", "Asep Suryana", "sandi-kepala", **kwargs)  # type: ignore[arg-type]


# -- first start --------------------------------------------------------------------------


def test_new_database_needs_setup(db: Database) -> None:
    assert needs_setup(db)
    assert get_profile(db) is None
    assert not is_demo(db)


def test_setup_creates_the_centre_and_its_first_admin(db: Database) -> None:
    actor = _setup(db)
    assert not needs_setup(db)
    assert actor.role is Role.ADMIN and actor.username == "kepala"
    assert [u.username for u in accounts.list_users(db, actor)] == ["kepala"]
    assert accounts.authenticate(db, "kepala", "sandi-kepala").role is Role.ADMIN
    profile = get_profile(db)
    assert profile == replace(
        PROFILE, name="BLK Kabupaten Cianjur", head_nip="197003152000031001", code="BKC"
    )
    assert not is_demo(db)


def test_setup_reports_every_fault_and_writes_nothing(db: Database) -> None:
    bad = replace(PROFILE, name="   ", head_nip="1234", certificate_pattern="{year}/{centre}")
    with pytest.raises(ValidationErrors) as caught:
        _setup(db, bad)
    fields = [error.field for error in caught.value.errors]
    assert sorted(fields) == ["certificate_pattern", "head_nip", "name"]
    assert all(error.english() for error in caught.value.errors)
    assert _rows(db) == (0, 0, 0, 0)
    assert needs_setup(db)


@pytest.mark.parametrize(
    ("username", "full_name", "password", "field"),
    [
        ("ke pala", "Asep", "sandi-kepala", "username"),
        ("kepala", "", "sandi-kepala", "full_name"),
        ("kepala", "Asep", "kepala", "password"),
    ],
)
def test_setup_with_a_bad_first_admin_writes_nothing(
    db: Database, username: str, full_name: str, password: str, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        setup_centre(db, PROFILE, username, full_name, password)
    assert caught.value.field == field
    assert _rows(db) == (0, 0, 0, 0)


def test_second_setup_is_a_conflict(db: Database) -> None:
    _setup(db)
    before = _rows(db)
    with pytest.raises(Conflict) as caught:
        setup_centre(db, replace(PROFILE, name="LKP Lain"), "lain", "Orang Lain", "sandi-lain")
    assert "already set up" in caught.value.english()
    assert _rows(db) == before
    profile = get_profile(db)
    assert profile is not None and profile.name == "BLK Kabupaten Cianjur"


# -- the logo -----------------------------------------------------------------------------


def test_large_logo_is_shrunk_to_a_png_of_at_most_600_px(db: Database) -> None:
    _setup(db, logo_file=_image((1500, 900), "JPEG"))
    profile = get_profile(db)
    assert profile is not None and profile.logo_png is not None
    assert profile.logo_png.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(profile.logo_png)) as logo:
        assert logo.format == "PNG"
        assert logo.size == (LOGO_MAX_PIXELS, 360)  # shape kept
        assert max(logo.size) <= 600


@pytest.mark.parametrize(
    ("size", "fmt", "mode"),
    [
        ((120, 80), "PNG", "RGB"),
        ((64, 64), "GIF", "P"),
        ((601, 10), "BMP", "RGB"),
        ((40, 700), "PNG", "L"),
    ],
)
def test_logo_formats(size: tuple[int, int], fmt: str, mode: str) -> None:
    png = normalise_logo(_image(size, fmt, mode))
    with Image.open(io.BytesIO(png)) as logo:
        assert logo.format == "PNG"
        assert max(logo.size) <= LOGO_MAX_PIXELS
        if max(size) <= LOGO_MAX_PIXELS:
            assert logo.size == size  # small logos are not enlarged


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"this is not an image",
        b"%PDF-1.7\n",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,  # a PNG signature and nothing real behind it
        _image((50, 50))[:60],  # cut off
    ],
    ids=["empty", "text", "pdf", "png-signature", "truncated"],
)
def test_bytes_that_are_not_an_image(db: Database, data: bytes) -> None:
    with pytest.raises(ValidationError) as direct:
        normalise_logo(data)
    assert direct.value.field == "logo"
    assert "PNG or JPEG" in direct.value.english()
    with pytest.raises(ValidationErrors) as caught:
        _setup(db, logo_file=data)
    assert [error.field for error in caught.value.errors] == ["logo"]
    assert caught.value.field == "logo"
    assert _rows(db) == (0, 0, 0, 0)


def test_bad_logo_and_bad_fields_are_reported_together(db: Database) -> None:
    with pytest.raises(ValidationErrors) as caught:
        _setup(db, replace(PROFILE, name=""), logo_file=b"not an image")
    assert {error.field for error in caught.value.errors} == {"logo", "name"}


def test_bad_logo_on_update_keeps_the_old_one(db: Database) -> None:
    actor = _setup(db, logo_file=_image((100, 100)))
    profile = get_profile(db)
    assert profile is not None and profile.logo_png
    with pytest.raises(ValidationErrors) as caught:
        update_profile(db, actor, replace(profile, name="Nama Baru"), logo_file=b"GIF89a broken")
    assert caught.value.field == "logo"
    assert get_profile(db) == profile


# -- changing the profile -----------------------------------------------------------------


def test_update_profile_is_stored_and_audited(db: Database) -> None:
    actor = _setup(db, logo_file=_image((100, 100)))
    before = get_profile(db)
    assert before is not None
    changed = update_profile(
        db, actor, replace(before, name="BLK  Cianjur Baru", head_nip="", code="blk-cjr")
    )
    assert changed.name == "BLK Cianjur Baru"
    assert changed.code == "BLK-CJR"
    after = get_profile(db)
    assert after == changed
    assert after is not None and after.logo_png == before.logo_png  # kept when not replaced
    with db.sessions() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None
    assert (entry.action, entry.entity, entry.username) == ("centre.update", "centre", "kepala")
    assert entry.before is not None and entry.after is not None
    assert (entry.before["name"], entry.after["name"]) == ("BLK Kabupaten Cianjur", changed.name)
    assert (entry.before["head_nip"], entry.after["head_nip"]) == ("197003152000031001", "")
    assert (entry.before["code"], entry.after["code"]) == ("BKC", "BLK-CJR")
    assert entry.after["logo_png"] == f"{len(before.logo_png or b'')} bytes"  # never the image


def test_update_profile_replaces_the_logo(db: Database) -> None:
    actor = _setup(db)
    profile = get_profile(db)
    assert profile is not None and profile.logo_png is None
    update_profile(db, actor, profile, logo_file=_image((800, 800)))
    stored = get_profile(db)
    assert stored is not None and stored.logo_png is not None
    with Image.open(io.BytesIO(stored.logo_png)) as logo:
        assert logo.size == (600, 600)


def test_update_profile_validates_everything(db: Database) -> None:
    actor = _setup(db)
    profile = get_profile(db)
    assert profile is not None
    with pytest.raises(ValidationErrors) as caught:
        update_profile(db, actor, replace(profile, name="", certificate_pattern="{tahun}"))
    assert {e.field for e in caught.value.errors} == {"name", "certificate_pattern"}
    assert get_profile(db) == profile


def test_profile_is_readable_without_logging_in(demo_db: Database) -> None:
    profile = get_profile(demo_db)
    assert profile is not None
    assert profile.name == "LKP Pelita Mandiri (Demo)"
    assert profile.institution_type is InstitutionType.LKP
    assert profile.code == "LKP-PM"


# -- settings -----------------------------------------------------------------------------


def test_idle_lock_defaults_to_five_minutes(db: Database) -> None:
    assert get_settings(db) == CentreSettings(idle_lock_minutes=5)


@pytest.mark.parametrize("minutes", [0, 1, 30, 240])
def test_idle_lock_can_be_changed(demo_db: Database, admin: Actor, minutes: int) -> None:
    assert update_settings(demo_db, admin, CentreSettings(minutes)).idle_lock_minutes == minutes
    assert get_settings(demo_db).idle_lock_minutes == minutes


@pytest.mark.parametrize("minutes", [-1, 241, 10_000])
def test_idle_lock_out_of_range(demo_db: Database, admin: Actor, minutes: int) -> None:
    entries = _rows(demo_db)
    with pytest.raises(ValidationError) as caught:
        update_settings(demo_db, admin, CentreSettings(minutes))
    assert caught.value.field == "idle_lock_minutes"
    assert caught.value.params == {"max": 240}
    assert "240" in caught.value.english()
    assert get_settings(demo_db).idle_lock_minutes == 5
    assert _rows(demo_db) == entries


def test_settings_update_is_audited_and_shared(demo_db: Database, admin: Actor) -> None:
    update_settings(demo_db, admin, CentreSettings(20))
    update_settings(demo_db, admin, CentreSettings(45))
    with demo_db.sessions() as session:
        entries = list(
            session.scalars(
                select(AuditEntry)
                .where(AuditEntry.action == "settings.update")
                .order_by(AuditEntry.id)
            )
        )
    assert [(e.before, e.after) for e in entries] == [
        ({"idle_lock_minutes": 5}, {"idle_lock_minutes": 20}),
        ({"idle_lock_minutes": 20}, {"idle_lock_minutes": 45}),
    ]
    assert {e.username for e in entries} == {"admin"}
    # Another desk opening the same database sees the value.
    assert settings.get_settings(demo_db).idle_lock_minutes == 45
    assert centre.get_profile(demo_db) is not None
