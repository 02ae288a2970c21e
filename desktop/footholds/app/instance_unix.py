"""The instance socket on Linux and macOS: a plain AF_UNIX socket on Qt's event loop.

QLocalServer would bring in QtNetwork, about 3 MB resident for one socket. Python's socket
module and a QSocketNotifier per socket do the same here: nothing blocks the event loop, a
client is read as far as it has sent, never past protocol.MAX_BYTES, and the socket file is
the same path QLocalServer used, so the command line (client.py) finds it unchanged.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
from typing import TYPE_CHECKING

from PySide6.QtCore import QSocketNotifier, QTimer

from footholds.app.instance import CLIENT_TIMEOUT_MS, Connection, Listener

if TYPE_CHECKING:
    from footholds.app.instance import InstanceServer

log = logging.getLogger(__name__)
CHUNK = 65536
BACKLOG = 16
# MSG_NOSIGNAL (Linux): a client gone mid-reply is an error here, never a SIGPIPE.
SEND_FLAGS = getattr(socket, "MSG_NOSIGNAL", 0)


class UnixConnection(Connection):
    """One accepted client: read when the notifier says so, reply without blocking."""

    def __init__(self, sock: socket.socket, server: InstanceServer) -> None:
        super().__init__(server)
        sock.setblocking(False)
        self.sock = sock
        self.server = server
        self.closed = False
        self._eof = False
        self._out = b""
        self._reader = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._on_readable)
        self._writer: QSocketNotifier | None = None

    def _on_readable(self) -> None:
        self.server._on_socket_ready(self)
        if self._eof and not self.closed:  # gone without a whole request
            self.server._forget(self)

    def read_available(self, limit: int) -> bytes:
        if self.closed:
            return b""
        chunks: list[bytes] = []
        total = 0
        while total < limit:  # the server refuses past its limit: read no further
            try:
                chunk = self.sock.recv(min(CHUNK, limit - total))
            except (BlockingIOError, InterruptedError):
                break
            except OSError:
                chunk = b""
            if not chunk:
                self._eof = True
                self._reader.setEnabled(False)  # an ended socket reads as ready forever
                break
            chunks.append(chunk)
            total += len(chunk)
        return b"".join(chunks)

    def hold(self) -> None:
        self._reader.setEnabled(False)

    def answer(self, data: bytes) -> None:
        if self.closed:
            return
        self._reader.setEnabled(False)
        self._out = data
        # A client that never reads its reply is not waited for forever.
        QTimer.singleShot(CLIENT_TIMEOUT_MS, self, self.abort)
        self._flush()

    def _flush(self) -> None:
        while self._out:
            try:
                sent = self.sock.send(self._out, SEND_FLAGS)
            except (BlockingIOError, InterruptedError):
                if self._writer is None:
                    fd = self.sock.fileno()
                    self._writer = QSocketNotifier(fd, QSocketNotifier.Type.Write, self)
                    self._writer.activated.connect(self._flush)
                self._writer.setEnabled(True)
                return
            except OSError:  # the client went away: nobody to tell
                break
            self._out = self._out[sent:]
        self.abort()

    def abort(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._out = b""
        # Notifiers off before the descriptor closes: Qt must never watch a closed one.
        self._reader.setEnabled(False)
        if self._writer is not None:
            self._writer.setEnabled(False)
        self.sock.close()
        self.deleteLater()


class UnixListener(Listener):
    """Listens on a socket file that only this user can open (mode 0600, in a 0700 folder)."""

    def __init__(self, server: InstanceServer) -> None:
        self.server = server
        self._sock: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._path = ""
        self._inode = 0

    def is_listening(self) -> bool:
        return self._sock is not None

    def listen(self, address: str) -> bool:
        # The instance lock is held: a socket file here is a stale one left by a crash.
        try:
            os.unlink(address)
        except FileNotFoundError:
            pass
        except OSError as exc:  # a read-only folder: the server tries its next place
            self.error = exc.strerror or str(exc)
            return False
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(address)
            # Owner only, before anyone can connect (listen() below): the folder is 0700 too.
            os.chmod(address, 0o600)
            sock.listen(BACKLOG)
            sock.setblocking(False)
            self._inode = os.stat(address).st_ino
        except OSError as exc:
            self.error = exc.strerror or str(exc)
            sock.close()
            with contextlib.suppress(OSError):
                os.unlink(address)
            return False
        self._sock, self._path = sock, address
        self._notifier = QSocketNotifier(sock.fileno(), QSocketNotifier.Type.Read, self.server)
        self._notifier.activated.connect(self._on_incoming)
        return True

    def _on_incoming(self) -> None:
        while self._sock is not None:
            try:
                conn, _ = self._sock.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # out of descriptors, say: the next notice tries again
                log.warning("could not take an instance connection: %s", exc.strerror)
                return
            if not _same_user(conn):
                log.warning("refused an instance connection from another user")
                conn.close()
                continue
            self.server._accepted(UnixConnection(conn, self.server))

    def close(self) -> None:
        if self._sock is None:
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._sock.close()
        self._sock = None
        # Only our own file: a later instance may already have put its socket there.
        with contextlib.suppress(OSError):
            if os.stat(self._path).st_ino == self._inode:
                os.unlink(self._path)


def _same_user(conn: socket.socket) -> bool:
    """Whether the connecting process runs as this user (the socket's folder already keeps
    others out; this holds even if that folder was tampered with)."""
    from footholds.core.socket_place import peer_uid

    try:
        uid = peer_uid(conn.fileno())
    except OSError:
        return False
    return uid is None or uid == os.getuid()
