"""The tough day's "How are you feeling right now?": words put in the line at the foot of
the page bring the room for its thanks into view with them, so "Keep it" moves nothing (the
Spanish tour: the page scrolled up 34 px as the thanks came)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.tough_day.tough_day import ToughDayWindow


def test_the_thanks_for_naming_it_moves_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("general.language", "es")
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    window.resize(620, 520)
    window.more.setChecked(True)
    settle(qtbot, window)
    name_it, area = window.name_it, window.scroller
    bar = area.verticalScrollBar()
    # the line just in sight at the foot of the page's view, the room under it out of sight
    page = area.widget()
    assert page is not None
    line_bottom = name_it.line.mapTo(page, QPoint(0, name_it.line.height())).y()
    bar.setValue(line_bottom + 4 - area.viewport().height())
    settle(qtbot, window)
    assert name_it.said.mapTo(area.viewport(), QPoint(0, 0)).y() > area.viewport().height() - 8
    QGuiApplication.clipboard().setText("me pesa todo y estoy cansada de estar cansada " * 60)
    name_it.line.setFocus()
    name_it.line.paste()
    settle(qtbot, window)
    qtbot.wait(500)  # past the settling of any scroll asked for
    before = bar.value()
    name_it.keep.click()
    settle(qtbot, window)
    qtbot.wait(500)
    assert name_it.said.text()
    assert bar.value() == before  # nothing moved for the thanks
    said_bottom = name_it.said.mapTo(area.viewport(), QPoint(0, name_it.said.words_height()))
    assert said_bottom.y() <= area.viewport().height()  # and it is in sight
