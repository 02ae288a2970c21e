"""The quick log's sleep question answered or put aside: Save stays where it was and the
window keeps its height. "Not today" ("Hoy no") took the question's room away at once: the
window lost about 94 px and Save moved under the pointer, while "Note it" kept the room for
its thanks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sleep_support import sleep_question_open

from footholds.app.build import AppContext
from footholds.ui.journal.quick_log import QuickLogWindow

MORNING = datetime(2026, 12, 7, 8, 30).astimezone()


@pytest.fixture(params=["es", "en"])
def morning(
    request: pytest.FixtureRequest,
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[QuickLogWindow]:
    """The quick log opened from the icon of an 800-pixel-tall screen, the sleep question due."""
    with sleep_question_open(ctx, qtbot, monkeypatch, request.param, MORNING) as window:
        yield window


def pressed_moves_nothing(window: QuickLogWindow, button: QPushButton, qtbot: QtBot) -> str:
    """`button` clicked: the window's height and Save's place as before; the words left in
    the question's room."""
    qtbot.waitUntil(lambda: window.form.more.isVisible())
    height, save_at = window.height(), window.save.mapTo(window, QPoint(0, 0))
    top = window.geometry().top()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.wait(60)  # the refit after it, had there been one
    assert window.height() == height
    assert window.geometry().top() == top
    assert window.save.mapTo(window, QPoint(0, 0)) == save_at
    question = window.sleep
    assert question.isVisible() and question.pages.currentWidget() is question.thanks
    assert window.form.note.hasFocus()  # not lost with the buttons that went
    return question.thanks.text()


def test_not_today_keeps_save_where_it_was(morning: QuickLogWindow, qtbot: QtBot) -> None:
    words = pressed_moves_nothing(morning, morning.sleep.later, qtbot)
    assert words and "?" not in words
    assert not morning.sleep_ask.due()  # put aside until tomorrow
    assert not morning.sleep.waiting()  # Save has no answer of it to keep


def test_note_it_keeps_save_where_it_was(morning: QuickLogWindow, qtbot: QtBot) -> None:
    assert pressed_moves_nothing(morning, morning.sleep.note, qtbot)


def test_the_kind_line_goes_at_the_next_opening(morning: QuickLogWindow, qtbot: QtBot) -> None:
    """Put aside, the line stays until the window is next opened; the question is not."""
    pressed_moves_nothing(morning, morning.sleep.later, qtbot)
    morning.put_away()
    morning.present()
    qtbot.waitExposed(morning)
    assert not morning.sleep.isVisible()
