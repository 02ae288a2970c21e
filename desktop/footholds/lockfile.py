"""The per-user instance lock. Apart from instance.py so a plain start need not load
QtNetwork before the tray icon is up."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLockFile


def take_lock(path: Path) -> QLockFile | None:
    """The instance lock, or None when another live process holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale means "its process is gone", not "old"
    if lock.tryLock(0):
        return _private(lock, path)
    if lock.error() == QLockFile.LockError.LockFailedError and lock.removeStaleLockFile():
        return _private(lock, path) if lock.tryLock(0) else None
    return None


def _private(lock: QLockFile, path: Path) -> QLockFile:
    """QLockFile creates its file with the umask; every file of ours is the owner's only."""
    if os.name == "posix":
        os.chmod(path, 0o600)
    return lock
