"""The app's side of the socket: a connection from another user is closed unheard, even if
the socket's folder was opened to others (the folder is the first guard, this is the second)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app.instance import InstanceServer
from footholds.core import protocol

NOBODY = 65534
pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="SO_PEERCRED is Linux's"),
    pytest.mark.skipif(
        os.name != "posix" or os.geteuid() != 0,
        reason="connecting as a second user needs root (to switch with setpriv)",
    ),
    pytest.mark.skipif(not shutil.which("setpriv"), reason="setpriv is not installed"),
]

CLIENT = """
import socket, sys
sock = socket.socket(socket.AF_UNIX)
sock.settimeout(10)
sock.connect(sys.argv[1])
try:
    sock.sendall(sys.argv[2].encode())
    print(repr(sock.recv(4096)))
except OSError as exc:
    print("closed:", exc)
"""


def test_a_connection_from_another_user_is_closed_unheard(qapp: QApplication, qtbot: QtBot) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fh-"))
    try:
        heard: list[str] = []
        server = InstanceServer(
            str(folder / "run" / "s"), lambda c, a: (heard.append(c) or True, "ok"), qapp
        )
        assert server.listen()
        # Open the way in, as a tampered folder would: only the peer check is left.
        for path in (folder, folder / "run", folder / "run" / "s"):
            os.chmod(path, 0o777)
        request = protocol.encode("ping").decode()
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        proc = subprocess.Popen(
            [*prefix, sys.executable, "-I", "-c", CLIENT, server.address, request],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd="/",
        )
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20_000)
        out, err = proc.communicate()
        assert proc.returncode == 0, err
        assert '"ok": true' not in out
        assert heard == []
        # this user is still heard
        import socket

        with socket.socket(socket.AF_UNIX) as own:
            own.connect(server.address)
            own.sendall(protocol.encode("ping"))
            qtbot.waitUntil(lambda: heard == ["ping"], timeout=10_000)
        server.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
