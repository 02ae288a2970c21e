"""The journal can be read out of a read-only data folder (`export`, `doctor`, `proof list`), and
a folder where a month file belongs is named plainly while the rest is exported.

Root ignores folder modes, so a read-only folder is made for real with a read-only bind mount in
a private mount namespace (`unshare -m`) where that works. Where it does not, the child Python
makes every write under the data folder fail as a read-only disk would (EROFS) before it runs
the command. Each test says which way it ran (printed, and as the property `read_only_by`).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from support import child_env

# Run in the child instead of `python -m footholds` when no bind mount can be made: every write
# under FOOTHOLDS_HOME fails with EROFS, as on a read-only disk.
PATCHED = r"""
import builtins, errno, io, os, runpy, sys
home = os.environ["FOOTHOLDS_HOME"]
WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
def refuse(path):
    raise OSError(errno.EROFS, "Read-only file system", str(path))
def under(path):
    return isinstance(path, (str, os.PathLike)) and os.path.abspath(path).startswith(home)
def guard(real, writes):
    def wrapper(*args, **kwargs):
        if args and under(args[0]) and writes(args, kwargs):
            refuse(args[0])
        return real(*args, **kwargs)
    return wrapper
always = lambda a, k: True
for name in ("mkdir", "chmod", "replace", "rename", "unlink", "rmdir"):
    setattr(os, name, guard(getattr(os, name), always))
os.open = guard(os.open, lambda a, k: a[1] & WRITE if len(a) > 1 else False)
writing = lambda a, k: bool(set("wax+") & set(str(a[1] if len(a) > 1 else k.get("mode", "r"))))
builtins.open = guard(builtins.open, writing)
io.open = builtins.open
sys.argv = ["footholds", *sys.argv[1:]]
runpy.run_module("footholds", run_name="__main__")
"""


def read_only_way(home: Path) -> str:
    """How this machine can make `home` read-only for a child: "bind mount" or "patched
    writes" (FOOTHOLDS_TEST_READ_ONLY=patched forces the second, to test it too)."""
    if os.environ.get("FOOTHOLDS_TEST_READ_ONLY") == "patched":
        return "patched writes"
    if shutil.which("unshare") and shutil.which("mount"):
        probe = subprocess.run(
            ["unshare", "-m", "sh", "-c", _MOUNT + ' && touch "$1/probe"', "sh", str(home)],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if probe.returncode != 0 and "Read-only file system" in probe.stderr:
            return "bind mount"
    return "patched writes"


_MOUNT = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1"'


def footholds(
    way: str, home: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = env or child_env(QT_QPA_PLATFORM="offscreen")
    if way == "bind mount":
        command = ["unshare", "-m", "sh", "-c", _MOUNT + ' && shift && exec "$@"', "sh"]
        command += [str(home), sys.executable, "-m", "footholds", *args]
    else:
        command = [sys.executable, "-c", PATCHED, *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def write(*args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "footholds", *args],
        check=True,
        capture_output=True,
        env=child_env(),
        timeout=60,
    )


def test_a_read_only_data_folder_can_still_be_read_out(
    footholds_home: Path, tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    write("log", "--feel", "calm")
    write("proof", "add", "Phoned the GP")
    way = read_only_way(footholds_home)
    record_property("read_only_by", way)
    print(f"read-only data folder made by: {way}")
    before = sorted(p.relative_to(footholds_home).as_posix() for p in footholds_home.rglob("*"))

    exported = footholds(way, footholds_home, "export", "--format", "json")
    assert exported.returncode == 0, f"[{way}] {exported.stderr}"
    records = json.loads(exported.stdout)["records"]
    assert [e["feelings"] for e in records["log"]] == [["calm"]]
    target = tmp_path / "out.json"  # outside the read-only folder
    to_file = footholds(way, footholds_home, "export", "--format", "json", "-o", str(target))
    assert to_file.returncode == 0 and target.exists(), f"[{way}] {to_file.stderr}"

    proofs = footholds(way, footholds_home, "proof", "list")
    assert proofs.returncode == 0, f"[{way}] {proofs.stderr}"
    assert "Phoned the GP" in proofs.stdout

    doctor = footholds(way, footholds_home, "doctor")
    assert doctor.returncode == 0, f"[{way}] {doctor.stderr}"
    assert "Entries:                 2 (log 1, proof 1)" in doctor.stdout

    for result in (exported, to_file, proofs, doctor):
        assert "Traceback" not in result.stderr and "can't use" not in result.stderr
    after = sorted(p.relative_to(footholds_home).as_posix() for p in footholds_home.rglob("*"))
    assert after == before


def test_a_damaged_month_in_a_read_only_folder_is_exported_with_its_backup(
    footholds_home: Path, record_property: Callable[[str, object], None]
) -> None:
    write("log", "--feel", "calm")
    write("backup")
    month = next((footholds_home / "data" / "store" / "log").glob("*.json"))
    torn = month.read_bytes()[:30]  # a torn write
    month.write_bytes(torn)
    way = read_only_way(footholds_home)
    record_property("read_only_by", way)
    print(f"read-only data folder made by: {way}")

    exported = footholds(way, footholds_home, "export", "--format", "json")
    assert exported.returncode == 0, f"[{way}] {exported.stderr}"
    assert [e["feelings"] for e in json.loads(exported.stdout)["records"]["log"]] == [["calm"]]
    assert "came back from your latest backup" in exported.stderr
    assert "left as it is" in exported.stderr
    assert month.read_bytes() == torn  # untouched: the app repairs it when it can write


def test_export_names_a_folder_where_a_month_file_belongs(footholds_home: Path) -> None:
    from footholds.core.store import LogEntry, Store

    store = Store(footholds_home / "data" / "store", aside_dir=footholds_home / "aside")
    store.open()
    store.add(LogEntry(feelings=["tired"], at=datetime(2026, 1, 5, 9, tzinfo=UTC)))
    store.add(LogEntry(feelings=["calm"], at=datetime(2026, 3, 5, 9, tzinfo=UTC)))
    store.close()
    january = footholds_home / "data" / "store" / "log" / "2026-01.json"
    january.rename(january.with_name("kept-elsewhere"))
    january.mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "footholds", "export", "--format", "json"],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "could not write the export" not in result.stderr
    assert f"{january} is a folder, not a file of entries" in result.stderr
    assert [e["feelings"] for e in json.loads(result.stdout)["records"]["log"]] == [["calm"]]
    assert january.is_dir()


def test_an_unreadable_month_is_not_called_a_failed_write(
    footholds_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from footholds.cli.export import cmd_export
    from footholds.cli.parser import build_parser
    from footholds.core.paths import Paths
    from footholds.core.store import LogEntry, Store

    paths = Paths.from_env()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    store.add(LogEntry(feelings=["calm"], at=datetime(2026, 3, 5, 9, tzinfo=UTC)))
    store.close()
    month = paths.store_dir / "log" / "2026-03.json"
    real = Path.read_bytes

    def refuse(path: Path) -> bytes:  # root reads any file: refuse this one as EACCES would
        if path == month:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    code = cmd_export(paths, build_parser().parse_args(["export", "--format", "json"]))
    err = capsys.readouterr().err
    assert code == 1
    assert "could not write" not in err
    assert "could not read your entries" in err and "2026-03.json" in err
    assert "Permission denied" in err
