"""Starting and stopping the whole app on a home with the lock on, for the lock's tests
(test_lock_start.py, test_unlock.py and those built on them): one copy of each helper, so
a start in one file is the same start as in the next."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from putting_away import put_away
from PySide6.QtWidgets import QApplication

from footholds.app.build import AppContext, build, make_qapp
from footholds.app.lock_start import Unlocker
from footholds.core.lock import header_path
from footholds.core.lock.keys import Header, Keys
from footholds.core.paths import Paths
from footholds.core.settings import Settings
from footholds.core.store import LogEntry, storage
from footholds.platform.lockfile import take_lock
from footholds.ui.shell.tray import Tray
from footholds.ui.shell.windows import WindowManager

FAST = 1 << 10  # scrypt cost for tests; the real one is tuned to about half a second
PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def closed_lock() -> Iterator[None]:
    """Autouse where a test module takes it in (`closed_lock = lock_starting.closed_lock`)."""
    storage.codec = None
    yield
    storage.codec = None  # no other test may find the store open


@pytest.fixture
def paths(qapp: QApplication, footholds_home: Path) -> Paths:
    """The home's folders, made (a test file takes it as `paths = lock_starting.paths`)."""
    made = Paths.from_env()
    made.ensure()
    return made


def opened(paths: Paths, _settings: Settings) -> Keys:
    """The keys, opened with PASS: an Unlocker, as the unlock dialog would give them."""
    return Header.load(header_path(paths.data_dir)).open(PASS)


def start(paths: Paths, unlock: Unlocker | None = None, *, as_run: bool = False) -> AppContext:
    """Build the app on `paths`. `unlock` hands the keys in at the start (the tests' way in);
    without it, with the lock on, the app starts locked, no passphrase asked. `as_run`: the
    window manager and tray are made first and the icon shown, as run() does (offscreen it
    shows nowhere, but counts as shown)."""
    app = make_qapp([])
    lock = take_lock(paths.lock_file)
    assert lock is not None
    windows: WindowManager | None = None
    tray: Tray | None = None
    if as_run:
        windows = WindowManager()
        tray = Tray(windows, app.quit)
        tray.icon.show()
    try:
        return build(app, paths, lock, windows=windows, tray=tray, unlock=unlock)
    except BaseException:
        if tray is not None:
            tray.icon.hide()
            shiboken6.delete(tray.menu)  # parentless: not left to Python's collector
        lock.unlock()
        raise


def stop(ctx: AppContext) -> None:
    put_away(ctx)  # the windows, as the ctx fixture does
    ctx.server.close()
    ctx.store.close()
    ctx.tray.icon.hide()
    if shiboken6.isValid(ctx.tray.menu):  # parentless: not left to Python's collector
        shiboken6.delete(ctx.tray.menu)
    ctx.lock.unlock()
    storage.codec = None


def notes(ctx: AppContext) -> list[str]:
    return sorted(e.note for e in ctx.store.all(LogEntry))


def every_file(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
