"""Tough day's 5-4-3-2-1 grounding: its buttons stay put from the opening words to the
closing ones, and "Next", focused as it is pressed, stays whole in sight (the Spanish tour:
the words went from two lines to one and back, the buttons moving 16 px each time, and
"Siguiente" ended half under the help footer)."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.tough_day.tough_day import ToughDayWindow


def _open(ctx: AppContext, qtbot: QtBot, language: str) -> ToughDayWindow:
    ctx.settings.set("general.language", language)
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    window.more.setChecked(True)
    settle(qtbot, window)
    return window


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("width", [620, 420])
def test_the_buttons_stay_put_through_every_step(
    ctx: AppContext, qtbot: QtBot, language: str, width: int
) -> None:
    window = _open(ctx, qtbot, language)
    window.resize(width, window.height())
    settle(qtbot, window)
    grounding = window.grounding
    page = window.scroller.widget()
    assert page is not None
    places = []
    for _ in range(len(grounding.steps) + 2):  # the opening, each step, the closing
        places.append(grounding.forward.mapTo(page, QPoint(0, 0)).y())
        grounding.forward.click()
        settle(qtbot, window)
    assert grounding.at == -1  # round to the opening again
    assert len(set(places)) == 1, places


@pytest.mark.parametrize("language", ["en", "es"])
def test_next_pressed_stays_whole_in_sight(ctx: AppContext, qtbot: QtBot, language: str) -> None:
    window = _open(ctx, qtbot, language)
    window.resize(620, 560)
    settle(qtbot, window)
    grounding, area = window.grounding, window.scroller
    view = area.viewport()
    # the opening words at the foot of the view, "Begin" just in sight
    page = area.widget()
    assert page is not None
    foot = grounding.forward.mapTo(page, QPoint(0, grounding.forward.height())).y()
    area.verticalScrollBar().setValue(foot - view.height())
    settle(qtbot, window)
    for _ in range(len(grounding.steps) + 1):
        grounding.forward.click()
        settle(qtbot, window)
        qtbot.wait(50)
        top = grounding.forward.mapTo(view, QPoint(0, 0)).y()
        assert grounding.forward.hasFocus()
        assert top >= 0 and top + grounding.forward.height() <= view.height(), grounding.at
