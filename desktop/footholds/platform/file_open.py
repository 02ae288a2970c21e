"""Handing a saved file (or its folder) to the desktop's own app, and hearing when none took it.

On Linux, Qt's QDesktopServices.openUrl starts xdg-open and says "done" as soon as it has
started, even when xdg-open then finds no app for the file ("no method available"): a click on
"Open it" did nothing, and nothing said so. Here xdg-open is started directly, in its own
session (the app it starts outlives Footholds), and its exit status is reported from a helper
thread: 0 when it opened the file, anything else when nothing could. Elsewhere (Windows, macOS,
no xdg-open) the caller asks Qt, whose answer is meaningful there.

"Show in folder" shows the file itself, picked out among the others, where the desktop can:
the file manager's own org.freedesktop.FileManager1 ShowItems on Linux (over the local session
bus, asked only when a file manager is there or can be started), `explorer /select,` on Windows,
`open -R` on macOS. Where none of these is there or it fails, the caller opens the folder.
"""

from __future__ import annotations

import ntpath
import os
import shutil
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import subprocess  # imported at the click (below): the windows that save files start without it


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
    import subprocess

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


FILE_MANAGER = "org.freedesktop.FileManager1"
FILE_MANAGER_PATH = "/org/freedesktop/FileManager1"
# It may start the file manager first, which can take seconds on a cold start: as long as the
# bus's own default, so a slow start answers in time rather than passing for a failure
SHOW_TIMEOUT_MS = 25_000

# How show_item's `finished` hears back. NO_ANSWER: asked, and no answer came in time. The
# file manager may still be starting and show the file later: opening the folder besides
# would leave two of its windows, so the caller says where the file is instead.
SHOWN, NOT_SHOWN, NO_ANSWER = 0, 1, 2

# the calls on their way (Linux): kept until answered, so Qt does not drop them
_waiting: set[object] = set()


def show_item(
    path: Path,
    finished: Callable[[int], object],
    *,
    spawn: Callable[..., subprocess.Popen[bytes]] | None = None,
) -> bool:
    """Show `path` picked out in its folder, in the file manager. `finished(status)` comes
    later (SHOWN; NO_ANSWER: asked, no answer in time; anything else: it was not, open the
    folder instead), from the Qt event loop on Linux and from another thread elsewhere.
    False, and nothing asked, where this desktop has no way to pick a file out: then open
    the folder."""
    if sys.platform.startswith("linux"):
        return _show_over_dbus(path, finished)
    import subprocess

    if sys.platform == "win32":
        return _show_with_explorer(path, finished, spawn or subprocess.Popen)
    if sys.platform == "darwin":
        return _show_with_open(path, finished, spawn or subprocess.Popen)
    return False


def explorer_command(path: Path) -> str:
    """Explorer reads its own command line: `/select,"C:\\a b\\c.pdf"` is the form it
    understands (a list's quoting, `"/select,C:\\a b\\c.pdf"`, is not: it shows another
    folder), so the line is written here, not quoted by subprocess."""
    windows = os.environ.get("SYSTEMROOT") or os.environ.get("WINDIR") or r"C:\Windows"
    explorer = ntpath.join(windows, "explorer.exe")
    return f'"{explorer}" /select,"{path}"'


def _show_with_explorer(
    path: Path, finished: Callable[[int], object], spawn: Callable[..., subprocess.Popen[bytes]]
) -> bool:
    try:
        process = spawn(explorer_command(path))
    except OSError:
        return False
    threading.Thread(target=process.wait, daemon=True).start()
    # explorer's exit status says nothing (1 when it did show the file): started is shown
    finished(0)
    return True


def _show_with_open(
    path: Path, finished: Callable[[int], object], spawn: Callable[..., subprocess.Popen[bytes]]
) -> bool:
    import subprocess

    try:
        process = spawn(
            ["/usr/bin/open", "-R", str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return False

    def wait() -> None:
        finished(SHOWN if process.wait() == 0 else NOT_SHOWN)  # a status of its own, never ours

    threading.Thread(target=wait, daemon=True).start()
    return True


def _show_over_dbus(path: Path, finished: Callable[[int], object]) -> bool:
    # QtDBus only now, at the first click: the app starts without it
    from PySide6.QtDBus import QDBusArgument, QDBusError, QDBusMessage, QDBusPendingCallWatcher

    from footholds.platform._dbus import DBusError, can_start, is_running, session_bus

    try:
        bus = session_bus()
    except DBusError:
        return False
    if not (is_running(bus, FILE_MANAGER) or can_start(bus, FILE_MANAGER)):
        return False  # no file manager answers on this desktop
    uris = QDBusArgument()
    uris << [Path(os.path.abspath(path)).as_uri()]  # an 'as', as the interface wants
    message = QDBusMessage.createMethodCall(
        FILE_MANAGER, FILE_MANAGER_PATH, FILE_MANAGER, "ShowItems"
    )
    message.setArguments([uris, ""])  # no startup id: the file manager raises its own window
    watcher = QDBusPendingCallWatcher(bus.asyncCall(message, SHOW_TIMEOUT_MS))
    _waiting.add(watcher)

    late = QDBusError.ErrorType
    silent = {late.NoReply, late.Timeout, late.TimedOut}  # asked, and no answer in time

    def answered(done: QDBusPendingCallWatcher) -> None:
        _waiting.discard(done)
        if not done.isError():
            status = SHOWN
        elif done.error().type() in silent:
            status = NO_ANSWER  # it may be starting yet: never a second opener besides it
        else:
            status = NOT_SHOWN  # it said no, or could not be started: the folder instead
        done.deleteLater()
        finished(status)

    watcher.finished.connect(answered)
    return True
