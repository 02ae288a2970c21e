"""The quick log's morning sleep question: Save and Enter keep a touched answer too, the times
start from the last night noted, what is saved is what is shown, and the hours wrap."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QTime
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import sleep
from footholds.core.store import LogEntry, SleepEntry
from footholds.ui.common import tokens
from footholds.ui.journal.quick_log import QuickLogWindow

MORNING = datetime(2026, 12, 7, 9, 56).astimezone()


@pytest.fixture
def quick(ctx: AppContext, qtbot: QtBot) -> Iterator[QuickLogWindow]:
    """The quick log on a morning the sleep question is due."""
    ctx.settings.set("day.sleep_question", True)
    ctx.windows.prebuild("quick-log")
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    window.sleep_ask.clock = lambda: MORNING
    window.present()
    qtbot.waitExposed(window)
    assert window.sleep.isVisible()
    yield window
    window.put_away()


def nights(ctx: AppContext) -> list[SleepEntry]:
    return sleep.recent(ctx.store, MORNING.date(), days=30)


def test_save_keeps_a_touched_sleep_answer_with_the_note(
    ctx: AppContext, quick: QuickLogWindow, qtbot: QtBot
) -> None:
    question = quick.sleep
    question.bed.setTime(QTime(0, 59))
    question.up.setTime(QTime(9, 0))
    question.quality.button(2).click()
    quick.form.note.setPlainText("slow start")
    qtbot.keyClick(quick.form.note, Qt.Key.Key_Return)
    [night] = nights(ctx)
    assert (night.day, night.bed, night.up, night.quality) == ("2026-12-07", "00:59", "09:00", 2)
    assert [e.note for e in ctx.store.all(LogEntry)] == ["slow start"]
    assert not quick.sleep_ask.due()  # not asked again this morning


def test_save_alone_with_only_the_sleep_answer_notes_it(
    ctx: AppContext, quick: QuickLogWindow
) -> None:
    quick.sleep.quality.button(4).click()
    quick.save.click()
    assert [n.quality for n in nights(ctx)] == [4]
    assert quick.sleep.pages.currentWidget() is quick.sleep.thanks
    assert not quick.status.isVisible()  # no "Nothing to save yet"


def test_save_leaves_an_untouched_sleep_question_alone(
    ctx: AppContext, quick: QuickLogWindow
) -> None:
    quick.form.note.setPlainText("just a word")
    quick.save.click()
    assert nights(ctx) == []
    assert ctx.store.all(LogEntry)
    assert quick.sleep_ask.due()  # still asked, since it was not answered


def test_times_that_cannot_be_a_night_stop_the_save_and_say_so(
    ctx: AppContext, quick: QuickLogWindow
) -> None:
    quick.sleep.bed.setTime(QTime(7, 0))
    quick.sleep.up.setTime(QTime(7, 0))
    quick.form.note.setPlainText("kept for a moment")
    quick.save.click()
    assert nights(ctx) == [] and ctx.store.all(LogEntry) == []
    assert quick.form.note.text() == "kept for a moment"
    assert quick.status.isVisible()


EARLY = datetime(2026, 12, 7, 6, 52).astimezone()


def test_a_getting_up_time_still_to_come_is_not_noted(
    ctx: AppContext, quick: QuickLogWindow
) -> None:
    """At 06:52, 23:00 to 07:00 was saved as last night: up later than now. It says why
    kindly and saves nothing, by "Note it" and by the quick log's Save alike."""
    quick.sleep_ask.clock = lambda: EARLY
    quick.sleep.bed.setTime(QTime(23, 0))
    quick.sleep.up.setTime(QTime(7, 0))
    assert quick.sleep.note_it() is False
    assert nights(ctx) == []
    assert quick.status.isVisible()
    assert "07:00" in quick.status.text()
    assert quick.sleep.pages.currentWidget() is quick.sleep.asking  # the question stays
    quick.sleep.quality.button(3).click()  # touched: Save saves it too
    quick.form.note.setPlainText("kept for a moment")
    quick.save.click()
    assert nights(ctx) == [] and ctx.store.all(LogEntry) == []
    assert quick.form.note.text() == "kept for a moment"
    quick.sleep.up.setTime(QTime(6, 45))  # corrected: noted, and the entry with it
    quick.save.click()
    assert [(n.bed, n.up) for n in nights(ctx)] == [("23:00", "06:45")]
    assert [e.note for e in ctx.store.all(LogEntry)] == ["kept for a moment"]


def test_the_times_start_from_the_last_night_noted(ctx: AppContext, qtbot: QtBot) -> None:
    sleep.record(ctx.store, "00:30", "08:15", 3, morning=date(2026, 12, 5))
    ctx.settings.set("day.sleep_question", True)
    ctx.windows.prebuild("quick-log")
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    window.sleep_ask.clock = lambda: MORNING
    window.present()
    question = window.sleep
    assert (question.bed.time(), question.up.time()) == (QTime(0, 30), QTime(8, 15))
    assert question.quality.value() is None
    question.note.click()  # "Note it": pressing it says these are right
    saved = [n for n in nights(ctx) if n.day == "2026-12-07"]
    assert [(n.bed, n.up, n.quality) for n in saved] == [("00:30", "08:15", None)]
    window.put_away()


def test_hours_wrap_and_typed_digits_are_what_is_saved(
    ctx: AppContext, quick: QuickLogWindow, qtbot: QtBot
) -> None:
    bed = quick.sleep.bed
    assert bed.wrapping()
    bed.setTime(QTime(23, 0))
    bed.setFocus()
    bed.setCurrentSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClick(bed, Qt.Key.Key_Up)
    assert bed.time() == QTime(0, 0)
    qtbot.keyClick(bed, Qt.Key.Key_Down)
    assert bed.time() == QTime(23, 0)
    # typed from the keyboard, as after a Tab into the field: the hour's section first
    bed.clearFocus()
    bed.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(bed, "0045")
    assert bed.text() == "00:45"
    bed.clearFocus()
    bed.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(bed, "015")  # "01:5" shown, and not yet taken in by the field
    quick.sleep.note_it()
    assert [n.bed for n in nights(ctx)] == [bed.text()] == ["01:05"]


def test_digits_typed_after_a_click_replace_the_hour_clicked(
    quick: QuickLogWindow, qtbot: QtBot
) -> None:
    """A click left a bare cursor in "08", and every digit typed was refused."""
    up = quick.sleep.up
    up.setTime(QTime(8, 0))
    line = up.lineEdit()
    at = QPoint(line.fontMetrics().horizontalAdvance("0") + 3, line.height() // 2)  # "0|8"
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=at)
    assert not line.hasSelectedText() or line.selectedText() == "08"
    qtbot.keyClicks(up, "0730")
    assert up.time() == QTime(7, 30)


def test_the_question_comes_after_the_answer_to_how_are_you(
    quick: QuickLogWindow, qtbot: QtBot
) -> None:
    """ "How are you right now?" was followed by "How did you sleep, roughly?" and only then
    by the note that answers it. The note, feelings, energy and wins come straight under the
    heading; the sleep question is its own section under them, above Plan and Save, and in
    the tab order where it reads."""
    heading, note, question = quick.heading, quick.form.note, quick.sleep

    def top(widget: QWidget) -> int:
        return widget.mapTo(quick, QPoint(0, 0)).y()

    assert top(heading) < top(note) < top(quick.form.wins) < top(question) < top(quick.save)
    between = top(note) - (top(heading) + heading.height())
    assert between < 2 * tokens.M  # nothing stands between the question and its answer
    assert top(question) >= top(quick.scroll_area) + quick.scroll_area.height()

    def after_tab(widget: QWidget) -> QWidget:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        focused = quick.focusWidget()
        parent = focused.parentWidget()
        return parent if isinstance(parent, QTimeEdit) else focused

    # as it reads: the title row's "Not today" and "Note it", then the times and the rating
    # (the buttons on the title row came last, after the rating)
    assert after_tab(quick.form.more) is question.later
    assert after_tab(question.later) is question.note
    assert after_tab(question.note) is question.bed
    assert after_tab(question.quality.scale.buttons[-1]) is quick.plan
    # answered, its thanks keeps its room: nothing under it moves
    save_at = top(quick.save)
    question.note_it()
    assert top(quick.save) == save_at
