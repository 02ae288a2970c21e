"""Importing: Daylio CSV and Footholds JSON, previews, duplicates, malformed rows, round trips."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from checkin_data import TZ, at, fill, open_store
from footholds.core import export, import_daylio, importers
from footholds.core.store import Goal, InvalidEntry, LogEntry, SafetyPlan, Store

DATA = Path(__file__).parent / "data"
DAYLIO = DATA / "daylio_sample.csv"


def store_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_daylio_preview_counts_rows_and_names_malformed_lines(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    plan = importers.plan(store, DAYLIO, tz=TZ)
    assert plan.source == "daylio" and plan.counts() == {"log": 8}
    assert sum(plan.repeated.values()) == 1  # the last row repeats the first
    assert [(s.line, s.reason.split(" ")[1]) for s in plan.skipped] == [
        (9, "time"),
        (11, "date"),
        (13, "8"),
    ]
    text = "\n".join(plan.lines())
    assert "8 log entries to add" in text
    assert "line 9: the time '25:61' is not one I understand" in text
    assert "line 13: expected 8 columns, found 6" in text


def test_daylio_rows_become_log_entries(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    importers.apply(store, importers.plan(store, DAYLIO, tz=TZ))
    by_time = {r.at: r for r in store.all(LogEntry)}
    evening = by_time[datetime(2026, 3, 14, 23, 45, tzinfo=TZ)]
    assert evening.feelings == ["meh"]
    assert evening.wins == ["friends", "board games, with Ana"]  # a quoted comma stays inside
    assert evening.note == (
        "A long evening\nWe played two rounds.\nI laughed more than I expected.\n"
        "Home late, glad I went."
    )
    assert evening.source == "import"
    rainy = by_time[datetime(2026, 3, 14, 12, 15, tzinfo=TZ)]
    assert rainy.feelings == ["Meh-ish 🌧"]  # a custom mood keeps its own name
    assert rainy.note == "Rain all day.\nStill went out for bread."
    assert by_time[datetime(2026, 3, 11, 0, 0, tzinfo=TZ)].feelings == ["bad"]  # 12:00 am
    assert datetime(2026, 3, 9, 12, 30, tzinfo=TZ) in by_time  # 12:30 PM
    assert datetime(2026, 3, 13, 7, 0, tzinfo=TZ) in by_time  # a 24-hour time


def test_daylio_ids_are_stable_so_reimport_adds_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    first = importers.plan(store, DAYLIO, tz=TZ)
    added = importers.apply(store, first)
    assert added == {"log": 8} and store.count(LogEntry) == 8
    again = importers.plan(store, DAYLIO, tz=TZ)
    assert again.counts() == {} and sum(again.duplicates.values()) == 8
    assert "8 already in Footholds" in "\n".join(again.lines())
    assert importers.apply(store, again) == {} and store.count(LogEntry) == 8


def test_planning_changes_nothing(tmp_path: Path) -> None:
    store = fill(open_store(tmp_path))
    before = store_files(tmp_path / "store")
    importers.plan(store, DAYLIO, tz=TZ)
    store.close()
    assert store_files(tmp_path / "store") == before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8:30 pm", time(20, 30)),
        ("8:30 PM", time(20, 30)),
        ("8:30pm", time(20, 30)),
        ("8:30 p.m.", time(20, 30)),
        ("12:05 am", time(0, 5)),
        ("12:05 pm", time(12, 5)),
        ("20:30", time(20, 30)),
        ("07:00:15", time(7, 0, 15)),
    ],
)
def test_daylio_times(text: str, expected: time) -> None:
    assert import_daylio._time(text) == expected


@pytest.mark.parametrize("text", ["13:00 pm", "24:00", "8 pm", "8:30 p", "half past eight", ""])
def test_daylio_times_that_are_refused(text: str) -> None:
    with pytest.raises(InvalidEntry):
        import_daylio._time(text)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"hello, this is just a note\nnothing more\n", "not a file Footholds knows how to import"),
        (b"", "not a file Footholds knows how to import"),
        (b'{"format": "something-else", "records": {}}', "not a Footholds export"),
        (b'{"format": "footholds-export", "version": 99, "records": {}}', "newer Footholds"),
        (b'{"format": "footholds-export", "version": 1, "records": {', "damaged near line 1"),
        (b"\xff\xfe\x00garbage", "not a text file"),
        (b"PK\x03\x04rest-of-a-zip", "is a zip file"),
    ],
)
def test_unknown_or_malformed_files_get_a_clear_message(
    tmp_path: Path, raw: bytes, message: str
) -> None:
    path = tmp_path / "file.dat"
    path.write_bytes(raw)
    with pytest.raises(importers.ImportFailed, match=message):
        importers.plan(open_store(tmp_path), path)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(importers.ImportFailed, match="There is no file"):
        importers.plan(open_store(tmp_path), tmp_path / "nope.csv")


def test_json_export_round_trip_into_an_empty_store(tmp_path: Path) -> None:
    source = fill(open_store(tmp_path / "a"))
    buffer = io.StringIO()
    total = export.write_json(source, buffer)
    path = tmp_path / "export.json"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    target = open_store(tmp_path / "b")
    plan = importers.plan(target, path)
    assert plan.source == "footholds" and sum(plan.counts().values()) == total
    assert not plan.skipped
    importers.apply(target, plan)
    for model in source.kinds():
        mine = [r.to_dict() for r in source.all(model)]
        theirs = [r.to_dict() for r in target.all(model)]
        assert theirs == mine, model.KIND
    assert importers.plan(target, path).counts() == {}  # a second import adds nothing


def test_json_import_reports_bad_entries_and_keeps_the_rest(tmp_path: Path) -> None:
    good = LogEntry(id="ok1", at=at(3, 9), note="fine").clean().to_dict()
    newer = dict(LogEntry(id="ok2", at=at(3, 10), note="new").clean().to_dict(), mood_colour="x")
    bad = dict(good, id="bad1", energy=9)
    data = {
        "format": "footholds-export",
        "version": 1,
        "records": {"log": [good, bad, newer, good], "dreams": [{"id": "d"}]},
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    store = open_store(tmp_path)
    plan = importers.plan(store, path)
    assert plan.counts() == {"log": 2}
    importers.apply(store, plan)
    assert sorted(r.id for r in store.all(LogEntry)) == ["ok1", "ok2"]
    assert plan.repeated == {"log": 1}
    reasons = {s.where: s.reason for s in plan.skipped}
    assert reasons["log entry number 2"] == "Energy should be from 1 to 5."
    assert "not a kind this Footholds knows" in reasons["dreams"]
    assert any("details this version does not know" in line for line in plan.lines())


def test_entries_dated_ahead_are_left_out_under_their_own_heading(tmp_path: Path) -> None:
    now = datetime.now().astimezone()
    soon = now + timedelta(hours=20)  # another device's clock a little ahead: taken
    entries = [
        LogEntry(id="today", at=now, note="fine"),
        LogEntry(id="far", at=datetime(2150, 6, 1, 9, tzinfo=TZ), note="from 2150"),
        LogEntry(id="skew", at=soon, note="a clock ahead"),
        LogEntry(id="next-week", at=now + timedelta(days=7), note="too soon"),
    ]
    goal = Goal(id="g", title="walk", done_at=datetime(2150, 1, 1, tzinfo=TZ)).clean()
    data = {
        "format": export.FORMAT,
        "version": export.VERSION,
        "records": {"log": [e.clean().to_dict() for e in entries], "goal": [goal.to_dict()]},
    }
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    store = open_store(tmp_path)
    plan = importers.plan(store, path)
    assert plan.counts() == {"log": 2}
    lines = plan.lines()
    # they were read: not "could not be read", but why they wait, with their dates
    assert "  3 are dated ahead of today and will be left out:" in lines
    assert not any("could not be read" in line for line in lines)
    assert "    log entry number 2: 2150-06-01" in lines
    ahead = (now + timedelta(days=7)).date().isoformat()
    assert f"    log entry number 4: {ahead}" in lines
    assert "    micro-goal number 1: 2150-01-01" in lines
    importers.apply(store, plan)
    assert sorted(r.id for r in store.all(LogEntry)) == ["skew", "today"]
    assert store.count(Goal) == 0
    # the app's import of a file the command line previewed: a plan of its own, the same rule
    other = open_store(tmp_path / "other")
    fresh = importers.ImportPlan("", path.name, plan.digest, path=path)
    assert importers.apply(other, fresh) == {"log": 2}


def test_daylio_rows_dated_ahead_are_left_out_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2026-03-10,March 10,Tuesday,08:00,good,,,fine\n"
        "2150-03-11,March 11,Wednesday,08:00,good,,,from 2150\n",
        encoding="utf-8",
    )
    store = open_store(tmp_path)
    plan = importers.plan(store, path, tz=TZ)
    assert plan.counts() == {"log": 1}
    assert plan.lines()[-2:] == [
        "  1 is dated ahead of today and will be left out:",
        "    line 3: 2150-03-11",
    ]
    importers.apply(store, plan)
    assert [r.note for r in store.all(LogEntry)] == ["fine"]


def test_your_safety_plan_stays_as_it_is(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add(SafetyPlan(sections={"warning_signs": "mine"}))
    other = SafetyPlan(sections={"warning_signs": "theirs"}).clean().to_dict()
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps(
            {"format": "footholds-export", "version": 1, "records": {"safety_plan": [other]}}
        )
    )
    plan = importers.plan(store, path)
    assert plan.counts() == {} and plan.kept == {"safety_plan": 1}
    assert "your current safety plan stays as it is" in "\n".join(plan.lines())


def test_csv_export_is_a_zip_of_one_csv_per_kind(tmp_path: Path) -> None:
    import csv

    store = fill(open_store(tmp_path))
    raw = io.BytesIO()
    total = export.write_csv_zip(store, raw)
    with zipfile.ZipFile(raw) as zf:
        names = set(zf.namelist())
        assert names == {"README.txt", *(f"{m.KIND}.csv" for m in store.kinds())}
        rows = list(csv.reader(io.StringIO(zf.read("log.csv").decode("utf-8"), newline="")))
        counted = sum(len(zf.read(n).decode().splitlines()) > 0 for n in names)
    assert counted == len(names)
    header = rows[0]
    assert header[:3] == ["id", "at", "feelings"]
    assert len(rows) == 1 + store.count(LogEntry)
    first = dict(zip(header, rows[1], strict=True))
    assert json.loads(first["feelings"]) == ["tired", "heavy"] and first["energy"] == "2"
    note_row = next(dict(zip(header, r, strict=True)) for r in rows[1:] if "Sam" in r[5])
    assert note_row["note"] == "Texted Sam.\nIt was short." and note_row["energy"] == ""
    assert total == sum(store.count(m) for m in store.kinds())


def _validated_export(store: Store) -> list[dict[str, Any]]:
    return [r.to_dict() for model in store.kinds() for r in store.iter_records(model)]


def test_fast_export_reads_exactly_what_the_store_holds(tmp_path: Path) -> None:
    from footholds.core.store.dump import documents

    store = fill(open_store(tmp_path))
    store.add(LogEntry(at=at(1, 12), note="added later, filed earlier"))  # out of insertion order
    fast = [doc for model in store.kinds() for doc in documents(store, model)]
    assert fast == _validated_export(store)


def test_fast_export_sends_a_damaged_month_through_the_store(tmp_path: Path) -> None:
    from footholds.core.store.dump import documents

    fill(open_store(tmp_path)).close()
    (tmp_path / "store" / "log" / "2026-03.json").write_text("{ not json")
    fresh = open_store(tmp_path)
    assert list(documents(fresh, LogEntry)) == []  # set aside, no backup to bring back
    assert any("could not be read" in notice for notice in fresh.notices)
    assert list((tmp_path / "aside").iterdir())  # kept, never deleted
