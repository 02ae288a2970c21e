"""Single instance: a per-user lock file plus a local socket the running app listens on.

A second `footholds` hands its command to the first over the socket and exits (client.py is
that side). The lock settles the start race (two launches at once) and stale sockets left by
a crash.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from footholds.core import protocol

log = logging.getLogger(__name__)
Handler = Callable[[str, dict[str, Any]], tuple[bool, str]]
CLIENT_TIMEOUT_MS = 3000  # how long a connected client may take to send its request


def send_pipe(name: str, line: bytes, timeout_ms: int) -> dict[str, Any] | None:
    """Windows: send one request line over the app's named pipe; None when no app listens.
    (Elsewhere client.send speaks to the socket without Qt.)"""
    sock = QLocalSocket()
    sock.connectToServer(name)
    if not sock.waitForConnected(1000):
        return None
    sock.write(QByteArray(line))
    sock.waitForBytesWritten(timeout_ms)
    buffer = b""
    while b"\n" not in buffer:
        if not sock.waitForReadyRead(timeout_ms):
            break
        buffer += bytes(sock.readAll().data())
    sock.disconnectFromServer()
    if b"\n" not in buffer:
        return {
            "ok": False,
            "message": "Footholds did not answer, so it is not known whether this was done.",
            "answered": False,
            "sent": True,
        }
    return protocol.read_reply(buffer.split(b"\n", 1)[0])


class InstanceServer(QObject):
    """Listens for commands from later launches; refuses anything malformed or oversized."""

    def __init__(
        self, address: str, handler: Handler | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.address = address  # a full socket path on Unix, a pipe name on Windows
        self.handler = handler
        self.server = QLocalServer(self)
        # Only this user may connect (socket file mode on Unix, pipe ACL on Windows).
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._buffers: dict[QLocalSocket, bytes] = {}
        self.server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        """Start listening, clearing a stale socket a crashed instance left behind. On Unix
        the socket goes in a folder only this user can enter (socket_place.py)."""
        if self.server.isListening():  # already, while the app asked for its passphrase
            return True
        if os.name == "posix":
            from footholds.core.socket_place import NotPrivate, prepare_folder

            try:
                prepare_folder(Path(self.address).parent)
            except (NotPrivate, OSError) as exc:
                log.error("will not listen on the instance socket: %s", exc)
                return False
        QLocalServer.removeServer(self.address)
        ok = self.server.listen(self.address)
        if not ok:
            log.error("cannot listen on the instance socket: %s", self.server.errorString())
        return ok

    def close(self) -> None:
        self.server.close()

    def _on_server_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            if not _same_user(sock):
                log.warning("refused an instance connection from another user")
                sock.abort()
                sock.deleteLater()
                continue
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
        if self.handler is None:  # still starting: say so rather than guess
            self._answer(sock, False, "Footholds is still starting; try again in a moment.")
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
        # After a long busy spell (an import) this timer may fire before the waiting request
        # is read: read it first, so a request that did arrive is answered, not dropped.
        if sock in self._buffers and sock.bytesAvailable():
            self._on_socket_ready(sock)
        if sock in self._buffers:
            log.warning("dropped an instance connection: %s", why)
            self._answer(sock, False, "Timed out.")

    def _forget(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()


def _same_user(sock: QLocalSocket) -> bool:
    """Whether the connecting process runs as this user (the socket's folder already keeps
    others out; this holds even if that folder was tampered with)."""
    if os.name != "posix":
        return True  # the pipe's ACL admits this user only
    from footholds.core.socket_place import peer_uid

    try:
        uid = peer_uid(int(sock.socketDescriptor()))
    except OSError:
        return False
    return uid is None or uid == os.getuid()
