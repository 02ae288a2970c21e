"""The after-session window from the keyboard: Ctrl+Enter in either box keeps the words, as
it saves in the journal's entry editor, the thought log and the proof list. Enter alone is a
new line in the box, and Tab had to be pressed twice to reach Keep these."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import LogEntry, Session
from footholds.ui.reflect.session_notes import SessionNotesWindow
from support import present

CTRL = Qt.KeyboardModifier.ControlModifier


def local(y: int, m: int, d: int, hh: int, mm: int) -> datetime:
    return datetime(y, m, d, hh, mm).astimezone()


def opened(ctx: AppContext, qtbot: QtBot) -> SessionNotesWindow:
    ctx.store.add(Session(day="2026-12-03", time="16:00", therapist="Ana"))
    window = cast(SessionNotesWindow, ctx.windows.get("session-notes"))
    window.clock = lambda: local(2026, 12, 7, 11, 40)
    ctx.windows.show("session-notes")
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.remember.hasFocus)
    return window


def test_ctrl_enter_in_a_box_keeps_the_words(ctx: AppContext, qtbot: QtBot) -> None:
    window = opened(ctx, qtbot)
    qtbot.keyClicks(window.remember, "Weekends feel empty")
    qtbot.keyClick(window.remember, Qt.Key.Key_Return, CTRL)
    assert window.remember.toPlainText() == "Weekends feel empty"  # no new line typed
    assert window.said.text() == "Kept. Thank you for taking a moment."
    note = present(window.occurrence).session.id
    kept = present(ctx.store.get(Session, note))
    assert "Weekends feel empty" in str(kept.to_dict())
    window.to_try.setFocus()
    qtbot.keyClicks(window.to_try, "A walk")
    qtbot.keyClick(window.to_try, Qt.Key.Key_Enter, CTRL)  # the keypad's Enter too
    kept = present(ctx.store.get(Session, note))
    assert "A walk" in str(kept.to_dict())


def test_ctrl_enter_with_the_session_gone_keeps_the_words_in_the_journal(
    ctx: AppContext, qtbot: QtBot
) -> None:
    window = opened(ctx, qtbot)
    qtbot.keyClicks(window.remember, "Weekends feel empty")
    ctx.store.remove(present(ctx.store.get(Session, present(window.occurrence).session.id)))
    assert window.to_journal.isVisible()
    qtbot.keyClick(window.remember, Qt.Key.Key_Return, CTRL)
    assert window.said.text().startswith("Kept in your journal.")
    assert any("Weekends feel empty" in e.note for e in ctx.store.all(LogEntry))


def test_enter_alone_is_still_a_new_line(ctx: AppContext, qtbot: QtBot) -> None:
    window = opened(ctx, qtbot)
    qtbot.keyClicks(window.remember, "one")
    qtbot.keyClick(window.remember, Qt.Key.Key_Return)
    qtbot.keyClicks(window.remember, "two")
    assert window.remember.toPlainText() == "one\ntwo"
    assert window.said.text() == ""


def test_the_keep_button_says_ctrl_enter(ctx: AppContext, qtbot: QtBot) -> None:
    window = opened(ctx, qtbot)
    assert "Ctrl+Enter" in window.keep.accessibleDescription()


def test_nothing_in_the_button_row_moves_as_the_words_are_kept(
    ctx: AppContext, qtbot: QtBot
) -> None:
    """ "Not now" turns "Close" under the thanks: the narrower word moved it 17 px right
    (Spanish "Ahora no" to "Cerrar")."""
    window = opened(ctx, qtbot)
    qtbot.keyClicks(window.remember, "Weekends feel empty")
    before = (window.not_now.geometry(), window.keep.geometry())
    window.keep.click()
    assert window.not_now.text() == "Close"
    qtbot.wait(50)  # laid out again
    assert (window.not_now.geometry(), window.keep.geometry()) == before
