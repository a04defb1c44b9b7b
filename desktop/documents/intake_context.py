"""What every section of the intake form is built from: the centre, the participant's stored
values as the form prints them, the language, and fields labelled with marked English text.

Every list of options is the enum of desktop.domain.choices, so paper and screen offer the
same choices.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from desktop.documents.intake_fields import Options, char_boxes, heading, text_box, tick_grid
from desktop.documents.intake_layout import Block, Cell
from desktop.documents.language import CHOICES, DOCUMENTS, Translate
from desktop.domain.centre import CentreProfile
from desktop.domain.choices import Choice


class StoredValues:
    """The participant's stored values as the form prints them; all empty for a blank form."""

    def __init__(self, participant: Mapping[str, Any] | None) -> None:
        self.data: Mapping[str, Any] = participant or {}

    def text(self, key: str) -> str:
        value = self.data.get(key)
        return "" if value is None else str(value)

    def chosen(self, kind: type[Choice], key: str) -> set[Choice]:
        value = self.data.get(key)
        values = value if isinstance(value, list | tuple | set | frozenset) else [value]
        found: set[Choice] = set()
        for item in values:
            if item is None:
                continue
            try:
                found.add(kind(str(item)))
            except ValueError:
                continue  # a value this version does not know: left unticked, not guessed
        return found

    def date_digits(self, key: str) -> str:
        value = self.data.get(key)
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value)
            except ValueError:
                return ""  # not a date: empty boxes to write in, rather than garbage in them
        return value.strftime("%d%m%Y") if isinstance(value, date) else ""


class IntakeContext:
    """One intake form being made: blank when `participant` is None, else filled in."""

    def __init__(
        self,
        centre: CentreProfile,
        participant: Mapping[str, Any] | None,
        tr: Translate,
        programmes: Mapping[int, str],
        today: date,
    ) -> None:
        self.centre, self.tr, self.programmes, self.today = centre, tr, programmes, today
        self.filled = participant is not None
        self.v = StoredValues(participant)

    # -- the form's parts, labelled with marked English source text

    def t(self, source: str) -> str:
        return self.tr(DOCUMENTS, source)

    def heading(self, title: str) -> Block:
        return heading(self.t(title))

    def box(self, label: str, key: str, *, value: str | None = None, **kw: Any) -> Cell:
        return text_box(self.t(label), self.v.text(key) if value is None else value, **kw)

    def chars(self, label: str, value: str, segments: Sequence[int] = (16,)) -> Cell:
        return char_boxes(self.t(label), value, segments)

    def choose(self, label: str, options: Options, columns: int = 3, **kw: Any) -> Cell:
        return tick_grid(self.t(label), options, columns, **kw)

    def options(self, kind: type[Choice], chosen: Iterable[Choice] = ()) -> list[tuple[str, bool]]:
        picked = set(chosen)
        return [(self.tr(CHOICES, member.label), member in picked) for member in kind]

    def pick(self, kind: type[Choice], key: str) -> list[tuple[str, bool]]:
        return self.options(kind, self.v.chosen(kind, key))
