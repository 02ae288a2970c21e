"""A time field's "25 isn't a time…" words are seen wherever the field sits: at the foot of its
scrolling page (Reach out's nudge time, with no room under it, has them just over it), and,
in My sessions, in room the form keeps, off the frame of the name's box below. Settings' times
say them in their row's own line (test_settings_steady.py)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, QRect, Qt, QTime
from PySide6.QtWidgets import QScrollArea, QTimeEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from test_time_refused_save import _active, _click_in, _type_25_and_click

from footholds.app.build import AppContext
from footholds.core.settings import SESSIONS_SECTION
from footholds.ui.common.limits import limit_said, say_under
from footholds.ui.common.time_field import not_a_time_words
from footholds.ui.people.reach_out import ReachOutWindow
from footholds.ui.settings.settings_window import SettingsWindow


def _in_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _shown_in_sight(field: QWidget) -> QRect:
    """Where the field's words are, asserting they show whole: in the window and in the
    view of every page the field scrolls in."""
    said = limit_said(field)
    assert said is not None and said.speaking
    assert said.text() == not_a_time_words("25")
    assert said.isVisible()
    place = said.geometry()
    window = field.window()
    assert said.parentWidget() is window
    assert window.rect().contains(place)
    holder = field.parentWidget()
    while holder is not None and holder is not window:
        if isinstance(holder, QScrollArea):
            assert _in_window(holder.viewport()).contains(place)
        holder = holder.parentWidget()
    return place


def test_at_the_foot_of_a_page_that_cannot_scroll_the_words_show_over_the_field(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    area = QScrollArea(window)
    area.setWidgetResizable(True)
    page = QWidget()
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.addStretch(1)
    field = QTimeEdit(QTime(11, 0))
    column.addWidget(field)  # its foot is the page's foot: no room under it, scrolled or not
    area.setWidget(page)
    QVBoxLayout(window).addWidget(area)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    say_under(field, not_a_time_words("25"))
    place = _shown_in_sight(field)
    assert place.bottom() < _in_window(field).top()  # just over it, not past the page's end


def test_reach_out_s_nudge_time_says_it_where_it_can_be_seen(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.settings.set("reminders.reach_out_weekly", True)
    window = cast(ReachOutWindow, ctx.windows.get("reach-out"))
    window.show()
    qtbot.waitExposed(window)
    field = window.weekly.nudge_time
    _active(window, qtbot)
    _click_in(field, qtbot)
    qtbot.keyClicks(field, "25")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    _shown_in_sight(field)


def test_my_sessions_keeps_room_for_the_words_off_the_name_s_box(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = cast(SettingsWindow, ctx.windows.show("settings"))
    qtbot.addWidget(window)
    window.present(SESSIONS_SECTION)
    editor = window.sessions
    editor.start.setTime(QTime(17, 0))
    _type_25_and_click(editor.start, editor.add, qtbot)
    place = _shown_in_sight(editor.start)
    assert not place.intersects(_in_window(editor.therapist))
