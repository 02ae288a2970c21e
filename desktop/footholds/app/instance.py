"""Single instance: a per-user lock file plus a local socket the running app listens on.

A second `footholds` hands its command to the first over the socket and exits (client.py is
that side). The lock settles the start race (two launches at once) and stale sockets left by
a crash.

This module holds what every platform shares: reading one request line, checking it and
answering. The way connections arrive is the platform's: a plain Unix socket watched by a
QSocketNotifier (instance_unix.py, no QtNetwork: it costs ~3 MB of resident memory) or Qt's
named pipe on Windows (instance_pipe.py).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from footholds.core import protocol

log = logging.getLogger(__name__)
Handler = Callable[[str, dict[str, Any]], tuple[bool, str]]
CLIENT_TIMEOUT_MS = 3000  # how long a connected client may take to send its request


def send_pipe(name: str, line: bytes, timeout_ms: int) -> dict[str, Any] | None:
    """Windows: send one request line over the app's named pipe (instance_pipe.py)."""
    from footholds.app.instance_pipe import send_pipe as send

    return send(name, line, timeout_ms)


class Connection(QObject):
    """One client's connection, whatever carries it. Deleting it cancels its idle timer."""

    def read_available(self, limit: int) -> bytes:
        """What has arrived since the last call, at most `limit` bytes, without waiting."""
        raise NotImplementedError

    def hold(self) -> None:
        """Stop reading: the request is being handled."""

    def answer(self, data: bytes) -> None:
        """Send the reply, then close once it is out."""
        raise NotImplementedError

    def abort(self) -> None:
        """Close at once, sending nothing more."""
        raise NotImplementedError


class Listener:
    """Accepts connections for an InstanceServer: calls its _accepted, _on_socket_ready and
    _forget as clients connect, send and go away."""

    error = ""

    def is_listening(self) -> bool:
        raise NotImplementedError

    def listen(self, address: str) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError


class InstanceServer(QObject):
    """Listens for commands from later launches; refuses anything malformed or oversized."""

    def __init__(
        self,
        address: str,
        handler: Handler | None = None,
        parent: QObject | None = None,
        *,
        fallbacks: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.address = address  # a full socket path on Unix, a pipe name on Windows
        # where to listen instead when `address` takes no socket (socket_place.addresses)
        self.fallbacks = tuple(fallbacks)
        self.handler = handler
        self._buffers: dict[Connection, bytes] = {}  # connections waiting for their request
        self.listener: Listener
        if os.name == "posix":
            from footholds.app.instance_unix import UnixListener

            self.listener = UnixListener(self)
        else:
            from footholds.app.instance_pipe import PipeListener

            self.listener = PipeListener(self)

    def listen(self) -> bool:
        """Start listening, clearing a stale socket a crashed instance left behind. On Unix
        the socket goes in a folder only this user can enter (socket_place.py)."""
        if self.listener.is_listening():  # already, while the app asked for its passphrase
            return True
        for where in (self.address, *self.fallbacks):
            if self._listen_at(where):
                self.address = where
                return True
        return False

    def _listen_at(self, address: str) -> bool:
        if os.name == "posix":
            from footholds.core.socket_place import NotPrivate, prepare_folder

            try:
                prepare_folder(Path(address).parent)
            except (NotPrivate, OSError) as exc:
                log.error("will not listen on the instance socket: %s", exc)
                return False
        ok = self.listener.listen(address)
        if not ok:
            log.error("cannot listen on the instance socket: %s", self.listener.error)
        return ok

    def close(self) -> None:
        """Stop listening (on Unix the socket file goes too)."""
        self.listener.close()

    def _accepted(self, conn: Connection) -> None:
        self._buffers[conn] = b""
        # A client that connects and says nothing is dropped; it never blocks the app.
        QTimer.singleShot(CLIENT_TIMEOUT_MS, conn, lambda c=conn: self._drop(c, "timed out"))

    def _on_socket_ready(self, conn: Connection) -> None:
        if conn not in self._buffers:
            return
        data = self._buffers[conn]
        # One byte past the limit at most: enough to know the message is too large.
        data += conn.read_available(protocol.MAX_BYTES + 1 - len(data))
        self._buffers[conn] = data
        if len(data) > protocol.MAX_BYTES:
            self._answer(conn, False, "Message too large.")
            log.warning("refused an oversized instance message (%d bytes)", len(data))
            return
        if b"\n" not in data:
            return
        line = data.split(b"\n", 1)[0]
        try:
            command, args = protocol.decode(line)
        except protocol.BadMessage as exc:
            log.warning("refused an instance message: %s", exc)
            self._answer(conn, False, f"Refused: {exc}.")
            return
        if self.handler is None:  # still starting: say so rather than guess
            self._answer(conn, False, "Footholds is still starting; try again in a moment.")
            return
        # Handled once: a command that turns the event loop (a dialog) must not see this
        # connection read again or timed out under it.
        self._buffers.pop(conn, None)
        conn.hold()
        try:
            ok, message = self.handler(command, args)
        except Exception:  # a failing command must never take the app down
            log.exception("instance command %s failed", command)
            ok, message = False, "Footholds could not do that; the log file has details."
        self._answer(conn, ok, message)

    def _answer(self, conn: Connection, ok: bool, message: str) -> None:
        self._buffers.pop(conn, None)
        conn.answer(protocol.reply(ok, message))

    def _drop(self, conn: Connection, why: str) -> None:
        # After a long busy spell (an import) this timer may fire before the waiting request
        # is read: read it first, so a request that did arrive is answered, not dropped.
        if conn in self._buffers:
            self._on_socket_ready(conn)
        if conn in self._buffers:
            log.warning("dropped an instance connection: %s", why)
            self._answer(conn, False, "Timed out.")

    def _forget(self, conn: Connection) -> None:
        """The client went away."""
        self._buffers.pop(conn, None)
        conn.abort()
