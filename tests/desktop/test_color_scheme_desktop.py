"""The desktop switches between light and dark while Footholds runs: its windows follow.

The change arrives as desktops send it: the freedesktop portal's SettingChanged signal for
org.freedesktop.appearance color-scheme (1 dark, 2 light), which GNOME, KDE and others emit.
Qt's GNOME platform theme turns it into a QStyleHints.colorScheme change; what the test checks
is the screen: the window's pixels, before and after.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:  # the `app` fixture's class
    from conftest import App

# Sends the signal on the session bus, from any sender, as Qt's listener accepts.
EMIT = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusVariant
app = QCoreApplication([])
msg = QDBusMessage.createSignal(
    "/org/freedesktop/portal/desktop", "org.freedesktop.portal.Settings", "SettingChanged"
)
value = QDBusVariant()
value.setVariant(int(sys.argv[1]))
msg.setArguments(["org.freedesktop.appearance", "color-scheme", value])
sys.exit(0 if QDBusConnection.sessionBus().send(msg) else 1)
"""
DARK, LIGHT = 1, 2


def _prepare(app: App) -> None:
    config = app.home / "config"
    config.mkdir(parents=True, exist_ok=True)
    values = {"general.first_run_done": True, "general.theme": "system"}
    (config / "settings.json").write_text(json.dumps({"version": 1, "values": values}))


def _scheme(app: App, value: int) -> None:
    sent = subprocess.run(
        [sys.executable, "-c", EMIT, str(value)], env=app.env, capture_output=True, timeout=20
    )
    assert sent.returncode == 0, sent.stderr


def _lightness(app: App, tmp_path: Path, title: str, name: str) -> float:
    """Mean lightness (0-255) of the window as it is on the screen now."""
    shot = tmp_path / f"{name}.png"
    app.shot(shot)
    x, y, width, height = app.window_rect(title)
    image = QImage(str(shot)).copy(x, y, width, height)
    assert not image.isNull() and image.width() > 100
    step = 6
    values = [
        image.pixelColor(i, j).lightness()
        for i in range(0, image.width(), step)
        for j in range(0, image.height(), step)
    ]
    return sum(values) / len(values)


def _settles(app: App, tmp_path: Path, title: str, dark: bool) -> float:
    end = time.monotonic() + 8
    while True:
        light = _lightness(app, tmp_path, title, f"{'dark' if dark else 'light'}")
        if (light < 100) if dark else (light > 150):
            return light
        assert time.monotonic() < end, f"the window stayed at lightness {light:.0f}"
        time.sleep(0.3)


def test_open_windows_follow_the_desktop_from_light_to_dark_and_back(
    app: App, tmp_path: Path
) -> None:
    _prepare(app)
    app.env["QT_QPA_PLATFORMTHEME"] = "gnome"  # the theme that listens to the portal
    app.start()
    app.wait_for_tray()
    assert app.cli("show", "proof-list").returncode == 0
    title = "Proof list"
    app.wait_for(lambda: title in app.windows(), what="the proof list")
    time.sleep(0.5)
    _settles(app, tmp_path, title, dark=False)

    _scheme(app, DARK)
    _settles(app, tmp_path, title, dark=True)
    # a window opened after the change is dark from the start
    assert app.cli("show", "today").returncode == 0
    app.wait_for(lambda: "Today" in app.windows(), what="Today")
    time.sleep(0.5)
    _settles(app, tmp_path, "Today", dark=True)

    _scheme(app, LIGHT)
    _settles(app, tmp_path, title, dark=False)
    _settles(app, tmp_path, "Today", dark=False)
