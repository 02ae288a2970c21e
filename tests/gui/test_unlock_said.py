"""Unlock… from the tray says it worked, quietly: a short notification through the app's
notifier (a tray balloon where there is no notification service), never a window taking the
keyboard. A right passphrase used to close the prompt with nothing else to see. A window
waiting on the passphrase says it by opening, so nothing more is said then."""

from __future__ import annotations

import pytest
import test_unlock as base
from lock_starting import opened, start, stop
from pytestqt.qtbot import QtBot
from reminder_support import FakeNotifier
from test_lock_app import unlock_in

from footholds.core.paths import Paths
from footholds.platform import notify
from footholds.ui.shell.unlock import UnlockDialog

pytest.importorskip("cryptography")
closed_lock, locked = base.closed_lock, base.locked  # the same fixtures as the start's tests


def _fake(monkeypatch: pytest.MonkeyPatch) -> FakeNotifier:
    notifier = FakeNotifier()

    def chosen(*_args: object, **_kwargs: object) -> FakeNotifier:
        return notifier

    monkeypatch.setattr(notify, "choose_notifier", chosen)
    return notifier


def test_unlock_from_the_tray_says_so_quietly(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    notifier = _fake(monkeypatch)
    try:
        ctx.tray.actions["lock"].trigger()  # Lock now
        assert ctx.locker.locked and notifier.sent == []
        ctx.tray.actions["lock"].trigger()  # Unlock…
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog)
        unlock_in(dialog, qtbot)
        assert not ctx.locker.locked
        [(title, body, actions, seconds)] = notifier.sent
        assert (title, body, actions) == (
            "Footholds",
            "Unlocked. What you wrote is open again.",
            [],
        )
        assert 0 < seconds <= 6000  # a few seconds, then gone by itself
    finally:
        stop(ctx)


def test_a_window_waiting_on_the_passphrase_says_it_by_opening(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    notifier = _fake(monkeypatch)
    try:
        ctx.tray.actions["lock"].trigger()
        dialog = ctx.windows.show("journal")  # asks for the passphrase first
        assert isinstance(dialog, UnlockDialog)
        unlock_in(dialog, qtbot)
        assert ctx.windows.is_visible("journal") and notifier.sent == []
    finally:
        stop(ctx)


def test_a_wrong_passphrase_says_nothing_of_the_kind(
    locked: tuple[Paths, str], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, _ = locked
    ctx = start(paths, opened)
    notifier = _fake(monkeypatch)
    try:
        ctx.tray.actions["lock"].trigger()
        ctx.tray.actions["lock"].trigger()
        dialog = ctx.locker.dialog
        assert isinstance(dialog, UnlockDialog)
        unlock_in(dialog, qtbot, "not the passphrase")
        assert ctx.locker.locked and notifier.sent == []
    finally:
        stop(ctx)
