"""A small ctypes view of Xlib, shared by the X11 idle and full-screen sources.

Qt talks to X through its own XCB connection; this is a second, private Xlib connection,
opened once per display name and kept for the life of the process.
"""

from __future__ import annotations

import contextlib
import ctypes
from collections.abc import Iterator

Window = ctypes.c_ulong
Atom = ctypes.c_ulong
_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
_ANY_PROPERTY_TYPE = 0
_SUCCESS = 0


class XUnavailable(Exception):
    """Xlib or the display cannot be used; the message says why, in plain words."""


def load_library(short_name: str, soname: str) -> ctypes.CDLL:
    """Load a C library by its usual soname, falling back to ctypes' search (only then
    imported: ctypes.util brings subprocess, which the idle app otherwise does without)."""
    try:
        return ctypes.CDLL(soname)
    except OSError:
        pass
    from ctypes.util import find_library

    found = find_library(short_name)
    if found:
        try:
            return ctypes.CDLL(found)
        except OSError:
            pass
    raise XUnavailable(f"the {short_name} library ({soname}) is not installed")


class XDisplay:
    """One open Xlib display with the few calls Footholds needs."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.lib = load_library("X11", "libX11.so.6")
        lib = self.lib
        lib.XOpenDisplay.restype = ctypes.c_void_p
        lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
        lib.XDefaultRootWindow.restype = Window
        lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        lib.XInternAtom.restype = Atom
        lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.XGetWindowProperty.restype = ctypes.c_int
        lib.XGetWindowProperty.argtypes = [
            ctypes.c_void_p,
            Window,
            Atom,
            ctypes.c_long,
            ctypes.c_long,
            ctypes.c_int,
            Atom,
            ctypes.POINTER(Atom),
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p),
        ]
        lib.XFree.argtypes = [ctypes.c_void_p]
        lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        lib.XSetErrorHandler.restype = ctypes.c_void_p
        lib.XSetErrorHandler.argtypes = [ctypes.c_void_p]
        self.handle = lib.XOpenDisplay(name.encode())
        if not self.handle:
            raise XUnavailable(f"could not open the X display {name!r}")
        self.root = int(lib.XDefaultRootWindow(self.handle))
        self._atoms: dict[str, int] = {}
        self._failed = False
        # Kept on self: ctypes must not free the callback while Xlib may call it.
        self._handler = _ERROR_HANDLER(self._on_error)

    def _on_error(self, _display: int | None, _event: int | None) -> int:
        # The default Xlib handler exits the process; a window closing mid-query is normal.
        self._failed = True
        return 0

    @contextlib.contextmanager
    def guarded(self) -> Iterator[None]:
        """Swallow X protocol errors inside the block; `failed` tells whether one came."""
        previous = self.lib.XSetErrorHandler(ctypes.cast(self._handler, ctypes.c_void_p))
        self._failed = False
        try:
            yield
            self.lib.XSync(self.handle, 0)
        finally:
            self.lib.XSetErrorHandler(previous)

    @property
    def failed(self) -> bool:
        """True when the last guarded block met an X error."""
        return self._failed

    def atom(self, name: str) -> int:
        """The atom for `name`, created if needed and cached."""
        if name not in self._atoms:
            self._atoms[name] = int(self.lib.XInternAtom(self.handle, name.encode(), 0))
        return self._atoms[name]

    def property_ids(self, window: int, name: str) -> list[int] | None:
        """A 32-bit list property (atoms, windows) of `window`, or None when it is missing."""
        actual_type = Atom()
        actual_format = ctypes.c_int()
        count = ctypes.c_ulong()
        after = ctypes.c_ulong()
        data = ctypes.c_void_p()
        with self.guarded():
            status = self.lib.XGetWindowProperty(
                self.handle,
                window,
                self.atom(name),
                0,
                1024,
                0,
                _ANY_PROPERTY_TYPE,
                ctypes.byref(actual_type),
                ctypes.byref(actual_format),
                ctypes.byref(count),
                ctypes.byref(after),
                ctypes.byref(data),
            )
        try:
            if self.failed or status != _SUCCESS or not data.value or actual_format.value != 32:
                return None
            # Xlib hands 32-bit items back as C longs, whatever the size of a long.
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [int(items[i]) for i in range(count.value)]
        finally:
            if data.value:
                self.lib.XFree(data)


_displays: dict[str, XDisplay] = {}


def open_display(name: str) -> XDisplay:
    """The shared connection to display `name`; raises XUnavailable with a reason."""
    if not name:
        raise XUnavailable("DISPLAY is not set, so there is no X server to ask")
    if name not in _displays:
        _displays[name] = XDisplay(name)
    return _displays[name]
