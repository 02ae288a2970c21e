"""The app shell: context, tray menu, single-instance hand-over, privacy."""

from __future__ import annotations

import json
import socket
import stat
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any, cast

import pytest
from pytestqt.qtbot import QtBot

from footholds.app.build import AppContext
from footholds.core.store import LogEntry
from footholds.platform.lockfile import take_lock
from footholds.ui.shell.about import AboutWindow
from footholds.ui.shell.registry import BY_NAME
from footholds.ui.shell.tray import menu_entries
from support import child_env


def test_context_is_complete(ctx: AppContext) -> None:
    for name, value in vars(ctx).items():
        assert value is not None, name


def test_tray_menu_lists_registered_windows_then_quit(ctx: AppContext) -> None:
    labels = [a.text().replace("&", "") for a in ctx.tray.menu.actions() if not a.isSeparator()]
    expected = [BY_NAME[n].label for n in menu_entries() if n in BY_NAME]
    section_free = [t for t in labels if t in expected or t == "Quit"]
    assert section_free == [*expected, "Quit"]
    assert labels[-1] == "Quit"
    for action in ctx.tray.menu.actions():
        assert action.parent() is not None  # KDE's exported menu drops parentless actions


def test_about_opens_from_the_menu(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.tray.actions["about"].trigger()
    window = cast(AboutWindow, ctx.windows.get("about"))
    qtbot.waitUntil(window.isVisible)
    assert str(ctx.paths.data_dir) in window.folder.text()
    ctx.tray.actions["about"].trigger()
    assert ctx.windows.get("about") is window  # raised, not opened twice


def test_lock_is_exclusive(ctx: AppContext) -> None:
    assert take_lock(ctx.paths.lock_file) is None


def test_lock_and_log_files_are_the_owners_only(ctx: AppContext, tmp_path: Path) -> None:
    import logging
    import stat

    from footholds.app import logsetup

    if sys.platform == "win32":
        pytest.skip("file modes are a Unix idea")
    assert stat.S_IMODE(ctx.paths.lock_file.stat().st_mode) == 0o600
    logsetup.configure(ctx.paths)
    handler = next(
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logsetup.PrivateRotatingFileHandler)
    )
    handler.doRollover()  # a rotation makes a new file: it must be private too
    logging.getLogger("footholds.test").info("after rotation")
    assert stat.S_IMODE(ctx.paths.log_file.stat().st_mode) == 0o600
    logging.getLogger().removeHandler(handler)
    handler.close()


def _client(name: str, *args: str) -> subprocess.Popen[str]:
    code = (
        "import sys, json; from footholds.cli.client import send\n"
        "r = send(sys.argv[1], sys.argv[2], **json.loads(sys.argv[3]))\n"
        "print(json.dumps(r))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, name, *args],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )


def _wait(qtbot: QtBot, proc: subprocess.Popen[str]) -> dict[str, Any]:
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10_000)
    assert proc.stdout is not None
    reply: dict[str, Any] = json.loads(proc.stdout.read())
    return reply


def test_second_launch_hands_over_a_show_command(ctx: AppContext, qtbot: QtBot) -> None:
    assert ctx.server.listen()
    reply = _wait(qtbot, _client(ctx.server.address, "show", '{"what": "about"}'))
    assert reply["ok"] is True
    assert ctx.windows.is_visible("about")


def test_log_over_the_socket_is_saved_before_the_reply(ctx: AppContext, qtbot: QtBot) -> None:
    assert ctx.server.listen()
    entry = LogEntry(note="sent from a second process", source="cli").clean().to_dict()
    reply = _wait(qtbot, _client(ctx.server.address, "log", json.dumps({"entry": entry})))
    assert reply["ok"] is True
    saved = ctx.store.latest(LogEntry, 1)[0]
    assert saved.note == "sent from a second process"
    assert any(p.suffix == ".json" for p in (ctx.paths.store_dir / "log").iterdir())


def _raw_exchange(path: str, payload: bytes, results: list[object]) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(8)
        s.connect(path)
        try:
            s.sendall(payload)
            results.append(s.recv(4096))
        except OSError as exc:  # the app may close an oversized sender mid-write
            results.append(str(exc).encode())


@pytest.mark.skipif(sys.platform == "win32", reason="raw Unix socket client")
@pytest.mark.parametrize(
    "payload",
    [
        b"not json at all\n",
        b'{"v": 1, "cmd": "self-destruct"}\n',
        b"\xff\xfe\n",
        b"x" * (1_200_000),
        b'{"v": 1, "cmd": "log", "args": {"entry": {"note": 5}}}\n',
    ],
    ids=["text", "unknown-command", "bad-utf8", "oversized", "bad-entry"],
)
def test_malformed_messages_are_refused_and_the_app_keeps_working(
    ctx: AppContext, qtbot: QtBot, payload: bytes
) -> None:
    assert ctx.server.listen()
    results: list[bytes] = []
    thread = threading.Thread(target=_raw_exchange, args=(ctx.server.address, payload, results))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10_000)
    assert b'"ok": true' not in results[0]
    reply = _wait(qtbot, _client(ctx.server.address, "ping", "{}"))
    assert reply["ok"] is True


def test_socket_is_private_to_its_user(ctx: AppContext) -> None:
    assert ctx.server.listen()
    if sys.platform != "win32":
        mode = Path(ctx.server.address).stat().st_mode & 0o777
        assert mode & 0o077 == 0


def test_start_knows_when_no_app_listens_without_loading_qtnetwork(ctx: AppContext) -> None:
    """The quick check a plain start makes must find the very file the app listens on, or a
    second launch would start a second app instead of handing over."""
    from footholds.cli.handover import surely_not_running
    from footholds.core.socket_place import address

    name = address(ctx.paths)
    assert name == ctx.server.address
    if sys.platform != "win32":
        assert surely_not_running(name)
    assert ctx.server.listen()
    assert not surely_not_running(name)
    if sys.platform != "win32":
        assert stat.S_ISSOCK(Path(name).stat().st_mode)  # the very file the app listens on


def test_no_network_connection_is_attempted(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: tuple[Any, ...] | str | bytes) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            attempts.append(address)
            raise OSError("network use is not allowed in Footholds")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    assert ctx.server.listen()
    for name in BY_NAME:
        ctx.windows.show(name)
    ctx.store.add(LogEntry(note="private"))
    ctx.backups.create("manual")
    qtbot.wait(50)
    assert attempts == []


def test_log_file_never_contains_what_was_written(ctx: AppContext, qtbot: QtBot) -> None:
    import logging

    from footholds.app import logsetup

    logsetup.configure(ctx.paths)
    assert ctx.server.listen()
    secret = "my very private words 7f3a"
    entry = LogEntry(note=secret, source="cli").clean().to_dict()
    _wait(qtbot, _client(ctx.server.address, "log", json.dumps({"entry": entry})))
    refused = dict(entry, note=secret + "\x01", id="x2")  # refused: a control character
    _wait(qtbot, _client(ctx.server.address, "log", json.dumps({"entry": refused})))
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = ctx.paths.log_file.read_text(encoding="utf-8")
    assert "command: log" in text
    assert secret not in text
