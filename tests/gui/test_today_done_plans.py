"""What was done today stays in Today as a small win: a plan done keeps its row ("done", no
button) until its day is over, and it, or a goal's step done, counts as showing up."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import activation
from footholds.core import goals as g
from footholds.core.days import day_of
from footholds.core.store import Goal
from footholds.core.store.models import now_local
from footholds.ui.today.today import TodayWindow

SHOWED_UP = "You showed up for yourself today. That counts."


def _today(ctx: AppContext, qtbot: QtBot) -> TodayWindow:
    today = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitExposed(today)
    today.refresh()
    return today


def _rows(today: TodayWindow) -> list[QWidget]:
    rows = today.activities.rows
    items = (rows.itemAt(i) for i in range(rows.count()))
    return [w for item in items if item is not None and (w := item.widget()) is not None]


def _row_words(today: TodayWindow) -> list[list[str]]:
    return [[w.text() for w in row.findChildren(QLabel)] for row in _rows(today)]


def test_a_plan_done_today_keeps_its_row_after_what_is_still_planned(
    ctx: AppContext, qtbot: QtBot
) -> None:
    day = day_of(now_local(), 4)
    shower = activation.Idea("ac-shower", "Take a shower", "achievement", False)
    walk = activation.Idea("", "Walk round the block", "enjoyment", True)
    made = activation.plan(ctx.store, shower, day)
    activation.plan(ctx.store, walk, day)
    today = _today(ctx, qtbot)
    assert today.showed_up.text() != SHOWED_UP  # nothing done yet
    activation.done(ctx.store, made, now=now_local())
    today.refresh()
    rows = _row_words(today)
    assert rows[0][0] == "Walk round the block"  # still planned, first, with its button
    assert rows[1] == ["Take a shower", "done"]  # done: its words and "done"
    [did] = today.activities.buttons
    assert "Walk round the block" in did.accessibleName()
    assert not _rows(today)[1].findChildren(QPushButton)
    assert not today.activities.empty.isVisible()
    assert today.showed_up.text() == SHOWED_UP  # doing it was showing up


def test_a_plan_done_yesterday_is_gone(ctx: AppContext, qtbot: QtBot) -> None:
    yesterday = now_local() - timedelta(days=1)
    idea = activation.Idea("ac-shower", "Take a shower", "achievement", False)
    made = activation.plan(ctx.store, idea, day_of(yesterday, 4), now=yesterday)
    activation.done(ctx.store, made, now=yesterday)
    today = _today(ctx, qtbot)
    assert _row_words(today) == []
    assert today.activities.empty.isVisible()  # only the invitation to plan something
    assert today.showed_up.text() != SHOWED_UP


def test_a_goals_step_done_today_counts_as_showing_up(ctx: AppContext, qtbot: QtBot) -> None:
    goal = ctx.store.add(g.add_step(Goal(title="Tidy the desk"), "Clear one corner"))
    today = _today(ctx, qtbot)
    assert today.showed_up.text() != SHOWED_UP
    step = goal.steps[0]["id"]
    ctx.store.update(g.mark_done(goal, step, datetime.now().astimezone()))
    today.refresh()
    assert today.showed_up.text() == SHOWED_UP
