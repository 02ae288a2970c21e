"""The after-session window with sessions in My sessions, none of them over yet: it said
"Once your sessions are in Settings, under My sessions…" with Open My sessions, as if there
were none. It names the next one now, and that this is where its words will go."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import Session
from footholds.ui.common import i18n
from footholds.ui.reflect.session_notes import SessionNotesWindow


def local(y: int, m: int, d: int, hh: int, mm: int) -> datetime:
    return datetime(y, m, d, hh, mm).astimezone()


def opened(ctx: AppContext, qtbot: QtBot, on: datetime) -> SessionNotesWindow:
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: on
    ctx.windows.show("session-notes")
    qtbot.waitExposed(window)
    return window


def test_sessions_still_to_come_are_named_not_said_to_be_missing(
    ctx: AppContext, qtbot: QtBot
) -> None:
    ctx.store.add(Session(day="2026-12-07", time="17:00", every="1w", therapist="Ana"))
    ctx.store.add(Session(day="2026-12-14", time="10:30"))
    window = opened(ctx, qtbot, local(2026, 12, 6, 21, 0))
    assert window.occurrence is None and window.none.isVisible()
    assert window.none.text().startswith("Your next session is on Mon 7 Dec at 17:00.")
    assert "Afterwards, this is where" in window.none.text()
    assert "Settings" not in window.none.text()
    assert not window.open_sessions.isVisible() and not window.keep.isVisible()
    assert window.not_now.text() == "Close"
    window.activateWindow()  # the keyboard on Close, the one thing left to do
    qtbot.waitUntil(window.not_now.hasFocus)


def test_the_next_one_is_followed_as_sessions_change(ctx: AppContext, qtbot: QtBot) -> None:
    window = opened(ctx, qtbot, local(2026, 12, 6, 9, 0))
    assert window.none.text().startswith("Once your sessions are in Settings")
    assert window.open_sessions.isVisible()
    ctx.store.add(Session(day="2026-12-06", time="17:00"))
    qtbot.waitUntil(lambda: window.none.text().startswith("Your next session is today at 17:00."))
    assert not window.open_sessions.isVisible() and window.occurrence is None
    # kept by its day alone: its day, no time
    for record in ctx.store.all(Session):
        ctx.store.remove(record)
    ctx.store.add(Session(day="2027-01-05", time=""))
    next_year = "Your next session is on Tue 5 Jan 2027."
    qtbot.waitUntil(lambda: window.none.text().startswith(next_year))


def test_the_next_one_is_named_in_spanish(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.store.add(Session(day="2026-12-07", time="17:00", every="1w"))
    ctx.settings.set("general.language", "es")
    i18n.apply(ctx)
    try:
        window = opened(ctx, qtbot, local(2026, 12, 6, 21, 0))
        assert window.none.text().startswith("Tu próxima sesión es el lun 7 dic a las 17:00.")
        window.close()
        ctx.store.add(Session(day="2026-12-06", time="01:15"))
        window = opened(ctx, qtbot, local(2026, 12, 6, 0, 30))
        assert window.none.text().startswith("Tu próxima sesión es hoy a la 01:15.")
    finally:
        ctx.settings.set("general.language", "en")
        i18n.remove(ctx.app)
