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


def _opened_with_words_out_of_sight(ctx: AppContext, qtbot: QtBot) -> tuple[QuickLogWindow, QRect]:
    """ "A walk" written in What I tried, put away, and the log opened again at its top."""
    window, icon = _open_low(ctx, qtbot)
    form = window.form
    qtbot.mouseClick(form.more, Qt.MouseButton.LeftButton)
    bar = window.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    form.journal.tried.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(form.journal.tried, "a walk")
    qtbot.keyClick(form.journal.tried, Qt.Key.Key_Escape)
    qtbot.wait(50)
    ctx.windows.show("quick-log", near=icon)
    qtbot.waitUntil(lambda: window.focusWidget() is form.note)
    settle(qtbot, window)
    qtbot.waitUntil(window.status.isVisible)
    assert "“What I tried”" in window.status.text()
    return window, icon


def _places(window: QuickLogWindow) -> tuple[QRect, ...]:
    """Where the window and what is under its form stand."""
    return (
        window.geometry(),
        window.scroll_area.geometry(),
        window.save.geometry(),
        window.hint_cell.geometry(),
        window.help_link.geometry(),
    )


def test_the_line_goes_once_the_words_are_scrolled_to_and_nothing_moves(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window, _icon = _opened_with_words_out_of_sight(ctx, qtbot)
    bar = window.scroll_area.verticalScrollBar()
    before = _places(window)
    bar.setValue(bar.maximum())  # the person scrolls down to them
    qtbot.waitUntil(lambda: not window.status.isVisible())
    assert window.hint.isVisible() and not window.hint_cell.action.isVisible()
    settle(qtbot, window)
    assert _places(window) == before  # its room kept while the log is in use
    assert window.form.journal.tried.toPlainText() == "a walk"  # the words untouched
    window.put_away()


def test_show_them_goes_to_the_words_and_the_line_goes(ctx: AppContext, qtbot: QtBot) -> None:
    window, icon = _opened_with_words_out_of_sight(ctx, qtbot)
    link = window.hint_cell.action
    assert link.isVisible() and link.text().replace("&", "") == "Show them"
    assert link in window.form.tail  # Tab reaches it, before Get help now
    before = _places(window)
    qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    tried = window.form.journal.tried
    qtbot.waitUntil(lambda: window.focusWidget() is tried)
    qtbot.waitUntil(lambda: not window.status.isVisible())
    settle(qtbot, window)
    view = window.scroll_area.viewport()
    place = QRect(tried.mapTo(view, tried.rect().topLeft()), tried.size())
    assert view.rect().contains(place)  # in view, whole
    assert _places(window) == before
    # the next opening has its usual height back
    window.put_away()
    qtbot.wait(50)
    ctx.windows.show("quick-log", near=icon)
    qtbot.waitUntil(lambda: window.focusWidget() is window.form.note)
    settle(qtbot, window)
    assert window.hint_cell.minimumHeight() == 0


def test_a_message_of_its_own_carries_no_link(ctx: AppContext, qtbot: QtBot) -> None:
    window, _icon = _opened_with_words_out_of_sight(ctx, qtbot)
    assert window.hint_cell.action.isVisible()
    window.form.message.emit("Something else to say.")
    assert window.status.text() == "Something else to say."
    assert not window.hint_cell.action.isVisible()
    window.scroll_area.verticalScrollBar().setValue(10_000)
    qtbot.wait(20)
    assert window.status.text() == "Something else to say."  # not ours to take away
    window.put_away()
