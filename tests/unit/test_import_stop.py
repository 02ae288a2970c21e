"""An import asked to stop part-way (the window's Cancel): it stops between two files, each
saved whole, keeps what came in, and the same file again adds exactly the rest. Reading a
file for its preview stops too, changing nothing."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from checkin_data import open_store
from footholds.core import export, import_pace, importers
from footholds.core.store import LogEntry

ROWS = 6_000  # about fourteen months: fourteen month files


def daylio(path: Path, rows: int = ROWS) -> Path:
    start = datetime(2026, 11, 30, 21, 0)
    lines = [
        f"{start - timedelta(minutes=97 * n):%Y-%m-%d,x,y,%H:%M},good,walk,,{n}"
        for n in range(rows)
    ]
    path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n")
    with path.open("a") as file:
        file.write("\n".join(lines) + "\n")
    return path


def stop_after(asks: int) -> tuple[importers.Stop, list[int]]:
    """A stop that says yes from its `asks`-th ask on; the list counts the asks."""
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) >= asks

    return stop, asked


def test_a_stopped_import_keeps_whole_files_and_the_same_file_adds_the_rest(
    tmp_path: Path,
) -> None:
    source = daylio(tmp_path / "d.csv")
    store = open_store(tmp_path)
    plan = importers.plan(store, source)
    # asked for the megabyte hashed, six times reading, once at its end, six times checking,
    # then before each file: two files are saved
    stop, asked = stop_after(17)
    added = importers.apply(store, plan, stop=stop)
    assert plan.stopped and len(asked) == 17  # not asked again once it said yes
    kept = sum(added.values())
    assert 0 < kept < ROWS
    folder = store.folder
    store.close()
    again = open_store(tmp_path)  # what is on disk: whole month files, nothing pending
    assert again.folder == folder and again.count(LogEntry) == kept
    assert not (folder.parent / "import-running.json").exists()
    rest = importers.plan(again, source)
    assert sum(rest.duplicates.values()) == kept and sum(rest.new.values()) == ROWS - kept
    importers.apply(again, rest)
    assert again.count(LogEntry) == ROWS and not rest.stopped


def test_a_stop_while_a_json_export_is_parsed_changes_nothing(tmp_path: Path) -> None:
    side = open_store(tmp_path / "side")
    importers.apply(side, importers.plan(side, daylio(tmp_path / "d.csv")))
    with (tmp_path / "export.json").open("w") as out:
        export.write_json(side, out)
    side.close()
    store = open_store(tmp_path / "mine")
    plan = importers.plan(store, tmp_path / "export.json")
    assert sum(plan.new.values()) == ROWS
    stop, _ = stop_after(1)  # on the first ask: the first megabyte of the file read
    importers.apply(store, plan, stop=stop)
    assert plan.stopped and store.count(LogEntry) == 0 and not plan.added
    # asked while the objects are parsed, not only once the parse is done
    parsed: list[int] = []

    def counting() -> bool:
        parsed.append(1)
        return False

    import_pace.parse(json.dumps([{"n": n} for n in range(5_000)]), counting)
    assert len(parsed) == 5


def test_a_stopped_preview_is_left_unfinished(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    stop, _ = stop_after(2)
    plan = importers.plan(store, daylio(tmp_path / "d.csv"), stop=stop)
    assert plan.stopped and sum(plan.new.values()) < ROWS
    assert store.count(LogEntry) == 0
