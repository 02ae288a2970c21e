"""Words given back after a kill or a quit come with the kept line ("...not saved yet"), in a
window grown for it where it stands: the line is there from the first frame, the boxes above
keep their height and the window its place (After your session's boxes shrank and the window
moved up 20 px; the check-in's "Session on" row dropped and its checkboxes went out of view).
When the line goes, its room goes with it, the window keeping its size: no gap is left in
the middle of the form (the check-in kept one under its box)."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from settling import settle

from checkin_clock import checkin_on
from footholds.app import quitting
from footholds.app.build import AppContext
from footholds.core.store import Session
from footholds.ui.common.calm import FRAME_ALLOWANCE
from footholds.ui.common.kept_words import kept_line
from footholds.ui.common.page_fit import room_below
from footholds.ui.journal.quick_log import QuickLogWindow
from footholds.ui.reflect.checkin import CheckinWindow
from footholds.ui.reflect.session_notes import NAME, SessionNotesWindow

TODAY = date(2026, 12, 6)


def now() -> datetime:
    return datetime(2026, 12, 8, 18, 10).astimezone()


def top(widget: QWidget, window: QWidget) -> int:
    QApplication.processEvents()
    return widget.mapTo(window, QPoint(0, 0)).y()


def next_start(ctx: AppContext, name: str) -> None:
    """Footholds killed after its drafts reached the disk, and started again."""
    assert quitting.keep_drafts(ctx)
    ctx.windows.forget(name)
    ctx.windows.drafts = {}
    quitting.bring_back_drafts(ctx)


def notes(ctx: AppContext, qtbot: QtBot) -> SessionNotesWindow:
    window = cast(SessionNotesWindow, ctx.windows.get(NAME))
    window.clock = now
    ctx.windows.show(NAME)
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def test_after_your_session_grows_for_the_line_and_keeps_its_boxes_and_place(
    ctx: AppContext, qtbot: QtBot
) -> None:
    quitting.bring_back_drafts(ctx)
    ctx.store.add(Session(day="2026-12-01", time="17:00", every="1w", therapist="Ana"))
    first = notes(ctx, qtbot)
    place: QRect = first.geometry()
    boxes = (first.remember.height(), first.to_try.height())
    gap = top(first.keep, first) - (top(first.to_try, first) + first.to_try.height())
    first.remember.setFocus()
    qtbot.keyClicks(first.remember, "remember the breathing thing")
    qtbot.keyClicks(first.to_try, "a short walk")

    next_start(ctx, NAME)
    again = notes(ctx, qtbot)
    assert again is not first
    assert again.kept.isVisible() and "not saved yet" in again.kept.text()
    grown = again.geometry()
    assert grown.topLeft() == place.topLeft()  # never moved
    assert grown.width() == place.width()
    assert grown.height() >= place.height() + again.kept.height()  # grown for the line
    assert (again.remember.height(), again.to_try.height()) == boxes  # not squeezed

    keep_top = top(again.keep, again)
    again.remember.clear()
    again.to_try.clear()  # the words gone: the line with them
    settle(qtbot, again)
    assert not again.kept.isVisible()
    assert again.geometry() == grown  # the window keeps its size and place
    assert top(again.keep, again) == keep_top  # its buttons at the foot, where they were
    # its room given back to the boxes, no gap left under them
    assert again.to_try.height() > boxes[1]
    assert top(again.keep, again) - (top(again.to_try, again) + again.to_try.height()) == gap


def checkin(ctx: AppContext, qtbot: QtBot) -> CheckinWindow:
    window = cast(CheckinWindow, ctx.windows.show("check-in"))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def test_the_checkin_keeps_its_place_for_the_line_and_leaves_no_gap_when_it_goes(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkin_on(monkeypatch, TODAY)
    first = checkin(ctx, qtbot)
    place = first.geometry()
    where = first.pos()
    note = first.note
    below = top(note.session_day, first) - top(note.talk, first)
    talk = first.talk.height()
    first.talk.setFocus()
    qtbot.keyClicks(first.talk, "sleep and work stress")

    next_start(ctx, "check-in")
    again = checkin(ctx, qtbot)
    kept = again.note.kept
    assert kept.isVisible() and "not saved yet" in kept.text()
    # as tall as the screen lets it be already (a 720-pixel window on an 800-pixel screen):
    # not moved up to grow, its box not squeezed; the column scrolls for the line
    assert again.pos() == where and again.height() >= place.height()
    assert again.talk.height() == talk

    again.talk.clear()
    settle(qtbot, again)
    assert not kept.isVisible()
    # the "Session on" row back under the box, no gap between them
    assert top(again.note.session_day, again) - top(again.note.talk, again) == below


def by_the_icon(ctx: AppContext, qtbot: QtBot) -> QuickLogWindow:
    """The quick log opened from a tray icon at the top right, as on a panel at the top."""
    window = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    window.present(near=QRect(area.right() - 24, area.top(), 24, 24))
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def test_the_quick_log_grows_from_its_icon_for_the_line_its_form_in_place(
    ctx: AppContext, qtbot: QtBot
) -> None:
    first = by_the_icon(ctx, qtbot)
    place = first.geometry()
    rows = (top(first.form.note, first), top(first.save, first))
    qtbot.keyClicks(first.form.note, "tired words about the day")

    next_start(ctx, "quick-log")
    again = by_the_icon(ctx, qtbot)
    assert again.hint_cell.status.text() == kept_line()
    grown = again.geometry()
    # beside the tray icon as ever, grown away from it: downwards under a panel at the top
    assert grown.topLeft() == place.topLeft() and grown.width() == place.width()
    assert grown.height() >= place.height()
    assert (top(again.form.note, again), top(again.save, again)) == rows  # none squeezed

    again.form.note.clear()  # the line goes, the keys hint back in its place
    settle(qtbot, again)
    assert again.hint_cell.status.isHidden()
    assert again.geometry() == place  # its room given back at its foot, not mid-form
    assert (top(again.form.note, again), top(again.save, again)) == rows


def test_room_below_a_window_not_framed_yet_leaves_room_for_its_frame(qtbot: QtBot) -> None:
    """Grown as it shows, before the window manager frames it: with only the room to the
    screen's foot, its title bar pushed it up 20 px (the check-in, on a 800-pixel screen)."""
    window = QWidget()
    qtbot.addWidget(window)
    area = QGuiApplication.primaryScreen().availableGeometry()
    window.resize(300, 200)
    window.move(area.left(), area.bottom() - 400)
    assert window.frameGeometry().height() == window.height()  # not framed yet
    assert room_below(window) <= area.bottom() + 1 - window.y() - FRAME_ALLOWANCE
