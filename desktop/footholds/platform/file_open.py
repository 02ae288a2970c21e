"""Handing a saved file (or its folder) to the desktop's own app, and hearing when none took it.

On Linux, Qt's QDesktopServices.openUrl starts xdg-open and says "done" as soon as it has
started, even when xdg-open then finds no app for the file ("no method available"): a click on
"Open it" did nothing, and nothing said so. Here xdg-open is started directly, in its own
session (the app it starts outlives Footholds), and its exit status is reported from a helper
thread: 0 when it opened the file, anything else when nothing could. Elsewhere (Windows, macOS,
no xdg-open) the caller asks Qt, whose answer is meaningful there.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path


def hand_over(
    path: Path,
    finished: Callable[[int], object],
    *,
    spawn: Callable[..., subprocess.Popen[bytes]] | None = None,
) -> bool:
    """Open `path` with xdg-open; `finished(status)` is called from another thread when
    xdg-open exits (0: opened). False, and nothing started, where xdg-open is not the way
    (not Linux, not installed, could not start): then ask Qt."""
    if not sys.platform.startswith("linux"):
        return False
    tool = shutil.which("xdg-open")
    if tool is None:
        return False
    try:
        process = (spawn or subprocess.Popen)(
            [tool, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # the viewer it starts is not Footholds' to end
        )
    except OSError:
        return False
    # xdg-open may wait for the app it started (a plain X session): a daemon thread waits
    # with it, so quitting Footholds never waits for the viewer
    threading.Thread(target=lambda: finished(process.wait()), daemon=True).start()
    return True
