"""Quitting never drops entries silently."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QMessageBox

from footholds import app as app_module
from footholds.core import atomic
from footholds.core.store import LogEntry, StoreWriteError


def test_quit_with_unsaved_entries_asks_and_retries(ctx, monkeypatch) -> None:
    real_replace = atomic.os.replace

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full_disk)
    with pytest.raises(StoreWriteError):
        ctx.store.add(LogEntry(note="kept in memory"))
    assert ctx.store.pending()
    answers = [QMessageBox.StandardButton.Retry, QMessageBox.StandardButton.Retry]
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        if len(asked) == 2:  # space was freed while the dialog was up
            monkeypatch.setattr(atomic.os, "replace", real_replace)
        return answers.pop(0)

    quits: list[bool] = []
    monkeypatch.setattr(QMessageBox, "warning", answer)
    monkeypatch.setattr(ctx.app, "quit", lambda: quits.append(True))
    app_module.request_quit(ctx.app, [ctx])
    assert len(asked) == 2 and "lost" in asked[0]
    assert quits == [True]
    assert ctx.store.pending() == 0
    assert ctx.store.latest(LogEntry, 1)[0].note == "kept in memory"


def test_quit_without_pending_entries_asks_nothing(ctx, monkeypatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked"))
    )
    quits: list[bool] = []
    monkeypatch.setattr(ctx.app, "quit", lambda: quits.append(True))
    app_module.request_quit(ctx.app, [ctx])
    assert quits == [True]


def test_entries_kept_in_memory_are_saved_once_the_disk_has_room(ctx, qtbot, monkeypatch) -> None:
    real_replace = atomic.os.replace

    def full_disk(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    timer = app_module.watch_pending(ctx, interval_ms=50)
    assert not timer.isActive()  # nothing pending: no wake-ups
    monkeypatch.setattr(atomic.os, "replace", full_disk)
    with pytest.raises(StoreWriteError):
        ctx.store.add(LogEntry(note="kept in memory"))
    assert timer.isActive()
    qtbot.wait(200)
    assert ctx.store.pending()  # still full: still waiting, nothing lost
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    qtbot.waitUntil(lambda: ctx.store.pending() == 0, timeout=2000)
    assert not timer.isActive()
    ctx.store.close()
    ctx.store.open()
    assert ctx.store.latest(LogEntry, 1)[0].note == "kept in memory"
