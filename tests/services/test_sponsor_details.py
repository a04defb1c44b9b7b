"""A sponsor's own record on SQLite and PostgreSQL: the list with its totals, the profile saved
and refused, contacts and agreements with their bad input, deleting and deactivating, the
audit trail, and a clerk refused everything."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from desktop.domain.cohort import CohortInput, Funding, Slot
from desktop.domain.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationError,
    ValidationErrors,
)
from desktop.domain.sponsor import SponsorKind
from desktop.services import cohorts, sponsor_details, sponsors
from desktop.services.context import Actor
from desktop.services.sponsor_details import (
    AgreementInput,
    CashInput,
    ContactInput,
    SponsorInput,
)
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Programme
from desktop.store.sponsors import SponsorContact
from desktop.store.training import Sponsor

NOW = datetime(2026, 6, 15, 2, 0, tzinfo=UTC)
MOU = AgreementInput("MoU/017/CSR/2026", date(2026, 1, 1), date(2026, 12, 31), "Two cohorts")


@pytest.fixture
def desk(demo_db: Database, admin: Actor) -> Database:
    demo_db.clock = lambda: NOW
    return demo_db


@pytest.fixture
def sandang(desk: Database, admin: Actor) -> int:
    return sponsors.create_sponsor(desk, admin, "PT Sandang Nusantara", SponsorKind.COMPANY).id


def audit(db: Database, action: str) -> list[AuditEntry]:
    with db.sessions() as session:
        return list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == action).order_by("id"))
        )


def programme_id(db: Database) -> int:
    with db.sessions() as session:
        found = session.scalar(select(Programme.id).order_by(Programme.id))
    assert found is not None
    return found


# --- the list and the profile ----------------------------------------------------------------


def test_the_list_shows_each_sponsors_cash_and_in_kind_totals_and_finds_by_name(
    desk: Database, admin: Actor, sandang: int
) -> None:
    dinas = sponsors.create_sponsor(desk, admin, "Dinas Koperasi", SponsorKind.GOVERNMENT).id
    for amount in (5_000_000, 2_500_000):
        sponsor_details.record_cash(desk, admin, sandang, CashInput(date(2026, 3, 1), amount))
    rows = sponsor_details.sponsor_overview(desk, admin)
    assert [(r.name, r.cash_rupiah, r.in_kind_rupiah, r.contributions) for r in rows] == [
        ("Dinas Koperasi", 0, 0, 0),
        ("PT Sandang Nusantara", 7_500_000, 0, 2),
    ]
    assert [r.name for r in sponsor_details.sponsor_overview(desk, admin, "  sandang ")] == [
        "PT Sandang Nusantara"
    ]
    assert sponsor_details.sponsor_overview(desk, admin, "100%") == []  # no wildcard
    sponsor_details.set_sponsor_active(desk, admin, dinas, False)
    assert [r.name for r in sponsor_details.sponsor_overview(desk, admin)] == [
        "Dinas Koperasi",
        "PT Sandang Nusantara",
    ]
    shown = sponsor_details.sponsor_overview(desk, admin, include_inactive=False)
    assert [r.name for r in shown] == ["PT Sandang Nusantara"]
    assert [r.name for r in sponsors.list_sponsors(desk, admin)] == ["PT Sandang Nusantara"]
    assert audit(desk, "sponsor.update")[-1].after == {"active": False}


def test_the_profile_is_saved_whole_and_only_the_change_is_audited(
    desk: Database, admin: Actor, sandang: int
) -> None:
    detail = sponsor_details.sponsor_detail(desk, admin, sandang)
    loaded = SponsorInput(detail.name, detail.kind, detail.address, detail.notes, detail.active)
    saved = sponsor_details.update_sponsor(
        desk,
        admin,
        sandang,
        SponsorInput(
            "  PT Sandang   Nusantara Tbk ",
            SponsorKind.COMPANY,
            "Jl. Raya Cianjur 12\nCianjur",
            "CSR office on the 3rd floor",
        ),
        loaded,
    )
    assert saved.name == "PT Sandang Nusantara Tbk"
    detail = sponsor_details.sponsor_detail(desk, admin, sandang)
    assert (detail.name, detail.address, detail.notes, detail.active) == (
        "PT Sandang Nusantara Tbk",
        "Jl. Raya Cianjur 12\nCianjur",
        "CSR office on the 3rd floor",
        True,
    )
    entry = audit(desk, "sponsor.update")[-1]
    assert entry.before == {"name": "PT Sandang Nusantara", "address": "", "notes": ""}
    assert entry.after is not None and set(entry.after) == {"name", "address", "notes"}


def test_a_profile_changed_at_another_desk_is_not_overwritten(
    desk: Database, admin: Actor, sandang: int
) -> None:
    loaded = SponsorInput("PT Sandang Nusantara", SponsorKind.COMPANY)
    sponsor_details.update_sponsor(
        desk, admin, sandang, SponsorInput("PT Sandang Nusantara", SponsorKind.COMPANY, "Jl. A")
    )
    with pytest.raises(Conflict):
        sponsor_details.update_sponsor(
            desk, admin, sandang, SponsorInput("PT Sandang", SponsorKind.COMPANY), loaded
        )
    assert sponsor_details.sponsor_detail(desk, admin, sandang).address == "Jl. A"


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (SponsorInput("  ", SponsorKind.NGO), {"name"}),
        (SponsorInput("pt  SANDANG nusantara", SponsorKind.NGO), {"name"}),
        (SponsorInput("Yayasan", SponsorKind.NGO, "Jl.\x00", "x" * 4001), {"address", "notes"}),
    ],
    ids=["empty name", "twin name", "control character and too long"],
)
def test_bad_profiles_are_refused_on_their_fields(
    desk: Database, admin: Actor, sandang: int, data: SponsorInput, fields: set[str]
) -> None:
    other = sponsors.create_sponsor(desk, admin, "Yayasan Mandiri", SponsorKind.NGO).id
    with pytest.raises((ValidationError, ValidationErrors, Conflict)) as refused:
        sponsor_details.update_sponsor(desk, admin, other, data)
    error = refused.value
    assert (
        {e.field for e in error.errors}
        if isinstance(error, ValidationErrors)
        else {error.field} == fields
    )
    assert sponsor_details.sponsor_detail(desk, admin, other).name == "Yayasan Mandiri"


# --- contacts --------------------------------------------------------------------------------


def test_contacts_are_added_changed_and_removed_with_the_phone_kept_as_e164(
    desk: Database, admin: Actor, sandang: int
) -> None:
    row = sponsor_details.add_contact(
        desk,
        admin,
        sandang,
        ContactInput(" Ibu  Ratna ", "CSR manager", "0812-3456-7890", "ratna@sandang.co.id"),
    )
    assert (row.name, row.phone) == ("Ibu Ratna", "+6281234567890")
    changed = sponsor_details.update_contact(
        desk, admin, row.id, ContactInput("Ibu Ratna", "Head of CSR", "+62 812 3456 7890")
    )
    assert (changed.position, changed.email) == ("Head of CSR", "")
    entry = audit(desk, "sponsor.contact")[-1]
    assert entry.entity_id == str(sandang)
    assert entry.before == {
        "contact_id": row.id,
        "position": "CSR manager",
        "email": "ratna@sandang.co.id",
    }
    assert [c.name for c in sponsor_details.sponsor_detail(desk, admin, sandang).contacts] == [
        "Ibu Ratna"
    ]
    sponsor_details.remove_contact(desk, admin, row.id)
    assert sponsor_details.sponsor_detail(desk, admin, sandang).contacts == ()
    with pytest.raises(NotFound):
        sponsor_details.remove_contact(desk, admin, row.id)


def test_a_contact_with_every_field_wrong_is_refused_on_each(
    desk: Database, admin: Actor, sandang: int
) -> None:
    with pytest.raises(ValidationErrors) as refused:
        sponsor_details.add_contact(
            desk, admin, sandang, ContactInput(" ", "", "12ab", "ratna at sandang")
        )
    assert [e.field for e in refused.value.errors] == ["name", "phone", "email"]
    assert sponsor_details.sponsor_detail(desk, admin, sandang).contacts == ()


@pytest.mark.parametrize("email", ["ratna@", "ratna@sandang", "rat na@sandang.id", "a@@b.id"])
def test_mistyped_email_addresses_are_refused(
    desk: Database, admin: Actor, sandang: int, email: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        sponsor_details.add_contact(desk, admin, sandang, ContactInput("Ratna", email=email))
    assert refused.value.field == "email"


# --- agreements ------------------------------------------------------------------------------


def test_agreements_are_added_changed_and_removed(
    desk: Database, admin: Actor, sandang: int
) -> None:
    row = sponsor_details.add_agreement(
        desk,
        admin,
        sandang,
        AgreementInput(
            " MoU/017/CSR/2026 ", date(2026, 1, 1), None, "Two cohorts a year", 50_000_000
        ),
    )
    assert (row.number, row.end_date, row.commitment_rupiah) == (
        "MoU/017/CSR/2026",
        None,
        50_000_000,
    )
    sponsor_details.update_agreement(desk, admin, row.id, MOU)
    (shown,) = sponsor_details.sponsor_detail(desk, admin, sandang).agreements
    assert (shown.end_date, shown.commitment, shown.commitment_rupiah) == (
        date(2026, 12, 31),
        "Two cohorts",
        None,
    )
    assert audit(desk, "sponsor.agreement")[-1].after == {
        "agreement_id": row.id,
        "end_date": "2026-12-31",
        "commitment": "Two cohorts",
        "commitment_rupiah": None,
    }
    sponsor_details.remove_agreement(desk, admin, row.id)
    assert sponsor_details.sponsor_detail(desk, admin, sandang).agreements == ()


@pytest.mark.parametrize(
    ("data", "fields"),
    [
        (AgreementInput("", date(2026, 1, 1)), ["number"]),
        (AgreementInput("PKS/1", date(2026, 5, 1), date(2026, 4, 30)), ["end_date"]),
        (AgreementInput("PKS/1", date(2026, 1, 1), None, "", -1), ["commitment_rupiah"]),
        (
            AgreementInput(" ", date(2026, 5, 1), date(2026, 1, 1), "", -5),
            ["number", "end_date", "commitment_rupiah"],
        ),
        (AgreementInput("mou/017/csr/2026", date(2026, 1, 1)), ["number"]),
    ],
    ids=["no number", "ends before it starts", "negative money", "all at once", "twin number"],
)
def test_bad_agreements_are_refused_on_their_fields(
    desk: Database, admin: Actor, sandang: int, data: AgreementInput, fields: list[str]
) -> None:
    sponsor_details.add_agreement(desk, admin, sandang, MOU)
    with pytest.raises((ValidationError, ValidationErrors)) as refused:
        sponsor_details.add_agreement(desk, admin, sandang, data)
    error = refused.value
    found = (
        [e.field for e in error.errors] if isinstance(error, ValidationErrors) else [error.field]
    )
    assert found == fields
    assert len(sponsor_details.sponsor_detail(desk, admin, sandang).agreements) == 1


def test_another_sponsor_may_use_the_same_agreement_number(
    desk: Database, admin: Actor, sandang: int
) -> None:
    dinas = sponsors.create_sponsor(desk, admin, "Dinas Koperasi", SponsorKind.GOVERNMENT).id
    sponsor_details.add_agreement(desk, admin, sandang, MOU)
    sponsor_details.add_agreement(desk, admin, dinas, MOU)


def test_an_agreement_with_contributions_stays(desk: Database, admin: Actor, sandang: int) -> None:
    row = sponsor_details.add_agreement(desk, admin, sandang, MOU)
    sponsor_details.record_cash(
        desk, admin, sandang, CashInput(date(2026, 2, 1), 1_000_000, agreement_id=row.id)
    )
    with pytest.raises(Conflict) as refused:
        sponsor_details.remove_agreement(desk, admin, row.id)
    assert refused.value.params["count"] == 1
    assert len(sponsor_details.sponsor_detail(desk, admin, sandang).agreements) == 1


# --- deleting --------------------------------------------------------------------------------


def test_a_sponsor_entered_by_mistake_is_deleted_with_its_contacts(
    desk: Database, admin: Actor, sandang: int
) -> None:
    sponsor_details.add_contact(desk, admin, sandang, ContactInput("Ratna"))
    sponsor_details.delete_sponsor(desk, admin, sandang)
    with desk.sessions() as session:
        assert session.get(Sponsor, sandang) is None
        assert session.scalars(select(SponsorContact)).all() == []
    entry = audit(desk, "sponsor.delete")[-1]
    assert entry.before is not None
    assert (entry.before["name"], entry.before["contacts"]) == ("PT Sandang Nusantara", 1)
    with pytest.raises(NotFound):
        sponsor_details.sponsor_detail(desk, admin, sandang)


def test_a_sponsor_with_a_history_is_not_deleted_and_the_refusal_counts_it(
    desk: Database, admin: Actor, sandang: int
) -> None:
    sponsor_details.add_agreement(desk, admin, sandang, MOU)
    for day in (1, 2):
        sponsor_details.record_cash(desk, admin, sandang, CashInput(date(2026, 2, day), 10_000))
    cohorts.create_cohort(
        desk,
        admin,
        CohortInput(
            programme_id=programme_id(desk),
            start_date=date(2026, 7, 6),
            end_date=date(2026, 7, 31),
            slots=(Slot(0, time(8), time(12)),),
            room="Ruang Jahit",
            funding=Funding.SPONSOR,
            sponsor_ids=(sandang,),
        ),
    )
    with pytest.raises(Conflict) as refused:
        sponsor_details.delete_sponsor(desk, admin, sandang)
    params = refused.value.params
    assert (params["contributions"], params["agreements"], params["cohorts"], params["items"]) == (
        2,
        1,
        1,
        0,
    )
    assert "Deactivate it instead" in refused.value.english()
    assert sponsor_details.sponsor_detail(desk, admin, sandang).cohorts == 1


# --- who may ---------------------------------------------------------------------------------


def test_a_clerk_may_do_none_of_it(
    desk: Database, admin: Actor, clerk: Actor, sandang: int
) -> None:
    contact = sponsor_details.add_contact(desk, admin, sandang, ContactInput("Ratna"))
    agreement = sponsor_details.add_agreement(desk, admin, sandang, MOU)
    calls: list[Callable[[], object]] = [
        lambda: sponsor_details.sponsor_overview(desk, clerk),
        lambda: sponsor_details.sponsor_detail(desk, clerk, sandang),
        lambda: sponsor_details.sponsor_logo(desk, clerk, sandang),
        lambda: sponsor_details.update_sponsor(
            desk, clerk, sandang, SponsorInput("PT X", SponsorKind.COMPANY)
        ),
        lambda: sponsor_details.set_sponsor_active(desk, clerk, sandang, False),
        lambda: sponsor_details.delete_sponsor(desk, clerk, sandang),
        lambda: sponsor_details.add_contact(desk, clerk, sandang, ContactInput("Budi")),
        lambda: sponsor_details.update_contact(desk, clerk, contact.id, ContactInput("Budi")),
        lambda: sponsor_details.remove_contact(desk, clerk, contact.id),
        lambda: sponsor_details.add_agreement(desk, clerk, sandang, MOU),
        lambda: sponsor_details.update_agreement(desk, clerk, agreement.id, MOU),
        lambda: sponsor_details.remove_agreement(desk, clerk, agreement.id),
    ]
    for call in calls:
        with pytest.raises(PermissionDenied):
            call()
    detail = sponsor_details.sponsor_detail(desk, admin, sandang)
    assert (detail.name, len(detail.contacts), len(detail.agreements)) == (
        "PT Sandang Nusantara",
        1,
        1,
    )
