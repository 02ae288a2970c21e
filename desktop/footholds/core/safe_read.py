"""Reading a file someone points Footholds at (an import, a backup to restore), safely.

Only regular files are read: /dev/zero never ends, a FIFO can block for ever, a device is not
a file. Sizes are checked before anything is read and enforced while reading (a file can grow
after its size was checked), and a zip's declared sizes, member count and compression ratio
are checked before any member is unpacked, so a zip bomb is refused instead of filling memory.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from pathlib import Path
from typing import Any, BinaryIO

from footholds.core import errors
from footholds.core.errors import Explained

MB = 1024 * 1024
# what reading a damaged member can raise: a bad CRC, a broken deflate stream, a cut-off file
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError)
# Deflate cannot squeeze more than about 1,030 to 1; store files squeeze about 10 to 1.
ZIP_RATIO = 200
ZIP_RATIO_FROM = 1 * MB  # smaller members may squeeze more (runs of spaces); they are small


class Refused(Explained, ValueError):
    """A file Footholds will not read; str(exc) says why in plain words. (Those with a
    `code` can be translated by the UI: core/errors.)"""


def _refused(code: str, **values: Any) -> Refused:
    return Refused(errors.english(code, **values)).explain(code, **values)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _check(found: os.stat_result, path: Path, limit: int) -> None:
    if stat.S_ISDIR(found.st_mode):
        raise _refused("read.folder", path=path)
    if not stat.S_ISREG(found.st_mode):
        # which kind (a pipe, a device) is said in English only: logs and the command line
        error = Refused(f"{path} is {_kind(found.st_mode)}, not a file Footholds can read.")
        raise error.explain("read.not_regular", path=path)
    if found.st_size > limit:
        size, most = f"{found.st_size / MB:,.0f}", f"{limit / MB:,.0f}"
        raise _refused("read.too_large", file=path.name, size=size, limit=most)


def open_regular(path: Path, limit: int) -> io.BufferedReader:
    """Open a regular file of at most `limit` bytes for reading; reading past `limit` (it
    grew) raises Refused. Raises Refused for anything else, OSError (FileNotFoundError, ...)
    when it cannot be opened."""
    _check(os.stat(path), path, limit)
    # O_NONBLOCK: had it become a FIFO since the stat, opening must not wait for a writer
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    try:
        _check(os.fstat(fd), path, limit)  # what was opened, not what was looked at
        os.set_blocking(fd, True)
        raw = _Capped(io.FileIO(fd, "rb", closefd=True), path, limit)
    except BaseException:
        os.close(fd)
        raise
    return io.BufferedReader(raw, buffer_size=256 * 1024)


class _Capped(io.RawIOBase):
    """A raw file that refuses to be read past `limit` bytes."""

    def __init__(self, raw: io.FileIO, path: Path, limit: int) -> None:
        self.raw, self.path, self.limit = raw, path, limit

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self.raw.seekable()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        return self.raw.tell()

    def fileno(self) -> int:
        return self.raw.fileno()

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = self.raw.readinto(buffer) or 0
        if self.raw.tell() > self.limit:
            raise _refused("read.grew", file=self.path.name, limit=f"{self.limit / MB:,.0f}")
        return n

    def close(self) -> None:
        self.raw.close()
        super().close()


def open_zip(path: Path, limit: int, *, total: int, members: int) -> zipfile.ZipFile:
    """Open a zip of at most `limit` bytes whose members declare at most `total` bytes in all,
    at most `members` of them, none squeezed past ZIP_RATIO to 1. zipfile never unpacks more
    than a member declares, so these checks bound what reading it can take."""
    file = open_regular(path, limit)
    try:
        zf = _OwnZip(file)
        check_zip(zf, path, total=total, members=members)
    except BaseException:
        file.close()
        raise
    return zf


class _OwnZip(zipfile.ZipFile):
    """A ZipFile that closes the file it was given (ZipFile leaves a passed-in file open)."""

    def __init__(self, file: BinaryIO) -> None:
        self._own = file  # first: a zip that fails to open is closed by ZipFile itself
        super().__init__(file)

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._own.close()


def check_zip(zf: zipfile.ZipFile, path: Path, *, total: int, members: int) -> None:
    """Refuse a zip that would unpack to too much (see open_zip)."""
    infos = zf.infolist()
    if len(infos) > members:
        raise _refused("zip.members", file=path.name, count=f"{len(infos):,}")
    if sum(i.file_size for i in infos) > total:
        raise _refused("zip.unpacked", file=path.name, limit=f"{total / MB:,.0f}")
    for info in infos:
        if info.file_size > ZIP_RATIO_FROM and info.file_size > ZIP_RATIO * info.compress_size:
            raise _refused("zip.ratio", file=path.name)
