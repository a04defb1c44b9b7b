"""Merging two records of one person (admin only).

Everything that points at the merged record is moved to the kept one. The tables are found from
the schema's foreign keys rather than listed here, so enrolments, attendance, certificates and
loans added by later areas move too without this module knowing them. The merged record itself
stays, marked "merged" and pointing at the kept one, so its audit trail and any paper that
quotes its number still lead somewhere.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, delete, select, update

from desktop.domain.choices import ParticipantStatus
from desktop.domain.errors import Conflict, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.participant import search_text
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.services.participants import live_record, public_values
from desktop.store.base import Base
from desktop.store.database import Database
from desktop.store.participants import Participant, ParticipantPhoto

# Filled from the merged record when the kept one has nothing there.
FILLABLE = (
    "nik",
    "kk_number",
    "birth_place",
    "marital_status",
    "phone",
    "street",
    "rt",
    "rw",
    "province_code",
    "regency_code",
    "district_code",
    "village_code",
    "province_name",
    "regency_name",
    "district_name",
    "village_name",
    "postal_code",
    "education",
    "occupation",
    "employment",
    "income_band",
    "goal",
    "channel",
    "skills_have",
)


def _references() -> list[tuple[Table, str]]:
    """(table, column) for every foreign key to participant.id, except the merge link itself."""
    found = []
    for table in Base.metadata.sorted_tables:
        for foreign_key in table.foreign_keys:
            if foreign_key.column.table.name == "participant" and foreign_key.column.name == "id":
                if table.name == "participant":
                    continue
                found.append((table, foreign_key.parent.name))
    return found


def merge(db: Database, actor: Actor, keep_id: int, merge_id: int, reason: str) -> None:
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(
            QT_TRANSLATE_NOOP("messages", "Say why these two records are the same person."),
            "reason",
        )
    if keep_id == merge_id:
        raise Conflict(QT_TRANSLATE_NOOP("messages", "A record cannot be merged into itself."))
    with acting(db, actor, Permission.MERGE_PARTICIPANTS) as work:
        # Locked in id order, so two admins merging the same pair cannot deadlock.
        first, second = sorted((keep_id, merge_id))
        records = {first: live_record(work, first), second: live_record(work, second)}
        kept, merged = records[keep_id], records[merge_id]
        before = {"kept": public_values(kept), "merged": public_values(merged)}
        session = work.session
        filled: dict[str, Any] = {}
        for name in FILLABLE:
            if not getattr(kept, name) and getattr(merged, name):
                filled[name] = getattr(merged, name)
        if "nik" in filled:
            # The NIK is unique: it leaves the merged record before the kept one takes it.
            merged.nik = ""
            session.flush()
        for name, value in filled.items():
            setattr(kept, name, value)
        kept.has_disability = kept.has_disability or merged.has_disability
        kept.disabilities = sorted(set(kept.disabilities) | set(merged.disabilities))
        kept.accommodations = sorted(set(kept.accommodations) | set(merged.accommodations))
        kept.target_groups = sorted(set(kept.target_groups) | set(merged.target_groups))
        kept.assistance_bits = kept.assistance_bits | merged.assistance_bits
        kept.preferences = list(dict.fromkeys([*kept.preferences, *merged.preferences]))
        kept.search_text = search_text(kept.full_name, kept.nik, kept.phone, kept.village_name)
        kept.version += 1
        kept.updated_at = work.now

        moved: dict[str, int] = {}
        for table, column in _references():
            if table.name == ParticipantPhoto.__tablename__:
                continue
            result = session.execute(
                update(table).where(table.c[column] == merge_id).values({column: keep_id})
            )
            moved[f"{table.name}.{column}"] = result.rowcount or 0  # type: ignore[attr-defined]
        if session.get(ParticipantPhoto, keep_id) is None:
            photo = session.scalar(
                select(ParticipantPhoto).where(ParticipantPhoto.participant_id == merge_id)
            )
            if photo is not None:
                jpeg = photo.jpeg
                session.execute(
                    delete(ParticipantPhoto).where(ParticipantPhoto.participant_id == merge_id)
                )
                session.add(ParticipantPhoto(participant_id=keep_id, jpeg=jpeg))
        # Records merged earlier into the one now merged follow it to the kept record.
        session.execute(
            update(Participant)
            .where(Participant.merged_into_id == merge_id)
            .values(merged_into_id=keep_id)
        )
        merged.status = ParticipantStatus.MERGED.value
        merged.merged_into_id = keep_id
        merged.version += 1
        merged.updated_at = work.now
        after = {
            "kept_id": keep_id,
            "merged_id": merge_id,
            "reason": reason,
            "filled": sorted(filled),
            "moved": moved,
        }
        work.audit("participant.merge", "participant", keep_id, before=before, after=after)
        work.audit("participant.merge", "participant", merge_id, after=after)
