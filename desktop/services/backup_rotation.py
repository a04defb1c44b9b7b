"""Which backups to keep: grandfather-father-son.

The newest backup of each of the last 7 days, 4 ISO weeks and 12 months that have a backup
(like `borg prune --keep-daily 7 --keep-weekly 4 --keep-monthly 12`): a desk closed over a
holiday keeps its 7 daily backups instead of losing them to empty days. Days, weeks and months
are the desk's own (local time), as the people there count them.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime, tzinfo

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    iso = moment.isocalendar()
    return (iso.year, iso.week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


RULES: tuple[tuple[Callable[[datetime], Hashable], int], ...] = (
    (_day, KEEP_DAILY),
    (_week, KEEP_WEEKLY),
    (_month, KEEP_MONTHLY),
)


def to_keep(moments: Iterable[datetime], zone: tzinfo | None = None) -> set[datetime]:
    """The moments (aware datetimes of backups) to keep; the others may go. `zone` is the
    desk's time zone (None: this computer's)."""
    newest_first = sorted(set(moments), reverse=True)
    local = {moment: moment.astimezone(zone) for moment in newest_first}
    keep: set[datetime] = set()
    for period, count in RULES:
        seen: set[Hashable] = set()
        for moment in newest_first:
            bucket = period(local[moment])
            if bucket in seen:
                continue
            if len(seen) == count:
                break
            seen.add(bucket)
            keep.add(moment)
    return keep
