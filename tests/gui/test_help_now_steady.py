"""Get help now keeps its page still sideways: in a country with only its emergency number
(Spain), "Change country" opens the list, the page grows long enough to scroll, and its
scroll bar once took 12 px from the column, so every line on it moved (LOOK.md: layouts
never jump). The bar takes its room from the page's right margin instead."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.platform import phone_links
from footholds.ui.help.help_now import HelpNowWindow


@pytest.fixture(autouse=True)
def no_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(phone_links, "can_open", lambda scheme: False)


def _span(widget: QWidget) -> tuple[int, int]:
    left = widget.mapTo(widget.window(), QPoint(0, 0)).x()
    return left, left + widget.width()


def test_opening_the_list_of_countries_moves_nothing_sideways(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.settings.set("safety.region", "ES")
    window = cast(HelpNowWindow, ctx.windows.show("help-now"))
    window.resize(580, 720)
    qtbot.waitExposed(window)
    qtbot.wait(100)
    bar = window.scroller.verticalScrollBar()
    assert not bar.isVisible()  # the emergency number alone: nothing to scroll
    words = window.crisis.labels[0]  # the danger sentence, with 112
    title = window.title
    before = (_span(title), _span(words), _span(window.region_line.where))
    window.region_line.change.click()
    qtbot.waitUntil(bar.isVisible)  # the list made the page long enough to scroll
    qtbot.wait(100)  # the layout settled
    assert window.asking()
    assert (_span(title), _span(window.crisis.labels[0]), _span(window.region_line.where)) == (
        before
    )
    right = window.crisis.labels[0].mapTo(window, QPoint(window.crisis.labels[0].width(), 0))
    assert right.x() <= bar.mapTo(window, QPoint(0, 0)).x()  # the bar covers nothing
    window.picker.cancel.click()
    qtbot.waitUntil(lambda: not bar.isVisible())
    qtbot.wait(100)
    assert (_span(title), _span(window.crisis.labels[0]), _span(window.region_line.where)) == (
        before
    )
