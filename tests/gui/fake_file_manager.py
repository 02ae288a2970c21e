"""A stand-in for the desktop's file manager on a test session bus.

Run as a separate process (`python fake_file_manager.py [--fail] [--slow SECONDS]`); prints
"ready" once it owns org.freedesktop.FileManager1, then one line per call: the method, its URIs
and startup id. With --fail it answers ShowItems with an error, as a file manager that could
not show; with --slow it answers that many seconds late, as one still starting.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVirtualObject

NAME = "org.freedesktop.FileManager1"
PATH = "/org/freedesktop/FileManager1"


class FileManager(QDBusVirtualObject):
    def __init__(self, fail: bool, slow_s: float) -> None:
        super().__init__()
        self.fail, self.slow_ms = fail, int(slow_s * 1000)

    def introspect(self, path: str) -> str:
        return ""

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        if message.type() != QDBusMessage.MessageType.MethodCallMessage:
            return False
        args: list[Any] = message.arguments()
        print(json.dumps([message.member(), message.signature(), *args]), flush=True)
        if self.fail or message.member() != "ShowItems":
            reply = message.createErrorReply("org.freedesktop.DBus.Error.Failed", "not shown")
        else:
            reply = message.createReply()
        message.setDelayedReply(True)
        QTimer.singleShot(self.slow_ms, lambda: connection.send(reply))
        return True


def main() -> int:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    slow = float(sys.argv[sys.argv.index("--slow") + 1]) if "--slow" in sys.argv else 0.0
    manager = FileManager("--fail" in sys.argv, slow)
    if not (bus.registerVirtualObject(PATH, manager) and bus.registerService(NAME)):
        print("failed:", bus.lastError().message(), flush=True)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
