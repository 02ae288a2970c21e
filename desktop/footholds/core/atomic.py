"""Crash-safe file writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` through a private temporary file, fsync and rename.

    Raises OSError (full disk, read-only folder, ...) with the old file untouched.
    """
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
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
