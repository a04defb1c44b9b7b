"""How certificates look, on SQLite and PostgreSQL: the style saved, versioned and audited,
its bad input refused field by field; the signature image and the sponsors' logos checked and
shrunk like the centre's logo, and both reaching the certificate's look."""

from __future__ import annotations

import contextlib
import io
import threading
from datetime import UTC, datetime
from typing import Any

import pytest
from PIL import Image
from sqlalchemy import select

from desktop.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from desktop.domain.sponsor import SponsorKind
from desktop.services import certificate_style, cohorts, sponsors
from desktop.services.certificate_common import look_of
from desktop.services.certificate_style import (
    PLACE_MAX,
    CertificateStyleInput,
    get_style,
    save_style,
    set_signature,
)
from desktop.services.context import Actor, acting
from desktop.services.images import FILE_MAX_BYTES, LOGO_MAX_PIXELS
from desktop.store.certificates import CertificateStyle
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Programme
from desktop.store.training import Sponsor
from tests.services.test_sponsors import weaving

NOW = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
NOT_AN_IMAGE = "This file is not an image Pelita can read. Choose a PNG or JPEG."


@pytest.fixture
def desk(demo_db: Database, admin: Actor) -> Database:
    demo_db.clock = lambda: NOW
    return demo_db


def image(width: int, height: int, fmt: str = "PNG", mode: str = "RGBA") -> bytes:
    colour = (20, 40, 160, 128) if mode == "RGBA" else (20, 40, 160)
    picture = Image.new(mode, (width, height), colour)
    out = io.BytesIO()
    picture.save(out, format=fmt)
    return out.getvalue()


def size_of(png: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(png)) as picture:
        assert picture.format == "PNG"
        return picture.size


def audit(db: Database, action: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.action == action).order_by(AuditEntry.id)
            )
        )


def style_rows(db: Database) -> int:
    with db.sessions() as session:
        return len(session.scalars(select(CertificateStyle.id)).all())


# Files people pick by mistake, and what is wrong with them.
BAD_IMAGES = [
    pytest.param(b"", id="empty file"),
    pytest.param(b"\x00\x01\x02 random bytes \xff" * 50, id="random bytes"),
    pytest.param(b"Tanda tangan kepala LPK", id="text file"),
    pytest.param(b"%PDF-1.7\n1 0 obj<<>>endobj\n", id="a PDF"),
    pytest.param(image(200, 80)[:60], id="PNG cut short"),
    pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, id="PNG header only"),
]


# --- the style ---------------------------------------------------------------------------------


def test_before_any_save_the_defaults_apply(desk: Database, admin: Actor) -> None:
    style = get_style(desk, admin)
    assert (style.place, style.english, style.photo, style.version) == ("", False, False, 0)
    assert not style.has_signature and style.signature_png is None
    assert style_rows(desk) == 0  # reading writes nothing


def test_a_saved_style_is_kept_versioned_audited_and_used_for_certificates(
    desk: Database, admin: Actor
) -> None:
    saved = save_style(desk, admin, CertificateStyleInput("  Kabupaten   Cianjur ", True, True), 0)
    assert (saved.place, saved.english, saved.photo, saved.version) == (
        "Kabupaten Cianjur",
        True,
        True,
        1,
    )
    assert get_style(desk, admin) == saved
    again = save_style(desk, admin, CertificateStyleInput("Cianjur", False, True), saved.version)
    assert again.version == 2 and get_style(desk, admin).place == "Cianjur"
    assert style_rows(desk) == 1
    first, second = audit(desk, "certificate.style")
    assert first.before is None
    assert first.after == {
        "place": "Kabupaten Cianjur",
        "english": True,
        "photo": True,
        "version": 1,
    }
    assert second.before == {"place": "Kabupaten Cianjur", "english": True, "photo": True}
    assert second.after == {"place": "Cianjur", "english": False, "photo": True, "version": 2}
    with acting(desk, admin) as work:
        look = look_of(work, None)
    assert look.place == "Cianjur" and look.english is False


def test_a_save_over_a_style_changed_meanwhile_is_refused(desk: Database, admin: Actor) -> None:
    save_style(desk, admin, CertificateStyleInput("Cianjur", False, False), 0)
    # Another desk loaded the defaults before that save, and saves now.
    with pytest.raises(Conflict) as refused:
        save_style(desk, admin, CertificateStyleInput("Bandung", True, True), 0)
    assert "Someone else changed" in refused.value.english()
    assert get_style(desk, admin).place == "Cianjur"
    # A signature set since the form loaded counts as a change too.
    set_signature(desk, admin, image(100, 40))
    with pytest.raises(Conflict):
        save_style(desk, admin, CertificateStyleInput("Bandung", True, True), 1)
    assert save_style(desk, admin, CertificateStyleInput("Bandung", True, True), 2).version == 3


def test_two_desks_saving_the_first_style_at_once_make_one_row(
    desk: Database, admin: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both loaded the defaults (version 0): one save wins, the other hears of it. Each desk
    waits, once it has read the style, for the other to have read it too, so that without a
    lock both would find no row and make one; with it, the second cannot read until the first
    is done (its wait then gives up after a second, and it goes on)."""
    start = threading.Barrier(2)
    both_read = threading.Barrier(2, timeout=1)
    outcomes: list[str] = []
    read_style = certificate_style._row

    def read_then_wait(work: Any) -> Any:
        row = read_style(work)
        with contextlib.suppress(threading.BrokenBarrierError):
            both_read.wait()
        return row

    monkeypatch.setattr(certificate_style, "_row", read_then_wait)

    def save(place: str) -> None:
        start.wait()
        try:
            save_style(desk, admin, CertificateStyleInput(place, False, False), 0)
            outcomes.append("saved")
        except Conflict:
            outcomes.append("refused")

    desks = [threading.Thread(target=save, args=(place,)) for place in ("Cianjur", "Bandung")]
    for thread in desks:
        thread.start()
    for thread in desks:
        thread.join()
    assert sorted(outcomes) == ["refused", "saved"]
    assert style_rows(desk) == 1 and get_style(desk, admin).version == 1


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        pytest.param("Bantul\x00", "Remove the invisible control characters", id="NUL"),
        pytest.param("Ban\ttul", "Remove the invisible control characters", id="tab inside"),
        pytest.param("Bantul\x1b[31m", "Remove the invisible control characters", id="escape"),
        pytest.param("x" * (PLACE_MAX + 1), "101 characters long; the limit is 100", id="101"),
        pytest.param(
            "Kota " + "a" * PLACE_MAX, "characters long; the limit is 100", id="long with spaces"
        ),
    ],
)
def test_a_bad_place_is_refused_next_to_the_field(
    desk: Database, admin: Actor, place: str, expected: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        save_style(desk, admin, CertificateStyleInput(place, True, False), 0)
    assert refused.value.field == "place"
    assert expected in refused.value.english()
    assert style_rows(desk) == 0 and not audit(desk, "certificate.style")


@pytest.mark.parametrize(
    ("place", "kept"),
    [("", ""), ("   ", ""), ("y" * PLACE_MAX, "y" * PLACE_MAX), ("Désa Nur'aini", "Désa Nur'aini")],
    ids=["empty", "spaces", "exactly 100", "accents"],
)
def test_a_place_within_the_rules_is_kept(
    desk: Database, admin: Actor, place: str, kept: str
) -> None:
    assert save_style(desk, admin, CertificateStyleInput(place, False, False), 0).place == kept


def test_only_an_admin_sees_and_sets_the_style(
    desk: Database, clerk: Actor, instructor: Actor
) -> None:
    for actor in (clerk, instructor):
        with pytest.raises(PermissionDenied):
            get_style(desk, actor)
        with pytest.raises(PermissionDenied):
            save_style(desk, actor, CertificateStyleInput("Cianjur", False, False), 0)
        with pytest.raises(PermissionDenied):
            set_signature(desk, actor, image(100, 40))
    assert style_rows(desk) == 0


# --- the signature -----------------------------------------------------------------------------


def test_a_signature_is_shrunk_kept_as_png_and_printed(desk: Database, admin: Actor) -> None:
    view = set_signature(desk, admin, image(2400, 900))
    assert view.has_signature and view.version == 1
    assert view.signature_png is not None
    width, height = size_of(view.signature_png)
    assert width == LOGO_MAX_PIXELS and height == 225  # proportions kept
    with acting(desk, admin) as work:
        assert look_of(work, None).signature_png == view.signature_png
    # A photographed signature (JPEG) is taken too, and kept as PNG.
    jpeg = set_signature(desk, admin, image(300, 120, "JPEG", "RGB"))
    assert jpeg.signature_png is not None and size_of(jpeg.signature_png) == (300, 120)
    # The audit trail says what happened, without the picture.
    entries = audit(desk, "certificate.style")
    assert entries[0].before == {"signature": False}
    assert entries[0].after is not None and entries[0].after["signature"].endswith(" bytes")
    # The style's other settings are left alone.
    assert get_style(desk, admin).place == ""


def test_a_signature_is_removed(desk: Database, admin: Actor) -> None:
    saved = save_style(desk, admin, CertificateStyleInput("Cianjur", True, False), 0)
    set_signature(desk, admin, image(100, 40))
    removed = set_signature(desk, admin, None)
    assert not removed.has_signature and removed.version == saved.version + 2
    assert removed.place == "Cianjur" and removed.english
    with acting(desk, admin) as work:
        assert look_of(work, None).signature_png is None
    assert audit(desk, "certificate.style")[-1].after == {"signature": None, "version": 3}


@pytest.mark.parametrize("data", BAD_IMAGES)
def test_a_file_that_is_not_an_image_is_refused_as_signature(
    desk: Database, admin: Actor, data: bytes
) -> None:
    set_signature(desk, admin, image(100, 40))
    kept = get_style(desk, admin)
    with pytest.raises(ValidationError) as refused:
        set_signature(desk, admin, data)
    assert refused.value.field == "signature"
    assert refused.value.english() == NOT_AN_IMAGE
    assert get_style(desk, admin) == kept  # the signature on record stays


def test_a_huge_file_is_refused_before_it_is_read(desk: Database, admin: Actor) -> None:
    with pytest.raises(ValidationError) as refused:
        set_signature(desk, admin, b"\x89PNG" + b"\x00" * FILE_MAX_BYTES)
    assert refused.value.field == "signature"
    assert "too large" in refused.value.english()


# --- the sponsors' logos -----------------------------------------------------------------------


@pytest.fixture
def programme_id(desk: Database) -> int:
    with desk.sessions.begin() as session:
        row = Programme(
            code="TNN", name="Tenun Ikat", skill_area="Tenun", hours_jp=80,
            default_capacity=12, active=True,
        )  # fmt: skip
        session.add(row)
        session.flush()
        return row.id


def stored_logo(db: Database, sponsor_id: int) -> bytes | None:
    with db.sessions() as session:
        return session.scalar(select(Sponsor.logo_png).where(Sponsor.id == sponsor_id))


def test_a_sponsor_logo_reaches_the_certificates_of_its_cohorts(
    desk: Database, admin: Actor, programme_id: int
) -> None:
    kain = sponsors.create_sponsor(desk, admin, "PT Kain Jaya", SponsorKind.COMPANY)
    dinas = sponsors.create_sponsor(desk, admin, "Dinas Koperasi", SponsorKind.GOVERNMENT)
    cohort = cohorts.create_cohort(
        desk, admin, weaving(programme_id, sponsor_ids=(kain.id, dinas.id))
    ).cohort
    png = sponsors.set_logo(desk, admin, kain.id, image(1200, 300))
    assert png is not None and size_of(png) == (LOGO_MAX_PIXELS, 150)
    assert stored_logo(desk, kain.id) == png
    with acting(desk, admin) as work:
        assert look_of(work, cohort.id).sponsor_logos == (png,)  # Dinas has none
        assert look_of(work, None).sponsor_logos == ()
    entry = audit(desk, "sponsor.logo")[-1]
    assert entry.entity_id == str(kain.id)
    assert entry.before == {"logo_png": None} and entry.after == {"logo_png": f"{len(png)} bytes"}

    sponsors.clear_logo(desk, admin, kain.id)
    assert stored_logo(desk, kain.id) is None
    with acting(desk, admin) as work:
        assert look_of(work, cohort.id).sponsor_logos == ()


def test_a_sponsor_is_added_with_its_logo(desk: Database, admin: Actor) -> None:
    row = sponsors.create_sponsor(
        desk, admin, "Yayasan Tenun", SponsorKind.NGO, logo=image(80, 80, "JPEG", "RGB")
    )
    logo = stored_logo(desk, row.id)
    assert logo is not None and size_of(logo) == (80, 80)
    entry = audit(desk, "sponsor.create")[-1]
    assert entry.after == {"name": "Yayasan Tenun", "kind": "ngo", "logo_png": f"{len(logo)} bytes"}


@pytest.mark.parametrize("data", BAD_IMAGES)
def test_a_file_that_is_not_an_image_is_refused_as_sponsor_logo(
    desk: Database, admin: Actor, data: bytes
) -> None:
    kain = sponsors.create_sponsor(desk, admin, "PT Kain Jaya", SponsorKind.COMPANY)
    before = sponsors.set_logo(desk, admin, kain.id, image(60, 60))
    with pytest.raises(ValidationError) as refused:
        sponsors.set_logo(desk, admin, kain.id, data)
    assert refused.value.field == "logo" and refused.value.english() == NOT_AN_IMAGE
    assert stored_logo(desk, kain.id) == before
    with pytest.raises(ValidationError) as refused:
        sponsors.create_sponsor(desk, admin, "CV Benang", SponsorKind.COMPANY, logo=data)
    assert refused.value.field == "logo"
    assert [row.name for row in sponsors.list_sponsors(desk, admin)] == ["PT Kain Jaya"]


def test_a_new_sponsor_with_a_bad_name_and_a_bad_logo_hears_of_both(
    desk: Database, admin: Actor
) -> None:
    with pytest.raises(ValidationErrors) as refused:
        sponsors.create_sponsor(desk, admin, "  ", SponsorKind.NGO, logo=b"not a picture")
    assert [error.field for error in refused.value.errors] == ["name", "logo"]


def test_the_logo_of_a_sponsor_not_on_record_or_by_a_clerk_is_refused(
    desk: Database, admin: Actor, clerk: Actor
) -> None:
    with pytest.raises(NotFound):
        sponsors.set_logo(desk, admin, 9999, image(60, 60))
    kain = sponsors.create_sponsor(desk, admin, "PT Kain Jaya", SponsorKind.COMPANY)
    with pytest.raises(PermissionDenied):
        sponsors.set_logo(desk, clerk, kain.id, image(60, 60))
    with pytest.raises(PermissionDenied):
        sponsors.clear_logo(desk, clerk, kain.id)
    assert stored_logo(desk, kain.id) is None
