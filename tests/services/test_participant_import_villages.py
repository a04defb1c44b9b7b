"""A list's region names to a village (participant_import_rows.find_village): a list that
names the regency is looked up in that regency's villages alone, and finds exactly what the
whole country's index finds, ambiguous and unknown names included."""

from __future__ import annotations

import random

import pytest

from desktop.domain.regions import Village, all_villages
from desktop.services import participant_import_rows as rows


def whole_index(
    village: str, district: str, regency: str, province: str
) -> tuple[Village | None, int]:
    """find_village as it was: the country's villages by name, then the parents compared."""
    given = rows._region_key(village)[1]
    matching = [
        v
        for v in rows._villages_by_name().get(given, ())
        if rows._same_region(district, v.district_name)
        and rows._same_region(regency, v.regency_name)
        and rows._same_region(province, v.province_name)
    ]
    return (matching[0], 1) if len(matching) == 1 else (None, len(matching))


def bare(regency: str) -> str:
    return regency.removeprefix("Kabupaten ").removeprefix("Kota ")


def test_the_regency_s_villages_find_what_the_whole_index_finds() -> None:
    villages = all_villages()
    sample = random.Random(7).sample(villages, 150)
    by_name: dict[str, list[Village]] = {}
    for village in villages:
        by_name.setdefault(village.name, []).append(village)
    sample += [v for same in by_name.values() if len(same) > 20 for v in same[:3]][:60]
    names = [("Poncosari", "Srandakan", "Kabupaten Bantul", ""), ("Sidomulyo", "", "Bantul", "")]
    for v in sample:
        names += [
            (v.name, v.district_name, v.regency_name, ""),
            (v.name.upper(), "", bare(v.regency_name), v.province_name),
            ("Desa " + v.name, "Kec. " + v.district_name, "kab " + bare(v.regency_name), ""),
            (v.name, "", "Kota " + bare(v.regency_name), ""),
            (v.name, "", bare(v.regency_name), "Nowhere"),
            (v.name + "x", "", v.regency_name, ""),
        ]
    found = [rows.find_village.__wrapped__(*given) for given in names]
    assert found == [whole_index(*given) for given in names]
    counts = {count for _village, count in found}
    assert {0, 1}.issubset(counts) and max(counts) > 1  # unknown, found and ambiguous all seen


@pytest.mark.parametrize(
    ("names", "count"),
    [
        (("Poncosari", "Srandakan", "Kabupaten Bantul", ""), 1),
        (("poncosari", "", "Bantul", "Daerah Istimewa Yogyakarta"), 1),
        (("Poncosari", "", "Kota Bantul", ""), 0),  # Bantul is a kabupaten
        (("Poncosari", "", "", ""), 1),  # no regency: the whole index
    ],
)
def test_a_named_regency_narrows_the_search(names: tuple[str, str, str, str], count: int) -> None:
    village, found = rows.find_village(*names)
    assert found == count
    assert (village is not None) == (count == 1)
    if village is not None:
        assert (village.name, village.district_name) == ("Poncosari", "Srandakan")
