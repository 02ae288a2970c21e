"""Crash-safe file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import re
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


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` through a private temporary file, fsync and rename.

    Raises OSError (full disk, read-only folder, ...) with the old file untouched.
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
    if durable:
        fsync_dir(folder)


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
