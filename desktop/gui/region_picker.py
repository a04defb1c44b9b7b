"""The address pickers: Provinsi → Kabupaten/Kota → Kecamatan → Desa/Kelurahan.

Four editable combo boxes, each searching its list by any part of a name ("cibeb" finds
Cibeber). Lists are read on the worker thread: the first read loads the whole region data
(~0.3 s), which must not freeze the desk. Keyboard first: type, then Enter chooses the only
match (or opens the list when several match) and moves on to the next level; Tab chooses too.
"""

from __future__ import annotations

import weakref
from typing import overload

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)
from shiboken6 import isValid

from desktop.domain import regions
from desktop.domain.regions import Region, Village
from desktop.gui.signals import emit
from desktop.gui.tasks import TaskRunner

PROVINCE, REGENCY, DISTRICT, VILLAGE = range(4)
LEVELS = 4


def _lists_for(code: str) -> tuple[Village | None, list[tuple[Region, ...]]]:
    """On the worker: the village and the four lists that show it."""
    found = regions.village(code)
    if found is None:
        return None, [regions.children("")]
    parents = ["", found.province_code, found.regency_code, found.district_code]
    return found, [regions.children(parent) for parent in parents]


def _set_invalid(widget: QWidget, invalid: bool) -> None:
    # The same property FieldErrors sets, so the stylesheet draws the same red border.
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class RegionPicker(QWidget):
    village_chosen = Signal(str)  # the village code, when the clerk chooses a village
    loaded = Signal(int)  # a level's list has arrived (its level number)

    @overload
    def __init__(self, runner: TaskRunner | None = None, parent: QWidget | None = None) -> None: ...
    @overload
    def __init__(self, runner: QWidget) -> None: ...  # Designer: parent only

    def __init__(
        self, runner: TaskRunner | QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        if isinstance(runner, QWidget):
            parent, runner = runner, None
        super().__init__(parent)
        self._runner: TaskRunner | None = None
        self._codes = [""] * LEVELS  # what is chosen at each level
        self._parents: list[str | None] = [None] * LEVELS  # whose children each list holds
        self._postal: dict[str, str] = {}
        self._pending_village = ""  # set_village still loading, or a code no longer current
        self._resolving: dict[int, bool] = {}  # level -> move on afterwards
        self.combos: list[QComboBox] = []
        self._completers: list[QCompleter] = []
        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        labels = (
            self.tr("Province:"),
            self.tr("Regency or city:"),
            self.tr("District:"),
            self.tr("Village:"),
        )
        names = (
            self.tr("Province"),
            self.tr("Regency or city"),
            self.tr("District (kecamatan)"),
            self.tr("Village (desa or kelurahan)"),
        )
        self.labels: list[QLabel] = []
        for level in range(LEVELS):
            combo = self._make_combo(level, names[level])
            label = QLabel(labels[level], self)
            self.labels.append(label)
            label.setBuddy(combo)
            row, column = divmod(level, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
            self.combos.append(combo)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.setFocusProxy(self.combos[PROVINCE])
        self._update_enabled()
        # While the completer's list shows, a level's field gets no FocusOut event and emits no
        # editingFinished, so Tab away from the list would leave a name typed but not chosen.
        # The application still reports every focus change.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # The application outlives every form: hold the picker weakly, let go with it.
            picker = weakref.ref(self)

            def focus_changed(old: QWidget | None, new: QWidget | None) -> None:
                alive = picker()
                if alive is not None and isValid(alive):
                    alive._focus_changed(old, new)

            app.focusChanged.connect(focus_changed)
            self.destroyed.connect(lambda: app.focusChanged.disconnect(focus_changed))
        if runner is not None:
            self.set_runner(runner)

    def _make_combo(self, level: int, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(
            ("provinceCombo", "regencyCombo", "districtCombo", "villageCombo")[level]
        )
        combo.setAccessibleName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        combo.setMaxVisibleItems(15)
        line = combo.lineEdit()
        assert line is not None  # editable
        line.setPlaceholderText(self.tr("Type to search…"))
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        combo.setCompleter(completer)
        self._completers.append(completer)
        # Enter: choose and move on. Leaving the field (Tab, a click elsewhere): choose only.
        line.returnPressed.connect(lambda: self._resolve_soon(level, move=True))
        line.editingFinished.connect(lambda: self._resolve_soon(level, move=False))
        completer.activated.connect(lambda _text: self._resolve_soon(level, move=False))
        combo.activated.connect(lambda index: self._choose(level, index))
        return combo

    # --- public -------------------------------------------------------------------------

    def set_runner(self, runner: TaskRunner) -> None:
        """Start reading the provinces on `runner`'s worker."""
        self._runner = runner
        if self._pending_village:
            self.set_village(self._pending_village)
        elif self._parents[PROVINCE] is None:
            self._load(PROVINCE, "")

    def village_code(self) -> str:
        """The chosen village; while a stored one is still loading (or is no longer a current
        village), that stored code, so saving never drops it unnoticed."""
        return self._codes[VILLAGE] or self._pending_village

    def postal_code(self) -> str:
        """The chosen village's postal code ("" when none is known)."""
        return self._postal.get(self._codes[VILLAGE], "")

    def unresolved(self) -> bool:
        """Something typed in a level that matches no entry of its list."""
        for level, combo in enumerate(self.combos):
            text = combo.currentText().strip()
            if text and (not self._codes[level] or text != self._chosen_name(level)):
                return True
        return False

    def set_village(self, code: str) -> None:
        """Show a stored village with its district, regency and province (read on the worker)."""
        self._pending_village = code
        if not code:
            self.clear()
            return
        if self._runner is None:
            return
        self._runner.submit(lambda: _lists_for(code), lambda found: self._show(code, found))

    def clear(self) -> None:
        self._pending_village = ""
        self._codes[PROVINCE] = ""
        self.combos[PROVINCE].setCurrentIndex(-1)
        self.combos[PROVINCE].clearEditText()
        self._clear_below(PROVINCE)

    def focus_widgets(self) -> list[QWidget]:
        return list(self.combos)

    def align_labels(self, left: int, right: int) -> None:
        """Give the label columns these widths, so the levels line up with the form's fields."""
        self._grid.setColumnMinimumWidth(0, left)
        self._grid.setColumnMinimumWidth(2, right)

    # --- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Return from a level's field arrives here after the field has seen it; the choice and
        # the move to the next field are made in _resolve, so the dialog must not act on it too.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self) or old is None or old is new:
            return
        for level, combo in enumerate(self.combos):
            if old in (combo, combo.lineEdit()) and new not in (combo, combo.lineEdit()):
                self._resolve_soon(level, move=False)

    def _resolve_soon(self, level: int, move: bool) -> None:
        # Later, not now: Enter in the completer's list emits returnPressed before the chosen
        # name is in the field; by the next turn of the event loop it is.
        if not isValid(self):
            return  # a field losing the focus as the form closes
        scheduled = level in self._resolving
        self._resolving[level] = self._resolving.get(level, False) or move
        if not scheduled:
            QTimer.singleShot(0, self, lambda: self._resolve(level))

    def _resolve(self, level: int) -> None:
        if not isValid(self):
            return
        move = self._resolving.pop(level, False)
        combo = self.combos[level]
        text = combo.currentText().strip()
        if not text:
            _set_invalid(combo, False)
            if self._codes[level]:
                self._codes[level] = ""
                self._pending_village = ""
                self._clear_below(level)
            return
        if self._codes[level] and text == self._chosen_name(level):
            _set_invalid(combo, False)
            if move:
                self._move_on(level)
            return
        matches = self._matches(combo, text)
        if len(matches) != 1:
            _set_invalid(combo, not matches)
            if matches and move:
                # Several match: open the list on the first, so one more Enter takes it.
                completer = self._completers[level]
                completer.complete()
                popup = completer.popup()
                if popup is not None:
                    popup.setCurrentIndex(completer.completionModel().index(0, 0))
            return
        self._choose(level, matches[0])
        if move:
            self._move_on(level)

    def _move_on(self, level: int) -> None:
        """Focus what Tab would reach from this level: the next level, or the form's next field.

        Named from the level, not from "the focus widget": while the completer's list shows,
        the focus may sit on the list's window rather than on the field."""
        self._hide_list(level)
        start: QWidget = self.combos[level]
        widget = start.nextInFocusChain()
        while widget is not None and widget is not start:
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisibleTo(widget.window())
                and widget.isEnabled()
                and widget.focusProxy() is None
                and widget.window() is start.window()
                and not start.isAncestorOf(widget)  # the level's own line edit
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def _hide_list(self, level: int) -> None:
        popup = self._completers[level].popup()
        if popup is not None and popup.isVisible():
            popup.hide()

    @staticmethod
    def _matches(combo: QComboBox, text: str) -> list[int]:
        """The one entry `text` means: the same name, else the only name starting with it,
        else the only name containing it; several when it is ambiguous, none when nothing fits."""
        wanted = text.casefold()
        names = [combo.itemText(index).casefold() for index in range(combo.count())]
        exact = [index for index, name in enumerate(names) if name == wanted]
        if exact:
            return exact[:1]
        starting = [index for index, name in enumerate(names) if name.startswith(wanted)]
        if len(starting) == 1:
            return starting
        return [index for index, name in enumerate(names) if wanted in name]

    # --- choosing and loading -----------------------------------------------------------

    def _chosen_name(self, level: int) -> str:
        combo = self.combos[level]
        index = combo.findData(self._codes[level])
        return combo.itemText(index) if index >= 0 else ""

    def _choose(self, level: int, index: int) -> None:
        combo = self.combos[level]
        code = str(combo.itemData(index) or "")
        if not code:
            return
        combo.setCurrentIndex(index)
        self._hide_list(level)  # an open list would keep the focus from moving on
        _set_invalid(combo, False)
        if code == self._codes[level]:
            return
        self._pending_village = ""
        self._codes[level] = code
        self._clear_below(level)
        if level < VILLAGE:
            self._load(level + 1, code)
        else:
            emit(self.village_chosen, code)

    def _clear_below(self, level: int) -> None:
        for lower in range(level + 1, LEVELS):
            combo = self.combos[lower]
            combo.clear()
            combo.clearEditText()
            _set_invalid(combo, False)
            self._codes[lower] = ""
            self._parents[lower] = None
        self._update_enabled()

    def _update_enabled(self) -> None:
        # A level opens as soon as its parent is chosen, before its list arrives, so Enter can
        # move the focus there at once.
        for level in range(1, LEVELS):
            self.combos[level].setEnabled(bool(self._codes[level - 1]))

    def _load(self, level: int, parent_code: str) -> None:
        self._parents[level] = parent_code
        if self._runner is None:
            return
        self._runner.submit(
            lambda: regions.children(parent_code),
            lambda found: self._fill(level, parent_code, found),
        )

    def _fill(self, level: int, parent_code: str, found: tuple[Region, ...]) -> None:
        # The worker answers later; the form may have been closed and deleted meanwhile.
        if not isValid(self) or self._parents[level] != parent_code:
            return  # the clerk chose another parent meanwhile
        combo = self.combos[level]
        typed = combo.currentText()  # typed before the list arrived: kept
        combo.blockSignals(True)
        combo.clear()
        for region in found:
            combo.addItem(region.name, region.code)
            if region.postal_code:
                self._postal[region.code] = region.postal_code
        combo.setCurrentIndex(-1)
        combo.setEditText(typed)
        combo.blockSignals(False)
        emit(self.loaded, level)

    def _show(self, code: str, found: tuple[Village | None, list[tuple[Region, ...]]]) -> None:
        if not isValid(self) or self._pending_village != code:
            return  # closed, or the clerk chose or cleared meanwhile
        village, lists = found
        parents = [""] + (
            [village.province_code, village.regency_code, village.district_code] if village else []
        )
        codes = (
            [village.province_code, village.regency_code, village.district_code, village.code]
            if village
            else [""] * LEVELS
        )
        for level in range(LEVELS):
            self._parents[level] = parents[level] if level < len(parents) else None
            if level < len(lists):
                self._fill(level, parents[level], lists[level])
            else:
                self.combos[level].clear()
            combo = self.combos[level]
            combo.setCurrentIndex(combo.findData(codes[level]) if codes[level] else -1)
            self._codes[level] = codes[level]
        self._update_enabled()
        if village is not None:
            self._pending_village = ""
        emit(self.loaded, VILLAGE)
