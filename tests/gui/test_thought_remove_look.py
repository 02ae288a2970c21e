"""The thought log's Remove, beside New thought under the list, was a flat button: enabled,
its words alone on the page looked like the greyed-out words of a button that cannot be used.
Enabled, it is outlined as New thought is (3:1 against the page, its words AA on its face);
waiting for a thought to be chosen, it is not."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.core.store import ThoughtLog
from footholds.ui.common import theme, tokens
from footholds.ui.reflect.thought_log import ThoughtLogWindow


def seen(button: QWidget) -> QImage:
    """`button` as drawn on its window (its own grab leaves a transparent face clear)."""
    window = button.window()
    return window.grab(QRect(button.mapTo(window, QPoint(0, 0)), button.size())).toImage()


def outlined(image: QImage, page: str) -> bool:
    """A line down the button's left side, across its middle, that stands out from `page`."""
    row = image.height() // 2
    return any(
        tokens.contrast(image.pixelColor(x, row).name(), page) >= tokens.LARGE_AA for x in range(3)
    )


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_an_enabled_remove_looks_usable_and_a_waiting_one_does_not(
    ctx: AppContext, qtbot: QtBot, choice: str
) -> None:
    ctx.settings.set("general.theme", choice)
    theme.apply(ctx.app, choice)
    try:
        ctx.store.add(ThoughtLog(thought="I always get it wrong", belief_before=70))
        log = cast(ThoughtLogWindow, ctx.windows.show("thought-log"))
        qtbot.waitExposed(log)
        settle(qtbot, log)
        page = tokens.colours(choice == "dark").background
        log.past.setCurrentRow(0)
        assert log.remove.isEnabled()
        enabled = seen(log.remove)
        assert outlined(enabled, page)
        assert outlined(seen(log.new), page)  # as New thought beside it
        log.remove.setEnabled(False)
        assert not outlined(seen(log.remove), page)
        log.close()
    finally:
        theme.apply(ctx.app, "light")
