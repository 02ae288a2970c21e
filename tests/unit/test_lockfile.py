"""The instance lock without Qt: exclusive, freed by a holder that dies, and agreeing with
QLockFile (which an older Footholds, or Windows, locks with)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from footholds.platform.lockfile import take_lock
from support import child_env

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the flock lock is the Unix one")


def test_one_holder_at_a_time_and_free_after_unlock(tmp_path: Path) -> None:
    path = tmp_path / "footholds.lock"
    first = take_lock(path)
    assert first is not None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().split("\n")[0] == str(os.getpid())
    assert take_lock(path) is None
    first.unlock()
    assert not path.exists()
    again = take_lock(path)
    assert again is not None
    again.unlock()


def test_a_file_left_by_a_killed_holder_is_taken(tmp_path: Path) -> None:
    path = tmp_path / "footholds.lock"
    code = (
        "import sys, time\nfrom pathlib import Path\n"
        "from footholds.platform.lockfile import take_lock\n"
        f"lock = take_lock(Path({str(path)!r}))\nprint(lock is not None, flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code], env=child_env(), stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "True"
        assert take_lock(path) is None  # alive: held
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    assert path.exists()  # left behind, as after a crash
    lock = take_lock(path)
    assert lock is not None
    lock.unlock()


def test_it_agrees_with_qlockfile(tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    path = tmp_path / "footholds.lock"
    qt = QLockFile(str(path))
    qt.setStaleLockTime(0)
    assert qt.tryLock(0)
    assert take_lock(path) is None
    qt.unlock()
    ours = take_lock(path)
    assert ours is not None
    other = QLockFile(str(path))
    other.setStaleLockTime(0)
    assert not other.tryLock(0)
    assert not other.removeStaleLockFile()
    ours.unlock()
    assert other.tryLock(0)
    other.unlock()


def test_a_stale_file_remover_never_removes_a_newer_live_lock(tmp_path: Path) -> None:
    """Between a remover's open and its flock, the old file's holder may finish and another
    process make and hold a new lock file. Unlinking by name then removed that live lock, two
    processes wrote the store at once, and entries were lost (2 of 20 concurrent logs)."""
    import fcntl

    from footholds.platform import lockfile

    path = tmp_path / "footholds.lock"
    path.write_text("left by a holder that is gone")
    newer: list[int] = []

    class Racing:
        LOCK_EX, LOCK_NB = fcntl.LOCK_EX, fcntl.LOCK_NB

        def flock(self, fd: int, op: int) -> None:
            fcntl.flock(fd, op)
            # meanwhile: the old file goes, and a new process makes and holds its own
            os.unlink(path)
            fresh = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
            fcntl.flock(fresh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            newer.append(fresh)

    try:
        assert lockfile._remove_stale(path, Racing()) is True
        assert path.exists()
        assert os.stat(path).st_ino == os.fstat(newer[0]).st_ino  # the live lock stayed
        assert take_lock(path) is None  # and still keeps others out
    finally:
        for fd in newer:
            os.close(fd)


def _writes_fail(monkeypatch: pytest.MonkeyPatch, number: int) -> None:
    """Every write into a file fails with `number`, as on a full disk."""
    from footholds.platform import lockfile

    def write(_fd: int, _data: bytes) -> int:
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(lockfile.os, "write", write)


def _no_new_files(monkeypatch: pytest.MonkeyPatch, number: int) -> None:
    """Opening to create or to write fails with `number`, as in a read-only folder."""
    from footholds.platform import lockfile

    real_open = os.open

    def opener(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if flags & (os.O_CREAT | os.O_WRONLY | os.O_RDWR):
            raise OSError(number, os.strerror(number), str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(lockfile.os, "open", opener)


def test_a_full_disk_still_gives_a_lock_with_an_empty_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing the pid hit ENOSPC and the app did not start at all; nothing reads the pid
    (the command line finds the app by its socket), and the flock alone is the lock."""
    import errno

    path = tmp_path / "footholds.lock"
    _writes_fail(monkeypatch, errno.ENOSPC)
    lock = take_lock(path)
    assert lock is not None
    assert path.read_bytes() == b""
    why = getattr(lock, "trouble", None)
    assert isinstance(why, OSError) and why.errno == errno.ENOSPC
    assert take_lock(path) is None  # still one holder at a time
    monkeypatch.undo()
    assert take_lock(path) is None  # space again: still held
    lock.unlock()
    again = take_lock(path)
    assert again is not None and getattr(again, "trouble", None) is None
    again.unlock()


def test_a_read_only_folder_is_locked_on_the_folder_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    path = tmp_path / "footholds.lock"
    _no_new_files(monkeypatch, errno.EROFS)
    lock = take_lock(path)
    assert lock is not None
    why = getattr(lock, "trouble", None)
    assert isinstance(why, OSError) and why.errno == errno.EROFS
    assert not path.exists()
    assert take_lock(path) is None
    monkeypatch.undo()
    # writable again while that copy runs: a copy going by the lock file sees it all the same
    assert take_lock(path) is None
    assert not path.exists()  # and leaves no file of its own behind
    lock.unlock()
    again = take_lock(path)
    assert again is not None
    again.unlock()


def test_a_stale_file_in_a_read_only_folder_is_held_where_it_lies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    path = tmp_path / "footholds.lock"
    path.write_text("12345\nfootholds\nelsewhere\n")  # left by a crash; nobody holds it
    _no_new_files(monkeypatch, errno.EROFS)
    lock = take_lock(path)
    assert lock is not None
    assert take_lock(path) is None
    monkeypatch.undo()
    assert take_lock(path) is None  # its flock is held too: not taken as stale
    lock.unlock()
    again = take_lock(path)
    assert again is not None
    again.unlock()


def test_a_failure_that_is_not_about_writing_still_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    _no_new_files(monkeypatch, errno.EIO)
    with pytest.raises(OSError) as raised:
        take_lock(tmp_path / "footholds.lock")
    assert raised.value.errno == errno.EIO
