"""Every refusal the sleep question can say (the same time twice, longer than a night, a time
still to come) fits on one line in the room the quick log keeps under it, on an 800-pixel
screen, in English and Spanish: two lines made the form grow or a scroll bar come."""

from __future__ import annotations

import pytest
import test_sleep_question_early
from PySide6.QtCore import QPoint, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.ui.journal.quick_log import QuickLogWindow

early = test_sleep_question_early.early  # the quick log at 04:55, 800 pixels tall, es and en


@pytest.mark.parametrize(
    ("bed", "up", "says"),
    [
        ((3, 0), (3, 0), "same"),
        ((10, 0), (4, 0), "too long"),
        ((23, 0), (7, 0), "not yet"),
    ],
)
def test_each_refusal_fits_one_line_and_moves_nothing(
    early: QuickLogWindow, qtbot: QtBot, bed: tuple[int, int], up: tuple[int, int], says: str
) -> None:
    question = early.sleep
    qtbot.waitUntil(lambda: early.form.more.isVisible())
    before = question.mapTo(early, QPoint(0, 0))
    size = early.size()
    question.bed.setTime(QTime(*bed))
    question.up.setTime(QTime(*up))
    assert question.note_it() is False
    QApplication.processEvents()
    status = early.status
    assert status.isVisible()
    lines = status.heightForWidth(status.width()) // status.fontMetrics().height()
    assert lines == 1, f"{says}: {status.text()}"
    assert question.mapTo(early, QPoint(0, 0)) == before
    assert early.size() == size
    assert early.scroll_area.verticalScrollBar().maximum() == 0
