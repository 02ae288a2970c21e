"""A stand-in for Mutter's screen-cast service on the test session bus.

Run as a separate process: `python fake_mutter_screencast.py sharing|idle`. It owns
org.gnome.Mutter.ScreenCast and, when sharing, one session object under
/org/gnome/Mutter/ScreenCast/Session, as Mutter has while a screen is shared. Prints "ready".
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtDBus import QDBusConnection

SERVICE = "org.gnome.Mutter.ScreenCast"
ROOT = "/org/gnome/Mutter/ScreenCast"


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    keep = [QObject(), QObject()]
    paths = [ROOT] + ([f"{ROOT}/Session/u1"] if sys.argv[1:] == ["sharing"] else [])
    for obj, path in zip(keep, paths, strict=False):
        if not bus.registerObject(path, obj):
            print(f"could not register {path}", flush=True)
            return 1
    if not bus.registerService(SERVICE):
        print(f"could not own {SERVICE}: {bus.lastError().message()}", flush=True)
        return 1
    print("ready", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
