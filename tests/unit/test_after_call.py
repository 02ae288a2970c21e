"""Calls on a fake clock: reminders wait during a call, then one welcome back, not the backlog."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from fakes import SchedulerRig, minutes_after
from footholds.core.after_call import AfterCall
from footholds.core.busy import REASONS, Busy, any_of
from footholds.core.scheduler import Kind

LONDON = ZoneInfo("Europe/London")
MON = datetime(2024, 6, 3, 10, 0, tzinfo=LONDON)  # a Monday morning, outside quiet hours
NO_REST = {"reminders.rest_enabled": False}
GRACE = timedelta(minutes=3)


# -- the reasons ------------------------------------------------------------------------------


def test_a_call_is_any_of_microphone_camera_or_screen_and_unknown_only_when_none_can_tell() -> None:
    assert any_of(None, None, None) is None
    assert any_of(False, None, None) is False
    assert any_of(None, True, False) is True
    assert Busy(microphone=True).call is True
    assert Busy(microphone=False, camera=False).call is False
    assert Busy().call is None


def test_the_busy_object_has_every_reason_in_order_and_session_is_not_known_yet() -> None:
    busy = Busy(microphone=True, camera=False, fullscreen=False, quiet_hours=False)
    data = busy.as_dict()
    assert tuple(data) == REASONS
    assert data["call"] is True and data["microphone"] is True and data["camera"] is False
    assert data["session"] is None and data["screen_share"] is None
    assert busy.holding() == ["call", "microphone"]


# -- the rule on its own ----------------------------------------------------------------------


def test_the_end_of_a_call_is_seen_once_and_not_looking_changes_nothing() -> None:
    rule = AfterCall()
    assert rule.look(False, MON) is False  # no call before: nothing ended
    assert rule.look(True, MON) is False and rule.in_call
    assert rule.look(None, MON + timedelta(minutes=5)) is False and rule.in_call
    end = MON + timedelta(minutes=10)
    assert rule.look(False, end) is True and not rule.in_call
    assert rule.look(False, end + timedelta(minutes=1)) is False
    assert rule.quiet_until(GRACE) == end + GRACE


def test_the_welcome_comes_once_after_the_quiet_and_not_long_after() -> None:
    rule = AfterCall()
    rule.look(True, MON)
    rule.look(False, MON)
    assert rule.take_welcome(MON + timedelta(minutes=2), GRACE) is False
    assert rule.take_welcome(MON + GRACE, GRACE) is True
    assert rule.take_welcome(MON + GRACE, GRACE) is False
    late = AfterCall()
    late.look(True, MON)
    late.look(False, MON)
    assert late.take_welcome(MON + timedelta(hours=2), GRACE) is False  # just a reminder now


def test_a_new_call_in_the_quiet_puts_the_welcome_off() -> None:
    rule = AfterCall()
    rule.look(True, MON)
    rule.look(False, MON)
    rule.look(True, MON + timedelta(minutes=1))
    assert rule.take_welcome(MON + timedelta(minutes=5), GRACE) is False
    rule.look(False, MON + timedelta(minutes=6))
    assert rule.take_welcome(MON + timedelta(minutes=8), GRACE) is False
    assert rule.take_welcome(MON + timedelta(minutes=9), GRACE) is True


# -- in the scheduler -------------------------------------------------------------------------


def test_a_due_movement_waits_through_the_call_then_three_minutes_then_comes_once() -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.run(40)
    assert rig.run(20, call=True) == []  # due at 45, the call goes on until 60
    assert rig.deferred == [(Kind.MOVEMENT, "call")]
    ended = rig.clock.now() + timedelta(seconds=30)
    assert rig.run(2.5, call=False) == []
    [due] = rig.run(1, call=False)
    assert due.kind is Kind.MOVEMENT and due.welcome_back
    assert minutes_after(rig.shown_at[0], ended) == 3
    rig.answer()
    later = rig.run(50, call=False)
    assert [d.welcome_back for d in later] == [False]  # the next one is an ordinary one


def test_after_a_call_the_backlog_does_not_come_one_after_another() -> None:
    settings = {"reminders.nourishment_enabled": True, "reminders.nourishment_times": ["11:10"]}
    rig = SchedulerRig(MON, settings)
    rig.auto = "done"
    rig.run(40)
    rig.run(60, call=True)  # movement, rest and the 11:10 food nudge all fall in the call
    assert rig.shown == []
    assert {kind for kind, reason in rig.deferred if reason == "call"} == {
        Kind.MOVEMENT,
        Kind.REST,
        Kind.NOURISHMENT,
    }
    ended = rig.clock.now()
    shown = rig.run(40, call=False)
    assert len(shown) == 1 and shown[0].welcome_back
    assert minutes_after(rig.shown_at[0], ended) <= 4
    # movement counts afresh from the welcome back, not from before the call
    assert [d.kind for d in rig.run(10, call=False)] == [Kind.MOVEMENT]


def test_after_a_call_what_was_asked_for_at_a_time_still_comes_spaced() -> None:
    walk = MON + timedelta(minutes=30)  # a walk planned for 10:30, a medicine at 10:20
    settings = {**NO_REST, "medication.enabled": True, "medication.times": ["10:20"]}
    rig = SchedulerRig(MON, settings, nudges=lambda: [walk])
    rig.auto = "done"
    rig.run(50, call=True)  # to 10:50: both held, and the movement due at 10:45
    ended = rig.clock.now()
    shown = rig.run(30, call=False)
    assert [(d.kind, d.welcome_back) for d in shown] == [
        (Kind.MEDICATION, True),
        (Kind.ACTIVITY, False),  # not dropped as backlog: the person asked for that moment
    ]
    assert minutes_after(rig.shown_at[0], ended) <= 4
    # both asked for at a time: only a minute between them, not the gentle wait of movement
    assert minutes_after(rig.shown_at[1], rig.shown_at[0]) == 1


def test_not_looking_keeps_the_call_and_a_look_that_cannot_tell_too() -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.run(50, call=True)
    assert rig.run(10) == [] and rig.run(5, call=None) == []  # still in the call, as far as known
    assert [d.welcome_back for d in rig.run(4, call=False)] == [True]


def test_turning_calls_off_lets_reminders_come_during_a_call() -> None:
    rig = SchedulerRig(MON, {**NO_REST, "reminders.respect_calls": False})
    [due] = rig.run(46, call=True)
    assert not due.welcome_back and rig.deferred == []


def test_the_quiet_after_a_call_follows_its_setting() -> None:
    rig = SchedulerRig(MON, {**NO_REST, "reminders.after_call_minutes": 10})
    rig.run(50, call=True)
    assert rig.run(9.5, call=False) == []
    assert len(rig.run(1, call=False)) == 1


def test_asking_for_a_reminder_in_the_quiet_takes_the_place_of_the_welcome() -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.run(50, call=True)
    rig.run(1, call=False)
    rig.scheduler.remind_now(Kind.MOVEMENT)
    rig.answer()
    assert rig.run(30, call=False) == []
    assert [d.welcome_back for d in rig.shown] == [False]


def test_a_call_that_ends_with_nothing_due_owes_no_welcome_later() -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.scheduler.tick(0.0, call=True)
    rig.scheduler.tick(0.0, call=False)
    [due] = rig.run(46)
    assert not due.welcome_back


def test_turning_calls_off_during_a_call_lets_the_held_reminder_come_at_once() -> None:
    rig = SchedulerRig(MON, NO_REST)
    rig.run(50, call=True)
    assert rig.shown == []
    rig.settings.set("reminders.respect_calls", False)
    [due] = rig.run(0.5)  # the adapter no longer asks, so nobody says the call ended
    assert not due.welcome_back
