"""Recovery merges, never replaces: what a damaged file still holds joins what the newest backup
holds, the person hears how many came back and how many could not, and a recovery that found
the backups unreadable looks again on the next open."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from footholds.core.store import Goal, LogEntry, Store, ThoughtLog
from footholds.core.store.backups import Backups
from footholds.core.store.recovery import salvage

MARCH = datetime(2026, 3, 1, 9, tzinfo=UTC)
MONTH = "log/2026-03.json"
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def make(root: Path, finder: object = None) -> Store:
    store = Store(root / "store", aside_dir=root / "aside", find_in_backups=finder)  # type: ignore[arg-type]
    store.open()
    return store


def write_entries(store: Store, first: int, n: int) -> list[str]:
    return [
        store.add(LogEntry(note=f"entry {i}", at=MARCH.replace(day=1 + i))).id
        for i in range(first, first + n)
    ]


def backed_up_then_more(root: Path) -> tuple[Backups, list[str], list[str]]:
    """Three entries in a backup, then three more written after it."""
    backups = Backups(root / "backups", root / "store", root / "aside")
    store = make(root)
    old = write_entries(store, 0, 3)
    backups.create("daily")
    new = write_entries(store, 3, 3)
    store.close()
    return backups, old, new


def entry_span(raw: bytes, note: str) -> tuple[int, int]:
    """Where the stored entry with this note starts and ends in the file's bytes."""
    at = raw.index(f'"note":"{note}"'.encode())
    start = raw.rindex(b'{"id"', 0, at)
    return start, raw.index(b"}", at) + 1


def test_a_damaged_stretch_loses_only_the_entry_it_is_in(tmp_path: Path) -> None:
    backups, _old, _new = backed_up_then_more(tmp_path)
    path = tmp_path / "store" / MONTH
    raw = path.read_bytes()
    start, _end = entry_span(raw, "entry 4")  # written after the backup: in no backup
    bad = raw[: start + 10] + b"\x00\xff garbage \x80" + raw[start + 25 :]
    path.write_bytes(bad)

    store = make(tmp_path, backups.find_part)
    notes = [e.note for e in store.all(LogEntry)]
    # every whole entry after the damaged stretch is kept too, not only the prefix
    assert notes == ["entry 0", "entry 1", "entry 2", "entry 3", "entry 5"]
    (message,) = store.notices
    assert message.startswith(
        "Part of your log for March 2026 could not be read: its file was damaged. "
    )
    assert "5 entries came back from the file itself. 1 entry could not be brought back." in (
        message
    )
    aside = list((tmp_path / "aside").iterdir())
    assert [p.read_bytes() for p in aside] == [bad]


@pytest.mark.parametrize("note", ["entry 1", "entry 4"], ids=["backed-up", "not-backed-up"])
def test_an_entry_overwritten_from_its_beginning_is_told_as_the_backup_has_it(
    tmp_path: Path, note: str
) -> None:
    """Zeros over an entry's id and time: it came back when the backup has it (it was told
    as lost all the same), and is told as lost when no backup has it (it was told "Nothing
    seems to be missing")."""
    backups, _old, _new = backed_up_then_more(tmp_path)
    path = tmp_path / "store" / MONTH
    raw = path.read_bytes()
    start, _end = entry_span(raw, note)
    path.write_bytes(raw[:start] + bytes(70) + raw[start + 70 :])

    store = make(tmp_path, backups.find_part)
    notes = [e.note for e in store.all(LogEntry)]
    (message,) = store.notices
    if note == "entry 1":
        assert len(notes) == 6
        assert "6 entries came back: 5 from the file itself and 1 from your latest backup." in (
            message
        )
        assert "could not be brought back" not in message
    else:
        assert note not in notes and len(notes) == 5
        assert "1 entry could not be brought back." in message
        assert "Nothing seems to be missing" not in message


def test_a_cut_entry_comes_back_from_the_backup_when_it_has_it(tmp_path: Path) -> None:
    backups, old, _new = backed_up_then_more(tmp_path)
    path = tmp_path / "store" / MONTH
    raw = path.read_bytes()
    start, _ = entry_span(raw, "entry 2")
    path.write_bytes(raw[: start + 30])  # a torn write, cut inside entry 2

    store = make(tmp_path, backups.find_part)
    assert [e.id for e in store.all(LogEntry)] == old  # 0 and 1 from the file, 2 from the backup
    (message,) = store.notices
    assert "3 entries came back: 2 from the file itself and 1 from your latest backup." in message
    assert "could not be brought back" not in message  # the cut entry came back


def test_a_file_cut_in_half_never_claims_a_small_exact_loss(tmp_path: Path) -> None:
    """Cut half-way, the file says nothing of the entries after the cut: saying "1 entry
    could not be brought back" when about half were lost would be false comfort."""
    store = make(tmp_path)
    for i in range(243):
        store.add(ThoughtLog(thought=f"thought {i}", at=MARCH))
    store.close()
    path = tmp_path / "store" / "thought.json"
    with path.open("r+b") as cut:
        cut.truncate(path.stat().st_size // 2)

    store = make(tmp_path)
    kept = len(store.all(ThoughtLog))
    (message,) = store.notices
    assert 100 < kept < 243
    assert f"{kept} entries came back from the file itself." in message
    assert "could not be brought back" not in message
    assert "What was written last may be missing." in message


def test_a_cut_file_with_a_backup_still_says_how_many_came_from_it(tmp_path: Path) -> None:
    backups, _old, _new = backed_up_then_more(tmp_path)
    path = tmp_path / "store" / MONTH
    raw = path.read_bytes()
    start, _ = entry_span(raw, "entry 1")
    path.write_bytes(raw[: start + 30])  # cut inside entry 1: 2 and 3 to 5 are after it

    store = make(tmp_path, backups.find_part)
    assert [e.note for e in store.all(LogEntry)] == ["entry 0", "entry 1", "entry 2"]
    (message,) = store.notices
    assert "3 entries came back: 1 from the file itself and 2 from your latest backup." in message
    assert "the end of its file was missing. 3 entries came back" in message
    assert "could not be brought back" not in message


def test_damage_inside_a_cut_file_is_still_counted() -> None:
    """What was lost before the cut is known and told; only what followed it is not."""
    entries = [LogEntry(note=f"n{i}", at=MARCH).to_dict() for i in range(4)]
    entries[1]["energy"] = "lots"  # unreadable, in the middle
    whole = json.dumps({"log": {str(i): e for i, e in enumerate(entries)}}).encode()
    found = salvage(whole[: whole.index(b'"n3"')], "log")
    assert found.cut_off
    assert [r.note for r in found.records.values()] == ["n0", "n2"]  # type: ignore[attr-defined]
    assert found.unreadable == 1 and found.lost_ids == {entries[1]["id"]}
    # damaged in the middle but whole to its end: not cut off, and the count stays exact
    found = salvage(whole.replace(b'"n2", ', b'"n2" \x00\xff '), "log")
    assert not found.cut_off and found.unreadable == 2


def test_an_entry_whose_id_and_time_were_overwritten_is_still_counted() -> None:
    """Zeros over an entry's beginning take its id and its time: what is left of it between
    two whole entries still shows one was there. It was told "Nothing seems to be missing"."""
    entries = [LogEntry(note=f"n{i}", at=MARCH).to_dict() for i in range(3)]
    table = {"log": {str(i): e for i, e in enumerate(entries, 1)}, "_meta": {"1": {"schema": 1}}}
    whole = json.dumps(table, separators=(",", ":")).encode()
    start = whole.index(b'{"id":"' + str(entries[1]["id"]).encode())
    end = whole.index(b'"at":"', start) + 12
    found = salvage(whole[:start] + bytes(end - start) + whole[end:], "log")
    assert [r.note for r in found.records.values()] == ["n0", "n2"]  # type: ignore[attr-defined]
    assert found.unreadable == 1 and not found.cut_off
    assert salvage(whole, "log").unreadable == 0  # a whole file's frame is not an entry


def test_salvage_reads_any_shape_and_counts_what_it_cannot() -> None:
    good = LogEntry(note="kept", at=MARCH).to_dict()
    broken = {**LogEntry(note="x", at=MARCH).to_dict(), "energy": "lots"}
    raw = json.dumps({"log": [good, broken], "other": {"deep": [good]}}).encode()
    found = salvage(raw, "log")
    assert list(found.records) == [good["id"]]
    assert found.unreadable == 1 and found.lost_ids == {broken["id"]}
    assert salvage(b"\x00\xff not json at all", "log").records == {}
    assert salvage(b"[" * 100_000, "log").unreadable == 0  # deep nesting: no RecursionError


def test_a_broken_goal_counts_once_however_many_steps_it_has() -> None:
    """A goal's steps begin with an id as entries do; they are not entries of their own."""
    steps = [{"id": f"step{i}", "text": f"step {i}", "done_at": ""} for i in range(3)]
    good = Goal(title="kept", steps=steps[:1], at=MARCH).to_dict()
    broken = {**Goal(title="x", steps=steps, at=MARCH).to_dict(), "title": ""}
    cut = Goal(title="cut off", at=MARCH).to_dict()
    whole = json.dumps({"goal": {"1": broken, "2": good, "3": cut}}).encode()
    raw = whole[: whole.index(b'"cut off"')]  # the file ends inside the third goal
    found = salvage(raw, "goal")
    assert list(found.records) == [good["id"]]
    # the cut goal is in what the cut took, told as a whole rather than counted
    assert found.cut_off
    assert found.unreadable == 1 and found.lost_ids == {broken["id"]}


class FlakyBackups:
    """Backups that cannot be read until `readable` is set."""

    def __init__(self, backups: Backups) -> None:
        self.backups, self.readable = backups, False

    def __call__(self, relative: str) -> bytes | None:
        if not self.readable:
            raise PermissionError(errno.EACCES, "Permission denied")
        return self.backups.find_part(relative)


def test_unreadable_backups_are_tried_again_on_the_next_open(tmp_path: Path) -> None:
    backups, _old, _new = backed_up_then_more(tmp_path)
    path = tmp_path / "store" / MONTH
    path.write_bytes(b"\x00\x01 this month was overwritten")
    finder = FlakyBackups(backups)

    store = make(tmp_path, finder)
    assert store.all(LogEntry) == []
    (message,) = store.notices
    assert "Your backups could not be read just now; Footholds will look in them again" in message
    assert "No backup had a copy" not in message  # they could not be asked
    store.add(LogEntry(note="written meanwhile", at=MARCH.replace(day=20)))
    store.close()

    again = make(tmp_path, finder)  # still unreadable: still waiting, nothing lost
    assert [e.note for e in again.all(LogEntry)] == ["written meanwhile"]
    again.close()

    finder.readable = True
    later = make(tmp_path, finder)
    assert [e.note for e in later.all(LogEntry)] == [
        "entry 0",
        "entry 1",
        "entry 2",
        "written meanwhile",
    ]
    (told,) = later.notices
    assert told.startswith("Your backups could be read again: 3 entries came back")
    later.close()
    quiet = make(tmp_path, finder)  # the wait is over: nothing more to say
    assert quiet.count(LogEntry) == 4 and quiet.notices == []


def test_find_part_says_when_the_backups_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups, _, _ = backed_up_then_more(tmp_path)
    assert backups.find_part(MONTH) is not None
    real = os.listdir

    def refuse(folder: Any) -> list[str]:
        if Path(str(folder)) == backups.folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(folder))
        return real(folder)

    monkeypatch.setattr(os, "listdir", refuse)
    with pytest.raises(PermissionError):
        backups.find_part(MONTH)
    monkeypatch.undo()

    def unopenable(*_a: object, **_k: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("zipfile.ZipFile", unopenable)
    with pytest.raises(PermissionError):
        backups.find_part(MONTH)


def test_a_restore_ends_the_wait_for_the_store_it_replaced(tmp_path: Path) -> None:
    backups, _, _ = backed_up_then_more(tmp_path)
    older = backups.create("manual", tmp_path / "older.zip")
    (tmp_path / "store" / MONTH).write_bytes(b"\x00 damaged")
    finder = FlakyBackups(backups)
    store = make(tmp_path, finder)
    assert store.all(LogEntry) == []  # waiting for the backups
    store.close()
    waiting = tmp_path / "aside" / "waiting-for-backups.json"
    assert json.loads(waiting.read_bytes()) == {MONTH: None}
    backups.restore(older)
    # the wait was for the store now set aside: looking in the backups for it later would
    # mix their entries into the restored month
    assert not waiting.exists()
    finder.readable = True
    store = make(tmp_path, finder)
    assert [e.note for e in store.all(LogEntry)] == [f"entry {i}" for i in range(6)]
    assert store.notices == []


NOTES = st.text(
    alphabet=st.characters(blacklist_categories=["Cs", "Cc"]) | st.sampled_from('\n\t{}"\\'),
    min_size=1,
    max_size=40,
).filter(str.strip)  # an entry with nothing in it is not saved


@SETTINGS
@given(
    notes=st.lists(NOTES, min_size=1, max_size=8),
    start=st.floats(0, 1),
    length=st.integers(0, 60),
    junk=st.binary(max_size=60),
)
# found by this test: the stretch cut took the end of one entry and the key of the next, so the
# next, whole, was read as the broken one's "part" and lost with it
@example(
    notes=["00000", "0000000\xa0\xa0\xa0\xa0\xa0\xa0\u0800", "0"],
    start=0.6171875,
    length=29,
    junk=b"",
)
def test_salvage_keeps_every_untouched_entry_and_invents_nothing(
    notes: list[str], start: float, length: int, junk: bytes
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "store", aside_dir=Path(folder) / "aside")
        store.open()
        written = [
            store.add(LogEntry(note=note, at=MARCH.replace(day=1 + i)))
            for i, note in enumerate(notes)
        ]
        store.close()
        raw = (Path(folder) / "store" / MONTH).read_bytes()
    cut = int(start * len(raw))
    damaged = raw[:cut] + junk + raw[cut + length :]  # a damaged stretch, or a cut at the end
    found = salvage(damaged, "log")
    originals = {e.id: e.to_dict() for e in written}
    touched = 0
    for entry in written:  # every entry the damage did not touch comes back as it was
        stored = json.dumps(entry.to_dict(), ensure_ascii=False, separators=(",", ":")).encode()
        at = raw.index(stored)
        if at + len(stored) <= cut or at >= cut + length:
            assert found.records[entry.id].to_dict() == originals[entry.id]
        else:
            touched += 1
    # nothing is invented: an entry that differs from every original can only be one the damage
    # went through and left still valid (a byte gone from a note or an id)
    changed = [r for r in found.records.values() if originals.get(r.id) != r.to_dict()]
    assert len(changed) <= touched
