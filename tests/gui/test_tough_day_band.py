"""Tough day's choices and help band, laid out as they read: three choices (the lock keeps
One small thing) leave no hole in the grid, the band names the country as Get help now
does, and "Change country" ends where the Get help now button ends, level with the
country's name."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.tough_day.next_steps import NextSteps, Step
from footholds.ui.tough_day.tough_day import ToughDayWindow


def in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("count", [1, 2, 3, 4])
def test_an_odd_choice_out_spans_the_row(qtbot: QtBot, count: int) -> None:
    keys = ["breath", "movement", "small", "person"]
    steps = NextSteps([Step(k, k.title(), "another", QLabel(k), k) for k in keys])
    qtbot.addWidget(steps)
    steps.resize(600, 300)
    steps.show_only(keys[:count])
    steps.show()
    qtbot.waitExposed(steps)
    settle(qtbot, steps)
    shown = [steps.choices[k] for k in keys[:count]]
    assert [c.isVisible() for c in steps.choices.values()] == [k in keys[:count] for k in keys]
    row = steps.menu.contentsRect()
    for at, choice in enumerate(shown):
        place = choice.geometry()
        last_alone = at == count - 1 and at % 2 == 0
        if last_alone:  # across the whole row: no hole beside it
            assert place.left() == row.left() and place.right() == row.right()
        else:
            assert place.width() < row.width() // 2 + 1
    if count == 4:  # the lock off again: two to a row as before
        assert shown[3].geometry().left() > shown[2].geometry().right()


def open_tough_day(ctx: AppContext, qtbot: QtBot) -> ToughDayWindow:
    window = cast(ToughDayWindow, ctx.windows.show("tough-day"))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


@pytest.mark.parametrize("region", ["GB", "AR", ""])
def test_the_band_names_the_country_as_get_help_now_does(
    ctx: AppContext, qtbot: QtBot, region: str
) -> None:
    ctx.settings.set("safety.region", region)
    tough = open_tough_day(ctx, qtbot)
    assert tough.crisis.where is not None
    words = tough.crisis.where.text()
    assert words.endswith("."), words
    if region:
        help_now = cast(HelpNowWindow, ctx.windows.show("help-now"))
        assert words == help_now.region_line.where.text()


@pytest.mark.parametrize("width", [420, 620, 900])
def test_change_country_ends_where_get_help_now_ends(
    ctx: AppContext, qtbot: QtBot, width: int
) -> None:
    ctx.settings.set("safety.region", "GB")
    tough = open_tough_day(ctx, qtbot)
    tough.resize(width, tough.height())
    settle(qtbot, tough)
    change, where = tough.crisis.change, tough.crisis.where
    assert change is not None and where is not None and change.isVisible()
    button = in_window(tough.help_now)
    link = in_window(change)
    assert abs(link.right() - button.right()) <= 1
    assert link.bottom() < button.top()  # above it, not beside the lines
    # level with the country's name: the middle of its first line
    assert where.alignment() & Qt.AlignmentFlag.AlignTop  # its words from the top
    first_line = in_window(where).top() + where.contentsMargins().top()
    middle = first_line + where.fontMetrics().height() / 2
    assert abs(link.top() + link.height() / 2 - middle) <= 1.5
