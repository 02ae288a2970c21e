"""`footholds doctor`: what Footholds can see of this computer, in plain lines."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from footholds import __version__
from footholds.core.busy import Busy
from footholds.core.paths import Paths

if TYPE_CHECKING:
    from footholds.platform.report import DoctorLine

Row = tuple[str, str]
LOCKED_HINT = "FOOTHOLDS_PASSPHRASE_FILE=FILE footholds doctor"


def has_display() -> bool:
    """Whether a Qt GUI can start here (creating one without a display aborts the process)."""
    if sys.platform != "linux":
        return True
    plugin = os.environ.get("QT_QPA_PLATFORM", "")
    if plugin.startswith(("offscreen", "minimal", "vnc")):
        return True
    if plugin.startswith("xcb"):
        return bool(os.environ.get("DISPLAY"))
    if plugin.startswith("wayland"):
        return bool(os.environ.get("WAYLAND_DISPLAY"))
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def report(paths: Paths, busy: Busy | None = None) -> list[Row]:
    from PySide6 import __version__ as pyside_version

    from footholds.cli.doctor_busy import busy_rows, load_busy

    rows: list[Row] = [
        ("Footholds", __version__),
        ("Python / PySide6", f"{platform.python_version()} / {pyside_version}"),
        ("System", f"{platform.system()} {platform.release()}"),
        ("Data folder", str(paths.data_dir)),
        ("Settings file", str(paths.settings_file)),
        ("Log file", str(paths.log_file)),
    ]
    rows.append(("App", app_state(paths)))
    rows += desktop_rows()
    rows += platform_rows()
    rows += busy_rows(busy or load_busy(paths))
    rows += store_rows(paths)
    return rows


def app_state(paths: Paths) -> str:
    from footholds.cli.client import NotPrivate, send
    from footholds.core.socket_place import addresses

    for n, where in enumerate(addresses(paths)):  # the usual place, then the fallbacks
        try:
            if send(where, "ping", timeout_s=5):
                return "running"
        except NotPrivate as exc:
            if n == 0:
                return f"not reachable safely: {exc}"
    return "not running"


def platform_rows() -> list[Row]:
    """Which backend serves each concern here, or plainly why none can."""
    from footholds.platform.autostart import choose_autostart
    from footholds.platform.report import doctor_info

    rows = [
        (
            line.concern.capitalize(),
            backend_words(line) + (f" ({line.reason})" if line.reason else ""),
        )
        for line in doctor_info(check_notifications=has_display())
    ]
    autostart = choose_autostart()
    if autostart.available:
        rows.append(("Starts at login", "yes" if autostart.status() else "no"))
    return rows


def backend_words(line: DoctorLine) -> str:
    """How Footholds learns about a concern; for a state of the desktop, also whether it holds
    now, said apart from the backend's name ("dunst's paused property" is not "paused")."""
    if not line.available:
        return f"{line.backend}, not available"
    if line.now is not None:
        return f"checked through {line.backend}; {'on' if line.now else 'off'} now"
    return f"{line.backend}, in use"


def desktop_rows() -> list[Row]:
    if not has_display():
        return [("System tray", "unknown: no graphical session in this terminal")]
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon

    # The application must exist (and stay referenced) while Qt is asked about the desktop.
    _app = QApplication.instance() or QApplication(sys.argv[:1])
    tray = QSystemTrayIcon.isSystemTrayAvailable()
    rows = [
        ("Display", QGuiApplication.platformName()),
        ("System tray", "available" if tray else "not available"),
    ]
    rows += [("", line) for line in tray_advice(os.environ, tray)]
    return rows


GNOME_EXTENSION = "appindicatorsupport@rgcjonas.gmail.com"


def tray_advice(env: Mapping[str, str], tray_available: bool) -> list[str]:
    """Plain steps to get a system tray on this desktop; none when there is one."""
    if tray_available:
        return []
    desktops = env.get("XDG_CURRENT_DESKTOP", "").lower().split(":")
    wayland = env.get("XDG_SESSION_TYPE") == "wayland" or bool(env.get("WAYLAND_DISPLAY"))
    if any("gnome" in d for d in desktops):
        steps = [
            "GNOME has no tray of its own; one extension adds it:",
            '1. Install "AppIndicator and KStatusNotifierItem Support":',
            "   Debian/Ubuntu: sudo apt install gnome-shell-extension-appindicator",
            "   Fedora:        sudo dnf install gnome-shell-extension-appindicator",
            "   or from extensions.gnome.org.",
            '2. Turn it on in the "Extensions" app, or run:',
            f"   gnome-extensions enable {GNOME_EXTENSION}",
            "3. Log out and back in (on Wayland GNOME needs a new login), then start Footholds.",
        ]
    elif wayland:
        steps = [
            "Your panel needs a tray that speaks StatusNotifierItem (for example the",
            '"tray" module of waybar on sway or Hyprland). Add it, then start Footholds again.',
        ]
    else:
        steps = [
            "Add a system tray (notification area) to your panel, then start Footholds again.",
        ]
    return [*steps, "Until then Footholds opens a small window with the same actions."]


def store_rows(paths: Paths) -> list[Row]:
    from footholds.cli.data_files import open_for_reading
    from footholds.cli.handover import Refused
    from footholds.cli.lock import needs_passphrase
    from footholds.core.store.backups import Backups

    if not paths.store_dir.exists():
        return [("Entries", "none yet"), ("Last backup", "none yet")]
    backups = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir)
    last = backups.last()
    backup = ("Last backup", f"{last.when:%Y-%m-%d %H:%M} ({last.path})" if last else "none yet")
    if needs_passphrase(paths):
        # everything else doctor shows needs no passphrase: it says so for this one row
        # rather than asking, or refusing to show anything without a terminal
        return [("Entries", f"locked: counting them needs your passphrase ({LOCKED_HINT})"), backup]
    # Only read, and works on a read-only folder: a damaged month file is read together with
    # its backup in memory (never just hidden); the app repairs it on disk when it opens it.
    try:
        store = open_for_reading(paths)
    except Refused as exc:  # a passphrase file that does not open them, or cannot be read
        return [("Entries", f"not counted: {exc}"), backup]
    try:
        counts = {m.KIND: store.count(m) for m in store.kinds()}
    finally:
        store.close()
    shown = ", ".join(f"{k} {n}" for k, n in counts.items() if n) or "none yet"
    return [("Entries", f"{sum(counts.values())} ({shown})"), backup]
