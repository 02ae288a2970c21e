"""The app starts on a full disk or a read-only data folder: the tray, its menu and Get help
now must stay one click away, with one notice saying why nothing can be saved for now."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from putting_away import put_away
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footholds.app import build as app_module
from footholds.app import notices
from footholds.app.build import AppContext, build, make_qapp
from footholds.core import errors
from footholds.core.paths import Paths
from footholds.platform import lockfile
from footholds.platform.lockfile import PosixLock, take_lock
from support import child_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the flock lock and modes are Unix")


def _fail(number: int) -> object:
    def failing(*_args: object, **_kwargs: object) -> None:
        raise OSError(number, os.strerror(number))

    return failing


def test_start_gets_to_the_app_when_nothing_can_be_written(
    qapp: QApplication, footholds_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It stopped with "the disk is full" on stderr and nothing on screen: the pid could not
    go into the lock file, and a folder's mode could not be set on a read-only disk."""
    from footholds.cli import commands
    from footholds.core import paths as paths_module
    from footholds.platform import pyside_imports

    paths = Paths.from_env()
    paths.ensure()  # a first start made the folders
    os.chmod(paths.config_dir, 0o755)  # one that would need its mode set again
    monkeypatch.setattr(paths_module.os, "chmod", _fail(errno.EROFS))
    monkeypatch.setattr(lockfile.os, "write", _fail(errno.ENOSPC))
    monkeypatch.setattr(pyside_imports, "lighten", lambda: True)  # not for the whole run
    started: list[PosixLock] = []

    def run(
        _paths: Paths, lock: PosixLock, _app: QApplication, *, autostart: bool, first: str
    ) -> int:
        started.append(lock)
        return 0

    monkeypatch.setattr(app_module, "run", run)
    assert commands.start(paths) == 0
    assert len(started) == 1
    lock = started[0]
    try:
        assert isinstance(lock.trouble, OSError) and lock.trouble.errno == errno.ENOSPC
        assert stat.S_IMODE(paths.config_dir.stat().st_mode) == 0o755  # used as it is
        assert take_lock(paths.lock_file) is None  # still the only copy
    finally:
        lock.unlock()


@pytest.fixture
def unwritable(qapp: QApplication, footholds_home: Path) -> Iterator[AppContext]:
    """The app built as on a read-only data folder: its lock says the folder took no file."""
    paths = Paths.from_env()
    paths.ensure()
    lock = take_lock(paths.lock_file)
    assert isinstance(lock, PosixLock)
    lock.trouble = OSError(errno.EROFS, os.strerror(errno.EROFS))
    context = build(make_qapp([]), paths, lock)
    yield context
    put_away(context)
    context.server.close()
    context.store.close()
    context.tray.icon.hide()
    if shiboken6.isValid(context.tray.menu):  # parentless: not left to Python's collector
        shiboken6.delete(context.tray.menu)
    lock.unlock()


def test_the_person_is_told_once_why_nothing_is_saved(unwritable: AppContext, qtbot: QtBot) -> None:
    said = errors.english("store.start.read_only")
    assert unwritable.store.notices.count(said) == 1
    notices.show_notices(unwritable)
    shown = [box for box in notices.OPEN_NOTICES if box.text() == said]
    assert len(shown) == 1
    qtbot.waitUntil(shown[0].isVisible)  # shown on the next turn, above the window in use
    unwritable.tray.actions["help-now"].trigger()  # Get help now, one click away
    qtbot.waitUntil(lambda: unwritable.windows.is_visible("help-now"))
    shown[0].close()


def test_a_full_disk_has_its_own_words() -> None:
    lock = PosixLock(Path("unused"), -1, trouble=OSError(errno.ENOSPC, "full"))
    assert app_module.start_trouble(lock) == errors.english("store.start.disk_full")
    assert app_module.start_trouble(PosixLock(Path("unused"), -1)) == ""


@pytest.fixture
def short_home(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A data folder with a path short enough for a socket in it: pytest's own (longer
    still under pytest-xdist) would send the socket to the shared temp folder at once."""
    home = Path(tempfile.mkdtemp(prefix="fh-"))
    monkeypatch.setenv("FOOTHOLDS_HOME", str(home))
    yield home
    shutil.rmtree(home, ignore_errors=True)


def test_the_app_listens_elsewhere_when_its_socket_folder_takes_no_socket(
    short_home: Path, unwritable: AppContext, qtbot: QtBot
) -> None:
    """With FOOTHOLDS_HOME the socket goes in DATA/run; on a read-only disk no socket can be
    made there, so the app listens in its next place and the command line looks there too."""
    usual = Path(unwritable.server.address)
    assert short_home in usual.parents
    usual.parent.write_text("")  # no socket can go here now
    try:
        assert unwritable.server.listen()
        assert Path(unwritable.server.address) != usual
        code = (
            "import json; from footholds.cli.handover import ask\n"
            "from footholds.core.paths import Paths\n"
            "print(json.dumps(ask(Paths.from_env(), 'ping')))"
        )
        child = subprocess.Popen(
            [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=child_env()
        )
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=10_000)
        assert child.stdout is not None
        reply = json.loads(child.stdout.read())
        assert reply is not None and reply["ok"] is True
    finally:
        unwritable.server.close()
        usual.parent.unlink()
