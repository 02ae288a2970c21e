"""Import and restore read only regular files, within limits: /dev/zero, a FIFO and a zip bomb
are refused at once. A Daylio file with an unclosed quote is refused, naming the line. A big
Daylio file is read a row at a time, with progress, and saved a month file at a time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from checkin_data import TZ, open_store
from footholds.core import import_read, importers, safe_read
from footholds.core.store import LogEntry
from footholds.core.store.backup_check import BadBackup, check_backup
from support import child_env

posix = pytest.mark.skipif(os.name != "posix", reason="FIFOs and devices are POSIX")
HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


def daylio(path: Path, rows: int, *, note: str = "") -> Path:
    start = datetime(2026, 11, 30, 21, 0)
    with open(path, "w", newline="", encoding="utf-8") as out:
        out.write(HEADER)
        for n in range(rows):
            at = start - timedelta(minutes=97 * n)
            out.write(f"{at:%Y-%m-%d},x,y,{at:%H:%M},good,walk | tea,,{note or n}\n")
    return path


def footholds(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footholds", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=child_env(FOOTHOLDS_HOME=str(home)),
        stdin=subprocess.DEVNULL,
    )


# -- 10: only regular files, within limits ----------------------------------------------------


@posix
@pytest.mark.parametrize("command", ["import", "restore"])
def test_dev_zero_is_refused_at_once(tmp_path: Path, command: str) -> None:
    started = time.monotonic()
    done = footholds(tmp_path / "home", command, "/dev/zero")
    assert done.returncode == 1 and "/dev/zero is a device" in done.stderr
    assert "Traceback" not in done.stderr and time.monotonic() - started < 30


@posix
@pytest.mark.parametrize("command", ["import", "restore"])
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path, command: str) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    done = footholds(tmp_path / "home", command, str(fifo))  # would hang for ever if opened
    assert done.returncode == 1 and "is a pipe (FIFO)" in done.stderr


@posix
def test_the_check_is_made_again_on_what_was_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # swapped between the look and the open: the fstat after opening sees the FIFO
    real = tmp_path / "real.csv"
    real.write_text(HEADER)
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    looked = os.stat(real)
    monkeypatch.setattr(safe_read.os, "stat", lambda path: looked)
    with pytest.raises(safe_read.Refused, match="is a pipe"):
        safe_read.open_regular(fifo, 1000)


def test_sizes_are_checked_before_reading_and_while_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(safe_read.Refused, match="larger than anything Footholds writes"):
        safe_read.open_regular(big, 4000)
    monkeypatch.setattr(import_read, "MAX_BYTES", 4000)
    with pytest.raises(importers.ImportFailed, match="larger than anything"):
        importers.plan(open_store(tmp_path), big)
    # a file that grows after its size was checked is stopped at the limit
    with safe_read.open_regular(big, 5000) as file:
        file.raw.limit = 4096  # type: ignore[attr-defined]
        with pytest.raises(safe_read.Refused, match="grew"):
            file.read()


def zip_with(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = json.dumps({"format": "footholds-backup", "version": 1, "files": {}}).encode()
    ratio = zip_with(
        tmp_path / "r.zip", {"store/x": b"\0" * (8 << 20), "footholds-backup.json": manifest}
    )
    assert ratio.stat().st_size < 100_000
    with pytest.raises(BadBackup, match="packed far more tightly"):
        check_backup(ratio)
    many = {f"store/{n}": b"" for n in range(30)}
    monkeypatch.setattr("footholds.core.store.backup_check.MAX_MEMBERS", 20)
    with pytest.raises(BadBackup, match="holds 31 files"):
        check_backup(zip_with(tmp_path / "m.zip", {**many, "footholds-backup.json": manifest}))
    monkeypatch.setattr("footholds.core.store.backup_check.MAX_UNPACKED", 1000)
    with pytest.raises(BadBackup, match="would unpack to more than"):
        check_backup(
            zip_with(tmp_path / "t.zip", {"a": b"ab" * 600, "footholds-backup.json": manifest})
        )


def test_a_real_backup_still_restores(tmp_path: Path) -> None:
    from footholds.core.store.backups import make_backup

    store = open_store(tmp_path)
    store.add(LogEntry(note="kept"))
    made = make_backup(store.folder, tmp_path / "b.zip")
    assert check_backup(made) == {"log": 1}


# -- 12: an unclosed quote ----------------------------------------------------------------------


def test_an_unclosed_quote_is_refused_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    rows = [
        "2026-03-15,x,y,9:05 pm,rad,walk,,fine",
        '2026-03-14,x,y,8:00 pm,meh,walk,,"this note never ends',
        "2026-03-13,x,y,7:00 pm,good,walk,,later row one",
        "2026-03-12,x,y,6:00 pm,good,walk,,later row two",
    ]
    path.write_text(HEADER + "\n".join(rows) + "\n")
    with pytest.raises(importers.ImportFailed, match=r"Line 3 of daylio.csv opens a quote"):
        importers.plan(open_store(tmp_path), path)
    # closed again by a later quote: the rows between would fold into one note
    rows.append('2026-03-11,x,y,5:00 pm,good,walk,,"a quoted note"')
    path.write_text(HEADER + "\n".join(rows) + "\n")
    with pytest.raises(importers.ImportFailed, match=r"Line 3 .*never closed"):
        importers.plan(open_store(tmp_path), path)
    done = footholds(tmp_path / "home", "import", str(path))
    assert done.returncode == 1 and "Line 3 of daylio.csv opens a quote" in done.stderr


def test_an_unclosed_quote_on_the_last_line_counts_no_lines_after_it(tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    rows = ["2026-03-15,x,y,9:05 pm,rad,walk,,fine", '2026-03-14,x,y,8:00 pm,meh,walk,,"open']
    path.write_text(HEADER + "\n".join(rows) + "\n")
    with pytest.raises(importers.ImportFailed) as caught:
        importers.plan(open_store(tmp_path), path)
    said = str(caught.value)
    assert said.startswith("Line 3 of daylio.csv, its last line, opens a quote")
    assert "0 lines" not in said and "lines after" not in said
    assert caught.value.code == "import.open_quote_end"


def test_a_note_over_several_lines_is_still_one_note(tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    note = "two\nlines, and 2026-01-01 too\n2026-03-15, dentist at 10:30"
    path.write_text(HEADER + f'2026-03-14,x,y,8:00 pm,meh,walk,,"{note}"\n')
    plan = importers.plan(open_store(tmp_path), path, tz=TZ)
    assert plan.counts() == {"log": 1} and not plan.skipped


# -- 13: streamed, with progress, saved a file at a time ------------------------------------------


def test_a_big_file_is_saved_once_per_month_file_with_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = daylio(tmp_path / "big.csv", 12_000)  # about 27 months
    store = open_store(tmp_path)
    seen: list[tuple[int, float]] = []
    plan = importers.plan(store, path, progress=lambda rows, share: seen.append((rows, share)))
    assert plan.counts() == {"log": 12_000}
    assert [rows for rows, _ in seen] == [5_000, 10_000, -1]
    assert 0 < seen[0][1] < seen[1][1] < 1 == seen[-1][1]
    writes: list[Path] = []
    from footholds.core.store import storage

    real_write = storage.write_atomic
    monkeypatch.setattr(
        storage, "write_atomic", lambda p, *a, **k: (writes.append(p), real_write(p, *a, **k))
    )
    assert importers.apply(store, plan) == {"log": 12_000}
    months = store.months(LogEntry)
    assert len(writes) == len(months) == len(set(writes))  # one save per month file, not per row
    assert store.count(LogEntry) == 12_000
    again = importers.plan(store, path)
    assert again.counts() == {} and again.duplicates == {"log": 12_000}


def test_apply_refuses_a_file_changed_after_the_preview(tmp_path: Path) -> None:
    path = daylio(tmp_path / "d.csv", 10)
    store = open_store(tmp_path)
    plan = importers.plan(store, path)
    daylio(path, 11)
    with pytest.raises(importers.ImportFailed, match="changed after the preview"):
        importers.apply(store, plan)
    assert store.count(LogEntry) == 0


def test_the_terminal_shows_progress_on_a_big_import(tmp_path: Path) -> None:
    path = daylio(tmp_path / "big.csv", 50_000)
    done = footholds(tmp_path / "home", "import", "--yes", str(path))
    assert done.returncode == 0, done.stderr
    # not a terminal: one line every 50,000 rows, on stderr, and the summary on stdout
    assert "Reading the file: 50,000 rows" in done.stderr
    assert "Importing the file: 50,000 rows" in done.stderr
    assert "Imported 50000 log entries." in done.stdout.replace(",", "")


def test_memory_stays_bounded_on_a_big_file(tmp_path: Path) -> None:
    path = daylio(tmp_path / "big.csv", 60_000, note="x" * 400)  # ~27 MB
    code = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from footholds.core.store import Store\n"
        "from footholds.core import importers\n"
        "s = Store(Path(sys.argv[2]), aside_dir=Path(sys.argv[3]), durable=False); s.open()\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "plan = importers.plan(s, Path(sys.argv[1]))\n"
        "assert sum(plan.counts().values()) == 60000, plan.counts()\n"
        "print((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(tmp_path / "s"), str(tmp_path / "a")],
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(),
        check=True,
    )
    grown_mb = int(done.stdout.strip())
    # the old reader held the file, its text and every record: several times the file's size
    assert grown_mb < path.stat().st_size / (1 << 20), grown_mb


@pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset")
@pytest.mark.parametrize("zone", ["Europe/Madrid", "Australia/Lord_Howe", "America/St_Johns"])
def test_local_times_match_astimezone_across_clock_changes(
    monkeypatch: pytest.MonkeyPatch, zone: str
) -> None:
    # the offset is worked out once per day; on a day the clocks change each moment is asked
    # about on its own, so every row gets what astimezone() would give it
    from footholds.core import import_daylio

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    import_daylio._zone_on.cache_clear()
    try:
        for day in ("2025-03-30", "2025-10-26", "2025-04-06", "2025-10-05", "2025-11-02"):
            for minute in range(0, 24 * 60, 5):
                clock = f"{minute // 60}:{minute % 60:02d}"
                row = [day, clock, "good", "walk", "", "x"]
                got = import_daylio._entry(row, list(range(6)), 6, None, True).at
                naive = datetime.fromisoformat(f"{day}T{minute // 60:02d}:{minute % 60:02d}")
                expected = naive.astimezone()
                assert got.replace(tzinfo=None) == expected.replace(tzinfo=None), (day, clock)
                assert got.utcoffset() == expected.utcoffset(), (day, clock)
    finally:
        monkeypatch.undo()
        time.tzset()
        import_daylio._zone_on.cache_clear()


@posix
def test_on_a_terminal_the_progress_line_is_redrawn_then_cleared(tmp_path: Path) -> None:
    import pty

    path = daylio(tmp_path / "big.csv", 12_000)
    master, slave = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "footholds", "import", "--yes", str(path)],
            stdout=subprocess.PIPE,
            stderr=slave,
            stdin=subprocess.DEVNULL,
            env=child_env(FOOTHOLDS_HOME=str(tmp_path / "home")),
            timeout=120,
        )
        os.close(slave)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    assert done.returncode == 0
    assert b"\rReading the file: 5,000 rows" in shown and b"\rReading the file: 10,000" in shown
    assert b"\rImporting the file: 10,000 rows" in shown and shown.endswith(b"\r\x1b[K")
