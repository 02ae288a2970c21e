"""A line that comes under a field in Settings (a number brought into its range, a
refusal) moves nothing below it: its room is kept from the start (LOOK.md: feedback
appears without moving anything else)."""

from __future__ import annotations

from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from settling import settle
from test_settings_window import FakeAutostart, autostart_box, spin_of
from test_time_refused_save import _type_25_and_click

from footholds.app.build import AppContext
from footholds.core.settings import CHECKINS_SECTION, GENERAL_SECTION
from footholds.ui.common.limits import limit_said
from footholds.ui.common.time_field import not_a_time_words
from footholds.ui.settings.list_editors import TimesEditor
from footholds.ui.settings.settings_window import SettingsWindow


def rows_below(window: SettingsWindow, name: str) -> list[QWidget]:
    """Every setting shown after `name` on its page, and the page's reset button."""
    section = window.rows[name].setting.section
    names = [n for n, row in window.rows.items() if row.setting.section == section]
    after = [window.rows[n] for n in names[names.index(name) + 1 :]]
    return [*(row.label or row.editor for row in after), window.reset_buttons[section]]


def places(window: SettingsWindow, below: list[QWidget]) -> list[int]:
    QApplication.processEvents()
    return [w.mapTo(window, w.rect().topLeft()).y() for w in below]


def opened(ctx: AppContext, qtbot: QtBot, section: str, **fake: bool) -> SettingsWindow:
    window = SettingsWindow(ctx, autostart=FakeAutostart(**fake))
    qtbot.addWidget(window)
    window.present(section)
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def test_the_range_said_under_a_number_moves_nothing_below(ctx: AppContext, qtbot: QtBot) -> None:
    """ "It goes from 10 to 180, so it is 10 now." pushed the rest of Reminders down."""
    window = opened(ctx, qtbot, "Reminders")
    name = "reminders.movement_minutes"
    below = rows_below(window, name)
    for width in (window.minimumWidth(), 900):  # the room follows the width the words wrap in
        window.resize(width, window.height())
        settle(qtbot, window)
        before = places(window, below)
        line = window.rows[name].error
        assert line.isVisible() and line.text() == "From 10 to 180."  # the room says the range
        spin = spin_of(window, name)
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "1")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
        assert line.message == "It goes from 10 to 180, so it is 10 now."
        assert line.text() == line.message
        settle(qtbot, window)
        assert places(window, below) == before
        spin.selectAll()
        qtbot.keyClicks(spin, "30")  # in range: the line goes, and nothing comes back up
        qtbot.keyClick(spin, Qt.Key.Key_Return)
        assert line.message == "" and line.text() == "From 10 to 180."  # the range again
        settle(qtbot, window)
        assert places(window, below) == before


def test_one_time_too_many_moves_nothing_below(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("medication.enabled", True)  # its times are greyed out without it
    window = opened(ctx, qtbot, CHECKINS_SECTION)
    name = "medication.times"
    ctx.settings.set(name, [f"{hour:02d}:00" for hour in range(8, 20)])  # twelve, the most
    settle(qtbot, window)
    below = rows_below(window, name)
    before = places(window, below)
    editor = cast(TimesEditor, window.rows[name].editor)
    editor.new_time.setTime(QTime(21, 0))
    editor.add_button.click()
    assert "12 times or fewer" in window.rows[name].error.message
    settle(qtbot, window)
    assert places(window, below) == before


def test_a_time_that_is_none_is_said_in_its_own_room_covering_nothing(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """ "25 isn't a time…" was laid over the window under the new time's field, over the top
    of Add, until the person moved on: it is said in the row's own line, in room kept for it
    from the start, so it covers nothing and moves nothing below."""
    ctx.settings.set("medication.enabled", True)
    window = opened(ctx, qtbot, CHECKINS_SECTION)
    name = "medication.times"
    below = rows_below(window, name)
    before = places(window, below)
    row = window.rows[name]
    editor = cast(TimesEditor, row.editor)
    editor.new_time.setTime(QTime(8, 0))
    _type_25_and_click(editor.new_time, editor.add_button, qtbot)
    assert ctx.settings[name] == ["20:00"]  # nothing added
    assert row.error.message == not_a_time_words("25")
    laid_over = limit_said(editor.new_time)
    assert laid_over is None or not laid_over.isVisible()  # nothing over Add
    settle(qtbot, window)
    assert places(window, below) == before
    words = QRect(row.error.mapTo(window, QPoint(0, 0)), row.error.size())
    for control in (editor.add_button, editor.remove_button, editor.new_time):
        assert not words.intersects(QRect(control.mapTo(window, QPoint(0, 0)), control.size()))
    # whole, in its room, as the label lays out its words (drawn as rich text, for colour)
    assert QLabel.heightForWidth(row.error, row.error.width()) <= row.error.height()
    qtbot.keyClick(editor.new_time, Qt.Key.Key_Up)  # changed: no longer the time put back
    assert row.error.message == ""
    editor.add_button.click()
    assert editor.new_time.time().toString("HH:mm") in ctx.settings[name]  # a time: added


def test_start_at_login_refused_by_the_system_moves_nothing_below(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = opened(ctx, qtbot, GENERAL_SECTION)
    below = rows_below(window, "general.autostart")
    before = places(window, below)

    def refuse(_command: list[str]) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(window.autostart, "enable", refuse)
    autostart_box(window).setChecked(True)
    assert "That did not work" in window.rows["general.autostart"].error.message
    settle(qtbot, window)
    assert places(window, below) == before


def test_a_check_box_keeps_no_empty_room_under_it(ctx: AppContext, qtbot: QtBot) -> None:
    """Only a field that may say something keeps a line: room under every row spread the
    pages out."""
    window = opened(ctx, qtbot, "Reminders")
    assert not window.rows["reminders.sound"].error.isVisibleTo(window)
    assert not window.rows["reminders.posture"].error.isVisibleTo(window)
    assert window.rows["reminders.movement_minutes"].error.isVisibleTo(window)
