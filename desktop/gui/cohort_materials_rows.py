"""One line of a cohort's material plan as the admin shapes it in the materials dialog: the
item and place chosen (the plan's proposal at first), the quantity still to issue in that
item's unit, what the place holds and what is short; and the words for the shortfalls.

The plan (desktop.services.cohort_materials.material_plan) proposes an item and the place
holding the most of it. Choosing another item works the quantity out again in its unit
(services.cohort_material_plan.quantity_needed: a whole unit is rounded up) and reads where
it is kept; what the cohort already had counts only for the item it had it from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from desktop.domain.inventory import Unit
from desktop.gui.stock_texts import amount_text, quantity_text
from desktop.services.cohort_material_plan import IssueLine, Place, PlanLine, quantity_needed


@dataclass(frozen=True)
class MaterialChoice:
    line: PlanLine
    item_id: int | None
    item_name: str
    unit: Unit | None
    quantity_milli: int  # still to issue, in the item's unit
    places: tuple[Place, ...]  # where the item is kept, the most first
    location_id: int | None

    @classmethod
    def proposed(cls, line: PlanLine) -> MaterialChoice:
        return cls(line, line.item_id, line.item_name, line.unit, line.quantity_milli,
                   line.places, line.location_id)  # fmt: skip

    def with_item(
        self, item_id: int | None, name: str, unit: Unit | None, places: tuple[Place, ...],
        participants: int,
    ) -> MaterialChoice:  # fmt: skip
        """Another item: its quantity in its unit, its places, the one holding most chosen."""
        line = self.line
        needed = quantity_needed(line.per_participant, participants, unit) if unit else 0
        had = line.issued_milli if item_id == line.item_id else 0
        return replace(
            self,
            item_id=item_id,
            item_name=name,
            unit=unit,
            quantity_milli=max(0, needed - had),
            places=places,
            location_id=places[0].location_id if places else None,
        )

    def at(self, location_id: int | None) -> MaterialChoice:
        return replace(self, location_id=location_id)

    @property
    def place(self) -> Place | None:
        return next((p for p in self.places if p.location_id == self.location_id), None)

    @property
    def available_milli(self) -> int:
        place = self.place
        return place.stock_milli if place else 0

    @property
    def short_milli(self) -> int:
        return max(0, self.quantity_milli - self.available_milli) if self.item_id else 0

    def issue_line(self) -> IssueLine | None:
        """What Issue all sends for this line; None when there is nothing to send."""
        if self.item_id is None or self.location_id is None or self.quantity_milli <= 0:
            return None
        return IssueLine(self.line.material_id, self.item_id, self.location_id, self.quantity_milli)


def amount(choice: MaterialChoice, milli: int) -> str:
    """ "4,5 metre" in the chosen item's unit; the programme's own unit text when no item."""
    if choice.unit is not None:
        return quantity_text(milli, choice.unit)
    return f"{amount_text(milli)} {choice.line.material_unit}".strip()


def shortfall_text(choices: list[MaterialChoice]) -> tuple[str, str]:
    """What the note under the table says, and its role ("ok", "warning" or "hint")."""
    if not choices:
        return QCoreApplication.translate(
            "CohortMaterials", "The programme lists no materials."
        ), "hint"
    wanted = [c for c in choices if c.quantity_milli > 0 or c.item_id is None]
    unlinked = [c.line.material_name for c in wanted if c.item_id is None]
    short = [c for c in wanted if c.item_id is not None and c.short_milli > 0]
    parts = []
    if short:
        lines = []
        for choice in short:
            where = (
                choice.place.label
                if choice.place
                else QCoreApplication.translate("CohortMaterials", "any place")
            )
            text = QCoreApplication.translate("CohortMaterials", "%1 is short by %2 (%3 at %4)")
            lines.append(
                text.replace("%1", choice.line.material_name)
                .replace("%2", amount(choice, choice.short_milli))
                .replace("%3", amount(choice, choice.available_milli))
                .replace("%4", where)
            )
        parts.append(
            QCoreApplication.translate(
                "CohortMaterials", "Not enough in stock: %1. Receive or move more before issuing."
            ).replace("%1", "; ".join(lines))
        )
    if unlinked:
        parts.append(
            QCoreApplication.translate("CohortMaterials", "No item is chosen for: %1.").replace(
                "%1", ", ".join(unlinked)
            )
        )
    if parts:
        return "\n".join(parts), "warning"
    if not any(c.quantity_milli > 0 for c in choices):
        return QCoreApplication.translate(
            "CohortMaterials", "Nothing is left to issue: the cohort has it all."
        ), "ok"
    return QCoreApplication.translate("CohortMaterials", "Everything needed is in stock."), "ok"
