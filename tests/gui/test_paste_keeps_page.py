"""A long paste into a box with room on screen moves nothing: Reach out's ready message,
given 30 000 characters by Ctrl+V, scrolled the whole window up (the caret's line was
taken where the box had not yet scrolled to it, far below the box)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.common.scrolling import page_area
from footholds.ui.people.reach_out import ReachOutWindow
from support import present

LONG = "Hoy ha sido una tarde muy pesada, me cuesta respirar y todo me parece gris. " * 400


def test_a_long_paste_into_the_ready_message_moves_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    window = cast(ReachOutWindow, ctx.windows.show("reach-out"))
    window.resize(580, 620)
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.add_person.click()
    box = window.form.message
    area = page_area(window)
    bar = area.verticalScrollBar()
    settle(qtbot, window)
    box.setFocus()
    settle(qtbot, window)
    # the box shown whole near the foot of the view, as in the tour: the page could still
    # scroll further down
    top = box.mapTo(present(area.widget()), box.rect().topLeft()).y()
    bar.setValue(top + box.height() + 24 - area.viewport().height())
    settle(qtbot, window)
    assert bar.value() < bar.maximum()
    before = bar.value()
    QGuiApplication.clipboard().setText(LONG)
    qtbot.keyClick(box, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert box.toPlainText() and len(box.toPlainText()) < len(LONG)  # cut at the limit
    assert bar.value() == before
