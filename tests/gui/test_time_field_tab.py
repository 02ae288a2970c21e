"""Tab and Shift+Tab in a time field move between controls, as everywhere else; the arrow
keys move between its hours and minutes."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import cast

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.today.activity_plan import PlanActivityWindow


def test_tab_leaves_plan_somethings_time_for_the_next_control(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(PlanActivityWindow, ctx.windows.get("plan-activity"))
    window.clock = lambda: datetime(2026, 3, 10, 11, 40, tzinfo=timezone(timedelta(hours=1)))
    ctx.windows.show("plan-activity")
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow)
    window.at_time.setFocus()
    qtbot.keyClick(window.at_time, Qt.Key.Key_Space)  # "At a time": the time opens
    qtbot.keyClick(window.at_time, Qt.Key.Key_Tab)
    field = window.time
    assert field.hasFocus()
    assert field.currentSection() == QDateTimeEdit.Section.HourSection
    for _ in range(3):  # the arrows still go to the minutes, a letter at a time
        qtbot.keyClick(field, Qt.Key.Key_Right)
    assert field.currentSection() == QDateTimeEdit.Section.MinuteSection
    qtbot.keyClick(field, Qt.Key.Key_Left)
    assert field.currentSection() == QDateTimeEdit.Section.HourSection
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not field.hasFocus()
    assert window.focusWidget() is window.nudge
    qtbot.keyClick(window.nudge, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is window.at_time
    assert field.time() == QTime(18, 0)
