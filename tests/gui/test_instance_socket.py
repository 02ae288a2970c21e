"""The instance socket on Unix: a plain socket on Qt's event loop, without QtNetwork.

Slow, silent, partial and oversized clients must never hang the app or lose a request; the
socket file is the owner's only, replaces a stale one and goes when the app stops.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app.instance import CLIENT_TIMEOUT_MS, Connection, InstanceServer
from footholds.core import protocol
from support import child_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the Unix socket")


@pytest.fixture
def folder() -> Iterator[Path]:
    # Not tmp_path: a socket's path must stay under about 100 bytes.
    path = Path(tempfile.mkdtemp(prefix="fh-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture
def server(qapp: QApplication, folder: Path) -> Iterator[InstanceServer]:
    heard: list[str] = []
    srv = InstanceServer(str(folder / "run" / "s"), lambda c, a: (heard.append(c) or True, c), qapp)
    srv.heard = heard  # type: ignore[attr-defined]
    assert srv.listen()
    yield srv
    srv.close()


def exchange(address: str, *parts: bytes, pause: float = 0.0, timeout: float = 10) -> bytes:
    """Connect, send the parts with a pause between them, read until the app closes."""
    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(timeout)
        sock.connect(address)
        for index, part in enumerate(parts):
            if index:
                time.sleep(pause)
            try:
                sock.sendall(part)
            except OSError as exc:  # the app may close an oversized sender mid-write
                return str(exc).encode()
        reply = b""
        try:
            while chunk := sock.recv(4096):
                reply += chunk
        except OSError as exc:
            return reply or str(exc).encode()
        return reply


def in_thread(
    qtbot: QtBot, target: Callable[..., bytes], *args: object, timeout_ms: int = 15_000
) -> bytes:
    out: list[bytes] = []
    thread = threading.Thread(target=lambda: out.append(target(*args)))
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout_ms)
    return out[0]


def ok(reply: bytes) -> bool:
    return bool(protocol.read_reply(reply.split(b"\n", 1)[0])["ok"])


def test_a_request_sent_in_pieces_is_put_together(server: InstanceServer, qtbot: QtBot) -> None:
    line = protocol.encode("status")
    parts = (line[:7], line[7:20], line[20:])
    reply = in_thread(qtbot, lambda: exchange(server.address, *parts, pause=0.3))
    assert ok(reply)
    assert server.heard == ["status"]  # type: ignore[attr-defined]  # the fixture's record


def test_a_silent_client_never_blocks_the_others_and_is_dropped(
    server: InstanceServer, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Counted as it is taken, not polled for in the buffers: a stalled test could look only
    # after the idle timer had already dropped it.
    taken: list[Connection] = []
    real = server._accepted

    def accepted(conn: Connection) -> None:
        real(conn)
        taken.append(conn)

    monkeypatch.setattr(server, "_accepted", accepted)
    with socket.socket(socket.AF_UNIX) as silent:
        silent.connect(server.address)
        qtbot.waitUntil(lambda: len(taken) == 1)
        # while it says nothing, others are served: the ping is answered before the silent
        # one's idle timer has run (held by what the server still waits for, not a stopwatch)
        assert ok(in_thread(qtbot, exchange, server.address, protocol.encode("ping")))
        assert list(server._buffers) == taken[:1]  # the silent one, still waiting
        silent.settimeout(0.05)
        reply = b""

        def read() -> bool:
            nonlocal reply
            with contextlib.suppress(TimeoutError):
                reply += silent.recv(4096)
            return b"\n" in reply

        qtbot.waitUntil(read, timeout=CLIENT_TIMEOUT_MS + 5000)
    assert protocol.read_reply(reply.split(b"\n")[0]) == {"ok": False, "message": "Timed out."}
    assert server._buffers == {}
    assert server.heard == ["ping"]  # type: ignore[attr-defined]  # the fixture's record


def test_a_ten_megabyte_paste_is_refused_without_reading_it_all(
    server: InstanceServer, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from footholds.app import instance_unix

    read: list[int] = []
    real = instance_unix.UnixConnection.read_available

    def counted(self: instance_unix.UnixConnection, limit: int) -> bytes:
        data = real(self, limit)
        read.append(len(data))
        return data

    monkeypatch.setattr(instance_unix.UnixConnection, "read_available", counted)
    paste = b'{"v": 1, "cmd": "log", "args": {"entry": {"note": "' + b"x" * 10_000_000
    reply = in_thread(qtbot, exchange, server.address, paste)
    assert b'"ok": true' not in reply
    # refused once past the limit, never held whole
    assert sum(read) <= protocol.MAX_BYTES + 1
    assert server.heard == []  # type: ignore[attr-defined]  # the fixture's record
    assert ok(in_thread(qtbot, exchange, server.address, protocol.encode("ping")))


def test_a_client_gone_before_the_reply_leaves_the_app_serving(
    server: InstanceServer, qtbot: QtBot
) -> None:
    with socket.socket(socket.AF_UNIX) as gone:
        gone.connect(server.address)
        gone.sendall(protocol.encode("ping")[:5])
    qtbot.waitUntil(lambda: server._buffers == {})  # forgotten at once, not at the timeout
    assert ok(in_thread(qtbot, exchange, server.address, protocol.encode("ping")))


def test_the_socket_is_the_owners_only_and_goes_when_the_app_stops(
    server: InstanceServer, folder: Path
) -> None:
    path = Path(server.address)
    assert stat.S_ISSOCK(path.stat().st_mode)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    server.close()
    assert not path.exists()


def test_a_stale_socket_is_replaced_and_a_newer_one_is_left_alone(
    qapp: QApplication, folder: Path, qtbot: QtBot
) -> None:
    address = str(folder / "run" / "s")
    (folder / "run").mkdir(mode=0o700)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(address)  # what a crashed instance leaves: a file nobody listens on
    stale.close()
    first = InstanceServer(address, lambda c, a: (True, "first"), qapp)
    assert first.listen()
    assert ok(in_thread(qtbot, exchange, address, protocol.encode("ping")))
    # A later instance took the path over: stopping the first must not remove its socket.
    os.unlink(address)
    later = InstanceServer(address, lambda c, a: (True, "later"), qapp)
    assert later.listen()
    first.close()
    assert Path(address).exists()
    reply = in_thread(qtbot, exchange, address, protocol.encode("ping"))
    assert protocol.read_reply(reply.split(b"\n")[0])["message"] == "later"
    later.close()


PROBE = r"""
import json, sys
from footholds.app.build import build, make_qapp
from footholds.cli.client import send
from footholds.core.paths import Paths
from footholds.platform.lockfile import take_lock
import threading

paths = Paths.from_env()
paths.ensure()
ctx = build(make_qapp([]), paths, take_lock(paths.lock_file))
assert ctx.server.listen()
replies = []
thread = threading.Thread(target=lambda: replies.append(send(ctx.server.address, "ping")))
thread.start()
while thread.is_alive():
    ctx.app.processEvents()
    thread.join(0.01)
ctx.windows.prebuild("quick-log")
heavy = ("PySide6.QtNetwork", "subprocess", "statistics")
print(json.dumps({"reply": replies[0], "loaded": [m for m in heavy if m in sys.modules]}))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's build")
def test_the_built_app_serves_its_socket_without_modules_it_does_not_need(tmp_path: Path) -> None:
    """Each is resident memory the idle app does not need: QtNetwork (~3 MB, the socket is
    Python's own), subprocess (only to play a sound), statistics (decimal and fractions)."""
    env = child_env(FOOTHOLDS_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    import json

    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["reply"]["ok"] is True
    assert report["loaded"] == []
