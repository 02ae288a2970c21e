"""Exports and backups: a regular file is written atomically and made private, its folder left
as it is; a device, a FIFO or an open descriptor is written to as a stream, never replaced.

Never aim these tests (or an older Footholds) at /dev/stdout or /dev/null: an older Footholds
run as root would rename a file over them. A FIFO, a device node made in tmp_path, /dev/fd/1
and /proc/self/fd/1 show the same thing safely.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from footholds.core.atomic import is_stream, write_out
from footholds.core.store.backups import make_backup
from support import child_env

posix = pytest.mark.skipif(os.name != "posix", reason="modes, FIFOs and devices are POSIX")


def footholds(
    home: Path, *args: str, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "footholds", *args],
        capture_output=True,
        timeout=60,
        env=child_env(FOOTHOLDS_HOME=str(home)),
        stdin=subprocess.DEVNULL,
        cwd=cwd,
    )


def read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    def reader() -> None:
        with open(path, "rb") as fifo:
            into.append(fifo.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread


@posix
def test_a_new_file_is_private_and_its_shared_folder_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o775)
    write_out(shared / "export.json", b"{}")
    assert stat.S_IMODE((shared / "export.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(shared.stat().st_mode) == 0o775


@posix
def test_a_backup_with_o_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    shared = tmp_path / "usb-stick"
    shared.mkdir()
    os.chmod(shared, 0o755)
    made = make_backup(store, shared / "mine.zip")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    # and through the command line, with a path relative to where it is run
    done = footholds(tmp_path / "home", "backup", "-o", "rel.zip", cwd=shared)
    assert done.returncode == 0, done.stderr
    assert zipfile.is_zipfile(shared / "rel.zip") and b"rel.zip" in done.stdout
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755


@posix
def test_a_symlink_to_a_file_keeps_being_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_out(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


@posix
def test_a_fifo_is_written_to_and_stays_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    thread = read_fifo(fifo, got)
    assert is_stream(fifo)
    import time

    for _ in range(100):  # wait for the reader to open its end
        try:
            write_out(fifo, b"export")
            break
        except OSError:
            time.sleep(0.05)
    thread.join(10)
    assert got == [b"export"] and stat.S_ISFIFO(os.stat(fifo).st_mode)


@posix
def test_a_fifo_nobody_reads_is_refused_at_once_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="nothing is reading from it yet"):
        write_out(fifo, b"x")
    done = footholds(tmp_path / "home", "export", "-o", str(fifo))
    assert done.returncode == 1 and b"nothing is reading from it yet" in done.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@posix
@pytest.mark.skipif(os.geteuid() != 0, reason="only root can make a device node")
def test_a_device_is_written_to_not_replaced_even_as_root(tmp_path: Path) -> None:
    device = tmp_path / "null"
    os.mknod(device, 0o600 | stat.S_IFCHR, os.makedev(1, 3))  # a second /dev/null
    for args in (["export", "-o", str(device)], ["backup", "-o", str(device)]):
        done = footholds(tmp_path / "home", *args)
        assert done.returncode == 0, done.stderr
        assert stat.S_ISCHR(os.stat(device).st_mode), args
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".null.")]


@posix
@pytest.mark.parametrize("name", ["/dev/fd/1", "/proc/self/fd/1"])
def test_o_standard_output_streams_the_export(tmp_path: Path, name: str) -> None:
    home = tmp_path / "home"
    done = footholds(home, "export", "-o", name)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b'{"format": "footholds-export"')
    assert b"Exported" in done.stderr and b"Exported" not in done.stdout
    done = footholds(home, "backup", "-o", name)
    assert done.returncode == 0, done.stderr
    import io

    assert "footholds-backup.json" in zipfile.ZipFile(io.BytesIO(done.stdout)).namelist()
    # into a file the shell opened for appending, what was there stays
    out = tmp_path / "out.log"
    out.write_bytes(b"before\n")
    with open(out, "ab") as sink:
        subprocess.run(
            [sys.executable, "-m", "footholds", "export", "-o", name],
            stdout=sink,
            stderr=subprocess.DEVNULL,
            env=child_env(FOOTHOLDS_HOME=str(home)),
            timeout=60,
            check=True,
        )
    assert out.read_bytes().startswith(b'before\n{"format": "footholds-export"')
