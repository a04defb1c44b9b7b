"""Column mappings remembered per header row, so the village office's monthly list maps itself.

A mapping is kept in the centre-wide `setting` table (every desk sees it) under a key made from
a hash of the normalised headers: the same headers with other capitals, spacing or trailing
empty columns find the same mapping. Only people who may register participants read or change
them; each change is audited as a settings change.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from desktop.domain.import_columns import ImportField, guess_mapping, normalise_header
from desktop.domain.roles import Permission
from desktop.services.context import Actor, acting
from desktop.store.database import Database
from desktop.store.models import Setting

KEY_PREFIX = "import_mapping."
_HASH_LENGTH = 40  # hex digits: the key stays within the setting table's 64 characters


def headers_key(headers: Sequence[str]) -> tuple[str, list[str]]:
    """The setting key for these headers, and the normalised headers it stands for."""
    normalised = [normalise_header(header or "") for header in headers]
    while normalised and not normalised[-1]:
        normalised.pop()  # a sheet's trailing empty columns say nothing about its layout
    digest = hashlib.sha256(json.dumps(normalised).encode("utf-8")).hexdigest()
    return KEY_PREFIX + digest[:_HASH_LENGTH], normalised


def remembered_mapping(
    db: Database, actor: Actor, headers: Sequence[str]
) -> dict[int, ImportField] | None:
    """The mapping last remembered for these headers, or None."""
    key, normalised = headers_key(headers)
    with acting(db, actor, Permission.REGISTER_PARTICIPANTS, read_only=True) as work:
        row = work.session.get(Setting, key)
        value = row.value if row is not None else None
    if not isinstance(value, dict) or value.get("headers") != normalised:
        return None
    return _from_stored(value.get("mapping"), len(normalised))


def remember_mapping(
    db: Database, actor: Actor, headers: Sequence[str], mapping: Mapping[int, ImportField]
) -> None:
    """Keep `mapping` (column index -> field) for the next file with these headers. Columns
    beyond the headers are left out."""
    key, normalised = headers_key(headers)
    stored = {
        str(column): ImportField(field).value
        for column, field in sorted(mapping.items())
        if 0 <= column < len(normalised)
    }
    value = {"headers": normalised, "mapping": stored}
    with acting(db, actor, Permission.REGISTER_PARTICIPANTS) as work:
        row = work.session.get(Setting, key)
        before = row.value if row is not None else None
        if before == value:
            return  # the same mapping again: nothing to write or audit
        if row is None:
            work.session.add(Setting(key=key, value=value))
        else:
            row.value = value
        work.audit(
            "settings.update",
            "setting",
            key,
            before={"import_mapping": before["mapping"] if isinstance(before, dict) else None},
            after={"import_mapping": stored},
        )


def mapping_for(db: Database, actor: Actor, headers: Sequence[str]) -> dict[int, ImportField]:
    """The remembered mapping for these headers if there is one, else the guess."""
    remembered = remembered_mapping(db, actor, headers)
    return remembered if remembered is not None else guess_mapping(headers)


def _from_stored(stored: Any, columns: int) -> dict[int, ImportField] | None:
    """The stored mapping, without entries a newer or older Pelita wrote that this one does
    not know (a field since renamed, a column out of range)."""
    if not isinstance(stored, dict):
        return None
    known = {field.value for field in ImportField}
    mapping: dict[int, ImportField] = {}
    for column, field in stored.items():
        if str(column).isdigit() and int(column) < columns and field in known:
            mapping[int(column)] = ImportField(field)
    return mapping
