"""Words written under More, put away with Esc, waited below the fold when the quick log
opened again at its top: a tired person could save them with a new note without seeing
them. The log still opens at its top, the note in view, and the line under its buttons
names where the words are and that they are not saved yet."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from settling import settle

from footholds.app.build import AppContext
from footholds.ui.journal.quick_log import QuickLogWindow


def _open_low(ctx: AppContext, qtbot: QtBot) -> tuple[QuickLogWindow, QRect]:
    """The quick log by an icon at the foot of the screen, where More makes it scroll."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    icon = QRect(area.right() - 30, area.bottom() - 25, 24, 24)
    ctx.windows.show("quick-log", near=icon)
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.form.note)
    return window, icon


def test_words_under_more_out_of_sight_are_named_as_it_opens(ctx: AppContext, qtbot: QtBot) -> None:
    window, icon = _open_low(ctx, qtbot)
    form = window.form
    qtbot.mouseClick(form.more, Qt.MouseButton.LeftButton)
    bar = window.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    form.journal.tried.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.journal.tried, "a walk")
    qtbot.keyClick(form.journal.tried, Qt.Key.Key_Escape)
    assert not window.isVisible()
    qtbot.wait(50)  # a moment later, as a person opens it again
    ctx.windows.show("quick-log", near=icon)
    qtbot.waitUntil(lambda: window.focusWidget() is form.note)
    settle(qtbot, window)
    assert bar.value() == 0  # still at its top, the note in view
    qtbot.waitUntil(window.status.isVisible)
    line = window.status.text()
    assert "“What I tried”" in line and "not saved yet" in line, line
    # saved, the next log opens with nothing said
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    window.closer.timeout.emit()
    qtbot.wait(50)
    ctx.windows.show("quick-log", near=icon)
    qtbot.waitUntil(lambda: window.focusWidget() is form.note)
    settle(qtbot, window)
    assert not window.status.isVisible()


def test_words_in_sight_say_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    window, icon = _open_low(ctx, qtbot)
    qtbot.keyClicks(window.form.note, "tired")
    qtbot.keyClick(window.form.note, Qt.Key.Key_Escape)
    qtbot.wait(50)
    ctx.windows.show("quick-log", near=icon)
    qtbot.waitUntil(lambda: window.focusWidget() is window.form.note)
    settle(qtbot, window)
    assert not window.status.isVisible()
    window.put_away()
