"""What every benchmark reports: a measurement, its yardstick from the same run, the target."""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Result:
    name: str
    value: float
    unit: str
    yardstick_name: str
    yardstick: float
    target: str
    met: bool
    runs: int
    extra: dict[str, Any]

    @property
    def ratio(self) -> float:
        return self.value / self.yardstick if self.yardstick else float("nan")

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}

    def line(self) -> str:
        verdict = "met" if self.met else "MISSED"
        return (
            f"{self.name}: {self.value:.4g} {self.unit} (median of {self.runs}) vs "
            f"{self.yardstick_name} {self.yardstick:.4g} {self.unit} = {self.ratio:.2f}x; "
            f"target {self.target}: {verdict}"
        )


def median(values: list[float]) -> float:
    return statistics.median(values)
