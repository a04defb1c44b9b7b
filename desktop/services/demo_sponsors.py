"""The demo sponsors' paperwork: a contact person and an MoU for the textile company, and the
regency's labour office paying for the cohorts it sponsors in cash, so the sponsor window and
the impact report have something real to show.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from desktop.domain.inventory import name_key
from desktop.services.context import Actor, acting
from desktop.services.sponsor_agreements import AgreementInput, add_agreement
from desktop.services.sponsor_contacts import ContactInput, add_contact
from desktop.services.sponsor_contributions import CashInput, record_cash
from desktop.store.database import Database
from desktop.store.training import Cohort, CohortSponsor, Sponsor

COMPANY = "PT Sandang Nusantara"
OFFICE = "Dinas Tenaga Kerja Kabupaten Cianjur"
COHORT_FUND = 15_000_000  # rupiah the office pays for each cohort it sponsors


def build_demo_sponsors(db: Database, actor: Actor, today: date) -> None:
    """Add the paperwork as `actor` (an administrator); nothing when the demo has no
    sponsors (a demo without people)."""
    sponsors = _sponsor_ids(db, actor)
    company, office = sponsors.get(name_key(COMPANY)), sponsors.get(name_key(OFFICE))
    if company is not None:
        add_contact(
            db,
            actor,
            company,
            ContactInput("Rina Kartikasari", "Manajer CSR", "0812-2233-4455", "csr@sandang.co.id"),
        )
        add_agreement(
            db,
            actor,
            company,
            AgreementInput(
                number="MoU/SN-CSR/014/I/2026",
                start_date=date(today.year, 1, 15),
                end_date=date(today.year + 1, 1, 14),
                commitment="Mesin jahit dan kain untuk dua angkatan menjahit setahun",
                commitment_rupiah=40_000_000,
            ),
        )
    if office is not None:
        add_contact(
            db, actor, office, ContactInput("Drs. Hendra Gunawan", "Kepala Bidang Pelatihan")
        )
        for cohort_id, start in _cohorts_of(db, actor, office):
            record_cash(
                db,
                actor,
                office,
                CashInput(
                    received_on=min(start - timedelta(days=14), today),
                    amount_rupiah=COHORT_FUND,
                    cohort_id=cohort_id,
                    description="Dana APBD untuk biaya pelatihan satu angkatan",
                ),
            )


def _sponsor_ids(db: Database, actor: Actor) -> dict[str, int]:
    with acting(db, actor, read_only=True) as work:
        rows = work.session.execute(select(Sponsor.name_key, Sponsor.id))
        return {key: sponsor_id for key, sponsor_id in rows}


def _cohorts_of(db: Database, actor: Actor, sponsor_id: int) -> list[tuple[int, date]]:
    with acting(db, actor, read_only=True) as work:
        rows = work.session.execute(
            select(Cohort.id, Cohort.start_date)
            .join(CohortSponsor, CohortSponsor.cohort_id == Cohort.id)
            .where(CohortSponsor.sponsor_id == sponsor_id)
            .order_by(Cohort.start_date)
        )
        return [(cohort_id, start) for cohort_id, start in rows]
