"""Temporary files a kill left behind mid-write are cleared at start (issue 15, defect 17):
only write_atomic's own, only stale ones, and nothing else."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from footholds.core import atomic
from footholds.core.atomic import sweep_temp_files, write_atomic
from footholds.core.paths import Paths

HOUR = 3600


def dead_pid() -> int:
    """The pid of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def aged(path: Path, seconds: float, text: str = "half a file") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    then = time.time() - seconds
    os.utime(path, (then, then))
    return path


def test_write_atomic_names_its_temporary_file_with_its_pid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []

    def killed(src: str, dst: object) -> None:  # stands in for a kill just before the rename
        seen.append(os.path.basename(src))
        raise OSError(errno.EIO, "interrupted")

    monkeypatch.setattr(atomic.os, "replace", killed)
    with pytest.raises(OSError):
        write_atomic(tmp_path / "2026-03.json", b"{}")
    [name] = seen
    match = atomic._TEMP.fullmatch(name)
    assert match is not None and match["name"] == "2026-03.json"
    assert match["pid"] == str(os.getpid())


def test_only_our_stale_temporary_files_are_removed(tmp_path: Path) -> None:
    gone, alive = dead_pid(), os.getppid()  # the parent of this test runs for its whole length
    removed = {
        "writer gone": aged(tmp_path / f".2026-03.json.{gone}.ab_cd123.tmp", 120),
        "very old, writer alive": aged(tmp_path / f".settings.json.{alive}.zz9y8x7w.tmp", 2 * HOUR),
        "very old, no pid (older versions)": aged(tmp_path / ".proof.json.k2j3h4g5.tmp", 2 * HOUR),
    }
    kept = {
        "writer alive": aged(tmp_path / f".2026-04.json.{alive}.abcdefgh.tmp", 120),
        "our own, writing now": aged(tmp_path / f".meta.json.{os.getpid()}.abcdefgh.tmp", 120),
        "writer gone a moment ago": aged(tmp_path / f".2026-05.json.{gone}.abcdefgh.tmp", 5),
        "no pid, recent": aged(tmp_path / ".proof.json.q1w2e3r4.tmp", 120),
        "not our name": aged(tmp_path / "notes.tmp", 2 * HOUR),
        "not our name either": aged(tmp_path / ".2026-03.json.bak", 2 * HOUR),
        "random part too short": aged(tmp_path / ".2026-03.json.abc.tmp", 2 * HOUR),
        "the person's data": aged(tmp_path / "2026-03.json", 2 * HOUR),
        "below the folder": aged(tmp_path / "sub" / f".x.json.{gone}.abcdefgh.tmp", 2 * HOUR),
    }
    folder_named_like_one = tmp_path / f".y.json.{gone}.abcdefgh.tmp"
    folder_named_like_one.mkdir()
    target = aged(tmp_path / "elsewhere.json", 0, "someone's file")
    link = tmp_path / f".z.json.{gone}.abcdefgh.tmp"
    link.symlink_to(target)
    os.utime(link, (time.time() - 2 * HOUR,) * 2, follow_symlinks=False)

    swept = sweep_temp_files([tmp_path, tmp_path / "missing"])

    assert sorted(swept) == sorted(removed.values())
    for why, path in removed.items():
        assert not path.exists(), why
    for why, path in kept.items():
        assert path.exists(), why
    assert folder_named_like_one.is_dir()
    assert link.is_symlink() and target.read_text() == "someone's file"


def test_the_app_sweeps_every_folder_it_writes_and_nothing_else(footholds_home: Path) -> None:
    from footholds.app.build import sweep_leftovers

    paths = Paths.from_env()
    gone = dead_pid()
    folders = [
        paths.config_dir,
        paths.data_dir,
        paths.store_dir,
        paths.store_dir / "log",
        paths.backup_dir,
        paths.aside_dir,
        paths.data_dir / "lock-inbox",
        *(p.parent for p in paths.unsaved_files),
    ]
    left = [aged(f / f".file.json.{gone}.abcdefgh.tmp", 120) for f in folders]
    data = [aged(f / "entries.json", 2 * HOUR) for f in folders]
    outside = aged(footholds_home.parent / f".file.json.{gone}.abcdefgh.tmp", 2 * HOUR)
    sweep_leftovers(paths)
    assert [p for p in left if p.exists()] == []
    assert all(p.exists() for p in data)
    assert outside.exists()


def test_a_killed_writer_leaves_a_file_the_next_sweep_removes(tmp_path: Path) -> None:
    # A real kill in the middle of write_atomic: the child stops before its rename.
    code = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from footholds.core import atomic\n"
        "def killed(*a):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "atomic.os.replace = killed\n"
        "atomic.write_atomic(Path(sys.argv[1]), b'{}')\n"
    )
    from support import child_env

    target = tmp_path / "2026-03.json"
    done = subprocess.run([sys.executable, "-c", code, str(target)], env=child_env())
    assert done.returncode == -9
    [left] = [p for p in tmp_path.iterdir()]
    assert not target.exists() and left.name.startswith(".2026-03.json.")
    assert sweep_temp_files([tmp_path]) == []  # too fresh to be sure: kept for now
    then = time.time() - 120
    os.utime(left, (then, then))
    assert sweep_temp_files([tmp_path]) == [left]
