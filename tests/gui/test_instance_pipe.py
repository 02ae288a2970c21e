"""Windows' side of the instance socket (Qt's named pipe), run wherever QLocalServer runs: on
Unix it listens on a socket file, which is enough to check the same requests are served."""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app.instance import InstanceServer
from footholds.app.instance_pipe import PipeListener, send_pipe
from footholds.core import protocol


def ask(address: str, line: bytes) -> dict[str, Any] | None:
    """The command line's side: send_pipe on Windows; on Unix a plain socket in two pieces
    (send_pipe is Windows' only client)."""
    if os.name != "posix":
        return send_pipe(address, line, 10_000)
    import socket
    import time

    with socket.socket(socket.AF_UNIX) as sock:
        sock.settimeout(10)
        sock.connect(address)
        sock.sendall(line[:4])
        time.sleep(0.2)
        sock.sendall(line[4:])
        reply = b""
        while b"\n" not in reply and (chunk := sock.recv(4096)):
            reply += chunk
    return protocol.read_reply(reply.split(b"\n")[0])


def test_the_pipe_listener_serves_whole_pieced_and_bad_requests(
    qapp: QApplication, qtbot: QtBot
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fh-"))
    try:
        address = str(folder / "p") if os.name == "posix" else f"footholds-test-{os.getpid()}"
        heard: list[str] = []
        server = InstanceServer(address, lambda c, a: (heard.append(c) or True, "done"), qapp)
        server.listener = PipeListener(server)  # what Windows uses, in place of the Unix one
        assert server.listener.listen(address)
        replies: list[dict[str, Any] | None] = []

        def client() -> None:
            for line in (protocol.encode("ping"), b"not json\n"):
                replies.append(ask(address, line))

        thread = threading.Thread(target=client)
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=20_000)
        assert replies[0] == {"ok": True, "message": "done"}
        assert replies[1] is not None and replies[1]["ok"] is False
        assert heard == ["ping"]
        server.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
