"""Wall-clock times and windows in the person's local time, safe across midnight and DST.

Every function takes and returns instants in UTC and a local `tzinfo` to read the wall clock
in. Comparing instants in UTC matters: two aware datetimes that share one ZoneInfo compare by
their wall-clock fields, which is wrong for an hour around each DST change.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, tzinfo

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_hhmm(text: str) -> time | None:
    """'07:30' -> time(7, 30); an empty or unusable value -> None."""
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None


def minus_minutes(at: time, minutes: int) -> time:
    """The time of day `minutes` before `at`, wrapping past midnight."""
    total = (at.hour * 60 + at.minute - minutes) % (24 * 60)
    return time(total // 60, total % 60)


def _local_instant(day: datetime, at: time, tz: tzinfo) -> datetime:
    # fold=0: a time the clock shows twice (DST ends) means the first one; a time it skips
    # (DST starts) lands just after the jump. Either way it is one real instant.
    return datetime.combine(day.date(), at, tzinfo=tz).astimezone(UTC)


def next_daily(after: datetime, at: time, tz: tzinfo) -> datetime:
    """The first instant strictly after `after` when the local clock shows `at`."""
    local = after.astimezone(tz)
    for days in range(3):
        candidate = _local_instant(local + timedelta(days=days), at, tz)
        if candidate > after:
            return candidate
    raise AssertionError("a daily time always comes within three days")


def next_weekly(after: datetime, weekday: int, at: time, tz: tzinfo) -> datetime:
    """The first instant strictly after `after` on `weekday` (Monday is 0) at `at`, local."""
    local = after.astimezone(tz)
    for days in range(9):
        day = local + timedelta(days=days)
        if day.weekday() == weekday:
            candidate = _local_instant(day, at, tz)
            if candidate > after:
                return candidate
    raise AssertionError("a weekly time always comes within nine days")


def in_window(now: datetime, start: time, end: time, tz: tzinfo) -> bool:
    """Whether the local time of `now` is in [start, end); the window may cross midnight.

    A window whose start equals its end is empty.
    """
    clock = now.astimezone(tz).time()
    if start < end:
        return start <= clock < end
    if start > end:
        return clock >= start or clock < end
    return False
