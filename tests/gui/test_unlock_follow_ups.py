"""What waits on the passphrase while locked: an Undo pressed (or a number removed) is an act
the person already chose, and runs once the entries are open; a window asked for opens then,
the last one asked for. An Undo pressed, then a window clicked in the tray before unlocking,
opened the window and dropped the Undo: the strip stood a few seconds more, as if it had
been done."""

from __future__ import annotations

import pytest
import test_unlock as base
from checkin_support import remove
from lock_starting import PASS, opened, start, stop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_session_talk_carried import local

from footholds.app.build import AppContext
from footholds.core.paths import Paths
from footholds.core.settings import SESSIONS_SECTION, Settings
from footholds.core.store import OwnLine, Session
from footholds.ui.help.help_now import HelpNowWindow
from footholds.ui.reflect.sessions_editor import SessionsEditor
from footholds.ui.settings.settings_window import SettingsWindow
from footholds.ui.shell.unlock import UnlockDialog

pytest.importorskip("cryptography")
closed_lock, locked = base.closed_lock, base.locked  # the same fixtures as the start's tests


def unlock(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = ctx.locker.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.field.setText(PASS)
    qtbot.mouseClick(dialog.unlock, Qt.MouseButton.LeftButton)


def not_now(ctx: AppContext, qtbot: QtBot) -> None:
    dialog = ctx.locker.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.mouseClick(dialog.quit, Qt.MouseButton.LeftButton)


def session_removed(ctx: AppContext, qtbot: QtBot) -> tuple[SessionsEditor, Session]:
    """A session removed in My sessions, its Undo standing (a name typed for a session to
    add keeps the window through Lock now)."""
    gone = ctx.store.add(Session(day="2026-12-08", time="11:00", talk_about="My sister"))
    window = ctx.windows.show("settings")
    assert isinstance(window, SettingsWindow)
    window.present(SESSIONS_SECTION)
    editor = window.sessions
    editor.clock = lambda: local(2026, 12, 6, 16, 0)
    editor.refresh()
    qtbot.keyClicks(editor.therapist, "Ana")
    remove(editor, gone)
    assert ctx.store.get(Session, gone.id) is None and editor.undo.pending()
    return editor, gone


def number_removed(ctx: AppContext, qtbot: QtBot) -> HelpNowWindow:
    """One of Get help now's own numbers removed, its Undo standing."""
    ctx.store.add(OwnLine(name="Dr Rivera", number="555 0100"))
    window = ctx.windows.show("help-now")
    assert isinstance(window, HelpNowWindow)
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.own.rows[0].remove, Qt.MouseButton.LeftButton)
    assert ctx.store.all(OwnLine) == [] and window.own.undo.pending()
    return window


def test_undo_then_a_window_from_the_tray_both_happen_after_the_unlock(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    try:
        editor, gone = session_removed(ctx, qtbot)
        assert ctx.locker.lock_now()
        editor.undo.undo()  # the passphrase is asked
        assert isinstance(ctx.locker.dialog, UnlockDialog)
        ctx.tray.actions["journal"].trigger()  # then a window that needs it too
        assert not ctx.windows.is_built("journal")
        unlock(ctx, qtbot)
        assert not ctx.locker.locked
        back = ctx.store.get(Session, gone.id)
        assert back is not None and back.talk_about == "My sister"  # the Undo happened
        assert not editor.undo.pending()  # and is not offered as if still to do
        assert ctx.windows.is_visible("journal")  # and the window opened
    finally:
        stop(ctx)


def test_two_acts_asked_for_while_locked_each_run_once_in_order_and_the_last_window_opens(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does: kept readable
    ctx = start(paths, opened)
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    try:
        editor, gone = session_removed(ctx, qtbot)
        help_now = number_removed(ctx, qtbot)
        assert ctx.locker.lock_now()
        help_now.own.undo.undo()
        ctx.windows.show("proof-list")
        editor.undo.undo()
        editor.undo.undo()  # pressed again while asked: still once
        ctx.windows.show("journal")
        unlock(ctx, qtbot)
        assert not ctx.locker.locked
        assert [line.name for line in ctx.store.all(OwnLine)] == ["Dr Rivera"]
        assert [s.id for s in ctx.store.all(Session)] == [gone.id]
        assert not help_now.own.undo.pending() and not editor.undo.pending()
        assert ctx.windows.is_visible("journal")
        assert not ctx.windows.is_built("proof-list")  # windows: the last one wins

        # in the order asked, every one once, then the window
        ran: list[str] = []
        assert ctx.locker.lock_now()
        ctx.locker.ask(lambda: ran.append("first"), must_run=True)
        ctx.locker.ask(lambda: ran.append("window one"))
        ctx.locker.ask(lambda: ran.append("second"), must_run=True)
        ctx.locker.ask(lambda: ran.append("window two"))
        unlock(ctx, qtbot)
        assert ran == ["first", "second", "window two"]
        ctx.locker.ask(lambda: ran.append("open now"), must_run=True)  # unlocked: at once
        assert ran == ["first", "second", "window two", "open now"]
    finally:
        stop(ctx)


def test_not_now_runs_none_of_them_and_the_undos_stay_offered(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does: kept readable
    ctx = start(paths, opened)
    monkeypatch.setattr(ctx.prompter, "confirm", lambda *_args: True)
    try:
        editor, _gone = session_removed(ctx, qtbot)
        help_now = number_removed(ctx, qtbot)
        assert ctx.locker.lock_now()
        ran: list[str] = []
        help_now.own.undo.undo()
        editor.undo.undo()
        ctx.locker.ask(lambda: ran.append("act"), must_run=True)
        ctx.tray.actions["journal"].trigger()
        not_now(ctx, qtbot)
        assert ctx.locker.locked and ran == []
        assert help_now.own.undo.pending() and editor.undo.pending()  # to press again
        assert help_now.own.undo.timer.isActive() and editor.undo.timer.isActive()
        ctx.locker.ask()  # an unlock later, asked for nothing
        unlock(ctx, qtbot)
        assert not ctx.locker.locked and ran == []
        assert ctx.store.all(OwnLine) == [] and ctx.store.all(Session) == []
        assert not ctx.windows.is_built("journal")
    finally:
        stop(ctx)


def test_a_refused_unlock_runs_none_of_them(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unlock's keys could not open the store (StoreWriteError): still locked, and what
    waited on it is dropped, as after "Not now"."""
    from footholds.core.store import StoreWriteError

    paths, _ = locked
    ctx = start(paths, opened)
    try:
        assert ctx.locker.lock_now()
        ran: list[str] = []
        ctx.locker.ask(lambda: ran.append("act"), must_run=True)
        ctx.locker.ask(lambda: ran.append("window"))

        said: list[str] = []
        monkeypatch.setattr(ctx.prompter, "warn", lambda _parent, text: said.append(text))
        unlock_with = ctx.locker.unlock_with

        def cannot(_keys: object) -> int:
            raise StoreWriteError(28, "The disk is full.")

        monkeypatch.setattr(ctx.locker, "unlock_with", cannot)
        unlock(ctx, qtbot)
        assert said and ran == [] and ctx.locker.locked
        monkeypatch.setattr(ctx.locker, "unlock_with", unlock_with)
        ctx.locker.ask()
        unlock(ctx, qtbot)
        assert not ctx.locker.locked and ran == []
    finally:
        stop(ctx)


def test_remove_pressed_twice_while_asked_removes_once_with_undo_in_its_place(
    locked: tuple[Paths, str], qtbot: QtBot
) -> None:
    """Each press is an act kept for the unlock; the second finds the number gone, and
    leaves the first's Undo where the number was (not moved to the top of the list)."""
    paths, _ = locked
    Settings.load(paths.settings_file)[0].save()  # as turning the lock on does: kept readable
    ctx = start(paths, opened)
    try:
        ctx.store.add(OwnLine(name="Dr Rivera", number="555 0100"))
        ctx.store.add(OwnLine(name="My GP", number="555 0111"))
        assert ctx.locker.lock_now()
        window = ctx.windows.show("help-now")
        assert isinstance(window, HelpNowWindow)
        qtbot.waitExposed(window)
        own = window.own
        names = [row.line.name for row in own.rows]
        second = own.rows[1]
        qtbot.mouseClick(second.remove, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(second.remove, Qt.MouseButton.LeftButton)  # again, while asked
        unlock(ctx, qtbot)
        assert [line.name for line in ctx.store.all(OwnLine)] == names[:1]
        assert own.undo.pending() and own.undo_at == 1
        assert own.undo.message.whole == f"Removed {names[1]}."
        own.undo.undo()
        assert sorted(line.name for line in ctx.store.all(OwnLine)) == sorted(names)
    finally:
        stop(ctx)
