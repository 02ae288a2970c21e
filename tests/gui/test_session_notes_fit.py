"""After your session with no session over yet showed its line and, about 250 pixels
lower, its buttons: it kept the height of the two boxes it did not show. It fits its words
now, and grows back at its foot when a session is over, its title staying where it was."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Session
from footholds.ui.reflect.session_notes import SessionNotesWindow
from footholds.ui.reflect.session_notes_fit import HEIGHT


def opened(ctx: AppContext, qtbot: QtBot, on: datetime) -> SessionNotesWindow:
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: on
    window.load()
    ctx.windows.show("session-notes")
    qtbot.waitExposed(window)
    return window


def gap_under_line(window: SessionNotesWindow) -> int:
    line = window.none.mapTo(window, window.none.rect().bottomLeft()).y()
    return window.not_now.mapTo(window, window.not_now.rect().topLeft()).y() - line


def test_with_no_session_it_is_as_tall_as_its_words(ctx: AppContext, qtbot: QtBot) -> None:
    window = opened(ctx, qtbot, datetime(2026, 12, 6, 9, 0).astimezone())
    assert window.occurrence is None and window.none.isVisible()
    assert window.height() < HEIGHT - 150
    assert gap_under_line(window) < 60  # the buttons just under the line, not far below
    # nothing cut: the window holds what its layout needs
    layout = window.layout()
    assert layout is not None
    assert window.height() >= layout.totalMinimumHeightForWidth(window.width())


def test_a_session_over_grows_it_back_at_its_foot(ctx: AppContext, qtbot: QtBot) -> None:
    on = datetime(2026, 12, 6, 19, 0).astimezone()
    window = opened(ctx, qtbot, on)
    small = window.height()
    title = window.title.mapToGlobal(window.title.rect().topLeft())
    ctx.store.add(Session(day="2026-12-06", time="17:00"))
    qtbot.waitUntil(lambda: window.occurrence is not None)
    qtbot.waitUntil(lambda: window.height() >= HEIGHT)
    assert window.height() > small and window.remember.isVisible()
    assert window.title.mapToGlobal(window.title.rect().topLeft()) == title
