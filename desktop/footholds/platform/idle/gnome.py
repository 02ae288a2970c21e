"""Idle time on GNOME (Wayland or X11) from Mutter's IdleMonitor over D-Bus."""

from __future__ import annotations

from footholds.platform._dbus import DBusError, call, is_running, session_bus

SERVICE = "org.gnome.Mutter.IdleMonitor"
PATH = "/org/gnome/Mutter/IdleMonitor/Core"
INTERFACE = "org.gnome.Mutter.IdleMonitor"


class GnomeIdleSource:
    """Asks GNOME's compositor for the idle time: one short D-Bus call per poll."""

    name = "GNOME Mutter IdleMonitor"

    def __init__(self) -> None:
        self.available = False
        try:
            self._bus = session_bus()
            if not is_running(self._bus, SERVICE):
                self.reason = f"{SERVICE} is not running on the session bus"
                return
            self._ask()
        except DBusError as exc:
            self.reason = f"GNOME's idle monitor did not answer: {exc}"
            return
        self.available = True
        self.reason = "asks GNOME Shell over D-Bus"

    def _ask(self) -> float:
        values = call(self._bus, SERVICE, PATH, INTERFACE, "GetIdletime")
        return int(values[0]) / 1000.0

    def idle_seconds(self) -> float | None:
        """Seconds since the last input GNOME Shell saw, or None if it did not answer."""
        if not self.available:
            return None
        try:
            return self._ask()
        except (DBusError, IndexError, TypeError, ValueError):
            return None
