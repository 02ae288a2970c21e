"""The quick log on a 1280x800 screen on a morning the sleep question shows: all of it, "More"
at the foot of the form included, shows without scrolling, in English and in Spanish. In
Spanish the form was 29 px taller than the room left under the question, and "Más" sat whole
below the fold."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sleep_support import SCREEN, sleep_question_open

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


def inside(widget: QWidget, area: QWidget) -> bool:
    """Whether all of `widget` lies within `area` (shown, not scrolled or cut away)."""
    corner = widget.mapTo(area, QPoint(0, 0))
    return area.rect().contains(QRect(corner, widget.size()))


def test_more_shows_without_scrolling_with_the_sleep_question_on(
    morning: QuickLogWindow, qtbot: QtBot
) -> None:
    window = morning
    qtbot.waitUntil(lambda: window.form.more.isVisible())
    assert window.geometry().height() <= SCREEN.height()
    viewport = window.scroll_area.viewport()
    more = window.form.more
    assert inside(more, viewport), (more.mapTo(viewport, QPoint(0, 0)).y(), viewport.height())
    assert window.scroll_area.verticalScrollBar().maximum() == 0  # nothing to scroll to
    question = window.sleep
    for widget in (question.title, question.later, question.note, question.quality):
        assert inside(widget, window), widget
    for action in (window.save, window.plan, window.hint_cell, window.help_link.button):
        assert inside(action, window), action
    # its buttons on the question's own row, the question on one line beside them
    row = question.title.geometry()
    for button in (question.later, question.note):
        assert button.geometry().top() <= row.center().y() <= button.geometry().bottom()
    assert question.title.heightForWidth(question.title.width()) <= question.later.height()


def test_a_message_moves_nothing_with_the_sleep_question_on(
    morning: QuickLogWindow, qtbot: QtBot
) -> None:
    """ "Nothing to save yet" takes the keys hint's place: nothing grows, "More" stays shown."""
    window = morning
    size, save_at = window.size(), window.save.mapTo(window, QPoint(0, 0))
    window.save.click()
    assert window.status.isVisible()
    assert window.size() == size and window.save.mapTo(window, QPoint(0, 0)) == save_at
    assert inside(window.form.more, window.scroll_area.viewport())


def test_more_shows_with_the_sleep_question_and_words_kept_by_another_version(
    morning: QuickLogWindow, qtbot: QtBot
) -> None:
    """A kept draft with a field this version cannot read: its "still kept" line is one quiet
    line with its actions on it. As three lines and a row of buttons it pushed "More" below
    the fold and cut the wins' "+ your own"."""
    window = morning
    window.bring_back({"note": "mine", "colour": "blue"})
    strip = window._unread
    assert strip is not None and strip.isVisible()
    qtbot.waitUntil(lambda: window.form.more.isVisible())
    viewport = window.scroll_area.viewport()
    more = window.form.more
    assert inside(more, viewport), (more.mapTo(viewport, QPoint(0, 0)).y(), viewport.height())
    assert window.scroll_area.verticalScrollBar().maximum() == 0
    wins = window.form.wins.add_field
    assert wins is not None and inside(wins, viewport)
    # one line: the sentence and its buttons side by side
    line = strip.line.geometry()
    for button in (strip.see, strip.let_go):
        assert inside(button, window), button
        assert button.geometry().top() <= line.center().y() <= button.geometry().bottom()
    assert strip.height() <= strip.see.height() + 8
    for widget in (window.save, window.help_link.button, strip):
        assert inside(widget, window), widget


def test_more_brings_what_it_opened_into_view_and_moves_nothing_below(
    morning: QuickLogWindow, qtbot: QtBot
) -> None:
    """More opened on the morning the sleep question shows: the questions it opened come into
    view, their top first, not just "What set it off?" and a sliver of its box at the foot;
    the sleep question under the form stays where it was (it jumped 32 px)."""
    window = morning
    qtbot.waitUntil(lambda: window.form.more.isVisible())
    question_at = window.sleep.mapTo(window, QPoint(0, 0))
    qtbot.mouseClick(window.form.more, Qt.MouseButton.LeftButton)
    journal = window.form.journal
    viewport = window.scroll_area.viewport()

    def opened_in_view() -> bool:
        top = journal.mapTo(viewport, QPoint(0, 0)).y()
        shown = min(journal.height(), viewport.height())
        return top >= 0 and top + shown <= viewport.height() + 1

    qtbot.waitUntil(opened_in_view)
    qtbot.wait(450)  # the page settles (bring_into_view follows it for a moment)
    assert opened_in_view()
    assert window.sleep.mapTo(window, QPoint(0, 0)) == question_at
    assert window.geometry().bottom() < SCREEN.bottom() + 1
