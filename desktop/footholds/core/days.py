"""The person's day: it starts at their chosen hour (4 am by default), not at midnight.

A moment belongs to the day on its own wall clock, so an entry made in another time zone
while travelling counts for the day it was where the person was. Nothing here counts gaps:
there are no streaks and no "missed" days, only days the person showed up.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from footholds.core.store.models import LogEntry, ReminderEvent, RoutineCheck

# the clock that says which day it is, for every window; tests replace it here
from footholds.core.store.models import now_local as now_local

DEFAULT_START_HOUR = 4


def day_of(moment: datetime, start_hour: int, tz: tzinfo | None = None) -> date:
    """The person's day a moment belongs to, on its own wall clock (or in `tz` when given)."""
    if tz is not None and moment.tzinfo is not None:
        moment = moment.astimezone(tz)
    # Wall-clock arithmetic on purpose: 03:30 on the morning clocks change is still "last night".
    return (moment.replace(tzinfo=None) - timedelta(hours=start_hour)).date()


def today(start_hour: int, now: datetime | None = None) -> date:
    """Which day it is for the person now: before their day-start hour it is still the day
    before. Every window asks here, so at 3 am Today, the journal, insights and the check-in
    all agree; tests fix the clock by replacing `now_local` in this module."""
    return day_of(now if now is not None else now_local(), start_hour)


def day_bounds(day: date, start_hour: int, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """When `day` starts and ends as aware datetimes; `tz` None means this computer's zone.

    An hour skipped by a clock change starts the day at the first moment that exists after it;
    an hour that happens twice starts the day at its first occurrence.
    """
    return _start(day, start_hour, tz), _start(day + timedelta(days=1), start_hour, tz)


def next_turnover(now: datetime, start_hour: int, tz: tzinfo | None = None) -> datetime:
    """The moment the day after `now` begins, in `tz` (None: this computer's zone)."""
    if tz is None:
        local = now.astimezone() if now.tzinfo is not None else now
        return day_bounds(day_of(local, start_hour), start_hour)[1]
    return day_bounds(day_of(now, start_hour, tz), start_hour, tz)[1]


def seconds_until(moment: datetime, now: datetime) -> float:
    """Real seconds from `now` to `moment` (Python subtracts wall clocks within one zone)."""
    return (moment.astimezone(UTC) - now.astimezone(UTC)).total_seconds()


def month_bounds(
    month: str, start_hour: int, tz: tzinfo | None = None
) -> tuple[datetime, datetime]:
    """The first moment of the month's first day and of the next month's first day."""
    first = _first_of(month)
    following = (first + timedelta(days=32)).replace(day=1)
    return _start(first, start_hour, tz), _start(following, start_hour, tz)


def done_on(checks: Iterable[RoutineCheck], day: date) -> set[str]:
    """Ids of the routine items ticked on `day`; a new day starts with none ticked."""
    key = day.isoformat()
    return {check.item_id for check in checks if check.day == key}


def showed_up_on(
    checks: Iterable[RoutineCheck],
    logs: Iterable[LogEntry],
    day: date,
    *,
    reminders: Iterable[ReminderEvent] = (),
    start_hour: int = DEFAULT_START_HOUR,
    moments: Iterable[datetime] = (),
) -> bool:
    """Whether `day` had a routine tick, a log entry, a done reminder or another moment of
    care (`moments`: a planned thing done, a goal's step done)."""
    if any(day_of(moment, start_hour) == day for moment in moments):
        return True
    return day.isoformat() in _days_with_care(checks, logs, reminders, start_hour)


def _days_with_care(
    checks: Iterable[RoutineCheck],
    logs: Iterable[LogEntry],
    reminders: Iterable[ReminderEvent],
    start_hour: int,
) -> set[str]:
    days = {check.day for check in checks}
    days.update(day_of(entry.at, start_hour).isoformat() for entry in logs)
    days.update(
        day_of(event.at, start_hour).isoformat() for event in reminders if event.outcome == "done"
    )
    return days


def _first_of(month: str) -> date:
    try:
        first = date.fromisoformat(f"{month}-01")
    except ValueError:
        raise ValueError(f"not a month like 2026-03: {month!r}") from None
    return first


def _start(day: date, start_hour: int, tz: tzinfo | None) -> datetime:
    if not 0 <= start_hour <= 23:
        raise ValueError(f"the day can start at an hour from 0 to 23, not {start_hour}")
    wall = datetime.combine(day, time(start_hour))
    if tz is None:
        return wall.astimezone()  # this computer's zone, with its daylight-saving rules
    # Through UTC: a wall time in a skipped hour becomes the first real moment after it.
    return wall.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)
