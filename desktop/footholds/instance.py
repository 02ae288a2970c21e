"""Single instance: a per-user lock file plus a local socket the running app listens on.

A second `footholds` hands its command to the first over the socket and exits. The lock
settles the start race (two launches at once) and stale sockets left by a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from footholds.core import protocol

log = logging.getLogger(__name__)
Handler = Callable[[str, dict[str, Any]], tuple[bool, str]]
CLIENT_TIMEOUT_MS = 3000


def send(
    name: str, command: str, timeout_ms: int = CLIENT_TIMEOUT_MS, **args: Any
) -> dict[str, Any] | None:
    """Send one command to the running app; None when no app is listening."""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(400):
        return None
    sock.write(QByteArray(protocol.encode(command, **args)))
    sock.waitForBytesWritten(timeout_ms)
    buffer = b""
    while b"\n" not in buffer:
        if not sock.waitForReadyRead(timeout_ms):
            break
        buffer += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    if b"\n" not in buffer:
        return {"ok": False, "message": "Footholds is running but did not answer in time."}
    return protocol.read_reply(buffer.split(b"\n", 1)[0])


class InstanceServer(QObject):
    """Listens for commands from later launches; refuses anything malformed or oversized."""

    def __init__(self, name: str, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.handler = handler
        self.server = QLocalServer(self)
        # Only this user may connect (socket file mode on Unix, pipe ACL on Windows).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self.server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        """Start listening, clearing a stale socket a crashed instance left behind."""
        QLocalServer.removeServer(self.name)
        ok = self.server.listen(self.name)
        if not ok:
            log.error("cannot listen on the instance socket: %s", self.server.errorString())
        return ok

    def close(self) -> None:
        self.server.close()

    def _on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._on_socket_ready(s))
            sock.disconnected.connect(lambda s=sock: self._forget(s))
            # A client that connects and says nothing is dropped; it never blocks the app.
            QTimer.singleShot(CLIENT_TIMEOUT_MS, sock, lambda s=sock: self._drop(s, "timed out"))

    def _on_socket_ready(self, sock: QLocalSocket) -> None:
        if sock not in self._buffers:
            return
        data = self._buffers[sock] + bytes(sock.readAll().data())
        self._buffers[sock] = data
        if len(data) > protocol.MAX_BYTES:
            self._answer(sock, False, "Message too large.")
            log.warning("refused an oversized instance message (%d bytes)", len(data))
            return
        if b"\n" not in data:
            return
        line = data.split(b"\n", 1)[0]
        try:
            command, args = protocol.decode(line)
        except protocol.BadMessage as exc:
            log.warning("refused an instance message: %s", exc)
            self._answer(sock, False, f"Refused: {exc}.")
            return
        try:
            ok, message = self.handler(command, args)
        except Exception:  # a failing command must never take the app down
            log.exception("instance command %s failed", command)
            ok, message = False, "Footholds could not do that; the log file has details."
        self._answer(sock, ok, message)

    def _answer(self, sock: QLocalSocket, ok: bool, message: str) -> None:
        self._buffers.pop(sock, None)
        if sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
            sock.write(QByteArray(protocol.reply(ok, message)))
            sock.flush()
            sock.disconnectFromServer()

    def _drop(self, sock: QLocalSocket, why: str) -> None:
        if sock in self._buffers:
            log.warning("dropped an instance connection: %s", why)
            self._answer(sock, False, "Timed out.")

    def _forget(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()
