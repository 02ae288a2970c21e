"""Later on a reminder during a therapy session's quiet: it comes back when the scheduler
says it will (comes_back_at, the words the card shows), on the fake clock. A tester saw the
card promise about half an hour and the reminder come at another time."""

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
SESSION_AT = MON.replace(hour=10)  # a session on the Monday at 10:00
NO_QUIET_HOURS = {"reminders.quiet_hours": False}


def later_in_a_session(length: int, settings: dict[str, Any], worked: float = 50) -> SchedulerRig:
    """`worked` minutes at the computer, then at 10:01, a minute into a session `length`
    minutes long, a movement shown and put off with Later."""
    sessions = [Session(day="2026-12-07", time="10:00", minutes=length)]
    calendar = Calendar(lambda: sessions, MADRID)
    rig = SchedulerRig(MON, {**NO_QUIET_HOURS, **settings}, session_quiet=calendar.quiet_until)
    rig.auto = "done"
    rig.run(worked)
    rig.auto = None
    rig.clock.set(SESSION_AT + timedelta(minutes=1))
    rig.scheduler.tick(0.0)
    rig.scheduler.remind_now(Kind.MOVEMENT)
    rig.scheduler.answered(Kind.MOVEMENT, "snoozed")
    return rig


def first_shown(rig: SchedulerRig, idle: float | None = None) -> tuple[Kind, datetime]:
    """Tick on until the next reminder; `idle` seconds away until the session's end."""
    count = len(rig.shown)
    for _ in range(4 * 60 * 2):
        now = rig.clock.advance(30)
        away = idle is not None and now < SESSION_AT + timedelta(minutes=20)
        rig.scheduler.tick((now - SESSION_AT).total_seconds() if away else 0.0)
        if len(rig.shown) > count:
            return rig.shown[-1].kind, rig.clock.now()
    raise AssertionError("nothing came back within four hours")


def test_at_the_computer_through_the_session_it_comes_when_said() -> None:
    rig = later_in_a_session(20, {"reminders.rest_enabled": False})
    back = rig.scheduler.comes_back_at(Kind.MOVEMENT)
    assert back == SESSION_AT + timedelta(minutes=35) + SETTLE  # the end, 15 quiet minutes
    assert first_shown(rig) == (Kind.MOVEMENT, back)


def test_away_from_the_computer_in_the_session_it_still_comes_when_said() -> None:
    """Away from the keyboard in the session (in the therapist's room, or still on a video
    call) counted as a break, and the break let the Later go: the movement came a whole
    45 minutes after the person was back, not at the time the card named."""
    rig = later_in_a_session(20, {"reminders.rest_enabled": False})
    back = rig.scheduler.comes_back_at(Kind.MOVEMENT)
    assert back == SESSION_AT + timedelta(minutes=35) + SETTLE
    assert first_shown(rig, idle=0.0) == (Kind.MOVEMENT, back)


def test_a_rest_due_as_the_quiet_ends_is_what_comes_and_is_said() -> None:
    """Both held by a long session, the rest and the movement come free together: the rest
    comes and covers the movement. The card said the movement would come back by itself."""
    rig = later_in_a_session(90, {})
    rest = rig.scheduler.comes_back_at(Kind.REST)
    assert rest == SESSION_AT + timedelta(minutes=105) + SETTLE
    assert rig.scheduler.comes_with_rest(Kind.MOVEMENT)
    assert first_shown(rig) == (Kind.REST, rest)


def test_a_short_session_keeps_the_movement_on_its_own() -> None:
    rig = later_in_a_session(20, {})
    assert not rig.scheduler.comes_with_rest(Kind.MOVEMENT)
    assert first_shown(rig)[0] is Kind.MOVEMENT
