"""The per-user instance lock. Apart from instance.py so a plain start need not load
QtNetwork before the tray icon is up."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile


def take_lock(path: Path) -> QLockFile | None:
    """The instance lock, or None when another live process holds it. When the lock file
    cannot be made at all (a full disk, a read-only folder) this raises that OSError, so the
    person hears the real cause rather than "Footholds is starting"."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale means "its process is gone", not "old"
    if lock.tryLock(0):
        return _private(lock, path)
    if lock.error() == QLockFile.LockError.LockFailedError:
        if lock.removeStaleLockFile() and lock.tryLock(0):
            return _private(lock, path)
        if lock.error() in (QLockFile.LockError.NoError, QLockFile.LockError.LockFailedError):
            return None
    _raise_why(path)
    return None  # the folder takes a file after all: a passing hitch, held as "busy"


def _raise_why(path: Path) -> None:
    """QLockFile gives no errno: make a small file beside the lock to learn the real one."""
    probe = path.with_name(f".{path.name}.{os.getpid()}.probe")
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, b"footholds lock probe\n" * 8)
            os.fsync(fd)
        finally:
            os.close(fd)
    except FileExistsError:
        return
    finally:
        with contextlib.suppress(OSError):
            os.unlink(probe)


def _private(lock: QLockFile, path: Path) -> QLockFile:
    """QLockFile creates its file with the umask; every file of ours is the owner's only."""
    if os.name == "posix":
        os.chmod(path, 0o600)
    return lock
