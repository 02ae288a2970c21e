"""Today's page reaches down to the help link: no blank band kept under it for an Undo strip
that is not showing (on a 1280x800 screen a finished goal was cut off at y=677 with 60 px of
empty room below it). The strip takes its room when it comes, from the foot of the page's
view, and nothing on the page moves."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.ui.common import tokens
from footholds.ui.common.scrolling import page_area
from footholds.ui.today.today import TodayWindow


def gap_above_help(window: QWidget, help_link: QWidget) -> int:
    area = page_area(window)
    bottom = area.mapTo(window, QPoint(0, area.height())).y()
    return help_link.mapTo(window, QPoint(0, 0)).y() - bottom


def test_the_page_reaches_the_help_link_while_no_strip_shows(ctx: AppContext, qtbot: QtBot) -> None:
    today = cast(TodayWindow, ctx.windows.show("today"))
    qtbot.waitExposed(today)
    today.resize(560, 700)
    qtbot.wait(50)
    assert not today.undo_bar.isVisible()
    assert gap_above_help(today, today.help_link) <= tokens.XS + tokens.S

    # the strip comes: the page's words stay where they were, the view ends above it
    spot = today.header.mapTo(today, QPoint(0, 0))
    today.undo_bar.offer("Removed.", lambda: None)
    qtbot.waitUntil(today.undo_bar.isVisible)
    qtbot.wait(50)
    assert today.header.mapTo(today, QPoint(0, 0)) == spot
    strip = today.undo_bar.mapTo(today, QPoint(0, 0)).y()
    area = page_area(today)
    assert area.mapTo(today, QPoint(0, area.height())).y() <= strip
    assert strip + today.undo_bar.height() <= today.help_link.mapTo(today, QPoint(0, 0)).y()
