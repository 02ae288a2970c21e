"""Undo of a removed session after Lock now: its words to talk about had moved to the next
session, which cannot be changed while locked. Undo put the session back sealed with its
words, and left them with the next session as well: twice after the unlock. It asks for the
passphrase first now, and puts everything back as it was."""

from __future__ import annotations

from datetime import date

import pytest
import test_unlock as base
from lock_starting import PASS, opened, start, stop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_session_talk_carried import local, remove

from footholds.core import session_talk as st
from footholds.core.lock import inbox
from footholds.core.paths import Paths
from footholds.core.settings import SESSIONS_SECTION
from footholds.core.store import Session
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.shell.unlock import UnlockDialog

pytest.importorskip("cryptography")
closed_lock, locked = base.closed_lock, base.locked  # the same fixtures as the start's tests


@pytest.mark.parametrize("next_one", [True, False])
def test_undo_after_lock_now_puts_the_words_back_once(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, next_one: bool
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    try:
        gone = ctx.store.add(Session(day="2026-12-08", time="11:00", talk_about="My sister"))
        later = (
            ctx.store.add(Session(day="2026-12-10", time="11:00", talk_about="Work"))
            if next_one
            else None
        )
        window = ctx.windows.show("settings")
        assert isinstance(window, SettingsWindow)
        window.present(SESSIONS_SECTION)
        editor = window.sessions
        editor.clock = lambda: local(2026, 12, 6, 16, 0)
        editor.refresh()
        # a name typed for a session to add: Lock now hides the window, kept, Undo standing
        qtbot.keyClicks(editor.therapist, "Ana")
        remove(editor, gone)
        assert ctx.store.get(Session, gone.id) is None
        assert editor.undo.pending()
        assert ctx.locker.lock_now()
        editor.undo.undo()
        assert inbox.waiting(paths.data_dir) == []  # nothing put back sealed, half done
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog)  # asked first
        dialog.field.setText(PASS)
        qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
        assert not ctx.locker.locked
        back = ctx.store.get(Session, gone.id)
        assert back is not None and back.talk_about == "My sister"
        if later is not None:
            now = ctx.store.get(Session, later.id)
            assert now is not None and st.talk_of(now, date(2026, 12, 10)) == "Work"
        talk = str(ctx.windows.drafts.get("check-in", {}).get("talk", ""))
        assert "My sister" not in talk
    finally:
        stop(ctx)


def test_undo_of_a_skip_after_lock_now_asks_for_the_passphrase_first(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undo of a skipped session after Lock now could not read the session to put it back:
    Undo went, the skip stayed, and nothing said why. It asks for the passphrase first, as
    Undo of a removal does, then undoes the skip."""
    paths, _ = locked
    ctx = start(paths, opened)
    told: list[str] = []
    monkeypatch.setattr(ctx.prompter, "inform", lambda _parent, text, *_a: told.append(text))
    try:
        weekly = ctx.store.add(Session(day="2026-12-03", time="09:30", every="1w"))
        window = ctx.windows.show("settings")
        assert isinstance(window, SettingsWindow)
        window.present(SESSIONS_SECTION)
        editor = window.sessions
        editor.clock = lambda: local(2026, 12, 2, 9, 0)
        editor.refresh()
        # a name typed for a session to add: Lock now hides the window, kept, Undo standing
        qtbot.keyClicks(editor.therapist, "Ana")
        skip = next(b for b in editor.rows[0].findChildren(type(editor.add)) if "Skip" in b.text())
        skip.click()
        skipped = ctx.store.get(Session, weekly.id)
        assert skipped is not None and skipped.cancelled == ["2026-12-03"]
        assert editor.undo.pending()
        assert ctx.locker.lock_now()
        editor.undo.undo()
        assert told == []  # no generic "locked" box
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog)  # asked first
        dialog.field.setText(PASS)
        qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
        assert not ctx.locker.locked
        back = ctx.store.get(Session, weekly.id)
        assert back is not None and back.cancelled == []
    finally:
        stop(ctx)


def test_not_now_leaves_the_session_undo_offered_and_a_double_press_puts_it_back_once(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undo pressed while locked took the strip away before the passphrase was asked: after
    "Not now" the removal could not be undone any more. The offer stands through the
    question, the same words in the same place; pressed again while asked, then unlocked,
    the session and its words come back once."""
    paths, _ = locked
    ctx = start(paths, opened)
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    try:
        gone = ctx.store.add(Session(day="2026-12-08", time="11:00", talk_about="My sister"))
        later = ctx.store.add(Session(day="2026-12-10", time="11:00", talk_about="Work"))
        window = ctx.windows.show("settings")
        assert isinstance(window, SettingsWindow)
        window.present(SESSIONS_SECTION)
        editor = window.sessions
        editor.clock = lambda: local(2026, 12, 6, 16, 0)
        editor.refresh()
        qtbot.keyClicks(editor.therapist, "Ana")
        remove(editor, gone)
        words = editor.undo.message.whole
        assert ctx.locker.lock_now()
        window.show()  # as if it had stayed in sight, to press Undo on
        qtbot.waitExposed(window)
        where = editor.undo.geometry()
        editor.undo.button.click()
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog)
        assert editor.undo.pending() and editor.undo.isVisible()  # still offered meanwhile
        assert editor.undo.message.whole == words and editor.undo.geometry() == where
        assert not editor.undo.timer.isActive()  # no time running out while asked
        qtbot.mouseClick(dialog.quit, Qt.MouseButton.LeftButton)  # Not now
        assert ctx.locker.locked and ctx.locker.dialog is None
        assert editor.undo.pending() and editor.undo.isVisible()  # Undo still there
        assert editor.undo.message.whole == words and editor.undo.timer.isActive()

        editor.undo.button.click()  # asked again
        editor.undo.button.click()  # and pressed once more while asked
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog)
        dialog.field.setText(PASS)
        qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
        assert not ctx.locker.locked
        assert not editor.undo.pending()  # done, and gone
        back = ctx.store.get(Session, gone.id)
        assert back is not None and back.talk_about == "My sister"
        now = ctx.store.get(Session, later.id)
        assert now is not None and st.talk_of(now, date(2026, 12, 10)) == "Work"
        assert len(ctx.store.all(Session)) == 2
        editor.undo.undo()  # nothing left to undo twice
        assert len(ctx.store.all(Session)) == 2
    finally:
        stop(ctx)


def test_not_now_leaves_the_undo_of_a_skip_offered(locked: tuple[Paths, str], qtbot: QtBot) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    try:
        weekly = ctx.store.add(Session(day="2026-12-03", time="09:30", every="1w"))
        window = ctx.windows.show("settings")
        assert isinstance(window, SettingsWindow)
        window.present(SESSIONS_SECTION)
        editor = window.sessions
        editor.clock = lambda: local(2026, 12, 2, 9, 0)
        editor.refresh()
        qtbot.keyClicks(editor.therapist, "Ana")
        skip = next(b for b in editor.rows[0].findChildren(type(editor.add)) if "Skip" in b.text())
        skip.click()
        assert ctx.locker.lock_now()
        editor.undo.undo()
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog)
        dialog.reject()  # Not now
        assert editor.undo.pending()  # Undo of the skip still offered
        editor.undo.undo()
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog)
        dialog.field.setText(PASS)
        qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)
        back = ctx.store.get(Session, weekly.id)
        assert back is not None and back.cancelled == []
        assert not editor.undo.pending()
    finally:
        stop(ctx)
