"""Planned nudges through the real scheduler, on a fake clock: every plan that asked for a
nudge gets one, once; a time already passed means right away; two at the same minute both
come, one after the other."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from fakes import SchedulerRig
from footholds.core import activation
from footholds.core.reminders import Kind
from footholds.core.sessions import Calendar
from footholds.core.store import ActivityPlan, Session, Store

TZ = timezone(timedelta(hours=1))
START = 4  # the day turns over at 4 am, as by default
DAY = date(2026, 3, 10)


def at_(hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 3, 10, hour, minute, second, tzinfo=TZ)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "store", aside_dir=tmp_path / "aside", durable=False)
    s.open()
    yield s
    s.close()


def idea(text: str) -> activation.Idea:
    return activation.Idea("", text, "enjoyment", False)


class Planner:
    """A scheduler rig with real nudges from the store, on the rig's clock."""

    def __init__(self, store: Store, start: datetime) -> None:
        quiet = {"reminders.movement_enabled": False, "reminders.rest_enabled": False}
        self.store = store
        self.rig = SchedulerRig(start, quiet)
        self.nudges = activation.Nudges(store, self.rig.clock, lambda: START, TZ)
        self.rig.scheduler._rules._nudges = self.nudges  # the driver hands the same in
        self.named: list[str] = []  # the plan each card named, as the presenter picks it

    def plan(self, text: str, at: time, day: date = DAY) -> ActivityPlan:
        now = self.rig.clock.now()
        return activation.plan(self.store, idea(text), day, at=at, nudge=True, now=now)

    def run(self, minutes: int, answer: str = "skipped") -> None:
        """Tick a minute at a time; each card is named, then answered a minute later."""
        for _ in range(minutes):
            seen = len(self.rig.shown)
            self.rig.run(1, step=60)
            for due in self.rig.shown[seen:]:
                plan = self.nudges.due(due.at)
                assert plan is not None
                self.named.append(plan.text)
                self.rig.clock.advance(60)
                if answer == "done":
                    activation.done(self.store, plan, now=self.rig.clock.now())
                self.rig.scheduler.answered(Kind.ACTIVITY, answer)


def test_a_time_already_passed_today_brings_the_nudge_right_away(store: Store) -> None:
    planner = Planner(store, at_(11, 0))
    planner.plan("Water the plants", time(11, 42))
    planner.run(43)
    assert planner.named == ["Water the plants"]  # at 11:42, answered at 11:43
    # planned just after, for the minute that has just gone: it comes too, not skipped
    late = planner.plan("Call Ana", time(11, 42))
    assert late.at > at_(11, 42)
    planner.run(5)
    assert planner.named == ["Water the plants", "Call Ana"]
    shown = planner.rig.shown_at[-1]
    assert shown - late.at <= timedelta(minutes=2)  # right away, after the calm minute
    planner.run(60)
    assert len(planner.named) == 2  # each once


def test_a_time_passed_long_ago_today_still_comes_once(store: Store) -> None:
    planner = Planner(store, at_(15, 0))
    planner.rig.clock.advance(90)
    planner.plan("Stretch", time(9, 0))  # made at 15:01 for this morning
    planner.run(3)
    assert planner.named == ["Stretch"]
    planner.run(120)
    assert planner.named == ["Stretch"]


@pytest.mark.parametrize("answer", ["skipped", "done", "snoozed"])
def test_two_plans_at_the_same_minute_are_both_nudged(store: Store, answer: str) -> None:
    planner = Planner(store, at_(11, 0))
    planner.plan("Water the plants", time(11, 42))
    planner.rig.clock.advance(10)
    planner.plan("Call Ana", time(11, 42))
    planner.run(50, answer=answer)
    assert planner.named[:2] == ["Water the plants", "Call Ana"]
    if answer != "snoozed":
        assert len(planner.named) == 2


def test_a_plan_made_while_a_card_is_up_is_not_passed_over(store: Store) -> None:
    planner = Planner(store, at_(11, 0))
    planner.plan("Water the plants", time(11, 42))
    planner.run(42)  # the card for 11:42 is up...
    assert len(planner.rig.shown) == 1
    planner.plan("Call Ana", time(11, 42))  # ...and another is planned for that minute
    planner.rig.clock.advance(60)
    planner.rig.scheduler.answered(Kind.ACTIVITY, "skipped")
    planner.run(5)
    assert planner.named == ["Water the plants", "Call Ana"]


def test_the_moments_stay_put_when_one_of_two_is_done(store: Store) -> None:
    clock = SchedulerRig(at_(9, 0)).clock
    nudges = activation.Nudges(store, clock, lambda: START, TZ)
    first = activation.plan(store, idea("A"), DAY, at=time(12, 0), nudge=True, now=clock.now())
    clock.advance(10)
    activation.plan(store, idea("B"), DAY, at=time(12, 0), nudge=True, now=clock.now())
    before = nudges()
    assert len(set(before)) == 2  # a moment each
    activation.done(store, first, now=clock.now())
    assert nudges() == before[1:]


def test_a_time_before_the_day_start_hour_is_that_night() -> None:
    late = datetime(2026, 3, 10, 23, 0, tzinfo=TZ)
    assert activation.planned_moment(DAY, time(1, 30), START, TZ) == datetime(
        2026, 3, 11, 1, 30, tzinfo=TZ
    )
    assert not activation.has_passed(DAY, time(1, 30), late, START)
    assert activation.has_passed(DAY, time(22, 59), late, START)
    assert not activation.has_passed(DAY, time(23, 0), late + timedelta(seconds=40), START)
    assert not activation.has_passed(DAY + timedelta(days=1), time(9, 0), late, START)


def test_a_nudge_planned_in_quiet_hours_comes_at_its_time(store: Store) -> None:
    """The person asked for that moment: quiet hours (22:00 to 07:00 by default) are for the
    app's own reminders, so they neither hold it back nor let it be dropped two hours on."""
    planner = Planner(store, at_(23, 50))
    planner.plan("Stretch", time(0, 22))  # after midnight: that same night
    moment = datetime(2026, 3, 11, 0, 22, tzinfo=TZ)
    status = planner.rig.scheduler.status()
    assert status.mode == "quiet"  # the tray still shows quiet hours...
    assert (status.next_kind, status.next_at) == (Kind.ACTIVITY, moment)  # ...and this
    planner.run(40)
    assert planner.named == ["Stretch"]
    assert planner.rig.shown_at == [moment]  # at the minute chosen, not at 07:00
    planner.run(9 * 60)
    assert planner.named == ["Stretch"]  # once


def test_quiet_hours_still_hold_the_apps_own_reminders(store: Store) -> None:
    planner = Planner(store, at_(23, 50))
    rules = planner.rig.scheduler._rules
    night = datetime(2026, 3, 11, 0, 22, tzinfo=TZ)
    hold = rules.hours_hold(Kind.NOURISHMENT, night, TZ)
    assert hold is not None and hold[0] == "quiet_hours"
    assert rules.hours_hold(Kind.ACTIVITY, night, TZ) is None
    assert rules.hours_hold(Kind.WINDDOWN, night, TZ) is None


def test_a_nudge_held_past_the_end_of_its_day_is_dropped_not_promised(store: Store) -> None:
    """At 03:16, a walk planned for 03:22 while a session's quiet lasts until 04:24: the day
    turns at 04:00 and the plan goes with it, so no nudge is promised for 04:24 or shown."""
    night = datetime(2026, 3, 11, 3, 16, tzinfo=TZ)  # still the person's 10 March
    planner = Planner(store, night)
    quiet_end = datetime(2026, 3, 11, 4, 24, tzinfo=TZ)
    planner.rig.scheduler._rules._session_quiet = lambda at: quiet_end if at < quiet_end else None
    planner.plan("Walk", time(3, 22))
    status = planner.rig.scheduler.status()
    assert status.next_kind is None and status.next_at is None
    assert "nudge" not in status.tooltip(night)
    planner.run(120)
    assert planner.named == []
    # the next day's plans are nudged as ever
    planner.plan("Call Ana", time(6, 30), day=DAY + timedelta(days=1))  # it is 05:16
    planner.run(90)
    assert planner.named == ["Call Ana"]


def test_a_later_that_would_land_in_the_next_day_is_let_go(store: Store) -> None:
    planner = Planner(store, datetime(2026, 3, 11, 3, 40, tzinfo=TZ))
    planner.rig.settings.set("reminders.snooze_minutes", 30)
    planner.plan("Walk", time(3, 45))
    planner.run(10, answer="snoozed")  # at 03:45; Later would bring it at 04:16, the next day
    assert planner.named == ["Walk"]
    assert planner.rig.scheduler.status().next_kind is None
    planner.run(60)
    assert planner.named == ["Walk"]


def test_a_later_past_the_plans_day_is_never_promised(store: Store) -> None:
    """Later at 03:56 with ten minutes' snooze would come at 04:06, in the next day: the card
    names no time for it (the presenter asks comes_back_at just after the answer)."""
    planner = Planner(store, datetime(2026, 3, 11, 3, 50, tzinfo=TZ))
    planner.plan("Walk", time(3, 55))
    answers: list[object] = []
    real_answered = planner.rig.scheduler.answered

    def answered(kind: Kind, outcome: str) -> None:
        real_answered(kind, outcome)
        answers.append(planner.rig.scheduler.comes_back_at(kind))

    planner.rig.scheduler.answered = answered  # type: ignore[method-assign]
    planner.run(8, answer="snoozed")
    assert planner.named == ["Walk"] and answers == [None]
    planner.run(30)
    assert planner.named == ["Walk"]
    # a Later well inside the day is still promised, and kept
    day = DAY + timedelta(days=1)
    planner.plan("Call Ana", time(4, 40), day=day)  # it is 04:28, the next day
    planner.run(14, answer="snoozed")
    assert planner.named == ["Walk", "Call Ana"] and answers[-1] is not None


# -- a session's quiet, Tough day's half hour, and two nudges close together -----------------


def in_session(planner: Planner) -> Session:
    """A session today 11:00 to 11:50 (quiet to 12:05), read as the driver reads it."""
    calendar = Calendar(lambda: planner.store.all(Session), TZ)
    planner.store.changed.connect(calendar.forget)
    planner.rig.scheduler._rules._session_quiet = calendar.quiet_until
    return planner.store.add(Session(day=DAY.isoformat(), time="11:00", minutes=50))


def run_to(planner: Planner, until: datetime) -> None:
    while planner.rig.clock.now() < until:
        planner.run(1)


def test_a_nudge_held_by_a_session_comes_once_the_session_is_removed(store: Store) -> None:
    planner = Planner(store, at_(11, 5))
    session = in_session(planner)
    planner.plan("Walk", time(11, 14))
    planner.plan("Call Ana", time(11, 25))
    run_to(planner, at_(11, 15))
    assert planner.named == []  # held by the session's quiet
    assert planner.rig.scheduler.status().next_at == at_(12, 6)  # and the calm minute after it
    store.remove(session)
    assert planner.rig.scheduler.status().next_at == at_(11, 14)  # due now: nothing holds it
    run_to(planner, at_(13, 0))
    assert planner.named == ["Walk", "Call Ana"]  # each once
    assert planner.rig.shown_at[0] <= at_(11, 16)  # at the next tick, not after the quiet
    assert planner.rig.shown_at[1] == at_(11, 25)  # at its own time


def test_a_nudge_held_by_a_session_comes_when_its_quiet_ends(store: Store) -> None:
    planner = Planner(store, at_(11, 5))
    in_session(planner)
    planner.plan("Walk", time(11, 14))
    planner.plan("Call Ana", time(11, 25))
    run_to(planner, at_(13, 0))
    assert planner.named == ["Walk", "Call Ana"]  # each once, one card at a time
    first, second = planner.rig.shown_at
    # the quiet's end and one calm minute, for the session's own offer to come first (the
    # two came in the same second); nothing more added
    assert first == at_(12, 6)
    assert second - first <= timedelta(minutes=3)  # after the first is answered and a calm minute


def test_after_tough_day_a_plans_nudge_comes_at_the_time_asked(store: Store) -> None:
    """The tester's afternoon: in a session from 11:00, Tough day opened and closed at 11:10;
    at 11:12 two plans with nudges for 11:14 and 11:25; the session removed at 11:15. The
    half hour after Tough day held both to 11:40: it is for the app's own reminders."""
    planner = Planner(store, at_(11, 5))
    session = in_session(planner)
    planner.rig.scheduler.help_opened("tough-day")
    run_to(planner, at_(11, 10))
    planner.rig.scheduler.help_closed("tough-day")
    run_to(planner, at_(11, 12))
    planner.plan("Walk", time(11, 14))
    planner.plan("Call Ana", time(11, 25))
    run_to(planner, at_(11, 15))
    store.remove(session)
    status = planner.rig.scheduler.status()
    assert (status.next_kind, status.next_at) == (Kind.ACTIVITY, at_(11, 14))
    run_to(planner, at_(11, 39))
    assert planner.named == ["Walk", "Call Ana"]
    assert planner.rig.shown_at[0] <= at_(11, 16)
    assert planner.rig.shown_at[1] == at_(11, 25)
    assert [d.kind for d in planner.rig.shown] == [Kind.ACTIVITY, Kind.ACTIVITY]


def _restarted(store: Store, closed: datetime, opened: datetime) -> Planner:
    """The app ran until `closed`, was quit, and started again at `opened`: its first look at
    the desktop five seconds later, as the driver's."""
    before = Planner(store, closed - timedelta(minutes=10))
    before.run(10)
    after = Planner(store, opened)
    after.rig.scheduler.from_state(before.rig.scheduler.to_state())
    after.rig.clock.advance(5)
    after.rig.scheduler.tick(0.0)
    return after


def test_after_a_restart_a_time_already_passed_still_brings_the_nudge_right_away(
    store: Store,
) -> None:
    planner = _restarted(store, closed=at_(9, 0), opened=at_(11, 0))
    planner.rig.clock.advance(15)
    planner.plan("Water the plants", time(10, 0))  # the window: "comes right away"
    planner.rig.scheduler.tick(0.0)  # the driver looks at once when a plan is saved
    assert planner.rig.shown_at == [at_(11, 0, 20)]  # not held a calm minute from the start


def test_after_a_restart_a_nudge_owed_from_before_still_waits_a_calm_minute(
    store: Store,
) -> None:
    early = Planner(store, at_(8, 0))
    early.plan("Call Ana", time(9, 30))  # made before the app was quit; its time came meanwhile
    planner = _restarted(store, closed=at_(9, 0), opened=at_(10, 0))
    planner.rig.run(0.5, step=5)
    assert planner.rig.shown == []  # the start is calm first
    planner.rig.run(1, step=5)
    assert len(planner.rig.shown) == 1
    assert planner.rig.shown_at[0] >= at_(10, 1, 5)
