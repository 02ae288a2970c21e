"""A session's later fields travel through export and import, and old exports still import."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

from footholds.core import export, importers
from footholds.core.store import Session, Store


def open_store(folder: Path) -> Store:
    store = Store(folder / "store", aside_dir=folder / "aside")
    store.open()
    return store


FULL = Session(
    day="2026-12-01",
    time="17:00",
    minutes=60,
    every="2w",
    therapist="Ana",
    notes=[{"day": "2026-12-01", "talk": "Sleep", "remember": "Go slow", "try": "A walk"}],
    cancelled=["2026-12-29"],
    moved={"2026-12-15": "2026-12-16 09:30"},
    offered=["before:2026-12-01", "after:2026-12-01"],
)


def test_json_export_and_import_carry_every_session_field(tmp_path: Path) -> None:
    source = open_store(tmp_path / "a")
    source.add(FULL)
    buffer = io.StringIO()
    export.write_json(source, buffer)
    [written] = json.loads(buffer.getvalue())["records"]["session"]
    assert written["moved"] == {"2026-12-15": "2026-12-16 09:30"} and written["every"] == "2w"
    path = tmp_path / "export.json"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    target = open_store(tmp_path / "b")
    importers.apply(target, importers.plan(target, path))
    assert [s.to_dict() for s in target.all(Session)] == [FULL.to_dict()]


def test_an_export_from_before_sessions_had_times_still_imports(tmp_path: Path) -> None:
    old = {"id": "s1", "at": "2026-03-02T08:00:00+01:00", "day": "2026-03-02", "talk_about": "x"}
    data = {"format": "footholds-export", "version": 1, "records": {"session": [old]}}
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    store = open_store(tmp_path / "s")
    importers.apply(store, importers.plan(store, path))
    [session] = store.all(Session)
    assert (session.day, session.time, session.every, session.minutes) == ("2026-03-02", "", "", 50)


def test_csv_export_has_a_column_for_each_new_field(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add(FULL)
    out = io.BytesIO()
    export.write_csv_zip(store, out)
    with zipfile.ZipFile(out) as zf:
        rows = list(csv.DictReader(io.TextIOWrapper(zf.open("session.csv"), encoding="utf-8")))
    assert rows[0]["time"] == "17:00" and rows[0]["therapist"] == "Ana"
    assert json.loads(rows[0]["notes"])[0]["try"] == "A walk"
