"""The sleep question before the usual getting-up time (a night of little sleep): its times
start where they can be saved, a refusal says why on one line and moves nothing, and it goes
once the times change or the night is noted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sleep_support import sleep_question_open

from footholds.app.build import AppContext
from footholds.core import sleep
from footholds.ui.journal.quick_log import QuickLogWindow

EARLY = datetime(2026, 12, 7, 4, 55).astimezone()


@pytest.fixture(params=["es", "en"])
def early(
    request: pytest.FixtureRequest,
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[QuickLogWindow]:
    """The quick log opened at 04:55 from the icon of an 800-pixel-tall screen."""
    with sleep_question_open(ctx, qtbot, monkeypatch, request.param, EARLY) as window:
        yield window


def test_the_times_it_starts_with_can_be_noted(
    ctx: AppContext, early: QuickLogWindow, qtbot: QtBot
) -> None:
    """At 04:55, 07:00 was offered as the time up, and noting it was refused: up is now,
    to the quarter hour before it."""
    question = early.sleep
    assert (question.bed.time(), question.up.time()) == (QTime(23, 0), QTime(4, 45))
    question.quality.button(3).click()
    assert question.note_it() is True
    [night] = sleep.recent(ctx.store, EARLY.date(), days=3)
    assert (night.bed, night.up, night.quality) == ("23:00", "04:45", 3)
    assert not early.status.isVisible()


def test_a_refusal_moves_nothing_and_goes_when_the_times_change_or_are_noted(
    ctx: AppContext, early: QuickLogWindow, qtbot: QtBot
) -> None:
    question = early.sleep
    qtbot.waitUntil(lambda: early.form.more.isVisible())
    before = question.mapTo(early, QPoint(0, 0))
    question.up.setTime(QTime(7, 0))
    assert question.note_it() is False
    QApplication.processEvents()
    assert early.status.isVisible()
    assert "07:00" in early.status.text()
    status = early.status
    lines = status.heightForWidth(status.width()) // status.fontMetrics().height()
    assert lines == 1, status.text()  # on one line, in the room the hint had
    assert question.mapTo(early, QPoint(0, 0)) == before  # nothing moved
    assert early.scroll_area.verticalScrollBar().maximum() == 0  # no scroll bar came
    question.up.setTime(QTime(4, 30))  # the times change: the refusal goes
    assert not early.status.isVisible()
    question.up.setTime(QTime(7, 0))
    assert question.note_it() is False
    question.bed.setTime(QTime(0, 30))
    assert not early.status.isVisible()
    question.up.setTime(QTime(7, 0))
    assert question.note_it() is False and early.status.isVisible()
    question.up.blockSignals(True)  # changed unseen: noting the night takes it away too
    question.up.setTime(QTime(4, 30))
    question.up.blockSignals(False)
    assert question.note_it() is True
    assert question.pages.currentWidget() is question.thanks
    assert not early.status.isVisible()
    assert question.mapTo(early, QPoint(0, 0)) == before


@pytest.mark.parametrize(
    ("bed", "up", "now", "starts"),
    [
        ("23:00", "07:00", (8, 30), ("23:00", "07:00")),  # up already: as last noted
        ("23:00", "07:00", (4, 55), ("23:00", "04:45")),
        ("00:30", "08:15", (6, 0), ("00:30", "06:00")),
        ("03:00", "10:00", (2, 10), ("18:00", "02:00")),  # bed after up: a night back
    ],
)
def test_starting_times_are_never_still_to_come(
    bed: str, up: str, now: tuple[int, int], starts: tuple[str, str]
) -> None:
    from footholds.ui.journal.sleep_question import starting_times

    at = datetime(2026, 12, 7, *now).astimezone()
    assert starting_times(bed, up, at) == starts
    sleep.check_night(*(datetime.strptime(t, "%H:%M").time() for t in starts))
