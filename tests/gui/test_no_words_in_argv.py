"""What the person writes never goes into a command line, where every user on the computer
can read it in the process list: the quick log saves in the app itself, and a `footholds log`
handed over to the running app travels on the private socket, not as arguments of a process."""

from __future__ import annotations

import os
import subprocess
import threading
from typing import NoReturn, cast

import pytest
from PySide6.QtCore import QProcess, QRect, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.cli.client import send
from footholds.core.store import LogEntry
from footholds.ui.journal.quick_log import QuickLogWindow

SECRET = "words only I should see 4c1e"


@pytest.fixture
def spawned(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every way a process could be started, recorded instead."""
    calls: list[object] = []

    def record(*args: object, **kwargs: object) -> NoReturn:
        calls.append(args)
        raise AssertionError(f"a process was started: {args!r}")

    monkeypatch.setattr(subprocess, "Popen", record)
    for name in ("system", "posix_spawn", "posix_spawnp", "execv", "execve", "execvp"):
        if hasattr(os, name):
            monkeypatch.setattr(os, name, record)
    for name in ("start", "startDetached", "startCommand", "execute"):
        if hasattr(QProcess, name):
            monkeypatch.setattr(QProcess, name, record)
    return calls


def test_the_quick_log_saves_without_starting_a_process(
    ctx: AppContext, qtbot: QtBot, spawned: list[object]
) -> None:
    ctx.windows.show("quick-log", near=QRect(760, 2, 24, 24))
    quick = cast(QuickLogWindow, ctx.windows.get("quick-log"))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is quick.form.note)
    qtbot.keyClicks(quick.form.note, SECRET)
    qtbot.keyClick(quick.form.note, Qt.Key.Key_Return)
    assert [e.note for e in ctx.store.latest(LogEntry, 1)] == [SECRET]
    assert spawned == []


def test_the_hand_over_carries_the_note_on_the_socket_only(
    ctx: AppContext, qtbot: QtBot, spawned: list[object]
) -> None:
    assert ctx.server.listen()
    entry = LogEntry(note=SECRET, source="cli").clean().to_dict()
    replies: list[object] = []
    sender = threading.Thread(
        target=lambda: replies.append(send(ctx.server.address, "log", entry=entry))
    )
    sender.start()
    qtbot.waitUntil(lambda: not sender.is_alive(), timeout=20_000)
    assert replies and replies[0]["ok"] is True  # type: ignore[index]
    assert [e.note for e in ctx.store.latest(LogEntry, 1)] == [SECRET]
    assert spawned == []
