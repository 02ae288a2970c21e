"""The after-session window open with no session yet follows a session added elsewhere (My
sessions, the command line): it showed "Once your sessions are in Settings…" until closed and
opened again. Words being typed are never reloaded away."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import Qt
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


def named(ctx: AppContext, qtbot: QtBot, session: Session, key: str) -> SessionNotesWindow:
    """Opened from an offer for one session (its record and day), as the tray's offer does."""
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: local(2026, 12, 8, 18, 10)
    ctx.windows.show("session-notes", session_id=session.id, key=key)
    qtbot.waitExposed(window)
    assert window.occurrence is not None and window.occurrence.session.id == session.id
    return window


def test_the_named_session_removed_the_window_follows_later_additions(
    ctx: AppContext, qtbot: QtBot
) -> None:
    older = ctx.store.add(Session(day="2026-12-05", time="10:00", therapist="Bo"))
    other = ctx.store.add(Session(day="2026-12-07", time="10:00", therapist="Ana"))
    window = named(ctx, qtbot, older, "2026-12-05")
    ctx.store.remove(older)
    qtbot.waitUntil(
        lambda: window.occurrence is not None and window.occurrence.session.id == other.id
    )
    added = ctx.store.add(Session(day="2026-12-08", time="17:00", therapist="Cy"))
    qtbot.waitUntil(
        lambda: window.occurrence is not None and window.occurrence.session.id == added.id
    )
    assert "today at 17:00" in window.when.text()


def test_the_named_session_stays_while_it_is_there(ctx: AppContext, qtbot: QtBot) -> None:
    older = ctx.store.add(Session(day="2026-12-05", time="10:00", therapist="Bo"))
    window = named(ctx, qtbot, older, "2026-12-05")
    ctx.store.add(Session(day="2026-12-08", time="17:00", therapist="Cy"))
    qtbot.wait(400)
    assert window.occurrence is not None and window.occurrence.session.id == older.id


def test_words_typed_after_the_named_session_went_stay(ctx: AppContext, qtbot: QtBot) -> None:
    older = ctx.store.add(Session(day="2026-12-05", time="10:00", therapist="Bo"))
    other = ctx.store.add(Session(day="2026-12-07", time="10:00", therapist="Ana"))
    window = named(ctx, qtbot, older, "2026-12-05")
    ctx.store.remove(older)
    qtbot.waitUntil(
        lambda: window.occurrence is not None and window.occurrence.session.id == other.id
    )
    qtbot.keyClicks(window.remember, "Go gently")
    ctx.store.add(Session(day="2026-12-08", time="17:00", therapist="Cy"))
    qtbot.wait(400)
    occurrence = window.occurrence
    assert occurrence is not None and occurrence.session.id == other.id
    assert window.remember.toPlainText() == "Go gently"


def test_the_kept_message_stays_when_its_session_goes(ctx: AppContext, qtbot: QtBot) -> None:
    older = ctx.store.add(Session(day="2026-12-05", time="10:00", therapist="Bo"))
    ctx.store.add(Session(day="2026-12-07", time="10:00", therapist="Ana"))
    window = named(ctx, qtbot, older, "2026-12-05")
    qtbot.keyClicks(window.remember, "Go gently")
    qtbot.mouseClick(window.keep, Qt.MouseButton.LeftButton)
    kept = window.said.text()
    assert kept.startswith("Kept")
    ctx.store.remove(older)
    qtbot.wait(400)
    assert window.said.text() == kept
    assert window.occurrence is not None and window.occurrence.session.id == older.id
