"""Importing keeps every entry's words: an id shared by entries whose words differ, a note
with invisible characters, a note far longer than Footholds keeps."""

from __future__ import annotations

import json
from pathlib import Path

from checkin_data import TZ, at, open_store
from footholds.core import importers
from footholds.core.store import LogEntry
from footholds.core.store.validate import NOTE_LIMIT


def _export(path: Path, entries: list[LogEntry]) -> Path:
    records = [e.clean().to_dict() for e in entries]
    data = {"format": "footholds-export", "version": 1, "records": {"log": records}}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_entries_sharing_an_id_with_other_words_come_in_as_new_ones(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    store.add(LogEntry(id="mine", at=at(3, 8), note="my own words").clean())
    store.add(LogEntry(id="same", at=at(3, 9), note="the same").clean())
    path = _export(
        tmp_path / "export.json",
        [
            LogEntry(id="dup", at=at(3, 10), note="DUPNEW-A"),
            LogEntry(id="dup", at=at(3, 10), note="DUPNEW-B"),
            LogEntry(id="dup", at=at(3, 10), note="DUPNEW-A"),  # an exact repeat
            LogEntry(id="mine", at=at(3, 8), note="changed words"),
            LogEntry(id="same", at=at(3, 9), note="the same"),
        ],
    )
    plan = importers.plan(store, path)
    assert plan.counts() == {"log": 3}
    assert plan.repeated == {"log": 1} and plan.duplicates == {"log": 1}
    text = "\n".join(plan.lines())
    assert "2 share an id with another entry but have different words: added as new" in text
    assert "1 repeated in the file, taken once" in text
    importers.apply(store, plan)
    notes = sorted(r.note for r in store.all(LogEntry))
    assert notes == ["DUPNEW-A", "DUPNEW-B", "changed words", "my own words", "the same"]
    assert store.get(LogEntry, "mine") is not None
    assert store.get(LogEntry, "mine").note == "my own words"  # type: ignore[union-attr]
    again = importers.plan(store, path)  # the same file again adds nothing
    assert again.counts() == {} and not again.differs
    assert not any("different words" in line for line in again.lines())


def _daylio(path: Path, note: str) -> Path:
    head = "full_date,date,weekday,time,mood,activities,note_title,note\n"
    row = f'2026-03-10,March 10,Tuesday,9:30,good,walk | tea,,"{note}"\n'
    path.write_text(head + row, encoding="utf-8", newline="")
    return path


def test_invisible_characters_are_taken_out_and_the_row_kept(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    path = _daylio(tmp_path / "daylio.csv", "a calm\x07 morning\ufdd0\x1b")
    plan = importers.plan(store, path, tz=TZ)
    assert plan.counts() == {"log": 1} and not plan.skipped
    assert any("invisible characters were taken out of 1 entry" in x for x in plan.lines())
    importers.apply(store, plan)
    (entry,) = store.all(LogEntry)
    assert entry.note == "a calm morning" and entry.feelings == ["good"]
    assert entry.wins == ["walk", "tea"]


def test_a_note_longer_than_footholds_keeps_keeps_its_start(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    path = _daylio(tmp_path / "daylio.csv", "x" * 1_000_000)
    plan = importers.plan(store, path, tz=TZ)
    assert plan.counts() == {"log": 1} and not plan.skipped
    text = "\n".join(plan.lines())
    assert "1 note was longer than Footholds keeps: its start was kept" in text
    importers.apply(store, plan)
    (entry,) = store.all(LogEntry)
    assert entry.note == "x" * NOTE_LIMIT and entry.wins == ["walk", "tea"]
    again = "\n".join(plan.after(whole=True).lines())  # what the window shows after
    assert "nothing new to add" in again and "longer than Footholds keeps" not in again


def test_invisible_characters_in_a_footholds_export_are_taken_out(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    entry = LogEntry(id="a", at=at(3, 10), note="ok", feelings=["calm"]).clean().to_dict()
    entry.update(note="line one\r\nline two\x00\ufffe", feelings=["ca\x1blm"])
    data = {"format": "footholds-export", "version": 1, "records": {"log": [entry]}}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    plan = importers.plan(store, path)
    assert plan.counts() == {"log": 1} and not plan.skipped and plan.tidied == 1
    importers.apply(store, plan)
    (kept,) = store.all(LogEntry)
    assert kept.note == "line one\nline two" and kept.feelings == ["calm"]


def test_a_windows_line_break_is_no_invisible_character(tmp_path: Path) -> None:
    store = open_store(tmp_path)
    path = _daylio(tmp_path / "daylio.csv", "first line\r\nsecond line")
    plan = importers.plan(store, path, tz=TZ)
    assert plan.counts() == {"log": 1} and plan.tidied == 0
    importers.apply(store, plan)
    assert [e.note for e in store.all(LogEntry)] == ["first line\nsecond line"]
