"""Full-screen detection on X11: the window manager's _NET_WM_STATE of the active window.

Comparing window size with the screen was left out on purpose: desktop-icon windows and
maximised borderless windows cover the screen too, and would keep reminders away all day.
"""

from __future__ import annotations

from footholds.platform._x11 import XUnavailable, open_display


class X11FullscreenSource:
    """Asks the window manager (EWMH) whether the focused window is full screen."""

    name = "X11 window manager (EWMH)"

    def __init__(self, display_name: str) -> None:
        self.available = False
        try:
            self._display = open_display(display_name)
        except XUnavailable as exc:
            self.reason = str(exc)
            return
        display = self._display
        supported = display.property_ids(display.root, "_NET_SUPPORTED") or []
        needed = ("_NET_ACTIVE_WINDOW", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN")
        if not all(display.atom(name) in supported for name in needed):
            self.reason = "the window manager does not say which window is active or full screen"
            return
        self._fullscreen = display.atom("_NET_WM_STATE_FULLSCREEN")
        self.available = True
        self.reason = "asks the window manager about the active window"

    def active(self) -> bool:
        """True while the active window is in full-screen state."""
        if not self.available:
            return False
        display = self._display
        active = display.property_ids(display.root, "_NET_ACTIVE_WINDOW")
        if not active or active[0] == 0:
            return False
        states = display.property_ids(active[0], "_NET_WM_STATE") or []
        return self._fullscreen in states
