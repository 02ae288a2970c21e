"""Giving freed memory back to the system after a window is released.

Python and Qt free a closed window's objects into the C allocator, which keeps the pages for
later; glibc's malloc_trim(0) hands the unused ones back, so the resident figure falls again.
Elsewhere (macOS, Windows, musl) there is no such call: only the collection runs."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)
_trim: list[Callable[[int], int] | None] = []  # found once: [malloc_trim] or [None]


def malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none."""
    if not _trim:
        found = None
        if sys.platform.startswith("linux"):
            try:
                libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
                found = libc.malloc_trim
                found.argtypes, found.restype = [ctypes.c_size_t], ctypes.c_int
            except (OSError, AttributeError):  # musl and others: no malloc_trim
                found = None
        _trim.append(found)
    return _trim[0]


def give_back() -> bool:
    """Collect Python's cycles, then return the allocator's free pages to the system.
    True when the pages were offered back (glibc), False when only the collection ran."""
    gc.collect()
    trim = malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
