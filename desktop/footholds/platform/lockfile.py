"""The per-user instance lock, without Qt on Unix so the command line never loads PySide6.

On Unix it keeps QLockFile's protocol, so it agrees with any Footholds that locks with Qt:
the file is made with O_EXCL and its holder keeps an exclusive flock on it for as long as it
runs; a file nobody holds a flock on was left by a process that is gone, and is removed. The
file says pid, program and host on three lines, as QLockFile writes it. Elsewhere (a named
Windows file) QLockFile itself does the work.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Any, Protocol


class InstanceLock(Protocol):
    def unlock(self) -> None: ...


def take_lock(path: Path) -> InstanceLock | None:
    """The instance lock, or None when another live process holds it. When the lock file
    cannot be made at all (a full disk, a read-only folder) this raises that OSError, so the
    person hears the real cause rather than "Footholds is starting"."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        return _take_posix(path)
    return _take_qt(path)


class PosixLock:
    """A held lock: its file descriptor carries the flock that tells others it is alive."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path, self._fd = path, fd

    def unlock(self) -> None:
        if self._fd < 0:
            return
        # Unlink while the flock is held, so no one can take a file that is about to go.
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(self._fd)
        self._fd = -1


def _take_posix(path: Path) -> PosixLock | None:
    import fcntl

    for _attempt in range(2):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        except FileExistsError:
            if not _remove_stale(path, fcntl):
                return None
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if not _same_file(fd, path):  # removed as stale before our flock: not ours
                os.close(fd)
                return None
            _write_all(fd, _contents())
            os.fsync(fd)
            os.fchmod(fd, 0o600)  # made 0600 already; an odd umask cannot widen it
        except BlockingIOError:  # someone removed our fresh file as stale and took theirs
            os.close(fd)
            return None
        except OSError:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(path)
            raise
        return PosixLock(path, fd)
    return None


def _remove_stale(path: Path, fcntl: Any) -> bool:
    """Remove a lock file nobody holds a flock on; False while its holder lives."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        return True  # gone already: try again
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return False
    try:
        # Only the file this flock is on. Between our open and our flock its holder may have
        # finished (unlinking it) and another process made a new lock file and holds it:
        # unlinking by name then removed a live lock, and two processes wrote the store at
        # once, losing entries (2 of 20 concurrent `footholds log` in one CI run).
        if _same_file(fd, path):
            os.unlink(path)
    except FileNotFoundError:
        pass
    finally:
        os.close(fd)
    return True


def _same_file(fd: int, path: Path) -> bool:
    try:
        named = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _contents() -> bytes:
    """What QLockFile writes: pid, program name, host name, one per line."""
    try:
        program = os.path.basename(os.readlink("/proc/self/exe"))
    except OSError:
        program = os.path.basename(sys.executable)
    return f"{os.getpid()}\n{program}\n{os.uname().nodename}\n".encode()


def _write_all(fd: int, data: bytes) -> None:
    while data:
        data = data[os.write(fd, data) :]


def _take_qt(path: Path) -> InstanceLock | None:
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale means "its process is gone", not "old"
    if lock.tryLock(0):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        if lock.removeStaleLockFile() and lock.tryLock(0):
            return lock
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
