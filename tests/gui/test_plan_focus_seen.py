"""The safety plan's button stays in sight with the keyboard on it: the plan written behind
"More" on the tough day grew the page above the button, which kept the focus out of view."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import SafetyPlan
from footholds.platform import phone_links
from footholds.ui.common.scrolling import SETTLE_MS
from footholds.ui.tough_day.tough_day import ToughDayWindow

WORDS = "\n".join(["A slow walk to the river and back, with music"] * 6)


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def in_view(area: QWidget, widget: QWidget) -> bool:
    top = widget.mapTo(area, widget.rect().topLeft()).y()
    return top >= 0 and top + widget.height() <= area.height()


def test_the_plans_button_is_in_view_when_the_plan_written_grows_the_page(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(window.more, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    edit = window.plan.edit
    assert edit.text() == "Write my safety plan"
    edit.setFocus(Qt.FocusReason.TabFocusReason)  # Tab to it, as the tour did
    window.scroller.ensureWidgetVisible(edit)
    settle(qtbot, window)
    qtbot.wait(SETTLE_MS + 100)  # a while writing in the plan's window
    view = window.scroller.viewport()
    assert in_view(view, edit)
    # the plan written and closed with Esc: its parts show above the button
    sections = {"sp-warning-signs": WORDS, "sp-on-my-own": WORDS, "sp-ask-for-help": WORDS}
    ctx.store.add(SafetyPlan(sections=sections))
    QApplication.processEvents()
    settle(qtbot, window)
    qtbot.wait(50)
    assert edit.text() == "Edit my safety plan" and edit.hasFocus()
    assert in_view(view, edit)
