"""Finding people who may already be registered, with the reason for each.

Three cheap indexed lookups, then name comparison in Python on the few rows they return:
- the same birth date and a similar name (index on birth_date, name_key: ~55 people a day of
  birth at a million participants);
- the same phone number (index on phone);
- a similar name in the same village (index on village_code).
Names are compared on their match keys (titles dropped, Muhammad/Moh./M. made one spelling)
with rapidfuzz, the threshold in desktop.domain.names.SIMILAR_NAME.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.choices import ParticipantStatus
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.names import SIMILAR_NAME, name_similarity
from desktop.domain.phone import display_phone
from desktop.store.participants import Participant

SAME_BIRTH_DATE = QT_TRANSLATE_NOOP("duplicates", "Same date of birth and a similar name")
SAME_PHONE = QT_TRANSLATE_NOOP("duplicates", "Same phone number")
SAME_VILLAGE = QT_TRANSLATE_NOOP("duplicates", "Similar name in the same village")

# A village holds a few thousand people at most; more rows than this are not compared by name.
VILLAGE_SCAN_LIMIT = 5000
MAX_CANDIDATES = 20


@dataclass(frozen=True)
class Candidate:
    id: int
    full_name: str
    birth_date: date
    sex: str
    village_name: str
    phone: str  # as shown: 0812-3456-7890
    nik: str  # masked: the clerk compares, the list does not reveal it
    reasons: tuple[str, ...]
    similarity: float


def masked_nik(nik: str) -> str:
    """The region part and the last two digits: enough to tell two people apart."""
    return f"{nik[:6]}{'•' * 8}{nik[-2:]}" if len(nik) == 16 else ""


_COLUMNS = (
    Participant.id,
    Participant.full_name,
    Participant.name_key,
    Participant.birth_date,
    Participant.sex,
    Participant.village_name,
    Participant.phone,
    Participant.nik,
)


def find_likely(session: Session, values: dict[str, Any]) -> list[Candidate]:
    """Registered people who may be the person in `values` (cleaned participant values)."""
    name_key: str = values["name_key"]
    found: dict[int, tuple[Any, list[str], float]] = {}

    def consider(rows: Any, reason: str, need_similar_name: bool) -> None:
        for row in rows:
            score = name_similarity(name_key, row.name_key)
            if need_similar_name and score < SIMILAR_NAME:
                continue
            _row, reasons, best = found.setdefault(row.id, (row, [], score))
            reasons.append(reason)
            found[row.id] = (row, reasons, max(best, score))

    live = Participant.status != ParticipantStatus.MERGED.value
    consider(
        session.execute(
            select(*_COLUMNS).where(Participant.birth_date == values["birth_date"], live)
        ),
        SAME_BIRTH_DATE,
        need_similar_name=True,
    )
    if values["phone"]:
        consider(
            session.execute(select(*_COLUMNS).where(Participant.phone == values["phone"], live)),
            SAME_PHONE,
            need_similar_name=False,
        )
    if values["village_code"]:
        consider(
            session.execute(
                select(*_COLUMNS)
                .where(Participant.village_code == values["village_code"], live)
                .limit(VILLAGE_SCAN_LIMIT)
            ),
            SAME_VILLAGE,
            need_similar_name=True,
        )
    candidates = [
        Candidate(
            id=row.id,
            full_name=row.full_name,
            birth_date=row.birth_date,
            sex=row.sex,
            village_name=row.village_name,
            phone=display_phone(row.phone),
            nik=masked_nik(row.nik),
            reasons=tuple(dict.fromkeys(reasons)),
            similarity=score,
        )
        for row, reasons, score in found.values()
    ]
    candidates.sort(key=lambda c: (-len(c.reasons), -c.similarity, c.id))
    return candidates[:MAX_CANDIDATES]
