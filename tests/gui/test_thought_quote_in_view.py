"""Larger text, a small window: the thought quoted above the steps stays in view on every step.

At 1.25x on a 1280x800 screen the quote scrolled up with the step (cut off, or gone), and step 7
asked "Looking at the first thought again: how much now?" with the thought out of sight.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.reflect.thought_log import ThoughtLogWindow

SHORT = "I always mess everything up"
LONG = " ".join(f"nobody likes me and they are right {n}" for n in range(1, 40))


@pytest.fixture
def larger_text(qapp: QApplication) -> Iterator[None]:
    usual = qapp.font()
    font = qapp.font()
    font.setPointSizeF(usual.pointSizeF() * 1.25)
    qapp.setFont(font)
    yield
    qapp.setFont(usual)


@pytest.mark.parametrize("thought", [SHORT, LONG], ids=["short", "long"])
def test_the_quote_is_whole_in_view_on_every_step(
    ctx: AppContext, qtbot: QtBot, larger_text: None, thought: str
) -> None:
    log = cast(ThoughtLogWindow, ctx.windows.get("thought-log"))
    log.show()
    log.resize(860, 560)
    qtbot.waitExposed(log)
    log.pages.thought.setPlainText(thought)
    log.pages.before.set_value(70)
    for index in range(1, log.pages.count()):
        log.go(index)
        settle(qtbot, log)
        quote = log.quote
        assert quote.isVisible(), index
        seen = quote.visibleRegion().boundingRect()
        assert seen == QRect(0, 0, quote.width(), quote.height()), (index, seen, quote.size())
        top = quote.mapTo(log, quote.rect().topLeft()).y()
        assert top >= 0 and top + quote.height() <= log.height(), index
        assert log.quote_belief.isVisible()
        assert not log.said.isVisible()  # no empty line kept between the step and Next
        # the step's own field is in view under it
        focused = log.focusWidget()
        assert focused is not None
        view = log.page_scroll.viewport()
        at = focused.mapTo(view, focused.rect().topLeft()).y()
        assert 0 <= at < view.height(), index
        # a long thought shows its first lines; the rest is one click away
        assert log.quote.whole.isVisible() == (thought == LONG)
    if thought == LONG:
        log.quote.whole.click()
        settle(qtbot, log)
        assert log.quote_text.height() > 3 * log.quote_text.fontMetrics().lineSpacing()
        assert log.quote.visibleRegion().boundingRect().height() == log.quote.height()
        # in a few lines' room that scrolls on its own: the step keeps its room under it
        assert log.quote.room.height() <= 6 * (log.quote_text.fontMetrics().lineSpacing() + 1)
        assert log.quote.room.verticalScrollBar().maximum() > 0
