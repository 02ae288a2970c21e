"""A time typed that is none ("25", left as the start of a time) is put back and said under
the field (ui/common/time_field.py); a save clicked straight after must not save the old
time put back while the field says "25 isn't a time": every form stops on `refused`."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import cast

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QTimeEdit, QWidget
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core import sleep
from footholds.core.settings import SESSIONS_SECTION
from footholds.core.store import ActivityPlan, Session
from footholds.ui.common.limits import limit_said
from footholds.ui.common.time_field import not_a_time_words, refused, typed_after_click
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.settings import setting_editors
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.today.activity_plan import PlanActivityWindow

TZ = timezone(timedelta(hours=1))
MORNING = datetime(2026, 12, 7, 9, 56).astimezone()


def _click_in(field: QTimeEdit, qtbot: QtBot, *, minutes: bool = False) -> None:
    """A click inside the hour ("1|7") or inside the minutes ("17:3|0")."""
    line = field.lineEdit()
    digit = line.fontMetrics().horizontalAdvance("0")
    x = (digit * 4 + line.fontMetrics().horizontalAdvance(":") if minutes else digit) + 3
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))


def _active(window: QWidget, qtbot: QtBot) -> None:
    """`window` given the keyboard, as the one the person works in."""
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()


def _type_25_and_click(
    field: QTimeEdit, button: QWidget, qtbot: QtBot, *, focus_moves: bool = True
) -> None:
    """Type "25" after a click in the hour, then click `button` straight away: on a desktop
    the press takes the keyboard to it first (`focus_moves`), and the field puts its old
    time back then; a button that takes no focus leaves "25" still being typed (02:00)."""
    _active(field.window(), qtbot)
    _click_in(field, qtbot)
    qtbot.keyClicks(field, "25")
    if focus_moves:
        button.setFocus(Qt.FocusReason.MouseFocusReason)  # as the press does
        assert not field.hasFocus()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _says_25(field: QTimeEdit) -> None:
    said = limit_said(field)
    assert said is not None and said.speaking  # (shown while its place is in sight)
    assert said.text() == not_a_time_words("25")


# -- the shared check ------------------------------------------------------------------------


def test_a_refused_field_stays_refused_until_it_is_changed(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    field = typed_after_click(QTimeEdit(QTime(17, 0), holder))
    field.setDisplayFormat("HH:mm")
    holder.show()
    qtbot.waitExposed(holder)
    assert not refused(field)
    _click_in(field, qtbot, minutes=True)
    qtbot.keyClicks(field, "25")  # "25" in the minutes is 17:25: a time
    assert not refused(field) and field.time() == QTime(17, 25)
    _click_in(field, qtbot)
    qtbot.keyClicks(field, "25")  # in the hour, only the start of one (2:5…)
    assert refused(field)  # settled as moving on would: put back, and said
    assert field.time() == QTime(17, 25)
    _says_25(field)
    limit_said(field).clear_now()  # type: ignore[union-attr]
    assert refused(field)  # asked again, still refused, and said again
    _says_25(field)
    qtbot.keyClick(field, Qt.Key.Key_Up)  # changed: what it shows now is meant
    assert not refused(field)


def test_a_time_the_form_sets_ends_the_refusal(qtbot: QtBot) -> None:
    field = typed_after_click(QTimeEdit(QTime(8, 0)))
    field.setDisplayFormat("HH:mm")
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    _click_in(field, qtbot)
    qtbot.keyClicks(field, "99")
    assert refused(field)
    field.blockSignals(True)  # as a form starting afresh sets it
    field.setTime(QTime(23, 0))
    field.blockSignals(False)
    assert not refused(field)


# -- the forms -------------------------------------------------------------------------------


@pytest.mark.parametrize("focus_moves", [True, False])
def test_my_sessions_add_saves_nothing_after_25(
    ctx: AppContext, qtbot: QtBot, said_yes: list[str], focus_moves: bool
) -> None:
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(window)
    window.present(SESSIONS_SECTION)
    editor = window.sessions
    editor.first.setDate(QDate(2030, 12, 3))
    editor.start.setTime(QTime(17, 0))
    _type_25_and_click(editor.start, editor.add, qtbot, focus_moves=focus_moves)
    assert ctx.store.all(Session) == []  # not a session at 17:00 nobody meant
    assert editor.start.time() == QTime(17, 0)
    _says_25(editor.start)
    assert editor.start.hasFocus()  # to be typed afresh
    qtbot.keyClicks(editor.start, "1030")
    qtbot.mouseClick(editor.add, Qt.MouseButton.LeftButton)
    [added] = ctx.store.all(Session)
    assert added.time == "10:30"


@pytest.mark.parametrize("focus_moves", [True, False])
def test_plan_it_plans_nothing_after_25(ctx: AppContext, qtbot: QtBot, focus_moves: bool) -> None:
    window = cast(PlanActivityWindow, ctx.windows.get("plan-activity"))
    window.clock = lambda: datetime(2026, 3, 10, 9, 0, tzinfo=TZ)
    ctx.windows.show("plan-activity")
    qtbot.waitExposed(window)
    window.ideas.setCurrentRow(window.ideas.currentRow())
    window.at_time.setChecked(True)
    window.time.setTime(QTime(18, 0))
    words_before = window.message.line.text()
    _type_25_and_click(window.time, window.plan, qtbot, focus_moves=focus_moves)
    assert ctx.store.all(ActivityPlan) == []
    assert window.time.time() == QTime(18, 0)
    assert window.message.line.text() == words_before  # no "Planned"
    _says_25(window.time)
    qtbot.keyClicks(window.time, "19")
    qtbot.mouseClick(window.plan, Qt.MouseButton.LeftButton)
    [made] = ctx.store.all(ActivityPlan)
    assert made.time == "19:00"


def test_settings_keeps_its_time_after_25_and_writes_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("reminders.working_hours", True)
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(window)
    window.present("Reminders")
    written: list[tuple[str, object]] = []
    ctx.signals.setting_changed.connect(lambda name, value: written.append((name, value)))
    edit = cast(setting_editors.TimeEditor, window.rows["reminders.work_start"].editor).edit
    assert edit.time() == QTime(9, 0)
    other = window.rows["reminders.work_end"].editor.edit  # type: ignore[attr-defined]
    _type_25_and_click(edit, other, qtbot)
    assert edit.time() == QTime(9, 0)
    assert ctx.settings["reminders.work_start"] == "09:00"
    assert written == []  # not 02:00 on the way, nor 09:00 again
    _click_in(edit, qtbot)
    qtbot.keyClicks(edit, "1100")
    assert written == []  # not 01:00, 11:00, 1:10 as it is typed
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert ctx.settings["reminders.work_start"] == "11:00"
    assert written == [("reminders.work_start", "11:00")]  # once, whole


def test_settings_times_add_adds_nothing_after_25(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("reminders.nourishment_enabled", True)
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(window)
    before = list(ctx.settings["reminders.nourishment_times"])
    editor = cast(setting_editors.TimesEditor, window.rows["reminders.nourishment_times"].editor)
    window.present(window.rows["reminders.nourishment_times"].setting.section)
    editor.new_time.setTime(QTime(8, 0))
    _type_25_and_click(editor.new_time, editor.add_button, qtbot)
    assert ctx.settings["reminders.nourishment_times"] == before
    # in the row's own line, under the editor (test_settings_steady.py)
    assert window.rows["reminders.nourishment_times"].error.message == not_a_time_words("25")


def test_note_it_notes_no_night_after_25(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("day.sleep_question", True)
    ctx.windows.prebuild("quick-log")
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    window.sleep_ask.clock = lambda: MORNING
    window.present()
    qtbot.waitExposed(window)
    question = window.sleep
    question.up.setTime(QTime(7, 0))
    _type_25_and_click(question.up, question.note, qtbot)
    assert sleep.recent(ctx.store, MORNING.date(), days=30) == []
    assert question.pages.currentWidget() is question.asking  # no "Noted how you slept"
    _says_25(question.up)
    assert question.up.time() == QTime(7, 0)
    window.put_away()


def test_the_reach_out_nudge_keeps_its_time_after_25(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("reminders.reach_out_weekly", True)
    window = cast(ReachOutWindow, ctx.windows.get("reach-out"))
    window.show()
    qtbot.waitExposed(window)
    written: list[tuple[str, object]] = []
    ctx.signals.setting_changed.connect(lambda name, value: written.append((name, value)))
    field = window.weekly.nudge_time
    assert field.time() == QTime(11, 0)
    _active(window, qtbot)
    _click_in(field, qtbot)
    qtbot.keyClicks(field, "25")
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # on to the next field
    assert ctx.settings["reminders.reach_out_time"] == "11:00"
    assert field.time() == QTime(11, 0)
    assert [w for w in written if w[0] == "reminders.reach_out_time"] == []
    _says_25(field)
