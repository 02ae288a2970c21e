"""Entries kept in memory after a failed save survive quitting (issue 15, defect 2): they go to
an unsaved-entries file elsewhere and are merged into the store at the next start, once."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import stat
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from footholds.core.paths import Paths
from footholds.core.store import LogEntry, Proof, Store, StoreWriteError, pending, storage
from support import person_day, present

MARCH = datetime(2026, 3, 10, 9, tzinfo=UTC)


def places(root: Path) -> tuple[Path, ...]:
    return (root / "state" / "unsaved-entries.json", root / "config" / "unsaved-entries.json")


def new_store(root: Path) -> Store:
    store = Store(root / "store", aside_dir=root / "aside", unsaved_files=places(root))
    store.open()
    return store


def started(root: Path) -> Store:
    """A store opened as the app opens it: unsaved entries from before are merged."""
    store = new_store(root)
    pending.merge(store)
    return store


def refuse_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's own folder can't be written (a full disk there); other folders can."""

    def full(path: Path, data: bytes, *, durable: bool = True, sync_dir: bool = True) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(storage, "write_atomic", full)


def block(path: Path) -> None:
    """A file where a folder should be: nothing can be written under `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("in the way")


def test_closing_keeps_what_could_not_be_saved_and_the_next_start_merges_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = started(tmp_path)
    kept = store.add(Proof(day=person_day(), text="saved before"))
    changed = store.add(Proof(day=person_day(), text="to be changed"))
    gone = store.add(Proof(day=person_day(), text="to be removed"))
    old = store.add(LogEntry(note="saved in March", at=MARCH))
    refuse_writes(monkeypatch)
    unsaved = [LogEntry(note=f"month {m}", at=MARCH.replace(month=m)) for m in (3, 4)]
    for entry in unsaved:
        with pytest.raises(StoreWriteError, match="kept safely in memory"):
            store.add(entry)
    with pytest.raises(StoreWriteError):
        store.update(dataclasses.replace(changed, text="changed while the disk was full"))
    with pytest.raises(StoreWriteError):
        store.remove(gone)
    assert store.pending() == 3

    store.close()  # does not raise: nothing is lost
    kept_file = places(tmp_path)[0]
    assert kept_file.exists() and not places(tmp_path)[1].exists()
    if os.name == "posix":
        assert stat.S_IMODE(kept_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(kept_file.parent.stat().st_mode) == 0o700
    data = json.loads(kept_file.read_bytes())
    assert data["format"] == "footholds-unsaved"
    # only what the disk lacks: the two new entries, the change, the removal
    expected = [("log", e.id) for e in unsaved] + [("proof", changed.id), ("proof", gone.id)]
    assert sorted((c["kind"], c["id"]) for c in data["changes"]) == sorted(expected)

    monkeypatch.undo()  # writing works again
    again = started(tmp_path)
    assert not kept_file.exists()  # durably merged, so the file is gone
    assert {e.id for e in again.all(LogEntry)} == {old.id, *(e.id for e in unsaved)}
    assert sorted(p.text for p in again.all(Proof)) == [
        "changed while the disk was full",
        "saved before",
    ]
    assert again.get(Proof, kept.id) is not None
    again.close()
    # and it is on disk, not only in memory
    assert new_store(tmp_path).count(LogEntry) == 3


def test_merging_twice_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    entry = LogEntry(note="kept", at=MARCH)
    with pytest.raises(StoreWriteError):
        store.add(entry)
    store.close()
    copy = places(tmp_path)[0].read_bytes()
    monkeypatch.undo()
    first = started(tmp_path)
    first.close()
    # a kill after the merge was saved but before the file was deleted: it is still there
    places(tmp_path)[0].write_bytes(copy)
    second = new_store(tmp_path)
    assert pending.merge(second) == 0
    assert [e.id for e in second.all(LogEntry)] == [entry.id]  # no duplicate
    assert not places(tmp_path)[0].exists()


def test_the_next_place_is_used_when_the_first_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    block(tmp_path / "state")
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    entry = LogEntry(note="kept", at=MARCH)
    with pytest.raises(StoreWriteError):
        store.add(entry)
    assert pending.keep(store) == places(tmp_path)[1]
    store.close()
    monkeypatch.undo()
    assert started(tmp_path).get(LogEntry, entry.id) is not None
    assert not places(tmp_path)[1].exists()


def test_when_nothing_can_be_written_quitting_is_refused_and_nothing_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    block(tmp_path / "state")
    block(tmp_path / "config")
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    entry = LogEntry(note="kept", at=MARCH)
    with pytest.raises(StoreWriteError):
        store.add(entry)
    with pytest.raises(StoreWriteError) as caught:
        pending.keep(store)
    assert "can't be saved anywhere" in str(caught.value)
    assert "staying open" in str(caught.value)
    with pytest.raises(StoreWriteError, match="will be lost"):
        store.close()
    assert store.get(LogEntry, entry.id) is entry  # still open, still holding it
    monkeypatch.undo()
    store.close()
    assert new_store(tmp_path).get(LogEntry, entry.id) is not None


def test_the_file_stays_until_the_merge_is_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    entry = LogEntry(note="kept", at=MARCH)
    with pytest.raises(StoreWriteError):
        store.add(entry)
    store.close()
    # next start, and the store's folder still can't be written
    again = started(tmp_path)
    assert again.get(LogEntry, entry.id) is not None and again.pending() == 1
    assert places(tmp_path)[0].exists()
    monkeypatch.undo()
    assert again.retry_pending()
    assert not places(tmp_path)[0].exists()
    assert new_store(tmp_path).get(LogEntry, entry.id) is not None


def test_a_kept_file_goes_once_the_store_saves_it_so_later_edits_are_not_undone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The session asked to save (logout) but the app kept running; later the disk had room
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    entry = LogEntry(note="first words", at=MARCH)
    with pytest.raises(StoreWriteError):
        store.add(entry)
    assert pending.keep(store) == places(tmp_path)[0]
    monkeypatch.undo()
    store.update(dataclasses.replace(entry, note="second words"))  # saves everything
    assert not places(tmp_path)[0].exists()
    store.close()
    assert present(started(tmp_path).get(LogEntry, entry.id)).note == "second words"


def test_a_later_writer_adds_to_a_kept_file_without_losing_what_it_held(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse_writes(monkeypatch)
    notes = []
    for n in range(2):  # e.g. two `footholds log` runs while the app was not running
        store = new_store(tmp_path)
        entry = LogEntry(note=f"run {n}", at=MARCH)
        with pytest.raises(StoreWriteError):
            store.add(entry)
        store.close()
        notes.append(entry.note)
    monkeypatch.undo()
    assert sorted(e.note for e in started(tmp_path).all(LogEntry)) == notes


def test_a_damaged_kept_file_is_set_aside_not_deleted(tmp_path: Path) -> None:
    damaged = places(tmp_path)[0]
    damaged.parent.mkdir(parents=True)
    damaged.write_text('{"format": "footholds-unsaved", "changes": [')
    store = started(tmp_path)
    assert store.count(LogEntry) == 0
    [aside] = [p for p in damaged.parent.iterdir() if p.name != damaged.name]
    assert aside.name.startswith("unsaved-entries.json.damaged.")
    assert aside.read_text() == '{"format": "footholds-unsaved", "changes": ['


def test_the_places_are_outside_the_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/run/user/1000")
    home = Paths.from_env({"FOOTHOLDS_HOME": "/somewhere/home"})
    assert home.unsaved_files == (  # nothing outside the home
        Path("/somewhere/home/state/unsaved-entries.json"),
        Path("/somewhere/home/config/unsaved-entries.json"),
    )
    if not sys.platform.startswith("linux"):
        return  # the XDG folders below are Linux's
    monkeypatch.setenv("XDG_STATE_HOME", "/x/state")
    monkeypatch.setenv("XDG_CONFIG_HOME", "/x/config")
    monkeypatch.setenv("XDG_DATA_HOME", "/x/data")
    usual = Paths.from_env({})
    assert usual.unsaved_files == (
        Path("/x/state/footholds/unsaved-entries.json"),
        Path("/x/config/footholds/unsaved-entries.json"),
        Path("/run/user/1000/footholds/unsaved-entries.json"),
    )
    for paths in (home, usual):
        for place in paths.unsaved_files:
            assert paths.data_dir not in place.parents
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert len(Paths.from_env({}).unsaved_files) == 2


def test_opening_again_brings_them_back_as_a_start_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The running app closes and reopens its store around a restore: what the close kept
    # outside comes back in, rather than wait (and go stale) until the next start.
    store = started(tmp_path)
    refuse_writes(monkeypatch)
    entry = LogEntry(note="kept", at=MARCH)
    with pytest.raises(StoreWriteError):
        store.add(entry)
    store.close()
    assert places(tmp_path)[0].exists()
    monkeypatch.undo()
    store.open()
    assert store.get(LogEntry, entry.id) is not None and store.pending() == 0
    assert not places(tmp_path)[0].exists()
    store.update(dataclasses.replace(entry, note="changed later"))
    store.close()
    assert present(started(tmp_path).get(LogEntry, entry.id)).note == "changed later"


def test_a_change_that_cannot_be_merged_keeps_its_file(tmp_path: Path) -> None:
    good = LogEntry(note="fine", at=MARCH)
    bad = dict(good.to_dict(), id="b" * 32, energy=9)  # not a valid entry any more
    kept = places(tmp_path)[0]
    kept.parent.mkdir(parents=True)
    changes = [
        {"kind": "log", "id": good.id, "month": "2026-03", "record": good.to_dict()},
        {"kind": "log", "id": bad["id"], "month": "2026-03", "record": bad},
    ]
    kept.write_text(json.dumps({"format": "footholds-unsaved", "written": 1.0, "changes": changes}))
    store = new_store(tmp_path)
    assert pending.merge(store) == 1
    assert [e.id for e in store.all(LogEntry)] == [good.id]
    assert kept.exists()  # never deleted with something in it that did not come in
    store.close()
    assert pending.merge(new_store(tmp_path)) == 0  # and the good one is not added twice
