"""macOS: an input audio device or a camera running somewhere, via CoreAudio and CoreMediaIO.

Both frameworks keep, per device, "is running somewhere": true while any program on the
computer uses it (the same fact behind the orange and green dots in the menu bar). Looked up
through ctypes when built, so importing this elsewhere is harmless.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from typing import Any

from footholds.core.busy import Answer
from footholds.platform.busy.base import BusySource, CannotTell


def fourcc(code: str) -> int:
    """A four-character selector as Apple writes them ('dev#')."""
    return int.from_bytes(code.encode("ascii"), "big")


SYSTEM_OBJECT = 1  # kAudioObjectSystemObject and kCMIOObjectSystemObject
DEVICES = fourcc("dev#")
STREAMS = fourcc("stm#")
RUNNING_SOMEWHERE = fourcc("gone")
SCOPE_GLOBAL = fourcc("glob")
SCOPE_INPUT = fourcc("inpt")
ELEMENT_MAIN = 0


class Address(ctypes.Structure):
    """AudioObjectPropertyAddress and CMIOObjectPropertyAddress: three UInt32."""

    _fields_ = [
        ("selector", ctypes.c_uint32),
        ("scope", ctypes.c_uint32),
        ("element", ctypes.c_uint32),
    ]


class _Properties:
    """Reads properties through CoreAudio's or CoreMediaIO's pair of functions."""

    def __init__(self, lib: Any, prefix: str) -> None:
        self._cmio = prefix == "CMIO"
        self._size = getattr(lib, f"{prefix}ObjectGetPropertyDataSize")
        self._data = getattr(lib, f"{prefix}ObjectGetPropertyData")
        u32, ptr = ctypes.c_uint32, ctypes.c_void_p
        self._size.argtypes = [u32, ptr, u32, ptr, ptr]
        self._size.restype = ctypes.c_int32
        if self._cmio:  # CMIO passes the buffer size in and the size used back out
            self._data.argtypes = [u32, ptr, u32, ptr, u32, ptr, ptr]
        else:
            self._data.argtypes = [u32, ptr, u32, ptr, ptr, ptr]
        self._data.restype = ctypes.c_int32

    def size(self, obj: int, selector: int, scope: int = SCOPE_GLOBAL) -> int | None:
        address = Address(selector, scope, ELEMENT_MAIN)
        size = ctypes.c_uint32(0)
        if self._size(obj, ctypes.byref(address), 0, None, ctypes.byref(size)) != 0:
            return None
        return size.value

    def read(self, obj: int, selector: int, size: int) -> bytes | None:
        address = Address(selector, SCOPE_GLOBAL, ELEMENT_MAIN)
        buffer = ctypes.create_string_buffer(size)
        if self._cmio:
            used = ctypes.c_uint32(0)
            args: tuple[Any, ...] = (size, ctypes.byref(used), buffer)
        else:
            used = ctypes.c_uint32(size)
            args = (ctypes.byref(used), buffer)
        if self._data(obj, ctypes.byref(address), 0, None, *args) != 0:
            return None
        return buffer.raw[: used.value]

    def devices(self) -> list[int] | None:
        size = self.size(SYSTEM_OBJECT, DEVICES)
        if size is None:
            return None
        data = self.read(SYSTEM_OBJECT, DEVICES, size) if size else b""
        if data is None:
            return None
        return [int.from_bytes(data[i : i + 4], "little") for i in range(0, len(data) - 3, 4)]

    def running(self, device: int) -> bool | None:
        data = self.read(device, RUNNING_SOMEWHERE, 4)
        return None if data is None or len(data) < 4 else int.from_bytes(data[:4], "little") != 0


class RunningSomewhere:
    """Any input audio device (or any camera) that some program is running."""

    def __init__(self, lib: Any, prefix: str, inputs_only: bool, name: str) -> None:
        self._props = _Properties(lib, prefix)
        self._inputs_only = inputs_only
        self.name = name
        self.available = True
        self.reason = "asks macOS whether a program is using it"

    def in_use(self) -> Answer:
        """True while one of the devices runs; None when macOS does not answer."""
        devices = self._props.devices()
        if devices is None:
            return None
        answers = []
        for device in devices:
            if self._inputs_only and not self._props.size(device, STREAMS, SCOPE_INPUT):
                continue  # speakers and other outputs
            running = self._props.running(device)
            if running:
                return True
            answers.append(running)
        return False if all(a is False for a in answers) else None


def _framework(name: str) -> Any:
    path = ctypes.util.find_library(name)
    if not path:
        return None
    try:
        return ctypes.CDLL(path)
    except OSError:
        return None


def mac_microphone(lib: Any = None) -> BusySource:
    """CoreAudio's input devices."""
    lib = lib if lib is not None else _framework("CoreAudio")
    if lib is None:
        return CannotTell("the CoreAudio framework is not present here")
    return RunningSomewhere(lib, "Audio", True, "macOS CoreAudio input devices")


def mac_camera(lib: Any = None) -> BusySource:
    """CoreMediaIO's cameras."""
    lib = lib if lib is not None else _framework("CoreMediaIO")
    if lib is None:
        return CannotTell("the CoreMediaIO framework is not present here")
    return RunningSomewhere(lib, "CMIO", False, "macOS CoreMediaIO cameras")
