"""Windows: the camera and microphone in use, as the system records them for its privacy icon.

Windows keeps, per app, when it last started and stopped using each device under
HKCU\\...\\CapabilityAccessManager\\ConsentStore\\<device>: packaged apps directly, desktop
programs under NonPackaged. LastUsedTimeStop is 0 while the app is still using it.
"""

from __future__ import annotations

from typing import Any

from footholds.core.busy import Answer
from footholds.platform.busy.base import BusySource, CannotTell

CONSENT_STORE = r"Software\Microsoft\Windows\CurrentVersion\CapabilityAccessManager\ConsentStore"


def _subkeys(winreg: Any, key: Any) -> list[str]:
    names = []
    index = 0
    while True:
        try:
            names.append(winreg.EnumKey(key, index))
        except OSError:  # no more subkeys
            return names
        index += 1


def _in_use(winreg: Any, key: Any) -> bool:
    try:
        start, _ = winreg.QueryValueEx(key, "LastUsedTimeStart")
        stop, _ = winreg.QueryValueEx(key, "LastUsedTimeStop")
    except OSError:
        return False
    return int(stop) == 0 and int(start) != 0


class ConsentStoreSource:
    """One device (microphone or webcam) in the ConsentStore, read through winreg."""

    def __init__(self, capability: str, winreg: Any) -> None:
        self.capability, self._winreg = capability, winreg
        self.name = f"Windows privacy records ({capability})"
        self.available = True
        self.reason = f"reads which apps Windows shows as using the {capability}"

    def in_use(self) -> Answer:
        """True while any app's record for the device has no stop time."""
        reg = self._winreg
        try:
            root = reg.OpenKey(reg.HKEY_CURRENT_USER, f"{CONSENT_STORE}\\{self.capability}")
        except OSError:
            return None  # an older Windows without these records
        with root:
            for app in _subkeys(reg, root):
                with reg.OpenKey(root, app) as key:
                    if app == "NonPackaged":
                        for program in _subkeys(reg, key):
                            with reg.OpenKey(key, program) as sub:
                                if _in_use(reg, sub):
                                    return True
                    elif _in_use(reg, key):
                        return True
        return False


def windows_source(capability: str, winreg: Any = None) -> BusySource:
    """The ConsentStore source for `capability` ("microphone" or "webcam")."""
    if winreg is None:
        try:
            import winreg as system_winreg
        except ImportError:
            return CannotTell("the Windows registry is not present here")
        winreg = system_winreg
    return ConsentStoreSource(capability, winreg)
