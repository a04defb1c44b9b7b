"""Plausible argument values made from type hints, for calling every guarded service function
in tests/services/test_roles_per_service.py without writing each call by hand."""

from __future__ import annotations

import collections.abc as cabc
import dataclasses
import enum
import types
import typing
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

SIMPLE: dict[object, object] = {
    bool: False,
    int: 1,
    float: 1.0,
    Decimal: Decimal(1),
    str: "x",
    bytes: b"x",
    date: date(2026, 11, 23),
    datetime: datetime(2026, 11, 23, 9, tzinfo=UTC),
    time: time(9),
}
SEQUENCES = (list, cabc.Sequence, cabc.Iterable, cabc.Collection, cabc.MutableSequence)
SETS = (set, frozenset, cabc.Set, cabc.MutableSet)


class Anything:
    """For a type nothing here can make: the permission check comes before it is used."""

    def __repr__(self) -> str:
        return "ANY"


def value_for(hint: Any, name: str, folder: Path, depth: int = 0) -> Any:
    """A value of type `hint` for parameter `name`; files go into `folder` (and must not)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        present = [a for a in args if a is not type(None)]
        return value_for(present[0], name, folder, depth) if present else None
    if origin is typing.Literal:
        return args[0]
    if hint in SIMPLE:
        return SIMPLE[hint]
    if isinstance(hint, type) and issubclass(hint, Path):
        return folder / f"{name}{'.pdf' if 'pdf' in name else '.xlsx'}"
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    if origin in SEQUENCES:
        return [value_for(args[0], name, folder, depth + 1)] if args and depth < 3 else []
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return (value_for(args[0], name, folder, depth + 1),)
        return tuple(value_for(a, name, folder, depth + 1) for a in args)
    if origin in SETS:
        return frozenset([value_for(args[0], name, folder, depth + 1)]) if args else frozenset()
    if origin in (dict, cabc.Mapping, cabc.MutableMapping):
        return {}
    if origin is cabc.Callable or hint is cabc.Callable:
        return None
    if isinstance(hint, type) and dataclasses.is_dataclass(hint) and depth < 3:
        hints = typing.get_type_hints(hint)
        values = {
            field.name: value_for(hints[field.name], field.name, folder, depth + 1)
            for field in dataclasses.fields(hint)
            if field.init
            and field.default is dataclasses.MISSING
            and field.default_factory is dataclasses.MISSING
        }
        return hint(**values)
    return Anything()
