"""Where the single-instance socket lives: a folder only this user can enter.

The socket used to have a predictable name in the shared temp folder, so another local user
could create it first and receive every entry sent to it. Now it sits in a private folder:

1. `$XDG_RUNTIME_DIR/footholds/` when that runtime folder is this user's and closed to others
   (not with FOOTHOLDS_HOME, which keeps every file under that folder);
2. else `DATA/run/`;
3. else, when both paths are too long for a socket, `$TMPDIR/footholds-UID/`.

Both ends make the same choice from the same environment. The app makes the folder 0700 and
refuses to listen in one that is not its own; the command line checks the folder, the socket
file and then the peer's user id before it sends a single byte.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

from footholds.core.paths import Paths

# sun_path holds 108 bytes on Linux and 104 on macOS and the BSDs, the final NUL included.
MAX_PATH_BYTES = 100


class NotPrivate(Exception):
    """The socket's folder or file belongs to someone else, or is open to others."""


def address(paths: Paths) -> str:
    """What the app listens on: a full socket path on Unix, a pipe name on Windows (whose
    pipe is made for this user only by Qt's UserAccessOption)."""
    if os.name != "posix":
        return paths.socket_name
    return str(socket_path(paths))


def addresses(paths: Paths) -> list[str]:
    """Every place the app may listen, in the order it tries them: address() first, then the
    other candidate folders, for when that one takes no socket (a read-only disk or runtime
    folder). The command line looks in the same order, so it still finds the app."""
    first = address(paths)
    if os.name != "posix":
        return [first]
    name = paths.socket_name.removeprefix("footholds-")
    others = [str(folder / name) for folder in candidate_folders(paths)]
    short = [o for o in others if len(os.fsencode(o)) <= MAX_PATH_BYTES and o != first]
    return [first, *short]


def socket_path(paths: Paths) -> Path:
    """The socket's full path: the first candidate folder that leaves the path short enough."""
    name = paths.socket_name.removeprefix("footholds-")  # short: every byte counts here
    folders = candidate_folders(paths)
    for folder in folders:
        path = folder / name
        if len(os.fsencode(path)) <= MAX_PATH_BYTES:
            return path
    return folders[-1] / name


def candidate_folders(paths: Paths) -> list[Path]:
    folders = []
    runtime = paths.runtime_dir
    if runtime is not None and _usable_runtime(runtime):
        folders.append(runtime / "footholds")
    folders.append(paths.data_dir / "run")
    temp = os.environ.get("TMPDIR") or "/tmp"  # not tempfile: the idle app leaves it out
    folders.append(Path(temp) / f"footholds-{os.getuid()}")
    return folders


def _usable_runtime(folder: Path) -> bool:
    """The session's runtime folder, if it is ours and nobody else may write in it."""
    try:
        info = folder.lstat()
    except OSError:
        return False
    return (
        folder.is_absolute()
        and stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and info.st_mode & 0o022 == 0
    )


def prepare_folder(folder: Path) -> None:
    """Make the socket's folder (0700) for the app; NotPrivate when it is not ours."""
    folder.parent.mkdir(parents=True, exist_ok=True)  # the data folder, on a first start
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    info = folder.lstat()
    _check_owner(folder, info)
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(folder, 0o700, follow_symlinks=False)


def check_folder(folder: Path) -> bool:
    """For the command line: False when the folder is missing (no app can be listening);
    NotPrivate when it is not this user's own closed folder."""
    try:
        info = folder.lstat()
    except FileNotFoundError:
        return False
    _check_owner(folder, info)
    if info.st_mode & 0o077:
        raise NotPrivate(f"{folder} is open to other users")
    return True


def check_socket(path: Path) -> bool:
    """False when there is no socket file; NotPrivate when it is not this user's socket."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return False
    if not stat.S_ISSOCK(info.st_mode):
        raise NotPrivate(f"{path} is not a socket")
    if info.st_uid != os.getuid():
        raise NotPrivate(f"{path} belongs to another user")
    return True


def _check_owner(folder: Path, info: os.stat_result) -> None:
    if stat.S_ISLNK(info.st_mode) or not stat.S_ISDIR(info.st_mode):
        raise NotPrivate(f"{folder} is not a plain folder")
    if info.st_uid != os.getuid():
        raise NotPrivate(f"{folder} belongs to another user")


def peer_uid(fd: int) -> int | None:
    """The user id of the process at the other end of the Unix socket `fd`, or None where
    the system cannot say. The descriptor is borrowed, never closed."""
    import socket

    if hasattr(socket, "SO_PEERCRED"):  # Linux
        import struct

        with socket.socket(fileno=os.dup(fd)) as sock:
            raw = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
        return int(struct.unpack("3i", raw)[1])
    if sys.platform == "darwin" or "bsd" in sys.platform:
        import ctypes
        import ctypes.util

        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        uid, gid = ctypes.c_uint32(), ctypes.c_uint32()
        if libc.getpeereid(fd, ctypes.byref(uid), ctypes.byref(gid)) == 0:
            return int(uid.value)
    return None
