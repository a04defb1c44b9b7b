"""The invariants tests/reliability/test_concurrent_desks.py checks after its desks ran at
once, each against the database and against what the desks say they did (desk_worker's
results: `done` counts, `made` ids, `refused` texts, `unexpected` tracebacks).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enrolment import EnrolmentStatus
from desktop.domain.inventory import MILLI
from desktop.store.certificates import Certificate, CertificateYear
from desktop.store.database import Database
from desktop.store.inventory import Loan, StockMovement
from desktop.store.models import AuditEntry
from desktop.store.participants import Participant
from desktop.store.training import Cohort, Enrolment
from tests.reliability.desk_worker import Plan

Results = list[dict[str, Any]]

# The refusals a desk may meet here, by operation (PelitaError class and source text).
SHORT = (
    "Conflict: There is no {item} left at {location}.",
    "Conflict: Only {available} of {item} is in stock at {location}.",
)
EXPECTED_REFUSALS: dict[str, set[str]] = {
    "register": set(),
    "register_shared": {
        "AlreadyRegistered: This NIK is already registered to {name}. Their record is opened."
    },
    "enrol": set(),  # a full cohort waitlists, it does not refuse
    "handover": set(SHORT),
    "move": set(SHORT),
    "write_off": set(SHORT),
    "certificate": {
        "Conflict: {name} already has certificate {number}. To correct it, re-issue it.",
        # Designed: a batch that lost the number race five times in a row gives up.
        "Conflict: Other desks are issuing certificates at this moment. Try again in a minute.",
    },
}
AUDITED_AS = {
    "participants": "participant.create",
    "enrolments": "enrolment.create",
    "certificates": "certificate.issue",
    "loans": "loan.handover",
}


@dataclass(frozen=True)
class Before:
    """The database before the desks start: the last id of each table the desks add to, the
    audit entries by action, the certificate cohort's enrolments by status, and the fabric at
    the store room (milli-metres)."""

    last_ids: dict[str, int]
    audit: Counter[str]
    certificate_statuses: dict[int, str]
    stock_milli: int


TABLES: dict[str, Any] = {
    "participants": Participant,
    "enrolments": Enrolment,
    "certificates": Certificate,
    "loans": Loan,
    "movements": StockMovement,
    "audit": AuditEntry,
}


def before(db: Database, plan: Plan) -> Before:
    with db.sessions() as session:
        last_ids = {
            name: int(session.scalar(select(func.max(model.id))) or 0)
            for name, model in TABLES.items()
        }
        audit = Counter(
            dict(
                session.execute(
                    select(AuditEntry.action, func.count()).group_by(AuditEntry.action)
                ).all()
            )
        )
        statuses = dict(
            session.execute(
                select(Enrolment.id, Enrolment.status).where(
                    Enrolment.cohort_id == plan.certificate_cohort
                )
            ).all()
        )
        stock = session.scalar(
            select(func.coalesce(func.sum(StockMovement.quantity_milli), 0)).where(
                StockMovement.item_id == plan.item
            )
        )
    return Before(last_ids, audit, statuses, int(stock or 0))


def check_all(db: Database, plan: Plan, before: Before, results: Results) -> None:
    """Every invariant, the desks' own reports first (a crash explains the rest)."""
    _check_outcomes(results)
    with db.sessions() as session:
        _check_seats(session, plan, results)
        _check_people(session, plan, before, results)
        _check_certificates(session, plan, before, results)
        _check_handovers(session, plan, before, results)
        _check_stock(session, plan, before, results)
        _check_audit(session, plan, before, results)


def refusals(results: Results) -> Counter[str]:
    """How often each refusal was met, over all desks: how hard the desks raced."""
    found = Counter[str]()
    for result in results:
        for operation, texts in result["refused"].items():
            found.update({f"{operation}: {text}": n for text, n in texts.items()})
    return found


def _total(results: Results, key: str) -> int:
    return sum(result["done"].get(key, 0) for result in results)


def _made(results: Results, kind: str) -> list[int]:
    return sorted(i for result in results for i in result["made"].get(kind, []))


def _new(session: Session, model: Any, before: Before, name: str) -> list[Any]:
    return list(
        session.scalars(select(model).where(model.id > before.last_ids[name]).order_by(model.id))
    )


def _gap_free(numbers_by_year: dict[int, list[int]]) -> None:
    for year, numbers in numbers_by_year.items():
        assert sorted(numbers) == list(range(1, len(numbers) + 1)), (year, sorted(numbers))


def _check_outcomes(results: Results) -> None:
    crashes = [crash for result in results for crash in result["unexpected"]]
    assert not crashes, "\n".join(f"{c['operation']}:\n{c['traceback']}" for c in crashes)
    for result in results:
        for operation, texts in result["refused"].items():
            unexpected = set(texts) - EXPECTED_REFUSALS[operation]
            assert not unexpected, (operation, unexpected)


def _check_seats(session: Session, plan: Plan, results: Results) -> None:
    holding = dict(
        session.execute(
            select(Enrolment.cohort_id, func.count())
            .where(Enrolment.holds_seat.is_(True))
            .group_by(Enrolment.cohort_id)
        ).all()
    )
    seats = 0
    for cohort in session.scalars(select(Cohort)):
        seated = holding.get(cohort.id, 0)
        assert seated <= cohort.capacity, (cohort.code, seated, cohort.capacity)
        assert cohort.seats_taken == seated, (cohort.code, cohort.seats_taken, seated)
        if cohort.id in plan.seat_cohorts:  # far more people than seats: every seat taken
            assert seated == cohort.capacity, cohort.code
            seats += cohort.capacity
    accepted = _total(results, f"enrol.{EnrolmentStatus.ACCEPTED.value}")
    waitlisted = _total(results, f"enrol.{EnrolmentStatus.WAITLISTED.value}")
    assert accepted == seats
    assert accepted + waitlisted == _total(results, "enrol") == plan.desks * plan.rounds


def _check_people(session: Session, plan: Plan, before: Before, results: Results) -> None:
    new = _new(session, Participant, before, "participants")
    assert [p.id for p in new] == _made(results, "participants")
    assert _total(results, "register") == plan.desks * plan.rounds
    # The walk-in is saved at one desk; the others are told, and open that record.
    assert _total(results, "register_shared") == plan.shared_people
    niks = [nik for nik in session.scalars(select(Participant.nik)) if nik]
    assert len(niks) == len(set(niks))


def _check_certificates(session: Session, plan: Plan, before: Before, results: Results) -> None:
    new = _new(session, Certificate, before, "certificates")
    assert [c.id for c in new] == _made(results, "certificates")
    # Each person of the cohort got exactly one, whichever desk issued it.
    assert sorted(c.enrolment_id for c in new) == sorted(plan.certificate_enrolments)
    every = list(session.scalars(select(Certificate)))
    assert len({c.number for c in every}) == len(every)
    by_year: dict[int, list[int]] = {}
    for certificate in every:
        by_year.setdefault(certificate.year, []).append(certificate.seq)
        assert certificate.number.startswith(f"{certificate.seq:04d}/"), certificate.number
    _gap_free(by_year)
    for year in session.scalars(select(CertificateYear)):
        assert year.last_seq == len(by_year.get(year.year, [])), year.year


def _check_handovers(session: Session, plan: Plan, before: Before, results: Results) -> None:
    new = _new(session, Loan, before, "loans")
    assert [loan.id for loan in new] == _made(results, "loans")
    numbers = [loan.number for loan in session.scalars(select(Loan).where(Loan.kind == "handover"))]
    assert len(set(numbers)) == len(numbers)
    by_year: dict[int, list[int]] = {}
    for number in numbers:  # BAST/0001/XI/2026
        prefix, sequence, _month, year = number.split("/")
        assert prefix == "BAST"
        by_year.setdefault(int(year), []).append(int(sequence))
    _gap_free(by_year)
    for loan in new:  # each with the one movement that took the fabric out
        moved = session.execute(
            select(StockMovement.location_id, StockMovement.quantity_milli).where(
                StockMovement.loan_id == loan.id
            )
        ).all()
        assert [tuple(row) for row in moved] == [(plan.gudang, -MILLI)], loan.number


def _check_stock(session: Session, plan: Plan, before: Before, results: Results) -> None:
    stock = {
        (item, place): int(total)
        for item, place, total in session.execute(
            select(
                StockMovement.item_id,
                StockMovement.location_id,
                func.sum(StockMovement.quantity_milli),
            ).group_by(StockMovement.item_id, StockMovement.location_id)
        )
    }
    negative = {key: total for key, total in stock.items() if total < 0}
    assert not negative
    handed, moved, spoiled = (_total(results, op) for op in ("handover", "move", "write_off"))
    assert (handed + moved) * MILLI <= before.stock_milli
    at_store = before.stock_milli - (handed + moved) * MILLI
    assert stock.get((plan.item, plan.gudang), 0) == at_store
    assert stock.get((plan.item, plan.jahit), 0) == (moved - spoiled) * MILLI


def _check_audit(session: Session, plan: Plan, before: Before, results: Results) -> None:
    entries = _new(session, AuditEntry, before, "audit")
    made = Counter(entry.action for entry in entries)
    for kind, action in AUDITED_AS.items():
        audited = sorted(int(e.entity_id) for e in entries if e.action == action)
        assert audited == _made(results, kind), action
    assert made["stock.move"] == _total(results, "move")
    assert made["stock.write_off"] == _total(results, "write_off")
    # A certificate completes its enrolment: a status change, audited like any other.
    completed = [
        enrolment_id
        for enrolment_id in plan.certificate_enrolments
        if before.certificate_statuses[enrolment_id]
        in (EnrolmentStatus.ACCEPTED.value, EnrolmentStatus.ACTIVE.value)
    ]
    audited_status = sorted(int(e.entity_id) for e in entries if e.action == "enrolment.status")
    assert audited_status == sorted(completed)
    assert made["participant.consent"] == len(_made(results, "participants"))
    assert made["login"] == 2 * plan.desks  # each desk's clerk and administrator
    # Nothing else: judged likely duplicates are the only other entries.
    others = set(made) - {*AUDITED_AS.values(), "stock.move", "stock.write_off"}
    assert others <= {
        "enrolment.status",
        "participant.consent",
        "login",
        "participant.different_person",
    }, others
