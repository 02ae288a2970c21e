"""The per-user instance lock, without Qt on Unix so the command line never loads PySide6.

On Unix it keeps QLockFile's protocol, so it agrees with any Footholds that locks with Qt:
the file is made with O_EXCL and its holder keeps an exclusive flock on it for as long as it
runs; a file nobody holds a flock on was left by a process that is gone, and is removed. The
file says pid, program and host on three lines, as QLockFile writes it. Elsewhere (a named
Windows file) QLockFile itself does the work.

Those three lines are for people and for QLockFile only: nothing in Footholds reads them (the
command line finds the running app through its socket), and the flock alone is the lock. So a
full disk, where the file is made but nothing can be written in it, still gives a lock. Where
the file cannot be made at all (a read-only data folder), the flock goes on the data folder
itself; every Footholds that takes the lock file also checks that folder, so two copies still
never run at once (see _take_unwritable).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import Any, Protocol

# The folder takes no new bytes or no new file: the lock is still possible without writing.
CANNOT_WRITE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES})


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
    """A held lock: its file descriptor carries the flock that tells others it is alive. A lock
    taken on a folder that takes no writes holds the folder's flock too (or only that)."""

    def __init__(
        self, path: Path, fd: int, folder_fd: int = -1, trouble: OSError | None = None
    ) -> None:
        self.path, self._fd, self._folder_fd = path, fd, folder_fd
        # why the data folder took no write while locking (a full disk, a read-only folder):
        # the app tells the person once, at start
        self.trouble = trouble

    def unlock(self) -> None:
        if self._fd >= 0:
            # Unlink while the flock is held, so no one can take a file that is about to go.
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            os.close(self._fd)
            self._fd = -1
        if self._folder_fd >= 0:  # after the file: no moment with neither held
            os.close(self._folder_fd)
            self._folder_fd = -1


def _take_posix(path: Path) -> PosixLock | None:
    import fcntl

    for _attempt in range(2):
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        except FileExistsError:
            try:
                if not _remove_stale(path, fcntl):
                    return None
            except OSError as exc:  # a stale file in a folder that takes no change
                if exc.errno not in CANNOT_WRITE:
                    raise
                return _take_unwritable(path, fcntl, exc)
            continue
        except OSError as exc:
            if exc.errno not in CANNOT_WRITE:
                raise
            return _take_unwritable(path, fcntl, exc)
        trouble = None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if not _same_file(fd, path):  # removed as stale before our flock: not ours
                os.close(fd)
                return None
            if _folder_held(path.parent, fcntl):  # a copy runs with the folder's lock
                with contextlib.suppress(OSError):
                    os.unlink(path)
                os.close(fd)
                return None
            trouble = _write_details(fd)
        except BlockingIOError:  # someone removed our fresh file as stale and took theirs
            os.close(fd)
            return None
        except OSError:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(path)
            raise
        return PosixLock(path, fd, trouble=trouble)
    return None


def _write_details(fd: int) -> OSError | None:
    """Write pid, program and host into the held lock file; on a full disk the file stays
    empty and the lock holds all the same (the flock is the lock). Returns what failed."""
    try:
        _write_all(fd, _contents())
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in CANNOT_WRITE:
            raise
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # no half line for QLockFile to misread
        return exc
    finally:
        with contextlib.suppress(OSError):
            os.fchmod(fd, 0o600)  # made 0600 already; an odd umask cannot widen it
    return None


def _folder_held(folder: Path, fcntl: Any) -> bool:
    """True while a Footholds holds the lock on the folder itself (_take_unwritable)."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return False  # no folder flock can be held where the folder cannot be opened
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:  # folders take no flock here (some network file systems): none is held
        return False
    finally:
        os.close(fd)
    return False


def _take_unwritable(path: Path, fcntl: Any, why: OSError) -> PosixLock | None:
    """The lock where no lock file can be made (a read-only or full data folder): an exclusive
    flock on the folder. Then the lock file, if one is there: a live holder's flock on it means
    another copy runs; a stale one that cannot be removed is held too, so anyone still going by
    the file sees a holder. Ordered against _take_posix, which flocks its file and then checks
    the folder, so of two starting at once at least one sees the other. Raises `why` when
    the folder cannot be flocked either."""
    try:
        folder_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        raise why from None
    try:
        fcntl.flock(folder_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(folder_fd)
        return None
    except OSError:
        os.close(folder_fd)
        raise why from None
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except FileNotFoundError:
        fd = -1
    except OSError:
        os.close(folder_fd)
        raise why from None
    if fd >= 0:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held: another copy runs (or it cannot be told: assume so)
            os.close(fd)
            os.close(folder_fd)
            return None
    return PosixLock(path, fd, folder_fd, trouble=why)


def _remove_stale(path: Path, fcntl: Any) -> bool:
    """Remove a lock file nobody holds a flock on; False while its holder lives. Raises
    OSError when the file cannot be opened to check (a read-only folder)."""
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
