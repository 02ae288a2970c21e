"""My lists keeps its place: hiding a routine suggestion at the foot of the page leaves the
page where it was with its Undo in view, and a word added to a list shows in it."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot
from test_settings_window import FakeAutostart

from footholds.app.build import AppContext
from footholds.ui.common.scrolling import SETTLE_MS
from footholds.ui.settings.list_editors import ListEditor
from footholds.ui.settings.settings_window import SettingsWindow
from support import present


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> SettingsWindow:
    """My lists in a window small enough that the page scrolls a long way."""
    win = SettingsWindow(ctx, autostart=FakeAutostart())
    qtbot.addWidget(win)
    win.present(section="My lists")
    qtbot.waitExposed(win)
    win.resize(win.minimumWidth(), win.minimumHeight())
    qtbot.waitUntil(lambda: win.height() == win.minimumHeight())
    return win


def area_of(window: SettingsWindow) -> QScrollArea:
    return present(window.tabs.scroll_of("My lists"))


def in_view(widget: QWidget, area: QScrollArea) -> bool:
    """Whether the whole of `widget` shows in the area's viewport."""
    top = widget.mapTo(area.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= area.viewport().height()


def settle(qtbot: QtBot) -> None:
    """Past bring_into_view's settling and the Refresher's debounce."""
    qtbot.wait(SETTLE_MS + 100)
    QApplication.processEvents()


def hide_button(window: SettingsWindow, at: int) -> QPushButton:
    return present(window.suggestions.rows[at].findChild(QPushButton))


def test_hiding_a_suggestion_at_the_foot_keeps_the_page_and_shows_undo(
    window: SettingsWindow, qtbot: QtBot
) -> None:
    """Hide at the foot of My lists jumped the page up to "Parts" (every row was rebuilt,
    the page shrank for a moment), and the Undo strip stayed out of sight below."""
    area = area_of(window)
    bar = area.verticalScrollBar()
    suggestions = window.suggestions
    at = len(suggestions.rows) - 2  # one near the foot, with a row after it
    hide = hide_button(window, at)
    area.ensureWidgetVisible(hide, 0, 0)
    settle(qtbot)
    assert bar.value() > 0 and in_view(hide, area)
    after = suggestions.rows[at + 1]
    before = after.mapTo(area.viewport(), QPoint(0, 0)).y()
    qtbot.mouseClick(hide, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert suggestions.undo.isVisible() and in_view(suggestions.undo, area)
    # the page moved on down as far as the strip needed (the row after the hidden one still
    # in view), never back up it: that row is no lower than it was
    assert after in suggestions.rows
    assert after.mapTo(area.viewport(), QPoint(0, 0)).y() <= before
    assert in_view(after, area)
    # the keyboard is on Undo, and goes to the next row's Hide when the offer ends
    assert window.focusWidget() is suggestions.undo.button
    suggestions.undo.dismiss()
    assert window.focusWidget() is after.findChild(QPushButton)


def test_undo_brings_the_suggestion_back_in_place_with_the_keyboard_on_it(
    window: SettingsWindow, qtbot: QtBot
) -> None:
    """Undo put the suggestion back, and the page scrolled up to the first suggestion: the
    strip, hidden while it held the keyboard, had passed it on as Tab does."""
    area = area_of(window)
    bar = area.verticalScrollBar()
    suggestions = window.suggestions
    at = len(suggestions.rows) - 1  # the last one: the keyboard then goes to the one above
    text = suggestions.shown()[at].text
    bar.setValue(bar.maximum())
    settle(qtbot)
    above = suggestions.rows[at - 1]
    place = above.mapTo(area.viewport(), QPoint(0, 0)).y()
    qtbot.mouseClick(hide_button(window, at), Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert in_view(suggestions.undo, area)
    assert window.focusWidget() is suggestions.undo.button
    qtbot.mouseClick(suggestions.undo.button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    back = suggestions.rows[at]
    assert suggestions.shown()[at].text == text
    assert above.mapTo(area.viewport(), QPoint(0, 0)).y() == place  # the page stayed
    assert in_view(back, area)
    assert window.focusWidget() is back.findChild(QPushButton)


@pytest.mark.parametrize("name", ["lists.feelings", "lists.parts"])
def test_a_new_word_shows_chosen_in_its_list(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot, name: str
) -> None:
    """The word went on at the end of the list, out of sight, and only the emptied field
    said anything happened."""
    area = area_of(window)
    editor = cast(ListEditor, window.rows[name].editor)
    field = editor.new_text
    area.ensureWidgetVisible(field, 0, 0)
    settle(qtbot)
    field.setFocus()
    qtbot.keyClicks(field, "steady")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot)
    assert ctx.settings[name][-1] == "steady"
    item = present(editor.items.currentItem())
    assert item.text() == "steady" and item.isSelected()
    rect = editor.items.visualItemRect(item)
    assert editor.items.viewport().rect().contains(rect), rect
    assert in_view(editor.items, area) and in_view(field, area)
    assert field.text() == "" and window.focusWidget() is field  # ready for another


def test_a_word_already_in_the_list_is_shown_not_added_twice(
    window: SettingsWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    editor = cast(ListEditor, window.rows["lists.feelings"].editor)
    before = list(ctx.settings["lists.feelings"])
    editor.items.setCurrentRow(0)
    field = editor.new_text
    field.setFocus()
    qtbot.keyClicks(field, f" {before[-2]} ")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot)
    assert ctx.settings["lists.feelings"] == before
    assert present(editor.items.currentItem()).text() == before[-2]
    assert field.text() == "" and window.focusWidget() is field
