"""Giving freed memory back to the system after a window is released, and keeping glibc's
heap from holding on to big freed blocks in the first place.

Python and Qt free a closed window's objects into the C allocator, which keeps the pages for
later; glibc's malloc_trim(0) hands the unused ones back, so the resident figure falls again.
Elsewhere (macOS, Windows, musl) there is no such call: only the collection runs."""

from __future__ import annotations

import ctypes
import gc
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)
_trim: list[Callable[[int], int] | None] = []  # found once: [malloc_trim] or [None]
_mallopt: list[Callable[[int, int], int] | None] = []  # the same for mallopt(parameter, value)
# mallopt's parameter numbers, from glibc's malloc.h, and glibc's own starting value for both
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
STARTING_THRESHOLD = 128 * 1024


def _libc_call(name: str, argtypes: list[type], found: list[Callable[..., int] | None]) -> None:
    """Look up `name` in the C library once, into `found` (None where it has none)."""
    if found:
        return
    call = None
    if sys.platform.startswith("linux"):
        try:
            # the program's own symbols, which take in the C library it runs on (glibc or
            # musl) with no search for its file: ctypes.util's would import subprocess
            call = getattr(ctypes.CDLL(None), name)
            call.argtypes, call.restype = argtypes, ctypes.c_int
        except (OSError, AttributeError):  # musl and others: no such call
            call = None
    found.append(call)


def malloc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None where the C library has none."""
    _libc_call("malloc_trim", [ctypes.c_size_t], _trim)
    return _trim[0]


def steady_heap() -> bool:
    """Hold glibc's mmap and trim thresholds at their starting 128 KB for the app's life;
    True if both were set.

    A block of 128 KB or more that the heap has no room for gets its own mapping, handed back
    whole when freed. But each time such a block is freed, glibc raises the mmap threshold
    to that block's size (up to 32 MB), and the trim threshold to twice that: the heap may
    then keep that much free at its top. Big blocks come from the heap from then on, where
    a few small survivors can keep their pages from ever being handed back. Importing Qt and
    drawing icons free such blocks early. Setting both thresholds turns the raising off and
    puts them back where glibc started. Measured on the desktop: 0.6 MB less at idle."""
    _libc_call("mallopt", [ctypes.c_int, ctypes.c_int], _mallopt)
    mallopt = _mallopt[0]
    if mallopt is None:
        return False
    settled = [mallopt(p, STARTING_THRESHOLD) for p in (M_MMAP_THRESHOLD, M_TRIM_THRESHOLD)]
    return settled == [1, 1]


def give_back() -> bool:
    """Collect Python's cycles, then return the allocator's free pages to the system.
    True when the pages were offered back (glibc), False when only the collection ran."""
    gc.collect()
    trim = malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True
