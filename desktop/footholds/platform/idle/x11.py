"""Idle time on X11 from the MIT-SCREEN-SAVER extension (XScreenSaverQueryInfo) via ctypes."""

from __future__ import annotations

import ctypes

from footholds.platform._x11 import XUnavailable, load_library, open_display


class _ScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),  # milliseconds since the last input
        ("event_mask", ctypes.c_ulong),
    ]


class X11IdleSource:
    """Reads the X server's own input-idle counter; one round trip per call."""

    name = "X11 screen-saver extension"

    def __init__(self, display_name: str) -> None:
        self.available = False
        self.reason = ""
        self._info = _ScreenSaverInfo()
        try:
            self._display = open_display(display_name)
            self._xss = load_library("Xss", "libXss.so.1")
        except XUnavailable as exc:
            self.reason = str(exc)
            return
        xss = self._xss
        xss.XScreenSaverQueryExtension.restype = ctypes.c_int
        xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        xss.XScreenSaverQueryInfo.restype = ctypes.c_int
        xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_ScreenSaverInfo),
        ]
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not xss.XScreenSaverQueryExtension(
            self._display.handle, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            self.reason = "the X server has no MIT-SCREEN-SAVER extension"
            return
        self.available = True
        self.reason = f"reads idle time from X display {display_name}"

    def idle_seconds(self) -> float | None:
        """Seconds since the last key press or mouse move anywhere on this display."""
        if not self.available:
            return None
        display = self._display
        with display.guarded():
            ok = self._xss.XScreenSaverQueryInfo(
                display.handle, display.root, ctypes.byref(self._info)
            )
        if not ok or display.failed:
            return None
        return int(self._info.idle) / 1000.0
