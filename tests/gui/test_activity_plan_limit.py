"""Plan something's own words: the field says its limit as the person reaches it, typed or
pasted (10 MB too), and keeps saying it while the words are at the limit, under the field."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Activity
from footholds.ui.common.said_under import limit_said
from footholds.ui.today.activity_plan import PlanActivityWindow


def _window(ctx: AppContext, qtbot: QtBot) -> PlanActivityWindow:
    plan = cast(PlanActivityWindow, ctx.windows.show("plan-activity"))
    qtbot.waitExposed(plan)
    plan.activateWindow()
    plan.own.setFocus()
    qtbot.waitUntil(plan.own.hasFocus)
    return plan


def test_typing_past_the_limit_says_it_under_the_field(ctx: AppContext, qtbot: QtBot) -> None:
    plan = _window(ctx, qtbot)
    qtbot.keyClicks(plan.own, "call my sister " * 15)  # 225 characters
    assert len(plan.own.text()) == Activity.TEXT_LIMIT
    said = limit_said(plan.own)
    assert said is not None
    qtbot.waitUntil(said.isVisible)
    assert str(Activity.TEXT_LIMIT) in said.text()
    below = plan.own.mapTo(plan, plan.own.rect().bottomLeft()).y()
    assert said.geometry().top() >= below


def test_a_huge_paste_says_the_rest_was_left_out(ctx: AppContext, qtbot: QtBot) -> None:
    plan = _window(ctx, qtbot)
    QGuiApplication.clipboard().setText("walk " * 2_000_000)  # 10 MB
    qtbot.keyClick(plan.own, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(plan.own.text()) == Activity.TEXT_LIMIT
    said = limit_said(plan.own)
    assert said is not None
    qtbot.waitUntil(said.isVisible)
    assert "left out" in said.text()
