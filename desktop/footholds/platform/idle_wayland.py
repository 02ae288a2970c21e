"""Idle time on Wayland desktops other than GNOME: honestly not available.

Wayland compositors report idleness only through the ext-idle-notify protocol, which needs a
Wayland client library Footholds does not ship. XWayland's counter is not used either: it
only sees input sent to X programs, so it would report "away" while the person types in a
Wayland window. KDE's org.freedesktop.ScreenSaver.GetSessionIdleTime answers "not supported"
on Wayland. Reminders still work; they just cannot tell when the person stepped away.
"""

from __future__ import annotations

from footholds.platform.session import Session

REASON = (
    "this Wayland desktop shares idle time only through a Wayland protocol Footholds cannot "
    "use, so reminders cannot tell when you are away"
)


class WaylandIdleSource:
    """Unavailable idle source for non-GNOME Wayland sessions, naming the desktop."""

    available = False

    def __init__(self, session: Session) -> None:
        desktop = "/".join(session.desktops) or "unknown desktop"
        self.name = f"Wayland ({desktop})"
        self.reason = REASON

    def idle_seconds(self) -> float | None:
        """Always None: see the module note."""
        return None
