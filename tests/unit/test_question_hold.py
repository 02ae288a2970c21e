"""One gentle prompt at a time: while a small question of ours is open ("How was that?",
after a plan's nudge or from Today), no reminder card comes over it; one due meanwhile comes a
calm minute after the question closes, on the fake clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from fakes import SchedulerRig, minutes_after
from footholds.core.scheduler import SETTLE, Kind

MON = datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Europe/Madrid"))
SETTINGS = {"reminders.quiet_hours": False, "reminders.rest_enabled": False}


def test_no_card_while_the_question_is_open_and_one_a_calm_minute_after() -> None:
    rig = SchedulerRig(MON, SETTINGS)
    rig.run(40)
    rig.scheduler.question_opened("how-was-that")
    assert rig.run(20) == []  # the movement, due at 45, waits
    assert rig.deferred == [(Kind.MOVEMENT, "question")]
    rig.scheduler.question_closed("how-was-that")  # at 60
    assert rig.run(0.5) == []  # not in the same second: a calm minute first
    [due] = rig.run(1)
    assert minutes_after(rig.shown_at[-1], MON) == 60 + SETTLE / timedelta(minutes=1)
    assert due.kind is Kind.MOVEMENT


def test_two_questions_hold_until_both_close() -> None:
    rig = SchedulerRig(MON, SETTINGS)
    rig.run(40)
    rig.scheduler.question_opened("one")
    rig.scheduler.question_opened("two")
    rig.run(10)
    rig.scheduler.question_closed("one")
    assert rig.run(5) == []
    rig.scheduler.question_closed("two")
    assert [due.kind for due in rig.run(2)] == [Kind.MOVEMENT]


def test_closing_a_question_not_open_holds_nothing() -> None:
    rig = SchedulerRig(MON, SETTINGS)
    rig.run(44.5)
    rig.scheduler.question_closed("never-opened")
    assert [due.kind for due in rig.run(0.5)] == [Kind.MOVEMENT]  # at 45, as due
