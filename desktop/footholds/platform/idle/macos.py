"""Idle time on macOS from IOKit's HIDIdleTime (IOHIDSystem in the I/O Registry) via ctypes.

Everything is looked up when the source is built, so importing this module on Linux or
Windows is harmless: the source just reports itself unavailable.
"""

from __future__ import annotations

import ctypes
import ctypes.util

_CF_STRING_ENCODING_UTF8 = 0x08000100
_CF_NUMBER_SINT64 = 4
_MAIN_PORT_DEFAULT = 0


def _framework(name: str) -> ctypes.CDLL | None:
    path = ctypes.util.find_library(name)
    if not path:
        return None
    try:
        return ctypes.CDLL(path)
    except OSError:
        return None


class MacIdleSource:
    """Reads HIDIdleTime (nanoseconds since the last input) from the IOHIDSystem service."""

    name = "macOS IOKit HIDIdleTime"

    def __init__(self) -> None:
        self.available = False
        iokit, cf = _framework("IOKit"), _framework("CoreFoundation")
        if iokit is None or cf is None:
            self.reason = "the IOKit and CoreFoundation frameworks are not present here"
            return
        self._iokit, self._cf = iokit, cf
        iokit.IOServiceMatching.restype = ctypes.c_void_p
        iokit.IOServiceMatching.argtypes = [ctypes.c_char_p]
        iokit.IOServiceGetMatchingService.restype = ctypes.c_uint32
        iokit.IOServiceGetMatchingService.argtypes = [ctypes.c_uint32, ctypes.c_void_p]
        iokit.IORegistryEntryCreateCFProperty.restype = ctypes.c_void_p
        iokit.IORegistryEntryCreateCFProperty.argtypes = [
            ctypes.c_uint32,
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_uint32,
        ]
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        cf.CFGetTypeID.restype = ctypes.c_ulong
        cf.CFGetTypeID.argtypes = [ctypes.c_void_p]
        cf.CFNumberGetTypeID.restype = ctypes.c_ulong
        cf.CFNumberGetValue.restype = ctypes.c_bool
        cf.CFNumberGetValue.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p]
        cf.CFRelease.argtypes = [ctypes.c_void_p]
        # IOServiceGetMatchingService takes over the matching dictionary's reference.
        matching = iokit.IOServiceMatching(b"IOHIDSystem")
        self._service = iokit.IOServiceGetMatchingService(_MAIN_PORT_DEFAULT, matching)
        if not self._service:
            self.reason = "the IOHIDSystem service was not found"
            return
        self._key = cf.CFStringCreateWithCString(None, b"HIDIdleTime", _CF_STRING_ENCODING_UTF8)
        if self.idle_seconds_unchecked() is None:
            self.reason = "IOHIDSystem did not report HIDIdleTime"
            return
        self.available = True
        self.reason = "reads HIDIdleTime from the I/O Registry"

    def idle_seconds_unchecked(self) -> float | None:
        """Read HIDIdleTime once; None when the registry has no usable number."""
        value = self._iokit.IORegistryEntryCreateCFProperty(self._service, self._key, None, 0)
        if not value:
            return None
        try:
            if self._cf.CFGetTypeID(value) != self._cf.CFNumberGetTypeID():
                return None
            nanoseconds = ctypes.c_int64()
            if not self._cf.CFNumberGetValue(value, _CF_NUMBER_SINT64, ctypes.byref(nanoseconds)):
                return None
            return nanoseconds.value / 1e9
        finally:
            self._cf.CFRelease(value)

    def idle_seconds(self) -> float | None:
        """Seconds since the last key press or mouse move, or None when unknown."""
        if not self.available:
            return None
        return self.idle_seconds_unchecked()
