"""The instance socket on Windows: Qt's named pipe, which Qt makes for this user only.

Imported on Windows alone; elsewhere instance_unix.py serves without QtNetwork.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from footholds.app.instance import Connection, Listener
from footholds.core import protocol

if TYPE_CHECKING:
    from footholds.app.instance import InstanceServer


def send_pipe(name: str, line: bytes, timeout_ms: int) -> dict[str, Any] | None:
    """Send one request line over the app's named pipe; None when no app listens.
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


class PipeConnection(Connection):
    def __init__(self, sock: QLocalSocket, server: InstanceServer) -> None:
        super().__init__(server)
        sock.setParent(self)
        self.sock = sock
        self.closed = False
        sock.readyRead.connect(lambda: server._on_socket_ready(self))
        sock.disconnected.connect(lambda: server._forget(self))

    def read_available(self, limit: int) -> bytes:
        return bytes(self.sock.read(limit).data())

    def answer(self, data: bytes) -> None:
        if self.closed:  # the client left while its command ran
            return
        if self.sock.state() == QLocalSocket.LocalSocketState.ConnectedState:
            self.sock.write(QByteArray(data))
            self.sock.flush()
            self.sock.disconnectFromServer()

    def abort(self) -> None:
        if self.closed:  # abort() emits disconnected, which comes back here
            return
        self.closed = True
        self.sock.abort()
        self.deleteLater()


class PipeListener(Listener):
    def __init__(self, server: InstanceServer) -> None:
        self.server = server
        self.qserver = QLocalServer(server)
        # Only this user may connect (the pipe's ACL).
        self.qserver.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.qserver.newConnection.connect(self._on_new_connection)

    def is_listening(self) -> bool:
        return self.qserver.isListening()

    def listen(self, address: str) -> bool:
        QLocalServer.removeServer(address)
        ok = self.qserver.listen(address)
        self.error = "" if ok else self.qserver.errorString()
        return ok

    def close(self) -> None:
        self.qserver.close()

    def _on_new_connection(self) -> None:
        while self.qserver.hasPendingConnections():
            sock = self.qserver.nextPendingConnection()
            self.server._accepted(PipeConnection(sock, self.server))
