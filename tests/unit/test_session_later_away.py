"""A Later made in a therapy session's quiet, and time away that lasts past that quiet, on the
fake clock. The card said "It will come back after your session"; the person was away through
the session and a while after it, and the time away was taken as the break: the Later was
dropped without a word. Time away is rest (PRODUCT.md), so it still answers a put-off rest
once it makes a whole break after the session; a put-off movement stays until it is shown."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from fakes import SchedulerRig
from footholds.core.scheduler import SETTLE, Kind
from footholds.core.sessions import Calendar
from footholds.core.store.models_support import Session

MADRID = ZoneInfo("Europe/Madrid")
MON = datetime(2026, 12, 7, 9, 0, tzinfo=MADRID)
SESSION_AT = MON.replace(hour=10)  # twenty minutes long: its quiet ends at 10:35
QUIET_END = SESSION_AT + timedelta(minutes=35)
LEFT = SESSION_AT + timedelta(minutes=2)  # away from the computer from 10:02


def later_in_a_session(kind: Kind, settings: dict[str, Any] | None = None) -> SchedulerRig:
    """At the computer from 09:00; at 10:01, a minute into the session, `kind` shown and put
    off with Later."""
    sessions = [Session(day="2026-12-07", time="10:00", minutes=20)]
    calendar = Calendar(lambda: sessions, MADRID)
    values = {"reminders.quiet_hours": False, **(settings or {})}
    rig = SchedulerRig(MON, values, session_quiet=calendar.quiet_until)
    rig.auto = "done"
    rig.run(50)
    rig.auto = None
    rig.clock.set(SESSION_AT + timedelta(minutes=1))
    rig.scheduler.tick(0.0)
    rig.scheduler.remind_now(kind)
    rig.scheduler.answered(kind, "snoozed")
    return rig


def away_until(rig: SchedulerRig, back: datetime) -> None:
    """Away from LEFT (the idle time grows from there) until `back`, then one tick there."""
    while rig.clock.now() < back - timedelta(seconds=30):
        now = rig.clock.advance(30)
        rig.scheduler.tick(max((now - LEFT).total_seconds(), 0.0))
    rig.clock.set(back)
    rig.scheduler.tick(0.0)


def next_shown(rig: SchedulerRig) -> tuple[Kind, datetime]:
    count = len(rig.shown)
    for _ in range(4 * 60 * 2):
        now = rig.clock.advance(30)
        rig.scheduler.tick(0.0)
        if len(rig.shown) > count:
            return rig.shown[-1].kind, now
    raise AssertionError("nothing came within four hours")


def test_a_movement_put_off_comes_after_time_away_past_the_session() -> None:
    rig = later_in_a_session(Kind.MOVEMENT, {"reminders.rest_enabled": False})
    back = QUIET_END + timedelta(minutes=10)  # away 43 minutes, 10 of them after the quiet
    shown = len(rig.shown)
    away_until(rig, back)
    assert len(rig.shown) == shown  # nothing while away
    assert "movement" in rig.scheduler.to_state()["snoozed"]  # still promised
    assert next_shown(rig) == (Kind.MOVEMENT, back + SETTLE)


def test_a_rest_put_off_is_answered_by_a_whole_break_after_the_session() -> None:
    """Time away after the session's quiet, five minutes or more: that was the rest."""
    rig = later_in_a_session(Kind.REST, {"reminders.movement_enabled": False})
    back = QUIET_END + timedelta(minutes=10)
    away_until(rig, back)
    assert "rest" not in rig.scheduler.to_state()["snoozed"]
    kind, at = next_shown(rig)
    assert kind is Kind.REST and at == back + timedelta(minutes=90)  # counted afresh


def test_a_rest_put_off_stays_when_the_time_away_was_the_session() -> None:
    """Away through the session, back three minutes after its quiet: not a break of its own."""
    rig = later_in_a_session(Kind.REST, {"reminders.movement_enabled": False})
    back = QUIET_END + timedelta(minutes=3)
    away_until(rig, back)
    assert "rest" in rig.scheduler.to_state()["snoozed"]
    assert next_shown(rig) == (Kind.REST, back + SETTLE)


def test_a_later_outside_a_session_still_goes_with_a_break() -> None:
    """Unchanged: without a session, time away is the break, and the Later with it."""
    rig = SchedulerRig(MON, {"reminders.quiet_hours": False, "reminders.rest_enabled": False})
    rig.run(45)
    rig.answer("snoozed")
    rig.away(20)
    rig.run(0.5)  # back
    assert "movement" not in rig.scheduler.to_state()["snoozed"]
    assert rig.run(30) == []


def test_a_movement_put_off_goes_when_back_hours_after_the_session() -> None:
    rig = later_in_a_session(Kind.MOVEMENT, {"reminders.rest_enabled": False})
    away_until(rig, QUIET_END + timedelta(hours=3))
    assert "movement" not in rig.scheduler.to_state()["snoozed"]
