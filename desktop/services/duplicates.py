"""Finding people who may already be registered, with the reason for each.

Three cheap indexed lookups, then name comparison in Python on the few rows they return:
- the same birth date and a similar name (index on birth_date, name_key: ~55 people a day of
  birth at a million participants);
- the same phone number (index on phone);
- a similar name in the same village (index on village_code).
Names are compared on their stored match keys (titles dropped, Muhammad/Moh./M. made one
spelling) with rapidfuzz's batch comparison, the threshold in desktop.domain.names.SIMILAR_NAME.
Every live person of the village is compared (ids and keys only: ~20,000 in a few
milliseconds), so no duplicate hides behind a scan limit; full rows are read for the best
MAX_CANDIDATES.

A save that found likely matches is made again once the clerk has judged them: that second
check passes the first one's `VillageSeen`, and if the name and village are unchanged only the
village's people registered since (higher ids) and the people already judged are compared by
name again; the birth date and phone look-ups, cheap and the likeliest to find a twin, run
whole. That halves the cost of such a save (the village pass is most of it). What it can miss:
a record of the village edited to a similar name, with another birth date and phone, in the
seconds between the two checks, or one whose id was handed out before the first check but
committed after it by another desk.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from desktop.domain.choices import ParticipantStatus
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.names import SIMILAR_NAME, key_similarity, similar_keys
from desktop.domain.phone import display_phone
from desktop.store.participants import Participant
from desktop.store.raw_rows import tuples

SAME_BIRTH_DATE = QT_TRANSLATE_NOOP("duplicates", "Same date of birth and a similar name")
SAME_PHONE = QT_TRANSLATE_NOOP("duplicates", "Same phone number")
SAME_VILLAGE = QT_TRANSLATE_NOOP("duplicates", "Similar name in the same village")

MAX_CANDIDATES = 20


@dataclass(frozen=True)
class VillageSeen:
    """How far a check compared a village's names: its village, the name it compared, and the
    highest id of the village it read."""

    village_code: str
    name_key: str
    last_id: int


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


@dataclass(frozen=True)
class Likely:
    candidates: list[Candidate]
    seen: VillageSeen | None  # for the next check of the same person (None: no village)


def find_likely(
    session: Session,
    values: dict[str, Any],
    *,
    seen: VillageSeen | None = None,
    judged: frozenset[int] = frozenset(),
) -> Likely:
    """Registered people who may be the person in `values` (cleaned participant values).
    `seen` (from an earlier check of the same person) and `judged` (the ids the clerk judged
    since) narrow the village's name comparison, as the module's docstring explains."""
    name_key: str = values["name_key"]
    village: str = values["village_code"] or ""
    after = (
        seen.last_id
        if seen is not None and (seen.village_code, seen.name_key) == (village, name_key)
        else 0
    )
    last_id = after
    p = Participant
    live = p.status != ParticipantStatus.MERGED.value
    scores: dict[int, float] = {}  # id: name similarity
    reasons: dict[int, list[str]] = {}

    def add(found: dict[int, float], reason: str) -> None:
        for id_, score in found.items():
            scores[id_] = max(scores.get(id_, 0.0), score)
            reasons.setdefault(id_, []).append(reason)

    def similar(*condition: ColumnElement[bool]) -> tuple[dict[int, float], int]:
        """{id: score} of the similar names, and the highest id read."""
        # Ids and stored match keys only; the whole row is read for the few that match.
        rows = tuples(session, select(p.id, p.name_key).where(*condition, live))
        found = similar_keys(name_key, [key for _id, key in rows], SIMILAR_NAME)
        highest = max((id_ for id_, _key in rows), default=0)
        return {rows[index][0]: score for index, score in found.items()}, highest

    add(similar(p.birth_date == values["birth_date"])[0], SAME_BIRTH_DATE)
    if values["phone"]:
        same_phone = session.execute(
            select(p.id, p.name_key).where(p.phone == values["phone"], live)
        )
        add({row.id: key_similarity(name_key, row.name_key) for row in same_phone}, SAME_PHONE)
    if village:
        narrowed = [or_(p.id > after, p.id.in_(sorted(judged)))] if after else []
        found, highest = similar(p.village_code == village, *narrowed)
        add(found, SAME_VILLAGE)
        last_id = max(after, highest)
    best = sorted(scores, key=lambda id_: (-len(reasons[id_]), -scores[id_], id_))
    best = best[:MAX_CANDIDATES]
    rows = {row.id: row for row in session.execute(select(*_COLUMNS).where(p.id.in_(best)))}
    candidates = [
        Candidate(
            id=row.id,
            full_name=row.full_name,
            birth_date=row.birth_date,
            sex=row.sex,
            village_name=row.village_name,
            phone=display_phone(row.phone),
            nik=masked_nik(row.nik),
            reasons=tuple(dict.fromkeys(reasons[row.id])),
            similarity=scores[row.id],
        )
        for row in (rows[id_] for id_ in best)
    ]
    return Likely(candidates, VillageSeen(village, name_key, last_id) if village else None)
