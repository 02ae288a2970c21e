"""The person's day: a 4 am start across midnight, clock changes and travel; a gentle count."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from footholds.core.days import (
    day_bounds,
    day_of,
    done_on,
    month_bounds,
    next_turnover,
    showed_up_on,
)
from footholds.core.store import LogEntry, ReminderEvent, RoutineCheck

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")


def at(tz: tzinfo, *parts: int, fold: int = 0) -> datetime:
    # parts are the date and time fields only, never the zone
    return datetime(*parts, tzinfo=tz, fold=fold)  # type: ignore[misc, arg-type]


def elapsed(start: datetime, end: datetime) -> timedelta:
    """Real time between two moments (Python subtracts wall clocks within one zone)."""
    return end.astimezone(UTC) - start.astimezone(UTC)


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(LONDON, 2026, 3, 10, 23, 59), date(2026, 3, 10)),
        (at(LONDON, 2026, 3, 11, 0, 30), date(2026, 3, 10)),  # after midnight: still last night
        (at(LONDON, 2026, 3, 11, 3, 59), date(2026, 3, 10)),
        (at(LONDON, 2026, 3, 11, 4, 0), date(2026, 3, 11)),  # the new day starts at 4
        (at(LONDON, 2026, 1, 1, 2, 0), date(2025, 12, 31)),  # across a year
    ],
)
def test_day_starts_at_four_not_midnight(moment: datetime, expected: date) -> None:
    assert day_of(moment, 4) == expected


def test_start_hour_zero_is_the_calendar_day() -> None:
    assert day_of(at(LONDON, 2026, 3, 11, 0, 0), 0) == date(2026, 3, 11)
    assert day_of(at(LONDON, 2026, 3, 10, 23, 59), 0) == date(2026, 3, 10)


@pytest.mark.parametrize("tz", [LONDON, NEW_YORK], ids=["london", "new-york"])
def test_spring_forward_night_belongs_to_the_day_before(tz: ZoneInfo) -> None:
    change = {LONDON: date(2026, 3, 29), NEW_YORK: date(2026, 3, 8)}[tz]
    start, end = day_bounds(change, 4, tz)
    assert start == datetime.combine(change, datetime.min.time(), tz).replace(hour=4)
    assert elapsed(start, end) == timedelta(hours=24)
    night_before_start, night_before_end = day_bounds(change - timedelta(days=1), 4, tz)
    assert night_before_end == start
    assert elapsed(night_before_start, night_before_end) == timedelta(hours=23)  # one hour skipped
    assert day_of(at(tz, change.year, change.month, change.day, 3, 30), 4) == change - timedelta(1)
    assert day_of(at(tz, change.year, change.month, change.day, 4, 0), 4) == change


@pytest.mark.parametrize("tz", [LONDON, NEW_YORK], ids=["london", "new-york"])
def test_fall_back_night_is_a_25_hour_day(tz: ZoneInfo) -> None:
    change = {LONDON: date(2026, 10, 25), NEW_YORK: date(2026, 11, 1)}[tz]
    night_start, night_end = day_bounds(change - timedelta(days=1), 4, tz)
    assert elapsed(night_start, night_end) == timedelta(hours=25)
    y, m, d = change.year, change.month, change.day
    first, second = at(tz, y, m, d, 1, 30, fold=0), at(tz, y, m, d, 1, 30, fold=1)
    assert elapsed(first, second) == timedelta(hours=1)  # the same wall time, twice
    assert day_of(first, 4) == day_of(second, 4) == change - timedelta(days=1)


def test_a_start_hour_inside_the_skipped_hour_starts_when_the_clock_jumps() -> None:
    start, _ = day_bounds(date(2026, 3, 8), 2, NEW_YORK)  # 02:00-03:00 does not exist there
    assert start.astimezone(UTC) == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)  # 03:00 EDT
    just_before = start.astimezone(UTC) - timedelta(seconds=1)  # 01:59:59 EST
    assert day_of(just_before, 2, NEW_YORK) == date(2026, 3, 7)
    assert day_of(start, 2, NEW_YORK) == date(2026, 3, 8)


def test_a_start_hour_in_the_repeated_hour_starts_at_its_first_occurrence() -> None:
    start, _ = day_bounds(date(2026, 11, 1), 1, NEW_YORK)
    assert start.utcoffset() == timedelta(hours=-4)  # 01:00 EDT, the first of the two
    second = at(NEW_YORK, 2026, 11, 1, 1, 30, fold=1)
    assert day_of(second, 1) == date(2026, 11, 1)


def test_travel_counts_the_day_where_the_person_is() -> None:
    # Late evening in London is already the next morning in Tokyo, and still afternoon in LA.
    london = at(LONDON, 2026, 6, 10, 22, 0)
    tokyo = london.astimezone(timezone(timedelta(hours=9)))
    los_angeles = london.astimezone(timezone(timedelta(hours=-7)))
    assert day_of(london, 4) == date(2026, 6, 10)
    assert day_of(tokyo, 4) == date(2026, 6, 11)  # 06:00 the next day there
    assert day_of(los_angeles, 4) == date(2026, 6, 10)
    # Asked about in a given zone, the moment is seen on that zone's clock.
    assert day_of(london, 4, timezone(timedelta(hours=9))) == date(2026, 6, 11)


def test_half_hour_offsets_work() -> None:
    india = timezone(timedelta(hours=5, minutes=30))
    moment = datetime(2026, 6, 10, 3, 59, tzinfo=india)
    assert day_of(moment, 4) == date(2026, 6, 9)
    start, end = day_bounds(date(2026, 6, 10), 4, india)
    assert start == datetime(2026, 6, 10, 4, 0, tzinfo=india)
    assert end - start == timedelta(hours=24)


@given(
    st.datetimes(
        min_value=datetime(1990, 1, 1),
        max_value=datetime(2090, 1, 1),
        timezones=st.sampled_from([LONDON, NEW_YORK, UTC, ZoneInfo("Australia/Sydney")]),
    ),
    st.integers(min_value=0, max_value=12),
)
def test_every_moment_lies_inside_its_own_day(moment: datetime, start_hour: int) -> None:
    tz = moment.tzinfo
    real = moment.astimezone(UTC).astimezone(tz)  # hypothesis may build a skipped wall time
    day = day_of(real, start_hour)
    start, end = day_bounds(day, start_hour, tz)
    assert start <= real < end


def test_next_turnover_is_the_next_start_in_the_zone() -> None:
    now = at(LONDON, 2026, 3, 29, 0, 30)  # the clocks go forward tonight
    turnover = next_turnover(now, 4, LONDON)
    assert turnover == at(LONDON, 2026, 3, 29, 4, 0)
    assert elapsed(now, turnover) == timedelta(hours=2, minutes=30)  # 1 to 2 am is skipped
    assert next_turnover(at(LONDON, 2026, 3, 29, 4, 0), 4, LONDON) == at(LONDON, 2026, 3, 30, 4)


def test_next_turnover_in_this_computers_zone_is_after_now() -> None:
    now = datetime.now().astimezone()
    turnover = next_turnover(now, 4)
    assert now < turnover <= now + timedelta(hours=25)
    assert day_of(turnover, 4) == day_of(now, 4) + timedelta(days=1)


def test_routine_resets_at_the_turnover() -> None:
    start_hour = 4
    ticked_late = at(LONDON, 2026, 3, 11, 1, 15)  # after midnight, before 4
    today = day_of(ticked_late, start_hour)
    checks = [RoutineCheck(day=today.isoformat(), item_id="a" * 32, at=ticked_late)]
    assert done_on(checks, day_of(at(LONDON, 2026, 3, 11, 3, 59), start_hour)) == {"a" * 32}
    assert done_on(checks, day_of(at(LONDON, 2026, 3, 11, 4, 0), start_hour)) == set()


def test_month_bounds_follow_the_start_hour() -> None:
    start, end = month_bounds("2026-02", 4, LONDON)
    assert start == at(LONDON, 2026, 2, 1, 4, 0)
    assert end == at(LONDON, 2026, 3, 1, 4, 0)
    with pytest.raises(ValueError):
        month_bounds("February", 4, LONDON)


def showed_up_days(
    checks: list[RoutineCheck],
    logs: list[LogEntry],
    year: int,
    month: int,
    reminders: list[ReminderEvent] | None = None,
    start_hour: int = 4,
) -> list[int]:
    """The days of a month that showed_up_on finds."""
    first = date(year, month, 1)
    days = [first + timedelta(days=n) for n in range(31)]
    return [
        d.day
        for d in days
        if d.month == month
        and showed_up_on(checks, logs, d, reminders=reminders or [], start_hour=start_hour)
    ]


def test_showed_up_finds_days_of_any_kind() -> None:
    checks = [
        RoutineCheck(day="2026-03-02", item_id="a" * 32),
        RoutineCheck(day="2026-03-02", item_id="b" * 32),  # same day, counted once
        RoutineCheck(day="2026-02-28", item_id="a" * 32),  # another month
    ]
    logs = [
        LogEntry(note="x", at=at(LONDON, 2026, 3, 5, 12, 0)),
        LogEntry(note="x", at=at(LONDON, 2026, 3, 2, 9, 0)),  # already counted
        LogEntry(note="x", at=at(LONDON, 2026, 3, 1, 2, 0)),  # 2 am on the 1st: still February
        LogEntry(note="x", at=at(LONDON, 2026, 4, 1, 3, 0)),  # the night of 31 March
    ]
    reminders = [
        ReminderEvent(outcome="done", at=at(LONDON, 2026, 3, 9, 10, 0)),
        ReminderEvent(outcome="skipped", at=at(LONDON, 2026, 3, 10, 10, 0)),  # not counted
        ReminderEvent(outcome="shown", at=at(LONDON, 2026, 3, 11, 10, 0)),
    ]
    assert showed_up_days(checks, logs, 2026, 3, reminders) == [2, 5, 9, 31]
    # In February the tick on the 28th and the 2 am entry on 1 March fall on the same day.
    assert showed_up_days(checks, logs, 2026, 2) == [28]
    assert showed_up_days([], [], 2026, 3) == []


def test_showed_up_uses_the_start_hour() -> None:
    logs = [LogEntry(note="x", at=at(LONDON, 2026, 3, 1, 2, 0))]
    assert showed_up_days([], logs, 2026, 3, start_hour=0) == [1]
    assert showed_up_days([], logs, 2026, 3, start_hour=4) == []
    assert showed_up_days([], logs, 2026, 2, start_hour=4) == [28]


def test_showed_up_on_one_day_reads_ticks_entries_and_done_reminders() -> None:
    day = date(2026, 3, 10)
    skipped = [ReminderEvent(outcome="skipped", at=at(LONDON, 2026, 3, 10, 10, 0))]
    assert not showed_up_on([], [], day, reminders=skipped, start_hour=4)
    done = [ReminderEvent(outcome="done", at=at(LONDON, 2026, 3, 10, 10, 0))]
    assert showed_up_on([], [], day, reminders=done, start_hour=4)
    assert showed_up_on([RoutineCheck(day="2026-03-10", item_id="a" * 32)], [], day)
    late = [LogEntry(note="x", at=at(LONDON, 2026, 3, 11, 2, 0))]  # 2 am is still the 10th
    assert showed_up_on([], late, day, start_hour=4)
    assert not showed_up_on([], late, day, start_hour=0)
