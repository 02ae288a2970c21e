"""Crash-safe file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

PRIVATE_FILE = 0o600
# The temporary files write_atomic makes: ".<name>.<writer pid>.<8 random>.tmp"; older
# versions left the pid out. tempfile's random part is 8 of [a-z0-9_].
_TEMP = re.compile(r"\.(?P<name>.+?)\.(?:(?P<pid>\d{1,10})\.)?[a-z0-9_]{8}\.tmp")
# A write takes well under a second; a temporary file this old is left over from a kill
# whoever wrote it, and one whose writer is gone is, after a short margin (the pid might
# belong to a process this one cannot see, in another sandbox).
STALE_AFTER_S = 3600
WRITER_GONE_AFTER_S = 60


def write_atomic(path: Path, data: bytes, *, durable: bool = True, sync_dir: bool = True) -> None:
    """Write `data` to `path` through a private temporary file, fsync and rename.

    Raises OSError (full disk, read-only folder, ...) with the old file untouched.
    sync_dir=False leaves making the rename durable (fsync_dir) to the caller, who writes
    many files into one folder and syncs it once at the end, before saying they are saved.
    """
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=folder
    )
    try:
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        if durable:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    os.close(fd)
    try:
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    if durable and sync_dir:
        fsync_dir(folder)


def write_out(path: Path, data: bytes) -> None:
    """Write `data` where the person asked. A regular file (or a new one) is written
    atomically and made 0600, its folder left as it is. Anything else (a terminal, a device,
    a FIFO, /dev/stdout) is written to as a stream and never replaced: an atomic rename over
    /dev/sda or a FIFO, as root, would swap the device for a file. Raises OSError."""
    found = _stat(path)
    if found is not None and is_stream(path):
        _write_stream(path, found, data)
    else:  # through a symlink, its target is replaced, not the link
        write_atomic(Path(os.path.realpath(path)), data)


def is_stream(path: Path) -> bool:
    """True when `path` is something that exists and is not a plain file to replace: a
    terminal, a device, a FIFO, a socket, or a name for an open descriptor (/dev/stdout)."""
    found = _stat(path)
    if found is None or os.name != "posix":
        return False
    real = os.path.realpath(path)
    names_fd = any(p.startswith(_DESCRIPTORS) for p in (os.path.abspath(path), real))
    return names_fd or not stat.S_ISREG(found.st_mode)


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None


# /dev/stdout, /dev/fd/N and /proc/self/fd/N name an open descriptor, a stream even when the
# shell pointed it at a regular file
_DESCRIPTORS = ("/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/")


def _write_stream(path: Path, found: os.stat_result, data: bytes) -> None:
    # our own stdout or stderr (-o /dev/stdout, even when the shell sent it to a file with >>):
    # write through the descriptor the shell set up, at its offset and in its mode
    for fd, stream in ((1, sys.stdout), (2, sys.stderr)):
        with contextlib.suppress(OSError, ValueError):
            if os.path.samestat(found, os.fstat(fd)):
                if stream is not None:
                    stream.flush()
                _write_all(fd, data)
                return
    # O_NONBLOCK for the open only: a FIFO nobody reads fails at once (ENXIO) instead of
    # hanging; no O_CREAT or O_TRUNC, since the thing exists and is not ours to remake
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ENXIO and stat.S_ISFIFO(found.st_mode):
            raise OSError(exc.errno, "nothing is reading from it yet", str(path)) from None
        raise
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            os.ftruncate(fd, 0)  # /proc/<pid>/fd/N of a file: replace what it held
        os.set_blocking(fd, True)
        _write_all(fd, data)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def fsync_dir(folder: Path) -> None:
    """Make a rename inside `folder` durable (a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def set_aside(path: Path, aside_dir: Path, reason: str) -> Path:
    """Move a damaged file into `aside_dir` under a dated name. Never deletes anything."""
    import time

    aside_dir.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(aside_dir, 0o700)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = aside_dir / f"{path.name}.{reason}.{stamp}"
    n = 1
    while target.exists():
        n += 1
        target = aside_dir / f"{path.name}.{reason}.{stamp}.{n}"
    os.replace(path, target)
    return target


def sweep_temp_files(folders: Iterable[Path], *, now: float | None = None) -> list[Path]:
    """Remove the temporary files write_atomic left behind when it was killed mid-write, in
    these folders (not below them). Only regular files of this user named as write_atomic
    names them, and only stale ones (see STALE_AFTER_S): anything else is never touched.
    Returns what was removed."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:  # missing or unreadable: nothing of ours to sweep there
            continue
        for entry in entries:
            match = _TEMP.fullmatch(entry.name)
            if match is None:
                continue
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            if not _is_ours(info) or not _stale(match["pid"], now - info.st_mtime):
                continue
            try:
                os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return removed


def _is_ours(info: os.stat_result) -> bool:
    import stat

    if not stat.S_ISREG(info.st_mode):
        return False
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def _stale(pid: str | None, age_s: float) -> bool:
    if age_s >= STALE_AFTER_S:
        return True
    if pid is None or age_s < WRITER_GONE_AFTER_S or int(pid) == os.getpid():
        return False
    return not _alive(int(pid))


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # no cheap check: the age alone decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process, or not a pid at all: be careful
    return True
