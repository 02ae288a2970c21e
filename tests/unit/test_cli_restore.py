"""`footholds restore FILE [--yes]`: the whole backup is checked first (a newer schema is refused
and nothing changes); then what would be replaced is shown and the person is asked, as import
does; without a terminal it restores only with --yes."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import zipfile
from pathlib import Path

from footholds.core.paths import Paths
from footholds.core.store import Affirmation, LogEntry, Proof, Store
from footholds.core.store.backups import Backups
from support import child_env, person_day


def footholds(*args: str, answer: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command line; with `answer`, standard input is a terminal that types it."""
    if answer is None:
        return subprocess.run(
            [sys.executable, "-m", "footholds", *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=child_env(),
            timeout=60,
        )
    controller, terminal = pty.openpty()
    try:
        os.write(controller, answer)
        return subprocess.run(
            [sys.executable, "-m", "footholds", *args],
            stdin=terminal,
            capture_output=True,
            text=True,
            env=child_env(),
            timeout=60,
        )
    finally:
        os.close(controller)
        os.close(terminal)


def journal() -> list[str]:
    paths = Paths.from_env()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    try:
        return [e.note for e in store.all(LogEntry)]
    finally:
        store.close()


def empty_backup_then_two_entries(tmp_path: Path) -> Path:
    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    store.close()
    empty = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir).create(
        "manual", tmp_path / "empty.zip"
    )
    for note in ("first", "second"):
        assert footholds("log", note).returncode == 0
    return empty


def test_an_empty_backup_is_not_restored_without_a_yes(tmp_path: Path) -> None:
    empty = empty_backup_then_two_entries(tmp_path)
    result = footholds("restore", str(empty))
    assert result.returncode == 1
    assert "Now in Footholds: 2 entries (log 2)" in result.stdout
    assert "In the backup:    no entries" in result.stdout
    assert "after restoring, Footholds would be empty" in result.stdout
    assert "nothing was restored" in result.stderr and "--yes" in result.stderr
    assert journal() == ["first", "second"]


def test_what_is_now_and_what_the_backup_holds_list_kinds_in_one_order(tmp_path: Path) -> None:
    paths = Paths.from_env()
    paths.ensure()
    store = Store(paths.store_dir, aside_dir=paths.aside_dir)
    store.open()
    store.add(Affirmation(text="I am allowed to rest"))
    store.add(Proof(day=person_day(), text="I got up"))
    store.add(LogEntry(note="a note"))
    store.close()
    same = Backups(paths.backup_dir, paths.store_dir, paths.aside_dir).create(
        "manual", tmp_path / "same.zip"
    )
    result = footholds("restore", str(same))
    # the two lines read side by side: the backup's came in another order (by name)
    assert "Now in Footholds: 3 entries (log 1, proof 1, affirmation 1)" in result.stdout
    assert "In the backup:    3 entries (log 1, proof 1, affirmation 1)" in result.stdout


def test_the_person_is_asked_and_no_keeps_everything(tmp_path: Path) -> None:
    empty = empty_backup_then_two_entries(tmp_path)
    declined = footholds("restore", str(empty), answer=b"n\n")
    assert declined.returncode == 0, declined.stderr
    assert "Restore this backup? [y/N]" in declined.stdout
    assert "Nothing was changed." in declined.stdout
    assert journal() == ["first", "second"]

    accepted = footholds("restore", str(empty), answer=b"y\n")
    assert accepted.returncode == 0, accepted.stderr
    assert "Restored 0 entries. Your data from before is kept in" in accepted.stdout
    assert journal() == []


def test_yes_restores_after_showing_what_it_replaces(tmp_path: Path) -> None:
    empty = empty_backup_then_two_entries(tmp_path)
    result = footholds("restore", str(empty), "--yes")
    assert result.returncode == 0, result.stderr
    assert "Now in Footholds: 2 entries (log 2)" in result.stdout
    # says where the newer entries go, as the window's question does
    assert (
        f"entries written since {empty.name} was made will be in that new backup, not in "
        "Footholds." in " ".join(result.stdout.split())
    )
    assert journal() == []
    safety = next(Paths.from_env().backup_dir.glob("footholds-before-restore-*.zip"))
    assert footholds("restore", str(safety), "--yes").returncode == 0  # and back again
    assert journal() == ["first", "second"]


def test_a_backup_from_a_newer_footholds_is_refused_before_anything(tmp_path: Path) -> None:
    empty = empty_backup_then_two_entries(tmp_path)
    newer = tmp_path / "newer.zip"
    with zipfile.ZipFile(empty) as source, zipfile.ZipFile(newer, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, b'{"schema": 99}' if name == "store/meta.json" else data)
    paths = Paths.from_env()
    before = sorted(p.relative_to(paths.data_dir) for p in paths.data_dir.rglob("*"))

    result = footholds("restore", str(newer), "--yes")
    assert result.returncode == 1
    assert "made by a newer version of Footholds" in result.stderr
    assert "Nothing was changed." in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.relative_to(paths.data_dir) for p in paths.data_dir.rglob("*")) == before
    # not locked out: logging, export and a backup all still work
    assert footholds("log", "third").returncode == 0
    assert footholds("export", "--format", "json").returncode == 0
    assert footholds("backup").returncode == 0
    assert journal() == ["first", "second", "third"]


def test_a_recovery_done_by_the_command_line_is_told_there(tmp_path: Path) -> None:
    """Without the app, `footholds log` opens the store itself: what recovery brought back is
    said on standard error instead of being lost."""
    assert footholds("log", "before the backup").returncode == 0
    assert footholds("backup").returncode == 0
    assert footholds("log", "after the backup").returncode == 0
    month = next(Paths.from_env().store_dir.glob("log/*.json"))
    raw = month.read_bytes()
    month.write_bytes(raw[: raw.rindex(b'"note"') + 12])  # torn inside the newest entry
    result = footholds("log", "third")
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("footholds: Part of your log for ")
    assert result.stderr.count("could not be read") == 1  # told once, in full
    assert "1 entry came back from the file itself. What was written last may be missing." in (
        result.stderr
    )
    assert journal() == ["before the backup", "third"]
