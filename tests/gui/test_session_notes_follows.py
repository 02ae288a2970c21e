"""The after-session window open with no session yet follows a session added elsewhere (My
sessions, the command line): it showed "Once your sessions are in Settings…" until closed and
opened again. Words being typed are never reloaded away."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Session
from footholds.ui.reflect.session_notes import SessionNotesWindow


def local(y: int, m: int, d: int, hh: int, mm: int) -> datetime:
    return datetime(y, m, d, hh, mm).astimezone()


def opened(ctx: AppContext, qtbot: QtBot) -> SessionNotesWindow:
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: local(2026, 12, 8, 18, 10)
    ctx.windows.show("session-notes")
    qtbot.waitExposed(window)
    return window


def test_an_empty_window_takes_up_a_session_added_elsewhere(ctx: AppContext, qtbot: QtBot) -> None:
    window = opened(ctx, qtbot)
    assert window.occurrence is None and window.none.isVisible()
    added = ctx.store.add(Session(day="2026-12-08", time="17:00", therapist="Ana"))
    qtbot.waitUntil(lambda: window.occurrence is not None)
    assert window.occurrence is not None and window.occurrence.session.id == added.id
    assert window.remember.isVisible() and window.keep.isVisible()
    assert not window.none.isVisible()
    assert "today at 17:00" in window.when.text()


def test_words_being_typed_stay_when_a_session_is_added(ctx: AppContext, qtbot: QtBot) -> None:
    first = ctx.store.add(Session(day="2026-12-07", time="10:00", therapist="Bo"))
    window = opened(ctx, qtbot)
    assert window.occurrence is not None and window.occurrence.session.id == first.id
    qtbot.keyClicks(window.remember, "Go gently")
    ctx.store.add(Session(day="2026-12-08", time="17:00", therapist="Ana"))
    qtbot.wait(400)
    assert window.occurrence.session.id == first.id
    assert window.remember.toPlainText() == "Go gently"


def test_an_empty_box_for_an_older_session_moves_to_the_one_added(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(Session(day="2026-12-07", time="10:00", therapist="Bo"))
    window = opened(ctx, qtbot)
    added = ctx.store.add(Session(day="2026-12-08", time="17:00", therapist="Ana"))
    qtbot.waitUntil(
        lambda: window.occurrence is not None and window.occurrence.session.id == added.id
    )
