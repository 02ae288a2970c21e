"""Messages between `footholds ...` and the running app: one JSON object per line.

Kept free of Qt so both sides (and tests) share the same checks. Anything malformed,
oversized or unknown is refused with a reason; it never reaches a command handler.
"""

from __future__ import annotations

import json
from typing import Any

VERSION = 1
MAX_BYTES = 1 << 20  # a full journal entry fits many times over; a 10 MB paste does not
# Only commands the app implements; a feature adds its command here and in handlers.py.
COMMANDS = frozenset(
    {
        "ping",
        "activate",
        "show",
        "log",
        "quit",
        "backup",
        "unsaved",
        "export",  # footholds export (json, csv), written by the app from its store
        "restore",
        "status",
        "proof-add",
        "import",
        "remind",
        "pause",
        "resume",
        "close-windows",
        "session-add",  # footholds session add/remove, handed to the running app
        "session-remove",
        "lock-now",  # the passphrase lock in the running app (lock_handlers.py)
        "unlock",
        "lock-state",
    }
)


class BadMessage(ValueError):
    """A message the app will not act on."""


def encode(command: str, **args: Any) -> bytes:
    """One request line."""
    if command not in COMMANDS:
        raise BadMessage(f"unknown command {command!r}")
    data = json.dumps({"v": VERSION, "cmd": command, "args": args}, ensure_ascii=False)
    line = data.encode("utf-8") + b"\n"
    if len(line) > MAX_BYTES:
        raise BadMessage("message too large")
    return line


def decode(line: bytes) -> tuple[str, dict[str, Any]]:
    """Parse and check one request line; raises BadMessage."""
    if len(line) > MAX_BYTES:
        raise BadMessage("message too large")
    try:
        data = json.loads(line.decode("utf-8"))
    except (ValueError, RecursionError):
        # ValueError covers bad UTF-8, bad JSON and a number past Python's 4,300-digit limit;
        # RecursionError a line of [[[[... nested deeper than the parser's stack
        raise BadMessage("not a JSON message") from None
    if not isinstance(data, dict) or data.get("v") != VERSION:
        raise BadMessage("wrong message version or shape")
    command, args = data.get("cmd"), data.get("args", {})
    if command not in COMMANDS:
        raise BadMessage(f"unknown command {command!r}"[:80])
    if not isinstance(args, dict):
        raise BadMessage("arguments must be an object")
    return str(command), args


def reply(ok: bool, message: str = "", **extra: Any) -> bytes:
    """One reply line."""
    body = {"ok": ok, "message": message, **extra}
    return json.dumps(body, ensure_ascii=False).encode("utf-8") + b"\n"


def not_known(reply: dict[str, Any]) -> bool:
    """Whether a reply is an app's refusal of a command it does not know (one older than the
    command line): the command line then does the work itself, as it did before."""
    message = str(reply.get("message", ""))
    return not reply.get("ok") and (
        "unknown command" in message or "does not know the command" in message
    )


def read_reply(line: bytes) -> dict[str, Any]:
    try:
        data = json.loads(line.decode("utf-8"))
    except (ValueError, RecursionError):
        raise BadMessage("the app's reply could not be read") from None
    if not isinstance(data, dict) or not isinstance(data.get("ok"), bool):
        raise BadMessage("the app's reply could not be read")
    return data
