"""Small widgets for the fixed lists of the intake form (desktop.domain.choices).

Each can be placed in Designer as a promoted widget: Designer's generated code passes only the
parent, so the list is given afterwards with `set_choices` / `set_programmes`. In code, pass it
to the constructor. Labels are translated in the "choices" context, where the domain marks them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar, overload

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from desktop.domain.choices import Choice

C = TypeVar("C", bound=Choice)
CHOICES = "choices"  # the translation context the domain marks every label in
EMPTY = "—"  # no choice made; a dash reads the same in every language


def choice_label(member: Choice) -> str:
    return QCoreApplication.translate(CHOICES, member.label)


class ChoiceCombo(QComboBox):
    """One member of a Choice list, or none (the "—" first item) when `allow_empty`.

    Not editable: typing the first letters picks an item, as in any combo box."""

    @overload
    def __init__(
        self, enum_type: type[Choice], allow_empty: bool = True, parent: QWidget | None = None
    ) -> None: ...
    @overload
    def __init__(self, enum_type: QWidget | None = None) -> None: ...  # Designer: parent only

    def __init__(
        self,
        enum_type: type[Choice] | QWidget | None = None,
        allow_empty: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        if isinstance(enum_type, QWidget):
            parent, enum_type = enum_type, None
        super().__init__(parent)
        self._type: type[Choice] | None = None
        if enum_type is not None:
            self.set_choices(enum_type, allow_empty)

    def set_choices(self, enum_type: type[Choice], allow_empty: bool = True) -> None:
        self._type = enum_type
        self.clear()
        if allow_empty:
            self.addItem(EMPTY, None)
        for member in enum_type:
            self.addItem(choice_label(member), member.value)

    def value(self) -> Choice | None:
        data = self.currentData()
        return None if data is None or self._type is None else self._type(data)

    def value_of(self, kind: type[C]) -> C | None:
        """The value typed as `kind` (the list this combo was given)."""
        value = self.value()
        return None if value is None else kind(value)

    def set_value(self, value: Choice | None) -> None:
        index = self.findData(None if value is None else value.value)
        self.setCurrentIndex(max(index, 0))


class ChoiceChecks(QWidget):
    """Any number of members of a Choice list, one check box each, in `columns` columns."""

    changed = Signal()

    @overload
    def __init__(
        self, enum_type: type[Choice], columns: int = 2, parent: QWidget | None = None
    ) -> None: ...
    @overload
    def __init__(self, enum_type: QWidget | None = None) -> None: ...  # Designer: parent only

    def __init__(
        self,
        enum_type: type[Choice] | QWidget | None = None,
        columns: int = 2,
        parent: QWidget | None = None,
    ) -> None:
        if isinstance(enum_type, QWidget):
            parent, enum_type = enum_type, None
        super().__init__(parent)
        self._type: type[Choice] | None = None
        self._boxes: dict[Choice, QCheckBox] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setVerticalSpacing(2)
        if enum_type is not None:
            self.set_choices(enum_type, columns)

    def set_choices(self, enum_type: type[Choice], columns: int = 2) -> None:
        for box in self._boxes.values():
            box.deleteLater()
        self._type = enum_type
        self._boxes = {}
        members = list(enum_type)
        rows = -(-len(members) // columns)
        # Down the first column, then the next: the order of the paper form's list.
        for position, member in enumerate(members):
            box = QCheckBox(choice_label(member), self)
            box.setObjectName(f"check_{member.value}")
            box.toggled.connect(self.changed)
            self._grid.addWidget(box, position % rows, position // rows)
            self._boxes[member] = box
        for column in range(columns):
            self._grid.setColumnStretch(column, 1)
        if members:
            self.setFocusProxy(self._boxes[members[0]])

    def box(self, member: Choice) -> QCheckBox:
        return self._boxes[member]

    def focus_widgets(self) -> list[QWidget]:
        return list(self._boxes.values())

    def values(self) -> frozenset[Choice]:
        return frozenset(member for member, box in self._boxes.items() if box.isChecked())

    def values_of(self, kind: type[C]) -> frozenset[C]:
        return frozenset(kind(member) for member in self.values())

    def set_values(self, values: Iterable[Choice]) -> None:
        chosen = set(values)
        for member, box in self._boxes.items():
            box.setChecked(member in chosen)


class ProgrammePreferences(QWidget):
    """Up to `count` programmes in order of preference. The programmes (id, name) come from the
    caller, which asks a service for them: this widget reads nothing itself."""

    changed = Signal()

    @overload
    def __init__(
        self,
        programmes: Sequence[tuple[int, str]],
        count: int = 3,
        parent: QWidget | None = None,
    ) -> None: ...
    @overload
    def __init__(self, programmes: QWidget | None = None) -> None: ...  # Designer: parent only

    def __init__(
        self,
        programmes: Sequence[tuple[int, str]] | QWidget | None = None,
        count: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        if isinstance(programmes, QWidget):
            parent, programmes = programmes, None
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        names = (self.tr("First choice"), self.tr("Second choice"), self.tr("Third choice"))
        self.combos: list[QComboBox] = []
        for rank in range(count):
            label = QLabel(f"{rank + 1}.", self)
            combo = QComboBox(self)
            combo.setObjectName(f"preference{rank + 1}")
            combo.setAccessibleName(
                names[rank]
                if rank < len(names)
                else self.tr("Choice %1").replace("%1", str(rank + 1))
            )
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(self.changed)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo, 1)
            self.combos.append(combo)
        self.setFocusProxy(self.combos[0])
        self.set_programmes(programmes or ())

    def set_programmes(self, programmes: Sequence[tuple[int, str]]) -> None:
        kept = self.values()
        self._programmes = list(programmes)
        for combo in self.combos:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(EMPTY, None)
            for programme_id, name in self._programmes:
                combo.addItem(name, programme_id)
                # Long names are cut in a narrow combo; the whole name shows as a tooltip.
                combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
            combo.blockSignals(False)
        self.set_values(kept)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.combos)

    def values(self) -> tuple[int, ...]:
        """The chosen programme ids, best first; an empty rank is skipped."""
        chosen = (combo.currentData() for combo in self.combos)
        return tuple(int(value) for value in chosen if value is not None)

    def set_values(self, ids: Sequence[int]) -> None:
        for rank, combo in enumerate(self.combos):
            wanted = ids[rank] if rank < len(ids) else None
            index = combo.findData(wanted) if wanted is not None else 0
            if index < 0:
                # A stored choice of a programme no longer offered: kept, not silently dropped.
                combo.addItem(self.tr("Programme no. %1").replace("%1", str(wanted)), wanted)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
