"""The thought log made small: its box keeps several lines in view under the step's title,
"Step 1 of 6" stays on one line, and the buttons under the page never draw over the box
(it went down to a sliver, the step counter over three lines)."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.reflect.thought_log import ThoughtLogWindow


@pytest.fixture
def log(ctx: AppContext, qtbot: QtBot) -> ThoughtLogWindow:
    window = cast(ThoughtLogWindow, ctx.windows.get("thought-log"))
    window.show()
    qtbot.waitExposed(window)
    return window


def in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def shown_of(widget: QWidget, log: ThoughtLogWindow) -> QRect:
    """The part of `widget` on the page that the page's view shows, in the window."""
    view = log.page_scroll.viewport()
    return in_window(widget, log).intersected(in_window(view, log))


@pytest.mark.parametrize("step", [0, 1])
def test_made_small_the_box_keeps_several_lines(
    log: ThoughtLogWindow, qtbot: QtBot, step: int
) -> None:
    log.pages.thought.setPlainText("I always get things wrong")
    log.go(step)
    log.resize(100, 100)
    qtbot.wait(50)
    box = log.pages.thought if step == 0 else log.pages.answers[next(iter(log.pages.answers))]
    line = box.fontMetrics().lineSpacing()
    assert shown_of(box, log).height() >= 4 * line
    # "Step 1 of 6" on one line
    one_line = log.step.fontMetrics().horizontalAdvance(log.step.text())
    assert log.step.contentsRect().width() >= one_line
    # the row of buttons under the page, not over it
    view = in_window(log.page_scroll, log)
    for part in (log.step, log.next, log.save, log.help_link):
        assert in_window(part, log).top() >= view.bottom(), part
