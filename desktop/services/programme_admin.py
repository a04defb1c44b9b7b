"""Defining programmes (admins): create, change, archive, restore and delete them.

A programme is saved whole: its row, its competency units and its materials. On a change the
units and materials are replaced as a whole list, in the order given. Changes use an optimistic
version check like participants: a save names the version the form was loaded at, and if
another admin saved in between, nothing is overwritten and the conflict says who changed what.

Deleting is for a programme made by mistake: one with cohorts, or that participants chose as a
wish, is refused so no record loses its programme; archiving stops offering it instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Text, cast, delete, func, literal, select
from sqlalchemy.exc import IntegrityError

from desktop.domain.errors import Conflict, NotFound, ValidationError
from desktop.domain.i18n import QT_TRANSLATE_NOOP
from desktop.domain.programme import (
    QUANTITY_STEP,
    MaterialInput,
    ProgrammeInput,
    UnitInput,
    clean_programme,
)
from desktop.domain.programme_rules import CompletionRule, EligibilityRules
from desktop.domain.roles import Permission
from desktop.services.context import Actor, Work, acting
from desktop.services.participants import Change, EditConflict
from desktop.store.database import Database
from desktop.store.models import AuditEntry, Programme
from desktop.store.participants import Participant
from desktop.store.training import Cohort, ProgrammeMaterial, ProgrammeUnit

ENTITY = "programme"
# Entries that raise a programme's version: what an edit conflict reports.
VERSIONED_ACTIONS = ("programme.update", "programme.archive", "programme.restore")
# Columns of the programme row set from the form (the rest: id, active, version).
ROW_FIELDS = (
    "code",
    "name",
    "skill_area",
    "hours_jp",
    "description",
    "minutes_per_jp",
    "default_capacity",
)


@dataclass(frozen=True)
class ProgrammeSaved:
    programme_id: int
    version: int


@dataclass(frozen=True)
class ProgrammeRow:
    """One line of the admin's programme list."""

    id: int
    code: str
    name: str
    skill_area: str
    hours_jp: int
    active: bool
    cohorts: int


@dataclass(frozen=True)
class ProgrammeDetail:
    """A whole programme as the admin's form shows it."""

    id: int
    version: int
    active: bool
    cohorts: int
    code: str
    name: str
    skill_area: str
    description: str
    hours_jp: int
    minutes_per_jp: int
    default_capacity: int
    units: tuple[UnitInput, ...]
    materials: tuple[MaterialInput, ...]
    eligibility: EligibilityRules
    completion: CompletionRule

    def as_input(self) -> ProgrammeInput:
        """The programme in the form's terms, for editing it with the same rules."""
        return ProgrammeInput(
            code=self.code,
            name=self.name,
            skill_area=self.skill_area,
            hours_jp=self.hours_jp,
            description=self.description,
            minutes_per_jp=self.minutes_per_jp,
            default_capacity=self.default_capacity,
            units=self.units,
            materials=self.materials,
            eligibility=self.eligibility,
            completion=self.completion,
        )


def audit_values(data: ProgrammeInput) -> dict[str, Any]:
    """A programme as JSON for the audit log (quantities as text: JSON has no decimals)."""
    return {
        **{name: getattr(data, name) for name in ROW_FIELDS},
        "units": [
            {"code": unit.code, "title": unit.title, "hours_jp": unit.hours_jp}
            for unit in data.units
        ],
        "materials": [
            {
                "name": material.name,
                "unit": material.unit,
                "per_participant": str(material.per_participant),
            }
            for material in data.materials
        ],
        "eligibility": data.eligibility.to_json(),
        "completion": data.completion.to_json(),
    }


def _stored(work: Work, programme: Programme) -> ProgrammeInput:
    units = work.session.scalars(
        select(ProgrammeUnit)
        .where(ProgrammeUnit.programme_id == programme.id)
        .order_by(ProgrammeUnit.position, ProgrammeUnit.id)
    )
    materials = work.session.scalars(
        select(ProgrammeMaterial)
        .where(ProgrammeMaterial.programme_id == programme.id)
        .order_by(ProgrammeMaterial.position, ProgrammeMaterial.id)
    )
    return ProgrammeInput(
        **{name: getattr(programme, name) for name in ROW_FIELDS},
        units=tuple(UnitInput(unit.code, unit.title, unit.hours_jp) for unit in units),
        materials=tuple(
            MaterialInput(
                material.name,
                material.unit,
                Decimal(material.per_participant).quantize(QUANTITY_STEP),
            )
            for material in materials
        ),
        eligibility=EligibilityRules.from_json(programme.eligibility),
        completion=CompletionRule.from_json(programme.completion),
    )


def _live(work: Work, programme_id: int, *, lock: bool = False) -> Programme:
    programme = work.session.get(Programme, programme_id, with_for_update=lock)
    if programme is None:
        raise NotFound(QT_TRANSLATE_NOOP("programmes", "This programme no longer exists."))
    return programme


def _check_code_free(work: Work, code: str, other_than: int | None = None) -> None:
    query = select(Programme.name).where(Programme.code == code)
    if other_than is not None:
        query = query.where(Programme.id != other_than)
    taken_by = work.session.scalar(query)
    if taken_by is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "programmes",
                "The code {code} is already used by the programme {name}. Choose another code.",
            ),
            "code",
            code=code,
            name=taken_by,
        )


def _flush(work: Work, code: str) -> None:
    """Flush, turning a code taken at the same moment by another desk into the form's error."""
    try:
        work.session.flush()
    except IntegrityError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "programmes",
                "The code {code} was just taken by another programme. Choose another code.",
            ),
            "code",
            code=code,
        ) from None


def _write_row(programme: Programme, data: ProgrammeInput) -> None:
    for name in ROW_FIELDS:
        setattr(programme, name, getattr(data, name))
    programme.eligibility = data.eligibility.to_json()
    programme.completion = data.completion.to_json()


def _write_units(work: Work, programme_id: int, units: tuple[UnitInput, ...]) -> None:
    work.session.execute(delete(ProgrammeUnit).where(ProgrammeUnit.programme_id == programme_id))
    work.session.add_all(
        ProgrammeUnit(
            programme_id=programme_id,
            position=position,
            code=unit.code,
            title=unit.title,
            hours_jp=unit.hours_jp,
        )
        for position, unit in enumerate(units, start=1)
    )


def _write_materials(work: Work, programme_id: int, materials: tuple[MaterialInput, ...]) -> None:
    # The inventory item each material is issued from (services.cohort_materials) is not on
    # the form: a material saved again with the same name and unit keeps it.
    items = {
        _material_key(row.name, row.unit): row.item_id
        for row in work.session.execute(
            select(ProgrammeMaterial.name, ProgrammeMaterial.unit, ProgrammeMaterial.item_id)
            .where(ProgrammeMaterial.programme_id == programme_id)
            .order_by(ProgrammeMaterial.position)
        )
        if row.item_id is not None
    }
    work.session.execute(
        delete(ProgrammeMaterial).where(ProgrammeMaterial.programme_id == programme_id)
    )
    work.session.add_all(
        ProgrammeMaterial(
            programme_id=programme_id,
            position=position,
            name=material.name,
            unit=material.unit,
            per_participant=material.per_participant,
            item_id=items.get(_material_key(material.name, material.unit)),
        )
        for position, material in enumerate(materials, start=1)
    )


def _material_key(name: str, unit: str) -> tuple[str, str]:
    return " ".join(name.casefold().split()), " ".join(unit.casefold().split())


def create_programme(db: Database, actor: Actor, data: ProgrammeInput) -> ProgrammeSaved:
    """Save a new, active programme. Raises ValidationErrors (every field at fault) or a
    ValidationError on `code` when another programme has it."""
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        cleaned = clean_programme(data)
        _check_code_free(work, cleaned.code)
        programme = Programme(active=True, version=1)
        _write_row(programme, cleaned)
        work.session.add(programme)
        _flush(work, cleaned.code)
        _write_units(work, programme.id, cleaned.units)
        _write_materials(work, programme.id, cleaned.materials)
        work.audit(
            "programme.create",
            ENTITY,
            programme.id,
            after={**audit_values(cleaned), "active": True, "version": 1},
        )
        return ProgrammeSaved(programme.id, programme.version)


def update_programme(
    db: Database, actor: Actor, programme_id: int, expected_version: int, data: ProgrammeInput
) -> ProgrammeSaved:
    """Save the form over the programme loaded at `expected_version`. Raises EditConflict
    (nothing saved) when someone changed it since."""
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        programme = _live(work, programme_id, lock=True)
        if programme.version != expected_version:
            raise EditConflict(
                _changes_since(work, programme_id, expected_version), programme.version
            )
        cleaned = clean_programme(data)
        _check_code_free(work, cleaned.code, other_than=programme_id)
        before = audit_values(_stored(work, programme))
        after = audit_values(cleaned)
        changed = sorted(key for key, value in after.items() if before[key] != value)
        if not changed:
            return ProgrammeSaved(programme.id, programme.version)
        _write_row(programme, cleaned)
        if "units" in changed:
            _write_units(work, programme.id, cleaned.units)
        if "materials" in changed:
            _write_materials(work, programme.id, cleaned.materials)
        programme.version += 1
        _flush(work, cleaned.code)
        work.audit(
            "programme.update",
            ENTITY,
            programme.id,
            before={key: before[key] for key in changed},
            after={**{key: after[key] for key in changed}, "version": programme.version},
        )
        return ProgrammeSaved(programme.id, programme.version)


def _set_active(db: Database, actor: Actor, programme_id: int, active: bool) -> ProgrammeSaved:
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        programme = _live(work, programme_id, lock=True)
        if programme.active == active:
            return ProgrammeSaved(programme.id, programme.version)
        programme.active = active
        programme.version += 1
        work.audit(
            "programme.restore" if active else "programme.archive",
            ENTITY,
            programme.id,
            before={"active": not active},
            after={"active": active, "version": programme.version},
        )
        return ProgrammeSaved(programme.id, programme.version)


def archive_programme(db: Database, actor: Actor, programme_id: int) -> ProgrammeSaved:
    """No longer offered: left out of the lists people choose from; everything is kept."""
    return _set_active(db, actor, programme_id, False)


def restore_programme(db: Database, actor: Actor, programme_id: int) -> ProgrammeSaved:
    return _set_active(db, actor, programme_id, True)


def _cohort_count(work: Work, programme_id: int) -> int:
    query = select(func.count()).select_from(Cohort).where(Cohort.programme_id == programme_id)
    return int(work.session.scalar(query) or 0)


def _wish_count(work: Work, programme_id: int) -> int:
    """Participants who chose the programme as a wish. Their JSON list of ids is read as
    text, the same on SQLite and PostgreSQL: "[3, 12]" becomes ",3,12," to look for ",3,"."""
    ids: ColumnElement[Any] = cast(Participant.preferences, Text)
    for mark in (" ", "[", "]"):
        ids = func.replace(ids, mark, "")
    listed = literal(",", Text).concat(ids).concat(",")
    query = (
        select(func.count()).select_from(Participant).where(listed.like(f"%,{int(programme_id)},%"))
    )
    return int(work.session.scalar(query) or 0)


def delete_programme(db: Database, actor: Actor, programme_id: int) -> None:
    """Delete a programme made by mistake. Refused (Conflict, nothing changed) when it has
    cohorts or participants chose it as a wish: archive it instead."""
    with acting(db, actor, Permission.MANAGE_PROGRAMMES) as work:
        programme = _live(work, programme_id, lock=True)
        cohorts = _cohort_count(work, programme_id)
        if cohorts:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "programmes",
                    "This programme has cohorts ({count}), so it cannot be deleted: their "
                    "records would be lost. Archive it instead; it is no longer offered and "
                    "everything is kept.",
                ),
                count=cohorts,
            )
        wishes = _wish_count(work, programme_id)
        if wishes:
            raise Conflict(
                QT_TRANSLATE_NOOP(
                    "programmes",
                    "Participants chose this programme as a wish ({count}), so it cannot be "
                    "deleted. Archive it instead; it is no longer offered and their wishes are "
                    "kept.",
                ),
                count=wishes,
            )
        before = {
            **audit_values(_stored(work, programme)),
            "active": programme.active,
            "version": programme.version,
        }
        work.session.execute(
            delete(ProgrammeUnit).where(ProgrammeUnit.programme_id == programme_id)
        )
        work.session.execute(
            delete(ProgrammeMaterial).where(ProgrammeMaterial.programme_id == programme_id)
        )
        work.session.delete(programme)
        work.audit("programme.delete", ENTITY, programme_id, before=before)


def get_programme(db: Database, actor: Actor, programme_id: int) -> ProgrammeDetail:
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        programme = _live(work, programme_id)
        stored = _stored(work, programme)
        return ProgrammeDetail(
            id=programme.id,
            version=programme.version,
            active=programme.active,
            cohorts=_cohort_count(work, programme_id),
            code=stored.code,
            name=stored.name,
            skill_area=stored.skill_area,
            description=stored.description,
            hours_jp=stored.hours_jp,
            minutes_per_jp=stored.minutes_per_jp,
            default_capacity=stored.default_capacity,
            units=stored.units,
            materials=stored.materials,
            eligibility=stored.eligibility,
            completion=stored.completion,
        )


def list_programme_rows(
    db: Database, actor: Actor, *, include_archived: bool = True
) -> list[ProgrammeRow]:
    """The admin's list, by name: archived programmes too unless asked not to."""
    with acting(db, actor, Permission.VIEW_PROGRAMMES, read_only=True) as work:
        cohorts = (
            select(Cohort.programme_id, func.count().label("cohorts"))
            .group_by(Cohort.programme_id)
            .subquery()
        )
        query = (
            select(
                Programme.id,
                Programme.code,
                Programme.name,
                Programme.skill_area,
                Programme.hours_jp,
                Programme.active,
                func.coalesce(cohorts.c.cohorts, 0).label("cohorts"),
            )
            .outerjoin(cohorts, cohorts.c.programme_id == Programme.id)
            .order_by(Programme.name, Programme.id)
        )
        if not include_archived:
            query = query.where(Programme.active == True)  # noqa: E712 (SQL, not Python)
        return [
            ProgrammeRow(
                id=row.id,
                code=row.code,
                name=row.name,
                skill_area=row.skill_area,
                hours_jp=row.hours_jp,
                active=row.active,
                cohorts=int(row.cohorts),
            )
            for row in work.session.execute(query)
        ]


def _changes_since(work: Work, programme_id: int, version: int) -> list[Change]:
    mine = (AuditEntry.entity == ENTITY, AuditEntry.entity_id == str(programme_id))
    # SQLite may give a deleted programme's id to the next one: its history starts at creation.
    created = work.session.scalar(
        select(func.max(AuditEntry.id)).where(*mine, AuditEntry.action == "programme.create")
    )
    entries = work.session.scalars(
        select(AuditEntry)
        .where(*mine, AuditEntry.action.in_(VERSIONED_ACTIONS), AuditEntry.id > (created or 0))
        .order_by(AuditEntry.id)
    )
    changes = []
    for entry in entries:
        after = entry.after or {}
        if int(after.get("version", 0)) > version:
            fields = tuple(key for key in after if key != "version")
            changes.append(Change(entry.at, entry.username, fields))
    return changes
