"""Stand-ins for GNOME Shell's idle monitor and screen shield on a test session bus.

Run as a separate process (`python fake_gnome_services.py`); prints "ready" once both names
are owned. GetIdletime always answers 4321 ms; the screen shield starts inactive and follows
SetActive(b), as GNOME's does.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

IDLE_MS = 4321


class FakeObject(QDBusVirtualObject):
    """Answers method calls on one path with a Python function."""

    def __init__(self, answer: Callable[[str, list[Any]], list[Any] | None]) -> None:
        super().__init__()
        self._answer = answer

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.type() != QDBusMessage.MessageType.MethodCallMessage:
            return False
        values = self._answer(message.member(), message.arguments())
        if values is None:
            reply = message.createErrorReply(
                "org.freedesktop.DBus.Error.UnknownMethod", message.member()
            )
        else:
            reply = message.createReply()
            reply.setArguments(values)  # createReply(list) would send one array instead
        connection.send(reply)
        return True


def main() -> int:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    state = {"active": False}

    def idle(member: str, _args: list[Any]) -> list[Any] | None:
        return [IDLE_MS] if member == "GetIdletime" else None

    def shield(member: str, args: list[Any]) -> list[Any] | None:
        if member == "GetActive":
            return [state["active"]]
        if member == "SetActive":
            state["active"] = bool(args[0])
            return []
        return None

    objects = [FakeObject(idle), FakeObject(shield)]
    ok = (
        bus.registerVirtualObject("/org/gnome/Mutter/IdleMonitor/Core", objects[0])
        and bus.registerVirtualObject("/org/gnome/ScreenSaver", objects[1])
        and bus.registerService("org.gnome.Mutter.IdleMonitor")
        and bus.registerService("org.gnome.ScreenSaver")
    )
    if not ok:
        print("failed:", bus.lastError().message(), flush=True)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
