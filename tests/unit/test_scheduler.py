"""The reminder scheduler on a fake clock: active use, breaks, the desktop, answers, pause, state.

Hours, set-time reminders, suspend, clock changes and DST are in test_scheduler_time.py.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from fakes import SchedulerRig, minutes_after
from footholds.core.scheduler import Kind, Scheduler, Status
from footholds.core.settings import Settings

LONDON = ZoneInfo("Europe/London")
MON = datetime(2024, 6, 3, 10, 0, tzinfo=LONDON)  # a Monday morning, outside quiet hours
NO_REST = {"reminders.rest_enabled": False}


# -- active use and breaks -------------------------------------------------------------------


def test_movement_comes_after_its_minutes_of_active_use() -> None:
    rig = SchedulerRig(MON)
    assert rig.run(44.5) == []
    [due] = rig.run(0.5)
    assert due.kind is Kind.MOVEMENT and not due.catch_up
    assert minutes_after(due.at, MON) == 45
    assert due.at.tzinfo is LONDON


def test_short_idle_spells_count_as_active_use() -> None:
    rig = SchedulerRig(MON)
    assert rig.run(44.5, idle=lambda elapsed: elapsed % 270) == []  # never 5 min idle
    assert [d.kind for d in rig.run(0.5)] == [Kind.MOVEMENT]


def test_idle_exactly_at_the_threshold_is_a_break_and_restarts_the_count() -> None:
    rig = SchedulerRig(MON)
    rig.run(30)
    rig.run(5, idle=lambda elapsed: elapsed)  # the last tick sees exactly 300 s idle
    back = rig.clock.now()
    assert rig.run(45) == []  # they came back at the next tick, 30 s later
    [due] = rig.run(0.5)
    assert minutes_after(due.at, back) == 45.5


def test_the_count_restarts_from_the_last_input_not_from_the_tick() -> None:
    rig = SchedulerRig(MON)
    rig.away(10)
    rig.clock.advance(30)
    rig.scheduler.tick(20.0)  # they came back 20 s before this tick
    back = rig.clock.now() - timedelta(seconds=20)
    assert rig.scheduler.status().next_at == back + timedelta(minutes=45)


def test_idle_just_under_the_threshold_is_not_a_break() -> None:
    rig = SchedulerRig(MON)
    rig.run(30)
    rig.run(5, idle=lambda elapsed: min(elapsed, 299))
    assert [minutes_after(d.at, MON) for d in rig.run(10)] == [45]


def test_time_away_counts_as_rest() -> None:
    rig = SchedulerRig(MON)
    rig.auto = "done"
    rig.run(80)
    rig.away(10)
    back = rig.clock.now()
    kinds = [(d.kind, minutes_after(d.at, back)) for d in rig.run(91)]
    assert kinds == [(Kind.MOVEMENT, 45.5), (Kind.REST, 90.5)]


def test_nothing_shows_while_away_and_not_the_moment_they_return() -> None:
    rig = SchedulerRig(MON, {"reminders.nourishment_enabled": True,
                             "reminders.nourishment_times": ["10:40"]})  # fmt: skip
    rig.run(30)
    assert rig.away(20) == []
    assert rig.deferred == [(Kind.NOURISHMENT, "away")]
    rig.run(1)  # back at 10:50:30; a minute of calm first
    assert rig.shown == []
    [due] = rig.run(0.5)
    assert due.kind is Kind.NOURISHMENT and due.at == MON.replace(minute=40)
    assert rig.shown_at == [MON.replace(minute=51, second=30)]


def test_rest_wins_when_both_are_due_and_covers_the_movement() -> None:
    rig = SchedulerRig(MON)
    rig.auto = "done"
    rig.run(136)
    assert rig.timeline(MON) == [(Kind.MOVEMENT, 45), (Kind.REST, 90), (Kind.MOVEMENT, 135)]


def test_a_movement_just_before_a_rest_waits_for_the_rest() -> None:
    rig = SchedulerRig(MON, {"reminders.movement_minutes": 43})
    rig.auto = "done"
    rig.run(181)
    assert rig.timeline(MON) == [
        (Kind.MOVEMENT, 43), (Kind.REST, 90), (Kind.MOVEMENT, 133), (Kind.REST, 180),
    ]  # fmt: skip


def test_only_one_reminder_at_a_time_and_a_minute_between_two() -> None:
    rig = SchedulerRig(MON, {"reminders.rest_minutes": 51})
    rig.run(45)
    assert rig.run(10) == []  # the rest is due at 51, but the movement card is still up
    rig.answer("done")
    assert rig.run(0.5) == []
    rig.run(0.5)
    assert rig.timeline(MON) == [(Kind.MOVEMENT, 45), (Kind.REST, 56)]


def test_a_card_nobody_answers_stops_blocking_after_a_while() -> None:
    rig = SchedulerRig(MON, {"reminders.rest_minutes": 51})
    rig.run(61)
    assert rig.timeline(MON) == [(Kind.MOVEMENT, 45), (Kind.REST, 60)]


# -- the desktop -----------------------------------------------------------------------------


def test_full_screen_defers_until_it_ends_then_a_minute() -> None:
    rig = SchedulerRig(MON)
    rig.run(40)
    assert rig.run(20, fullscreen=True) == []
    assert rig.deferred == [(Kind.MOVEMENT, "fullscreen")]
    assert rig.run(1) == []
    [due] = rig.run(0.5)
    assert minutes_after(due.at, MON) == 45  # deferred, not skipped
    assert rig.timeline(MON) == [(Kind.MOVEMENT, 61.5)]


def test_deferred_is_announced_once_per_episode() -> None:
    rig = SchedulerRig(MON)
    rig.run(40)
    rig.run(10, fullscreen=True)
    rig.run(0.5)
    rig.run(5, fullscreen=True)
    rig.run(5, dnd=True)
    assert rig.deferred == [(Kind.MOVEMENT, "fullscreen")] * 2 + [(Kind.MOVEMENT, "dnd")]


def test_full_screen_and_do_not_disturb_count_only_when_respected() -> None:
    rig = SchedulerRig(MON, {"reminders.respect_fullscreen": False,
                             "reminders.respect_dnd": False})  # fmt: skip
    assert len(rig.run(45, fullscreen=True, dnd=True)) == 1


def test_a_locked_screen_always_defers() -> None:
    rig = SchedulerRig(MON, {"reminders.respect_fullscreen": False,
                             "reminders.respect_dnd": False})  # fmt: skip
    assert rig.run(50, locked=True) == []
    assert rig.deferred == [(Kind.MOVEMENT, "locked")]


def test_without_an_idle_source_a_long_lock_is_a_break() -> None:
    rig = SchedulerRig(MON)
    rig.run(30, idle=None)
    rig.run(10, idle=None, locked=True)
    assert rig.run(45, idle=None) == []
    [due] = rig.run(0.5, idle=None)
    assert minutes_after(due.at, MON) == 85.5


# -- answers ---------------------------------------------------------------------------------


def test_later_brings_it_back_after_the_snooze_minutes() -> None:
    rig = SchedulerRig(MON, {"reminders.snooze_minutes": 7})
    rig.run(45)
    rig.answer("snoozed")
    assert rig.run(6.5) == []
    rig.run(0.5)
    assert rig.timeline(MON) == [(Kind.MOVEMENT, 45), (Kind.MOVEMENT, 52)]


def test_not_now_simply_starts_a_fresh_interval() -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.run(45)
    rig.answer("skipped")
    rig.run(45)
    assert rig.timeline(MON) == [(Kind.MOVEMENT, 45), (Kind.MOVEMENT, 90)]
    assert rig.scheduler.status().waiting is None


def test_a_faded_reminder_waits_in_the_tooltip_until_a_break() -> None:
    rig = SchedulerRig(MON)
    rig.run(45)
    rig.answer("faded")
    status = rig.scheduler.status()
    assert status.waiting is Kind.MOVEMENT
    assert status.tooltip(rig.clock.now()).endswith("A movement idea is here whenever you want it")
    rig.away(6)
    rig.run(1)
    assert rig.scheduler.status().waiting is None


def test_a_faded_reminder_stops_waiting_when_the_next_one_shows() -> None:
    rig = SchedulerRig(MON)
    rig.run(45)
    rig.answer("faded")
    rig.run(45)
    assert rig.shown[-1].kind is Kind.REST and rig.scheduler.status().waiting is None


def test_an_unknown_outcome_is_refused() -> None:
    rig = SchedulerRig(MON)
    with pytest.raises(ValueError):
        rig.scheduler.answered(Kind.MOVEMENT, "failed")


def test_remind_now_ignores_pause_and_quiet_hours() -> None:
    rig = SchedulerRig(MON.replace(hour=23))
    rig.scheduler.pause(None)
    rig.scheduler.remind_now(Kind.REST)
    [due] = rig.shown
    assert due.kind is Kind.REST and due.at == MON.replace(hour=23) and not due.catch_up


def test_a_rest_asked_for_restarts_rest_and_movement() -> None:
    rig = SchedulerRig(MON)
    rig.run(30)
    rig.scheduler.remind_now(Kind.REST)
    rig.answer("done")
    rig.auto = "done"
    rig.run(91)
    assert rig.timeline(MON) == [(Kind.REST, 30), (Kind.MOVEMENT, 75), (Kind.REST, 120)]


# -- pause -----------------------------------------------------------------------------------


def test_pause_for_half_an_hour_then_a_fresh_start() -> None:
    rig = SchedulerRig(MON)
    rig.run(40)
    rig.scheduler.pause_for(30)
    status = rig.scheduler.status()
    assert status.mode == "paused" and status.paused_until == MON.replace(hour=11, minute=10)
    assert status.tooltip(rig.clock.now()) == "Paused until 11:10"
    assert rig.run(30) == []
    assert rig.deferred == [(Kind.MOVEMENT, "paused")]
    assert rig.scheduler.status().mode == "active"
    assert rig.run(44.5) == []
    rig.run(0.5)
    assert rig.timeline(MON) == [(Kind.MOVEMENT, 115)]


def test_pause_until_resumed() -> None:
    rig = SchedulerRig(MON)
    rig.scheduler.pause(None)
    assert rig.scheduler.status().tooltip(MON) == "Paused until you resume"
    assert minutes_after(rig.scheduler.next_check(), MON) == 5
    assert rig.run(120) == []
    rig.scheduler.resume()
    assert rig.scheduler.status().mode == "active"
    assert rig.run(44.5) == []
    assert len(rig.run(0.5)) == 1


@pytest.mark.parametrize(
    ("hour", "start_hour", "until"),
    [(15, 4, datetime(2024, 6, 4, 4, 0)), (15, 6, datetime(2024, 6, 4, 6, 0)),
     (2, 4, datetime(2024, 6, 3, 4, 0))],
)  # fmt: skip
def test_pause_until_tomorrow_ends_when_the_day_turns_over(
    hour: int, start_hour: int, until: datetime
) -> None:
    rig = SchedulerRig(MON.replace(hour=hour), {"day.start_hour": start_hour})
    rig.scheduler.pause_until_tomorrow()
    assert rig.scheduler.status().paused_until == until.replace(tzinfo=LONDON)


def test_a_pause_in_the_past_is_a_resume() -> None:
    rig = SchedulerRig(MON)
    rig.scheduler.pause(None)
    rig.scheduler.pause(MON - timedelta(minutes=1))
    assert rig.scheduler.status().mode == "active"


def test_changed_fires_for_real_changes_only() -> None:
    rig = SchedulerRig(MON)
    rig.run(10)
    assert rig.changes == 0
    rig.scheduler.pause_for(60)
    rig.scheduler.resume()
    assert rig.changes == 2


# -- settings --------------------------------------------------------------------------------


@pytest.mark.parametrize("minutes", [30, 60])
def test_a_new_interval_applies_at_once(minutes: int) -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.run(20)
    rig.settings.set("reminders.movement_minutes", minutes)
    assert rig.changes == 1
    assert rig.scheduler.status().next_at == MON + timedelta(minutes=minutes)
    rig.run(minutes - 20)
    assert rig.timeline(MON) == [(Kind.MOVEMENT, minutes)]


def test_all_off_is_mode_off_and_switching_on_counts_from_then() -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.settings.set("reminders.movement_enabled", False)
    assert rig.scheduler.status().tooltip(MON) == "Reminders are off"
    rig.run(60)
    rig.settings.set("reminders.movement_enabled", True)
    rig.run(45)
    assert rig.timeline(MON) == [(Kind.MOVEMENT, 105)]


# -- state across restarts -------------------------------------------------------------------


def test_state_round_trip_keeps_snooze_and_intervals() -> None:
    rig = SchedulerRig(MON)
    rig.run(45)
    rig.answer("snoozed")
    state = json.loads(json.dumps(rig.scheduler.to_state()))
    again = SchedulerRig(rig.clock.now())
    again.scheduler.from_state(state)
    assert again.scheduler.status() == rig.scheduler.status()
    again.run(10)
    assert [(d.kind, minutes_after(d.at, MON)) for d in again.shown] == [(Kind.MOVEMENT, 55)]


def test_state_round_trip_keeps_a_pause() -> None:
    rig = SchedulerRig(MON)
    rig.scheduler.pause_for(60)
    again = SchedulerRig(MON)
    again.scheduler.from_state(rig.scheduler.to_state())
    assert again.scheduler.status().paused_until == MON.replace(hour=11)


def test_unreadable_state_is_ignored() -> None:
    rig = SchedulerRig(MON)
    before = rig.scheduler.status()
    rig.scheduler.from_state({
        "since": {"movement": "soon", "bogus": "2024-01-01T00:00:00+00:00"},
        "handled": [], "snoozed": "x", "paused": True, "paused_until": 5, "waiting": ["x"],
    })  # fmt: skip
    assert rig.scheduler.status() == before


# -- next_check and the tooltip --------------------------------------------------------------


def test_next_check_lands_on_the_due_time_within_bounds() -> None:
    rig = SchedulerRig(MON)
    assert minutes_after(rig.scheduler.next_check(), MON) == 1  # at most 60 s while active
    rig.clock.advance(timedelta(minutes=44, seconds=40))
    assert minutes_after(rig.scheduler.next_check(), MON) == 45
    rig.clock.advance(18)
    assert (rig.scheduler.next_check() - rig.clock.now()).total_seconds() == 5  # never sooner


def test_next_check_does_not_poll_fast_while_something_holds_a_reminder() -> None:
    rig = SchedulerRig(MON, {"reminders.idle_break_minutes": 1})
    rig.run(50, fullscreen=True)
    assert (rig.scheduler.next_check() - rig.clock.now()).total_seconds() == 30


def test_the_tooltip_says_what_comes_next() -> None:
    rig = SchedulerRig(MON)
    rig.run(33)
    assert rig.scheduler.status().tooltip(rig.clock.now()) == "Next movement in about 12 min"


@pytest.mark.parametrize(
    ("status", "text"),
    [
        (Status("active", Kind.REST, MON + timedelta(minutes=65), None, None),
         "Next rest in about 1 h 5 min"),
        (Status("active", Kind.REST, MON + timedelta(minutes=120), None, None),
         "Next rest in about 2 h"),
        (Status("active", Kind.MOVEMENT, MON + timedelta(seconds=20), None, None),
         "Next movement in a moment"),
        (Status("active", Kind.WINDDOWN, MON.replace(hour=22, minute=15), None, None),
         "Next wind-down at 22:15"),
        (Status("paused", None, None, MON + timedelta(days=1, hours=2), None),
         "Paused until tomorrow at 12:00"),
        # another day is named even within a day: a bare 04:00 read as today's
        (Status("paused", None, None, MON.replace(hour=4) + timedelta(days=1), None),
         "Paused until tomorrow at 04:00"),
        # a later day by its whole name, and a "next" without a doubled "at"
        (Status("paused", None, None, MON.replace(hour=7) + timedelta(days=2), None),
         "Paused until Wednesday at 07:00"),
        (Status("active", Kind.WINDDOWN, MON.replace(hour=22) + timedelta(days=1), None, None),
         "Next wind-down tomorrow at 22:00"),
        (Status("active", Kind.WINDDOWN, MON.replace(hour=23, minute=59), None, None),
         "Next wind-down at 23:59"),
        (Status("quiet", None, None, None, Kind.REST, "quiet_hours", MON.replace(hour=17)),
         "Quiet hours until 17:00\nA short rest is here whenever you want it"),
        (Status("quiet", None, None, None, None, "outside_working_hours", MON.replace(hour=17)),
         "Outside working hours until 17:00"),
        (Status("active", None, None, None, None), "No reminders coming up"),
    ],
)  # fmt: skip
def test_tooltip_wording(status: Status, text: str) -> None:
    assert status.tooltip(MON) == text


def test_the_clock_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError):
        Scheduler(Settings(), lambda: datetime(2024, 6, 3, 10, 0))


def test_a_pause_ending_later_the_same_night_shows_the_time_alone() -> None:
    night = MON.replace(hour=0, minute=30)  # after midnight, before the day starts at 4
    paused = Status("paused", None, None, night.replace(hour=4, minute=0), None)
    assert paused.tooltip(night) == "Paused until 04:00"
