"""The scheduler and the clock: hours, set-time reminders, suspend, clock changes and DST."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from fakes import SchedulerRig, minutes_after
from footholds.core import timewindows as tw
from footholds.core.scheduler import Kind

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
MON = datetime(2024, 6, 3, 10, 0, tzinfo=LONDON)
ONLY_MOVEMENT = {"reminders.rest_enabled": False, "reminders.quiet_hours": False}
NOTHING_ELSE = {"reminders.movement_enabled": False, "reminders.rest_enabled": False}


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    """A June 2024 time in London."""
    return datetime(2024, 6, day, hour, minute, second, tzinfo=LONDON)


def food(*times: str) -> dict[str, object]:
    return {**NOTHING_ELSE, "reminders.nourishment_enabled": True,
            "reminders.nourishment_times": list(times)}  # fmt: skip


# -- quiet hours and working hours -----------------------------------------------------------


def test_quiet_hours_across_midnight_defer_to_the_morning() -> None:
    rig = SchedulerRig(at(3, 21), {"reminders.rest_enabled": False})
    rig.auto = "done"
    rig.run(120, step=60)
    status = rig.scheduler.status()
    assert status.mode == "quiet" and status.quiet_until == at(4, 7)
    assert status.tooltip(rig.clock.now()) == "Quiet hours until tomorrow at 07:00"
    rig.run(8 * 60 + 30, step=60)  # active all night, up to 07:30
    assert rig.shown_at == [at(3, 21, 45), at(4, 7)]
    assert rig.shown[1].at == at(3, 22, 30)  # deferred, not skipped
    assert rig.deferred == [(Kind.MOVEMENT, "quiet_hours")]


def test_working_hours_defer_movement_to_the_next_start() -> None:
    rig = SchedulerRig(at(3, 17), {**ONLY_MOVEMENT, "reminders.working_hours": True})
    rig.run(60, step=60)
    status = rig.scheduler.status()
    assert (status.mode, status.quiet_reason) == ("quiet", "outside_working_hours")
    assert status.tooltip(rig.clock.now()) == "Outside working hours until tomorrow at 09:00"
    assert status.next_at == at(4, 9)
    rig.run(15 * 60 + 10, step=60)
    assert rig.shown_at == [at(4, 9)]
    assert rig.deferred == [(Kind.MOVEMENT, "outside_working_hours")]


def test_working_hours_do_not_hold_reminders_at_chosen_times() -> None:
    settings = {**food("18:00"), "reminders.working_hours": True, "reminders.rest_enabled": True}
    rig = SchedulerRig(at(3, 17, 50), settings)
    text = rig.scheduler.status().tooltip(rig.clock.now())
    assert text == (
        "Outside working hours until tomorrow at 09:00\nNext food and water nudge at 18:00"
    )
    rig.run(11)
    assert rig.shown_at == [at(3, 18)]


def test_quiet_hours_hold_a_food_nudge_until_they_end() -> None:
    rig = SchedulerRig(at(3, 6), food("06:30"))
    rig.run(61)
    assert rig.shown_at == [at(3, 7)] and rig.shown[0].at == at(3, 6, 30)


def test_a_nudge_held_by_quiet_hours_for_more_than_two_hours_is_dropped() -> None:
    rig = SchedulerRig(at(3, 22, 50), food("23:00"))
    rig.run(9 * 60, step=60)
    assert rig.shown == []
    assert rig.scheduler.status().next_kind is None  # it could only ever come hours late


# -- set-time reminders ----------------------------------------------------------------------


def test_no_wind_down_without_a_bedtime() -> None:
    rig = SchedulerRig(at(3, 21), NOTHING_ELSE)
    rig.run(24 * 60, step=60)
    assert rig.shown == [] and rig.scheduler.status().mode == "off"


def test_wind_down_once_a_day_even_inside_quiet_hours() -> None:
    rig = SchedulerRig(at(3, 21), {**NOTHING_ELSE, "day.bedtime": "23:00"})
    assert rig.scheduler.status().tooltip(at(3, 21)) == "Next wind-down at 22:15"
    rig.auto = "done"
    rig.run(25 * 60 + 30, step=60)
    assert rig.shown_at == [at(3, 22, 15), at(4, 22, 15)]


def test_wind_down_before_a_bedtime_after_midnight() -> None:
    rig = SchedulerRig(at(3, 23), {**NOTHING_ELSE, "day.bedtime": "00:30"})
    rig.run(60)
    assert [d.kind for d in rig.shown] == [Kind.WINDDOWN] and rig.shown_at == [at(3, 23, 45)]


def test_food_nudges_at_each_chosen_time_and_not_when_off() -> None:
    rig = SchedulerRig(at(3, 12), food("12:30", "18:00"))
    rig.auto = "done"
    rig.run(7 * 60, step=60)
    assert rig.shown_at == [at(3, 12, 30), at(3, 18)]
    off = SchedulerRig(at(3, 12), {**food("12:30"), "reminders.nourishment_enabled": False})
    assert off.run(60) == []


def test_a_time_chosen_after_it_passed_today_waits_for_tomorrow() -> None:
    rig = SchedulerRig(at(3, 12, 40), NOTHING_ELSE)
    rig.settings.set("reminders.nourishment_enabled", True)
    rig.settings.set("reminders.nourishment_times", ["12:30"])
    rig.run(30)
    assert rig.shown == [] and rig.scheduler.status().next_at == at(4, 12, 30)


def test_reach_out_weekly_on_its_day() -> None:
    sunday = at(9, 10)
    rig = SchedulerRig(sunday, {**NOTHING_ELSE, "reminders.reach_out_weekly": True})
    rig.run(61)
    assert [d.kind for d in rig.shown] == [Kind.REACH_OUT] and rig.shown_at == [at(9, 11)]
    rig.answer("done")
    assert rig.scheduler.status().next_at == at(16, 11)
    rig.settings.set("reminders.reach_out_day", "wed")
    assert rig.scheduler.status().next_at == at(12, 11)


@pytest.mark.parametrize(("away", "expected"), [(120, [at(3, 14, 1)]), (155, [])])
def test_a_set_time_missed_while_away_shows_on_return_unless_two_hours_late(
    away: int, expected: list[datetime]
) -> None:
    rig = SchedulerRig(at(3, 12), food("12:30"))
    rig.away(away)
    rig.run(5)
    assert rig.shown_at == [t + timedelta(seconds=30) for t in expected]


# -- suspend and clock changes ---------------------------------------------------------------


def test_after_a_night_in_suspend_nothing_missed_comes_in_a_burst() -> None:
    settings = {**food("18:00"), "day.bedtime": "23:00", "reminders.movement_enabled": True}
    rig = SchedulerRig(at(3, 17), settings)
    rig.run(30)
    rig.clock.set(at(4, 8))
    assert rig.run(45) == []
    [due] = rig.run(1)
    assert due.kind is Kind.MOVEMENT and not due.catch_up
    assert minutes_after(due.at, at(4, 8)) == 45.5


def test_after_a_short_suspend_only_one_catch_up_a_minute_later() -> None:
    settings = {**food("12:30"), "reminders.movement_enabled": True,
                "reminders.idle_break_minutes": 60}  # fmt: skip
    rig = SchedulerRig(at(3, 12), settings)
    rig.run(20)
    rig.clock.set(at(3, 12, 50))
    assert rig.run(1) == []
    [due] = rig.run(0.5)
    assert (due.kind, due.catch_up, due.at) == (Kind.NOURISHMENT, True, at(3, 12, 30))
    rig.answer("done")
    later = rig.run(60)
    assert [(d.kind, d.catch_up) for d in later] == [(Kind.MOVEMENT, False)]
    assert later[0].at == at(3, 13, 35, 30)  # counted from the wake-up, never early


def test_a_suspend_shorter_than_a_break_can_owe_one_movement() -> None:
    rig = SchedulerRig(at(3, 10), ONLY_MOVEMENT)
    rig.run(44)
    rig.clock.set(at(3, 10, 47))
    assert rig.run(1) == []
    [due] = rig.run(0.5)
    assert due.catch_up and rig.shown_at == [at(3, 10, 48, 30)]


def test_a_clock_jumping_forward_brings_one_catch_up_at_most() -> None:
    rig = SchedulerRig(at(3, 10), {**food("11:00", "12:00"), "reminders.movement_enabled": True})
    rig.run(20)
    rig.clock.advance(timedelta(hours=3))
    rig.auto = "done"
    shown = rig.run(30)
    assert [(d.kind, d.catch_up, d.at) for d in shown] == [(Kind.NOURISHMENT, True, at(3, 12))]


def test_a_clock_set_back_fires_nothing_early_and_nothing_twice() -> None:
    rig = SchedulerRig(at(3, 12), {**food("12:30"), "reminders.movement_enabled": True})
    rig.auto = "done"
    rig.run(35)
    assert [d.kind for d in rig.shown] == [Kind.NOURISHMENT]
    rig.clock.advance(timedelta(hours=-1))
    jumped = rig.clock.now()
    assert rig.run(9.5) == []  # the movement had 10 real minutes left
    shown = rig.run(70)  # the wall clock shows 12:30 again on the way
    assert [d.kind for d in shown] == [Kind.MOVEMENT, Kind.MOVEMENT]
    assert minutes_after(rig.shown_at[1], jumped) == 10.5  # the 30 s tick gap is lost, not gained


def test_a_restart_after_hours_is_treated_like_a_suspend() -> None:
    rig = SchedulerRig(at(3, 12), food("12:30", "13:00"))
    rig.run(10)
    state = rig.scheduler.to_state()
    again = SchedulerRig(at(3, 14, 40), food("12:30", "13:00"))  # 12:30 is over 2 h late
    again.scheduler.from_state(state)
    again.auto = "done"
    shown = again.run(30)
    assert [(d.catch_up, d.at) for d in shown] == [(True, at(3, 13))]


# -- daylight saving time --------------------------------------------------------------------


def test_spring_forward_neither_early_nor_a_burst() -> None:
    start = datetime(2024, 3, 31, 0, 30, tzinfo=LONDON)  # clocks go 01:00 GMT -> 02:00 BST
    rig = SchedulerRig(start, ONLY_MOVEMENT)
    rig.auto = "done"
    rig.run(181)
    assert [minutes_after(t, start) for t in rig.shown_at] == [45, 90, 135, 180]
    assert not any(d.catch_up for d in rig.shown)
    assert rig.shown_at[0].strftime("%H:%M %Z") == "02:15 BST"


def test_fall_back_a_repeated_hour_fires_once() -> None:
    start = datetime(2024, 11, 3, 0, 30, tzinfo=NEW_YORK)  # 02:00 EDT -> 01:00 EST
    settings = {**food("01:30"), **ONLY_MOVEMENT, "reminders.movement_enabled": True}
    rig = SchedulerRig(start, settings)
    rig.auto = "done"
    rig.run(181)
    assert rig.timeline(start) == [(Kind.MOVEMENT, 45), (Kind.NOURISHMENT, 60), (Kind.MOVEMENT, 90),
                     (Kind.MOVEMENT, 135), (Kind.MOVEMENT, 180)]  # fmt: skip


def test_a_wind_down_in_the_skipped_hour_comes_once_just_after_the_jump() -> None:
    start = datetime(2024, 3, 30, 23, 0, tzinfo=LONDON)
    rig = SchedulerRig(start, {**NOTHING_ELSE, "day.bedtime": "02:15"})  # wind-down 01:30
    rig.auto = "done"
    rig.run(4 * 60, step=60)
    assert [t.astimezone(UTC).strftime("%H:%M") for t in rig.shown_at] == ["01:30"]


@pytest.mark.parametrize(
    "evening",
    [datetime(2024, 10, 26, 21, 30, tzinfo=LONDON), datetime(2024, 3, 9, 21, 30, tzinfo=NEW_YORK),
     datetime(2024, 3, 30, 21, 30, tzinfo=LONDON), datetime(2024, 11, 2, 21, 30, tzinfo=NEW_YORK)],
)  # fmt: skip
def test_quiet_hours_end_at_seven_local_on_dst_nights(evening: datetime) -> None:
    rig = SchedulerRig(evening, {"reminders.rest_enabled": False})
    rig.auto = "done"
    rig.run(60, step=60)
    morning = rig.scheduler.status().quiet_until
    assert morning is not None and (morning.day, morning.hour) == (evening.day + 1, 7)
    rig.run(11 * 60, step=60)
    local = [t.astimezone(evening.tzinfo).strftime("%H:%M") for t in rig.shown_at]
    assert local[:2] == ["07:00", "07:45"]  # 22:15 fell in quiet hours
    assert len(rig.deferred) == 1


# -- the time arithmetic itself --------------------------------------------------------------


@pytest.mark.parametrize(
    ("clock", "inside"),
    [("21:59", False), ("22:00", True), ("23:30", True), ("00:00", True), ("06:59", True),
     ("07:00", False), ("12:00", False)],
)  # fmt: skip
def test_a_window_across_midnight(clock: str, inside: bool) -> None:
    hour, minute = map(int, clock.split(":"))
    moment = at(3, hour, minute)
    assert tw.in_window(moment, time(22), time(7), LONDON) is inside
    assert tw.in_window(moment, time(7), time(22), LONDON) is not inside
    assert tw.in_window(moment, time(7), time(7), LONDON) is False


def test_daily_times_on_dst_days_are_single_real_instants() -> None:
    day = datetime(2024, 11, 3, 0, 0, tzinfo=NEW_YORK)
    first = tw.next_daily(day, time(1, 30), NEW_YORK)
    assert first == datetime(2024, 11, 3, 5, 30, tzinfo=UTC)  # the first 01:30 (EDT)
    assert tw.next_daily(first, time(1, 30), NEW_YORK) == datetime(2024, 11, 4, 6, 30, tzinfo=UTC)
    gap = tw.next_daily(datetime(2024, 3, 31, 0, 0, tzinfo=LONDON), time(1, 30), LONDON)
    assert gap == datetime(2024, 3, 31, 1, 30, tzinfo=UTC)  # shown as 02:30 BST


def test_small_helpers() -> None:
    assert tw.parse_hhmm("07:30") == time(7, 30) and tw.parse_hhmm("") is None
    assert tw.minus_minutes(time(0, 30), 45) == time(23, 45)
    sunday = tw.next_weekly(at(9, 11), 6, time(11), LONDON)  # strictly after
    assert sunday == at(16, 11)
