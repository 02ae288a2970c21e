"""The platform adapters against a real X desktop: Xvfb, openbox, trayer, dunst, D-Bus.

Start one with `eval "$(/work/shared/desktop-session start)"`. Skipped elsewhere.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.platform.session import detect_session

if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
    pytest.skip(
        "needs a real X desktop with a D-Bus session (DISPLAY and DBUS_SESSION_BUS_ADDRESS)",
        allow_module_level=True,
    )
if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
    pytest.skip("needs QT_QPA_PLATFORM=xcb to reach the X desktop", allow_module_level=True)
if detect_session().kind != "x11":
    pytest.skip("runs in an X11 session only", allow_module_level=True)
for tool in ("xdotool", "dunstctl"):
    if shutil.which(tool) is None:
        pytest.skip(f"needs {tool} on PATH", allow_module_level=True)

from PySide6.QtWidgets import QSystemTrayIcon, QWidget  # noqa: E402

from footholds.platform._dbus import call, session_bus  # noqa: E402
from footholds.platform.idle.choose import choose_idle_source  # noqa: E402
from footholds.platform.idle.gnome import GnomeIdleSource  # noqa: E402
from footholds.platform.idle.x11 import X11IdleSource  # noqa: E402
from footholds.platform.notify import (  # noqa: E402
    FreedesktopNotifier,
    TrayNotifier,
    choose_notifier,
)
from footholds.platform.report import doctor_info  # noqa: E402
from footholds.platform.screen.choose import choose_context_sources  # noqa: E402
from footholds.platform.screen.linux import linux_locked_source  # noqa: E402
from footholds.platform.screen.x11 import X11FullscreenSource  # noqa: E402

pytestmark = pytest.mark.desktop


@pytest.fixture(autouse=True)
def real_tray(qapp: object) -> None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("the X desktop has no system tray (is trayer running?)")


def dunst(*args: str) -> str:
    return subprocess.run(["dunstctl", *args], capture_output=True, text=True, check=True).stdout


def displayed() -> int:
    return int(dunst("count", "displayed").strip())


def test_x11_idle_time_counts_up_and_resets_on_mouse_move() -> None:
    source = choose_idle_source()
    assert isinstance(source, X11IdleSource) and source.available, source.reason
    subprocess.run(["xdotool", "mousemove", "300", "300"], check=True)
    subprocess.run(["xdotool", "mousemove", "310", "305"], check=True)
    fresh = source.idle_seconds()
    assert fresh is not None and 0.0 <= fresh < 1.0
    time.sleep(1.3)
    later = source.idle_seconds()
    assert later is not None and later >= fresh + 1.0
    subprocess.run(["xdotool", "mousemove", "320", "330"], check=True)
    again = source.idle_seconds()
    assert again is not None and again < later


def test_fullscreen_is_seen_only_while_a_window_is_full_screen(qtbot: object) -> None:
    sources = choose_context_sources()
    assert isinstance(sources.fullscreen_source, X11FullscreenSource)
    assert sources.fullscreen_source.available, sources.fullscreen_source.reason
    assert sources.fullscreen() is False

    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.setWindowTitle("footholds full-screen test")
    window.showFullScreen()
    window.activateWindow()
    qtbot.waitUntil(sources.fullscreen, timeout=5000)  # type: ignore[attr-defined]
    assert not sources.dnd() and not sources.locked()  # only the full screen holds

    window.showNormal()
    qtbot.waitUntil(lambda: not sources.fullscreen(), timeout=5000)  # type: ignore[attr-defined]
    window.close()


def test_dunst_pause_counts_as_do_not_disturb() -> None:
    sources = choose_context_sources()
    assert sources.dnd_source.name == "dunst's paused property", sources.dnd_source.reason
    try:
        dunst("set-paused", "true")
        assert sources.dnd() is True
    finally:
        dunst("set-paused", "false")
    assert sources.dnd() is False


@pytest.fixture
def notifier(qapp: object) -> Iterator[FreedesktopNotifier]:
    dunst("close-all")
    tray = QSystemTrayIcon()
    chosen = choose_notifier(tray)
    assert isinstance(chosen, FreedesktopNotifier), chosen.reason
    yield chosen
    chosen.close()
    dunst("close-all")


def test_notification_with_buttons_reaches_dunst_and_reports_the_click(
    notifier: FreedesktopNotifier, qtbot: object
) -> None:
    assert notifier.available and "actions" in notifier.capabilities
    pressed: list[str] = []
    actions = [("default", "Open Footholds"), ("later", "Not now")]
    notifier.send("Time to stretch", "Roll your shoulders <3 times>", actions, pressed.append, 0)
    qtbot.waitUntil(lambda: notifier.shown_id != 0, timeout=5000)  # type: ignore[attr-defined]
    assert displayed() == 1

    dunst("action", "0")  # what a click on the notification does
    qtbot.waitUntil(lambda: pressed == ["default"], timeout=5000)  # type: ignore[attr-defined]

    notifier.close()
    qtbot.waitUntil(lambda: displayed() == 0, timeout=5000)  # type: ignore[attr-defined]
    history = json.loads(dunst("history"))["data"][0]
    newest = max(history, key=lambda n: n["id"]["data"])
    assert newest["summary"]["data"] == "Time to stretch"
    assert newest["appname"]["data"] == "Footholds"
    # dunst reads the body as markup, so "<" and ">" were escaped to show as written.
    assert newest["body"]["data"] == "Roll your shoulders &lt;3 times&gt;"


def test_a_new_notification_replaces_the_last_instead_of_stacking(
    notifier: FreedesktopNotifier, qtbot: object
) -> None:
    notifier.send("First", "one", [], lambda key: None, 0)
    qtbot.waitUntil(lambda: notifier.shown_id != 0, timeout=5000)  # type: ignore[attr-defined]
    first_id = notifier.shown_id
    notifier.send("Second", "two", [("later", "Not now")], lambda key: None, 0)
    qtbot.wait(500)  # type: ignore[attr-defined]
    assert notifier.shown_id == first_id
    assert displayed() == 1


def test_tray_fallback_counts_a_click_as_the_default_action() -> None:
    tray = QSystemTrayIcon()
    notifier = choose_notifier(tray, platform="win32")
    assert isinstance(notifier, TrayNotifier) and "buttons" in notifier.reason
    pressed: list[str] = []
    notifier.send("Tiny step", "Drink some water", [("later", "Not now")], pressed.append, 1000)
    tray.messageClicked.emit()
    assert pressed == []  # no "default" action offered, so a click means nothing
    notifier.send("Tiny step", "Drink some water", [("default", "Open")], pressed.append, 1000)
    tray.messageClicked.emit()
    assert pressed == ["default"]
    notifier.close()
    tray.messageClicked.emit()
    assert pressed == ["default"]


@pytest.fixture
def fake_gnome() -> Iterator[None]:
    script = Path(__file__).with_name("fake_gnome_services.py")
    process = subprocess.Popen(
        [sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        yield
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_gnome_idle_monitor_and_screen_shield_over_dbus(fake_gnome: None) -> None:
    gnome_wayland = dict(
        os.environ,
        XDG_SESSION_TYPE="wayland",
        WAYLAND_DISPLAY="wayland-9",
        XDG_CURRENT_DESKTOP="ubuntu:GNOME",
    )
    idle = choose_idle_source(gnome_wayland)
    assert isinstance(idle, GnomeIdleSource) and idle.available, idle.reason
    assert idle.idle_seconds() == pytest.approx(4.321)

    locked = linux_locked_source(detect_session(gnome_wayland))
    assert locked.name == "GNOME screen shield", locked.reason
    assert locked.active() is False
    path, name = "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"
    call(session_bus(), name, path, name, "SetActive", True)
    assert locked.active() is True


def test_gnome_sources_are_honest_when_gnome_is_absent() -> None:
    idle = GnomeIdleSource()
    assert not idle.available and "not running" in idle.reason
    assert idle.idle_seconds() is None


def test_doctor_reports_this_desktop() -> None:
    lines = {line.concern: line for line in doctor_info()}
    for concern in ("idle time", "full screen", "do not disturb", "notifications"):
        assert lines[concern].available, lines[concern]
    assert lines["session"].backend == "x11"
