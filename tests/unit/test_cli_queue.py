"""With the app not running, writing commands queue behind the instance lock rather than
being refused, and a real failure (a full disk) is named as such."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from footholds.app.build import open_store
from footholds.core.paths import Paths
from footholds.core.store import LogEntry, Proof
from footholds.platform.lockfile import take_lock
from support import child_env


@pytest.fixture
def home() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="fh-"))
    yield folder / "home"
    shutil.rmtree(folder, ignore_errors=True)


def spawn(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "footholds", *args],
        env=child_env(FOOTHOLDS_HOME=str(home), QT_QPA_PLATFORM="offscreen"),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stored(home: Path, model: type[LogEntry] | type[Proof]) -> list[str]:
    store, _ = open_store(Paths.from_env({"FOOTHOLDS_HOME": str(home)}))
    try:
        return sorted(getattr(r, "note", "") or getattr(r, "text", "") for r in store.all(model))
    finally:
        store.close()


def test_a_log_waits_while_another_process_holds_the_lock(home: Path) -> None:
    paths = Paths.from_env({"FOOTHOLDS_HOME": str(home)})
    paths.ensure()
    lock = take_lock(paths.lock_file)
    assert lock is not None
    log = spawn(home, "log", "--feel", "calm", "queued")
    proof = spawn(home, "proof", "add", "got through it")
    time.sleep(2.0)  # both are waiting their turn, not refused
    assert log.poll() is None and proof.poll() is None
    lock.unlock()
    out, err = log.communicate(timeout=60)
    assert log.returncode == 0, err
    assert out.strip() == "Logged. That counts."
    out, err = proof.communicate(timeout=60)
    assert proof.returncode == 0, err
    assert stored(home, LogEntry) == ["queued"]
    assert stored(home, Proof) == ["got through it"]


@pytest.mark.slow
def test_twenty_logs_at_once_are_all_saved(home: Path) -> None:
    """Twenty at once used to give most of them "Footholds is starting; please try again"."""
    procs = [spawn(home, "log", "--energy", "2", f"note {n:02d}") for n in range(20)]
    results = [(p.wait(timeout=120), p.stdout.read(), p.stderr.read()) for p in procs]  # type: ignore[union-attr]
    failed = [(code, err) for code, _out, err in results if code != 0]
    assert failed == []
    assert all(out.strip() == "Logged. That counts." for _c, out, _e in results)
    assert stored(home, LogEntry) == [f"note {n:02d}" for n in range(20)]


@pytest.fixture
def full_disk() -> Iterator[Path]:
    """A tiny tmpfs filled to the brim (root only)."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small full disk needs root")
    folder = Path(tempfile.mkdtemp(prefix="fh-full-"))
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder)], capture_output=True
    )
    if made.returncode != 0:
        os.rmdir(folder)
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode(errors='replace')}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
        os.rmdir(folder)


def fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass  # full
    finally:
        os.close(fd)


def test_a_full_disk_is_named_not_taken_for_a_starting_app(full_disk: Path) -> None:
    home = full_disk / "home"
    first = spawn(home, "log", "before it filled up")
    assert first.wait(timeout=60) == 0
    fill(full_disk)
    for args in (["log", "--feel", "low", "after"], ["proof", "add", "after"]):
        proc = spawn(home, *args)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 1
        # only the command's own sentence: the store's log lines stay off the terminal
        assert err == "footholds: Nothing was saved, because the disk is full.\n"
        assert out == ""
    os.unlink(full_disk / "filler")
    assert stored(home, LogEntry) == ["before it filled up"]
