"""The command line's side of the hand-over: send one command to the running app.

On Unix this speaks to the app's socket with Python's own socket module (lighter than
QtNetwork). Before sending a byte it checks that the socket's folder and file are this
user's, and once connected that the listening process runs as this user: a socket someone
else made must never receive what the person wrote. On Windows it uses Qt's named pipe, which
Qt makes for this user only.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from footholds.core import protocol, socket_place
from footholds.core.socket_place import NotPrivate

CONNECT_TIMEOUT_S = 1.0
# The app answers once it is free; applying a large import keeps it busy for a while, and a
# reply given up on too early would report a failure for an entry that is then saved.
REPLY_TIMEOUT_S = 120.0
BUSY_AFTER_S = 2.0
NOT_RUNNING = (errno.ENOENT, errno.ECONNREFUSED)

__all__ = ["NotPrivate", "send"]


def send(
    address: str,
    command: str,
    *,
    timeout_s: float = REPLY_TIMEOUT_S,
    on_busy: Callable[[], None] | None = None,
    **args: Any,
) -> dict[str, Any] | None:
    """The app's reply; None when no app listens. A reply with "answered": False means the
    outcome may be unknown: "sent" says whether the request went out, "closed" whether the
    app closed the connection (it stopped) rather than staying busy past `timeout_s`.
    Raises NotPrivate, having sent nothing, when the socket is not this user's own."""
    line = protocol.encode(command, **args)
    if os.name != "posix":
        from footholds.app.instance import send_pipe

        return send_pipe(address, line, int(timeout_s * 1000))
    import socket

    path = Path(address)
    if not socket_place.check_folder(path.parent) or not socket_place.check_socket(path):
        return None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(CONNECT_TIMEOUT_S)
        try:
            sock.connect(address)
        except OSError as exc:
            if exc.errno in NOT_RUNNING:  # a socket file left by an app that is gone
                return None
            return _unanswered(sent=False)
        uid = socket_place.peer_uid(sock.fileno())
        if uid is not None and uid != os.getuid():
            raise NotPrivate(f"the program listening on {address} runs as another user")
        try:
            sock.sendall(line)
        except OSError:
            return _unanswered(sent=False)
        return _read_reply(sock, timeout_s, on_busy)


def _read_reply(sock: Any, timeout_s: float, on_busy: Callable[[], None] | None) -> dict[str, Any]:
    start = time.monotonic()
    told = on_busy is None
    buffer = b""
    while b"\n" not in buffer:
        waited = time.monotonic() - start
        if waited >= timeout_s:
            return _unanswered(sent=True, closed=False)
        if not told and waited >= BUSY_AFTER_S:
            on_busy()  # type: ignore[misc]
            told = True
        until = timeout_s if told else min(timeout_s, BUSY_AFTER_S)
        sock.settimeout(max(0.01, until - waited))
        try:
            chunk = sock.recv(65536)
        except TimeoutError:
            continue
        except OSError:
            return _unanswered(sent=True, closed=True)
        if not chunk:  # the app closed the connection (it quit, or was stopped)
            return _unanswered(sent=True, closed=True)
        buffer += chunk
        if len(buffer) > protocol.MAX_BYTES:
            break
    try:
        return protocol.read_reply(buffer.split(b"\n", 1)[0])
    except protocol.BadMessage as exc:
        return {"ok": False, "message": f"Footholds answered, but {exc}.", "answered": True}


def _unanswered(*, sent: bool, closed: bool = True) -> dict[str, Any]:
    message = (
        "Footholds did not answer, so it is not known whether this was done."
        if sent
        else "Footholds is running but did not take the request; nothing was changed."
    )
    return {"ok": False, "message": message, "answered": False, "sent": sent, "closed": closed}
