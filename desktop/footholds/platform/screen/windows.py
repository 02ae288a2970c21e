"""Windows: full screen from SHQueryUserNotificationState, lock from the input desktop."""

from __future__ import annotations

import ctypes
from typing import Any

# QUERY_USER_NOTIFICATION_STATE values that mean "this is not a moment to interrupt".
QUNS_BUSY = 2  # a full-screen app is in front
QUNS_RUNNING_D3D_FULL_SCREEN = 3  # a full-screen Direct3D game or video
QUNS_PRESENTATION_MODE = 4  # the person turned on presentation settings
BUSY_STATES = frozenset({QUNS_BUSY, QUNS_RUNNING_D3D_FULL_SCREEN, QUNS_PRESENTATION_MODE})
_DESKTOP_SWITCHDESKTOP = 0x0100


def _win_dll(name: str) -> Any:
    loader: Any = getattr(ctypes, "WinDLL", None)
    if loader is None:
        raise OSError("the Windows system libraries are not present here")
    return loader(name)


class WindowsFullscreenSource:
    """Asks the shell whether a full-screen app, game or presentation is in front."""

    name = "Windows SHQueryUserNotificationState"

    def __init__(self) -> None:
        self.available = False
        try:
            self._shell32 = _win_dll("shell32")
        except OSError as exc:
            self.reason = str(exc)
            return
        self._shell32.SHQueryUserNotificationState.argtypes = [ctypes.POINTER(ctypes.c_int)]
        self._shell32.SHQueryUserNotificationState.restype = ctypes.c_long
        self.available = True
        self.reason = "asks the Windows shell whether now is a busy moment"

    def state(self) -> int | None:
        """The raw QUERY_USER_NOTIFICATION_STATE, or None when the call failed."""
        value = ctypes.c_int()
        if self._shell32.SHQueryUserNotificationState(ctypes.byref(value)) != 0:
            return None
        return value.value

    def active(self) -> bool:
        """True while Windows reports a full-screen app, D3D game or presentation mode."""
        return self.available and self.state() in BUSY_STATES


class WindowsLockedSource:
    """The screen is locked when this session cannot switch to the input desktop."""

    name = "Windows input desktop"

    def __init__(self) -> None:
        self.available = False
        try:
            self._user32 = _win_dll("user32")
        except OSError as exc:
            self.reason = str(exc)
            return
        user32 = self._user32
        user32.OpenInputDesktop.argtypes = [ctypes.c_uint32, ctypes.c_int, ctypes.c_uint32]
        user32.OpenInputDesktop.restype = ctypes.c_void_p
        user32.SwitchDesktop.argtypes = [ctypes.c_void_p]
        user32.SwitchDesktop.restype = ctypes.c_int
        user32.CloseDesktop.argtypes = [ctypes.c_void_p]
        self.available = True
        self.reason = "checks whether the lock screen holds the input desktop"

    def active(self) -> bool:
        """True while the lock screen (or another secure desktop) has the input."""
        if not self.available:
            return False
        desktop = self._user32.OpenInputDesktop(0, False, _DESKTOP_SWITCHDESKTOP)
        if not desktop:
            return True
        try:
            return not self._user32.SwitchDesktop(desktop)
        finally:
            self._user32.CloseDesktop(desktop)
