"""A Later on a rest card in a therapy session's quiet is kept when the quiet ends, on the
fake clock. A tour saw the card say "It will come back in about 18 minutes" (the end of the
quiet), and at that end the snooze was dropped and the rest's count began again: a plan's
nudge held by the same quiet was owed too, and the hold's end let the rest go as backlog."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from fakes import SchedulerRig
from footholds.core.scheduler import SETTLE, Kind
from footholds.core.sessions import Calendar
from footholds.core.store.models_support import Session

MADRID = ZoneInfo("Europe/Madrid")
MON = datetime(2026, 12, 7, 10, 0, tzinfo=MADRID)
SESSION_AT = MON.replace(minute=45)  # ten minutes long: its quiet ends at 11:10
QUIET_END = SESSION_AT + timedelta(minutes=10 + 15)
BACK = QUIET_END + SETTLE  # a calm minute after the quiet: the session's offer first
LATER_AT = MON.replace(minute=52)
PLANNED = MON.replace(minute=51)  # a plan for 10:51 with a nudge, held by the session


def rest_put_off(plan: bool) -> SchedulerRig:
    """At the computer from 10:00; at 10:52, in the session, a rest card and Later."""
    sessions = [Session(day="2026-12-07", time="10:45", minutes=10)]
    calendar = Calendar(lambda: sessions, MADRID)
    nudges = [PLANNED] if plan else []
    rig = SchedulerRig(
        MON,
        {"reminders.quiet_hours": False, "reminders.movement_enabled": False},
        session_quiet=calendar.quiet_until,
        nudges=lambda: nudges,
    )
    rig.run(52)
    assert rig.shown == []  # the plan's nudge is held by the session
    assert rig.clock.now() == LATER_AT
    rig.scheduler.remind_now(Kind.REST)
    rig.scheduler.answered(Kind.REST, "snoozed")
    return rig


def next_shown(rig: SchedulerRig, answer: str | None = None) -> tuple[Kind, datetime]:
    count = len(rig.shown)
    for _ in range(4 * 60 * 2):
        now = rig.clock.advance(30)
        rig.scheduler.tick(0.0)
        if len(rig.shown) > count:
            if answer is not None:
                rig.scheduler.answered(rig.shown[-1].kind, answer)
            return rig.shown[-1].kind, now
    raise AssertionError("nothing came within four hours")


def test_the_card_names_the_end_of_the_quiet_and_the_rest_comes_then() -> None:
    rig = rest_put_off(plan=False)
    assert rig.scheduler.comes_back_at(Kind.REST) == BACK
    assert next_shown(rig) == (Kind.REST, BACK)


def test_a_plan_owed_as_the_quiet_ends_does_not_let_the_later_go() -> None:
    rig = rest_put_off(plan=True)
    assert rig.scheduler.comes_back_at(Kind.REST) == BACK
    kind, at = next_shown(rig, "done")  # the plan's nudge, held since 10:51
    assert (kind, at) == (Kind.ACTIVITY, BACK)
    assert "rest" in rig.scheduler.to_state()["snoozed"]  # still promised
    kind, at = next_shown(rig)
    assert kind is Kind.REST
    assert at <= BACK + timedelta(minutes=2)  # a calm minute after the nudge's answer


def test_a_later_held_by_the_session_is_said_to_come_after_it() -> None:
    """The card's words name the session when its quiet is what makes the Later wait."""
    rig = rest_put_off(plan=False)
    assert rig.scheduler.comes_after_session(Kind.REST)
    next_shown(rig, "snoozed")  # at the quiet's end, put off again: ten minutes, no session
    assert not rig.scheduler.comes_after_session(Kind.REST)
