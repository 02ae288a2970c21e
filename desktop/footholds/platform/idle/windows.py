"""Idle time on Windows from GetLastInputInfo (user32) via ctypes."""

from __future__ import annotations

import ctypes
from typing import Any


class _LastInputInfo(ctypes.Structure):
    _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint32)]


class WindowsIdleSource:
    """Milliseconds since the last input in this session, from the system tick counter."""

    name = "Windows GetLastInputInfo"

    def __init__(self) -> None:
        self.available = False
        win_dll: Any = getattr(ctypes, "WinDLL", None)
        if win_dll is None:
            self.reason = "the Windows system libraries are not present here"
            return
        try:
            self._user32 = win_dll("user32")
            self._kernel32 = win_dll("kernel32")
        except OSError as exc:
            self.reason = f"user32.dll could not be loaded: {exc}"
            return
        self._user32.GetLastInputInfo.argtypes = [ctypes.POINTER(_LastInputInfo)]
        self._user32.GetLastInputInfo.restype = ctypes.c_int
        self._kernel32.GetTickCount.restype = ctypes.c_uint32
        self._info = _LastInputInfo(cbSize=ctypes.sizeof(_LastInputInfo))
        self.available = True
        self.reason = "asks Windows for the time of the last input"

    def idle_seconds(self) -> float | None:
        """Seconds since the last key press or mouse move, or None if Windows refused."""
        if not self.available or not self._user32.GetLastInputInfo(ctypes.byref(self._info)):
            return None
        # Both counters are 32-bit milliseconds that wrap after 49.7 days.
        now = int(self._kernel32.GetTickCount())
        return ((now - int(self._info.dwTime)) & 0xFFFFFFFF) / 1000.0
