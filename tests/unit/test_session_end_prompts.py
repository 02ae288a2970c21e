"""One gentle prompt at a time as a therapy session's quiet ends, on the fake clock. A tour
saw a plan's nudge, held by the session, and the "After your session" offer come in the same
second, the offer covering the card's buttons. Now the offer (made as the quiet ends, by the
app's session offers) comes first: no card comes in the calm minute after a session's quiet,
nor while the offer is up and a calm minute after it; then one card, then the next once the
first is answered."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from fakes import SchedulerRig
from footholds.core.scheduler import SETTLE, Kind
from footholds.core.sessions import Calendar
from footholds.core.store.models_support import Session

MADRID = ZoneInfo("Europe/Madrid")
MON = datetime(2026, 12, 7, 10, 0, tzinfo=MADRID)
QUIET_END = MON.replace(hour=11, minute=10)  # a 10:45 session, ten minutes, 15 quiet after
PLANNED = MON.replace(minute=51)  # a plan with a nudge, held by the session
OFFER_UP = timedelta(seconds=40)  # reminders.card_seconds: how long the offer shows


def in_session(plan: bool = True) -> SchedulerRig:
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
    rig.scheduler.remind_now(Kind.REST)  # a rest in the session, put off with Later
    rig.scheduler.answered(Kind.REST, "snoozed")
    return rig


def until_shown(rig: SchedulerRig, offer_at: datetime | None = None) -> tuple[Kind, datetime]:
    """Tick every 5 s until a card comes; the session's offer made at `offer_at`."""
    count = len(rig.shown)
    for _ in range(12 * 60 * 2):
        now = rig.clock.advance(5)
        if offer_at is not None and now >= offer_at:
            rig.scheduler.prompt_shown(now + OFFER_UP)
            offer_at = None
        rig.scheduler.tick(0.0)
        if len(rig.shown) > count:
            return rig.shown[-1].kind, now
    raise AssertionError("nothing came within two hours")


def test_no_card_in_the_calm_minute_after_a_sessions_quiet() -> None:
    rig = in_session()
    kind, at = until_shown(rig)
    assert (kind, at) == (Kind.ACTIVITY, QUIET_END + SETTLE)
    status = rig.scheduler.status()
    assert status.quiet_until is None  # the offer is made as the quiet ends: not held


def test_the_offer_comes_first_and_each_card_one_after_another() -> None:
    rig = in_session()
    kind, at = until_shown(rig, offer_at=QUIET_END)
    assert kind is Kind.ACTIVITY
    assert at == QUIET_END + OFFER_UP + SETTLE  # the offer gone a calm minute before
    rig.scheduler.answered(Kind.ACTIVITY, "done")
    answered = rig.clock.now()
    kind, at = until_shown(rig)
    assert kind is Kind.REST  # the Later made in the session, kept
    assert at == answered + SETTLE


def test_the_later_says_when_it_really_comes() -> None:
    """What the card says after Later counts the calm minute: it is what happens."""
    rig = in_session(plan=False)
    back = rig.scheduler.comes_back_at(Kind.REST)
    assert back == QUIET_END + SETTLE
    assert until_shown(rig) == (Kind.REST, back)
