"""Rotation, grandfather-father-son: a year of simulated backups (two a day, with a clock
passed in) leaves the newest of each of the last 7 days, 4 ISO weeks and 12 months, and
every safety copy."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop.services.backup_rotation import to_keep
from desktop.services.backups import BackupPlace, list_backups, take_backup

START = datetime(2025, 10, 1, 3, 0, tzinfo=UTC)


def tiny_database(path: Path) -> Path:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("INSERT INTO note (text) VALUES ('hello')")
    connection.close()
    return path


def newest_per(moments: list[datetime], period: str, count: int) -> set[datetime]:
    """The newest moment of each of the `count` newest periods (local time)."""
    newest: dict[object, datetime] = {}
    for moment in moments:
        local = moment.astimezone()
        bucket: object = {
            "day": local.date(),
            "week": local.isocalendar()[:2],
            "month": (local.year, local.month),
        }[period]
        newest[bucket] = max(newest.get(bucket, moment), moment)
    return set(sorted(newest.values(), reverse=True)[:count])


def test_a_year_of_backups_is_rotated_grandfather_father_son(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 900 backups: durability is tested elsewhere (test_backup_kill), syncing is not needed here.
    monkeypatch.setattr(os, "fsync", lambda _descriptor: None)
    database = tiny_database(tmp_path / "pelita.sqlite3")
    place = BackupPlace(tmp_path / "backups", tmp_path / "usb", None)
    taken: list[datetime] = []
    safety: list[Path] = []
    removed: list[Path] = []
    for day in range(400):
        for hour, reason in ((0, "daily"), (12, "exit")):
            moment = START + timedelta(days=day, hours=hour)
            result = take_backup(database, place, reason, moment)
            taken.append(moment)
            removed += result.removed
            assert result.backup.path.exists()  # the backup just taken is never rotated away
        if day % 45 == 0:
            before = START + timedelta(days=day, hours=13)
            safety.append(take_backup(database, place, "before-restore", before).backup.path)

    kept = [b for b in list_backups(place) if b.reason in ("daily", "exit")]
    expected = (
        newest_per(taken, "day", 7) | newest_per(taken, "week", 4) | newest_per(taken, "month", 12)
    )
    assert {b.taken_at for b in kept} == expected
    assert len(kept) <= 7 + 4 + 12
    # The oldest kept is the newest backup of the month a year back, nothing older.
    oldest = min(b.taken_at for b in kept).astimezone()
    last = taken[-1].astimezone()
    months_back = (last.year - oldest.year) * 12 + last.month - oldest.month
    assert months_back == 11
    # The last 7 days are all there, both from today's two backups only the newest.
    assert [b.taken_at for b in kept[:7]] == [taken[-1] - timedelta(days=n) for n in range(7)]
    # Safety copies are never rotated, however old.
    assert all(path.exists() for path in safety)
    assert len(safety) == 9
    # The second folder (a USB drive) is rotated the same way.
    usb = BackupPlace(tmp_path / "usb", None, None)
    assert {b.taken_at for b in list_backups(usb) if b.reason != "before-restore"} == expected
    assert len(removed) == 2 * (len(taken) - len(kept))


def test_days_without_a_backup_do_not_use_up_the_daily_ones() -> None:
    # A desk closed over a two-week holiday keeps its 7 daily backups.
    before = [datetime(2026, 6, day, 9, tzinfo=UTC) for day in (1, 2, 3, 4)]
    after = [datetime(2026, 6, day, 9, tzinfo=UTC) for day in (20, 21, 22)]
    assert to_keep(before + after, UTC) == set(before + after)


def test_days_are_the_desks_own() -> None:
    wib = timezone(timedelta(hours=7))
    # 18:00 and 23:30 UTC on the 1st are 01:00 and 06:30 on the 2nd in Jakarta: one day there.
    evening = datetime(2026, 6, 1, 18, 0, tzinfo=UTC)
    late = datetime(2026, 6, 1, 23, 30, tzinfo=UTC)
    morning = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)  # 16:00 on the 1st in Jakarta
    assert to_keep([morning, evening, late], wib) == {morning, late}
    assert to_keep([morning, evening, late], UTC) == {late}
