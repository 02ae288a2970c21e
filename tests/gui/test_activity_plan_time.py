"""Plan something small, at a time: opened again it starts afresh with a time still ahead, and
a time already gone today is said under the time before "Plan it" (its nudge comes right
away: tests/unit/test_activation_nudges.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import cast

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import ActivityPlan
from footholds.ui.today.activity_plan import PlanActivityWindow

TZ = timezone(timedelta(hours=1))
WITH_NUDGE = "That time has passed today, so the nudge comes right away."
WITHOUT = "That time has passed today."
WAITS = "Without a time, it waits in Today for whenever suits you."


def at_(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 3, 10, hour, minute, tzinfo=TZ)


def opened(ctx: AppContext, qtbot: QtBot, now: datetime) -> PlanActivityWindow:
    """The tray's "Plan something" at `now`: built and shown the first time, brought
    forward again after that (it stays open behind other windows)."""
    window = cast(PlanActivityWindow, ctx.windows.get("plan-activity"))
    window.clock = lambda: now
    ctx.windows.show("plan-activity")
    qtbot.waitExposed(window)
    return window


def pick_first(window: PlanActivityWindow) -> None:
    window.ideas.setCurrentRow(window.ideas.currentRow())  # the first idea, picked


def test_opened_again_it_starts_afresh_with_a_time_still_ahead(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = opened(ctx, qtbot, at_(11, 40))
    assert window.time.time() == QTime(18, 0)
    pick_first(window)
    window.at_time.setChecked(True)
    window.time.setTime(QTime(11, 42))
    window.nudge.setChecked(True)
    window.plan.click()
    [made] = ctx.store.all(ActivityPlan)
    assert (made.time, made.nudge) == ("11:42", True)

    window = opened(ctx, qtbot, at_(11, 43))
    assert window.when.currentIndex() == 0
    assert not window.at_time.isChecked() and not window.nudge.isChecked()
    assert window.time.time() == QTime(18, 0)  # not the 11:42 just gone
    assert window.passed.text() == WAITS  # no time chosen: where it waits, in the room kept

    window = opened(ctx, qtbot, at_(19, 10))
    assert window.time.time() == QTime(20, 0)  # 18:00 has gone: the next whole hour


def test_a_time_gone_today_is_said_under_the_time_before_plan_it(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = opened(ctx, qtbot, at_(11, 43))
    window.at_time.setChecked(True)
    window.time.setTime(QTime(11, 42))
    assert window.passed.text() == WITHOUT
    window.nudge.setChecked(True)
    assert window.passed.text() == WITH_NUDGE
    assert window.passed.isVisible() and window.passed.height() > 0

    window.time.setTime(QTime(11, 43))  # the minute now: still to come
    assert window.passed.text() == ""
    window.time.setTime(QTime(11, 42))
    window.when.setCurrentIndex(1)  # tomorrow at 11:42 is ahead
    assert window.passed.text() == ""
    window.when.setCurrentIndex(0)
    window.at_time.setChecked(False)  # any time that day: where it waits
    assert window.passed.text() == WAITS

    # a time after midnight, before the day turns over at 4, is still ahead late at night
    window = opened(ctx, qtbot, at_(23, 30))
    window.at_time.setChecked(True)
    window.time.setTime(QTime(1, 0))
    assert window.passed.text() == ""


def test_the_line_follows_the_clock_while_the_window_stays_open(
    ctx: AppContext, qtbot: QtBot
) -> None:
    now = [at_(17, 58)]
    window = opened(ctx, qtbot, now[0])
    window.clock = lambda: now[0]
    window.at_time.setChecked(True)
    window.nudge.setChecked(True)
    window.time.setTime(QTime(18, 0))
    assert window.passed.text() == ""
    now[0] = at_(18, 1)
    window._look_again.timeout.emit()  # what its half-minute look does
    assert window.passed.text() == WITH_NUDGE


def test_opened_first_in_the_evening_it_offers_the_next_hour(ctx: AppContext, qtbot: QtBot) -> None:
    window = opened(ctx, qtbot, at_(19, 10))
    assert window.time.time() == QTime(20, 0)
    window.at_time.setChecked(True)
    assert window.passed.text() == ""
